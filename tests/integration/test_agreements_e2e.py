"""Promises and payment plans end to end, on a simulated clock: a real Dovecot for the debtor's
reply, the real store, composer and outbox, and a real aiosmtpd sink that counts what arrives."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path

from bot.clock import SimulatedClock
from bot.domain.agreements import COMPLETE_STEP, NOTE_STEP, RECAP_STEP, THANKS_STEP
from bot.domain.events import Event, EventType
from bot.domain.models import Account, Invoice, Payment
from bot.domain.tasks import TaskKind
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import App, open_app
from bot.services.agreements import record_plan
from bot.services.ingest import Inbox
from bot.services.payments import record_payment
from bot.services.reminders import SweepReport
from bot.store.repository import OutboxState
from tests.imap_server import DovecotServer, MailUser
from tests.integration.book import account, invoice, seed
from tests.integration.conftest import make_config
from tests.integration.test_inbox import imap_section, reply

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DUE = date(2026, 2, 28)


def day(n: int) -> datetime:
    return MONDAY + timedelta(days=n)


@contextmanager
def acme_app(tmp_path: Path, sink: LocalMailServer, invoices: list[Invoice], *,
             customer: Account | None = None,
             **sections: object) -> Iterator[tuple[App, SimulatedClock]]:
    """An app on a simulated clock at MONDAY that sends to `sink`, with the account ACME (or
    `customer`) and its invoices; `sections` are config sections, as for `make_config`."""
    config = make_config(tmp_path / "data", sink.port, **sections)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [customer or account("ACME")], invoices)
        yield app, clock


def sweep(app: App) -> SweepReport:
    return asyncio.run(app.sweep.run())


def sweep_twice(app: App) -> None:
    """A sweep, and another an hour later: the second must add nothing."""
    sweep(app)
    clock = app.clock
    assert isinstance(clock, SimulatedClock)
    clock.advance(timedelta(hours=1))
    sweep(app)
    clock.advance(timedelta(hours=-1))


def pay(app: App, reference: str, amount: str, received_on: date | None = None) -> None:
    """ACME pays `amount` GBP, recorded now (received today unless `received_on`)."""
    now = app.clock.now()
    record_payment(app.repo, Payment(reference, "ACME", Decimal(amount), "GBP",
                                     received_on or now.date()), now=now, actor="import")


def sent_steps(app: App) -> list[tuple[date, str]]:
    entries = sorted(app.repo.outbox_entries([OutboxState.SENT]), key=lambda e: e.created_at)
    return [(e.created_at.date(), e.step) for e in entries]


def of_type(app: App, account_id: str, kind: EventType) -> list[Event]:
    return [e for e in app.repo.log(account_id) if e.type == kind]


def arrived(sink: LocalMailServer) -> list[Message]:
    """What the sink received, headers decoded (subjects with a £ sign are RFC 2047)."""
    return [message_from_bytes(raw, policy=policy.default) for raw in sink.received]


def parts(message: Message) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for part in message.walk():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            found[part.get_content_type()] = payload
    return found


def text_of(message: Message) -> str:
    return parts(message)["text/plain"].decode("utf-8")


def test_a_promise_by_reply_is_recapped_reminded_and_when_unpaid_handed_to_staff(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink, [invoice("INV-1", "ACME", DUE, "480.00")],
                  imap=imap_section(dovecot, mail_user)) as (app, clock):
        sweep(app)  # the gentle reminder
        [gentle] = app.repo.outbox_entries([OutboxState.SENT])
        dovecot.deliver(mail_user, reply("Thanks, we will pay on Friday.",
                                         in_reply_to=gentle.message_id))
        assert Inbox(app.repo, app.config, clock).round().ingested == 1
        [promise] = of_type(app, "ACME", EventType.PROMISE_MADE)
        assert (promise.data["date"], promise.data["source"]) == ("2026-03-06", "reply")

        for n in range(0, 9):  # Monday 2 March .. Tuesday 10 March
            clock.set(day(n) + timedelta(minutes=30))
            sweep_twice(app)

        assert sent_steps(app) == [
            (date(2026, 3, 2), "gentle"),
            (date(2026, 3, 2), RECAP_STEP),  # as soon as the terms are agreed
            (date(2026, 3, 5), NOTE_STEP),  # the day before the promised Friday
            (date(2026, 3, 9), "firm"),  # grace over: the normal cadence resumes
        ]
        [broken] = of_type(app, "ACME", EventType.PROMISE_BROKEN)
        assert broken.at.date() == date(2026, 3, 9)
        assert broken.data["agreement"] == f"promise-{promise.seq}"
        assert (broken.data["promise_date"], broken.data["paid"]) == ("2026-03-06", "0")
        [task] = [t for t in app.repo.tasks() if t.id.endswith(":broken")]
        assert task.kind is TaskKind.CALL and task.invoices == ("INV-1",)
        assert "not paid in full" in task.reason and "reminders have resumed" in task.reason
        firm = next(e for e in of_type(app, "ACME", EventType.EMAIL_QUEUED)
                    if e.data["step"] == "firm")
        assert firm.seq > broken.seq

    with open_app(app.config, clock=clock) as app:  # a restart changes nothing
        sweep(app)
    counts = smtp_sink.message_ids()
    assert len(counts) == 4 and set(counts.values()) == {1}, counts

    recap = next(m for m in arrived(smtp_sink) if "Confirming your payment" in m["Subject"])
    body = parts(recap)
    text = text_of(recap)
    assert "6 Mar 2026" in text and "£480.00" in text
    assert "reply to let us know" in text and "give you a call" in text
    assert b"DTSTART;VALUE=DATE:20260306" in body["text/calendar"]
    assert "text/html" in body


def test_a_plan_with_one_instalment_paid_one_late_and_one_missed(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    payments = {2: ("P1", "2026-03-04"), 5: ("P2", "2026-03-07")}  # day -> (ref, received)
    with acme_app(tmp_path, smtp_sink,
                  [invoice("INV-7", "ACME", DUE, "300.00")]) as (app, clock):
        record_plan(app.repo, app.config, "ACME", method="bank transfer", now=clock.now(),
                    by="cli:sam", instalments=[(date(2026, 3, 4), Decimal("100.00")),
                                               (date(2026, 3, 6), Decimal("100.00")),
                                               (date(2026, 3, 9), Decimal("100.00"))])
        for n in range(0, 11):  # Monday 2 March .. Thursday 12 March
            clock.set(day(n))
            if n in payments:
                reference, received = payments[n]
                pay(app, reference, "100.00", date.fromisoformat(received))
            sweep_twice(app)

        assert sent_steps(app) == [
            (date(2026, 3, 2), RECAP_STEP),
            (date(2026, 3, 3), NOTE_STEP),  # instalment 1, due the 4th
            (date(2026, 3, 4), THANKS_STEP),  # paid on the day
            (date(2026, 3, 5), NOTE_STEP),  # instalment 2, due the 6th
            (date(2026, 3, 7), THANKS_STEP),  # paid a day late, inside the grace
            (date(2026, 3, 8), NOTE_STEP),  # instalment 3, due the 9th
            (date(2026, 3, 12), "firm"),  # missed: the cadence resumes after the grace
        ]
        [missed] = of_type(app, "ACME", EventType.INSTALMENT_MISSED)
        assert (missed.data["instalment"], missed.data["due_on"]) == (3, "2026-03-09")
        assert missed.at.date() == date(2026, 3, 12)
        [resumed] = of_type(app, "ACME", EventType.INVOICES_RESUMED)
        assert resumed.seq > missed.seq and resumed.invoices == ("INV-7",)
        [task] = [t for t in app.repo.tasks() if t.id.endswith(":broken")]
        assert task.kind is TaskKind.CALL and "instalment 3 of 3" in task.reason
        assert of_type(app, "ACME", EventType.PLAN_COMPLETED) == []

    counts = smtp_sink.message_ids()
    assert len(counts) == 7 and set(counts.values()) == {1}, counts
    late_thanks = [m for m in arrived(smtp_sink) if "received" in str(m["Subject"])]
    assert len(late_thanks) == 2
    text = text_of(late_thanks[1])
    assert "7 Mar 2026" in text and "£100.00" in text and "next payment" in text


def test_a_plan_paid_in_full_closes_with_a_thank_you_and_the_final_recap(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    with acme_app(tmp_path, smtp_sink,
                  [invoice("INV-7", "ACME", DUE, "200.00")]) as (app, clock):
        record_plan(app.repo, app.config, "ACME", now=clock.now(), by="cli:sam",
                    instalments=[(date(2026, 3, 9), Decimal("100.00")),
                                 (date(2026, 3, 16), Decimal("100.00"))])
        sweep(app)
        clock.set(day(3))
        pay(app, "ALL", "200.00")
        sweep_twice(app)
        assert sent_steps(app) == [(date(2026, 3, 2), RECAP_STEP),
                                   (date(2026, 3, 5), COMPLETE_STEP)]
        [completed] = of_type(app, "ACME", EventType.PLAN_COMPLETED)
        assert completed.data["paid_in_full"] is True
        clock.set(day(20))
        sweep_twice(app)
    assert set(smtp_sink.message_ids().values()) == {1}
    final = arrived(smtp_sink)[-1]
    text = text_of(final)
    assert "plan is complete" in str(final["Subject"])
    assert "9 Mar 2026" in text and "16 Mar 2026" in text and "£200.00" in text
