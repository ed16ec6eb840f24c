"""The in-memory query layer: TinyDB tables (MemoryStorage) kept small, plus dict indexes.

TinyDB rebuilds a whole table on every insert or update, so a write costs time proportional to
the table it touches. Every collection is therefore split into numbered chunk tables of at most
`chunk_size` documents (`events.000041`, `invoices.000003`...): new documents go into the
newest chunk, an update rewrites only the chunk holding the document, and write cost stays flat
however large the store grows. Indexes map each key to its chunk and document id so lookups are
O(1); decoded domain values are cached until the document changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any, Generic, TypeVar

from tinydb import TinyDB
from tinydb.table import Table

from bot.domain.events import GENESIS_HASH, Event
from bot.store.codec import Doc, Kind
from bot.store.errors import RecordCorrupt

T = TypeVar("T")
DEFAULT_CHUNK_SIZE = 64  # an insert into a TinyDB table of 64 costs ~13 µs, of 256 ~57 µs


def table_name(prefix: str, chunk: int) -> str:
    return f"{prefix}.{chunk:06d}"


def split_table_name(name: str) -> tuple[str, int] | None:
    """(prefix, chunk number) of a chunk table name, None for any other table."""
    prefix, _, number = name.rpartition(".")
    if not prefix or not number.isdigit():
        return None
    return prefix, int(number)


class _Chunks:
    """Where the next new document goes: the newest chunk until it is full."""

    def __init__(self, db: TinyDB, prefix: str, chunk_size: int) -> None:
        self._db = db
        self.prefix = prefix
        self.chunk_size = chunk_size
        self.current = 0
        self.current_len = 0

    def table(self, chunk: int) -> Table:
        return self._db.table(table_name(self.prefix, chunk))

    def loaded(self, chunk: int, size: int) -> None:
        if chunk >= self.current:
            self.current, self.current_len = chunk, size

    def insert(self, docs: list[Doc]) -> list[tuple[int, int]]:
        """Insert `docs` in order, one TinyDB write per chunk touched; their (chunk, doc id)."""
        placed: list[tuple[int, int]] = []
        start = 0
        while start < len(docs):
            if self.current_len >= self.chunk_size:
                self.current, self.current_len = self.current + 1, 0
            room = self.chunk_size - self.current_len
            batch = docs[start : start + room]
            ids = self.table(self.current).insert_multiple(batch)
            placed.extend((self.current, doc_id) for doc_id in ids)
            self.current_len += len(batch)
            start += len(batch)
        return placed


class KeyedTables(Generic[T]):
    """One keyed collection (accounts, invoices, outbox...) over chunked TinyDB tables.

    `group_by` names a secondary index (e.g. invoices by account, outbox entries by state).
    """

    def __init__(
        self,
        db: TinyDB,
        kind: Kind[T],
        chunk_size: int,
        group_by: Callable[[Mapping[str, Any]], str | None] | None = None,
    ) -> None:
        self.kind = kind
        self._chunks = _Chunks(db, kind.name, chunk_size)
        self._index: dict[str, tuple[int, int]] = {}
        self._cache: dict[str, T] = {}
        self._group_by = group_by
        self._group_of: dict[str, str | None] = {}
        self._groups: dict[str | None, dict[str, None]] = {}

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def load_chunk(self, chunk: int, raw: Mapping[str, Mapping[str, Any]]) -> None:
        for doc_id, doc in raw.items():
            key = doc[self.kind.key_field]
            self._index[key] = (chunk, int(doc_id))
            self._regroup(key, doc)
        self._chunks.loaded(chunk, len(raw))

    def put(self, docs: Iterable[Doc]) -> None:
        """Store documents (the last one per key wins), one TinyDB write per chunk touched."""
        latest: dict[str, Doc] = {}
        for doc in docs:
            latest[doc[self.kind.key_field]] = doc
        updates: dict[int, list[int]] = {}
        new_keys: list[str] = []
        for key in latest:
            where = self._index.get(key)
            if where is None:
                new_keys.append(key)
            else:
                updates.setdefault(where[0], []).append(where[1])
        key_field = self.kind.key_field

        def replace(doc: MutableMapping[str, Any]) -> None:
            fresh = latest[doc[key_field]]
            doc.clear()
            doc.update(fresh)

        for chunk, doc_ids in updates.items():
            self._chunks.table(chunk).update(replace, doc_ids=doc_ids)
        placed = self._chunks.insert([latest[key] for key in new_keys])
        self._index.update(zip(new_keys, placed, strict=True))
        for key, doc in latest.items():
            self._cache.pop(key, None)
            self._regroup(key, doc)

    def get(self, key: str) -> T | None:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        where = self._index.get(key)
        if where is None:
            return None
        doc = self._chunks.table(where[0]).get(doc_id=where[1])
        if doc is None:
            raise RecordCorrupt(self.kind.name, key, f"indexed at {where} but not in TinyDB")
        try:
            value = self.kind.decode(doc)
        except (KeyError, ValueError, TypeError) as exc:
            raise RecordCorrupt(self.kind.name, key, f"{type(exc).__name__}: {exc}") from exc
        self._cache[key] = value
        return value

    def keys(self, group: str | None = None) -> list[str]:
        if group is None:
            return list(self._index)
        return list(self._groups.get(group, ()))

    def values(self, keys: Iterable[str]) -> list[T]:
        found = (self.get(key) for key in keys)
        return [value for value in found if value is not None]

    def _regroup(self, key: str, doc: Mapping[str, Any]) -> None:
        if self._group_by is None:
            return
        group = self._group_by(doc)
        if key in self._group_of:
            old = self._group_of[key]
            if old == group:
                return
            self._groups[old].pop(key, None)
        self._group_of[key] = group
        self._groups.setdefault(group, {})[key] = None


class EventLog:
    """Every account's chain of events: docs in chunked TinyDB tables, in commit order, and
    the decoded events per account in memory for O(1) `last` and fast full scans."""

    def __init__(self, db: TinyDB, prefix: str, chunk_size: int) -> None:
        self._chunks = _Chunks(db, prefix, chunk_size)
        self._logs: dict[str, list[Event]] = {}
        self.count = 0

    def load_chunk(self, chunk: int, raw: Mapping[str, Mapping[str, Any]]) -> None:
        """Decode one stored chunk; raises ValueError if an event does not extend its chain."""
        for doc_id in sorted(raw, key=int):
            self._follow(Event.from_doc(raw[doc_id]))
        self._chunks.loaded(chunk, len(raw))

    def extend(self, events: list[Event], docs: list[Doc] | None = None) -> None:
        """Add committed events (each must extend its account's chain); `docs`, when given,
        are their documents already (`event.to_doc()`)."""
        for event in events:
            self._follow(event)
        self._chunks.insert(docs if docs is not None else [e.to_doc() for e in events])

    def last(self, account_id: str) -> Event | None:
        log = self._logs.get(account_id)
        return log[-1] if log else None

    def log(self, account_id: str) -> list[Event]:
        return list(self._logs.get(account_id, ()))

    def all_logs(self) -> list[list[Event]]:
        return [list(log) for log in self._logs.values()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._logs)

    def _follow(self, event: Event) -> None:
        log = self._logs.setdefault(event.account_id, [])
        previous = log[-1] if log else None
        expected = previous.seq + 1 if previous else 1
        expected_prev = previous.hash if previous else GENESIS_HASH
        if event.seq != expected or event.prev_hash != expected_prev:
            raise ValueError(
                f"account {event.account_id!r}: event #{event.seq} does not follow "
                f"#{expected - 1} in its chain"
            )
        log.append(event)
        self.count += 1
