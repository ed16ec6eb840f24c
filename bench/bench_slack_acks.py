"""Benchmark: how fast duebot's Slack endpoint acknowledges button clicks (target p99 < 200 ms).

    .venv/bin/python bench/bench_slack_acks.py [--clicks 1000] [--concurrency 50]

Fires bursts of `--concurrency` concurrent signed `block_actions` requests ("No answer" on a
distinct open call task each, so every click records an outcome and updates its card after the
ack) at duebot's HTTP endpoint, and measures each request's acknowledgement latency and the
throughput of each burst. In the same run, burst for burst (interleaved), the same clicks go
to a bare AsyncApp on the same aiohttp adapter whose only listener acks; the figures are
printed side by side with the ratio. Between rounds the bench waits until duebot has recorded
every outcome and updated every card, and reports how long that took after the last ack.
The load generator (aiohttp client) and the stub of Slack's Web API run in their own
processes, so their CPU is not charged to the server.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import SimulatedClock
from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.call_outcomes import Outcome
from bot.services.outbox import record_task
from bot.slack.cards import outcome_action_id, task_card
from bot.slack.facts import card_facts
from bot.slack.service import SlackService, slack_web_app
from bot.slack.settings import SlackConfig
from bot.store import open_repository
from bot.store.repository import Repository

SECRET = "bench-signing-secret"
STAFF = "W0BENCH"
CHANNEL = "C0BENCH"
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "slack"


@dataclass(frozen=True, slots=True)
class Figures:
    name: str
    latencies: list[float]
    seconds: float

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def line(self) -> str:
        return (f"{self.name:<28} {len(self.latencies):>6} clicks  "
                f"p50 {self.percentile(50) * 1000:7.1f} ms  "
                f"p99 {self.percentile(99) * 1000:7.1f} ms  "
                f"max {max(self.latencies) * 1000:7.1f} ms  "
                f"{self.throughput:8.0f} req/s")


async def serve_stub_slack() -> None:
    """Slack's Web API (run in its own process): answers ok to everything, counts calls."""
    counter = iter(range(1, 10**9))
    calls: dict[str, int] = {}

    async def answer(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.can_read_body:
            await request.read()
        calls[method] = calls.get(method, 0) + 1
        body: dict[str, object] = {"ok": True, "ts": f"1700000000.{next(counter):06d}",
                                   "channel": CHANNEL}
        if method == "auth.test":
            body.update(team_id="T0BENCH", user_id="U0BOT", bot_id="B0BOT")
        return web.json_response(body)

    async def count(request: web.Request) -> web.Response:
        return web.json_response(calls)

    app = web.Application()
    app.router.add_get("/calls", count)
    app.router.add_route("*", "/api/{method}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    print(runner.addresses[0][1], flush=True)
    await asyncio.Event().wait()


def seed(repo: Repository, tasks: int) -> list[str]:
    ids = []
    with repo.transaction() as tx:
        for n in range(tasks):
            account_id = f"ACC{n:05d}"
            number = f"INV-{n:05d}"
            tx.put_account(Account(account_id, f"Customer {n}",
                                   (Contact(f"ap@c{n}.example", "AP", "+44 1632 960 000"),)))
            tx.put_invoice(Invoice(number, account_id, "GBP", Decimal("250.00"),
                                   Decimal("250.00"), date(2026, 9, 1), date(2026, 10, 1)))
            task = StaffTask(id=f"call:{account_id}", account_id=account_id, kind=TaskKind.CALL,
                             reason="Overdue after two reminders", created_at=NOW,
                             due_on=NOW.date(), invoices=(number,))
            record_task(tx, task)
            ids.append(task.id)
    return ids


def posted_card(repo: Repository, task_id: str) -> list[dict[str, Any]]:
    """The task's card as duebot posts it (Slack sends it back with each click)."""
    task = repo.task(task_id)
    assert task is not None
    return [block.to_dict() for block in task_card(card_facts(repo, task, locale="en_GB"),
                                                   NOW.date())]


def click_body(task_id: str, card: list[dict[str, Any]]) -> str:
    payload = json.loads((CORPUS / "block_actions" / "bolt-python-01.json").read_text("utf-8"))
    payload["user"]["id"] = STAFF
    payload["container"] = {"type": "message", "message_ts": "1700000000.000001",
                            "channel_id": CHANNEL, "is_ephemeral": False}
    payload["message"] = {"type": "message", "ts": "1700000000.000001", "blocks": card}
    payload["actions"][0].update(action_id=outcome_action_id(Outcome.NO_ANSWER),
                                 value=task_id, block_id="duebot:outcomes")
    return urlencode({"payload": json.dumps(payload)})


def signed(body: str) -> dict[str, str]:
    stamp = str(int(time.time()))
    digest = hmac.new(SECRET.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
    return {"Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest.hexdigest()}"}


async def fire(url: str, bodies: list[str], concurrency: int) -> tuple[list[float], float]:
    """Send every body (signed now), `concurrency` at a time: latencies and wall time."""
    latencies: list[float] = []
    slots = asyncio.Semaphore(concurrency)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def one(body: str) -> None:
            async with slots:
                headers = signed(body)
                started = time.perf_counter()
                async with http.post(url, data=body, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        raise RuntimeError(f"{url}: HTTP {response.status}")
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(one(body) for body in bodies))
        return latencies, time.perf_counter() - started


async def fire_from_child(name: str, url: str, bodies: list[str], concurrency: int) -> Figures:
    """Run `fire` in a separate process, so the load generator's CPU is not the server's."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(bodies, file)
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--fire", url, "--bodies", file.name,
        "--concurrency", str(concurrency), stdout=asyncio.subprocess.PIPE)
    out, _ = await child.communicate()
    Path(file.name).unlink()
    if child.returncode != 0:
        raise RuntimeError(f"{name}: the load generator failed ({child.returncode})")
    result = json.loads(out)
    return Figures(name, result["latencies"], result["seconds"])


async def bare_app(api_url: str, session: aiohttp.ClientSession) -> tuple[web.AppRunner, str]:
    client = AsyncWebClient(token="xoxb-bench", base_url=api_url, session=session)
    app = AsyncApp(client=client, signing_secret=SECRET, process_before_response=False)

    async def just_ack(ack: AsyncAck) -> None:
        await ack()

    app.action(re.compile(".*"))(just_ack)
    runner = web.AppRunner(slack_web_app(app, "/slack/events"), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"


async def stub_calls(http: aiohttp.ClientSession, stub: str, method: str) -> int:
    async with http.get(f"{stub}/calls") as response:
        calls: dict[str, int] = await response.json()
    return calls.get(method, 0)


async def drain(repo: Repository, http: aiohttp.ClientSession, stub: str, expected: int) -> float:
    """Wait until every click is recorded and its card updated; seconds after the last ack."""
    started = time.perf_counter()
    while (sum(1 for e in repo.events() if e.type == EventType.TASK_DONE) < expected
           or await stub_calls(http, stub, "chat.update") < expected):
        await asyncio.sleep(0.05)
    return time.perf_counter() - started


async def rounds(
    targets: Sequence[tuple[str, str]], bodies: list[str], concurrency: int,
    after_round: Callable[[int], Awaitable[float]],
) -> tuple[list[Figures], list[float]]:
    """Fire the clicks `concurrency` at a time, one burst per round at each target in turn
    (interleaved, so both see the same machine load); after each round, `after_round` (given
    how many clicks so far) waits for the work that follows the acks."""
    latencies: dict[str, list[float]] = {name: [] for name, _ in targets}
    seconds = dict.fromkeys(latencies, 0.0)
    drains: list[float] = []
    for start in range(0, len(bodies), concurrency):
        for name, url in targets:
            burst = await fire_from_child(name, url, bodies[start:start + concurrency],
                                          concurrency)
            latencies[name] += burst.latencies
            seconds[name] += burst.seconds
        drains.append(await after_round(start + concurrency))
    return [Figures(name, latencies[name], seconds[name]) for name, _ in targets], drains


async def main(clicks: int, concurrency: int) -> None:
    stub = await asyncio.create_subprocess_exec(sys.executable, __file__, "--stub",
                                                stdout=asyncio.subprocess.PIPE)
    assert stub.stdout is not None
    stub_url = f"http://127.0.0.1:{int(await stub.stdout.readline())}"
    api_url = f"{stub_url}/api/"
    session = aiohttp.ClientSession()
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            repo = open_repository(Path(data_dir))
            task_ids = seed(repo, clicks)
            config = SlackConfig.model_validate({
                "mode": "http", "bot_token": "xoxb-bench", "signing_secret": SECRET,
                "channel": CHANNEL, "http": {"host": "127.0.0.1", "port": 0},
                "staff": {"users": [STAFF]}, "api_base_url": api_url})
            service = SlackService(config, repo, SimulatedClock(NOW))
            await service.start()
            bodies = [click_body(task_id, posted_card(repo, task_id)) for task_id in task_ids]
            bare_runner, bare_url = await bare_app(api_url, session)

            async def settled(done: int) -> float:
                return await drain(repo, session, stub_url, min(done, clicks))

            try:
                (bare, duebot), drains = await rounds(
                    [("bare AsyncApp (ack only)", bare_url),
                     ("duebot (ack, then record)",
                      f"http://127.0.0.1:{service.port}/slack/events")],
                    bodies, concurrency, settled)
            finally:
                await bare_runner.cleanup()
                await service.stop()
                repo.close()
    finally:
        await session.close()
        stub.terminate()
        await stub.wait()

    print(f"{clicks} signed button clicks in bursts of {concurrency} concurrent, HTTP on "
          "loopback; load generator and Slack stub in their own processes")
    print(bare.line())
    print(duebot.line())
    print(f"ratio duebot/bare: p50 x{duebot.percentile(50) / bare.percentile(50):.2f}, "
          f"p99 x{duebot.percentile(99) / bare.percentile(99):.2f}, "
          f"throughput x{duebot.throughput / bare.throughput:.2f}")
    print(f"after each burst's last ack, its {concurrency} outcomes were recorded and cards "
          f"updated within {statistics.median(drains) * 1000:.0f} ms (median), "
          f"{max(drains) * 1000:.0f} ms (worst)")
    print(f"p99 target < 200 ms: {'met' if duebot.percentile(99) < 0.2 else 'NOT met'}")


def child_main(args: argparse.Namespace) -> None:
    if args.stub:
        asyncio.run(serve_stub_slack())
        return
    bodies = json.loads(Path(args.bodies).read_text("utf-8"))
    latencies, seconds = asyncio.run(fire(args.fire, bodies, args.concurrency))
    print(json.dumps({"latencies": latencies, "seconds": seconds}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=1000, help="in all, over the bursts")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--stub", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fire", help=argparse.SUPPRESS)
    parser.add_argument("--bodies", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stub or args.fire:
        child_main(args)
    else:
        asyncio.run(main(args.clicks, args.concurrency))
