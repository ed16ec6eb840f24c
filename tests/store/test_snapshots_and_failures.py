"""When snapshots happen, and what a failing disk does (and does not) do to a commit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.domain.events import EventType, verify_chain
from bot.store import StoreError, TinyDBRepository, open_repository
from bot.store import tinydb_repository as module
from tests.store.samples import AT


def _note(repo: TinyDBRepository, text: str) -> None:
    with repo.transaction() as tx:
        tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"text": text})


def _journals(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.glob("journal-*.jsonl"))


def test_after_snapshot_every_facts_a_snapshot_is_written_and_a_new_journal_begins(
        tmp_path: Path) -> None:
    with open_repository(tmp_path, snapshot_every=5, snapshot_ratio=0) as repo:
        for i in range(4):
            _note(repo, str(i))
        assert not (tmp_path / "snapshot.json").exists()
        assert _journals(tmp_path) == ["journal-00000001.jsonl"]
        _note(repo, "4")
        assert (tmp_path / "snapshot.json").exists()
        assert _journals(tmp_path) == ["journal-00000002.jsonl"]
        assert (tmp_path / "journal-00000002.jsonl").stat().st_size == 0


def test_a_small_journal_next_to_a_big_snapshot_waits_before_the_next_snapshot(
        tmp_path: Path) -> None:
    """Snapshot cost per fact stays flat: the journal must reach `snapshot_ratio` of the last
    snapshot's size first."""
    with open_repository(tmp_path, snapshot_every=5, snapshot_ratio=0.5) as repo:
        with repo.transaction() as tx:
            for i in range(200):
                tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"text": str(i)})
        assert _journals(tmp_path) == ["journal-00000002.jsonl"]
        for i in range(10):
            _note(repo, f"small {i}")
        assert _journals(tmp_path) == ["journal-00000002.jsonl"], "not yet: journal too small"
        for i in range(120):
            _note(repo, f"more {i}")
        assert _journals(tmp_path) == ["journal-00000003.jsonl"]


def test_a_commit_the_disk_refuses_is_reported_and_leaves_nothing_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "kept")

        def failing_fdatasync(fd: int) -> None:
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(os, "fdatasync", failing_fdatasync)
        with pytest.raises(StoreError, match=r"journal-00000001\.jsonl"):
            _note(repo, "refused")
        assert [e.data["text"] for e in repo.log("ACME")] == ["kept"]
        monkeypatch.undo()
        _note(repo, "after")
    with open_repository(tmp_path) as repo:
        assert [e.data["text"] for e in repo.log("ACME")] == ["kept", "after"]
        assert verify_chain(repo.log("ACME")) is None


def test_a_failed_snapshot_does_not_fail_the_commit_that_triggered_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "write_snapshot", disk_full)
    with open_repository(tmp_path, snapshot_every=2, snapshot_ratio=0) as repo:
        for i in range(5):
            _note(repo, str(i))
        assert not (tmp_path / "snapshot.json").exists()
        assert _journals(tmp_path) == ["journal-00000001.jsonl"]
    monkeypatch.undo()
    with open_repository(tmp_path) as repo:
        assert [e.data["text"] for e in repo.log("ACME")] == ["0", "1", "2", "3", "4"]
