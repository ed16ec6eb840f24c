"""The Repository on TinyDB, made durable by a journal and atomic snapshots.

Layout of a data directory:

    LOCK                     flock held by the one process using the directory
    snapshot.json            the state up to some journal generation (a TinyDB JSON file)
    journal-00000007.jsonl   transactions committed since, one fsynced line each
    blobs/                   content-addressed raw messages

Commit = append one journal line and fsync it, then apply the transaction to the in-memory
TinyDB. Open = load the snapshot, replay the journals it does not contain (dropping a torn last
line), carry on appending. After `snapshot_every` facts, and once the journal has grown to
`snapshot_ratio` of the last snapshot's size (so snapshot cost per fact stays constant as the
store grows), the state is written to a new snapshot and a new journal generation begins.
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from bot.domain.events import Event
from bot.domain.models import Account, Invoice, Payment
from bot.domain.tasks import StaffTask
from bot.store.blobs import BlobStore
from bot.store.codec import json_copy
from bot.store.dirlock import DirLock
from bot.store.errors import SnapshotCorrupt, TransactionError
from bot.store.files import fsync_dir, remove_stale_temps
from bot.store.journal import Journal, journal_generation, journal_path, read_journal
from bot.store.recovery import replay
from bot.store.repository import OutboxEntry, OutboxState, StoreError, Transaction
from bot.store.snapshot import SNAPSHOT_NAME, SnapshotHeader, read_snapshot, write_snapshot
from bot.store.state import StoreState
from bot.store.tables import DEFAULT_CHUNK_SIZE
from bot.store.transaction import BufferedTransaction

log = logging.getLogger(__name__)

DEFAULT_SNAPSHOT_EVERY = 5000
DEFAULT_SNAPSHOT_RATIO = 0.25
BLOB_DIR = "blobs"
GC_FREEZE_AT_EVENTS = 20_000


class TinyDBRepository:
    """The `Repository` implementation. Thread-safe; one instance per data directory."""

    def __init__(
        self,
        data_dir: Path,
        *,
        snapshot_every: int = DEFAULT_SNAPSHOT_EVERY,
        snapshot_ratio: float = DEFAULT_SNAPSHOT_RATIO,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if snapshot_every < 1 or snapshot_ratio < 0 or chunk_size < 1:
            raise ValueError("snapshot_every and chunk_size must be >= 1, snapshot_ratio >= 0")
        self.data_dir = Path(data_dir)
        self._snapshot_every = snapshot_every
        self._snapshot_ratio = snapshot_ratio
        self._write_lock = threading.Lock()  # one transaction at a time
        self._state_lock = threading.RLock()  # readers vs. applying a commit
        self._writer: int | None = None
        self._closed = False
        if not self.data_dir.is_dir():
            self.data_dir.mkdir(parents=True)
            fsync_dir(self.data_dir.parent)
        self._dirlock = DirLock(self.data_dir)
        self._dirlock.acquire()
        try:
            self._blobs = BlobStore(self.data_dir / BLOB_DIR)
            self._state = StoreState(chunk_size)
            # Loading a big store creates millions of long-lived, acyclic objects. Cyclic GC
            # passes over them find nothing to free yet cost as much as the load itself (and
            # again at the first full collection after it), so collect nothing while loading,
            # and for a big store move what was loaded out of the collector's sight
            # (refcounting still frees it).
            gc_was_enabled = gc.isenabled()
            gc.disable()
            try:
                self._open()
                if self._state.events.count >= GC_FREEZE_AT_EVENTS:
                    gc.freeze()
            finally:
                if gc_was_enabled:
                    gc.enable()
        except BaseException:
            self._dirlock.release()
            raise

    # -- opening ---------------------------------------------------------------------------

    def _open(self) -> None:
        remove_stale_temps(self.data_dir)
        snapshot_path = self.data_dir / SNAPSHOT_NAME
        loaded = read_snapshot(snapshot_path)
        self._generation, self._txn, self._snapshot_bytes = 1, 0, 0
        if loaded is not None:
            header, tables = loaded
            try:
                self._state.load(tables)
            except (ValueError, KeyError, TypeError) as exc:
                raise SnapshotCorrupt(snapshot_path, f"{type(exc).__name__}: {exc}") from exc
            self._generation, self._txn = header.next_journal, header.txn
            self._snapshot_bytes = snapshot_path.stat().st_size
        self._records_since = 0
        live: list[tuple[int, Path]] = []
        for path in self.data_dir.iterdir():
            generation = journal_generation(path)
            if generation is None:
                continue
            if generation < self._generation:
                path.unlink()  # fully contained in the snapshot
            else:
                live.append((generation, path))
        journal: Journal | None = None
        try:
            for generation, path in sorted(live):
                contents = read_journal(path)
                if contents.torn_bytes:
                    log.warning("%s: dropping a torn last write (%d bytes, never acknowledged)",
                                path, contents.torn_bytes)
                replayed = replay(self._state, path, contents.records)
                self._txn = max(self._txn, replayed.last_txn)
                self._records_since += replayed.facts
                if journal is not None:
                    journal.close()
                journal = Journal.reopen(path, contents.good_bytes)
                self._generation = generation
        except BaseException:
            if journal is not None:
                journal.close()
            raise
        self._journal = journal or Journal.create(journal_path(self.data_dir, self._generation))

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        self._check_open()
        if self._writer == threading.get_ident():
            raise TransactionError("a transaction is already open in this thread")
        with self._write_lock:
            self._check_open()
            self._writer = threading.get_ident()
            tx = BufferedTransaction(self.last_event)
            try:
                yield tx
                tx.active = False
                self._commit(tx)
            finally:
                tx.active = False
                self._writer = None

    def _commit(self, tx: BufferedTransaction) -> None:
        if not tx.puts and not tx.events:
            return
        event_docs = tx.event_docs
        record = {
            "txn": self._txn + 1,
            "puts": [[kind, doc] for kind, doc in tx.puts],
            "events": event_docs,
        }
        self._journal.append(record)
        self._txn += 1
        with self._state_lock:
            self._state.apply(tx.puts, tx.events, event_docs)
        self._records_since += len(tx.puts) + len(tx.events)
        if (
            self._records_since >= self._snapshot_every
            and self._journal.size >= self._snapshot_ratio * self._snapshot_bytes
        ):
            try:
                self._snapshot_locked()
            except OSError as exc:
                # The commit itself is durable; the journal keeps growing until a retry works.
                log.warning("%s: snapshot failed, will retry: %s", self.data_dir, exc)
                self._records_since = 0

    def snapshot(self) -> None:
        """Write a snapshot now and start a new journal (normally automatic)."""
        self._check_open()
        if self._writer == threading.get_ident():
            raise TransactionError("cannot snapshot inside a transaction")
        with self._write_lock:
            self._snapshot_locked()

    def _snapshot_locked(self) -> None:
        """Caller holds the write lock, so no commit changes the tables while they are written.

        The next journal exists before the snapshot names it, so a crash at any step leaves
        either the old snapshot with every journal since, or the new one with an empty journal.
        """
        generation = self._generation + 1
        fresh = Journal.create(journal_path(self.data_dir, generation))
        try:
            with self._state_lock:
                tables = list(self._state.tables())
            size = write_snapshot(
                self.data_dir / SNAPSHOT_NAME, SnapshotHeader(generation, self._txn), tables
            )
        except BaseException:
            fresh.close()
            fresh.path.unlink(missing_ok=True)
            raise
        old, self._journal, self._generation = self._journal, fresh, generation
        old.close()
        self._snapshot_bytes, self._records_since = size, 0
        try:
            for path in self.data_dir.iterdir():
                number = journal_generation(path)
                if number is not None and number < generation:
                    path.unlink()
            fsync_dir(self.data_dir)
        except OSError as exc:
            log.warning("%s: could not remove old journals (removed at next open): %s",
                        self.data_dir, exc)

    def put_blob(self, data: bytes, suffix: str = ".eml") -> str:
        self._check_open()
        return self._blobs.put(data, suffix)

    def put_blobs(self, items: Sequence[bytes], suffix: str | Sequence[str] = ".eml"
                  ) -> list[str]:
        self._check_open()
        return self._blobs.put_many(items, suffix)

    def read_blob(self, name: str) -> bytes:
        self._check_open()
        return self._blobs.read(name)

    # -- reading ---------------------------------------------------------------------------

    def account(self, account_id: str) -> Account | None:
        with self._state_lock:
            return self._state.accounts.get(account_id)

    def accounts(self) -> list[Account]:
        with self._state_lock:
            table = self._state.accounts
            return table.values(table.keys())

    def invoice(self, number: str) -> Invoice | None:
        with self._state_lock:
            return self._state.invoices.get(number)

    def invoices(self, account_id: str | None = None) -> list[Invoice]:
        with self._state_lock:
            table = self._state.invoices
            keys = table.keys() if account_id is None else table.keys(group=account_id)
            return table.values(keys)

    def payment(self, reference: str) -> Payment | None:
        with self._state_lock:
            return self._state.payments.get(reference)

    def payments(self, account_id: str | None = None) -> list[Payment]:
        with self._state_lock:
            table = self._state.payments
            keys = table.keys() if account_id is None else table.keys(group=account_id)
            return table.values(keys)

    def log(self, account_id: str) -> list[Event]:
        with self._state_lock:
            return self._state.events.log(account_id)

    def last_event(self, account_id: str) -> Event | None:
        with self._state_lock:
            return self._state.events.last(account_id)

    def events(self) -> Iterator[Event]:
        with self._state_lock:
            logs = self._state.events.all_logs()
        return itertools.chain.from_iterable(logs)

    def event_count(self) -> int:
        with self._state_lock:
            return self._state.events.count

    def task(self, task_id: str) -> StaffTask | None:
        with self._state_lock:
            return self._state.tasks.get(task_id)

    def tasks(self, *, open_only: bool = True) -> list[StaffTask]:
        with self._state_lock:
            table = self._state.tasks
            return table.values(table.keys(group="open") if open_only else table.keys())

    def outbox(self, key: str) -> OutboxEntry | None:
        with self._state_lock:
            return self._state.outbox.get(key)

    def outbox_entries(self, states: Iterable[OutboxState] | None = None) -> list[OutboxEntry]:
        """Entries in the order they were created (oldest first)."""
        with self._state_lock:
            table = self._state.outbox
            if states is None:
                return table.values(table.keys())
            keys = [key for state in set(states) for key in table.keys(group=str(state))]
            entries = table.values(keys)
        return sorted(entries, key=lambda entry: (entry.created_at, entry.key))

    def meta(self, key: str) -> Any:
        with self._state_lock:
            return json_copy(self._state.meta.get(key))

    # -- lifecycle -------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store at {self.data_dir} is closed")

    def close(self) -> None:
        if self._writer == threading.get_ident():
            raise TransactionError("cannot close the store inside a transaction")
        with self._write_lock:
            if self._closed:
                return
            self._closed = True
            self._journal.close()
            self._dirlock.release()

    def __enter__(self) -> TinyDBRepository:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_repository(
    data_dir: Path,
    *,
    snapshot_every: int = DEFAULT_SNAPSHOT_EVERY,
    snapshot_ratio: float = DEFAULT_SNAPSHOT_RATIO,
) -> TinyDBRepository:
    """Open (creating if needed) the store in `data_dir`; raises StoreLocked if another
    process has it open."""
    return TinyDBRepository(
        data_dir, snapshot_every=snapshot_every, snapshot_ratio=snapshot_ratio
    )
