"""Reading import files (the pure half): rows become records, bad rows become errors."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.models import InvoiceStatus
from bot.services.importing import (
    ImportFileError,
    ImportKind,
    ReadOptions,
    aliases,
    parse_import_text,
    read_import_file,
)

DATA = Path(__file__).parent / "data"


def read_text(text: str, **options: str) -> object:
    return parse_import_text(text, file="test.csv", options=ReadOptions(**options))


def test_a_bad_date_on_line_7_is_reported_and_the_other_rows_are_read() -> None:
    batch = read_import_file(DATA / "invoices_bad_rows.csv")
    first = batch.errors[0]
    assert (Path(first.file).name, first.line, first.column) == (
        "invoices_bad_rows.csv", 7, "Due Date"
    )
    assert "2026-13-45" in first.reason
    assert "invoices_bad_rows.csv:7: column 'Due Date':" in str(first)
    assert [(e.line, e.column) for e in batch.errors] == [
        (7, "Due Date"), (8, "Total"), (9, "Amount Due")
    ]
    assert [i.number for i in batch.invoices] == [
        "INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-9"
    ]


def test_xero_column_names_are_understood() -> None:
    batch = read_import_file(DATA / "xero_invoices.csv")
    assert batch.kind is ImportKind.INVOICES
    by_number = {i.number: i for i in batch.invoices}
    acme = by_number["INV-0042"]  # two line-item rows: one invoice
    assert acme.account.name == "Acme Widgets Ltd"
    assert acme.contact_email == "accounts@acme-widgets.example"
    assert (acme.amount, acme.balance, acme.currency) == (
        Decimal("1440.00"), Decimal("1440.00"), "GBP"
    )
    assert (acme.issued_on, acme.due_on) == (date(2026, 10, 3), date(2026, 11, 2))
    assert by_number["INV-0043"].balance == Decimal("212.50")
    assert by_number["INV-0039"].status is InvoiceStatus.PAID
    assert "BILL-17" not in by_number
    assert [(e.line, e.column) for e in batch.errors] == [(6, "Type")]
    assert "bill" in batch.errors[0].reason


def test_quickbooks_report_is_read_under_its_title_lines_without_its_total_line() -> None:
    batch = read_import_file(DATA / "qbo_open_invoices.csv")
    assert batch.kind is ImportKind.INVOICES
    assert not batch.errors
    assert [(i.number, i.account.name, i.balance) for i in batch.invoices] == [
        ("1001", "Blue Ox Coffee Co.", Decimal("2640.00")),
        ("1005", "Blue Ox Coffee Co.", Decimal("120.00")),
        ("1006", "Corner Bakery", Decimal("75.50")),
    ]
    assert batch.invoices[0].due_on == date(2026, 11, 2)  # 10/20/2026 elsewhere proves MDY
    assert batch.invoices[0].currency == "USD"
    assert batch.invoices[0].source.line == 6


@pytest.mark.parametrize(
    ("system", "header", "row"),
    [
        ("Sage", "Customer Reference,Invoice Number,Date,Due Date,Total,Outstanding,Currency",
         "ACME,SI-77,2026-10-01,2026-10-31,120.00,120.00,GBP"),
        ("FreshBooks", "Client Name,Invoice #,Date Issued,Due Date,Amount,Amount Due,Currency",
         "Acme Widgets Ltd,0000077,2026-10-01,2026-10-31,120.00,120.00,GBP"),
        ("Zoho Books",
         "Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer ID,Customer Name,"
         "Due Date,Currency Code,Total,Balance",
         "2026-10-01,4600001,INV-000077,Overdue,ACME,Acme Widgets Ltd,2026-10-31,GBP,"
         "120.00,120.00"),
        ("Wave", "Customer,Invoice Number,Invoice Date,Due Date,Total,Amount Due,Currency",
         "Acme Widgets Ltd,77,2026-10-01,2026-10-31,120.00,120.00,GBP"),
        ("QuickBooks import", "InvoiceNo,Customer,InvoiceDate,DueDate,Amount,Currency",
         "77,Acme Widgets Ltd,2026-10-01,2026-10-31,120.00,GBP"),
    ],
)
def test_other_accounting_exports_are_understood(system: str, header: str, row: str) -> None:
    batch = read_text(f"{header}\n{row}\n")
    assert batch.kind is ImportKind.INVOICES, system
    assert not batch.errors, system
    (invoice,) = batch.invoices
    assert invoice.number.endswith("77")
    assert invoice.balance == Decimal("120.00")
    assert invoice.due_on == date(2026, 10, 31)
    assert invoice.account.id == "ACME" or invoice.account.name == "Acme Widgets Ltd"


def test_headers_match_whatever_their_case_spacing_and_punctuation() -> None:
    batch = read_text("INVOICE_NUMBER;customer-name;due date;TOTAL;currency code\n"
                      "A-1;Acme;2026-10-31;10;GBP\n")
    assert batch.invoices[0].number == "A-1"


def test_what_a_file_holds_is_told_by_its_header() -> None:
    assert read_import_file(DATA / "accounts.csv").kind is ImportKind.ACCOUNTS
    assert read_import_file(DATA / "invoices.csv").kind is ImportKind.INVOICES
    assert read_import_file(DATA / "payments.csv").kind is ImportKind.PAYMENTS
    with pytest.raises(ImportFileError, match="--kind"):
        read_text("Customer,Amount\nAcme,10\n")
    with pytest.raises(ImportFileError, match="no header"):
        read_text("Colour,Size\nred,L\n")


def test_an_explicit_kind_wins_and_missing_columns_are_named() -> None:
    batch = parse_import_text("Name,Email\nAcme,a@acme.example\n", file="x.csv", kind="accounts")
    assert batch.kind is ImportKind.ACCOUNTS
    with pytest.raises(ImportFileError, match="'DueDate'"):
        parse_import_text("Name,Email\nAcme,a@acme.example\n", file="x.csv", kind="invoices")


def test_excel_windows_1252_with_semicolons_is_read() -> None:
    batch = read_import_file(DATA / "accounts_cp1252.csv")
    assert batch.encoding == "cp1252"
    assert [a.name for a in batch.accounts] == ["Müller Feinmechanik GmbH", "Café Noël"]
    assert batch.accounts[0].values["locale"] == "de_DE"


def test_utf8_with_a_byte_order_mark_is_read() -> None:
    batch = read_import_file(DATA / "accounts_bom.csv")
    assert batch.encoding == "utf-8-sig"
    (account,) = batch.accounts
    assert account.name == "Øresund Trading ApS"
    assert account.contacts[0].name == "Mette Ørsted"


def test_the_date_format_hint_or_the_business_locale_settles_ambiguous_dates() -> None:
    text = "Invoice Number,Customer,Due Date,Total,Currency\nA-1,Acme,03/04/2026,10,GBP\n"
    assert read_text(text).errors[0].column == "Due Date"
    assert read_text(text, date_format="DMY").invoices[0].due_on == date(2026, 4, 3)
    assert read_text(text, date_format="MDY").invoices[0].due_on == date(2026, 3, 4)
    assert read_text(text, locale="en_GB").invoices[0].due_on == date(2026, 4, 3)
    assert read_text(text, locale="en_US").invoices[0].due_on == date(2026, 3, 4)


def test_the_business_locale_reads_german_amounts() -> None:
    text = "Invoice Number,Customer,Due Date,Total,Currency\nR-1,Müller,04.11.2026,1.250,EUR\n"
    assert read_text(text, locale="de_DE").invoices[0].amount == Decimal("1250")


def test_a_file_without_currency_uses_the_business_currency_or_says_so() -> None:
    text = (
        "Invoice Number,Customer,Due Date,Total\n"
        "A-1,Acme,2026-10-31,10\nA-2,Acme,2026-10-31,£5\n"
    )
    batch = read_text(text)
    assert "no currency" in batch.errors[0].reason
    assert batch.invoices[0].currency == "GBP"
    assert {i.currency for i in read_text(text, default_currency="GBP").invoices} == {"GBP"}


def test_a_currency_symbol_that_contradicts_the_currency_column_is_an_error() -> None:
    batch = read_text("Invoice Number,Customer,Due Date,Total,Currency\n"
                      "A-1,Acme,2026-10-31,€10,GBP\n")
    assert (batch.errors[0].column, batch.invoices) == ("Total", ())
    assert "EUR" in batch.errors[0].reason


def test_drafts_credit_notes_and_negative_totals_are_not_chased() -> None:
    batch = read_text(
        "Invoice Number,Customer,Due Date,Total,Currency,Status,Type\n"
        "A-1,Acme,2026-10-31,10,GBP,Draft,Invoice\n"
        "A-2,Acme,2026-10-31,10,GBP,Open,Credit Memo\n"
        "A-3,Acme,2026-10-31,-10,GBP,Open,Invoice\n"
        "A-4,Acme,2026-10-31,10,GBP,Paid,Invoice\n"
    )
    assert [e.column for e in batch.errors] == ["Status", "Type", "Total"]
    (paid,) = batch.invoices
    assert (paid.status, paid.balance) == (InvoiceStatus.PAID, Decimal(0))


def test_a_repeated_invoice_number_with_different_values_is_an_error() -> None:
    batch = read_text("Invoice Number,Customer,Due Date,Total,Currency\n"
                      "A-1,Acme,2026-10-31,10,GBP\nA-1,Acme,2026-10-31,12,GBP\n")
    assert batch.errors[0].line == 3
    assert "line 2" in batch.errors[0].reason


def test_an_account_on_several_rows_collects_its_contacts() -> None:
    batch = read_text("Customer ID,Display Name,EmailID,Contact Person\n"
                      "ACME,Acme,ap@acme.example,Jo\nACME,Acme,ceo@acme.example,Sam\n")
    (account,) = batch.accounts
    assert [c.email for c in account.contacts] == ["ap@acme.example", "ceo@acme.example"]


def test_a_bad_email_is_reported_on_its_column() -> None:
    batch = read_text("Name,Email\nAcme,not-an-address\nBeta,ap@beta.example\n")
    assert [(e.line, e.column) for e in batch.errors] == [(2, "Email")]
    assert [a.id for a in batch.accounts] == ["Beta"]


def test_payments_without_a_reference_get_the_same_one_each_time() -> None:
    text = ("Date,Customer,Amount,Invoice No\n"
            "2026-11-01,Acme,10.00,A-1\n2026-11-01,Acme,10.00,A-1\n")
    first, second = read_text(text), read_text(text)
    assert [p.reference for p in first.payments] == [p.reference for p in second.payments]
    assert len({p.reference for p in first.payments}) == 2  # two payments, not one


def test_a_payment_of_zero_is_an_error() -> None:
    batch = read_text("Payment Date,Customer,Amount,Reference\n2026-11-01,Acme,0,R-1\n")
    assert batch.errors[0].column == "Amount"


def test_every_column_name_understood_is_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "csv-import.md").read_text(encoding="utf-8")
    for kind in ImportKind:
        for names in aliases(kind).values():
            for name in names:
                assert f"`{name}`" in doc, (kind, name)
