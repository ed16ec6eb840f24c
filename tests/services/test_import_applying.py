"""Applying imports to the real store: idempotent, explained, and never losing good rows."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.events import EventType, verify_chain
from bot.domain.models import InvoiceStatus
from bot.services.importing import (
    ImportBatch,
    Outcome,
    ReadOptions,
    apply_import,
    import_files,
    parse_import_text,
    read_import_file,
)
from bot.store.repository import Repository
from tests.services.conftest import NOW

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parents[2] / "examples"


def read(name: str, folder: Path = DATA) -> ImportBatch:
    return read_import_file(folder / name, locale="en_GB", default_currency="GBP")


def text(body: str, name: str = "test.csv") -> ImportBatch:
    return parse_import_text(body, file=name, options=ReadOptions(locale="en_GB",
                                                                   default_currency="GBP"))


def all_files() -> list[ImportBatch]:
    return [read("payments.csv"), read("invoices.csv"), read("accounts.csv")]


def test_accounts_invoices_and_payments_are_created_in_that_order(repo: Repository) -> None:
    report = apply_import(repo, all_files(), now=NOW, actor="owner")
    assert (report.created, report.updated, report.unchanged, len(report.errors)) == (9, 0, 0, 0)
    mueller = repo.account("MUELLER")
    assert mueller is not None
    assert (mueller.locale, mueller.timezone, mueller.emails) == (
        "de_DE", "Europe/Berlin", ("buchhaltung@mueller.example",)
    )
    paid = repo.invoice("INV-1001")
    assert paid is not None and paid.status is InvoiceStatus.PAID and not paid.is_open
    part = repo.invoice("INV-1009")
    assert part is not None and part.balance == Decimal("3980.00") and part.is_open
    for account in repo.accounts():
        assert verify_chain(repo.log(account.id)) is None


def test_a_reimport_of_the_same_files_changes_nothing(repo: Repository) -> None:
    apply_import(repo, all_files(), now=NOW, actor="owner")
    events = repo.event_count()
    invoices = {i.number: i for i in repo.invoices()}
    again = apply_import(repo, all_files(), now=NOW, actor="owner")
    assert (again.created, again.updated, again.unchanged, len(again.errors)) == (0, 0, 9, 0)
    assert repo.event_count() == events
    assert {i.number: i for i in repo.invoices()} == invoices


def test_a_dry_run_writes_nothing_and_reports_what_it_would_do(repo: Repository) -> None:
    dry = apply_import(repo, all_files(), now=NOW, actor="owner", dry_run=True)
    assert repo.event_count() == 0
    assert repo.accounts() == [] and repo.invoices() == [] and repo.payments() == []
    assert dry.summary().startswith("dry run, nothing written: 9 would be created")
    assert any("would create invoice INV-1001" in line for line in dry.format())
    real = apply_import(repo, all_files(), now=NOW, actor="owner")
    assert [(x.line, x.outcome, x.detail) for x in dry.lines] == [
        (x.line, x.outcome, x.detail) for x in real.lines
    ]


def test_a_changed_row_updates_and_logs_what_changed(repo: Repository, tmp_path: Path) -> None:
    apply_import(repo, [read("accounts.csv"), read("invoices.csv")], now=NOW, actor="owner")
    changed = tmp_path / "invoices.csv"
    changed.write_text((DATA / "invoices.csv").read_text().replace("2026-11-19", "2026-11-26"))
    report = apply_import(repo, read_import_file(changed), now=NOW, actor="owner")
    assert (report.updated, report.unchanged) == (1, 3)
    (line,) = [x for x in report.lines if x.outcome is Outcome.UPDATED]
    assert (line.key, line.line) == ("INV-1014", 3)
    assert "due_on 2026-11-19 -> 2026-11-26" in line.detail
    event = repo.log("ACME")[-1]
    assert event.type == EventType.INVOICE_UPDATED and event.invoices == ("INV-1014",)
    assert event.data["changes"] == {"due_on": ["2026-11-19", "2026-11-26"]}
    assert event.data["source"] == "import" and event.data["due_on"] == "2026-11-26"
    stored = repo.invoice("INV-1014")
    assert stored is not None and stored.due_on == date(2026, 11, 26)


def test_a_bad_date_on_line_7_is_reported_and_the_other_rows_are_imported(
    repo: Repository,
) -> None:
    apply_import(repo, read("accounts.csv"), now=NOW, actor="owner")
    report = apply_import(repo, read("invoices_bad_rows.csv"), now=NOW, actor="owner")
    assert (report.created, len(report.errors)) == (6, 3)
    first_error = next(x for x in report.format() if ": error" in x)
    assert "invoices_bad_rows.csv:7: error" in first_error
    assert "column 'Due Date'" in first_error
    assert {i.number for i in repo.invoices("ACME")} == {
        "INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-9"
    }


def test_a_xero_export_alone_creates_its_accounts(repo: Repository) -> None:
    report = apply_import(repo, read("xero_invoices.csv"), now=NOW, actor="owner")
    assert len(report.errors) == 1  # the bill
    harbour = repo.account("Harbour Lights B&B")
    assert harbour is not None and harbour.emails == ("tom@harbour-lights.example",)
    assert [i.number for i in repo.invoices(harbour.id) if i.is_open] == ["INV-0043"]
    assert any("(from the invoice row)" in x for x in report.format())
    again = apply_import(repo, read("xero_invoices.csv"), now=NOW, actor="owner")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_quickbooks_invoices_find_accounts_by_name(repo: Repository) -> None:
    apply_import(repo, read("accounts.csv"), now=NOW, actor="owner")
    apply_import(repo, read("qbo_open_invoices.csv"), now=NOW, actor="owner")
    assert {i.number for i in repo.invoices("BLUEOX")} == {"1001", "1005"}
    assert len(repo.accounts()) == 4  # Corner Bakery is new


def test_an_invoice_for_an_unknown_account_id_is_an_error(repo: Repository) -> None:
    report = apply_import(repo, text("Invoice Number,Account ID,Due Date,Total\n"
                                     "A-1,NOPE,2026-10-31,10\n"), now=NOW, actor="owner")
    assert len(report.errors) == 1 and "NOPE" in report.lines[0].detail
    assert repo.invoices() == []


def test_an_ambiguous_account_name_is_an_error(repo: Repository) -> None:
    apply_import(repo, text("Account ID,Name\nA1,Acme\nA2,acme\n"), now=NOW, actor="owner")
    report = apply_import(repo, text("Invoice Number,Customer,Due Date,Total\n"
                                     "A-1,Acme,2026-10-31,10\n"), now=NOW, actor="owner")
    assert len(report.errors) == 1 and "A1, A2" in report.lines[0].detail


def test_empty_cells_and_missing_columns_keep_what_was_there(repo: Repository) -> None:
    apply_import(repo, read("accounts.csv"), now=NOW, actor="owner")
    report = apply_import(repo, text("Account ID,Name,Time zone\nACME,Acme Widgets Ltd,\n"),
                          now=NOW, actor="owner")
    assert report.unchanged == 1
    acme = repo.account("ACME")
    assert acme is not None and acme.timezone == "Europe/London" and acme.assigned_to == "sam"


def test_an_old_export_does_not_reopen_an_invoice_paid_in_duebot(repo: Repository) -> None:
    apply_import(repo, [read("accounts.csv"), read("invoices.csv")], now=NOW, actor="owner")
    apply_import(repo, read("payments.csv"), now=NOW, actor="owner")
    report = apply_import(repo, read("invoices.csv"), now=NOW, actor="owner")
    assert report.updated == 0
    paid = repo.invoice("INV-1001")
    assert paid is not None and paid.status is InvoiceStatus.PAID
    assert any("kept the balance" in x.detail for x in report.lines)
    newer = text("Invoice Number,Account ID,Currency,Total,Amount Due,Invoice Date,Due Date\n"
                 "INV-1009,MUELLER,EUR,4980.00,2980.00,2026-10-05,2026-11-04\n")
    apply_import(repo, newer, now=NOW, actor="owner")
    lowered = repo.invoice("INV-1009")
    assert lowered is not None and lowered.balance == Decimal("2980.00")


def test_a_payment_row_that_cannot_be_recorded_is_an_error_and_others_go_on(
    repo: Repository,
) -> None:
    apply_import(repo, [read("accounts.csv"), read("invoices.csv")], now=NOW, actor="owner")
    report = apply_import(repo, text(
        "Payment Reference,Account ID,Invoice Number,Amount,Currency,Payment Date\n"
        "X-1,ACME,INV-404,10.00,GBP,2026-11-01\n"
        "X-2,ACME,INV-1009,10.00,EUR,2026-11-01\n"
        "X-3,ACME,INV-1014,480.00,GBP,2026-11-01\n"
    ), now=NOW, actor="owner")
    assert [(x.line, x.outcome) for x in report.lines] == [
        (2, Outcome.ERROR), (3, Outcome.ERROR), (4, Outcome.CREATED)
    ]
    assert "INV-404" in report.lines[0].detail and "MUELLER" in report.lines[1].detail
    done = repo.invoice("INV-1014")
    assert done is not None and not done.is_open


@pytest.mark.parametrize("name", ["accounts.csv", "invoices.csv", "payments.csv"])
def test_the_examples_import_cleanly(repo: Repository, name: str) -> None:
    batches = [read(n, EXAMPLES) for n in ("accounts.csv", "invoices.csv", "payments.csv")]
    report = apply_import(repo, batches, now=NOW, actor="owner")
    assert report.errors == []
    assert read(name, EXAMPLES).kind.value == name.removesuffix(".csv")


def test_an_unreadable_file_is_one_error_and_the_other_files_go_in(
    repo: Repository, tmp_path: Path
) -> None:
    odd = tmp_path / "notes.csv"
    odd.write_text("Colour,Size\nred,L\n")
    report = import_files(repo, [odd, DATA / "accounts.csv"], now=NOW, actor="owner")
    assert report.format()[1] == f"{odd}: error: no header row with known column names " \
        "(docs/csv-import.md lists them)"
    assert report.created == 3 and len(repo.accounts()) == 3
