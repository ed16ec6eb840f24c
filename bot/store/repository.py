"""The one persistence interface duebot uses: accounts, invoices, payments, the append-only
account log, staff tasks, the outbox, inbox checkpoints and raw message blobs.

Writes happen only inside a `transaction()`: everything put or appended in one transaction is
committed together, durably (fsynced) before the `with` block exits, or not at all. Reads see
committed state. Implementations are thread-safe (the IMAP reader runs in a worker thread).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from bot.domain.events import Event
from bot.domain.models import Account, Invoice, Payment
from bot.domain.tasks import StaffTask


class StoreError(Exception):
    """Something is wrong with the data directory itself."""


class StoreLocked(StoreError):
    """Another duebot process holds the data directory."""


class OutboxState(StrEnum):
    QUEUED = "queued"  # rendered and recorded; never handed to SMTP
    ATTEMPTING = "attempting"  # an SMTP transaction began; outcome not yet recorded
    SENT = "sent"
    DEFERRED = "deferred"  # 4xx or connection trouble; retry at next_attempt_at
    REJECTED = "rejected"  # 5xx; final
    UNKNOWN = "unknown"  # a crash during ATTEMPTING: reported to staff, never resent
    CANCELLED = "cancelled"  # the gate said no at send time (paid meanwhile, stop asked...)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One outgoing email, keyed by its deterministic idempotency key."""

    key: str
    message_id: str
    account_id: str
    to: tuple[str, ...]
    step: str
    invoices: tuple[str, ...]
    message_blob: str
    state: OutboxState
    attempts: int
    created_at: datetime
    updated_at: datetime
    next_attempt_at: datetime | None = None
    last_error: str | None = None


class Transaction(Protocol):
    def put_account(self, account: Account) -> None: ...
    def put_invoice(self, invoice: Invoice) -> None: ...
    def put_payment(self, payment: Payment) -> None: ...
    def put_task(self, task: StaffTask) -> None: ...
    def put_outbox(self, entry: OutboxEntry) -> None: ...
    def put_meta(self, key: str, value: Any) -> None:
        """A small JSON value (inbox checkpoints, seen message ids...)."""
        ...

    def append(
        self,
        account_id: str,
        type: str,
        *,
        at: datetime,
        actor: str,
        invoices: Iterable[str] = (),
        data: Mapping[str, Any] | None = None,
    ) -> Event:
        """Chain a new event onto the account's log (visible to later appends in this
        transaction); it is durable once the transaction commits."""
        ...


class Repository(Protocol):
    def transaction(self) -> AbstractContextManager[Transaction]: ...

    def account(self, account_id: str) -> Account | None: ...
    def accounts(self) -> list[Account]: ...
    def invoice(self, number: str) -> Invoice | None: ...
    def invoices(self, account_id: str | None = None) -> list[Invoice]: ...
    def payment(self, reference: str) -> Payment | None: ...
    def payments(self, account_id: str | None = None) -> list[Payment]: ...

    def log(self, account_id: str) -> list[Event]: ...
    def last_event(self, account_id: str) -> Event | None: ...
    def events(self) -> Iterator[Event]:
        """Every event of every account, each account's in order."""
        ...

    def event_count(self) -> int: ...

    def task(self, task_id: str) -> StaffTask | None: ...
    def tasks(self, *, open_only: bool = True) -> list[StaffTask]: ...

    def outbox(self, key: str) -> OutboxEntry | None: ...
    def outbox_entries(self, states: Iterable[OutboxState] | None = None) -> list[OutboxEntry]: ...

    def meta(self, key: str) -> Any: ...

    def put_blob(self, data: bytes, suffix: str = ".eml") -> str:
        """Store bytes content-addressed (durably, before returning); returns the blob name."""
        ...

    def put_blobs(self, items: Sequence[bytes], suffix: str | Sequence[str] = ".eml"
                  ) -> list[str]:
        """`put_blob` for many at once, with one flush to disk for all of them; `suffix` is
        one for all, or one per item."""
        ...

    def read_blob(self, name: str) -> bytes: ...

    def close(self) -> None: ...


def logs_by_account(repo: Repository) -> dict[str, list[Event]]:
    """Every account's log, in order, keyed by account id (one pass over all events)."""
    logs: dict[str, list[Event]] = {}
    for event in repo.events():
        logs.setdefault(event.account_id, []).append(event)
    return logs
