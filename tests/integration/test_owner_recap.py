"""The owner's weekly recap end to end: real store, outbox, templates and aiosmtpd server."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import cast

from bot.clock import SimulatedClock
from bot.domain.events import EventType
from bot.domain.owner_recap import OWNER_LOG, OwnerRecap
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import open_app
from bot.runtime.service import recap_if_due
from bot.services.owner_recap import OwnerRecapService
from bot.store.repository import OutboxState
from tests.integration.book import account, invoice, seed
from tests.integration.conftest import make_config

MONDAY_9AM = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
OWNER = "owner@brightwater.example"
RECAP = {"enabled": True, "to": [OWNER], "weekday": "mon", "time": "08:00:00"}


def _parsed(raw: bytes) -> EmailMessage:
    return cast(EmailMessage, message_from_bytes(raw, policy=policy.default))


async def test_the_recap_is_queued_once_a_week_and_arrives_once(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port, owner_recap=RECAP)
    clock = SimulatedClock(MONDAY_9AM)
    with open_app(config, clock=clock) as app:
        seed(app.repo, clock.now(), [account("ACME")],
             [invoice("INV-1", "ACME", (MONDAY_9AM - timedelta(days=40)).date(), "480.00")])
        service = OwnerRecapService(app.repo, config, clock, app.outbox)
        first = await service.send_if_due()
        assert first is not None and first.queued and first.delivered
        for hours in (0, 1, 30, 24 * 6 + 22):  # up to Monday 07:00 next week
            clock.set(MONDAY_9AM + timedelta(hours=hours))
            assert await service.send_if_due() is None
        again = await service.send()  # `duebot recap --send` in the same week
        assert not again.queued
        entries = [e for e in app.repo.outbox_entries() if e.account_id == OWNER_LOG]
        assert [e.state for e in entries] == [OutboxState.SENT]
        assert [e.type for e in app.repo.log(OWNER_LOG)].count(EventType.EMAIL_SENT) == 1
    owner_mail = [m for m in smtp_sink.received if OWNER in _parsed(m)["To"]]
    assert len(owner_mail) == 1
    message = _parsed(owner_mail[0])
    assert message["Message-ID"] == entries[0].message_id
    assert "collections recap" in message["Subject"]
    html_part = message.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert 'bgcolor="#9b2c2c"' not in html  # nothing 90+ days late...
    assert 'bgcolor="#d9822b"' in html  # ...480.00 is 31–60 days late: its bar is drawn
    text_part = message.get_body(("plain",))
    assert text_part is not None and "31–60" in text_part.get_content()


async def test_each_week_gets_its_own_recap(tmp_path: Path, smtp_sink: LocalMailServer) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port, owner_recap=RECAP)
    clock = SimulatedClock(MONDAY_9AM)
    with open_app(config, clock=clock) as app:
        service = OwnerRecapService(app.repo, config, clock, app.outbox)
        assert (await service.send()).delivered
        clock.set(MONDAY_9AM + timedelta(days=7, hours=-2))  # Monday 07:00: not yet time
        assert await service.send_if_due() is None
        clock.set(MONDAY_9AM + timedelta(days=7, hours=-1))  # Monday 08:00: time
        assert await service.send_if_due() is not None
    assert len(smtp_sink.message_ids()) == 2
    assert sum(smtp_sink.message_ids().values()) == 2


async def test_the_recap_is_internal_so_the_debtor_send_window_does_not_hold_it(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port,
                         owner_recap={**RECAP, "weekday": "sun"},
                         send_window={"days": ["mon", "tue", "wed", "thu", "fri"],
                                      "start": "09:00:00", "end": "17:00:00"})
    sunday_night = datetime(2026, 3, 15, 22, 0, tzinfo=UTC)
    with open_app(config, clock=SimulatedClock(sunday_night)) as app:
        service = OwnerRecapService(app.repo, config, app.clock, app.outbox)
        result = await service.send_if_due()
    assert result is not None and result.delivered
    assert len(smtp_sink.received) == 1


async def test_the_slack_summary_is_posted_once_a_week_and_slack_trouble_does_not_stop_mail(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port, owner_recap=RECAP)
    posted: list[OwnerRecap] = []
    failures = [RuntimeError("slack is down")]

    async def post(recap: OwnerRecap) -> None:
        if failures:
            raise failures.pop()
        posted.append(recap)

    clock = SimulatedClock(MONDAY_9AM)
    with open_app(config, clock=clock) as app:
        service = OwnerRecapService(app.repo, config, clock, app.outbox, slack=post)
        first = await service.send_if_due()
        assert first is not None and first.delivered and first.slack_error
        retry = await service.send_if_due()  # the email is sent; only Slack is still due
        assert retry is not None and not retry.queued and retry.slack_posted
        assert await service.send_if_due() is None
    assert len(posted) == 1
    assert len(smtp_sink.received) == 1


async def test_the_scheduled_job_sends_when_due_and_then_does_nothing(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port, owner_recap=RECAP)
    clock = SimulatedClock(MONDAY_9AM)
    busy = asyncio.Lock()
    with open_app(config, clock=clock) as app:
        service = OwnerRecapService(app.repo, config, clock, app.outbox)
        for _ in range(3):  # `duebot run` calls it every sweep interval
            await recap_if_due(service, busy)
            clock.advance(timedelta(minutes=15))
    assert len(smtp_sink.received) == 1
