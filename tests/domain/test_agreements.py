"""Promises and payment plans folded from the log: allocation, broken dates, what is due, and
the cadence pause they hold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.domain.agreements import (
    COMPLETE_STEP,
    NOTE_STEP,
    RECAP_STEP,
    THANKS_STEP,
    AgreementKind,
    AgreementStatus,
    InstalmentState,
    TrackingRules,
    review,
)
from bot.domain.events import EventType
from bot.domain.models import Invoice
from bot.domain.planner import plan
from tests.domain.builders import Log, account, invoice, london, make_config

RULES = TrackingRules(grace_days=2, note_lead_days=1)
CONFIG = make_config(send_window={"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                                  "start": "08:00:00", "end": "20:00:00"},
                     holidays={"country": None})


def with_invoice(number: str = "INV-1", balance: str = "300.00") -> Log:
    return Log().add(EventType.INVOICE_UPDATED, london("2026-02-01"), (number,),
                     number=number, amount=balance, balance=balance, currency="GBP",
                     due_on="2026-02-28", status="open")


def three_instalments(log: Log) -> Log:
    return log.add(EventType.PLAN_AGREED, london("2026-03-02"), ("INV-1",),
                   instalments=[{"due_on": "2026-03-09", "amount": "100.00"},
                                {"due_on": "2026-03-16", "amount": "100.00"},
                                {"due_on": "2026-03-23", "amount": "100.00"}],
                   currency="GBP", total="300.00", by="sam", method="bank transfer")


def paid(log: Log, reference: str, amount: str, on: str, number: str = "INV-1") -> Log:
    return log.add(EventType.PAYMENT_RECORDED, london(on), (number,), reference=reference,
                   amount=amount, currency="GBP", received_on=on,
                   allocations={number: amount}, source="manual")


def test_a_plan_is_folded_with_its_instalments_method_and_who_agreed_it() -> None:
    [plan_] = list(three_instalments(with_invoice()).state().agreements)
    assert plan_.kind is AgreementKind.PLAN and plan_.status is AgreementStatus.ACTIVE
    assert [(i.due_on, i.amount) for i in plan_.instalments] == [
        (date(2026, 3, 9), Decimal("100.00")), (date(2026, 3, 16), Decimal("100.00")),
        (date(2026, 3, 23), Decimal("100.00"))]
    assert (plan_.method, plan_.by, plan_.invoices, plan_.total) == (
        "bank transfer", "sam", ("INV-1",), Decimal("300.00"))
    assert plan_.id == "plan-2"


def test_a_promise_without_an_amount_is_for_the_balance_of_its_invoices() -> None:
    log = with_invoice(balance="120.00").add(EventType.PROMISE_MADE, london("2026-03-02"),
                                             ("INV-1",), date="2026-03-06", amount=None,
                                             currency="GBP", source="reply")
    [promise] = list(log.state().agreements)
    assert promise.kind is AgreementKind.PROMISE and promise.source == "reply"
    assert promise.instalments[0].amount == Decimal("120.00")


def test_payments_fill_the_oldest_instalment_first_and_a_partial_one_stays_part_paid() -> None:
    log = paid(three_instalments(with_invoice()), "P1", "150.00", "2026-03-08")
    [plan_] = list(log.state().agreements)
    rows = plan_.progress()
    assert [(r.paid, r.settled) for r in rows] == [
        (Decimal("100.00"), True), (Decimal("50.00"), False), (Decimal("0"), False)]
    assert rows[0].paid_on == date(2026, 3, 8)
    assert rows[1].state(date(2026, 3, 10), 2) is InstalmentState.PART_PAID
    assert plan_.next_unsettled() == rows[1]


def test_a_payment_the_payer_says_is_for_an_instalment_goes_there_and_the_rest_to_the_oldest(
) -> None:
    log = three_instalments(with_invoice()).add(
        EventType.PAYMENT_RECORDED, london("2026-03-08"), ("INV-1",), reference="P1",
        amount="150.00", currency="GBP", received_on="2026-03-08",
        allocations={"INV-1": "150.00"}, source="manual", instalment=3)
    [plan_] = list(log.state().agreements)
    assert [r.paid for r in plan_.progress()] == [
        Decimal("50.00"), Decimal("0"), Decimal("100.00")]
    assert plan_.next_unsettled() == plan_.progress()[0]


def test_a_payment_after_the_date_inside_the_grace_is_paid_late() -> None:
    log = paid(three_instalments(with_invoice()), "P1", "100.00", "2026-03-10")
    [plan_] = list(log.state().agreements)
    assert plan_.progress()[0].state(date(2026, 3, 10), 2) is InstalmentState.PAID_LATE


def test_a_payment_made_before_the_agreement_does_not_count_towards_it() -> None:
    log = three_instalments(paid(with_invoice(), "OLD", "100.00", "2026-03-01"))
    [plan_] = list(log.state().agreements)
    assert plan_.paid == 0


def test_a_payment_to_another_invoice_does_not_count() -> None:
    log = paid(three_instalments(with_invoice()), "P1", "100.00", "2026-03-08", number="INV-9")
    [plan_] = list(log.state().agreements)
    assert plan_.paid == 0


def test_review_asks_for_the_recap_once_terms_are_agreed() -> None:
    [plan_] = list(three_instalments(with_invoice()).state().agreements)
    decided = review(plan_, date(2026, 3, 2), RULES)
    assert [e.step for e in decided.emails] == [RECAP_STEP]
    assert decided.broken is None and decided.kept is None


def test_a_gentle_note_goes_the_lead_days_before_each_date_not_yet_paid() -> None:
    [plan_] = list(three_instalments(with_invoice()).state().agreements)
    notes = [e for e in review(plan_, date(2026, 3, 8), RULES).emails if e.step == NOTE_STEP]
    assert [(n.instalment, n.salt) for n in notes] == [(1, "note-1")]
    assert not [e for e in review(plan_, date(2026, 3, 7), RULES).emails
                if e.step == NOTE_STEP]
    settled = paid(three_instalments(with_invoice()), "P1", "100.00", "2026-03-07")
    [plan_] = list(settled.state().agreements)
    assert not [e for e in review(plan_, date(2026, 3, 8), RULES).emails
                if e.step == NOTE_STEP]


def test_no_note_for_a_date_so_close_that_the_recap_just_said_it() -> None:
    log = with_invoice().add(EventType.PROMISE_MADE, london("2026-03-05"), ("INV-1",),
                             date="2026-03-06", amount="300.00", currency="GBP", source="call")
    [promise] = list(log.state().agreements)
    assert [e.step for e in review(promise, date(2026, 3, 5), RULES).emails] == [RECAP_STEP]


def test_each_payment_is_thanked_and_the_last_one_closes_the_plan() -> None:
    log = three_instalments(with_invoice())
    for ref, on in (("P1", "2026-03-09"), ("P2", "2026-03-16"), ("P3", "2026-03-23")):
        paid(log, ref, "100.00", on)
    [plan_] = list(log.state().agreements)
    decided = review(plan_, date(2026, 3, 23), RULES)
    assert [(e.step, e.receipt) for e in decided.emails] == [
        (THANKS_STEP, "P1"), (THANKS_STEP, "P2"), (COMPLETE_STEP, "P3")]
    assert decided.kept is not None and decided.kept.paid_in_full


def test_thank_yous_can_be_switched_off_but_a_plan_still_closes_with_its_final_recap() -> None:
    log = three_instalments(with_invoice())
    for ref, on in (("P1", "2026-03-09"), ("P2", "2026-03-16"), ("P3", "2026-03-23")):
        paid(log, ref, "100.00", on)
    [plan_] = list(log.state().agreements)
    quiet = TrackingRules(grace_days=2, thank_you=False)
    assert [e.step for e in review(plan_, date(2026, 3, 23), quiet).emails] == [COMPLETE_STEP]


def test_an_unpaid_date_is_broken_only_after_the_grace() -> None:
    [plan_] = list(three_instalments(with_invoice()).state().agreements)
    assert review(plan_, date(2026, 3, 11), RULES).broken is None
    broken = review(plan_, date(2026, 3, 12), RULES).broken
    assert broken is not None and broken.instalment.number == 1
    assert "instalment 1 of 3" in broken.reason


def test_a_late_instalment_inside_the_grace_keeps_the_plan_and_a_missed_one_breaks_it() -> None:
    log = paid(three_instalments(with_invoice()), "P1", "100.00", "2026-03-09")
    paid(log, "P2", "100.00", "2026-03-18")  # two days late: inside the grace
    [plan_] = list(log.state().agreements)
    assert review(plan_, date(2026, 3, 19), RULES).broken is None
    broken = review(plan_, date(2026, 3, 26), RULES).broken
    assert broken is not None and broken.instalment.number == 3


def test_the_grace_and_lead_are_the_owners_to_set() -> None:
    [plan_] = list(three_instalments(with_invoice()).state().agreements)
    patient = TrackingRules(grace_days=5, note_lead_days=3)
    assert review(plan_, date(2026, 3, 14), patient).broken is None
    assert [e.instalment for e in review(plan_, date(2026, 3, 6), patient).emails
            if e.step == NOTE_STEP] == [1]


def test_broken_and_kept_events_close_the_agreement() -> None:
    log = three_instalments(with_invoice()).add(
        EventType.INSTALMENT_MISSED, london("2026-03-12"), ("INV-1",), agreement="plan-2",
        instalment=1, reason="unpaid")
    [plan_] = list(log.state().agreements)
    assert plan_.status is AgreementStatus.BROKEN
    assert review(plan_, date(2026, 3, 13), RULES).emails == ()


def test_an_older_broken_event_without_an_agreement_id_closes_the_promise() -> None:
    log = with_invoice().add(EventType.PROMISE_MADE, london("2026-03-01"), ("INV-1",),
                             date="2026-03-05", amount="300.00", currency="GBP")
    log.add(EventType.PROMISE_BROKEN, london("2026-03-06"), ("INV-1",),
            promise_date="2026-03-05", reason="late")
    [promise] = list(log.state().agreements)
    assert promise.status is AgreementStatus.BROKEN


def test_a_newer_agreement_on_the_same_invoice_supersedes_the_older() -> None:
    log = with_invoice().add(EventType.PROMISE_MADE, london("2026-03-01"), ("INV-1",),
                             date="2026-03-05", amount="300.00", currency="GBP")
    three_instalments(log)
    promise, plan_ = list(log.state().agreements)
    assert promise.status is AgreementStatus.SUPERSEDED and plan_.is_active


def test_an_agreement_whose_invoices_are_settled_otherwise_closes_without_thanks() -> None:
    [plan_] = list(three_instalments(with_invoice()).state().agreements)
    decided = review(plan_, date(2026, 3, 5), RULES, anything_open=False)
    assert decided.kept is not None and not decided.kept.paid_in_full
    assert decided.emails == ()


def test_the_cadence_is_held_on_the_covered_invoice_until_the_grace_after_a_missed_date() -> None:
    log = Log().add(EventType.PLAN_AGREED, london("2026-03-02"), ("INV-1",),
                    instalments=[{"due_on": "2026-03-20", "amount": "120.00"}],
                    currency="GBP", total="120.00", by="sam")
    invoices = [invoice("INV-1", "2026-03-14"), invoice("INV-2", "2026-03-14")]
    during = plan([account()], invoices, log.states(), CONFIG, london("2026-03-22"))
    [email] = during.due
    assert email.invoices == ("INV-2",)
    assert [h.rule for h in during.held if h.invoices == ("INV-1",)] == ["payment_plan"]
    after = plan([account()], invoices, log.states(), CONFIG, london("2026-03-23"))
    assert "INV-1" in {n for r in after.due for n in r.invoices} | {
        n for t in after.tasks for n in t.invoices}


def test_a_promise_holds_the_cadence_through_its_grace_days() -> None:
    log = Log().add(EventType.PROMISE_MADE, london("2026-03-02"), ("INV-1",),
                    date="2026-03-06", amount="120.00", currency="GBP", source="reply")
    invoices = [invoice("INV-1", "2026-02-20")]
    in_grace = plan([account()], invoices, log.states(), CONFIG, london("2026-03-08"))
    assert in_grace.due == [] and in_grace.held[0].rule == "promise_to_pay"
    resumed = plan([account()], invoices, log.states(), CONFIG, london("2026-03-09"))
    assert resumed.held == [] and (resumed.due or resumed.tasks)


def test_a_thank_you_may_go_about_the_invoice_it_closed_and_is_not_held_by_the_cap() -> None:
    from bot.domain.calendar import SendCalendar
    from bot.domain.compliance import (
        EMAIL,
        RECEIPT,
        TERMS,
        Allowed,
        ComplianceGuard,
        ContactRequest,
        Held,
    )
    from bot.domain.models import InvoiceStatus

    now = london("2026-03-10")
    guard = ComplianceGuard(CONFIG, SendCalendar.from_config(CONFIG, now))
    log = Log()
    for n in range(3):
        log.sent("gentle", ("INV-2",), london("2026-03-09", 9 + n), key=f"k{n}")
    paid_up = invoice("INV-1", "2026-02-20", status=InvoiceStatus.PAID, balance="0")
    customer = account()

    def check(purpose: str, about: Invoice) -> Allowed | Held:
        request = ContactRequest(customer, EMAIL, (about,), customer.emails,
                                 purpose=purpose)  # type: ignore[arg-type]
        return guard.check(request, log.state(), now)

    assert isinstance(check(RECEIPT, paid_up), Allowed)
    closed = check(TERMS, paid_up)
    assert isinstance(closed, Held) and closed.rule == "invoice_closed"
    capped = check(TERMS, invoice("INV-2", "2026-02-20"))
    assert isinstance(capped, Held) and capped.rule == "weekly_cap"
