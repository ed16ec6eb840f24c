"""What reading an import file produces: one record per good row, one `RowError` per bad one.

Records say what the file says and no more: a field the file has no column for is left out
(`given`), so applying a file never wipes what another file or a person set.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from bot.domain.models import Account, Contact, InvoiceStatus, PaymentHistory
from bot.services.importing.columns import ImportKind


@dataclass(frozen=True, slots=True)
class SourceLine:
    """Where a record came from: the file and the line its row starts on (header is line 1)."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be imported, and why. `column` is the header as written in the file
    ("" when the problem is the row as a whole)."""

    file: str
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        if self.column:
            return f"{where}: column {self.column!r}: {self.reason}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class AccountRef:
    """How a row names its account: by the business's id, by name, or both."""

    id: str | None = None
    name: str | None = None

    def __str__(self) -> str:
        return self.id or self.name or "?"


@dataclass(frozen=True, slots=True)
class HistoryCells:
    """The payment-history columns a row filled in (None: no column or empty cell)."""

    invoices_paid: int | None = None
    paid_on_time: int | None = None
    last_payment_on: date | None = None

    def applied_to(self, existing: PaymentHistory) -> PaymentHistory:
        return PaymentHistory(
            invoices_paid=(
                existing.invoices_paid if self.invoices_paid is None else self.invoices_paid
            ),
            paid_on_time=existing.paid_on_time if self.paid_on_time is None else self.paid_on_time,
            last_payment_on=self.last_payment_on or existing.last_payment_on,
        )


@dataclass(frozen=True, slots=True)
class AccountRecord:
    source: SourceLine
    id: str
    name: str | None
    contacts: tuple[Contact, ...]
    values: dict[str, Any] = field(default_factory=dict)
    """Other Account fields the file has columns for (timezone, locale, assigned_to, ...)."""
    history: HistoryCells | None = None

    def applied_to(self, existing: Account | None) -> Account:
        """The account after this row: the file's fields over what was there before.
        Contacts from the file come first; existing ones with other addresses are kept."""
        base = existing or Account(id=self.id, name=self.name or self.id)
        merged = replace(base, name=self.name or base.name, **self.values)
        if self.history is not None:
            merged = replace(merged, history=self.history.applied_to(base.history))
        if self.contacts:
            given = {c.email.lower() for c in self.contacts if c.email}
            kept = tuple(c for c in base.contacts if c.email and c.email.lower() not in given)
            merged = replace(merged, contacts=self.contacts + kept)
        return merged


@dataclass(frozen=True, slots=True)
class InvoiceRecord:
    source: SourceLine
    number: str
    account: AccountRef
    contact_email: str | None
    currency: str | None
    amount: Decimal
    balance: Decimal
    issued_on: date
    due_on: date
    status: InvoiceStatus
    values: dict[str, Any] = field(default_factory=dict)
    """pdf_path / payment_link when the file has those columns."""


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    source: SourceLine
    reference: str
    account: AccountRef | None
    amount: Decimal
    currency: str | None
    received_on: date
    invoices: tuple[str, ...]
    method: str = ""


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Everything read from one file, ready to apply (or to show as a dry run)."""

    file: str
    kind: ImportKind
    encoding: str
    columns: dict[str, str]
    """field -> header as written, for the fields found."""
    ignored_columns: tuple[str, ...] = ()
    accounts: tuple[AccountRecord, ...] = ()
    invoices: tuple[InvoiceRecord, ...] = ()
    payments: tuple[PaymentRecord, ...] = ()
    errors: tuple[RowError, ...] = ()

    @property
    def rows(self) -> int:
        return len(self.accounts) + len(self.invoices) + len(self.payments) + len(self.errors)
