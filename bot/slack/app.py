"""The Bolt app: buttons and modals that record what staff did about a task.

Every request is acknowledged first; recording, card updates and refusals happen after the
acknowledgement (`process_before_response=False`). The one exception is a modal submission,
whose inputs are checked before the acknowledgement so that bad ones can be shown on their
fields (`response_action="errors"`); that check and the recording take milliseconds.

Recording once is the service's job (`record_call_outcome`): double clicks, Slack's retries
and two people clicking at once all end in one record and, for the others, an ephemeral
"already recorded by @name".
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.models.views import View
from slack_sdk.web.async_client import AsyncWebClient

from bot.clock import Clock
from bot.services.call_outcomes import (
    InvalidOutcomeInputs,
    Outcome,
    OutcomeError,
    OutcomeResult,
    add_note,
    note_account,
    record_call_outcome,
    recorded_outcome,
)
from bot.slack.access import REFUSAL, StaffGate
from bot.slack.cards import (
    MODAL_OUTCOMES,
    NOTE_ACTION,
    OUTCOME_ACTION_PREFIX,
    RecordedOutcome,
    card_text,
    outcome_from_action_id,
    recorded_card,
    recorded_from_posted,
)
from bot.slack.facts import CardLocation, card_facts, card_location, modal_facts
from bot.slack.lookup import (
    USAGE,
    Help,
    NoteAccount,
    account_summary,
    find_accounts,
    not_found_text,
    parse_command,
)
from bot.slack.modals import (
    NOTE_CALLBACK,
    OUTCOME_CALLBACK,
    ModalContext,
    note_modal,
    outcome_modal,
    read_inputs,
)
from bot.slack.overview import Overview, gather_overview, home_view
from bot.slack.settings import is_slack_user_id
from bot.slack.wording import SlackWording, default_wording
from bot.store.repository import Repository

log = logging.getLogger(__name__)

COMMAND = "/duebot"
# Clicks being worked on after their ack at once; the rest wait, so that a burst of clicks
# leaves the event loop free to acknowledge the newest within Slack's 3 seconds.
AFTER_ACK_CONCURRENCY = 4
GONE = "That task is no longer in duebot's list; nothing was recorded."


def _one_writer() -> Executor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="duebot-slack-writer")


@dataclass(frozen=True, slots=True)
class SlackDeps:
    """What the handlers work with. Store writes run on `writer`, one thread: the store takes
    one transaction at a time anyway, and one thread leaves the event loop free to ack."""

    repo: Repository
    clock: Clock
    gate: StaffGate
    locale: str = "en_GB"
    timezone: str = "UTC"
    writer: Executor = field(default_factory=_one_writer)
    # Called after an outcome is recorded, so the host can act on it soon (e.g. `duebot run`
    # sweeps at once, sending the recap of a promise made on the phone).
    on_recorded: Callable[[], None] | None = None
    # The owner's Slack texts (loaded and checked at start; duebot's own by default).
    wording: SlackWording = field(default_factory=default_wording)

    def today(self) -> date:
        return self.clock.now().astimezone(ZoneInfo(self.timezone)).date()


def build_app(
    deps: SlackDeps,
    client: AsyncWebClient,
    *,
    signing_secret: str | None,
) -> AsyncApp:
    """The Bolt app with duebot's handlers. `signing_secret` None: Socket Mode (no HTTP)."""
    app = AsyncApp(
        client=client,
        signing_secret=signing_secret or "",
        request_verification_enabled=signing_secret is not None,
        process_before_response=False,
        ssl_check_enabled=False,
        url_verification_enabled=signing_secret is not None,
    )
    handlers = _Handlers(deps)
    app.action(re.compile("^" + re.escape(OUTCOME_ACTION_PREFIX)))(handlers.outcome_clicked)
    app.action(NOTE_ACTION)(handlers.note_clicked)
    app.view(OUTCOME_CALLBACK)(handlers.outcome_submitted)
    app.view(NOTE_CALLBACK)(handlers.note_submitted)
    app.command(COMMAND)(handlers.duebot_command)
    app.event("app_home_opened")(handlers.home_opened)
    return app


