"""The compliance profiles and escalation confirmations through the real sweep: real store,
real composer, real aiosmtpd server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path

from bot.clock import SimulatedClock
from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType
from bot.domain.replies.intents import ReplyIntent
from bot.domain.tasks import TaskKind
from bot.mail.local_server import LocalMailServer
from bot.mail.parse_reply import ParsedReply
from bot.runtime.app import open_app
from bot.services.escalation import decide_step
from bot.services.replies import ReceivedMessage, record_reply
from tests.integration.book import account, invoice, seed
from tests.integration.conftest import make_config

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def text_of(message: Message) -> str:
    parts = [p for p in message.walk() if p.get_content_type() == "text/plain"]
    return "\n".join(str(p.get_payload(decode=True), "utf-8") for p in parts)


def hardship_reply() -> ParsedReply:
    words = "I was made redundant last month and can't afford it all. Could I pay monthly?"
    return ParsedReply(
        intent=ReplyIntent.PAYMENT_PLAN, promised_date=None, amount=None, currency=None,
        return_date=None, bounce=None, invoices=(), new_text=words, visible_text=words,
        message_id="<r1@acme>", in_reply_to=None, references=(), sender="ap@acme.example",
        to=(), delivered_to=(), date=MONDAY, subject="Re: Reminder", attachments=())


async def test_a_uk_consumer_in_hardship_gets_one_plan_offer_with_free_debt_advice(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port,
                         compliance={"profile": "uk_consumer"})
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")],
             [invoice("INV-1", "ACME", (MONDAY - timedelta(days=10)).date())])
        open_invoices = [i for i in app.repo.invoices("ACME") if i.is_open]
        acme = app.repo.account("ACME")
        assert acme is not None
        with app.repo.transaction() as tx:
            tasks = record_reply(tx, account=acme, open_invoices=open_invoices,
                                 parsed=hardship_reply(),
                                 received=ReceivedMessage("r1", "collections", "INBOX", 1, 1,
                                                          "blob"),
                                 matched_by="sender", now=clock.now(), profile="uk_consumer")
        assert [t.kind for t in tasks] == [TaskKind.AGREE_PLAN]
        for _ in range(3):
            await app.sweep.run()
            clock.advance(timedelta(hours=2))
        state = fold_account_state(app.repo.log("ACME"))
    [offer] = smtp_sink.messages()
    body = text_of(offer)
    assert "payment plan" in body and "https://www.moneyhelper.org.uk/" in body
    assert "StepChange" in body and "reply with" in body
    assert state.fees_stopped


async def test_the_final_notice_leaves_only_after_a_person_confirms_it(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    config = make_config(tmp_path / "data", smtp_sink.port)
    clock = SimulatedClock(MONDAY)
    with open_app(config, clock=clock) as app:
        seed(app.repo, MONDAY, [account("ACME")],
             [invoice("INV-1", "ACME", (MONDAY - timedelta(days=31)).date())])
        report = await app.sweep.run()
        assert smtp_sink.messages() == []
        assert [h.rule for h in report.plan.held] == ["awaiting_confirmation"]
        [ask] = [t for t in app.repo.tasks(open_only=True) if t.kind is TaskKind.CONFIRM_STEP]
        assert ask.step == "final_notice"
        clock.advance(timedelta(hours=1))
        await app.sweep.run()
        assert smtp_sink.messages() == [], "nothing leaves before a person confirms"
        decide_step(app.repo, app.config, "ACME", "final_notice", confirmed=True, by="sam",
                    now=clock.now(), reason="no answer to three reminders")
        clock.advance(timedelta(minutes=5))
        await app.sweep.run()
        [confirmed] = [e for e in app.repo.log("ACME") if e.type == EventType.STEP_CONFIRMED]
    [notice] = smtp_sink.messages()
    assert notice["Subject"].startswith("Final notice")
    assert confirmed.data["by"] == "sam" and confirmed.at == MONDAY + timedelta(hours=1)
