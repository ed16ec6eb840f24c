"""The business objects duebot works with: accounts, their contacts, invoices and payments.

These are plain immutable values. Anything that changes over time (a promise, a pause, a stop
flag) is not stored on them: it is an event in the account log, and the current picture is
folded from the log (see `bot.domain.account_state`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class InvoiceStatus(StrEnum):
    """Where an invoice stands in the books (as imported or as payments settle it)."""

    OPEN = "open"
    PAID = "paid"
    CREDITED = "credited"
    VOID = "void"


@dataclass(frozen=True, slots=True)
class Contact:
    """A person at the debtor we may write to or call. `employer` marks an address known to
    be the debtor's employer's (consumer profiles never email it)."""

    email: str | None
    name: str = ""
    phone: str | None = None
    role: str = ""
    employer: bool = False


@dataclass(frozen=True, slots=True)
class PaymentHistory:
    """How an account has paid in the past, summarised (from import or from recorded payments)."""

    invoices_paid: int = 0
    paid_on_time: int = 0
    last_payment_on: date | None = None

    @property
    def on_time_rate(self) -> float | None:
        if self.invoices_paid == 0:
            return None
        return self.paid_on_time / self.invoices_paid


@dataclass(frozen=True, slots=True)
class Account:
    """A customer who owes (or may owe) the business money.

    `id` is the business's own customer reference (e.g. the accounting system's contact code).
    `timezone` and `locale` are the debtor's own, when known; None means "use the business's".
    `country` is the ISO 3166 code of the debtor's address, when known.
    """

    id: str
    name: str
    contacts: tuple[Contact, ...] = ()
    timezone: str | None = None
    locale: str | None = None
    assigned_to: str | None = None
    birthday: date | None = None
    history: PaymentHistory = field(default_factory=PaymentHistory)
    country: str | None = None

    @property
    def emails(self) -> tuple[str, ...]:
        return tuple(c.email for c in self.contacts if c.email)


@dataclass(frozen=True, slots=True)
class Invoice:
    """An invoice issued to an account. `balance` is what is still owed on it."""

    number: str
    account_id: str
    currency: str
    amount: Decimal
    balance: Decimal
    issued_on: date
    due_on: date
    status: InvoiceStatus = InvoiceStatus.OPEN
    pdf_path: str | None = None
    payment_link: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status is InvoiceStatus.OPEN and self.balance > 0

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days


@dataclass(frozen=True, slots=True)
class Payment:
    """Money received from an account. `reference` is unique per payment (bank ref, receipt no).

    `allocations` maps invoice number to the amount applied to it.
    """

    reference: str
    account_id: str
    amount: Decimal
    currency: str
    received_on: date
    allocations: tuple[tuple[str, Decimal], ...] = ()
    method: str = ""
