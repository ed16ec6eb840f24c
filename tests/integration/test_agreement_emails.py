"""Agreement emails against the real store, composer, outbox and aiosmtpd sink: a plan agreed
on a call (Slack outcome), the debtor's locale, the compliance gate, the owner's switches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bot.domain.agreements import NOTE_STEP, RECAP_STEP
from bot.domain.events import EventType
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import App
from bot.services.agreements import record_promise
from bot.services.call_outcomes import Outcome, record_call_outcome
from bot.services.outbox import record_task
from tests.integration.book import account, invoice
from tests.integration.test_agreements_e2e import (
    MONDAY,
    acme_app,
    arrived,
    of_type,
    pay,
    sent_steps,
    sweep,
    text_of,
)

DUE = date(2026, 2, 20)


def promise(app: App, due_on: date) -> None:
    """Staff record ACME's promise to pay its whole balance by `due_on`."""
    record_promise(app.repo, app.config, "ACME", due_on=due_on, amount=None,
                   now=app.clock.now(), by="cli:sam")


def test_a_plan_agreed_on_a_call_is_recapped_and_when_missed_its_pause_is_lifted(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink,
                  [invoice("INV-1", "ACME", DUE, "200.00")]) as (app, clock):
        task = StaffTask(id="call-1", account_id="ACME", kind=TaskKind.CALL, reason="call",
                         created_at=MONDAY, due_on=MONDAY.date(), invoices=("INV-1",))
        with app.repo.transaction() as tx:
            record_task(tx, task)
        record_call_outcome(app.repo, "call-1", Outcome.PLAN_AGREED, {
            "instalment_1_date": "2026-03-10", "instalment_1_amount": "100.00",
            "instalment_2_date": "2026-03-20", "instalment_2_amount": "100.00"},
            by="U123", now=clock.now())
        sweep(app)
        assert sent_steps(app) == [(date(2026, 3, 2), RECAP_STEP)]
        clock.set(MONDAY + timedelta(days=11))  # 13 March: instalment 1 unpaid, grace over
        sweep(app)
        [missed] = of_type(app, "ACME", EventType.INSTALMENT_MISSED)
        [resumed] = of_type(app, "ACME", EventType.INVOICES_RESUMED)
        assert missed.data["instalment"] == 1 and resumed.seq > missed.seq
        cadence_calls = [t for t in app.repo.tasks() if t.step == "call"]
        assert len(cadence_calls) == 1, "the cadence has resumed at the step that fits now"
        assert any(t.id.endswith(":broken") for t in app.repo.tasks())
        [recap] = arrived(smtp_sink)[:1]
    text = text_of(recap)
    assert "10 Mar 2026: £100.00" in text and "20 Mar 2026: £100.00" in text
    assert "Total: £200.00" in text


def test_the_recap_is_written_in_the_debtors_locale(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink,
                  [replace(invoice("INV-1", "ACME", DUE, "1234.50", currency="EUR"),
                           payment_link="https://pay.example/INV-1")],
                  customer=account("ACME", locale="de_DE")) as (app, _):
        promise(app, date(2026, 3, 13))
        sweep(app)
    [recap] = arrived(smtp_sink)
    text = text_of(recap)
    assert "13.03.2026" in text and "1.234,50\xa0€" in text
    assert "https://pay.example/INV-1" in text
    assert recap["Subject"] == "Confirming your payment of 1.234,50 € by 13.03.2026"


def test_no_recap_to_an_address_that_asked_us_to_stop(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink, [invoice("INV-1", "ACME", DUE)]) as (app, _):
        with app.repo.transaction() as tx:
            tx.append("ACME", EventType.CONTACT_STOPPED, at=MONDAY, actor="test",
                      data={"address": "ap@acme.example", "reason": "cease"})
        promise(app, date(2026, 3, 13))
        report = sweep(app)
        assert report.agreements is not None and report.agreements.queued == []
        assert [step for _, step, _ in report.agreements.held] == [RECAP_STEP]
        assert app.repo.outbox_entries() == []
    assert smtp_sink.received == []


def test_with_thank_yous_off_a_part_payment_is_not_thanked_but_the_note_says_whats_left(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink, [invoice("INV-1", "ACME", DUE, "300.00")],
                  agreements={"thank_you": False, "note_lead_days": 2}) as (app, clock):
        promise(app, date(2026, 3, 10))
        sweep(app)
        clock.set(MONDAY + timedelta(days=3))
        pay(app, "PART", "100.00")
        sweep(app)  # 5 March: nothing (no thanks, note not yet)
        clock.set(MONDAY + timedelta(days=6))
        sweep(app)  # 8 March: the note, two days before
        assert sent_steps(app) == [(date(2026, 3, 2), RECAP_STEP), (date(2026, 3, 8), NOTE_STEP)]
    note = arrived(smtp_sink)[-1]
    assert "£200.00" in str(note["Subject"]) and "10 Mar 2026" in str(note["Subject"])
    assert "the rest of £300.00" in text_of(note)


def test_a_promise_kept_is_closed_with_one_thank_you_and_nothing_more(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink, [invoice("INV-1", "ACME", DUE, "90.00")]) as (app, clock):
        promise(app, date(2026, 3, 6))
        sweep(app)
        clock.set(MONDAY + timedelta(days=2))
        pay(app, "BACS-1", "90.00")
        for n in range(2, 20):
            clock.set(MONDAY + timedelta(days=n))
            sweep(app)
        [kept] = of_type(app, "ACME", EventType.PROMISE_KEPT)
        assert kept.data["paid_in_full"] is True and kept.at.date() == date(2026, 3, 4)
        assert of_type(app, "ACME", EventType.PROMISE_BROKEN) == []
    subjects = [str(m["Subject"]) for m in arrived(smtp_sink)]
    assert subjects == ["Confirming your payment of £90.00 by 6 Mar 2026",
                        "Thank you: payment received in full"]
