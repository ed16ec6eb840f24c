"""Which column of an accounting export means what.

Headers are compared after folding case and dropping spaces and punctuation, so "Due Date",
"DueDate", "*DueDate" and "due_date" are one name ("#" reads as "no": "Invoice #" is
"Invoice No"). Each field lists the names the common exports use (Xero, QuickBooks Online,
Sage, FreshBooks, Zoho Books, Wave), best first; `docs/csv-import.md` shows the same table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class ImportKind(StrEnum):
    ACCOUNTS = "accounts"
    INVOICES = "invoices"
    PAYMENTS = "payments"


class Column(StrEnum):
    """The fields duebot reads from a row."""

    ACCOUNT_ID = "account_id"
    ACCOUNT_NAME = "account_name"
    CONTACT_NAME = "contact_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    TIMEZONE = "timezone"
    COUNTRY = "country"
    EMPLOYER_EMAIL = "employer_email"
    LOCALE = "locale"
    ASSIGNED_TO = "assigned_to"
    BIRTHDAY = "birthday"
    INVOICES_PAID = "invoices_paid"
    PAID_ON_TIME = "paid_on_time"
    LAST_PAYMENT_ON = "last_payment_on"

    INVOICE_NUMBER = "invoice_number"
    ISSUED_ON = "issued_on"
    DUE_ON = "due_on"
    AMOUNT = "amount"
    BALANCE = "balance"
    AMOUNT_PAID = "amount_paid"
    CURRENCY = "currency"
    STATUS = "status"
    TYPE = "type"
    PDF = "pdf"
    PAYMENT_LINK = "payment_link"

    REFERENCE = "reference"
    RECEIVED_ON = "received_on"
    METHOD = "method"


def fold(header: str) -> str:
    """The comparable form of a header: "Invoice No." -> "invoiceno", "*DueDate" -> "duedate"."""
    text = header.replace("\ufeff", "").replace("#", "no").lower()
    return re.sub(r"[^0-9a-z]", "", text)


_ACCOUNT_REF: dict[Column, tuple[str, ...]] = {
    Column.ACCOUNT_ID: (
        "Account ID",
        "AccountNumber",
        "Account No",
        "Customer ID",
        "Customer No",
        "Customer Number",
        "ContactID",
        "Contact ID",
        "Customer Reference",
        "Customer Ref",
        "Account Reference",
        "Account Ref",
        "A/C",
        "Client ID",
        "Customer Code",
    ),
    Column.ACCOUNT_NAME: (
        "Account Name",
        "ContactName",
        "Customer Name",
        "Customer",
        "Client Name",
        "Client",
        "Display Name",
        "Company Name",
        "Company",
        "Organization",
        "Organisation",
        "Name",
    ),
}

_ALIASES: dict[ImportKind, dict[Column, tuple[str, ...]]] = {
    ImportKind.ACCOUNTS: {
        **_ACCOUNT_REF,
        Column.CONTACT_NAME: (
            "Contact Person",
            "Full Name",
            "Primary Contact",
            "Contact",
            "Attention",
            "POAttentionTo",
        ),
        Column.FIRST_NAME: ("FirstName", "First Name", "Contact First Name"),
        Column.LAST_NAME: ("LastName", "Last Name", "Contact Last Name"),
        Column.EMAIL: (
            "Email",
            "EmailAddress",
            "Email Address",
            "EmailID",
            "Primary Email",
            "Contact Email",
            "E-mail",
        ),
        Column.PHONE: (
            "Phone",
            "PhoneNumber",
            "Phone Number",
            "Phone Numbers",
            "Telephone",
            "Tel",
            "Work Phone",
            "Mobile",
            "MobileNumber",
            "Mobile Phone",
        ),
        Column.TIMEZONE: ("Time zone", "Timezone", "TZ"),
        Column.COUNTRY: ("Country", "Country Code", "POCountry", "Billing Country",
                         "BillingAddressCountry", "BillAddrCountry"),
        Column.EMPLOYER_EMAIL: ("Employer Email", "Employer Email Address", "Work Email"),
        Column.LOCALE: ("Locale", "Language", "Language Code", "Lang"),
        Column.ASSIGNED_TO: (
            "Assigned To",
            "Account Manager",
            "Sales Person",
            "Salesperson",
            "Owner",
            "Credit Controller",
        ),
        Column.BIRTHDAY: ("Birthday", "Date of Birth", "DOB"),
        Column.INVOICES_PAID: ("Invoices Paid",),
        Column.PAID_ON_TIME: ("Paid On Time", "Invoices Paid On Time"),
        Column.LAST_PAYMENT_ON: ("Last Payment", "Last Payment Date", "Last Paid"),
    },
    ImportKind.INVOICES: {
        **_ACCOUNT_REF,
        Column.EMAIL: ("EmailAddress", "Email", "Email Address", "Customer Email", "EmailID"),
        Column.INVOICE_NUMBER: (
            "InvoiceNumber",
            "Invoice Number",
            "Invoice No",
            "InvoiceNo",
            "Invoice #",
            "Invoice",
            "Num",
            "No",
            "Number",
            "Document Number",
            "Invoice ID",
        ),
        Column.ISSUED_ON: (
            "InvoiceDate",
            "Invoice Date",
            "Date Issued",
            "Issue Date",
            "Issued",
            "Date",
            "Transaction Date",
            "Txn Date",
        ),
        Column.DUE_ON: ("DueDate", "Due Date", "Due On", "Date Due", "Payment Due"),
        Column.AMOUNT: (
            "Total",
            "Invoice Total",
            "Total Amount",
            "Amount",
            "Invoice Amount",
            "Gross",
            "Gross Amount",
            "Grand Total",
        ),
        Column.BALANCE: (
            "AmountDue",
            "Amount Due",
            "InvoiceAmountDue",
            "Balance",
            "Balance Due",
            "Open Balance",
            "Outstanding",
            "Amount Outstanding",
            "Outstanding Amount",
            "Due Amount",
            "Remaining",
        ),
        Column.AMOUNT_PAID: ("AmountPaid", "Amount Paid", "InvoiceAmountPaid", "Paid"),
        Column.CURRENCY: ("Currency", "CurrencyCode", "Currency Code"),
        Column.STATUS: ("Status", "Invoice Status"),
        Column.TYPE: ("Type", "Transaction Type"),
        Column.PDF: ("PDF", "PDF Path", "PDF File", "Invoice PDF"),
        Column.PAYMENT_LINK: ("Payment Link", "Pay Link", "Payment URL", "Online Payment Link"),
    },
    ImportKind.PAYMENTS: {
        **_ACCOUNT_REF,
        Column.REFERENCE: (
            "Payment Reference",
            "Reference",
            "Ref No",
            "Reference No",
            "Reference Number",
            "Payment Number",
            "Payment No",
            "Payment ID",
            "Receipt No",
            "Receipt Number",
            "Transaction ID",
            "Ref",
            "Num",
        ),
        Column.INVOICE_NUMBER: (
            "InvoiceNumber",
            "Invoice Number",
            "Invoice No",
            "InvoiceNo",
            "Invoice #",
            "Invoice",
            "Invoice Numbers",
            "Applied To",
        ),
        Column.RECEIVED_ON: (
            "Payment Date",
            "Date Received",
            "Received On",
            "Received",
            "Date Paid",
            "Paid On",
            "Date",
            "Transaction Date",
        ),
        Column.AMOUNT: (
            "Amount",
            "Amount Received",
            "Payment Amount",
            "Amount Paid",
            "Paid Amount",
            "Total",
        ),
        Column.CURRENCY: ("Currency", "CurrencyCode", "Currency Code"),
        Column.METHOD: ("Payment Method", "Method", "Payment Mode", "Payment Type"),
    },
}

REQUIRED: dict[ImportKind, tuple[tuple[Column, ...], ...]] = {
    # Each inner tuple: at least one of these columns must be present.
    ImportKind.ACCOUNTS: ((Column.ACCOUNT_ID, Column.ACCOUNT_NAME),),
    ImportKind.INVOICES: (
        (Column.INVOICE_NUMBER,),
        (Column.DUE_ON,),
        (Column.AMOUNT, Column.BALANCE),
        (Column.ACCOUNT_ID, Column.ACCOUNT_NAME),
    ),
    ImportKind.PAYMENTS: (
        (Column.AMOUNT,),
        (Column.RECEIVED_ON,),
        (Column.ACCOUNT_ID, Column.ACCOUNT_NAME, Column.INVOICE_NUMBER),
    ),
}


def aliases(kind: ImportKind) -> Mapping[Column, tuple[str, ...]]:
    """The header names accepted for each field of this kind of file, best first."""
    return _ALIASES[kind]


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which header (its position and its text as written) supplies each field."""

    kind: ImportKind
    positions: Mapping[Column, int]
    headers: Sequence[str]
    ignored: tuple[str, ...]

    def header(self, column: Column) -> str:
        return self.headers[self.positions[column]]

    def __contains__(self, column: object) -> bool:
        return column in self.positions

    def missing(self) -> list[str]:
        """Required fields with no column, described by the names we would accept."""
        gaps = []
        for options in REQUIRED[self.kind]:
            if not any(c in self.positions for c in options):
                names = [_ALIASES[self.kind][c][0] for c in options]
                gaps.append(" or ".join(repr(n) for n in names))
        return gaps


