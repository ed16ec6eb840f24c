"""Recording money received: `duebot pay`, and every payment row of an import.

A payment goes to the invoices the payer named, in the order named; if none were named, to the
account's open invoices in its currency, oldest due first. Each invoice's balance goes down;
one that reaches zero is paid, so the planner (which only reminds about open invoices) stops
reminding about it at once. Money left over is reported as credit and kept on the payment,
never dropped. Recording the same reference twice records it once.

Everything one payment changes (the payment, the invoices, the account's payment history, one
PAYMENT_RECORDED event and an INVOICE_UPDATED event per invoice) is written in one transaction.
The PAYMENT_RECORDED event's `source` says where the payment came from ("manual", "import");
each INVOICE_UPDATED it causes has `source` "payment" and the payment's reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from bot.domain.events import EventType
from bot.domain.models import Account, Invoice, InvoiceStatus, Payment, PaymentHistory
from bot.store.repository import Repository, Transaction

ZERO = Decimal(0)


class PaymentError(Exception):
    """A payment that cannot be recorded as given; nothing was written."""


class UnknownAccount(PaymentError):
    def __init__(self, account: str, reference: str = "") -> None:
        about = f"payment {reference!r}: " if reference else ""
        super().__init__(f"{about}no account {account!r}")
        self.account = account
        self.reference = reference


class UnknownInvoice(PaymentError):
    def __init__(self, number: str, reference: str) -> None:
        super().__init__(f"payment {reference!r}: no invoice {number!r}")
        self.number = number
        self.reference = reference


class InvoiceOfAnotherAccount(PaymentError):
    def __init__(self, number: str, invoice_account: str, account: str, reference: str) -> None:
        super().__init__(
            f"payment {reference!r} from account {account!r} names invoice {number!r}, "
            f"which belongs to account {invoice_account!r}"
        )
        self.number = number
        self.invoice_account = invoice_account
        self.account = account
        self.reference = reference


class CurrencyMismatch(PaymentError):
    def __init__(self, reference: str, payment_currency: str, invoice: str, currency: str):
        super().__init__(
            f"payment {reference!r} is in {payment_currency} but invoice {invoice!r} is in "
            f"{currency}"
        )
        self.reference = reference
        self.payment_currency = payment_currency
        self.invoice = invoice
        self.invoice_currency = currency


class CurrencyUnclear(PaymentError):
    def __init__(self, reference: str, account: str, currencies: Sequence[str]) -> None:
        listed = ", ".join(sorted(currencies)) or "none"
        super().__init__(
            f"payment {reference!r}: say which currency it is in (account {account!r} has "
            f"open invoices in {listed})"
        )
        self.reference = reference
        self.account = account
        self.currencies = tuple(currencies)


class PaymentReferenceReused(PaymentError):
    def __init__(self, reference: str, recorded: Payment) -> None:
        super().__init__(
            f"payment reference {reference!r} was already recorded for account "
            f"{recorded.account_id!r}: {recorded.amount} {recorded.currency} on "
            f"{recorded.received_on.isoformat()}, which differs from this one"
        )
        self.reference = reference
        self.recorded = recorded


class InvalidPayment(PaymentError):
    """The amount is not positive or the reference is empty."""


@dataclass(frozen=True, slots=True)
class PaymentReceived:
    """Money received, as a person or an import states it.

    `account_id` may be None when `invoices` are named (the account is theirs); `currency`
    may be None when the invoices or the account's open invoices make it clear."""

    reference: str
    amount: Decimal
    received_on: date
    account_id: str | None = None
    currency: str | None = None
    invoices: tuple[str, ...] = ()
    method: str = ""
    most: tuple[tuple[str, Decimal], ...] = ()
    """The most to apply to a named invoice, when the payer said (e.g. Zoho's "Amount Applied
    to Invoice"); a named invoice not listed here takes up to its balance."""
    instalment: int | None = None
    """The payment-plan instalment (1-based) the payer said this is for; otherwise it goes to
    the oldest instalment not yet paid (see `bot.domain.agreements`)."""

    @classmethod
    def from_payment(cls, payment: Payment) -> PaymentReceived:
        """A `Payment` as given by hand: its allocations name the invoices it pays, with the
        most to apply to each (0: up to the balance)."""
        return cls(
            reference=payment.reference,
            amount=payment.amount,
            received_on=payment.received_on,
            account_id=payment.account_id,
            currency=payment.currency,
            invoices=tuple(number for number, _ in payment.allocations),
            method=payment.method,
            most=tuple((n, a) for n, a in payment.allocations if a > 0),
        )


class Books(Protocol):
    """What planning a payment reads: a `Repository`, or an import's staged view of one."""

    def account(self, account_id: str) -> Account | None: ...
    def invoice(self, number: str) -> Invoice | None: ...
    def invoices(self, account_id: str | None = None) -> list[Invoice]: ...
    def payment(self, reference: str) -> Payment | None: ...


