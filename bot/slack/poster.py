"""Posting staff tasks to Slack: each open task once, to the channel or to the person assigned.

Once Slack accepts a card, its channel and ts are stored (store meta `slack:card:<task id>`),
so the card can be updated when an outcome is recorded and the task is never posted again.
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
from bot.slack.facts import CardLocation, card_facts, card_location, remember_card
from bot.slack.settings import is_slack_user_id
from bot.store.repository import Repository

log = logging.getLogger(__name__)

#: Tasks that prompt a call to the debtor (consumer calling hours apply to their cards).
CALL_PROMPTS = frozenset((TaskKind.CALL, TaskKind.AGREE_PLAN, TaskKind.ESCALATE))


@dataclass(slots=True)
class PostReport:
    posted: list[tuple[StaffTask, CardLocation]] = field(default_factory=list)
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
    ) -> None:
        self._repo = repo
        self._profile = profile
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

    def _today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    async def _post(self, task: StaffTask) -> CardLocation:
        facts = card_facts(self._repo, task, locale=self._locale, profile=self._profile,
                           now=self._clock.now())
        response = await self._client.chat_postMessage(
            channel=self.destination(task), text=card_text(facts),
            blocks=task_card(facts, self._today()),
            unfurl_links=False)
        location = CardLocation(channel=str(response["channel"]), ts=str(response["ts"]))
        with self._repo.transaction() as tx:
            remember_card(tx, task.id, location)
        return location