def map_columns(headers: Sequence[str], kind: ImportKind) -> ColumnMap:
    """Match a header row to the fields of `kind`; the best-ranked alias wins a field."""
    folded = [fold(h) for h in headers]
    positions: dict[Column, int] = {}
    taken: set[int] = set()
    for column, names in _ALIASES[kind].items():
        for name in names:
            key = fold(name)
            if key in folded and folded.index(key) not in taken:
                positions[column] = folded.index(key)
                taken.add(positions[column])
                break
    ignored = tuple(h for i, h in enumerate(headers) if i not in taken and h.strip())
    return ColumnMap(kind, positions, tuple(headers), ignored)


def recognised(headers: Sequence[str]) -> int:
    """How many headers name a field of any kind (to find the header row under a preamble)."""
    known = {fold(n) for table in _ALIASES.values() for names in table.values() for n in names}
    return sum(1 for h in headers if fold(h) in known)


def detect_kind(headers: Sequence[str]) -> ImportKind | None:
    """What a file holds, from its header: a due date means invoices; a payment date,
    reference or method (or an amount and a date without a due date) means payments; names,
    emails and phones without amounts mean accounts."""
    invoice = map_columns(headers, ImportKind.INVOICES)
    if Column.DUE_ON in invoice and not invoice.missing():
        return ImportKind.INVOICES
    payment = map_columns(headers, ImportKind.PAYMENTS)
    table = _ALIASES[ImportKind.PAYMENTS]
    payment_only = {fold(n) for c in (Column.REFERENCE, Column.METHOD) for n in table[c]}
    payment_only |= {fold(n) for n in table[Column.RECEIVED_ON][:6]}
    if not payment.missing() and (
        any(fold(h) in payment_only for h in headers) or Column.DUE_ON not in invoice
    ):
        return ImportKind.PAYMENTS
    account = map_columns(headers, ImportKind.ACCOUNTS)
    if not account.missing() and Column.AMOUNT not in payment:
        return ImportKind.ACCOUNTS
    return None
