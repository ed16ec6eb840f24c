"""Replaying journal records into the in-memory state at open, checking each as it goes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.domain.events import GENESIS_HASH, Event
from bot.store import codec
from bot.store.codec import Doc
from bot.store.errors import JournalCorrupt
from bot.store.state import StoreState


@dataclass(frozen=True, slots=True)
class Replayed:
    last_txn: int
    facts: int  # puts plus events


def replay(state: StoreState, path: Path, records: list[dict[str, Any]]) -> Replayed:
    """Apply one journal's records (read from `path`, line n = records[n-1]) in one batch.

    Every record must read back and every event must extend its account's chain; the first
    that does not is reported with its line, and nothing from this journal is applied.
    """
    puts: list[tuple[str, Doc]] = []
    events: list[Event] = []
    event_docs: list[Doc] = []
    last: dict[str, Event] = {}
    last_txn = facts = 0
    for line, record in enumerate(records, start=1):
        try:
            for kind, doc in record["puts"]:
                if not state.known_kind(kind):
                    raise ValueError(f"unknown record kind {kind!r}")
                if codec.KINDS[kind].key_field not in doc:
                    raise ValueError(f"{kind} record without {codec.KINDS[kind].key_field!r}")
                puts.append((kind, doc))
            for doc in record["events"]:
                event = Event.from_doc(doc)
                previous = last.get(event.account_id) or state.events.last(event.account_id)
                expected_seq = previous.seq + 1 if previous else 1
                expected_prev = previous.hash if previous else GENESIS_HASH
                if event.seq != expected_seq or event.prev_hash != expected_prev:
                    raise ValueError(f"event {event.account_id}#{event.seq} breaks its chain")
                last[event.account_id] = event
                events.append(event)
                event_docs.append(doc)
            last_txn = max(last_txn, int(record["txn"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise JournalCorrupt(path, line, f"{type(exc).__name__}: {exc}") from exc
        facts += len(record["puts"]) + len(record["events"])
    state.apply(puts, events, event_docs)
    return Replayed(last_txn, facts)