@dataclass(frozen=True, slots=True)
class Allocation:
    """What one payment did to one invoice."""

    number: str
    applied: Decimal
    balance_before: Decimal
    balance_after: Decimal
    paid_in_full: bool
    on_time: bool


@dataclass(frozen=True, slots=True)
class PaymentApplication:
    """What recording a payment changes, worked out before anything is written."""

    payment: Payment
    allocations: tuple[Allocation, ...]
    invoices: tuple[Invoice, ...]
    account: Account
    credit_left: Decimal
    notes: tuple[str, ...]
    instalment: int | None = None


@dataclass(frozen=True, slots=True)
class PaymentReport:
    """What happened: `recorded` False means this reference was already recorded (a no-op)."""

    reference: str
    account_id: str
    currency: str
    amount: Decimal
    recorded: bool
    allocations: tuple[Allocation, ...] = ()
    credit_left: Decimal = ZERO
    notes: tuple[str, ...] = ()

    @property
    def paid_invoices(self) -> tuple[str, ...]:
        return tuple(a.number for a in self.allocations if a.paid_in_full)

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """The report as lines for a terminal."""
        if not self.recorded:
            return [f"payment {self.reference}: already recorded; nothing changed"]
        out = [f"payment {self.reference}: {self.amount} {self.currency} from {self.account_id}"]
        for a in self.allocations:
            state = "paid in full" if a.paid_in_full else f"{a.balance_after} still owed"
            out.append(f"  {a.number}: {a.applied} applied, {state}")
        if self.credit_left > 0:
            out.append(f"  {self.credit_left} {self.currency} not applied: left as credit")
        out.extend(f"  note: {n}" for n in self.notes)
        return out


def plan_payment(
    books: Books, received: PaymentReceived | Payment
) -> PaymentApplication | Payment:
    """Work out a payment's effect, or return the payment already recorded under its
    reference. Raises a `PaymentError` when it cannot be recorded as given."""
    if isinstance(received, Payment):
        received = PaymentReceived.from_payment(received)
    reference = received.reference.strip()
    if not reference:
        raise InvalidPayment("a payment needs a reference (bank reference, receipt number)")
    if received.amount <= 0:
        raise InvalidPayment(f"payment {reference!r}: the amount must be more than zero")
    earlier = books.payment(reference)
    if earlier is not None:
        if not _same_payment(earlier, received):
            raise PaymentReferenceReused(reference, earlier)
        return earlier
    named = _named_invoices(books, received, reference)
    account = _account(books, received, named, reference)
    currency = _currency(books, received, named, account, reference)
    notes: list[str] = []
    if named:
        targets = []
        for invoice in named:
            if invoice.is_open:
                targets.append(invoice)
            else:
                notes.append(f"{invoice.number} is {invoice.status} with nothing owed")
    else:
        targets = sorted(
            (i for i in books.invoices(account.id) if i.is_open and i.currency == currency),
            key=lambda i: (i.due_on, i.issued_on, i.number),
        )
    remaining = received.amount
    most = dict(received.most)
    allocations: list[Allocation] = []
    changed: list[Invoice] = []
    for invoice in targets:
        if remaining <= 0:
            break
        applied = min(remaining, invoice.balance, most.get(invoice.number, invoice.balance))
        if applied <= 0:
            continue
        remaining -= applied
        after = invoice.balance - applied
        paid = after == 0
        allocations.append(
            Allocation(
                invoice.number,
                applied,
                invoice.balance,
                after,
                paid,
                received.received_on <= invoice.due_on,
            )
        )
        changed.append(
            replace(invoice, balance=after, status=InvoiceStatus.PAID if paid else invoice.status)
        )
    payment = Payment(
        reference=reference,
        account_id=account.id,
        amount=received.amount,
        currency=currency,
        received_on=received.received_on,
        allocations=tuple((a.number, a.applied) for a in allocations),
        method=received.method,
    )
    return PaymentApplication(
        payment=payment,
        allocations=tuple(allocations),
        invoices=tuple(changed),
        account=replace(
            account, history=_history(account.history, allocations, received.received_on)
        ),
        credit_left=remaining,
        notes=tuple(notes),
        instalment=received.instalment,
    )


def record_payment(
    repo: Repository,
    payment: PaymentReceived | Payment,
    *,
    now: datetime,
    actor: str,
    source: str = "manual",
) -> PaymentReport:
    """Record a payment (see the module's docstring); idempotent on its reference.

    `payment` is what a person or an import states; a `Payment` is read as
    `PaymentReceived.from_payment` reads it."""
    plan = plan_payment(repo, payment)
    if isinstance(plan, Payment):
        return already_recorded(plan)
    with repo.transaction() as tx:
        write_plan(tx, plan, now=now, actor=actor, source=source)
    return report_of(plan)


