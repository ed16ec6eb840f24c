"""A torn last write is dropped and cut off; damage anywhere else is reported, not skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.events import EventType, verify_chain
from bot.store import JournalCorrupt, open_repository
from bot.store.journal import encode_line
from tests.store.samples import AT


def _notes(data_dir: Path, *texts: str) -> Path:
    with open_repository(data_dir) as repo:
        for text in texts:
            with repo.transaction() as tx:
                tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"text": text})
    return next(data_dir.glob("journal-*.jsonl"))


def _texts(data_dir: Path) -> list[str]:
    with open_repository(data_dir) as repo:
        log = repo.log("ACME")
        assert verify_chain(log) is None
        return [e.data["text"] for e in log]


def test_a_torn_journal_tail_is_discarded_and_earlier_facts_kept(tmp_path: Path) -> None:
    journal = _notes(tmp_path, "one", "two")
    whole = journal.read_bytes()
    torn = encode_line({"txn": 3, "puts": [], "events": []})[:-7]
    journal.write_bytes(whole + torn)
    assert _texts(tmp_path) == ["one", "two"]
    assert journal.read_bytes() == whole, "the torn bytes are cut off the file"


def test_a_whole_last_line_with_a_bad_checksum_counts_as_torn(tmp_path: Path) -> None:
    journal = _notes(tmp_path, "one", "two")
    lines = journal.read_bytes().splitlines(keepends=True)
    lines[-1] = lines[-1].replace(b"two", b"TWO")
    journal.write_bytes(b"".join(lines))
    assert _texts(tmp_path) == ["one"]


def test_after_dropping_a_torn_tail_new_facts_chain_on(tmp_path: Path) -> None:
    journal = _notes(tmp_path, "one")
    journal.write_bytes(journal.read_bytes() + b"0000")
    _notes(tmp_path, "two")
    assert _texts(tmp_path) == ["one", "two"]


def test_damage_before_the_last_line_is_reported_with_file_and_line(tmp_path: Path) -> None:
    journal = _notes(tmp_path, "one", "two", "three")
    lines = journal.read_bytes().splitlines(keepends=True)
    lines[1] = lines[1].replace(b"two", b"TWO")
    journal.write_bytes(b"".join(lines))
    with pytest.raises(JournalCorrupt) as raised:
        open_repository(tmp_path)
    assert raised.value.path == journal
    assert raised.value.line == 2
    assert "checksum" in str(raised.value)


def test_a_journal_line_that_breaks_a_chain_is_reported(tmp_path: Path) -> None:
    journal = _notes(tmp_path, "one", "two", "three")
    lines = journal.read_bytes().splitlines(keepends=True)
    del lines[1]
    journal.write_bytes(b"".join(lines))
    with pytest.raises(JournalCorrupt, match="line 2"):
        open_repository(tmp_path)
