"""A UK consumer's hardship reply stops fees and prompts a plan offer; elsewhere it is only
noted on the reply."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.config import ComplianceProfile
from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.domain.replies.hardship import says_hardship
from bot.domain.replies.intents import ReplyIntent
from bot.domain.tasks import TaskKind
from bot.mail.parse_reply import ParsedReply
from bot.services.replies import ReceivedMessage, record_reply
from bot.store.repository import Repository

from .conftest import NOW

PAT = Account(id="PAT-1", name="Pat Doe", contacts=(Contact(email="pat@home.example"),),
              timezone="Europe/London")
DEBT = Invoice(number="INV-1", account_id="PAT-1", currency="GBP", amount=Decimal("300"),
               balance=Decimal("300"), issued_on=date(2026, 10, 1), due_on=date(2026, 10, 31))


def reply(words: str, intent: ReplyIntent = ReplyIntent.PAYMENT_PLAN) -> ParsedReply:
    return ParsedReply(
        intent=intent, promised_date=None, amount=None, currency=None, return_date=None,
        bounce=None, invoices=(), new_text=words, visible_text=words, message_id="<m1@x>",
        in_reply_to=None, references=(), sender="pat@home.example", to=(), delivered_to=(),
        date=NOW, subject="Re: Reminder", attachments=())


def receive(repo: Repository, words: str, profile: ComplianceProfile,
            intent: ReplyIntent = ReplyIntent.PAYMENT_PLAN) -> list[TaskKind]:
    received = ReceivedMessage(identity="m1", mailbox="collections", folder="INBOX",
                               uidvalidity=1, uid=1, raw_blob="blob")
    with repo.transaction() as tx:
        tasks = record_reply(tx, account=PAT, open_invoices=[DEBT], parsed=reply(words, intent),
                             received=received, matched_by="sender", now=NOW, profile=profile)
    return [t.kind for t in tasks]


HARDSHIP = "I lost my job last month and can't afford it all. Could I pay in instalments?"


def test_hardship_words_are_recognised() -> None:
    assert says_hardship(HARDSHIP)
    assert says_hardship("I've been made redundant and I'm on universal credit now")
    assert not says_hardship("Could we pay this in two monthly instalments?")
    assert not says_hardship("We are not struggling financially, it will be paid Friday")


def test_a_uk_consumers_hardship_reply_stops_fees_and_prompts_a_plan_offer(
        repo: Repository) -> None:
    kinds = receive(repo, HARDSHIP, "uk_consumer")
    assert kinds == [TaskKind.AGREE_PLAN]
    log = repo.log(PAT.id)
    types = [e.type for e in log]
    assert EventType.FEES_STOPPED in types and EventType.INVOICES_PAUSED in types
    state = fold_account_state(log)
    assert state.fees_stopped and state.replies[-1].hardship
    task = repo.tasks()[0]
    assert "fees and interest are stopped" in task.reason and "plan offer" in task.reason


def test_a_uk_consumer_asking_for_instalments_without_hardship_keeps_the_usual_path(
        repo: Repository) -> None:
    receive(repo, "Could we pay this in two monthly instalments?", "uk_consumer")
    state = fold_account_state(repo.log(PAT.id))
    assert not state.fees_stopped


def test_a_b2b_hardship_reply_is_noted_but_changes_nothing_else(repo: Repository) -> None:
    kinds = receive(repo, HARDSHIP, "b2b")
    assert kinds == [TaskKind.AGREE_PLAN]
    state = fold_account_state(repo.log(PAT.id))
    assert not state.fees_stopped
    assert state.replies[-1].hardship
