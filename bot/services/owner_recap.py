"""Sending the owner's weekly recap: built from the store, queued in the outbox once per week,
and summarised in Slack when Slack is configured.

The recap is an internal email: it goes through the same idempotent outbox as reminders (so a
crash leaves it sent once, still due, or reported), logged under the internal log `~owner`,
and the send gate lets it through without the debtor compliance rules.

Its idempotency key names the recap week: the week of the most recent scheduled moment
(`[owner_recap] weekday` at `time`, business time zone) at or before now. However often
`send_if_due` runs, and whether or not someone also ran `duebot recap --send`, each week's recap
is queued once; the Slack summary is remembered the same way (meta `owner_recap:slack:<week>`).
A recap not sent at its moment (duebot was stopped) goes as soon as duebot runs again within
that week; on a new install, that is at the first run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.config import FINAL_NOTICE_STEP, WEEKDAYS, Config
from bot.domain.owner_recap import OWNER_LOG, OwnerRecap, RecapWeek, build_owner_recap
from bot.domain.reminders import Reminder, idempotency_key
from bot.mail.owner_recap import TEMPLATE, OwnerRecapComposer
from bot.mail.templates import Rendered
from bot.services.outbox import DispatchReport, Outbox
from bot.slack.recap import RecapPoster
from bot.store.repository import Repository, logs_by_account

STEP = "owner_recap"
_SLACK_KEY = "owner_recap:slack:"

log = logging.getLogger("duebot.owner_recap")


class OwnerRecapError(Exception):
    """The owner's recap cannot be sent as configured."""


class RecapNotConfigured(OwnerRecapError):
    def __init__(self) -> None:
        super().__init__("no owner address: set [owner_recap] to = \"owner@...\" in the config")


@dataclass(slots=True)
class RecapResult:
    """What one send did. `queued` is False when this week's recap was already queued."""

    recap: OwnerRecap
    week: str
    key: str
    queued: bool
    dispatch: DispatchReport | None = None
    slack_posted: bool = False
    slack_error: str | None = None

    @property
    def delivered(self) -> bool:
        return bool(self.dispatch and any(e.key == self.key for e in self.dispatch.sent))


def escalation_steps(config: Config) -> frozenset[str]:
    """Cadence steps whose staff tasks need a decision: escalation and the final notice."""
    return frozenset(
        s.name for s in config.cadence
        if s.needs_confirmation or s.channel == "escalate" or s.name == FINAL_NOTICE_STEP)


def recap_moment(now: datetime, config: Config) -> datetime:
    """The most recent scheduled recap moment at or before `now` (aware, business zone)."""
    zone = ZoneInfo(config.business.timezone)
    settings = config.owner_recap
    local = now.astimezone(zone)
    back = (local.weekday() - WEEKDAYS.index(settings.weekday)) % 7
    moment = datetime.combine(local.date() - timedelta(days=back), settings.time, tzinfo=zone)
    if moment > local:
        moment -= timedelta(days=7)
    return moment


def recap_week_label(now: datetime, config: Config) -> str:
    """The recap week `now` belongs to, e.g. `2026-W11` (ISO week of its scheduled moment)."""
    year, week, _ = recap_moment(now, config).date().isocalendar()
    return f"{year}-W{week:02d}"


def recap_key(week: str) -> str:
    return idempotency_key(OWNER_LOG, STEP, (), salt=week)


def recap_week(now: datetime, config: Config) -> RecapWeek:
    """The days the recap due at `now` covers: the seven full days before its scheduled day
    (sent on Monday 08:00: Monday to Sunday of the week before), so every day is counted in
    exactly one weekly recap, even one sent late."""
    return RecapWeek.ending_on(recap_moment(now, config).date() - timedelta(days=1))


def gather_recap(repo: Repository, config: Config, now: datetime) -> OwnerRecap:
    """This week's recap (see `recap_week`) as at `now`, read from the store."""
    return build_owner_recap(
        accounts=repo.accounts(), invoices=repo.invoices(), logs=logs_by_account(repo),
        tasks=repo.tasks(open_only=True), now=now, zone=ZoneInfo(config.business.timezone),
        escalation_steps=escalation_steps(config), week=recap_week(now, config))


class OwnerRecapService:
    def __init__(
        self,
        repo: Repository,
        config: Config,
        clock: Clock,
        outbox: Outbox,
        *,
        composer: OwnerRecapComposer | None = None,
        slack: RecapPoster | None = None,
    ) -> None:
        self._repo = repo
        self._config = config
        self._clock = clock
        self._outbox = outbox
        self._composer = composer or OwnerRecapComposer(config.business)
        self._slack = slack

    def build(self, now: datetime | None = None) -> OwnerRecap:
        return gather_recap(self._repo, self._config, now or self._clock.now())

    def render(self, recap: OwnerRecap) -> Rendered:
        return self._composer.render(recap)

    def is_due(self, now: datetime | None = None) -> bool:
        """Enabled, and this week's recap is not yet queued (or its Slack summary not posted)."""
        settings = self._config.owner_recap
        if not settings.enabled:
            return False
        week = recap_week_label(now or self._clock.now(), self._config)
        return (self._repo.outbox(recap_key(week)) is None
                or (self._slack is not None and self._repo.meta(_SLACK_KEY + week) is None))

    async def send_if_due(self) -> RecapResult | None:
        """For the scheduler: send this week's recap if it is time and not yet sent."""
        if not self.is_due():
            return None
        return await self.send()

    async def send(self) -> RecapResult:
        """Queue this week's recap (once), send what the outbox has due, post to Slack (once).

        Raises `RecapNotConfigured` when no owner address is configured."""
        to = self._config.owner_recap.to
        if not to:
            raise RecapNotConfigured()
        now = self._clock.now()
        week = recap_week_label(now, self._config)
        key = recap_key(week)
        recap = self.build(now)
        queued = False
        if self._repo.outbox(key) is None:
            email = self._composer.compose(recap, key=key, to=to)
            reminder = Reminder(key=key, account_id=OWNER_LOG, step=STEP, template=TEMPLATE,
                                to=tuple(to), invoices=(),
                                reason=f"weekly owner recap {week}", planned_at=now)
            queued = self._outbox.queue(reminder, email.raw, email.message_id, email.subject)
        result = RecapResult(recap=recap, week=week, key=key, queued=queued)
        result.dispatch = await self._outbox.dispatch()
        await self._post_to_slack(result)
        return result

    async def _post_to_slack(self, result: RecapResult) -> None:
        marker = _SLACK_KEY + result.week
        if self._slack is None or self._repo.meta(marker) is not None:
            return
        try:
            await self._slack(result.recap)
        except Exception as exc:  # Slack trouble must not undo or block the email
            result.slack_error = f"{type(exc).__name__}: {exc}"
            log.warning("owner recap: Slack summary not posted",
                        extra={"fields": {"week": result.week, "error": result.slack_error}})
            return
        with self._repo.transaction() as tx:
            tx.put_meta(marker, {"posted_at": self._clock.now().isoformat()})
        result.slack_posted = True


def owner_recap_service(repo: Repository, config: Config, clock: Clock, outbox: Outbox,
                        *, with_slack: bool = True) -> OwnerRecapService:
    """The service as `duebot run` and `duebot recap` use it: Slack when configured."""
    slack: RecapPoster | None = None
    if with_slack and config.slack is not None:
        from bot.slack.recap import slack_recap_poster

        slack = slack_recap_poster(config.slack, config.business.locale)
    return OwnerRecapService(repo, config, clock, outbox, slack=slack)
