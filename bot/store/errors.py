"""Typed store errors that say which file (and line, or record) is at fault."""

from __future__ import annotations

from pathlib import Path

from bot.store.repository import StoreError


class JournalCorrupt(StoreError):
    """A journal line that is not a torn tail does not read back (disk damage or editing)."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        super().__init__(f"{path}, line {line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class SnapshotCorrupt(StoreError):
    """The snapshot file does not read back."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class RecordCorrupt(StoreError):
    """A stored document cannot be turned back into its domain value."""

    def __init__(self, kind: str, key: str, reason: str) -> None:
        super().__init__(f"stored {kind} record {key!r}: {reason}")
        self.kind = kind
        self.key = key
        self.reason = reason


class BlobMissing(StoreError):
    """No blob of that name in the blob directory."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"blob not found: {path}")
        self.path = path


class TransactionError(StoreError):
    """A transaction was misused (nested in the same thread, or used after it ended)."""
