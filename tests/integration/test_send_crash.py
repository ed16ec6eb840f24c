"""No reminder is ever sent twice, and none is silently lost, however duebot is killed.

A real `duebot tick` process sends hundreds of reminders to a real aiosmtpd server and is
killed with SIGKILL at random moments, then restarted, until a run finishes. Then every
Message-ID the server received is counted.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.mail.local_server import LocalMailServer
from bot.store import open_repository
from bot.store.repository import OutboxState
from tests.integration.book import account, invoice, seed

ACCOUNTS = 300
REPO_ROOT = Path(__file__).resolve().parents[2]

CONFIG = """
[business]
name = "Brightwater Joinery Ltd"
from_address = "accounts@brightwater.example"
reply_to = "accounts@brightwater.example"
timezone = "UTC"

[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
connections = 4
retry_base_seconds = 0

[send_window]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
start = 00:00:00
end = 23:59:59

[holidays]
country = ""

[limits]
max_emails_per_7_days = 10

[storage]
data_dir = "{data_dir}"
snapshot_every = 200
"""


def run_tick(config: Path, kill_when: Callable[[], bool] | None) -> int | None:
    """Run `duebot tick`; SIGKILL it as soon as `kill_when()` holds. None if it was killed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "tick"],
        cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + 120
    while proc.poll() is None:
        if kill_when is not None and kill_when():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return None
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("duebot tick hung for two minutes")
        time.sleep(0.002)
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    assert proc.returncode == 0, err
    return proc.returncode


def random_kill_point(rng: random.Random, sink: LocalMailServer) -> Callable[[], bool]:
    """A random moment in a run: during start-up and recovery, or after a random number of
    further messages reach the server (so the kill lands mid-sweep on any machine speed)."""
    if rng.random() < 0.25:
        at = time.monotonic() + rng.uniform(0.05, 1.0)
        return lambda: time.monotonic() >= at
    target = sink.received_count() + rng.randint(1, 40)
    return lambda: sink.received_count() >= target


def test_killing_duebot_mid_sweep_never_duplicates_or_loses_a_reminder(
    tmp_path: Path, smtp_sink: LocalMailServer
) -> None:
    smtp_sink.behaviour.delay_seconds = 0.004
    data_dir = tmp_path / "data"
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(port=smtp_sink.port, data_dir=data_dir))
    now = datetime.now(UTC)
    repo = open_repository(data_dir, snapshot_every=200)
    due = (now - timedelta(days=2)).date()
    seed(repo, now, [account(f"A{n:03}") for n in range(ACCOUNTS)],
         [invoice(f"INV-{n:03}", f"A{n:03}", due) for n in range(ACCOUNTS)])
    repo.close()

    rng = random.Random(20261122)
    kills = 0
    while kills < 12:
        kill_when = random_kill_point(rng, smtp_sink)
        if run_tick(config, kill_when) is None:
            kills += 1
        else:
            break
    assert run_tick(config, kill_when=None) == 0
    assert kills >= 3, "the sweep finished before it could be interrupted: make it slower"

    repo = open_repository(data_dir)
    try:
        entries = repo.outbox_entries()
        tasks = {t.id for t in repo.tasks(open_only=True)}
    finally:
        repo.close()
    received = smtp_sink.message_ids()
    assert [mid for mid, n in received.items() if n > 1] == []
    assert len({e.account_id for e in entries}) == ACCOUNTS
    states = {e.state for e in entries}
    assert states <= {OutboxState.SENT, OutboxState.UNKNOWN}
    for entry in entries:
        if entry.state is OutboxState.SENT:
            assert received[entry.message_id] == 1
        else:
            assert f"delivery-unknown:{entry.key}" in tasks
    assert set(received) <= {e.message_id for e in entries}
