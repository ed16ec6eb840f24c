"""Posting staff tasks to Slack: each open task once, to the channel or to the person assigned.

Once Slack accepts a card, its channel and ts are stored (store meta `slack:card:<task id>`),
so the card can be updated when an outcome is recorded and the task is never posted again.

Posting and storing cannot be one step, so a crash between them must not post twice: before
posting, the intent is stored (`slack:posting:<task id>`), and the card carries the task id in
its message metadata. A task with an intent but no card is looked for in that conversation's
history first, and posted only if Slack has no such card (or cannot be asked).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.clock import Clock
from bot.domain.compliance import consumer_hours_hold
from bot.domain.tasks import StaffTask, TaskKind
from bot.slack.cards import card_text, task_card
from bot.slack.facts import (
    CardLocation,
    card_facts,
    card_location,
    posting_intent,
    remember_card,
    remember_posting,
)
from bot.slack.settings import is_slack_user_id
from bot.slack.wording import SlackWording, default_wording
from bot.store.repository import Repository

log = logging.getLogger(__name__)

CARD_EVENT = "duebot_task_card"  # Slack message metadata type naming the card's task
LOOK_BACK_SECONDS = 300  # clock skew allowance when searching history for an unstored card

#: Tasks that prompt a call to the debtor (consumer calling hours apply to their cards).
CALL_PROMPTS = frozenset((TaskKind.CALL, TaskKind.AGREE_PLAN, TaskKind.ESCALATE))


@dataclass(slots=True)
class PostReport:
    posted: list[tuple[StaffTask, CardLocation]] = field(default_factory=list)
    # cards Slack already had from a round interrupted before it stored them
    recovered: list[tuple[StaffTask, CardLocation]] = field(default_factory=list)
    failed: list[tuple[StaffTask, str]] = field(default_factory=list)


class TaskPoster:
    def __init__(
        self,
        repo: Repository,
        client: AsyncWebClient,
        clock: Clock,
        *,
        channel: str,
        locale: str = "en_GB",
        timezone: str = "UTC",
        profile: str = "b2b",
        wording: SlackWording | None = None,
    ) -> None:
        self._repo = repo
        self._profile = profile
        self._wording = wording or default_wording()
        self._client = client
        self._clock = clock
        self._channel = channel
        self._locale = locale
        self._zone = ZoneInfo(timezone)
        self._lock = asyncio.Lock()

    def destination(self, task: StaffTask) -> str:
        """The assigned staff member's DM when the task names a Slack user, else the channel."""
        assigned = task.assigned_to
        return assigned if assigned is not None and is_slack_user_id(assigned) else self._channel

    async def post_open_tasks(self) -> PostReport:
        """Post every open task that is due (today or earlier) and has no card yet. One at a
        time, so none is posted twice; a task due later (a call back) is posted on its day."""
        report = PostReport()
        async with self._lock:
            today = self._today()
            for task in self._repo.tasks(open_only=True):
                if task.due_on > today or card_location(self._repo, task.id) is not None:
                    continue
                if self._outside_calling_hours(task):
                    continue
                try:
                    found = await self._posted_before_a_crash(task)
                    if found is not None:
                        report.recovered.append((task, found))
                        continue
                    report.posted.append((task, await self._post(task)))
                except SlackApiError as exc:
                    reason = str(exc.response.get("error") or exc)
                    log.warning("could not post task %s to Slack: %s", task.id, reason)
                    report.failed.append((task, reason))
        return report

    def _outside_calling_hours(self, task: StaffTask) -> bool:
        """A US consumer's call prompt waits until it is 08:00-21:00 on their clock (in every
        zone they could be in); it is posted on the first round inside those hours."""
        if self._profile != "us_consumer" or task.kind not in CALL_PROMPTS:
            return False
        account = self._repo.account(task.account_id)
        return account is not None and consumer_hours_hold(account, self._clock.now()) is not None

    async def _posted_before_a_crash(self, task: StaffTask) -> CardLocation | None:
        """The card of a task whose posting was interrupted, if Slack has it (then stored)."""
        intent = posting_intent(self._repo, task.id)
        if intent is None:
            return None
        destination, since = intent
        try:
            channel = destination
            if is_slack_user_id(destination):
                opened = await self._client.conversations_open(users=destination)
                channel = str(opened["channel"]["id"])
            history = await self._client.conversations_history(
                channel=channel, oldest=f"{since.timestamp() - LOOK_BACK_SECONDS:.6f}",
                include_all_metadata=True, limit=200)
        except SlackApiError as exc:
            log.warning("could not check whether task %s was posted before a restart (%s); "
                        "posting it", task.id, exc.response.get("error") or exc)
            return None
        for message in history.get("messages") or []:
            metadata = message.get("metadata") or {}
            if (metadata.get("event_type") == CARD_EVENT
                    and (metadata.get("event_payload") or {}).get("task_id") == task.id):
                location = CardLocation(channel=channel, ts=str(message["ts"]))
                with self._repo.transaction() as tx:
                    remember_card(tx, task.id, location)
                return location
        return None

    def _today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    async def _post(self, task: StaffTask) -> CardLocation:
        facts = card_facts(self._repo, task, locale=self._locale, profile=self._profile,
                           now=self._clock.now())
        destination = self.destination(task)
        with self._repo.transaction() as tx:
            remember_posting(tx, task.id, destination, self._clock.now())
        response = await self._client.chat_postMessage(
            channel=destination, text=card_text(facts, self._wording),
            blocks=task_card(facts, self._today(), self._wording),
            metadata={"event_type": CARD_EVENT, "event_payload": {"task_id": task.id}},
            unfurl_links=False)
        location = CardLocation(channel=str(response["channel"]), ts=str(response["ts"]))
        with self._repo.transaction() as tx:
            remember_card(tx, task.id, location)
        return location
