"""Small builders for domain tests: a config, accounts, invoices and an account's log."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.config import Config, parse_config
from bot.domain.account_state import AccountState, fold_account_state
from bot.domain.events import Event, EventType
from bot.domain.models import Account, Contact, Invoice, InvoiceStatus, PaymentHistory

LONDON = ZoneInfo("Europe/London")


def make_config(**sections: Any) -> Config:
    data: dict[str, Any] = {
        "business": {"name": "Acme Ltd", "from_address": "accounts@acme.example",
                     "reply_to": "collections@acme.example", "timezone": "Europe/London"},
        "holidays": {"country": "GB", "subdivision": "ENG"},
    }
    data.update(sections)
    return parse_config(data)


def london(day: str, hour: int = 10, minute: int = 0) -> datetime:
    """A moment on a London wall clock, as the planner takes it (aware UTC)."""
    local = datetime.combine(date.fromisoformat(day), time(hour, minute), tzinfo=LONDON)
    return local.astimezone(UTC)


def account(
    account_id: str = "ACME-1",
    *emails: str,
    timezone: str | None = None,
    birthday: date | None = None,
    history: PaymentHistory | None = None,
) -> Account:
    addresses = emails or (f"ap@{account_id.lower()}.example",)
    return Account(
        id=account_id,
        name=f"Customer {account_id}",
        contacts=tuple(Contact(email=a, name="Accounts") for a in addresses),
        timezone=timezone,
        birthday=birthday,
        history=history or PaymentHistory(),
    )


def invoice(
    number: str,
    due_on: str,
    account_id: str = "ACME-1",
    status: InvoiceStatus = InvoiceStatus.OPEN,
    balance: str = "120.00",
) -> Invoice:
    due = date.fromisoformat(due_on)
    return Invoice(
        number=number,
        account_id=account_id,
        currency="GBP",
        amount=Decimal("120.00"),
        balance=Decimal(balance),
        issued_on=date.fromordinal(due.toordinal() - 30),
        due_on=due,
        status=status,
    )


class Log:
    """An account's log under construction, in order."""

    def __init__(self, account_id: str = "ACME-1") -> None:
        self.account_id = account_id
        self.events: list[Event] = []

    def add(self, type: EventType, at: datetime, invoices: tuple[str, ...] = (),
            **data: Any) -> Log:
        self.events.append(Event(account_id=self.account_id, seq=len(self.events) + 1,
                                 type=str(type), at=at, actor="test", invoices=invoices,
                                 data=data))
        return self

    def sent(self, step: str, invoices: tuple[str, ...], at: datetime,
             key: str | None = None) -> Log:
        key = key or f"{step}-{'-'.join(invoices)}-{at.isoformat()}"
        self.add(EventType.EMAIL_QUEUED, at, invoices, key=key, message_id=f"<{key}>",
                 step=step, template=step, to=["x"], subject="s")
        return self.add(EventType.EMAIL_SENT, at, invoices, key=key, message_id=f"<{key}>",
                        to=["x"], step=step)

    def state(self) -> AccountState:
        return fold_account_state(self.events)

    def states(self) -> dict[str, AccountState]:
        return {self.account_id: self.state()}
