"""Folding an account's log into its current picture."""

from __future__ import annotations

from datetime import date

from bot.domain.account_state import AccountState, fold_account_state
from bot.domain.events import EventType

from .builders import Log, london


def test_the_fold_can_be_applied_one_event_at_a_time() -> None:
    log = Log().sent("heads_up", ("INV-1",), london("2026-02-27"))
    log.add(EventType.INVOICES_PAUSED, london("2026-03-01"), ("INV-1",), reason="dispute")
    log.add(EventType.CONTACT_STOPPED, london("2026-03-02"), address="a@x.example",
            reason="cease")
    whole = log.state()
    stepwise = AccountState()
    for event in log.events:
        stepwise = fold_account_state([event], into=stepwise)
    assert stepwise == whole
    assert whole.last_seq == len(log.events) and whole.account_id == "ACME-1"


def test_a_pause_with_an_end_date_lifts_on_that_date() -> None:
    state = Log().add(EventType.INVOICES_PAUSED, london("2026-03-01"), ("INV-1",),
                      reason="plan being agreed", until="2026-03-10").state()
    assert state.pause_on("INV-1", date(2026, 3, 9)) is not None
    assert state.pause_on("INV-1", date(2026, 3, 10)) is None
    assert state.pause_on("INV-2", date(2026, 3, 9)) is None


def test_a_pause_naming_no_invoice_covers_the_whole_account() -> None:
    state = Log().add(EventType.INVOICES_PAUSED, london("2026-03-01"), (),
                      reason="bankruptcy", until=None).state()
    assert state.pause_on("ANY", date(2030, 1, 1)) is not None


def test_only_an_undeliverable_fact_stops_email_to_an_address_not_a_rejection_alone() -> None:
    log = Log().add(EventType.EMAIL_REJECTED, london("2026-03-01"), key="k1", code=554,
                    reason="message refused as spam", stage="data", to=["ap@x.example"])
    log.add(EventType.ADDRESS_UNDELIVERABLE, london("2026-03-01"), address="Gone@x.example",
            reason="server refused: 550 no such user")
    state = log.state()
    assert not state.may_email("gone@X.example")
    assert state.may_email("ap@x.example")


def test_a_broken_promise_ends_the_promise_and_is_remembered() -> None:
    log = Log().add(EventType.PROMISE_MADE, london("2026-03-01"), ("INV-1",), date="2026-03-05")
    assert log.state().promise_on("INV-1", date(2026, 3, 5)) is not None
    log.add(EventType.PROMISE_BROKEN, london("2026-03-06"), ("INV-1",), promise_date="2026-03-05")
    state = log.state()
    assert state.promise_on("INV-1", date(2026, 3, 5)) is None
    assert state.broken_promises == 1


def test_last_contact_is_the_latest_email_reply_or_call() -> None:
    log = Log().sent("gentle", ("INV-1",), london("2026-03-03"))
    log.add(EventType.REPLY_RECEIVED, london("2026-03-04"), intent="question")
    assert log.state().last_contact_at == london("2026-03-04")
