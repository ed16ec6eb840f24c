"""Agreement emails against the real store, composer, outbox and aiosmtpd sink: a plan agreed
on a call (Slack outcome), the debtor's locale, the compliance gate, the owner's switches."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path

from bot.clock import SimulatedClock
from bot.domain.agreements import NOTE_STEP, RECAP_STEP
from bot.domain.events import EventType
from bot.domain.models import Payment
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import App, open_app
from bot.services.agreements import record_promise
from bot.services.call_outcomes import Outcome, record_call_outcome
from bot.services.outbox import record_task
from bot.services.payments import record_payment
from bot.store.repository import OutboxState
from tests.integration.book import account, invoice, seed
from tests.integration.conftest import make_config

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DUE = date(2026, 2, 20)


def arrived(sink: LocalMailServer) -> list[Message]:
    return [message_from_bytes(raw, policy=policy.default) for raw in sink.received]


def text_of(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode("utf-8")
    raise AssertionError("no text part")


def steps_sent(app: App) -> list[str]:
    entries = sorted(app.repo.outbox_entries([OutboxState.SENT]), key=lambda e: e.created_at)
    return [e.step for e in entries]


def test_a_plan_agreed_on_a_call_is_recapped_and_when_missed_its_pause_is_lifted(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", DUE, "200.00")])
        task = StaffTask(id="call-1", account_id="ACME", kind=TaskKind.CALL, reason="call",
                         created_at=MONDAY, due_on=MONDAY.date(), invoices=("INV-1",))
        with app.repo.transaction() as tx:
            record_task(tx, task)
        record_call_outcome(app.repo, "call-1", Outcome.PLAN_AGREED, {
            "instalment_1_date": "2026-03-10", "instalment_1_amount": "100.00",
            "instalment_2_date": "2026-03-20", "instalment_2_amount": "100.00"},
            by="U123", now=clock.now())
        asyncio.run(app.sweep.run())
        assert steps_sent(app) == [RECAP_STEP]
        clock.set(MONDAY + timedelta(days=11))  # 13 March: instalment 1 unpaid, grace over
        asyncio.run(app.sweep.run())
        [missed] = [e for e in app.repo.log("ACME") if e.type == EventType.INSTALMENT_MISSED]
        [resumed] = [e for e in app.repo.log("ACME") if e.type == EventType.INVOICES_RESUMED]
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
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME", locale="de_DE")],
             [replace(invoice("INV-1", "ACME", DUE, "1234.50", currency="EUR"),
                      payment_link="https://pay.example/INV-1")])
        record_promise(app.repo, config, "ACME", due_on=date(2026, 3, 13), amount=None,
                       now=clock.now(), by="cli:sam")
        asyncio.run(app.sweep.run())
    [recap] = arrived(smtp_sink)
    text = text_of(recap)
    assert "13.03.2026" in text and "1.234,50\xa0€" in text
    assert "https://pay.example/INV-1" in text
    assert recap["Subject"] == "Confirming your payment of 1.234,50 € by 13.03.2026"


def test_no_recap_to_an_address_that_asked_us_to_stop(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", DUE)])
        with app.repo.transaction() as tx:
            tx.append("ACME", EventType.CONTACT_STOPPED, at=MONDAY, actor="test",
                      data={"address": "ap@acme.example", "reason": "cease"})
        record_promise(app.repo, config, "ACME", due_on=date(2026, 3, 13), amount=None,
                       now=clock.now(), by="cli:sam")
        report = asyncio.run(app.sweep.run())
        assert report.agreements is not None and report.agreements.queued == []
        assert [step for _, step, _ in report.agreements.held] == [RECAP_STEP]
        assert app.repo.outbox_entries() == []
    assert smtp_sink.received == []


def test_with_thank_yous_off_a_part_payment_is_not_thanked_but_the_note_says_whats_left(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port,
                         agreements={"thank_you": False, "note_lead_days": 2})
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", DUE, "300.00")])
        record_promise(app.repo, config, "ACME", due_on=date(2026, 3, 10), amount=None,
                       now=clock.now(), by="cli:sam")
        asyncio.run(app.sweep.run())
        clock.set(MONDAY + timedelta(days=3))
        record_payment(app.repo, Payment("PART", "ACME", Decimal("100.00"), "GBP",
                                         clock.now().date()), now=clock.now(), actor="import")
        asyncio.run(app.sweep.run())  # 5 March: nothing (no thanks, note not yet)
        clock.set(MONDAY + timedelta(days=6))
        asyncio.run(app.sweep.run())  # 8 March: the note, two days before
        assert steps_sent(app) == [RECAP_STEP, NOTE_STEP]
    note = arrived(smtp_sink)[-1]
    assert "£200.00" in str(note["Subject"]) and "10 Mar 2026" in str(note["Subject"])
    assert "the rest of £300.00" in text_of(note)


def test_a_promise_kept_is_closed_with_one_thank_you_and_nothing_more(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", DUE, "90.00")])
        record_promise(app.repo, config, "ACME", due_on=date(2026, 3, 6), amount=None,
                       now=clock.now(), by="cli:sam")
        asyncio.run(app.sweep.run())
        clock.set(MONDAY + timedelta(days=2))
        record_payment(app.repo, Payment("BACS-1", "ACME", Decimal("90.00"), "GBP",
                                         clock.now().date()), now=clock.now(), actor="import")
        for n in range(2, 20):
            clock.set(MONDAY + timedelta(days=n))
            asyncio.run(app.sweep.run())
        [kept] = [e for e in app.repo.log("ACME") if e.type == EventType.PROMISE_KEPT]
        assert kept.data["paid_in_full"] is True and kept.at.date() == date(2026, 3, 4)
        assert [e for e in app.repo.log("ACME") if e.type == EventType.PROMISE_BROKEN] == []
    subjects = [str(m["Subject"]) for m in arrived(smtp_sink)]
    assert subjects == ["Confirming your payment of £90.00 by 6 Mar 2026",
                        "Thank you: payment received in full"]