def write_plan(
    tx: Transaction, plan: PaymentApplication, *, now: datetime, actor: str, source: str
) -> None:
    payment = plan.payment
    tx.put_payment(payment)
    for invoice in plan.invoices:
        tx.put_invoice(invoice)
    tx.put_account(plan.account)
    tx.append(
        payment.account_id,
        EventType.PAYMENT_RECORDED,
        at=now,
        actor=actor,
        invoices=[a.number for a in plan.allocations],
        data={
            "reference": payment.reference,
            "amount": str(payment.amount),
            "currency": payment.currency,
            "received_on": payment.received_on.isoformat(),
            "allocations": {a.number: str(a.applied) for a in plan.allocations},
            "unapplied": str(plan.credit_left),
            "method": payment.method,
            "source": source,
            **({"instalment": plan.instalment} if plan.instalment is not None else {}),
        },
    )
    for invoice in plan.invoices:
        tx.append(
            invoice.account_id,
            EventType.INVOICE_UPDATED,
            at=now,
            actor=actor,
            invoices=[invoice.number],
            data={**invoice_event_data(invoice, "payment"), "payment": payment.reference},
        )


def invoice_event_data(invoice: Invoice, source: str) -> dict[str, str]:
    """The INVOICE_UPDATED data keys for an invoice as it now stands."""
    return {
        "number": invoice.number,
        "amount": str(invoice.amount),
        "balance": str(invoice.balance),
        "currency": invoice.currency,
        "due_on": invoice.due_on.isoformat(),
        "status": str(invoice.status),
        "source": source,
    }


def report_of(plan: PaymentApplication) -> PaymentReport:
    payment = plan.payment
    return PaymentReport(
        reference=payment.reference,
        account_id=payment.account_id,
        currency=payment.currency,
        amount=payment.amount,
        recorded=True,
        allocations=plan.allocations,
        credit_left=plan.credit_left,
        notes=plan.notes,
    )


def already_recorded(payment: Payment) -> PaymentReport:
    applied = sum((amount for _, amount in payment.allocations), ZERO)
    return PaymentReport(
        reference=payment.reference,
        account_id=payment.account_id,
        currency=payment.currency,
        amount=payment.amount,
        recorded=False,
        credit_left=payment.amount - applied,
    )


def _same_payment(recorded: Payment, received: PaymentReceived) -> bool:
    """The same money again (a re-import, a double click), as far as the new one says."""
    return (
        recorded.amount == received.amount
        and recorded.received_on == received.received_on
        and received.account_id in (None, recorded.account_id)
        and (received.currency or recorded.currency).upper() == recorded.currency
    )


def _named_invoices(books: Books, received: PaymentReceived, reference: str) -> list[Invoice]:
    named = []
    for number in dict.fromkeys(n.strip() for n in received.invoices if n.strip()):
        invoice = books.invoice(number)
        if invoice is None:
            raise UnknownInvoice(number, reference)
        named.append(invoice)
    return named


def _account(
    books: Books, received: PaymentReceived, named: list[Invoice], reference: str
) -> Account:
    account_id = received.account_id or (named[0].account_id if named else None)
    if account_id is None:
        raise InvalidPayment(f"payment {reference!r}: name the account or the invoices it pays")
    account = books.account(account_id)
    if account is None:
        raise UnknownAccount(account_id, reference)
    for invoice in named:
        if invoice.account_id != account.id:
            raise InvoiceOfAnotherAccount(invoice.number, invoice.account_id, account.id, reference)
    return account


def _currency(
    books: Books, received: PaymentReceived, named: list[Invoice], account: Account, reference: str
) -> str:
    currency = received.currency.upper() if received.currency else None
    for invoice in named:
        if currency is None:
            currency = invoice.currency
        elif invoice.currency != currency:
            raise CurrencyMismatch(reference, currency, invoice.number, invoice.currency)
    if currency is not None:
        return currency
    open_currencies = {i.currency for i in books.invoices(account.id) if i.is_open}
    if len(open_currencies) != 1:
        raise CurrencyUnclear(reference, account.id, sorted(open_currencies))
    return open_currencies.pop()


def _history(
    history: PaymentHistory, allocations: list[Allocation], received_on: date
) -> PaymentHistory:
    settled = [a for a in allocations if a.paid_in_full]
    if not allocations:
        return history
    last = max(history.last_payment_on or received_on, received_on)
    return PaymentHistory(
        invoices_paid=history.invoices_paid + len(settled),
        paid_on_time=history.paid_on_time + sum(1 for a in settled if a.on_time),
        last_payment_on=last,
    )
