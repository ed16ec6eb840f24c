"""Recording a call outcome: one event with who and when, what it sets next, and only once."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType, verify_chain
from bot.domain.tasks import TaskKind
from bot.services.call_outcomes import (
    InvalidOutcomeInputs,
    Outcome,
    UnknownTask,
    add_note,
    record_call_outcome,
)
from bot.store.repository import Repository
from tests.slack.conftest import ACCOUNT, CALL_TASK, INVOICE, NOW, STAFF, TODAY, seed


@pytest.fixture
def seeded(repo: Repository) -> Repository:
    seed(repo)
    return repo


def types_after(repo: Repository, seq: int) -> list[str]:
    return [e.type for e in repo.log(ACCOUNT) if e.seq > seq]


def last_seq(repo: Repository) -> int:
    return repo.log(ACCOUNT)[-1].seq


def test_a_promise_is_recorded_with_who_and_when_and_pauses_reminders_until_the_day(
    seeded: Repository,
) -> None:
    before = last_seq(seeded)

    result = record_call_outcome(seeded, CALL_TASK, Outcome.PROMISED_TO_PAY,
                                 {"date": "2026-12-04", "amount": "600.00"}, by=STAFF, now=NOW)

    assert result.recorded and result.by == STAFF and result.at == NOW
    assert types_after(seeded, before) == [EventType.CALL_OUTCOME, EventType.PROMISE_MADE,
                                           EventType.TASK_DONE]
    outcome = seeded.log(ACCOUNT)[before]
    assert (outcome.at, outcome.actor, outcome.data["by"]) == (NOW, f"slack:{STAFF}", STAFF)
    assert outcome.data["date"] == "2026-12-04" and outcome.data["amount"] == "600.00"
    state = fold_account_state(seeded.log(ACCOUNT))
    promise = state.promise_on(INVOICE, TODAY)
    assert promise is not None and promise.due_on.isoformat() == "2026-12-04"
    assert verify_chain(seeded.log(ACCOUNT)) is None


def test_a_promise_without_an_amount_is_for_the_whole_balance(seeded: Repository) -> None:
    record_call_outcome(seeded, CALL_TASK, Outcome.PROMISED_TO_PAY, {"date": "2026-12-04"},
                        by=STAFF, now=NOW)

    [promise] = [e for e in seeded.log(ACCOUNT) if e.type == EventType.PROMISE_MADE]
    assert (promise.data["amount"], promise.data["currency"]) == ("1200.00", "GBP")


def test_an_agreed_plan_records_its_instalments_and_pauses_the_invoices(
    seeded: Repository,
) -> None:
    before = last_seq(seeded)

    record_call_outcome(seeded, CALL_TASK, Outcome.PLAN_AGREED, {
        "instalment_1_date": "2026-12-01", "instalment_1_amount": "400",
        "instalment_2_date": "2027-01-01", "instalment_2_amount": "400",
        "instalment_3_date": "2027-02-01", "instalment_3_amount": "400.00",
    }, by=STAFF, now=NOW)

    assert types_after(seeded, before) == [EventType.CALL_OUTCOME, EventType.PLAN_AGREED,
                                           EventType.INVOICES_PAUSED, EventType.TASK_DONE]
    [plan] = [e for e in seeded.log(ACCOUNT) if e.type == EventType.PLAN_AGREED]
    assert plan.data["instalments"] == [
        {"due_on": "2026-12-01", "amount": "400"}, {"due_on": "2027-01-01", "amount": "400"},
        {"due_on": "2027-02-01", "amount": "400.00"}]
    pause = fold_account_state(seeded.log(ACCOUNT)).pause_on(INVOICE, TODAY)
    assert pause is not None and pause.reason == "payment_plan"


def test_a_paid_claim_pauses_the_invoice_and_asks_for_the_payment_to_be_verified(
    seeded: Repository,
) -> None:
    result = record_call_outcome(seeded, CALL_TASK, Outcome.PAID_ALREADY,
                                 {"date": "2026-11-20"}, by=STAFF, now=NOW)

    assert result.follow_up is not None
    verify = seeded.task(result.follow_up.id)
    assert verify is not None and verify.is_open and verify.kind is TaskKind.VERIFY_PAYMENT
    pause = fold_account_state(seeded.log(ACCOUNT)).pause_on(INVOICE, TODAY)
    assert pause is not None and pause.reason == "said_paid"


def test_a_dispute_pauses_the_invoice_and_asks_for_it_to_be_resolved(seeded: Repository) -> None:
    result = record_call_outcome(seeded, CALL_TASK, Outcome.DISPUTED,
                                 {"note": "Says the skirting was never delivered"},
                                 by=STAFF, now=NOW)

    pause = fold_account_state(seeded.log(ACCOUNT)).pause_on(INVOICE, TODAY)
    assert pause is not None and pause.reason == "dispute"
    assert result.follow_up is not None and result.follow_up.kind is TaskKind.RESOLVE_DISPUTE


def test_a_wrong_number_flags_the_contact(seeded: Repository) -> None:
    record_call_outcome(seeded, CALL_TASK, Outcome.WRONG_NUMBER, {}, by=STAFF, now=NOW)

    [flag] = [e for e in seeded.log(ACCOUNT) if e.type == EventType.CONTACT_FLAGGED]
    assert flag.data["phone"] == "+44 1632 960 123"
    assert any(t.kind is TaskKind.NEW_CONTACT for t in seeded.tasks(open_only=True))


def test_call_back_later_creates_a_new_call_prompt_for_that_time(seeded: Repository) -> None:
    at = NOW + timedelta(days=2, hours=4)

    result = record_call_outcome(seeded, CALL_TASK, Outcome.CALL_BACK_LATER,
                                 {"call_back_at": at.isoformat()}, by=STAFF, now=NOW)

    assert result.follow_up is not None
    again = seeded.task(result.follow_up.id)
    assert again is not None and again.kind is TaskKind.CALL and again.due_on == at.date()
    assert "14:00" in again.reason


@pytest.mark.parametrize("outcome", [Outcome.NO_ANSWER, Outcome.LEFT_VOICEMAIL])
def test_no_answer_and_voicemail_let_the_cadence_go_on(
    seeded: Repository, outcome: Outcome,
) -> None:
    before = last_seq(seeded)

    record_call_outcome(seeded, CALL_TASK, outcome, {}, by=STAFF, now=NOW)

    assert types_after(seeded, before) == [EventType.CALL_OUTCOME, EventType.TASK_DONE]


def test_a_second_record_writes_nothing_and_says_who_recorded_it(seeded: Repository) -> None:
    record_call_outcome(seeded, CALL_TASK, Outcome.NO_ANSWER, {}, by=STAFF, now=NOW)
    count = seeded.event_count()

    again = record_call_outcome(seeded, CALL_TASK, Outcome.LEFT_VOICEMAIL, {}, by="W222",
                                now=NOW + timedelta(minutes=1))

    assert not again.recorded
    assert again.by == STAFF and again.at == NOW
    assert again.message == f"Already recorded by {STAFF}: No answer"
    assert seeded.event_count() == count


def test_two_threads_recording_at_once_record_once(seeded: Repository) -> None:
    start = threading.Barrier(8)
    results = []

    def click(user: str) -> None:
        start.wait()
        results.append(record_call_outcome(seeded, CALL_TASK, Outcome.NO_ANSWER, {},
                                           by=user, now=NOW))

    threads = [threading.Thread(target=click, args=(f"W{n}00",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(r.recorded for r in results) == 1
    assert len([e for e in seeded.log(ACCOUNT) if e.type == EventType.CALL_OUTCOME]) == 1


def test_bad_inputs_are_refused_by_field_and_nothing_is_written(seeded: Repository) -> None:
    count = seeded.event_count()

    with pytest.raises(InvalidOutcomeInputs) as refused:
        record_call_outcome(seeded, CALL_TASK, Outcome.PROMISED_TO_PAY,
                            {"date": "04/12/2026", "amount": "-5"}, by=STAFF, now=NOW)

    assert set(refused.value.errors) == {"date", "amount"}
    assert seeded.event_count() == count
    task = seeded.task(CALL_TASK)
    assert task is not None and task.is_open


def test_an_amount_with_too_many_decimals_for_the_currency_is_refused(
    seeded: Repository,
) -> None:
    with pytest.raises(InvalidOutcomeInputs) as refused:
        record_call_outcome(seeded, CALL_TASK, Outcome.PROMISED_TO_PAY,
                            {"date": "2026-12-04", "amount": "10.005"}, by=STAFF, now=NOW)

    assert "2 decimals" in refused.value.errors["amount"]


def test_an_unknown_task_is_an_error(seeded: Repository) -> None:
    with pytest.raises(UnknownTask):
        record_call_outcome(seeded, "no-such-task", Outcome.NO_ANSWER, {}, by=STAFF, now=NOW)


def test_a_note_goes_into_the_log_and_leaves_the_task_open(seeded: Repository) -> None:
    add_note(seeded, CALL_TASK, "Asked for a copy of the invoice", by=STAFF, now=NOW)

    note = seeded.log(ACCOUNT)[-1]
    assert (note.type, note.data["text"], note.data["by"]) == (
        EventType.NOTE, "Asked for a copy of the invoice", STAFF)
    task = seeded.task(CALL_TASK)
    assert task is not None and task.is_open
