"""Benchmark 10c: the cost of appending one event, durable commit included, when the log
already holds 1,000 and 100,000 events (target: ratio at most 2), next to plain TinyDB doing
one insert at the same sizes in the same run.

    .venv/bin/python bench/bench_event_append.py [--appends N] [--dir PATH]

Each timed append is its own transaction (journal line written and fsynced before it returns).
The store is prefilled through the repository in large transactions, then snapshotted and
reopened, so the timed appends start from the steady state a long-running store is in.
Snapshots do not fall inside the timed window; their cost is measured separately and shown
spread over the appends between two snapshots ("amortised"). The appends to the 1,000 and the
100,000 store are interleaved so both see the same disk; a second pass stubs out fdatasync to
show the store's own (CPU) cost without the disk's noise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.events import EventType
from bot.store import TinyDBRepository, open_repository
from bot.store.tinydb_repository import (
    DEFAULT_SNAPSHOT_EVERY,
    DEFAULT_SNAPSHOT_RATIO,
)

SIZES = (1_000, 100_000)
SPREAD_ACCOUNTS = 1_000
PREFILL_BATCH = 5_000
AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
DATA = {"key": "k-0000000000", "message_id": "<m-0000000000@duebot.example>",
        "step": "gentle", "to": ["ap@customer.example"]}


@dataclass
class Figures:
    median_us: float
    mean_us: float
    p99_us: float
    open_s: float
    snapshot_s: float
    amortised_snapshot_us: float


def _append(repo: TinyDBRepository, account: str) -> None:
    with repo.transaction() as tx:
        tx.append(account, EventType.EMAIL_SENT, at=AT, actor="bench", invoices=["INV-1"],
                  data=DATA)


def _accounts(scenario: str) -> list[str]:
    if scenario == "single":
        return ["ACC-SOLO"]
    return [f"ACC-{i:05d}" for i in range(SPREAD_ACCOUNTS)]


def prefill(data_dir: Path, accounts: list[str], size: int) -> None:
    """`size` events through the repository, in large transactions, then a snapshot."""
    with open_repository(data_dir) as repo:
        done = 0
        while done < size:
            batch = min(PREFILL_BATCH, size - done)
            with repo.transaction() as tx:
                for i in range(done, done + batch):
                    tx.append(accounts[i % len(accounts)], EventType.EMAIL_SENT, at=AT,
                              actor="bench", invoices=["INV-1"], data=DATA)
            done += batch
        repo.snapshot()


def measure_stores(root: Path, scenario: str, appends: int, durable: bool
                   ) -> dict[int, Figures]:
    """Append to the store at each size in turn (interleaved, so that both see the same
    disk conditions), each append its own transaction."""
    accounts = _accounts(scenario)
    rng = random.Random(7)
    dirs = {size: root / f"{scenario}-{size}-{durable}" for size in SIZES}
    for size, data_dir in dirs.items():
        prefill(data_dir, accounts, size)
    repos: dict[int, TinyDBRepository] = {}
    open_s: dict[int, float] = {}
    for size, data_dir in dirs.items():
        started = time.perf_counter()
        repos[size] = open_repository(data_dir)
        open_s[size] = time.perf_counter() - started
        assert repos[size].event_count() == size
    timings: dict[int, list[float]] = {size: [] for size in SIZES}
    real_fdatasync = os.fdatasync
    if not durable:
        os.fdatasync = lambda fd: None
    try:
        for _ in range(appends):
            for size, repo in repos.items():
                account = rng.choice(accounts)
                t0 = time.perf_counter_ns()
                _append(repo, account)
                timings[size].append((time.perf_counter_ns() - t0) / 1000)
    finally:
        os.fdatasync = real_fdatasync
    figures = {}
    for size, repo in repos.items():
        snapshot = dirs[size] / "snapshot.json"
        bytes_per_event = snapshot.stat().st_size / size
        started = time.perf_counter()
        repo.snapshot()
        snapshot_s = time.perf_counter() - started
        repo.close()
        between = max(DEFAULT_SNAPSHOT_EVERY,
                      DEFAULT_SNAPSHOT_RATIO * snapshot.stat().st_size / bytes_per_event)
        ordered = sorted(timings[size])
        figures[size] = Figures(
            median_us=statistics.median(ordered),
            mean_us=statistics.fmean(ordered),
            p99_us=ordered[int(len(ordered) * 0.99) - 1],
            open_s=open_s[size],
            snapshot_s=snapshot_s,
            amortised_snapshot_us=snapshot_s * 1e6 / between,
        )
    return figures


def _doc(i: int) -> dict[str, object]:
    return {"account_id": f"ACC-{i % SPREAD_ACCOUNTS:05d}", "seq": i, "type": "email_sent",
            "at": AT.isoformat(), "actor": "bench", "invoices": ["INV-1"], "data": DATA,
            "prev_hash": "0" * 64, "hash": "f" * 64}


def measure_raw_json(root: Path, size: int) -> float:
    """Median µs of one `insert` on plain TinyDB (default JSONStorage) holding `size` docs."""
    path = root / f"raw-{size}.json"
    path.write_text(json.dumps({"_default": {str(i): _doc(i) for i in range(1, size + 1)}}))
    reps = 30 if size <= 10_000 else 3
    timings = []
    with TinyDB(path) as db:
        for i in range(reps):
            t0 = time.perf_counter_ns()
            db.insert(_doc(size + 1 + i))
            timings.append((time.perf_counter_ns() - t0) / 1000)
    path.unlink()
    return statistics.median(timings)


def measure_raw_memory(size: int) -> float:
    """Median µs of one `insert` on plain TinyDB (MemoryStorage) holding `size` docs."""
    db = TinyDB(storage=MemoryStorage)
    db.storage.write({"_default": {str(i): _doc(i) for i in range(1, size + 1)}})
    table = db.table("_default")
    timings = []
    for i in range(200):
        t0 = time.perf_counter_ns()
        table.insert(_doc(size + 1 + i))
        timings.append((time.perf_counter_ns() - t0) / 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appends", type=int, default=2000, help="timed appends per case")
    parser.add_argument("--dir", type=Path, default=None, help="where to build the stores")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="duebot-bench-", dir=args.dir))
    try:
        raw_json = {size: measure_raw_json(root, size) for size in SIZES}
        raw_mem = {size: measure_raw_memory(size) for size in SIZES}
        print(f"event append ({args.appends} timed appends per case, 1k and 100k interleaved)")
        print(f"{'case':<34}{'median µs':>10}{'mean µs':>10}{'p99 µs':>10}{'open s':>8}"
              f"{'snapshot s':>11}{'+amort µs':>10}{'÷ tinydb json':>14}{'÷ tinydb mem':>13}")
        for durable in (True, False):
            for scenario in ("spread", "single"):
                figures = measure_stores(root, scenario, args.appends, durable)
                _report(scenario, durable, figures, raw_json, raw_mem)
        print("plain TinyDB, one insert (median µs):")
        for size in SIZES:
            print(f"  @{size:>7,}: JSONStorage {raw_json[size]:>12.1f}   "
                  f"MemoryStorage {raw_mem[size]:>10.1f}")
        print(f"  ratio {SIZES[1]:,} / {SIZES[0]:,}: JSONStorage "
              f"{raw_json[SIZES[1]] / raw_json[SIZES[0]]:.1f}, MemoryStorage "
              f"{raw_mem[SIZES[1]] / raw_mem[SIZES[0]]:.1f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _report(scenario: str, durable: bool, figures: dict[int, Figures],
            raw_json: dict[int, float], raw_mem: dict[int, float]) -> None:
    who = f"{SPREAD_ACCOUNTS:,} accts" if scenario == "spread" else "1 acct"
    how = "fsync" if durable else "no fsync"
    for size in SIZES:
        f = figures[size]
        label = f"{scenario} {who}, {how} @{size:,}"
        print(f"{label:<34}{f.median_us:>10.1f}{f.mean_us:>10.1f}{f.p99_us:>10.1f}"
              f"{f.open_s:>8.2f}{f.snapshot_s:>11.2f}{f.amortised_snapshot_us:>10.1f}"
              f"{f.median_us / raw_json[size]:>14.3g}{f.median_us / raw_mem[size]:>13.3g}")
    small, big = figures[SIZES[0]], figures[SIZES[1]]
    amortised = ((big.mean_us + big.amortised_snapshot_us)
                 / (small.mean_us + small.amortised_snapshot_us))
    print(f"  ratio {SIZES[1]:,} / {SIZES[0]:,}: median {big.median_us / small.median_us:.2f}, "
          f"mean {big.mean_us / small.mean_us:.2f}, mean + amortised snapshot {amortised:.2f}"
          "  (target <= 2)")


if __name__ == "__main__":
    main()
