"""Benchmark 10b, whole path: one `duebot` sweep that plans, composes, durably queues and sends
N reminders through the outbox to an aiosmtpd sink, against plain aiosmtplib sending the very
same messages (the bytes the outbox stored) at the same concurrency, in the same run.

    .venv/bin/python bench/bench_sweep_send.py [--messages 5000] [--connections 8]

Unlike bench_send.py (composing + sending only), this includes what makes the outbox safe:
every email is an `email_queued`, `email_attempted` and `email_sent` event, each appended to
the journal and fsynced before the next step, plus the planner over the whole book.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_send import ENVELOPE_FROM, Sink, send_raw

from bot.clock import SimulatedClock
from bot.config import parse_config
from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.runtime.app import open_app
from bot.store import open_repository
from bot.store.repository import OutboxState

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
LOCALES = ("en_GB", "de_DE", "fr_FR", "en_US")
CURRENCIES = {"en_GB": "GBP", "de_DE": "EUR", "fr_FR": "EUR", "en_US": "USD"}


def seed(data_dir: Path, count: int) -> None:
    """`count` accounts, each with 1 to 3 invoices two days overdue (one gentle email each)."""
    repo = open_repository(data_dir)
    due = (NOW - timedelta(days=2)).date()
    try:
        for start in range(0, count, 500):
            with repo.transaction() as tx:
                for n in range(start, min(count, start + 500)):
                    locale = LOCALES[n % len(LOCALES)]
                    account = Account(f"ACC-{n:05d}", f"Customer {n} Ltd",
                                      (Contact(f"ap{n}@customer{n % 97}.example", "Alex"),),
                                      locale=locale)
                    tx.put_account(account)
                    tx.append(account.id, EventType.ACCOUNT_UPDATED, at=NOW, actor="bench",
                              data={"name": account.name, "source": "bench"})
                    for k in range(1 + n % 3):
                        amount = Decimal(1000 + n % 900) + Decimal(k) / 4
                        tx.put_invoice(Invoice(f"INV-{n:05d}-{k}", account.id,
                                               CURRENCIES[locale], amount, amount,
                                               date(2026, 1, 10), due))
    finally:
        repo.close()


def config_for(data_dir: Path, port: int, connections: int) -> dict[str, object]:
    return {
        "business": {"name": "Brightwater Joinery Ltd", "from_address": ENVELOPE_FROM,
                     "reply_to": ENVELOPE_FROM, "signature": "Sam", "timezone": "UTC"},
        "smtp": {"host": "127.0.0.1", "port": port, "security": "none",
                 "connections": connections},
        "send_window": {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                        "start": "00:00:00", "end": "23:59:59"},
        "holidays": {"country": None},
        "storage": {"data_dir": str(data_dir)},
    }


def one_round(sink_port: int, count: int, connections: int) -> tuple[float, float]:
    """A fresh book of `count` accounts: seconds for duebot's sweep, then for plain
    aiosmtplib sending the bytes the outbox stored, on the same number of connections."""
    with tempfile.TemporaryDirectory(prefix="duebot-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        seed(data_dir, count)
        config = parse_config(config_for(data_dir, sink_port, connections))
        with open_app(config, clock=SimulatedClock(NOW)) as app:
            started = time.perf_counter()
            report = asyncio.run(app.sweep.run())
            ours = time.perf_counter() - started
            sent = app.repo.outbox_entries([OutboxState.SENT])
            messages = [(app.repo.read_blob(e.message_blob), e.to) for e in sent]
        if len(sent) != count:
            raise SystemExit(f"expected {count} sent, got {report.summary()}")
        started = time.perf_counter()
        asyncio.run(send_raw(sink_port, messages, connections))
        return ours, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5,
                        help="alternate the two ways in this many rounds (load falls on both)")
    args = parser.parse_args()

    sink = Sink()
    per_round = -(-args.messages // args.rounds)
    ours = raw = 0.0
    for _ in range(args.rounds):
        took_ours, took_raw = one_round(sink.port, per_round, args.connections)
        ours, raw = ours + took_ours, raw + took_raw
    received = sink.stop()

    n = per_round * args.rounds
    print(f"{n} reminders in {args.rounds} rounds, {args.connections} connections, "
          f"sink received {received}")
    print(f"  duebot sweep (plan+compose+queue+send+record): {n / ours:8.0f} msg/s "
          f"({ours:.2f} s)")
    print(f"  plain aiosmtplib, same bytes (incl. connect):  {n / raw:8.0f} msg/s "
          f"({raw:.2f} s)")
    print(f"  ratio duebot/raw: {raw / ours:.2f}")


if __name__ == "__main__":
    main()
