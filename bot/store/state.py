"""Everything committed, in memory: one TinyDB (MemoryStorage) holding every document in
chunked tables, with the indexes of `tables.py` on top.

The TinyDB data is exactly what a snapshot writes, so a snapshot is a plain TinyDB JSON file.
Not thread-safe by itself: the repository holds its lock around every call.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from bot.domain.events import Event
from bot.domain.models import Account, Invoice, Payment
from bot.domain.tasks import StaffTask
from bot.store import codec
from bot.store.codec import Doc
from bot.store.repository import OutboxEntry
from bot.store.tables import DEFAULT_CHUNK_SIZE, EventLog, KeyedTables, split_table_name


def _by_account(doc: Mapping[str, Any]) -> str | None:
    return str(doc["account_id"])


def _by_state(doc: Mapping[str, Any]) -> str | None:
    return str(doc["state"])


def _open_or_done(doc: Mapping[str, Any]) -> str | None:
    return "open" if doc.get("done_at") is None else "done"


class StoreState:
    def __init__(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self.db = TinyDB(storage=MemoryStorage)
        self.accounts: KeyedTables[Account] = KeyedTables(self.db, codec.ACCOUNTS, chunk_size)
        self.invoices: KeyedTables[Invoice] = KeyedTables(
            self.db, codec.INVOICES, chunk_size, _by_account
        )
        self.payments: KeyedTables[Payment] = KeyedTables(
            self.db, codec.PAYMENTS, chunk_size, _by_account
        )
        self.tasks: KeyedTables[StaffTask] = KeyedTables(
            self.db, codec.TASKS, chunk_size, _open_or_done
        )
        self.outbox: KeyedTables[OutboxEntry] = KeyedTables(
            self.db, codec.OUTBOX, chunk_size, _by_state
        )
        self.meta: KeyedTables[Any] = KeyedTables(self.db, codec.META, chunk_size)
        self.events = EventLog(self.db, codec.EVENTS, chunk_size)
        self._keyed: dict[str, KeyedTables[Any]] = {
            t.kind.name: t
            for t in (
                self.accounts, self.invoices, self.payments, self.tasks, self.outbox, self.meta
            )
        }

    def load(self, tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
        """Adopt a snapshot's tables as they are; raises ValueError/KeyError if one is unusable."""
        chunks: list[tuple[str, int, str]] = []
        for name in tables:
            parsed = split_table_name(name)
            if parsed is None:
                raise ValueError(f"unexpected table {name!r}")
            prefix, chunk = parsed
            if prefix != codec.EVENTS and prefix not in self._keyed:
                raise ValueError(f"unexpected table {name!r}")
            chunks.append((prefix, chunk, name))
        self.db.storage.write({name: dict(tables[name]) for _, _, name in chunks})
        for prefix, chunk, name in sorted(chunks):
            if prefix == codec.EVENTS:
                self.events.load_chunk(chunk, tables[name])
            else:
                self._keyed[prefix].load_chunk(chunk, tables[name])

    def apply(self, puts: list[tuple[str, Doc]], events: list[Event],
              event_docs: list[Doc] | None = None) -> None:
        """Apply one committed transaction (or several, concatenated in commit order)."""
        by_kind: dict[str, list[Doc]] = {}
        for kind, doc in puts:
            by_kind.setdefault(kind, []).append(doc)
        for kind, docs in by_kind.items():
            self._keyed[kind].put(docs)
        if events:
            self.events.extend(events, event_docs)

    def known_kind(self, kind: str) -> bool:
        return kind in self._keyed

    def tables(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every TinyDB table, by name, as TinyDB stores it."""
        data = self.db.storage.read() or {}
        yield from data.items()
