"""Recording a payment: allocation, paid invoices, history, idempotency, the log."""

from datetime import date
from decimal import Decimal

import pytest

from bot.domain.events import EventType, verify_chain
from bot.domain.models import Account, Contact, Invoice, InvoiceStatus, Payment
from bot.services.payments import (
    CurrencyMismatch,
    CurrencyUnclear,
    InvalidPayment,
    InvoiceOfAnotherAccount,
    PaymentReceived,
    PaymentReferenceReused,
    UnknownAccount,
    UnknownInvoice,
    record_payment,
)
from bot.store.repository import Repository
from tests.services.conftest import NOW


def invoice(number: str, account: str, balance: str, due: date, currency: str = "GBP") -> Invoice:
    return Invoice(number=number, account_id=account, currency=currency,
                   amount=Decimal(balance), balance=Decimal(balance),
                   issued_on=date(2026, 9, 1), due_on=due)


@pytest.fixture
def books(repo: Repository) -> Repository:
    with repo.transaction() as tx:
        tx.put_account(Account(id="ACME", name="Acme Widgets Ltd",
                               contacts=(Contact(email="ap@acme.example"),)))
        tx.put_account(Account(id="BETA", name="Beta Bakery"))
        tx.put_invoice(invoice("INV-1", "ACME", "100.00", date(2026, 10, 31)))
        tx.put_invoice(invoice("INV-2", "ACME", "250.00", date(2026, 10, 15)))
        tx.put_invoice(invoice("INV-3", "ACME", "40.00", date(2026, 11, 30)))
        tx.put_invoice(invoice("INV-E", "ACME", "70.00", date(2026, 10, 1), currency="EUR"))
        tx.put_invoice(invoice("B-1", "BETA", "10.00", date(2026, 10, 1)))
    return repo


def pay(reference: str, amount: str, *invoices: str, account: str | None = "ACME",
        received: date = date(2026, 11, 1), currency: str | None = "GBP") -> PaymentReceived:
    return PaymentReceived(reference=reference, amount=Decimal(amount), received_on=received,
                           account_id=account, currency=currency, invoices=invoices)


def test_a_payment_marks_the_invoice_paid_and_it_is_no_longer_open(books: Repository) -> None:
    report = record_payment(books, pay("BACS-1", "100.00", "INV-1"), now=NOW, actor="sam")
    paid = books.invoice("INV-1")
    assert paid is not None
    assert (paid.status, paid.balance, paid.is_open) == (InvoiceStatus.PAID, 0, False)
    assert report.paid_invoices == ("INV-1",)
    assert [i.number for i in books.invoices("ACME") if i.is_open] == ["INV-2", "INV-3", "INV-E"]


def test_a_part_payment_lowers_the_balance_and_leaves_it_open(books: Repository) -> None:
    record_payment(books, pay("BACS-1", "60.00", "INV-1"), now=NOW, actor="sam")
    part = books.invoice("INV-1")
    assert part is not None
    assert (part.balance, part.status, part.is_open) == (Decimal("40.00"), InvoiceStatus.OPEN,
                                                         True)


def test_without_named_invoices_the_oldest_due_in_its_currency_is_paid_first(
    books: Repository,
) -> None:
    report = record_payment(books, pay("BACS-1", "300.00"), now=NOW, actor="sam")
    assert [(a.number, a.applied) for a in report.allocations] == [
        ("INV-2", Decimal("250.00")), ("INV-1", Decimal("50.00"))
    ]
    euro = books.invoice("INV-E")
    assert euro is not None and euro.balance == Decimal("70.00")


def test_the_same_payment_reference_twice_is_recorded_once(books: Repository) -> None:
    record_payment(books, pay("BACS-1", "60.00", "INV-1"), now=NOW, actor="sam")
    events = books.event_count()
    again = record_payment(books, pay("BACS-1", "60.00", "INV-1"), now=NOW, actor="sam")
    assert not again.recorded
    assert "already recorded" in again.lines()[0]
    assert books.event_count() == events
    part = books.invoice("INV-1")
    assert part is not None and part.balance == Decimal("40.00")
    assert len(books.payments("ACME")) == 1


