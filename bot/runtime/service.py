"""`duebot run`: the long-running process. APScheduler drives the reminder sweep; SIGTERM and
SIGINT stop it gracefully (a sweep in progress finishes its current sends first)."""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Config
from bot.runtime.app import App, open_app
from bot.runtime.structured_log import configure_logging

log = logging.getLogger("duebot.run")

SHUTDOWN_GRACE_SECONDS = 60


async def sweep_once(app: App, busy: asyncio.Lock) -> None:
    """One scheduled sweep; errors are logged and the schedule goes on."""
    async with busy:
        try:
            report = await app.sweep.run()
        except Exception:
            log.exception("reminder sweep failed; will try again at the next run")
            return
        log.info("reminder sweep finished", extra={"fields": report.summary()})


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
            id="reminder-sweep",
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
        try:
            await asyncio.wait_for(busy.acquire(), timeout=SHUTDOWN_GRACE_SECONDS)
        except TimeoutError:
            log.warning("a sweep was still running at shutdown; the outbox will recover it")
        await app.sender.close()
    log.info("duebot stopped")


def run_forever(config: Config, *, verbose: bool = False) -> int:
    configure_logging(verbose)
    asyncio.run(serve(config))
    return 0