class _Handlers:
    def __init__(self, deps: SlackDeps) -> None:
        self._deps = deps
        self._after_ack = asyncio.Semaphore(AFTER_ACK_CONCURRENCY)

    async def outcome_clicked(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        async with self._after_ack:
            await self._outcome_clicked(body, action, client)

    async def _outcome_clicked(
        self, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        user, task_id = body["user"]["id"], str(action.get("value") or "")
        where = _clicked_card(body)
        outcome = outcome_from_action_id(str(action.get("action_id")))
        if outcome is None:
            return
        if not await self._deps.gate.allows(user):
            await self._tell(client, where, user, REFUSAL)
            return
        if outcome not in MODAL_OUTCOMES:
            posted = (body.get("message") or {}).get("blocks") if where else None
            await self._record(client, user, task_id, outcome, where, posted)
            return
        task = self._deps.repo.task(task_id)
        if task is None:
            await self._tell(client, where, user, GONE)
            return
        settled = recorded_outcome(self._deps.repo, task_id)
        if settled is not None:
            await self._tell(client, where, user, already_recorded(settled))
            return
        view = outcome_modal(outcome, modal_facts(self._deps.repo, task), self._deps.today(),
                             self._deps.wording)
        await self._open(client, body, view)

    async def note_clicked(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        user, task_id = body["user"]["id"], str(action.get("value") or "")
        where = _clicked_card(body)
        if not await self._deps.gate.allows(user):
            await self._tell(client, where, user, REFUSAL)
            return
        task = self._deps.repo.task(task_id)
        if task is None:
            await self._tell(client, where, user, GONE)
            return
        await self._open(client, body,
                         note_modal(modal_facts(self._deps.repo, task), self._deps.wording))

    async def _open(self, client: AsyncWebClient, body: Mapping[str, Any], view: View) -> None:
        try:
            await client.views_open(trigger_id=body["trigger_id"], view=view)
        except SlackApiError as exc:
            log.warning("could not open a modal for %s: %s", body["user"]["id"],
                        exc.response.get("error"))

    async def outcome_submitted(
        self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        user = body["user"]["id"]
        context = ModalContext.loads(view.get("private_metadata"))
        if context is None:
            await ack()
            return
        where = card_location(self._deps.repo, context.task_id)
        if not await self._deps.gate.allows(user):
            await ack()
            await self._tell(client, where, user, REFUSAL)
            return
        inputs = read_inputs(view.get("state", {}).get("values", {}))
        try:
            result = await self._call(record_call_outcome, context.task_id, context.outcome,
                                      inputs, by=user)
        except InvalidOutcomeInputs as exc:
            await ack(response_action="errors", errors=_field_errors(exc.errors, view))
            return
        except OutcomeError as exc:
            await ack()
            await self._tell(client, where, user, str(exc))
            return
        await ack()
        await self._settled(client, result, user, where)

    async def note_submitted(
        self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        user = body["user"]["id"]
        context = ModalContext.loads(view.get("private_metadata"))
        if context is None or not await self._deps.gate.allows(user):
            await ack()
            return
        inputs = read_inputs(view.get("state", {}).get("values", {}))
        try:
            await self._call(add_note, context.task_id, inputs.get("note"), by=user)
        except InvalidOutcomeInputs as exc:
            await ack(response_action="errors", errors=_field_errors(exc.errors, view))
            return
        except OutcomeError:
            await ack()
            return
        await ack()

    async def _record(
        self, client: AsyncWebClient, user: str, task_id: str, outcome: Outcome,
        where: CardLocation | None, posted: Sequence[Mapping[str, Any]] | None,
    ) -> None:
        try:
            result = await self._call(record_call_outcome, task_id, outcome, {}, by=user)
        except OutcomeError as exc:
            await self._tell(client, where, user, str(exc))
            return
        await self._settled(client, result, user, where, posted)

    async def _call(self, service: Any, *args: Any, by: str) -> Any:
        """Run a (blocking, fsyncing) store use case off the event loop, on the writer."""
        now = self._deps.clock.now()
        return await asyncio.get_running_loop().run_in_executor(
            self._deps.writer, partial(service, self._deps.repo, *args, by=by, now=now))

    async def _settled(
        self, client: AsyncWebClient, result: OutcomeResult, user: str,
        where: CardLocation | None, posted: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        """Update the card to show the outcome, or tell `user` who was first."""
        if not result.recorded:
            await self._tell(client, where, user, already_recorded(result))
            return
        if self._deps.on_recorded is not None:
            self._deps.on_recorded()
        location = where or card_location(self._deps.repo, result.task.id)
        if location is None:
            return
        recorded = RecordedOutcome(result.summary, result.by, result.at)
        facts = card_facts(self._deps.repo, result.task, locale=self._deps.locale)
        words = self._deps.wording
        blocks: Sequence[Any] = (recorded_from_posted(posted, recorded, words) if posted
                                 else recorded_card(facts, self._deps.today(), recorded, words))
        try:
            await client.chat_update(channel=location.channel, ts=location.ts, blocks=blocks,
                                     text=f"{card_text(facts, words)} — {result.summary}")
        except SlackApiError as exc:
            log.warning("could not update the card of task %s: %s", result.task.id,
                        exc.response.get("error"))

    async def duebot_command(
        self, ack: AsyncAck, command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """`/duebot ACCOUNT` and `/duebot note ACCOUNT text` (answers only the asker sees)."""
        await ack()
        user, channel = command["user_id"], command.get("channel_id")
        where = CardLocation(channel=channel, ts="") if channel else None
        if not await self._deps.gate.allows(user):
            await self._tell(client, where, user, REFUSAL)
            return
        request = parse_command(str(command.get("text") or ""))
        if isinstance(request, Help):
            await self._tell(client, where, user, USAGE)
            return
        matches = find_accounts(self._deps.repo.accounts(), request.query)
        if len(matches) != 1:
            await self._tell(client, where, user, not_found_text(request.query, matches))
            return
        account = matches[0]
        if isinstance(request, NoteAccount):
            try:
                await self._call(note_account, account.id, request.text, by=user)
            except OutcomeError as exc:
                await self._tell(client, where, user, str(exc))
                return
            await self._tell(client, where, user, f"Noted in {account.name}'s log.")
            return
        repo = self._deps.repo
        invoices = [inv for inv in repo.invoices(account.id) if inv.is_open]
        blocks = account_summary(account, invoices, repo.log(account.id), self._deps.today(),
                                 locale=self._deps.locale)
        await self._tell(client, where, user, f"{account.name} ({account.id})", blocks)

    async def home_opened(self, event: dict[str, Any], client: AsyncWebClient) -> None:
        """Publish the staff member's queue for today on their App Home."""
        user = event.get("user")
        if event.get("tab", "home") != "home" or not user:
            return
        if not await self._deps.gate.allows(user):
            view = home_view(Overview((), (), (), ()), user, self._deps.today(),
                             self._deps.wording)
        else:
            overview = await asyncio.to_thread(gather_overview, self._deps.repo,
                                               self._deps.clock.now(), locale=self._deps.locale)
            view = home_view(overview, user, self._deps.today(), self._deps.wording)
        try:
            await client.views_publish(user_id=user, view=view)
        except SlackApiError as exc:
            log.warning("could not publish the App Home of %s: %s", user,
                        exc.response.get("error"))

    async def _tell(
        self, client: AsyncWebClient, where: CardLocation | None, user: str, text: str,
        blocks: Sequence[Any] | None = None,
    ) -> None:
        """An ephemeral message to `user` in the card's channel (or a DM when there is none)."""
        try:
            if where is not None:
                await client.chat_postEphemeral(channel=where.channel, user=user, text=text,
                                                blocks=blocks)
            else:
                await client.chat_postMessage(channel=user, text=text, blocks=blocks)
        except SlackApiError as exc:
            log.warning("could not tell %s %r: %s", user, text, exc.response.get("error"))


def already_recorded(result: OutcomeResult) -> str:
    """The "already recorded by @name" reply; a Slack user ID shows as their name."""
    who = f"<@{result.by}>" if is_slack_user_id(result.by) else result.by
    return f"Already recorded by {who}: {result.summary}"


def _clicked_card(body: Mapping[str, Any]) -> CardLocation | None:
    container = body.get("container") or {}
    if container.get("type") != "message" or container.get("is_ephemeral"):
        return None
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts")
    return CardLocation(channel=str(channel), ts=str(ts)) if channel and ts else None


def _field_errors(errors: Mapping[str, str], view: Mapping[str, Any]) -> dict[str, str]:
    """Errors by block ID; an error on a field the modal does not show goes on its first input."""
    inputs = [b["block_id"] for b in view.get("blocks", ()) if b.get("type") == "input"]
    shown: dict[str, str] = {}
    for name, message in errors.items():
        if name in inputs:
            shown[name] = message
        elif inputs:
            first = inputs[0]
            shown[first] = f"{shown[first]}; {message}" if first in shown else message
    return shown
