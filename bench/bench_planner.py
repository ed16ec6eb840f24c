"""Benchmark 10a: planning over 10,000 accounts, 30,000 invoices and 200,000 log events.

Measures the planning a sweep does: folding every account's state from its log events, then
`plan(...)` (holiday calendar, compliance checks, combining, keys). Domain objects are built
directly (no store). Target: under 2 s wall time.

Baseline, in the same run: a bare loop doing comparable raw work and nothing else: group the
same events by account and read each event's type and time, then for each invoice compare its
days overdue with every cadence offset. The ratio planner/baseline says what the planner's
rules and bookkeeping cost on top of touching the same data.

Peak memory is measured in a separate pass under tracemalloc (which slows Python down, so it
is not timed), and the process's max RSS is printed too.

    .venv/bin/python bench/bench_planner.py [--accounts 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import Config, parse_config
from bot.domain.account_state import AccountState, fold_account_state
from bot.domain.events import Event, EventType
from bot.domain.models import (
    Account,
    Contact,
    Invoice,
    InvoiceStatus,
    PaymentHistory,
)
from bot.domain.planner import Plan, plan

NOW = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)  # a Tuesday, inside the send window
TIMEZONES = (None, None, None, "Europe/Berlin", "America/New_York", "Australia/Sydney")


def make_config() -> Config:
    return parse_config({
        "business": {"name": "Bench Ltd", "from_address": "ar@bench.example",
                     "reply_to": "collections@bench.example"},
        "holidays": {"country": "GB", "subdivision": "ENG"},
        "limits": {"max_emails_per_7_days": 3},
    })


def make_accounts(n: int, rng: random.Random) -> list[Account]:
    accounts = []
    for i in range(n):
        contacts = tuple(Contact(email=f"ap{j}@c{i}.example", name=f"AP {j}")
                         for j in range(rng.choice((1, 1, 2, 3))))
        paid = rng.randint(0, 20)
        accounts.append(Account(
            id=f"C{i:05d}",
            name=f"Customer {i}",
            contacts=contacts,
            timezone=rng.choice(TIMEZONES),
            birthday=date(1970 + i % 30, 3, 10) if i % 97 == 0 else None,
            history=PaymentHistory(invoices_paid=paid, paid_on_time=rng.randint(0, paid)),
        ))
    return accounts


def make_invoices(accounts: Sequence[Account], per_account: int,
                  rng: random.Random) -> list[Invoice]:
    invoices = []
    today = NOW.date()
    for account in accounts:
        for k in range(per_account):
            due = today - timedelta(days=rng.randint(-20, 70))
            status = rng.choices(list(InvoiceStatus), weights=(70, 25, 3, 2))[0]
            amount = Decimal(rng.randint(50, 5000))
            invoices.append(Invoice(
                number=f"{account.id}-{k}",
                account_id=account.id,
                currency="GBP",
                amount=amount,
                balance=amount if status is InvoiceStatus.OPEN else Decimal(0),
                issued_on=due - timedelta(days=30),
                due_on=due,
                status=status,
            ))
    return invoices


def _email_events(account: Account, numbers: tuple[str, ...], step: str, at: datetime,
                  n: int) -> list[tuple[str, datetime, tuple[str, ...], dict[str, Any]]]:
    key = f"{account.id}-{step}-{n}"
    to = list(account.emails)
    return [
        (EventType.EMAIL_QUEUED, at, numbers, {"key": key, "message_id": f"<{key}>",
                                               "step": step, "template": step, "to": to,
                                               "subject": "Invoice reminder"}),
        (EventType.EMAIL_ATTEMPTED, at, numbers, {"key": key, "message_id": f"<{key}>"}),
        (EventType.EMAIL_SENT, at, numbers, {"key": key, "message_id": f"<{key}>", "to": to,
                                             "step": step}),
    ]


def _cadence_history(account: Account, inv: Invoice, config: Config, rng: random.Random,
                     ) -> list[tuple[str, datetime, tuple[str, ...], dict[str, Any]]]:
    """What a running duebot would have logged for this invoice's cadence so far: each step
    whose day has passed, taken (email life-cycle or staff task) or, now and then, missed."""
    drafts: list[tuple[str, datetime, tuple[str, ...], dict[str, Any]]] = []
    for n, step in enumerate(config.cadence):
        day = inv.due_on + timedelta(days=step.offset_days)
        if day >= NOW.date() or rng.random() < 0.15:
            continue
        at = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
        if step.channel == "email":
            drafts.extend(_email_events(account, (inv.number,), step.name, at, n))
        else:
            drafts.append((EventType.TASK_CREATED, at, (inv.number,),
                           {"task_id": f"{inv.number}-{step.name}", "kind": step.channel,
                            "reason": "cadence", "step": step.name,
                            "due_on": day.isoformat()}))
    return drafts


def make_events(accounts: Sequence[Account], invoices: Sequence[Invoice], total: int,
                config: Config, rng: random.Random) -> list[Event]:
    """A realistic mix: each invoice's cadence history so far (mostly the email life-cycle),
    invoice and payment updates, replies, pauses, stops, promises, deferrals and notes."""
    by_account: dict[str, list[Invoice]] = defaultdict(list)
    for inv in invoices:
        by_account[inv.account_id].append(inv)
    per_account = total // len(accounts)
    events: list[Event] = []
    for account in accounts:
        own = by_account[account.id]
        drafts: list[tuple[str, datetime, tuple[str, ...], dict[str, Any]]] = []
        for inv in own:
            drafts.append((EventType.INVOICE_UPDATED, NOW - timedelta(days=90), (inv.number,),
                           {"number": inv.number, "amount": str(inv.amount),
                            "balance": str(inv.balance), "currency": "GBP",
                            "due_on": inv.due_on.isoformat(), "status": str(inv.status),
                            "source": "import"}))
            drafts.extend(_cadence_history(account, inv, config, rng))
        n = 0
        while len(drafts) < per_account:
            inv = rng.choice(own)
            at = NOW - timedelta(days=rng.randint(0, 80), hours=rng.randint(0, 23))
            roll = rng.random()
            if roll < 0.30:
                drafts.append((EventType.PAYMENT_RECORDED, at, (inv.number,),
                               {"reference": f"R{n}", "amount": "10", "currency": "GBP",
                                "received_on": at.date().isoformat(),
                                "allocations": {inv.number: "10"}, "source": "import"}))
            elif roll < 0.60:
                drafts.append((EventType.REPLY_RECEIVED, at, (inv.number,),
                               {"message_id": f"<r{n}>", "from": "x", "subject": "Re",
                                "intent": "acknowledged", "new_text": "thanks"}))
            elif roll < 0.70:
                drafts.append((EventType.INVOICES_PAUSED, at, (inv.number,),
                               {"reason": "dispute", "until": None}))
            elif roll < 0.75:
                drafts.append((EventType.INVOICES_RESUMED, at, (inv.number,), {"reason": "ok"}))
            elif roll < 0.78 and account.emails:
                drafts.append((EventType.CONTACT_STOPPED, at, (),
                               {"address": account.emails[0], "reason": "cease"}))
            elif roll < 0.85:
                drafts.append((EventType.PROMISE_MADE, at, (inv.number,),
                               {"date": (at + timedelta(days=7)).date().isoformat(),
                                "amount": "100", "currency": "GBP", "source": "reply"}))
            elif roll < 0.88:
                drafts.append((EventType.REMINDERS_DEFERRED, at, (),
                               {"until": (at + timedelta(days=5)).date().isoformat(),
                                "reason": "out of office"}))
            else:
                drafts.append((EventType.NOTE, at, (), {"text": "spoke to AP"}))
            n += 1
        drafts.sort(key=lambda d: d[1])
        for seq, (type_, at, numbers, data) in enumerate(drafts[-per_account:], start=1):
            events.append(Event(account_id=account.id, seq=seq, type=str(type_), at=at,
                                actor="bench", invoices=numbers, data=data))
    return events[:total]


def fold_states(events: Sequence[Event]) -> dict[str, AccountState]:
    by_account: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_account[event.account_id].append(event)
    return {account_id: fold_account_state(evs) for account_id, evs in by_account.items()}


def fold_and_plan(accounts: Sequence[Account], invoices: Sequence[Invoice],
                  events: Sequence[Event], config: Config) -> Plan:
    return plan(accounts, invoices, fold_states(events), config, NOW)


def baseline(accounts: Sequence[Account], invoices: Sequence[Invoice],
             events: Sequence[Event], config: Config) -> int:
    """The raw work: group events by account touching type and time; compare every invoice's
    days overdue with every cadence offset."""
    by_account: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
    for event in events:
        by_account[event.account_id].append((event.type, event.at))
    offsets = [s.offset_days for s in config.cadence]
    today = NOW.date()
    hits = 0
    for inv in invoices:
        if inv.status is InvoiceStatus.OPEN:
            days = (today - inv.due_on).days
            for offset in offsets:
                if offset <= days:
                    hits += 1
    return hits + len(by_account)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--invoices-per-account", type=int, default=3)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    rng = random.Random(20260310)
    config = make_config()
    accounts = make_accounts(args.accounts, rng)
    invoices = make_invoices(accounts, args.invoices_per_account, rng)
    events = make_events(accounts, invoices, args.events, config, rng)
    print(f"data: {len(accounts):,} accounts, {len(invoices):,} invoices, "
          f"{len(events):,} events (planning at {NOW.isoformat()})")

    result = fold_and_plan(accounts, invoices, events, config)
    plan_times = timed(lambda: fold_and_plan(accounts, invoices, events, config), args.repeat)
    base_times = timed(lambda: baseline(accounts, invoices, events, config), args.repeat)
    fold_times = timed(lambda: fold_states(events), args.repeat)
    states = fold_states(events)
    plan_only = timed(lambda: plan(accounts, invoices, states, config, NOW), args.repeat)

    tracemalloc.start()
    fold_and_plan(accounts, invoices, events, config)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    best, median = min(plan_times), statistics.median(plan_times)
    base = min(base_times)
    held_by_rule: dict[str, int] = defaultdict(int)
    for held in result.held:
        held_by_rule[held.rule] += 1
    print(f"plan: {len(result.due):,} due, {len(result.tasks):,} tasks, "
          f"{len(result.held):,} held ({dict(sorted(held_by_rule.items()))}), "
          f"{len(result.skipped):,} skipped")
    print(f"fold + plan wall time: best {best:.3f} s, median {median:.3f} s "
          f"of {args.repeat} (target < 2 s: {'met' if best < 2 else 'MISSED'})")
    print(f"  of which folding states: best {min(fold_times):.3f} s; "
          f"planning: best {min(plan_only):.3f} s")
    print(f"baseline (group events + raw due-date comparisons): best {base:.3f} s")
    print(f"ratio planner / baseline: {best / base:.1f}x")
    print(f"peak traced memory during fold + plan: {peak / 2**20:.1f} MiB; "
          f"process max RSS {max_rss_mb:.0f} MiB (includes the generated data)")


if __name__ == "__main__":
    main()
