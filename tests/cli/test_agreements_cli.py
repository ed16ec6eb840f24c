"""`duebot promise` and `duebot plan`, as staff use them after a phone call."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.events import Event, EventType
from bot.store import open_repository
from tests.cli.test_cli import CONFIG, duebot
from tests.integration.book import account, invoice, seed

TODAY = datetime.now(UTC).date()


def soon(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    repo = open_repository(tmp_path / "data")
    try:
        seed(repo, datetime.now(UTC), [account("ACME"), account("BETA")],
             [invoice("INV-1", "ACME", TODAY - timedelta(days=10), "120.00"),
              invoice("INV-2", "ACME", TODAY - timedelta(days=3), "80.00"),
              invoice("B-1", "BETA", TODAY, "10.00")])
    finally:
        repo.close()
    return path


def log_of(config: Path, account_id: str, kind: EventType) -> list[Event]:
    repo = open_repository(config.parent / "data")
    try:
        return [e for e in repo.log(account_id) if e.type == kind]
    finally:
        repo.close()


def test_help_lists_promise_and_plan() -> None:
    code, output = duebot(Path("unused.toml"), "--help")
    assert code == 0 and "  promise" in output and "  plan" in output


def test_a_promise_dry_run_shows_the_terms_and_records_nothing(config: Path) -> None:
    code, output = duebot(config, "promise", "ACME", "--date", soon(5), "--dry-run")
    assert code == 0, output
    assert "Would record (dry run): promise to pay" in output
    assert "INV-1, INV-2" in output and "200.00 GBP" in output
    assert log_of(config, "ACME", EventType.PROMISE_MADE) == []


def test_a_promise_is_recorded_for_the_invoices_named_as_a_manual_promise(config: Path) -> None:
    code, output = duebot(config, "promise", "ACME", "--date", soon(5), "--amount", "50",
                          "--invoice", "INV-1", "--by", "sam")
    assert code == 0, output
    assert "Recorded: promise to pay" in output and "recap email" in output
    [made] = log_of(config, "ACME", EventType.PROMISE_MADE)
    assert made.invoices == ("INV-1",)
    assert made.data == {"date": soon(5), "amount": "50", "currency": "GBP",
                         "source": "manual", "by": "sam"}


@pytest.mark.parametrize(("args", "expected"), [
    (("NOPE", "--date", soon(5)), "no account 'NOPE'"),
    (("ACME", "--date", (TODAY - timedelta(days=1)).isoformat()), "is in the past"),
    (("ACME", "--date", soon(400)), "more than 365 days ahead"),
    (("ACME", "--date", soon(5), "--amount", "999"), "more than the balance"),
    (("ACME", "--date", soon(5), "--amount", "-5"), "not a positive amount"),
    (("ACME", "--date", soon(5), "--invoice", "B-1"), "belongs to account 'BETA'"),
    (("ACME", "--date", soon(5), "--invoice", "INV-9"), "no invoice 'INV-9'"),
    (("ACME", "--date", soon(5), "--currency", "EUR"), "the invoices are in GBP, not EUR"),
    (("ACME", "--date", "next friday"), "is not a date"),
    (("ACME", "--date", soon(5), "--amount", "lots"), "is not an amount"),
])
def test_a_wrong_promise_is_refused_with_what_is_wrong(config: Path, args: tuple[str, ...],
                                                        expected: str) -> None:
    code, output = duebot(config, "promise", *args)
    assert code == 2
    assert expected in " ".join(output.split())
    assert log_of(config, "ACME", EventType.PROMISE_MADE) == []


def test_a_plan_is_recorded_with_its_method_and_pauses_the_invoices(config: Path) -> None:
    code, output = duebot(config, "plan", "ACME", "--instalment", f"{soon(7)}:100",
                          "--instalment", f"{soon(14)}:100.00", "--method", "direct debit",
                          "--by", "sam")
    assert code == 0, output
    assert "Recorded: payment plan" in output and "by direct debit" in output
    [agreed] = log_of(config, "ACME", EventType.PLAN_AGREED)
    assert agreed.invoices == ("INV-1", "INV-2")
    assert agreed.data["instalments"] == [{"due_on": soon(7), "amount": "100"},
                                          {"due_on": soon(14), "amount": "100.00"}]
    assert (agreed.data["method"], agreed.data["by"], agreed.data["source"]) == (
        "direct debit", "sam", "manual")
    [paused] = log_of(config, "ACME", EventType.INVOICES_PAUSED)
    assert paused.data["reason"] == "payment_plan" and paused.invoices == ("INV-1", "INV-2")


@pytest.mark.parametrize(("args", "expected"), [
    (("--instalment", f"{soon(7)}:100", "--instalment", f"{soon(14)}:50"),
     "the instalments add up to 150 GBP; the balance of INV-1, INV-2 is 200.00 GBP"),
    (("--instalment", f"{soon(7)}:100", "--instalment", f"{soon(7)}:100"),
     "two instalments on"),
    (("--instalment", "2026-13-01:100"), "is not a date"),
    (("--instalment", soon(7)), "is not DATE:AMOUNT"),
    (("--instalment", f"{soon(7)}:120", "--invoice", "INV-1", "--dry-run"),
     "Would record (dry run): payment plan"),
])
def test_plan_inputs_are_checked(config: Path, args: tuple[str, ...], expected: str) -> None:
    code, output = duebot(config, "plan", "ACME", *args)
    assert expected in " ".join(output.split())
    assert code == (0 if "--dry-run" in args else 2)
    assert log_of(config, "ACME", EventType.PLAN_AGREED) == []


def test_the_recap_goes_with_the_next_sweep_and_only_once(config: Path) -> None:
    from bot.mail.local_server import LocalMailServer

    with LocalMailServer() as sink:
        always_open = (CONFIG.replace("port = 9", f"port = {sink.port}")
                       .replace('country = "GB"\nsubdivision = "ENG"', 'country = ""')
                       + '\n[send_window]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", '
                         '"sun"]\nstart = 00:00:00\nend = 23:59:59\n')
        config.write_text(always_open, encoding="utf-8")
        code, output = duebot(config, "plan", "ACME", "--instalment", f"{soon(7)}:200")
        assert code == 0, output
        code, output = duebot(config, "tick")
        assert code == 0, output
        assert "Promises and plans: 1 email(s) queued" in " ".join(output.split())
        code, output = duebot(config, "tick")
        assert code == 0, output
    to_acme = [m["Subject"] for m in sink.messages() if m["To"].endswith("<ap@acme.example>")]
    assert len(to_acme) == 1 and "payment plan" in to_acme[0], "the recap, and no reminder"


def test_agreements_lists_each_promise_and_plan_with_its_dates(config: Path) -> None:
    assert duebot(config, "promise", "BETA", "--date", soon(3))[0] == 0
    assert duebot(config, "plan", "ACME", "--instalment", f"{soon(7)}:150",
                  "--instalment", f"{soon(14)}:50", "--by", "sam")[0] == 0
    code, output = duebot(config, "agreements")
    assert code == 0 and "Promises and payment plans (2)" in output
    code, output = duebot(config, "agreements", "ACME", "--json")
    assert code == 0, output
    [plan_] = [json.loads(line) for line in output.splitlines()]
    assert (plan_["kind"], plan_["status"], plan_["by"], plan_["source"]) == (
        "plan", "active", "sam", "manual")
    assert plan_["instalments"] == [
        {"due_on": soon(7), "amount": "150", "paid": "0", "state": "due"},
        {"due_on": soon(14), "amount": "50", "paid": "0", "state": "due"}]
    code, output = duebot(config, "agreements", "NOPE")
    assert code == 2 and "No account 'NOPE'" in output


def test_an_amount_finer_than_the_currency_allows_is_refused(config: Path) -> None:
    code, output = duebot(config, "promise", "ACME", "--date", soon(5), "--amount", "10.005")
    assert code == 2 and "more than 2 decimal places for GBP" in " ".join(output.split())


def test_a_payment_said_to_be_for_the_second_instalment_is_applied_there(config: Path) -> None:
    assert duebot(config, "plan", "ACME", "--instalment", f"{soon(7)}:150",
                  "--instalment", f"{soon(14)}:50", "--by", "sam")[0] == 0
    code, output = duebot(config, "pay", "ACME", "50", "--reference", "BACS-9",
                          "--instalment", "2")
    assert code == 0, output
    [recorded] = log_of(config, "ACME", EventType.PAYMENT_RECORDED)
    assert recorded.data["instalment"] == 2
    code, output = duebot(config, "agreements", "ACME", "--json")
    [plan_] = [json.loads(line) for line in output.splitlines()]
    assert [(i["paid"], i["state"]) for i in plan_["instalments"]] == [
        ("0", "due"), ("50", "paid")]


def test_paying_an_instalment_that_does_not_exist_is_refused_and_records_nothing(
    config: Path,
) -> None:
    code, output = duebot(config, "pay", "ACME", "50", "--instalment", "1")
    assert code == 2 and "no active payment plan" in " ".join(output.split())
    assert duebot(config, "plan", "ACME", "--instalment", f"{soon(7)}:150",
                  "--instalment", f"{soon(14)}:50", "--by", "sam")[0] == 0
    code, output = duebot(config, "pay", "ACME", "50", "--instalment", "3")
    assert code == 2 and "there is no instalment 3" in " ".join(output.split())
    assert log_of(config, "ACME", EventType.PAYMENT_RECORDED) == []
