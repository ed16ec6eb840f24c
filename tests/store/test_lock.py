"""One process per data directory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store import StoreLocked, open_repository

REPO_ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from pathlib import Path
from bot.store import open_repository
repo = open_repository(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_process_cannot_open_the_same_data_dir(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], cwd=REPO_ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked, match=f"pid {holder.pid}"):
            open_repository(tmp_path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    with open_repository(tmp_path) as repo:
        assert repo.event_count() == 0, "a killed holder leaves no stale lock"


def test_the_same_process_cannot_open_it_twice_either(tmp_path: Path) -> None:
    with open_repository(tmp_path), pytest.raises(StoreLocked, match=f"pid {os.getpid()}"):
        open_repository(tmp_path)
    with open_repository(tmp_path):
        pass
