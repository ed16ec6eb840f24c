"""Benchmark 10b: sending reminders through duebot's path (compose + SmtpSender) against plain
aiosmtplib sending the same messages, prebuilt, at the same concurrency, in the same run
(target: duebot at least 0.8 of the raw rate). Also composing alone.

    .venv/bin/python bench/bench_send.py [--messages 5000] [--connections 1 8]

The sink is aiosmtpd in a separate process (it counts messages and discards them), so the
server's CPU is not charged to the client. Both sides use N connections and N workers:
plain aiosmtplib workers each own one connection and `sendmail` prebuilt bytes. duebot's path
is how the outbox works: reminders are composed (templates, CSS inlining, MIME) by one task,
as the sweep queues them, and N tasks send them through one `SmtpSender` with
`connections=N`, joined by a short queue so composing overlaps waiting for the server.
"SmtpSender" is the same without composing (prebuilt messages). Connection set-up is inside
the timed window for duebot (it connects on demand) and outside it for the raw side. The
three ways alternate in rounds so that other load on the machine falls on all of them.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import aiosmtplib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import BusinessConfig, SmtpConfig
from bot.domain.models import Account, Contact, Invoice
from bot.domain.reminders import Reminder, idempotency_key
from bot.mail.compose import ReminderComposer
from bot.mail.smtp import SmtpSender

SINK = r"""
import sys
from aiosmtpd.controller import Controller

class Count:
    received = 0
    async def handle_DATA(self, server, session, envelope):
        Count.received += 1
        return "250 2.0.0 Ok: discarded"

