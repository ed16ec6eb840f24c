"""The journal: one checksummed JSON line per committed transaction, fsynced before the commit
returns.

A line is `<crc32 as 8 hex digits> <json>\\n`. A kill -9 can only tear the line being written,
which was never acknowledged, so unreadable lines at the end of the file are dropped (and cut
off) when the journal is opened. An unreadable line with good lines after it is damage, not a
torn write, and is reported with the file and line number.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.store import json_bytes
from bot.store.errors import JournalCorrupt
from bot.store.files import fsync_dir
from bot.store.repository import StoreError

PREFIX = "journal-"
SUFFIX = ".jsonl"


def journal_path(directory: Path, generation: int) -> Path:
    return directory / f"{PREFIX}{generation:08d}{SUFFIX}"


def journal_generation(path: Path) -> int | None:
    """The generation number in a journal file name, or None for any other file."""
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    digits = name[len(PREFIX) : -len(SUFFIX)]
    return int(digits) if digits.isdigit() else None


def encode_line(record: dict[str, Any]) -> bytes:
    payload = json_bytes.dump(record)
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


def _decode_line(line: bytes) -> dict[str, Any]:
    """The record on one line (without its newline); ValueError says why it does not read."""
    if len(line) < 10 or line[8:9] != b" ":
        raise ValueError("no checksum prefix")
    payload = line[9:]
    if int(line[:8], 16) != zlib.crc32(payload):
        raise ValueError("checksum mismatch")
    record = json_bytes.load(payload)
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    return record


@dataclass(frozen=True, slots=True)
class JournalContents:
    records: list[dict[str, Any]]
    good_bytes: int  # length of the readable prefix; anything after is a torn tail
    torn_bytes: int


def read_journal(path: Path) -> JournalContents:
    data = path.read_bytes()
    records: list[dict[str, Any]] = []
    good_end = 0
    first_bad: tuple[int, str] | None = None
    pos = 0
    line_no = 0
    while pos < len(data):
        line_no += 1
        end = data.find(b"\n", pos)
        if end == -1:
            break  # no newline: the last write was torn
        try:
            record = _decode_line(data[pos:end])
        except ValueError as exc:
            if first_bad is None:
                first_bad = (line_no, str(exc))
        else:
            if first_bad is not None:
                raise JournalCorrupt(path, first_bad[0], first_bad[1])
            records.append(record)
            good_end = end + 1
        pos = end + 1
    return JournalContents(records, good_end, len(data) - good_end)


class Journal:
    """The journal file being appended to. Not thread-safe: the repository serialises commits."""

    def __init__(self, path: Path, fd: int, size: int) -> None:
        self.path = path
        self._fd = fd
        self.size = size

    @classmethod
    def create(cls, path: Path) -> Journal:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o644)
        os.fsync(fd)
        fsync_dir(path.parent)
        return cls(path, fd, 0)

    @classmethod
    def reopen(cls, path: Path, good_bytes: int) -> Journal:
        """Continue an existing journal, first cutting off a torn tail after `good_bytes`."""
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        if os.fstat(fd).st_size != good_bytes:
            os.ftruncate(fd, good_bytes)
            os.fsync(fd)
        return cls(path, fd, good_bytes)

    def append(self, record: dict[str, Any]) -> int:
        """Write one record and fsync it; returns its size. On failure nothing is left behind."""
        line = encode_line(record)
        try:
            view = memoryview(line)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            os.fdatasync(self._fd)
        except OSError as exc:
            # if even this fails, the torn line is dropped at the next open anyway
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self.size)
            raise StoreError(f"{self.path}: could not write the journal: {exc}") from exc
        self.size += len(line)
        return len(line)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
