"""`duebot run`: the long-running process. APScheduler drives the reminder sweep; SIGTERM and
SIGINT stop it gracefully (a sweep in progress finishes its current sends first)."""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Config
from bot.mail.imap import MailboxError, MailboxUnavailable
from bot.runtime.app import App, open_app
from bot.runtime.structured_log import configure_logging
from bot.services.ingest import Inbox
from bot.services.owner_recap import OwnerRecapService
from bot.slack.service import SlackService
from bot.slack.wording import WordingError

log = logging.getLogger("duebot.run")

SHUTDOWN_GRACE_SECONDS = 60
SWEEP_JOB = "reminder-sweep"
SLACK_POST_EVERY_SECONDS = 30
INBOX_LISTEN_SECONDS = 45  # one IDLE/poll window per job run; shorter than the shutdown grace


async def sweep_once(app: App, busy: asyncio.Lock) -> None:
    """One scheduled sweep; errors are logged and the schedule goes on."""
    async with busy:
        try:
            report = await app.sweep.run()
        except Exception:
            log.exception("reminder sweep failed; will try again at the next run")
            return
        log.info("reminder sweep finished", extra={"fields": report.summary()})


async def read_inbox_once(inbox: Inbox, busy: asyncio.Lock,
                          wake_sweep: Callable[[], None] | None = None,
                          stop: threading.Event | None = None) -> None:
    """One round of the IMAP reader in a worker thread (imap-tools is blocking): read what is
    new, then listen (IDLE, or polling) and read mail as it arrives. Replies change what happens
    next (a promise's recap, a pause), so each read that recorded replies wakes the sweep at
    once. `stop` ends the listening promptly at shutdown."""
    loop = asyncio.get_running_loop()

    def replies_recorded() -> None:  # called in the reader's thread
        if wake_sweep is not None:
            loop.call_soon_threadsafe(wake_sweep)

    async with busy:
        try:
            report = await asyncio.to_thread(inbox.round, listen_seconds=INBOX_LISTEN_SECONDS,
                                             stop=stop, on_ingested=replies_recorded)
        except MailboxUnavailable as exc:
            log.warning("mailbox unavailable; will retry", extra={"fields": {"error": str(exc)}})
            return
        except MailboxError as exc:
            log.error("mailbox error; staff alerted", extra={"fields": {"error": str(exc)}})
            return
        if report.examined:
            log.info("replies read", extra={"fields": report.summary()})


async def post_to_slack(slack: SlackService) -> None:
    """Post every staff task that has no card yet, and the daily digest once it is time."""
    try:
        report = await slack.post_tasks()
        posted_digest = await slack.post_digest_if_due()
    except Exception:
        log.exception("posting to Slack failed; the tasks stay queued and are posted next time")
        return
    if report.posted or posted_digest:
        log.info("posted to Slack", extra={"fields": {"cards": len(report.posted),
                                                      "digest": posted_digest}})


async def recap_if_due(recap: OwnerRecapService, busy: asyncio.Lock) -> None:
    """The owner's weekly recap, once its weekday and time have come (once per week)."""
    async with busy:
        try:
            result = await recap.send_if_due()
        except Exception:
            log.exception("owner recap failed; will try again at the next run")
            return
        if result is not None:
            log.info("owner recap", extra={"fields": {
                "week": result.week, "queued": result.queued, "delivered": result.delivered,
                "slack": result.slack_posted}})


def sweep_waker(scheduler: AsyncIOScheduler) -> Callable[[], None]:
    """Bring the next reminder sweep forward to now (terms just agreed get their recap at
    once rather than at the next interval). A sweep already running finishes first."""

    def wake() -> None:
        if scheduler.get_job(SWEEP_JOB) is not None:
            scheduler.modify_job(SWEEP_JOB, next_run_time=datetime.now(UTC))

    return wake


async def start_slack(config: Config, app: App,
                      on_recorded: Callable[[], None] | None = None) -> SlackService | None:
    """The Bolt app beside the scheduler, if Slack is configured; tasks then stay in
    `duebot tasks` until it is."""
    if config.slack is None:
        log.info("Slack is not configured; staff tasks are listed by `duebot tasks`")
        return None
    slack = SlackService(config.slack, app.repo, app.clock, locale=config.business.locale,
                         timezone=config.business.timezone, profile=config.compliance.profile,
                         on_recorded=on_recorded)
    await slack.start()
    return slack


async def serve(config: Config) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    busy = asyncio.Lock()
    with open_app(config) as app:
        recovered = app.outbox.recover()
        if recovered:
            log.warning("emails left in an unknown state by a crash were reported to staff",
                        extra={"fields": {"count": len(recovered)}})
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            sweep_once,
            IntervalTrigger(minutes=config.schedule.sweep_every_minutes),
            args=(app, busy),
            id=SWEEP_JOB,
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )
        wake_sweep = sweep_waker(scheduler)
        inbox_busy = asyncio.Lock()
        stop_listening = threading.Event()
        if config.imap is not None:
            scheduler.add_job(
                read_inbox_once,
                IntervalTrigger(seconds=min(config.imap.check_every_minutes * 60,
                                            INBOX_LISTEN_SECONDS + 1)),
                args=(Inbox(app.repo, config, app.clock), inbox_busy, wake_sweep, stop_listening),
                id="inbox",
                max_instances=1,
                coalesce=True,
                next_run_time=datetime.now(UTC),
            )
        slack = await start_slack(config, app, on_recorded=wake_sweep)
        if slack is not None:
            scheduler.add_job(
                post_to_slack,
                IntervalTrigger(seconds=SLACK_POST_EVERY_SECONDS),
                args=(slack,),
                id="slack",
                max_instances=1,
                coalesce=True,
                next_run_time=datetime.now(UTC),
            )
        if config.owner_recap.enabled:
            scheduler.add_job(
                recap_if_due,
                IntervalTrigger(minutes=config.schedule.sweep_every_minutes),
                args=(OwnerRecapService(
                    app.repo, config, app.clock, app.outbox,
                    slack=slack.post_owner_recap if slack is not None else None), busy),
                id="owner-recap",
                max_instances=1,
                coalesce=True,
                next_run_time=datetime.now(UTC),
            )
        scheduler.start()
        log.info("duebot running", extra={"fields": {
            "sweep_every_minutes": config.schedule.sweep_every_minutes,
            "data_dir": str(config.storage.data_dir)}})
        await stop.wait()
        log.info("stopping: waiting for a sweep in progress to finish")
        scheduler.shutdown(wait=False)
        stop_listening.set()
        try:
            await asyncio.wait_for(busy.acquire(), timeout=SHUTDOWN_GRACE_SECONDS)
            await asyncio.wait_for(inbox_busy.acquire(), timeout=SHUTDOWN_GRACE_SECONDS)
        except TimeoutError:
            log.warning("work was still running at shutdown; it will be recovered at start")
        if slack is not None:
            await slack.stop()
        await app.sender.close()
    log.info("duebot stopped")


def run_forever(config: Config, *, verbose: bool = False) -> int:
    configure_logging(verbose)
    try:
        asyncio.run(serve(config))
    except WordingError as exc:
        log.error("cannot start: %s", exc, extra={"fields": {
            "file": str(exc.file), "text": exc.name, "reason": exc.reason}})
        return 2
    return 0
