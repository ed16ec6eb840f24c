"""`duebot parse-reply FILE... --json` as DESIGN.md specifies it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.runtime.parse_reply_command import parse_reply_command
from tests.replies.messages import dsn, reply

KEYS = ["file", "intent", "promised_date", "amount", "currency", "return_date", "bounce",
        "invoices", "new_text"]
CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def test_json_gives_one_object_per_file_per_line_in_the_design_shape(tmp_path: Path) -> None:
    promise = tmp_path / "promise.eml"
    promise.write_bytes(reply("I'll pay the $1,250 on Friday."))
    bounce = tmp_path / "bounce.eml"
    bounce.write_bytes(dsn(status="5.1.1"))
    result = CliRunner().invoke(parse_reply_command, [str(promise), str(bounce), "--json"])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert list(first) == KEYS
    assert first["intent"] == "promise_to_pay"
    assert (first["promised_date"], first["amount"], first["currency"]) == (
        "2025-11-07", "1250.00", "USD")
    assert first["invoices"] == ["INV-1042"]
    assert second["bounce"] == {"kind": "hard", "status": "5.1.1",
                                "recipient": "gone@debtor.example"}


@pytest.mark.skipif(not CORPORA.is_dir(), reason="corpora not found")
def test_corpus_files_parse_with_their_labelled_intent() -> None:
    files = [CORPORA / "debtor-replies" / "dev-004.eml", CORPORA / "debtor-replies" / "dev-007.eml"]
    result = CliRunner().invoke(parse_reply_command, [*map(str, files), "--json"])
    assert result.exit_code == 0, result.output
    html_promise, out_of_office = (json.loads(line) for line in result.output.splitlines())
    assert html_promise["intent"] == "promise_to_pay"
    assert html_promise["promised_date"] == "2025-06-30"
    assert (out_of_office["intent"], out_of_office["return_date"]) == ("auto_reply", "2025-11-17")


def test_a_bad_file_is_named_on_stderr_and_the_others_still_run(tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(reply("Noted, thanks."))
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.eml"
    result = CliRunner().invoke(
        parse_reply_command, [str(empty), str(missing), str(good), "--json"]
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout.strip())["intent"] == "acknowledged"
    assert f"{empty}: cannot parse: empty message" in result.stderr
    assert f"{missing}: cannot read" in result.stderr


def test_without_json_a_table_is_printed(tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(reply("Noted, thanks."))
    result = CliRunner().invoke(parse_reply_command, [str(good)])
    assert result.exit_code == 0
    assert "acknowledged" in result.output
