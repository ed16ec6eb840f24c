"""Sample domain values for the store tests, one of each kind with every field set."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from bot.domain.models import Account, Contact, Invoice, InvoiceStatus, Payment, PaymentHistory
from bot.domain.tasks import StaffTask, TaskKind
from bot.store.repository import OutboxEntry, OutboxState

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def account(account_id: str = "ACME") -> Account:
    return Account(
        id=account_id,
        name=f"{account_id} Trading Ltd",
        contacts=(
            Contact("ap@acme.example", "Accounts Payable", "+44 20 7946 0000", "ap"),
            Contact(None, "Jo Finance", "+44 20 7946 0001"),
        ),
        timezone="Europe/London",
        locale="en_GB",
        assigned_to="sam",
        birthday=date(1980, 5, 17),
        history=PaymentHistory(invoices_paid=12, paid_on_time=11, last_payment_on=date(2026, 1, 3)),
    )


def invoice(number: str = "INV-1001", account_id: str = "ACME",
            balance: str = "1200.50") -> Invoice:
    return Invoice(
        number=number,
        account_id=account_id,
        currency="GBP",
        amount=Decimal("1200.50"),
        balance=Decimal(balance),
        issued_on=date(2026, 1, 15),
        due_on=date(2026, 2, 14),
        status=InvoiceStatus.OPEN,
        pdf_path="pdfs/INV-1001.pdf",
        payment_link="https://pay.example/INV-1001",
    )


def payment(reference: str = "BACS-77", account_id: str = "ACME") -> Payment:
    return Payment(
        reference=reference,
        account_id=account_id,
        amount=Decimal("200.00"),
        currency="GBP",
        received_on=date(2026, 2, 20),
        allocations=(("INV-1001", Decimal("150.00")), ("INV-1002", Decimal("50.00"))),
        method="bank transfer",
    )


def task(task_id: str = "call-ACME-1", done: bool = False) -> StaffTask:
    return StaffTask(
        id=task_id,
        account_id="ACME",
        kind=TaskKind.CALL,
        reason="14 days overdue",
        created_at=AT,
        due_on=date(2026, 3, 3),
        invoices=("INV-1001",),
        assigned_to="sam",
        done_at=AT if done else None,
        outcome="promised" if done else None,
        step="call",
    )


def outbox(key: str = "ACME:gentle:INV-1001", state: OutboxState = OutboxState.QUEUED,
           created_at: datetime = AT) -> OutboxEntry:
    return OutboxEntry(
        key=key,
        message_id=f"<{key}@duebot.example>",
        account_id="ACME",
        to=("ap@acme.example",),
        step="gentle",
        invoices=("INV-1001",),
        message_blob="0" * 64 + ".eml",
        state=state,
        attempts=1,
        created_at=created_at,
        updated_at=AT,
        next_attempt_at=AT,
        last_error="451 try later",
    )
