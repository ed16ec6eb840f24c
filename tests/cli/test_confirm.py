"""`duebot confirm`: escalation steps leave only once a person has confirmed them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.domain.events import EventType
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.outbox import record_task
from bot.store import open_repository
from tests.cli.test_cli import CONFIG, duebot
from tests.integration.book import account, invoice, seed

NOW = "2026-03-09T10:00:00"  # a Monday morning in London
AT = datetime(2026, 3, 9, 10, tzinfo=UTC)
DUE = date(2026, 2, 2)  # 35 days before: the final notice's time has come


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def book(config_path: Path, *, confirm_task: bool = False) -> None:
    repo = open_repository(config_path.parent / "data")
    seed(repo, AT, [account("ACME")], [invoice("INV-1", "ACME", DUE)])
    if confirm_task:
        with repo.transaction() as tx:
            record_task(tx, StaffTask(
                id="confirm:ACME:final_notice:x", account_id="ACME",
                kind=TaskKind.CONFIRM_STEP, reason="Confirm or say not yet: the final notice",
                created_at=AT, due_on=AT.date(), invoices=("INV-1",), step="final_notice"))
    repo.close()


def test_a_dry_run_shows_the_final_notice_awaiting_confirmation(config: Path) -> None:
    book(config)
    code, output = duebot(config, "tick", "--dry-run", "--now", NOW)
    assert code == 0, output
    assert "Would send (0)" in output
    assert "final_notice" in output and "awaiting confirmation" in output


def test_once_confirmed_on_the_command_line_the_final_notice_would_go(config: Path) -> None:
    book(config)
    code, output = duebot(config, "confirm", "ACME", "final_notice", "--by", "sam",
                          "--reason", "no reply to three reminders")
    assert code == 0, output
    assert "Confirmed 'final_notice' for ACME (INV-1) by sam" in output
    repo = open_repository(config.parent / "data")
    [event] = [e for e in repo.log("ACME") if e.type == EventType.STEP_CONFIRMED]
    repo.close()
    assert event.data["by"] == "sam" and event.data["reason"] == "no reply to three reminders"
    assert event.invoices == ("INV-1",) and event.actor == "cli:sam"
    code, output = duebot(config, "tick", "--dry-run", "--now", NOW)
    assert "Would send (1)" in output and "awaiting confirmation" not in output


def test_tasks_lists_the_steps_awaiting_confirmation_and_confirm_closes_them(
        config: Path) -> None:
    book(config, confirm_task=True)
    code, output = duebot(config, "tasks", "--json")
    assert code == 0, output
    [task] = [json.loads(line) for line in output.splitlines()]
    assert task["kind"] == "confirm_step" and task["step"] == "final_notice"
    assert task["status"].startswith("awaiting confirmation")
    code, output = duebot(config, "tasks")
    assert "awaiting" in output
    code, output = duebot(config, "confirm", "ACME", "final_notice", "--not-yet", "--by", "sam")
    assert code == 0 and "Not yet" in output
    code, output = duebot(config, "tasks", "--json")
    assert output.strip() == ""
    code, output = duebot(config, "tick", "--dry-run", "--now", NOW)
    assert "awaiting confirmation" in output and "sam said not yet" in output


def test_confirming_a_step_that_needs_no_confirmation_is_refused(config: Path) -> None:
    book(config)
    code, output = duebot(config, "confirm", "ACME", "gentle")
    assert code == 2 and "does not wait for a person's confirmation" in output
    code, output = duebot(config, "confirm", "NOBODY", "final_notice")
    assert code == 2 and "no account 'NOBODY'" in output
    code, output = duebot(config, "confirm", "ACME", "nonsense")
    assert code == 2 and "no cadence step 'nonsense'" in output


def test_staff_can_mark_an_address_as_the_debtors_employers(config: Path) -> None:
    book(config)
    code, output = duebot(config, "mark-employer", "ACME", "AP@acme.example", "--by", "sam",
                          "--reason", "their HR department answered")
    assert code == 0, output
    repo = open_repository(config.parent / "data")
    [event] = [e for e in repo.log("ACME") if e.type == EventType.EMPLOYER_ADDRESS]
    repo.close()
    assert event.data == {"address": "ap@acme.example", "by": "sam",
                          "reason": "their HR department answered"}
    code, output = duebot(config, "mark-employer", "ACME", "boss@elsewhere.example")
    assert code == 2 and "is not an address of account 'ACME'" in output
