"""Sample accounts and invoices for integration tests, written through the repository."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.store.repository import Repository


def account(account_id: str, email: str | None = None, **kw: object) -> Account:
    address = email or f"ap@{account_id.lower()}.example"
    return Account(account_id, f"{account_id.title()} Ltd", (Contact(address, "Accounts"),),
                   **kw)  # type: ignore[arg-type]


def invoice(number: str, account_id: str, due_on: date, amount: str = "100.00",
            currency: str = "GBP") -> Invoice:
    value = Decimal(amount)
    return Invoice(number, account_id, currency, value, value, due_on, due_on, )


def seed(repo: Repository, at: datetime, accounts: Iterable[Account],
         invoices: Iterable[Invoice]) -> None:
    with repo.transaction() as tx:
        for a in accounts:
            tx.put_account(a)
            tx.append(a.id, EventType.ACCOUNT_UPDATED, at=at, actor="test",
                      data={"name": a.name, "source": "test"})
        for i in invoices:
            tx.put_invoice(i)
            tx.append(i.account_id, EventType.INVOICE_UPDATED, at=at, actor="test",
                      invoices=[i.number],
                      data={"number": i.number, "amount": str(i.amount),
                            "balance": str(i.balance), "currency": i.currency,
                            "due_on": i.due_on.isoformat(), "status": str(i.status),
                            "source": "test"})
