"""Persistence: the `Repository` interface and its durable TinyDB implementation."""

from bot.store.errors import (
    BlobMissing,
    JournalCorrupt,
    RecordCorrupt,
    SnapshotCorrupt,
    TransactionError,
)
from bot.store.repository import (
    OutboxEntry,
    OutboxState,
    Repository,
    StoreError,
    StoreLocked,
    Transaction,
)
from bot.store.tinydb_repository import TinyDBRepository, open_repository

__all__ = [
    "BlobMissing",
    "JournalCorrupt",
    "OutboxEntry",
    "OutboxState",
    "RecordCorrupt",
    "Repository",
    "SnapshotCorrupt",
    "StoreError",
    "StoreLocked",
    "TinyDBRepository",
    "Transaction",
    "TransactionError",
    "open_repository",
]