controller = Controller(Count(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
print(Count.received, flush=True)
"""

ENVELOPE_FROM = "accounts@brightwater.example"
TEMPLATES = ("heads_up", "gentle", "firm", "final_notice", "birthday")
LOCALES = ("en_GB", "de_DE", "fr_FR", "en_US", None)
CURRENCIES = {"en_GB": "GBP", "de_DE": "EUR", "fr_FR": "EUR", "en_US": "USD", None: "GBP"}


@dataclass(frozen=True, slots=True)
class Work:
    reminder: Reminder
    account: Account
    invoices: list[Invoice]


@dataclass(frozen=True, slots=True)
class Row:
    connections: int
    raw: float
    sender_only: float
    ours: float
    raw_cpu: float
    our_cpu: float


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Sink:
    def __init__(self) -> None:
        self.port = free_port()
        self._process = subprocess.Popen(
            [sys.executable, "-c", SINK, str(self.port)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self._process.stdout is not None
        if self._process.stdout.readline().strip() != "ready":
            raise RuntimeError("the aiosmtpd sink did not start")

    def stop(self) -> int:
        out, _ = self._process.communicate("", timeout=30)
        return int(out.split()[-1])


def sample_work(count: int, pdf: Path) -> list[Work]:
    """`count` reminders: 1 to 3 invoices each, five locales, every tenth with a PDF."""
    planned = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    work = []
    for n in range(count):
        locale = LOCALES[n % len(LOCALES)]
        account_id = f"ACC-{n:05d}"
        account = Account(
            id=account_id, name=f"Customer {n} Ltd", locale=locale,
            contacts=(Contact(email=f"ap{n}@customer{n % 97}.example", name=f"Alex Doe {n}"),),
        )
        invoices = [
            Invoice(
                number=f"INV-{n:05d}-{k}", account_id=account_id,
                currency=CURRENCIES[locale], amount=Decimal(1000 + n % 900) + Decimal(k) / 4,
                balance=Decimal(900 + n % 800) + Decimal(k) / 4,
                issued_on=date(2026, 1, 10) + timedelta(days=k),
                due_on=date(2026, 2, 10) + timedelta(days=(n + k) % 30),
                pdf_path=str(pdf) if n % 10 == 0 and k == 0 else None,
                payment_link=f"https://pay.brightwater.example/i/{n}-{k}" if n % 2 else None,
            )
            for k in range(1 + n % 3)
        ]
        template = TEMPLATES[n % len(TEMPLATES)]
        numbers = tuple(i.number for i in invoices)
        reminder = Reminder(
            key=idempotency_key(account_id, template, numbers), account_id=account_id,
            step=template, template=template, to=account.emails, invoices=numbers,
            reason="bench", planned_at=planned,
        )
        work.append(Work(reminder, account, invoices))
    return work


def business() -> BusinessConfig:
    return BusinessConfig(
        name="Brightwater Joinery Ltd", from_address=ENVELOPE_FROM,
        reply_to="collections@brightwater.example",
        signature="Sam Taylor\nAccounts, Brightwater Joinery Ltd\n01632 960 123",
    )


async def send_raw(port: int, messages: list[tuple[bytes, tuple[str, ...]]],
                   connections: int) -> float:
    clients = [aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
               for _ in range(connections)]
    for client in clients:
        await client.connect()
    queue: Iterator[tuple[bytes, tuple[str, ...]]] = iter(messages)

    async def worker(client: aiosmtplib.SMTP) -> None:
        for raw, to in queue:
            await client.sendmail(ENVELOPE_FROM, list(to), raw)

    started = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in clients))
    elapsed = time.perf_counter() - started
    for client in clients:
        await client.quit()
    return len(messages) / elapsed


async def send_duebot(port: int, composer: ReminderComposer | None, work: list[Work],
                      prebuilt: list[tuple[bytes, tuple[str, ...]]], connections: int) -> float:
    """duebot's path: one task composes (the outbox's queue step), `connections` tasks send
    through one SmtpSender (its dispatch step), joined by a short queue. With no composer the
    prebuilt messages are sent, which measures the sender alone."""
    config = SmtpConfig(host="127.0.0.1", port=port, security="none", connections=connections)
    sender = SmtpSender(config)
    queue: asyncio.Queue[tuple[bytes, tuple[str, ...]] | None] = asyncio.Queue(2 * connections)
    failures: list[str] = []

    async def compose_all() -> None:
        for n, item in enumerate(work):
            if composer is None:
                await queue.put(prebuilt[n])
            else:
                email = composer.compose(item.reminder, item.account, item.invoices)
                await queue.put((email.raw, item.reminder.to))
        for _ in range(connections):
            await queue.put(None)

    async def send_all() -> None:
        while (message := await queue.get()) is not None:
            outcome = await sender.send(message[0], ENVELOPE_FROM, message[1])
            if not outcome.delivered:
                failures.append(outcome.describe())

    started = time.perf_counter()
    await asyncio.gather(compose_all(), *(send_all() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    await sender.close()
    if failures:
        raise RuntimeError(f"{len(failures)} sends failed, first: {failures[0]}")
    if sender.connections_opened != connections:
        raise RuntimeError(f"expected {connections} connections, opened "
                           f"{sender.connections_opened}")
    return len(work) / elapsed


def measure(port: int, composer: ReminderComposer, work: list[Work],
            prebuilt: list[tuple[bytes, tuple[str, ...]]], connections: int,
            rounds: int) -> Row:
    """The three ways in alternation, a slice of the messages per round, so that load from
    elsewhere on the machine falls on all of them alike."""
    elapsed = {"raw": 0.0, "sender": 0.0, "ours": 0.0}
    cpu = {"raw": 0.0, "ours": 0.0}
    size = -(-len(work) // rounds)
    for start in range(0, len(work), size):
        part, built = work[start:start + size], prebuilt[start:start + size]
        for way in ("raw", "sender", "ours"):
            wall, used = time.perf_counter(), time.process_time()
            if way == "raw":
                asyncio.run(send_raw(port, built, connections))
            else:
                asyncio.run(send_duebot(port, composer if way == "ours" else None, part, built,
                                        connections))
            elapsed[way] += time.perf_counter() - wall
            if way in cpu:
                cpu[way] += time.process_time() - used
    n = len(work)
    return Row(connections, n / elapsed["raw"], n / elapsed["sender"], n / elapsed["ours"],
               cpu["raw"] / n, cpu["ours"] / n)


def compose_rate(composer: ReminderComposer, work: list[Work]) -> float:
    started = time.perf_counter()
    for item in work:
        composer.compose(item.reminder, item.account, item.invoices)
    return len(work) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--rounds", type=int, default=5,
                        help="interleave the three ways in this many rounds (evens out noise)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "invoice.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 120 + b"\n%%EOF\n")
        work = sample_work(args.messages, pdf)
        composer = ReminderComposer(business())
        compose_rate(composer, work[:200])  # warm the template and attachment caches
        prebuilt = [
            (composer.compose(w.reminder, w.account, w.invoices).raw, w.reminder.to)
            for w in work
        ]
        alone = compose_rate(composer, work)
        mean_kib = sum(len(raw) for raw, _ in prebuilt) / len(prebuilt) / 1024

        sink = Sink()
        rows = []
        try:
            for connections in args.connections:
                rows.append(measure(sink.port, composer, work, prebuilt, connections,
                                    args.rounds))
        finally:
            received = sink.stop()
        expected = 3 * len(work) * len(args.connections)
        if received != expected:
            raise SystemExit(f"the sink received {received} messages, expected {expected}")

    print(f"bench_send: {args.messages} reminders per run, mean message {mean_kib:.1f} KiB, "
          f"sink received all {received}")
    print(f"composing alone: {alone:,.0f} msg/s ({1e6 / alone:,.0f} us per message)")
    print(f"{'connections':>11}  {'raw aiosmtplib':>14}  {'SmtpSender':>10}  "
          f"{'duebot path':>11}  {'ratio':>5}  {'client CPU/msg raw, duebot':>26}  "
          f"{'CPU ratio':>9}")
    for row in rows:
        ratio = row.ours / row.raw
        verdict = "ok" if ratio >= 0.8 else "BELOW TARGET 0.8"
        print(f"{row.connections:>11}  {row.raw:>12,.0f}/s  {row.sender_only:>8,.0f}/s  "
              f"{row.ours:>9,.0f}/s  {ratio:>5.2f}  "
              f"{row.raw_cpu * 1e6:>13,.0f} us, {row.our_cpu * 1e6:>5,.0f} us  "
              f"{row.raw_cpu / row.our_cpu:>9.2f}  {verdict}")
    print("ratio = duebot path / raw aiosmtplib. SmtpSender = duebot's sender on the prebuilt")
    print("messages. CPU ratio = the rate ratio to expect where the client, not the sink, limits.")


if __name__ == "__main__":
    main()
