"""The `duebot` command line, as an owner uses it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.domain.events import EventType
from bot.runtime.cli import cli
from bot.store import open_repository
from tests.integration.book import account, invoice, seed

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "examples"

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
country = "GB"
subdivision = "ENG"

[storage]
data_dir = "data"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def duebot(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("demo", "import", "pay", "tick", "run", "tasks", "outbox", "log",
                    "preview", "parse-reply", "inbox", "accounts"):
        assert f"  {command}" in result.output


def test_a_bad_config_stops_with_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.replace('security = "none"', 'security = "ssl"'), encoding="utf-8")
    code, output = duebot(path, "tasks")
    assert code == 2
    assert str(path) in output and "smtp.security" in output


def test_an_import_dry_run_reports_and_writes_nothing(config: Path) -> None:
    code, output = duebot(config, "import", "--dry-run", str(EXAMPLES / "accounts.csv"),
                          str(EXAMPLES / "invoices.csv"))
    assert code == 0, output
    assert "would be created" in output
    repo = open_repository(config.parent / "data")
    try:
        assert repo.accounts() == [] and repo.event_count() == 0
    finally:
        repo.close()


def test_import_then_reimport_changes_nothing(config: Path) -> None:
    files = [str(EXAMPLES / "accounts.csv"), str(EXAMPLES / "invoices.csv")]
    assert duebot(config, "import", *files)[0] == 0
    repo = open_repository(config.parent / "data")
    count = repo.event_count()
    repo.close()
    code, output = duebot(config, "import", *files)
    assert code == 0 and "0 created, 0 updated" in output
    repo = open_repository(config.parent / "data")
    assert repo.event_count() == count
    repo.close()


def test_tick_dry_run_explains_what_would_be_sent_and_what_is_held_back(config: Path) -> None:
    repo = open_repository(config.parent / "data")
    saturday = datetime(2026, 3, 7, 10, 0, tzinfo=UTC)
    seed(repo, saturday, [account("ACME"), account("BETA")],
         [invoice("INV-1", "ACME", (saturday - timedelta(days=3)).date()),
          invoice("INV-2", "BETA", (saturday - timedelta(days=9)).date())])
    repo.close()
    code, output = duebot(config, "tick", "--dry-run", "--now", "2026-03-09T10:00:00")
    assert code == 0, output
    assert "Would send (2)" in output and "ap@acme.example" in output
    code, output = duebot(config, "tick", "--dry-run", "--now", "2026-03-07T10:00:00")
    assert "Would send (0)" in output
    assert "Held back (2)" in output
    assert output.count("Saturday") == 2
    repo = open_repository(config.parent / "data")
    assert repo.outbox_entries() == []
    repo.close()


def test_pay_records_a_payment_and_refuses_an_unknown_account(config: Path) -> None:
    repo = open_repository(config.parent / "data")
    now = datetime.now(UTC)
    seed(repo, now, [account("ACME")], [invoice("INV-1", "ACME", now.date(), "250.00")])
    repo.close()
    code, output = duebot(config, "pay", "ACME", "250.00", "--reference", "BACS-1")
    assert code == 0, output
    code, output = duebot(config, "pay", "NOPE", "10")
    assert code == 2 and "NOPE" in output
    repo = open_repository(config.parent / "data")
    try:
        assert repo.invoice("INV-1") is not None
        assert not repo.invoice("INV-1").is_open  # type: ignore[union-attr]
    finally:
        repo.close()


def test_log_verify_names_the_first_broken_link_after_tampering(config: Path) -> None:
    data = config.parent / "data"
    repo = open_repository(data)
    now = datetime.now(UTC)
    seed(repo, now, [account("ACME")], [invoice("INV-1", "ACME", now.date())])
    with repo.transaction() as tx:
        tx.append("ACME", EventType.NOTE, at=now, actor="staff:sam",
                  data={"text": "promised 500 by Friday"})
    repo.close()
    code, output = duebot(config, "log", "ACME", "--verify")
    assert code == 0 and "chain intact" in output
    code, output = duebot(config, "log", "ACME", "--json")
    assert [json.loads(line)["type"] for line in output.splitlines()] == [
        "account_updated", "invoice_updated", "note"]

    journal = next(data.rglob("journal-*.jsonl"))
    lines = journal.read_bytes().splitlines(keepends=True)
    forged = []
    for line in lines:
        payload = line[9:].rstrip(b"\n")
        if b"promised 500" in payload:
            payload = payload.replace(b"promised 500", b"promised 50")
            line = b"%08x %s\n" % (zlib.crc32(payload), payload)
        forged.append(line)
    journal.write_bytes(b"".join(forged))
    code, output = duebot(config, "log", "ACME", "--verify")
    assert code == 1
    assert "BROKEN" in output and "#3" in output


def test_duebot_run_stops_gracefully_on_sigterm(config: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "bot", "--config", str(config), "run"],
                            cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stderr is not None
    started = False
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not started:
        line = proc.stderr.readline()
        started = b"duebot running" in line
    assert started, "duebot run did not report it was running"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    records = [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]
    assert records[-1]["msg"] == "duebot stopped"
    assert all({"ts", "level", "msg"} <= set(r) for r in records)


def test_the_demo_runs_sixty_days_and_sends_nothing_twice() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "demo", "--quiet"], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "0 duplicates" in result.stdout and "hash chains intact" in result.stdout
