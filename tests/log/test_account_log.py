"""The account log is append-only and tamper-evident: each event carries the hash of the one
before it, and verification names the first broken link."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.domain.events import (
    GENESIS_HASH,
    Event,
    EventType,
    event_hash,
    next_event,
    next_event_and_doc,
    verify_chain,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def chain(n: int) -> list[Event]:
    events: list[Event] = []
    for i in range(n):
        events.append(next_event(events[-1] if events else None, account_id="ACME",
                                 type=EventType.NOTE, at=T0 + timedelta(minutes=i),
                                 actor="staff:sam", data={"text": f"note {i}"}))
    return events


def test_the_first_event_links_to_the_genesis_hash_and_each_next_to_its_predecessor() -> None:
    events = chain(3)
    assert events[0].prev_hash == GENESIS_HASH
    assert [e.seq for e in events] == [1, 2, 3]
    assert events[1].prev_hash == events[0].hash and events[2].prev_hash == events[1].hash
    assert verify_chain(events) is None


def test_an_edited_event_is_named_as_the_first_broken_link() -> None:
    events = chain(5)
    events[2] = dataclasses.replace(events[2], data={"text": "edited"})
    broken = verify_chain(events)
    assert broken is not None and broken.seq == 3
    assert "hash" in broken.reason


def test_a_dropped_event_is_noticed() -> None:
    events = chain(5)
    del events[1]
    broken = verify_chain(events)
    assert broken is not None and broken.seq == 2


def test_a_rehashed_forgery_still_breaks_the_next_link() -> None:
    events = chain(4)
    forged = dataclasses.replace(events[1], data={"text": "forged"})
    doc = forged.to_doc()
    from bot.domain.events import event_hash

    events[1] = Event.from_doc({**doc, "hash": event_hash(doc)})
    broken = verify_chain(events)
    assert broken is not None and broken.seq == 3
    assert "previous-hash" in broken.reason


def test_an_event_survives_a_round_trip_through_its_stored_form() -> None:
    event = chain(1)[0]
    assert Event.from_doc(event.to_doc()) == event


def test_the_stored_form_built_with_an_event_is_its_to_doc_and_carries_its_hash() -> None:
    previous = chain(1)[0]
    paris = timezone(timedelta(hours=1))
    event, doc = next_event_and_doc(
        previous, account_id="ACME", type=EventType.REPLY_RECEIVED,
        at=datetime(2026, 3, 2, 10, 0, 0, 1234, tzinfo=paris), actor="debtor:a@b.example",
        invoices=("INV-1", "INV-2"),
        data={"text": "é", "nested": {"b": [1, None], "a": True}, "amount": 1.5})
    assert doc == event.to_doc()
    assert list(doc) == list(event.to_doc())
    assert doc["hash"] == event.hash == event_hash(doc)
    assert event == next_event(previous, account_id="ACME", type=EventType.REPLY_RECEIVED,
                               at=event.at, actor=event.actor, invoices=event.invoices,
                               data=event.data)
    assert verify_chain([previous, event]) is None


def test_event_times_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        next_event(None, account_id="ACME", type=EventType.NOTE, at=datetime(2026, 3, 2),
                   actor="x")
