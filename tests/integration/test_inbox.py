"""Debtor replies from a real Dovecot into the account log, and what they change."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.clock import SimulatedClock
from bot.domain.events import EventType
from bot.mail.imap import MailboxLoginFailed
from bot.mail.local_server import LocalMailServer
from bot.mail.parse_reply import ParsedReply, parse_reply
from bot.runtime.app import open_app
from bot.services.ingest import Inbox
from bot.services.replies import QUARANTINE, UNMATCHED
from bot.store.repository import OutboxState
from tests.imap_server import DovecotServer, MailUser
from tests.integration.book import account, invoice, seed
from tests.integration.conftest import make_config

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
OVERDUE = (MONDAY - timedelta(days=2)).date()


def reply(body: str, *, sender: str = "ap@acme.example", in_reply_to: str | None = None,
          subject: str = "Re: Invoice INV-1", date: datetime = MONDAY,
          message_id: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "accounts@brightwater.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or f"<{abs(hash((body, sender)))}@acme.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def imap_section(server: DovecotServer, user: MailUser, **extra: object) -> dict[str, object]:
    return {"host": server.host, "port": server.port, "security": "none", "user": user.name,
            "password": user.password, **extra}


@pytest.fixture
def smtp() -> LocalMailServer:
    with LocalMailServer() as server:
        yield server


def test_a_reply_to_a_reminder_becomes_one_event_and_is_flagged_on_the_server(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp.port, imap=imap_section(dovecot, mail_user))
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        asyncio.run(app.sweep_once())
        sent = app.repo.outbox_entries([OutboxState.SENT])[0]
        dovecot.deliver(mail_user, reply("Thanks, we will pay on Friday.",
                                         in_reply_to=sent.message_id))
        inbox = Inbox(app.repo, config, clock)
        report = inbox.round()
        replies = [e for e in app.repo.log("ACME") if e.type == EventType.REPLY_RECEIVED]
        assert report.ingested == 1 and len(replies) == 1
        assert replies[0].data["matched_by"] == "message_id"
        assert replies[0].data["intent"] == "promise_to_pay"
        promise = [e for e in app.repo.log("ACME") if e.type == EventType.PROMISE_MADE]
        assert promise[0].data["date"] == "2026-03-06"
        assert app.repo.read_blob(replies[0].data["raw_blob"]).startswith(b"From:")
        again = Inbox(app.repo, config, clock).round()
        assert again.ingested == 0
    with dovecot.mailbox(mail_user) as box:
        flags = [m.flags for m in box.fetch(mark_seen=False)]
    assert len(flags) == 1 and "$Duebot" in flags[0]


def test_a_restart_with_a_new_uidvalidity_ingests_nothing_twice_and_misses_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp.port,
                         imap=imap_section(dovecot, mail_user, after_processing="nothing"))
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        dovecot.deliver(mail_user, reply("Could you send a copy of INV-1?"))
        assert Inbox(app.repo, config, clock).round().ingested == 1
    dovecot.reset_uidvalidity(mail_user)
    dovecot.deliver(mail_user, reply("Also, what are your bank details?", message_id="<q2@x>"))
    with open_app(config, clock=clock) as app:
        report = Inbox(app.repo, config, clock).round()
        assert report.ingested == 1
        replies = [e for e in app.repo.log("ACME") if e.type == EventType.REPLY_RECEIVED]
        assert len(replies) == 2


def test_a_message_from_a_stranger_becomes_a_triage_task(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp.port, imap=imap_section(dovecot, mail_user))
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        dovecot.deliver(mail_user, reply("Hello, who are you?", sender="someone@else.example",
                                         subject="Hello"))
        report = Inbox(app.repo, config, clock).round()
        assert report.unmatched == 1
        assert [t.account_id for t in app.repo.tasks()] == [UNMATCHED]
        assert app.repo.log(UNMATCHED)[0].type == EventType.REPLY_RECEIVED


def test_a_message_that_breaks_the_parser_is_quarantined_and_the_next_one_still_read(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp.port, imap=imap_section(dovecot, mail_user))
    clock = SimulatedClock(MONDAY)

    def fragile(raw: bytes) -> ParsedReply:
        if b"POISON" in raw:
            raise RuntimeError("parser bug")
        return parse_reply(raw)

    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        dovecot.deliver(mail_user, reply("POISON we have paid it", message_id="<p@x>"))
        dovecot.deliver(mail_user, reply("Do you have a copy of INV-1?", message_id="<q@x>"))
        report = Inbox(app.repo, config, clock, parse=fragile).round()
        assert (report.quarantined, report.ingested) == (1, 1)
        assert app.repo.log(QUARANTINE)[0].data["error"] == "RuntimeError: parser bug"
        fixed = Inbox(app.repo, config, clock).retry_quarantined()
        assert fixed.ingested == 1
        intents = [e.data["intent"] for e in app.repo.log("ACME")
                   if e.type == EventType.REPLY_RECEIVED]
        assert sorted(intents) == ["paid", "question"]
        assert list(Inbox(app.repo, config, clock).quarantined()) == []


async def test_a_debtor_who_asked_to_stop_is_never_emailed_again(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp.port, imap=imap_section(dovecot, mail_user))
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        await app.sweep.run()
        dovecot.deliver(mail_user, reply("Please stop emailing me. Do not contact me again."))
        Inbox(app.repo, config, clock).round()
        for days in (6, 13, 29, 44):
            clock.set(MONDAY + timedelta(days=days))
            await app.sweep.run()
        stops = [e for e in app.repo.log("ACME") if e.type == EventType.CONTACT_STOPPED]
        assert stops[0].data["address"] == "ap@acme.example"
    assert len(smtp.received) == 1


async def test_a_dispute_pauses_the_invoice_and_asks_staff_to_resolve_it(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp.port, imap=imap_section(dovecot, mail_user))
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        dovecot.deliver(mail_user, reply("We dispute INV-1: the goods arrived damaged and we "
                                         "will not pay until this is resolved."))
        Inbox(app.repo, config, clock).round()
        assert [t.kind for t in app.repo.tasks()] == ["resolve_dispute"]
        clock.set(MONDAY + timedelta(days=8))
        report = await app.sweep.run()
        assert report.plan.due == []
    assert smtp.received == []


def test_a_failed_login_is_an_alert_for_staff_not_only_a_log_line(
    tmp_path: Path, dovecot_factory: object, smtp: LocalMailServer
) -> None:
    server = dovecot_factory()  # type: ignore[operator]
    user = server.add_user()
    section = imap_section(server, user, password="Not-The-Pa55word")
    config = make_config(tmp_path / "data", smtp.port, imap=section)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        with pytest.raises(MailboxLoginFailed):
            Inbox(app.repo, config, clock).round()
        alerts = app.repo.tasks()
        assert [t.kind for t in alerts] == ["alert"]
        assert "Not-The-Pa55word" not in alerts[0].reason
        assert user.name in alerts[0].reason


def test_mail_arriving_while_the_reader_listens_is_read_in_the_same_round(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp: LocalMailServer
) -> None:
    import threading
    import time

    config = make_config(tmp_path / "data", smtp.port, imap=imap_section(dovecot, mail_user))
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")], [invoice("INV-1", "ACME", OVERDUE)])
        dovecot.deliver(mail_user, reply("Could you send me a copy of INV-1?", message_id="<a@x>"))

        def later() -> None:
            time.sleep(1.0)
            dovecot.append(mail_user, reply("We paid INV-1 yesterday.", message_id="<b@x>"))

        arrival = threading.Thread(target=later)
        arrival.start()
        report = Inbox(app.repo, config, clock).round(listen_seconds=4)
        arrival.join()
        assert report.ingested == 2
        assert report.intents == {"question": 1, "paid": 1}
