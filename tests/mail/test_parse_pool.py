"""Incoming mail read in worker processes: the same answers as reading it in the reader's own
thread, in message order, and one bad message never costs the others."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.mail.parse_pool import (
    InlineParsing,
    ParseFailure,
    PooledParsing,
    default_workers,
    message_parsing,
)
from bot.mail.parse_reply import ParsedReply, parse_reply

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
POISON = b"X-Test-Poison: kill\r\n"
FAULTY = b"X-Test-Poison: raise\r\n"


def crashing_parse(raw: bytes) -> ParsedReply:
    """A parser that takes its whole process down on a marked message (as a crash in a C
    extension would), raises on another, and reads the rest normally."""
    if raw.startswith(POISON):
        os._exit(3)
    if raw.startswith(FAULTY):
        raise ValueError("this parser cannot read this one")
    return parse_reply(raw)


def sample_messages() -> list[bytes]:
    folders = ("debtor-replies", "bounces", "autoreplies")
    found = [path.read_bytes() for folder in folders
             for path in sorted((CORPORA / folder).rglob("*.eml"))[:12]]
    assert len(found) >= 24, f"too few sample messages under {CORPORA}"
    return found


@pytest.fixture
def pool() -> Iterator[PooledParsing]:
    parsing = PooledParsing(2, crashing_parse)
    yield parsing
    parsing.close()


def test_workers_read_every_message_as_the_reader_itself_would(pool: PooledParsing) -> None:
    messages = sample_messages()
    assert pool.submit(messages)() == InlineParsing().submit(messages)()


def test_results_come_back_in_message_order_across_groups(pool: PooledParsing) -> None:
    messages = sample_messages()
    first, second = pool.submit(messages[:10]), pool.submit(messages[10:])
    outcomes = first() + second()
    subjects = [o.subject for o in outcomes if isinstance(o, ParsedReply)]
    assert subjects == [parse_reply(m).subject for m in messages]


def test_a_message_the_parser_raises_on_is_a_failure_and_the_others_are_read(
    pool: PooledParsing,
) -> None:
    messages = sample_messages()[:6]
    outcomes = pool.submit([*messages[:3], FAULTY + messages[3], *messages[4:]])()
    assert outcomes[3] == ParseFailure("ValueError: this parser cannot read this one")
    assert all(isinstance(o, ParsedReply) for i, o in enumerate(outcomes) if i != 3)


def test_a_message_that_kills_its_worker_is_the_only_one_lost(pool: PooledParsing) -> None:
    messages = sample_messages()[:8]
    outcomes = pool.submit([*messages[:5], POISON + messages[5], *messages[6:]])()
    assert isinstance(outcomes[5], ParseFailure)
    assert "died" in outcomes[5].error
    read = [o for i, o in enumerate(outcomes) if i != 5]
    assert read == [parse_reply(m) for i, m in enumerate(messages) if i != 5]
    assert pool.submit(messages[:2])() == [parse_reply(m) for m in messages[:2]], \
        "a fresh pool takes over after the crash"


def test_the_next_group_is_read_even_when_a_crash_broke_the_pool_under_it(
    pool: PooledParsing,
) -> None:
    messages = sample_messages()[:6]
    broken = pool.submit([POISON + messages[0], *messages[1:3]])
    waiting = pool.submit(messages[3:])
    assert isinstance(broken()[0], ParseFailure)
    assert waiting() == [parse_reply(m) for m in messages[3:]]


def test_no_workers_means_reading_in_the_readers_own_thread() -> None:
    assert isinstance(message_parsing(0), InlineParsing)
    assert message_parsing(2) is message_parsing(2), "one pool per process, shared by readers"
    assert default_workers() == 0 or default_workers() >= 2