def test_the_same_reference_for_different_money_is_refused(books: Repository) -> None:
    record_payment(books, pay("BACS-1", "60.00", "INV-1"), now=NOW, actor="sam")
    with pytest.raises(PaymentReferenceReused, match="BACS-1"):
        record_payment(books, pay("BACS-1", "61.00", "INV-1"), now=NOW, actor="sam")


def test_an_overpayment_is_reported_as_credit_not_lost(books: Repository) -> None:
    report = record_payment(books, pay("BACS-1", "130.00", "INV-1"), now=NOW, actor="sam")
    assert report.credit_left == Decimal("30.00")
    assert any("30.00 GBP not applied" in line for line in report.lines())
    stored = books.payment("BACS-1")
    assert stored is not None and stored.amount == Decimal("130.00")
    assert stored.allocations == (("INV-1", Decimal("100.00")),)
    assert books.log("ACME")[-2].data["unapplied"] == "30.00"


def test_payment_history_counts_invoices_paid_and_whether_on_time(books: Repository) -> None:
    record_payment(books, pay("P-1", "100.00", "INV-1", received=date(2026, 10, 30)),
                   now=NOW, actor="sam")
    record_payment(books, pay("P-2", "250.00", "INV-2", received=date(2026, 11, 2)),
                   now=NOW, actor="sam")
    account = books.account("ACME")
    assert account is not None
    assert (account.history.invoices_paid, account.history.paid_on_time) == (2, 1)
    assert account.history.last_payment_on == date(2026, 11, 2)


def test_one_payment_event_and_an_invoice_event_per_invoice_in_the_chain(
    books: Repository,
) -> None:
    record_payment(books, pay("BACS-1", "300.00"), now=NOW, actor="sam")
    log = books.log("ACME")
    assert [e.type for e in log] == [EventType.PAYMENT_RECORDED, EventType.INVOICE_UPDATED,
                                     EventType.INVOICE_UPDATED]
    recorded = log[0]
    assert recorded.actor == "sam"
    assert recorded.data["allocations"] == {"INV-2": "250.00", "INV-1": "50.00"}
    assert {k for k in ("reference", "amount", "currency", "received_on", "source")} <= set(
        recorded.data)
    assert log[1].data["status"] == "paid" and log[2].data["balance"] == "50.00"
    assert verify_chain(log) is None


def test_the_account_is_taken_from_the_named_invoice(books: Repository) -> None:
    report = record_payment(books, pay("P-9", "10.00", "B-1", account=None, currency=None),
                            now=NOW, actor="sam")
    assert (report.account_id, report.currency) == ("BETA", "GBP")


@pytest.mark.parametrize(
    ("payment", "error"),
    [
        (pay("P-1", "10.00", account="NOPE"), UnknownAccount),
        (pay("P-1", "10.00", "INV-404"), UnknownInvoice),
        (pay("P-1", "10.00", "INV-E"), CurrencyMismatch),
        (pay("P-1", "10.00", "B-1"), InvoiceOfAnotherAccount),
        (pay("P-1", "10.00", currency=None), CurrencyUnclear),
        (pay("P-1", "0.00"), InvalidPayment),
        (pay(" ", "10.00"), InvalidPayment),
    ],
)
def test_a_payment_that_cannot_be_recorded_says_why_and_writes_nothing(
    books: Repository, payment: PaymentReceived, error: type[Exception]
) -> None:
    before = books.event_count()
    with pytest.raises(error):
        record_payment(books, payment, now=NOW, actor="sam")
    assert books.event_count() == before
    assert books.payments() == []


def test_a_payment_given_as_a_payment_names_its_invoices_in_its_allocations(
    books: Repository,
) -> None:
    given = Payment(reference="CARD-1", account_id="ACME", amount=Decimal("300.00"),
                    currency="GBP", received_on=date(2026, 11, 1),
                    allocations=(("INV-3", Decimal(0)), ("INV-1", Decimal("50.00"))),
                    method="card")
    report = record_payment(books, given, now=NOW, actor="sam")
    assert [(a.number, a.applied) for a in report.allocations] == [
        ("INV-3", Decimal("40.00")), ("INV-1", Decimal("50.00"))
    ]
    assert report.credit_left == Decimal("210.00")
    assert "CARD-1" in str(report)
    stored = books.payment("CARD-1")
    assert stored is not None and stored.method == "card"
    assert not record_payment(books, given, now=NOW, actor="sam").recorded
