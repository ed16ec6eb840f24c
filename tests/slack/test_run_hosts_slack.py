"""`duebot run` hosts the Slack app beside the scheduler: staff tasks reach the channel, the
HTTP endpoint answers Slack, and SIGTERM stops both cleanly."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.local_server import free_loopback_port
from bot.runtime.service import SWEEP_JOB, read_inbox_once, sweep_waker
from bot.services.ingest import IngestReport
from bot.services.outbox import record_task
from bot.store import open_repository
from tests.integration.book import account, seed
from tests.slack.stub_slack import ApiCall, StubSlack

REPO_ROOT = Path(__file__).resolve().parents[2]

CONFIG = """
[business]
name = "Brightwater Joinery Ltd"
from_address = "accounts@brightwater.example"
reply_to = "accounts@brightwater.example"
timezone = "Europe/London"

[smtp]
host = "127.0.0.1"
port = 9
security = "none"

[holidays]
country = ""

[storage]
data_dir = "{data_dir}"

[slack]
mode = "http"
bot_token = "xoxb-test"
signing_secret = "shhh"
channel = "C0TASKS01"
api_base_url = "{api}"

[slack.http]
host = "127.0.0.1"
port = {port}

[slack.staff]
users = ["U0STAFF01"]
"""


def task_cards(slack: StubSlack) -> list[ApiCall]:
    return [call for call in slack.called("chat.postMessage")
            if str(call.args.get("text")).startswith("Please call:")]


async def wait_for_line(stream: asyncio.StreamReader, text: bytes, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = await asyncio.wait_for(stream.readline(), deadline - time.monotonic())
        if text in line:
            return
        if not line:
            break
    raise AssertionError(f"duebot run never said {text!r}")


async def test_duebot_run_posts_open_tasks_to_slack_and_stops_cleanly(tmp_path: Path) -> None:
    slack = await StubSlack().start()
    data_dir = tmp_path / "data"
    now = datetime.now(UTC)
    repo = open_repository(data_dir)
    seed(repo, now, [account("ACME")], [])
    with repo.transaction() as tx:
        record_task(tx, StaffTask(id="call:ACME:1", account_id="ACME", kind=TaskKind.CALL,
                                  reason="Day 14: please call", created_at=now,
                                  due_on=now.date()))
    repo.close()
    port = free_loopback_port()
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(data_dir=data_dir, api=slack.url, port=port))

    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(config), "run",
        cwd=REPO_ROOT, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stderr is not None
    try:
        await wait_for_line(proc.stderr, b"duebot running", 30)
        await slack.wait_for("chat.postMessage")
        [card] = task_cards(slack)
        assert card.args["channel"] == "C0TASKS01"
        assert "Please call: Acme Ltd" in card.args["text"]

        async with aiohttp.ClientSession() as http:
            forged = await http.post(
                f"http://127.0.0.1:{port}/slack/events", data="payload=%7B%7D",
                headers={"X-Slack-Request-Timestamp": str(int(time.time())),
                         "X-Slack-Signature": "v0=forged",
                         "Content-Type": "application/x-www-form-urlencoded"})
            assert forged.status == 401

        proc.send_signal(signal.SIGTERM)
        rest = await asyncio.wait_for(proc.stderr.read(), 60)
        assert await proc.wait() == 0
        records = [json.loads(line) for line in rest.decode().splitlines()
                   if line.startswith("{")]
        assert records[-1]["msg"] == "duebot stopped"
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await slack.stop()
    assert len(task_cards(slack)) == 1, "the task is posted once (the daily digest may follow)"


async def test_waking_the_sweep_brings_its_next_run_forward_to_now() -> None:
    scheduler = AsyncIOScheduler(timezone=UTC)
    later = datetime.now(UTC) + timedelta(minutes=15)
    scheduler.add_job(lambda: None, IntervalTrigger(minutes=15), id=SWEEP_JOB,
                      next_run_time=later)
    scheduler.start(paused=True)
    try:
        sweep_waker(scheduler)()
        job = scheduler.get_job(SWEEP_JOB)
        assert job is not None and job.next_run_time <= datetime.now(UTC)
    finally:
        scheduler.shutdown(wait=False)


class OneRound:
    """An inbox whose round reads `ingested` replies (the IMAP side is tested against Dovecot
    elsewhere; here only what `duebot run` does with what it reports)."""

    def __init__(self, ingested: int) -> None:
        self.ingested = ingested

    def round(self, *, listen_seconds: float, stop: threading.Event | None,
              on_ingested: Callable[[], None] | None) -> IngestReport:
        if self.ingested and on_ingested is not None:
            on_ingested()
        return IngestReport(examined=self.ingested, ingested=self.ingested)


async def test_a_round_that_read_replies_wakes_the_sweep_and_an_empty_one_does_not() -> None:
    woken: list[int] = []
    for ingested in (0, 2):
        await read_inbox_once(OneRound(ingested), asyncio.Lock(),  # type: ignore[arg-type]
                              lambda n=ingested: woken.append(n))
        await asyncio.sleep(0)  # the wake is handed to the event loop from the reader's thread
    assert woken == [2]
