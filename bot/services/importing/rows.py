"""Reading one row of an import file into a record, field by field; each bad cell becomes a
`RowError` naming the file, the line and the column as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TypeVar

from babel import Locale, UnknownLocaleError

from bot.domain.models import Contact, InvoiceStatus
from bot.services.importing.columns import Column, ColumnMap, ImportKind
from bot.services.importing.records import (
    AccountRecord,
    AccountRef,
    HistoryCells,
    ImportBatch,
    InvoiceRecord,
    PaymentRecord,
    RowError,
    SourceLine,
)
from bot.services.importing.repeats import merge_repeats
from bot.services.importing.text import Row
from bot.services.importing.values import (
    DateStyle,
    Money,
    NotChaseable,
    ValueProblem,
    currency_symbol_agrees,
    parse_country,
    parse_currency,
    parse_date,
    parse_locale,
    parse_money,
    parse_status,
    parse_timezone,
)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read values the file leaves ambiguous.

    `date_format`: DMY, MDY, YMD or a strptime pattern; without it the file's own dates decide
    (a 13/04/2026 anywhere proves day-first), then `locale` (the business's)."""

    date_format: str | None = None
    locale: str | None = None
    default_currency: str | None = None


T = TypeVar("T")
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")


@dataclass
class _Cells:
    """One row's cells, read field by field; problems pile up in `errors`."""

    source: SourceLine
    columns: ColumnMap
    cells: list[str]
    errors: list[RowError] = field(default_factory=list)

    def text(self, column: Column) -> str:
        position = self.columns.positions.get(column)
        if position is None or position >= len(self.cells):
            return ""
        return " ".join(self.cells[position].split())

    def problem(self, column: Column | None, reason: str) -> None:
        known = column is not None and column in self.columns
        header = self.columns.header(column) if known and column is not None else ""
        self.errors.append(RowError(self.source.file, self.source.line, header, reason))

    def read(
        self, column: Column, reader: Callable[[str], T], *, required: bool = False
    ) -> T | None:
        value = self.text(column)
        if not value:
            if required:
                self.problem(column, "is empty")
            return None
        try:
            return reader(value)
        except ValueProblem as exc:
            self.problem(column, exc.reason)
            return None


