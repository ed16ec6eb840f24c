"""Gathering what a card or modal shows from the store, and where a task's card was posted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.domain.account_state import fold_account_state
from bot.domain.compliance import call_hold
from bot.domain.tasks import StaffTask, TaskKind
from bot.slack.cards import CardFacts
from bot.slack.modals import ModalFacts
from bot.store.repository import Repository, Transaction

RECENT_EVENTS = 50
#: Tasks that prompt a call the debtor did not ask for: US consumer call limits apply to them
#: (agreeing the plan a debtor asked for answers their own request).
UNSOLICITED_CALLS = frozenset((TaskKind.CALL, TaskKind.ESCALATE))
_CARD_KEY = "slack:card:"
_POSTING_KEY = "slack:posting:"


@dataclass(frozen=True, slots=True)
class CardLocation:
    """Where a task's card lives in Slack (the channel ID Slack answered with, and the ts)."""

    channel: str
    ts: str

    def to_meta(self) -> dict[str, str]:
        return {"channel": self.channel, "ts": self.ts}


def card_location(repo: Repository, task_id: str) -> CardLocation | None:
    value: Any = repo.meta(_CARD_KEY + task_id)
    if not isinstance(value, dict) or not value.get("channel") or not value.get("ts"):
        return None
    return CardLocation(channel=str(value["channel"]), ts=str(value["ts"]))


def remember_card(tx: Transaction, task_id: str, location: CardLocation) -> None:
    tx.put_meta(_CARD_KEY + task_id, location.to_meta())


def remember_posting(tx: Transaction, task_id: str, destination: str, at: datetime) -> None:
    """About to post this task's card to `destination` (so a crash before its location is
    stored is noticed, and the card looked for rather than posted again)."""
    tx.put_meta(_POSTING_KEY + task_id, {"destination": destination, "at": at.isoformat()})


def posting_intent(repo: Repository, task_id: str) -> tuple[str, datetime] | None:
    value: Any = repo.meta(_POSTING_KEY + task_id)
    if not isinstance(value, dict) or not value.get("destination") or not value.get("at"):
        return None
    try:
        return str(value["destination"]), datetime.fromisoformat(str(value["at"]))
    except ValueError:
        return None


def card_facts(repo: Repository, task: StaffTask, *, locale: str,
               profile: str = "b2b", now: datetime | None = None) -> CardFacts:
    """What the card shows; under the `us_consumer` profile (and given `now`), also whether
    calls about the task's debt are paused (call attempts, a recent conversation)."""
    open_invoices = tuple(inv for inv in repo.invoices(task.account_id) if inv.is_open)
    full_log = repo.log(task.account_id)
    log = tuple(full_log[-RECENT_EVENTS:])
    held = None
    if profile == "us_consumer" and now is not None and task.kind in UNSOLICITED_CALLS:
        hold = call_hold(task.invoices, fold_account_state(full_log), now)
        held = hold.reason if hold is not None else None
    return CardFacts(task=task, account=repo.account(task.account_id),
                     open_invoices=open_invoices, log=log, locale=locale, call_hold=held)


def modal_facts(repo: Repository, task: StaffTask) -> ModalFacts:
    account = repo.account(task.account_id)
    found = (repo.invoice(number) for number in task.invoices)
    invoices = tuple(inv for inv in found if inv is not None and inv.is_open)
    emails = account.emails if account else ()
    state = fold_account_state(repo.log(task.account_id))
    blocked = tuple(e for e in emails if not state.may_email(e))
    return ModalFacts(task_id=task.id, account_name=account.name if account else task.account_id,
                      invoices=invoices, addresses=blocked or emails)
