"""An acknowledged fact survives kill -9, and the database always opens afterwards.

A real child process appends transactions as fast as it can, printing each one after the
`with repo.transaction()` block has returned (i.e. once acknowledged). The parent kills it with
SIGKILL after a random delay, reopens the store and checks that every acknowledged fact is there,
that every account's chain verifies, and that each transaction landed whole. A small
`snapshot_every` and padded events make snapshots frequent and slow enough that many kills land
in the middle of one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from bot.domain.events import verify_chain
from bot.store import open_repository

REPO_ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30
SNAPSHOT_EVERY = 60

CHILD = """
import random, sys
from datetime import UTC, datetime
from pathlib import Path
from bot.store import open_repository

repo = open_repository(Path(sys.argv[1]), snapshot_every=int(sys.argv[3]), snapshot_ratio=0)
rng = random.Random(int(sys.argv[2]))
pad = "x" * 600
print("open", flush=True)
while True:
    account = f"ACC-{rng.randrange(6)}"
    with repo.transaction() as tx:
        for _ in range(rng.randint(1, 4)):
            event = tx.append(account, "note", at=datetime.now(UTC), actor="kill9",
                              data={"pad": pad})
        tx.put_meta(f"last:{account}", event.seq)
    print(account, event.seq, event.hash, flush=True)
"""


def _run_and_kill(data_dir: Path, rng: random.Random) -> tuple[list[str], bool]:
    """One child killed at a random moment: its acknowledged lines, and whether the kill left
    a snapshot half-written."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(rng.randrange(1 << 30)),
         str(SNAPSHOT_EVERY)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line == "open\n":
                started.set()
            elif line.endswith("\n"):  # an unterminated line was cut by the kill
                lines.append(line)
        started.set()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert started.wait(30), "the child never opened the store"
        time.sleep(rng.uniform(0.0, 0.5))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join()
    mid_snapshot = any(data_dir.glob(".snapshot.json.*.tmp"))
    return lines, mid_snapshot


def test_kill_9_at_random_moments_never_loses_an_acknowledged_fact(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    acknowledged: dict[str, dict[int, str]] = {}
    kills_mid_snapshot = 0
    for round_ in range(ROUNDS):
        lines, mid_snapshot = _run_and_kill(tmp_path, rng)
        kills_mid_snapshot += mid_snapshot
        for line in lines:
            account, seq, digest = line.split()
            acknowledged.setdefault(account, {})[int(seq)] = digest
        with open_repository(tmp_path) as repo:
            for account, facts in acknowledged.items():
                log = repo.log(account)
                assert verify_chain(log) is None, f"round {round_}: {account} chain broken"
                for seq, digest in facts.items():
                    assert len(log) >= seq, f"round {round_}: {account}#{seq} lost"
                    assert log[seq - 1].hash == digest, f"round {round_}: {account}#{seq} changed"
                assert repo.meta(f"last:{account}") == len(log), "a transaction landed in part"
    assert sum(len(facts) for facts in acknowledged.values()) > ROUNDS
    assert kills_mid_snapshot > 0, "no kill landed during a snapshot; make snapshots slower"