class RowReader:
    def __init__(self, file: str, columns: ColumnMap, style: DateStyle, options: ReadOptions):
        self.file = file
        self.columns = columns
        self.style = style
        self.options = options
        self.decimal_symbol = _decimal_symbol(options.locale)
        self.languages = _languages(options.locale)

    def date(self, text: str) -> date:
        return parse_date(text, self.style, languages=self.languages)

    def money(self, text: str) -> Money:
        return parse_money(text, decimal_symbol=self.decimal_symbol)

    def read(self, rows: list[Row], encoding: str) -> ImportBatch:
        errors: list[RowError] = []
        records: list[AccountRecord | InvoiceRecord | PaymentRecord] = []
        for row in rows:
            if _is_summary(row.cells):
                continue
            cells = _Cells(SourceLine(self.file, row.line), self.columns, row.cells)
            if len(row.cells) > len(self.columns.headers) and any(
                c.strip() for c in row.cells[len(self.columns.headers) :]
            ):
                cells.problem(
                    None,
                    f"has {len(row.cells)} cells but the header has "
                    f"{len(self.columns.headers)} (a stray delimiter or quote?)",
                )
            record = self._record(cells)
            if cells.errors:
                errors.extend(cells.errors)
            elif record is not None:
                records.append(record)
        kind = self.columns.kind
        merged, merge_errors = merge_repeats(records)
        return ImportBatch(
            file=self.file,
            kind=kind,
            encoding=encoding,
            columns={str(c): self.columns.header(c) for c in self.columns.positions},
            ignored_columns=self.columns.ignored,
            accounts=tuple(r for r in merged if isinstance(r, AccountRecord)),
            invoices=tuple(r for r in merged if isinstance(r, InvoiceRecord)),
            payments=tuple(r for r in merged if isinstance(r, PaymentRecord)),
            errors=tuple(sorted([*errors, *merge_errors], key=lambda e: e.line)),
        )

    def _record(self, cells: _Cells) -> AccountRecord | InvoiceRecord | PaymentRecord | None:
        kind = self.columns.kind
        if kind is ImportKind.ACCOUNTS:
            return self._account(cells)
        if kind is ImportKind.INVOICES:
            return self._invoice(cells)
        return self._payment(cells)

    def _account(self, cells: _Cells) -> AccountRecord | None:
        account_id = cells.text(Column.ACCOUNT_ID) or cells.text(Column.ACCOUNT_NAME)
        if not account_id:
            cells.problem(
                Column.ACCOUNT_NAME if Column.ACCOUNT_NAME in self.columns else Column.ACCOUNT_ID,
                "is empty: the row names no account",
            )
            return None
        read: dict[str, object | None] = {
            "timezone": cells.read(Column.TIMEZONE, parse_timezone),
            "country": cells.read(Column.COUNTRY, parse_country),
            "locale": cells.read(Column.LOCALE, parse_locale),
            "assigned_to": cells.text(Column.ASSIGNED_TO) or None,
            "birthday": cells.read(Column.BIRTHDAY, self.date),
        }
        values = {key: value for key, value in read.items() if value is not None}
        history = None
        if any(
            c in self.columns
            for c in (Column.INVOICES_PAID, Column.PAID_ON_TIME, Column.LAST_PAYMENT_ON)
        ):
            history = HistoryCells(
                cells.read(Column.INVOICES_PAID, _count),
                cells.read(Column.PAID_ON_TIME, _count),
                cells.read(Column.LAST_PAYMENT_ON, self.date),
            )
        return AccountRecord(
            source=cells.source,
            id=account_id,
            name=cells.text(Column.ACCOUNT_NAME) or None,
            contacts=self._contacts(cells),
            values=values,
            history=history,
        )

    def _contacts(self, cells: _Cells) -> tuple[Contact, ...]:
        person = cells.text(Column.CONTACT_NAME) or " ".join(
            p for p in (cells.text(Column.FIRST_NAME), cells.text(Column.LAST_NAME)) if p
        )
        phone = cells.text(Column.PHONE) or None
        emails = cells.read(Column.EMAIL, _emails) or ()
        at_work = tuple(Contact(email=e, name=person, employer=True)
                        for e in cells.read(Column.EMPLOYER_EMAIL, _emails) or ())
        if not emails:
            alone = (Contact(email=None, name=person, phone=phone),) if person or phone else ()
            return (*alone, *at_work)
        first = Contact(email=emails[0], name=person, phone=phone)
        return (first, *(Contact(email=e) for e in emails[1:]), *at_work)

    def _account_ref(self, cells: _Cells, *, required: bool) -> AccountRef | None:
        ref = AccountRef(
            cells.text(Column.ACCOUNT_ID) or None, cells.text(Column.ACCOUNT_NAME) or None
        )
        if ref.id is None and ref.name is None:
            if required:
                cells.problem(
                    Column.ACCOUNT_NAME
                    if Column.ACCOUNT_NAME in self.columns
                    else Column.ACCOUNT_ID,
                    "is empty: the row names no account",
                )
            return None
        return ref

    def _currency(self, cells: _Cells, *money: tuple[Column, Money | None]) -> str | None:
        """The row's currency: its column, else the symbol on its amounts; they must agree."""
        stated = cells.read(Column.CURRENCY, parse_currency)
        default = self.options.default_currency
        for column, value in money:
            if value is None or value.currency is None:
                continue
            if stated is None:
                dollar = default is not None and currency_symbol_agrees(value, default)
                stated = default if dollar else value.currency
            elif not currency_symbol_agrees(value, stated):
                cells.problem(
                    column, f"is written in {value.currency} but the row's currency is {stated}"
                )
        return stated

    def _invoice(self, cells: _Cells) -> InvoiceRecord | None:
        if Column.TYPE in self.columns:
            kind_problem = _not_a_sales_invoice(cells.text(Column.TYPE))
            if kind_problem:
                cells.problem(Column.TYPE, kind_problem)
                return None
        try:
            status = parse_status(cells.text(Column.STATUS))
        except NotChaseable as exc:
            cells.problem(Column.STATUS, exc.reason)
            return None
        number = cells.read(Column.INVOICE_NUMBER, str, required=True)
        account = self._account_ref(cells, required=True)
        due_on = cells.read(Column.DUE_ON, self.date, required=True)
        issued_on = cells.read(Column.ISSUED_ON, self.date)
        has_amount = Column.AMOUNT in self.columns
        total = cells.read(Column.AMOUNT, self.money, required=has_amount)
        balance = cells.read(Column.BALANCE, self.money, required=not has_amount)
        paid = cells.read(Column.AMOUNT_PAID, self.money)
        currency = self._currency(
            cells, (Column.AMOUNT, total), (Column.BALANCE, balance), (Column.AMOUNT_PAID, paid)
        )
        currency = currency or self.options.default_currency
        if currency is None:
            cells.problem(None, "no currency: add a Currency column or give the business currency")
        values: dict[str, object] = {}
        if cells.text(Column.PDF):
            values["pdf_path"] = cells.text(Column.PDF)
        if cells.text(Column.PAYMENT_LINK):
            link = cells.text(Column.PAYMENT_LINK)
            if not link.lower().startswith(("https://", "http://")):
                cells.problem(Column.PAYMENT_LINK, f"{link!r} is not a web address")
            values["payment_link"] = link
        if cells.errors or number is None or account is None or due_on is None:
            return None
        amount = total.amount if total else balance.amount if balance else None
        if amount is None:
            return None
        owed = self._balance(cells, amount, balance, paid, status)
        if owed is None:
            return None
        if owed == 0 and status is InvoiceStatus.OPEN:
            status = InvoiceStatus.PAID
        assert currency is not None
        return InvoiceRecord(
            source=cells.source,
            number=number,
            account=account,
            contact_email=(cells.read(Column.EMAIL, _emails) or (None,))[0],
            currency=currency,
            amount=amount,
            balance=owed,
            issued_on=issued_on or due_on,
            due_on=due_on,
            status=status,
            values=values,
        )

    def _balance(
        self,
        cells: _Cells,
        amount: Decimal,
        balance: Money | None,
        paid: Money | None,
        status: InvoiceStatus,
    ) -> Decimal | None:
        if amount < 0:
            column = Column.AMOUNT if Column.AMOUNT in self.columns else Column.BALANCE
            cells.problem(column, f"is negative ({amount}): credit notes are not imported")
            return None
        if balance is not None:
            owed = balance.amount
        elif paid is not None:
            owed = amount - paid.amount
        elif status in (InvoiceStatus.PAID, InvoiceStatus.VOID, InvoiceStatus.CREDITED):
            owed = Decimal(0)
        else:
            owed = amount
        if owed < 0:
            cells.problem(
                Column.BALANCE if balance is not None else Column.AMOUNT_PAID,
                f"leaves a negative balance ({owed})",
            )
            return None
        if owed > amount:
            cells.problem(Column.BALANCE, f"balance {owed} is more than the total {amount}")
            return None
        if status is InvoiceStatus.PAID and owed > 0:
            cells.problem(Column.STATUS, f"says paid but the balance is {owed}")
            return None
        return owed

    def _payment(self, cells: _Cells) -> PaymentRecord | None:
        money = cells.read(Column.AMOUNT, self.money, required=True)
        received_on = cells.read(Column.RECEIVED_ON, self.date, required=True)
        invoices = tuple(
            n.strip() for n in re.split(r"[;,]", cells.text(Column.INVOICE_NUMBER)) if n.strip()
        )
        account = self._account_ref(cells, required=not invoices)
        currency = self._currency(cells, (Column.AMOUNT, money))
        if money is not None and money.amount <= 0:
            cells.problem(Column.AMOUNT, f"must be more than zero (is {money.amount})")
        if cells.errors or money is None or received_on is None:
            return None
        reference = cells.text(Column.REFERENCE)
        return PaymentRecord(
            source=cells.source,
            reference=reference,
            account=account,
            amount=money.amount,
            currency=currency,
            received_on=received_on,
            invoices=invoices,
            method=cells.text(Column.METHOD),
        )


