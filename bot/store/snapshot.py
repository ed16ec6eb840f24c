"""Snapshots: the whole committed state in one file, replaced atomically.

The file is a TinyDB JSON database (`TinyDB("snapshot.json")` opens it for inspection): one
table per chunk, plus a `_store` table recording the format and the first journal generation
that is *not* included in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.store import json_bytes
from bot.store.errors import SnapshotCorrupt
from bot.store.files import atomic_write

SNAPSHOT_NAME = "snapshot.json"
STORE_TABLE = "_store"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class SnapshotHeader:
    next_journal: int  # journals with a lower generation are fully contained
    txn: int  # the last transaction number included


def _chunks(header: SnapshotHeader, tables: Iterable[tuple[str, Mapping[str, Any]]]
            ) -> Iterator[bytes]:
    """The snapshot as JSON, table by table, so no single giant string is built."""
    store = {"1": {"format": FORMAT, "next_journal": header.next_journal, "txn": header.txn}}
    yield b"{" + json.dumps(STORE_TABLE).encode() + b":" + json.dumps(store).encode()
    for name, table in tables:
        yield b"," + json.dumps(name).encode() + b":"
        yield json_bytes.dump(table)
    yield b"}"


def write_snapshot(path: Path, header: SnapshotHeader,
                   tables: Iterable[tuple[str, Mapping[str, Any]]]) -> int:
    """Atomically replace the snapshot; returns its size in bytes."""
    return atomic_write(path, _chunks(header, tables))


def read_snapshot(path: Path) -> tuple[SnapshotHeader, dict[str, Any]] | None:
    """The header and data tables of the snapshot, or None when there is none yet."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json_bytes.load(raw)
        store = data.pop(STORE_TABLE)["1"]
        if store["format"] != FORMAT:
            raise ValueError(f"format {store['format']} is not {FORMAT}")
        header = SnapshotHeader(int(store["next_journal"]), int(store["txn"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SnapshotCorrupt(path, f"{type(exc).__name__}: {exc}") from exc
    return header, data
