"""Sample businesses, accounts, invoices and reminders for the mail tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from bot.config import BusinessConfig
from bot.domain.models import Account, Contact, Invoice
from bot.domain.reminders import Reminder, idempotency_key

PLANNED_AT = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def business(**overrides: Any) -> BusinessConfig:
    settings: dict[str, Any] = {
        "name": "Brightwater Joinery Ltd",
        "from_address": "accounts@brightwater.example",
        "reply_to": "collections@brightwater.example",
        "signature": "Sam Taylor\nAccounts, Brightwater Joinery Ltd",
        "locale": "en_GB",
        "currency": "GBP",
    }
    settings.update(overrides)
    return BusinessConfig(**settings)


def account(account_id: str = "ACME-01", *, name: str = "Acme Supplies Ltd",
            contact_name: str = "Jo Bloggs", email: str = "jo@acme.example",
            locale: str | None = None) -> Account:
    return Account(id=account_id, name=name, locale=locale,
                   contacts=(Contact(email=email, name=contact_name),))


def invoice(number: str = "INV-1001", *, account_id: str = "ACME-01", currency: str = "GBP",
            balance: str = "1234.50", due_on: date = date(2026, 3, 1),
            pdf_path: str | None = None, payment_link: str | None = None) -> Invoice:
    return Invoice(number=number, account_id=account_id, currency=currency,
                   amount=Decimal(balance), balance=Decimal(balance),
                   issued_on=date(2026, 2, 1), due_on=due_on, pdf_path=pdf_path,
                   payment_link=payment_link)


def reminder(acct: Account, invoices: list[Invoice], *, template: str = "gentle",
             planned_at: datetime = PLANNED_AT) -> Reminder:
    numbers = tuple(i.number for i in invoices)
    return Reminder(key=idempotency_key(acct.id, template, numbers), account_id=acct.id,
                    step=template, template=template, to=acct.emails, invoices=numbers,
                    reason="test", planned_at=planned_at)
