"""The reminder sweep end to end: real store, real composer, real aiosmtpd server."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from bot.clock import SimulatedClock
from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType
from bot.domain.models import Contact, Payment
from bot.domain.reminders import message_id_for
from bot.domain.tasks import TaskKind
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import open_app
from bot.services.payments import record_payment
from bot.store.repository import OutboxState
from tests.integration.book import account, invoice, seed
from tests.integration.conftest import make_config

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TWO_DAYS_AGO = (MONDAY - timedelta(days=2)).date()


async def test_an_overdue_account_gets_one_email_naming_all_its_open_invoices(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    with open_app(config, clock=SimulatedClock(MONDAY)) as app:
        seed(app.repo, MONDAY, [account("ACME")],
             [invoice("INV-1", "ACME", TWO_DAYS_AGO), invoice("INV-2", "ACME", TWO_DAYS_AGO)])
        report = await app.sweep.run()
        entry = app.repo.outbox_entries([OutboxState.SENT])[0]
    messages = smtp_sink.messages()
    assert len(messages) == 1
    assert "INV-1" in messages[0]["Subject"] and "INV-2" in messages[0]["Subject"]
    assert messages[0]["Message-ID"] == entry.message_id
    assert entry.message_id == message_id_for(entry.key, "brightwater.example")
    assert smtp_sink.envelopes[0][1] == ["ap@acme.example"]
    assert len(report.dispatch.sent if report.dispatch else []) == 1


async def test_sweeping_again_never_sends_the_same_reminder_twice(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        await app.sweep.run()
        for _ in range(3):
            clock.advance(timedelta(hours=1))
            await app.sweep.run()
    with open_app(config, clock=clock) as app:
        await app.sweep.run()
    assert sum(smtp_sink.message_ids().values()) == 1


async def test_a_payment_stops_reminders_for_what_it_covers_at_once(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        record_payment(app.repo, Payment("BACS-1", "ACME", Decimal("100.00"), "GBP",
                                         MONDAY.date()), now=clock.now(), actor="test")
        clock.advance(timedelta(days=10))
        report = await app.sweep.run()
        assert report.plan.due == []
        assert app.repo.outbox_entries() == []
    assert smtp_sink.received == []


async def test_a_refused_address_is_marked_undeliverable_and_never_emailed_again(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    smtp_sink.behaviour.refuse["gone@acme.example"] = "550 5.1.1 mailbox unavailable"
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME", "gone@acme.example")],
             [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        await app.sweep.run()
        types = [e.type for e in app.repo.log("ACME")]
        assert EventType.EMAIL_REJECTED in types
        assert EventType.ADDRESS_UNDELIVERABLE in types
        assert any(t.kind == "undeliverable" for t in app.repo.tasks())
        clock.advance(timedelta(days=7))
        report = await app.sweep.run()
        assert report.plan.due == []
        assert len(app.repo.outbox_entries()) == 1
    assert smtp_sink.received == []


async def test_a_message_refused_as_a_whole_alerts_staff_without_blaming_the_address(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    smtp_sink.behaviour.reject_data = "554 5.7.1 Message refused as spam"
    config = make_config(tmp_path / "data", smtp_sink.port)
    with open_app(config, clock=SimulatedClock(MONDAY)) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        await app.sweep.run()
        log = app.repo.log("ACME")
        state = fold_account_state(log)
        tasks = app.repo.tasks()
    types = [e.type for e in log]
    assert EventType.EMAIL_REJECTED in types
    assert EventType.ADDRESS_UNDELIVERABLE not in types
    assert state.may_email("ap@acme.example")
    assert [t.kind for t in tasks] == [TaskKind.ALERT]
    assert "554" in tasks[0].reason and "spam" in tasks[0].reason


async def test_recipients_the_server_defers_get_the_same_message_later_and_only_they(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    smtp_sink.behaviour.refuse["jo@acme.example"] = "450 4.2.1 mailbox busy, try later"
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    two_contacts = replace(account("ACME"), contacts=(
        Contact("ap@acme.example", "Accounts"), Contact("jo@acme.example", "Jo")))
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [two_contacts], [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        await app.sweep.run()
        assert [rcpts for _, rcpts in smtp_sink.envelopes] == [["ap@acme.example"]]
        [later] = app.repo.outbox_entries([OutboxState.DEFERRED])
        assert later.to == ("jo@acme.example",) and later.next_attempt_at is not None
        del smtp_sink.behaviour.refuse["jo@acme.example"]
        clock.set(later.next_attempt_at)
        await app.sweep.run()
        assert {e.state for e in app.repo.outbox_entries()} == {OutboxState.SENT}
        undeliverable = [e for e in app.repo.log("ACME")
                         if e.type == EventType.ADDRESS_UNDELIVERABLE]
    assert [rcpts for _, rcpts in smtp_sink.envelopes] == [["ap@acme.example"],
                                                           ["jo@acme.example"]]
    assert len(set(smtp_sink.message_ids())) == 1
    assert undeliverable == []


async def test_a_temporary_failure_is_retried_later_and_delivered_once(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    smtp_sink.behaviour.defer_next = 1
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        first = await app.sweep.run()
        assert first.dispatch is not None and len(first.dispatch.deferred) == 1
        assert smtp_sink.received == []
        retry_at = app.repo.outbox_entries([OutboxState.DEFERRED])[0].next_attempt_at
        assert retry_at is not None and retry_at > clock.now()
        await app.sweep.run()
        assert smtp_sink.received == []
        clock.set(retry_at)
        await app.sweep.run()
        assert [e.state for e in app.repo.outbox_entries()] == [OutboxState.SENT]
    assert sum(smtp_sink.message_ids().values()) == 1


async def test_an_email_waiting_to_retry_is_cancelled_if_the_invoice_is_paid_meanwhile(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    smtp_sink.behaviour.defer_next = 1
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", TWO_DAYS_AGO)])
        await app.sweep.run()
        record_payment(app.repo, Payment("BACS-1", "ACME", Decimal("100.00"), "GBP",
                                         MONDAY.date()), now=clock.now(), actor="test")
        clock.advance(timedelta(hours=6))
        report = await app.sweep.run()
        assert report.dispatch is not None and len(report.dispatch.cancelled) == 1
        assert [e.state for e in app.repo.outbox_entries()] == [OutboxState.CANCELLED]
    assert smtp_sink.received == []