def _is_summary(cells: list[str]) -> bool:
    """A report's total line ("Total", "TOTAL for Acme") rather than a record."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and filled[0].lower().startswith("total")


def _not_a_sales_invoice(kind: str) -> str | None:
    word = re.sub(r"[^a-z]", "", kind.lower())
    if word in ("accpay", "bill", "purchase", "purchaseinvoice", "supplierinvoice"):
        return f"{kind!r} is a bill we owe, not an invoice to collect"
    if "credit" in word:
        return f"{kind!r} is a credit note; credit notes are not imported"
    if word in ("payment", "receivepayment", "deposit"):
        return f"{kind!r} is a payment, not an invoice (import payments as their own file)"
    return None


def _emails(text: str) -> tuple[str, ...]:
    addresses = tuple(a for a in re.split(r"[;,\s]+", text) if a)
    for address in addresses:
        if not _EMAIL.match(address):
            raise ValueProblem(f"{address!r} is not an email address")
    return addresses


def _count(text: str) -> int:
    if not text.isdigit():
        raise ValueProblem(f"{text!r} is not a whole number")
    return int(text)


def _decimal_symbol(locale: str | None) -> str:
    if not locale:
        return "."
    try:
        return str(Locale.parse(locale.replace("-", "_")).number_symbols["latn"]["decimal"])
    except (UnknownLocaleError, ValueError, KeyError):
        return "."


def _languages(locale: str | None) -> list[str] | None:
    if not locale:
        return None
    try:
        return [Locale.parse(locale.replace("-", "_")).language, "en"]
    except (UnknownLocaleError, ValueError):
        return None
