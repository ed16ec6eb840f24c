"""Reading incoming mail on the other cores while the reader fetches and stores.

Understanding one message (MIME, charsets, quotes, bounces, the classifier) costs
milliseconds of CPU, far more than fetching or storing it. On a machine with more than one
core the inbox reader hands each group of raw messages to worker processes and goes on
fetching, storing and acknowledging the group before; results come back in message order.

A message the parser raises on comes back as a `ParseFailure`, which the reader quarantines.
A message that kills a worker process (a crash in a C extension, memory exhausted) breaks the
pool: that group is then read again one message at a time in a fresh pool, and a message
that kills that pool too is the one that comes back as a `ParseFailure`.

Workers are started with "spawn": the reader runs beside threads (the scheduler, the Slack
app), and forking a process that has threads can copy a held lock into the child.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol

from bot.mail.parse_reply import ParsedReply, parse_reply
from bot.mail.priming import prime_parser

log = logging.getLogger("duebot.inbox")

CHUNKS_PER_WORKER = 2  # pieces per worker a group is cut into: even load, few round trips
WARM_UP_SECONDS = 60.0  # longest `warm_up` waits for every worker to answer


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """Why a message could not be read ("ReplyParseError: not a MIME message: ...")."""

    error: str


ParseOutcome = ParsedReply | ParseFailure
Results = Callable[[], list[ParseOutcome]]
"""Waits for a submitted group and returns one outcome per message, in order."""


class MessageParsing(Protocol):
    def submit(self, raws: Sequence[bytes]) -> Results:
        """Start reading a group of raw messages; call the result to wait for them."""
        ...

    def warm_up(self) -> None:
        """Be ready to read now, not on the first message (a long-running reader's start)."""
        ...


def outcome_of(parse: Callable[[bytes], ParsedReply], raw: bytes) -> ParseOutcome:
    """The parsed message, or the failure: a parser error must never stop the next message."""
    try:
        return parse(raw)
    except Exception as exc:
        return ParseFailure(f"{type(exc).__name__}: {exc}")


class InlineParsing:
    """Parse in the caller's thread (one core, or a parser that cannot cross processes)."""

    def __init__(self, parse: Callable[[bytes], ParsedReply] = parse_reply) -> None:
        self._parse = parse

    def submit(self, raws: Sequence[bytes]) -> Results:
        outcomes = _parse_chunk(self._parse, raws)
        return lambda: outcomes

    def warm_up(self) -> None:
        """Prime duebot's parser when it is the one reading (`prime_parser`); a parse
        function passed in instead is the caller's own to ready."""
        if self._parse is parse_reply:
            prime_or_warn()


def _worker_started(prime: bool) -> None:
    """A worker ignores Ctrl-C: the reader decides when to stop, and waits for its workers.
    A worker that reads with duebot's parser readies it first (`prime_parser`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if prime:
        prime_or_warn()


def prime_or_warn() -> None:
    """Prime the parser; a failure there is logged, not raised: priming only saves time, and
    a worker whose start raised would break the pool for every message."""
    try:
        prime_parser()
    except Exception:
        log.warning("could not prime the reply parser; reading goes on without", exc_info=True)


def _parse_chunk(parse: Callable[[bytes], ParsedReply], raws: Sequence[bytes]
                 ) -> list[ParseOutcome]:
    """Each message's outcome, in order: what a worker does with its piece of a group."""
    return [outcome_of(parse, raw) for raw in raws]


def _ready() -> int:
    """This worker's process id, after a moment's pause: a worker that is ready while
    another still starts takes one request at a time, leaving the next to the other."""
    time.sleep(0.01)
    return os.getpid()


class PooledParsing:
    """Parse groups of messages in `workers` processes, started on first use. `parse` must
    be importable by name (a module-level function): it is sent to the workers by name."""

    def __init__(self, workers: int, parse: Callable[[bytes], ParsedReply] = parse_reply
                 ) -> None:
        if workers < 1:
            raise ValueError(f"a parsing pool needs at least one worker, not {workers}")
        self.workers = workers
        self._parse = parse
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_worker_started, initargs=(self._parse is parse_reply,))
            return self._pool

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)

    def warm_up(self) -> None:
        """Start every worker now (each loads the parser, and primes it when it is duebot's),
        not on the first message: returns once each of them has answered, or after
        `WARM_UP_SECONDS` (a worker still starting then simply starts reading later)."""
        pool = self._executor()
        answered: set[int] = set()
        give_up = time.monotonic() + WARM_UP_SECONDS
        while len(answered) < self.workers and time.monotonic() < give_up:
            answered.update(future.result()
                            for future in [pool.submit(_ready) for _ in range(self.workers)])

    def submit(self, raws: Sequence[bytes]) -> Results:
        if not raws:
            return list
        size = max(1, -(-len(raws) // (self.workers * CHUNKS_PER_WORKER)))
        chunks = [list(raws[start : start + size]) for start in range(0, len(raws), size)]
        pool = self._executor()
        try:
            futures = [pool.submit(_parse_chunk, self._parse, chunk) for chunk in chunks]
        except BrokenProcessPool:
            self._replace(pool)
            return lambda: [outcome for chunk in chunks for outcome in self._one_by_one(chunk)]

        def results() -> list[ParseOutcome]:
            outcomes: list[ParseOutcome] = []
            for chunk, future in zip(chunks, futures, strict=True):
                outcomes.extend(self._chunk_result(pool, chunk, future))
            return outcomes

        return results

    def _chunk_result(self, pool: ProcessPoolExecutor, chunk: list[bytes],
                      future: Future[list[ParseOutcome]]) -> list[ParseOutcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            self._replace(pool)
            return self._one_by_one(chunk)

    def _one_by_one(self, chunk: list[bytes]) -> list[ParseOutcome]:
        """Read each message in its own task, so the one that kills a worker is found."""
        outcomes: list[ParseOutcome] = []
        for raw in chunk:
            pool = self._executor()
            try:
                outcomes.extend(pool.submit(_parse_chunk, self._parse, [raw]).result())
            except BrokenProcessPool:
                self._replace(pool)
                outcomes.append(ParseFailure(
                    "ParserCrashed: the process reading this message died (a crash in the "
                    "parser, or memory exhausted)"))
        return outcomes

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    """Worker processes when the configuration does not say: none on one core (the reader's
    own thread parses), otherwise one per core, up to four."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 0 if not cores or cores < 2 else min(cores, 4)


_SHARED: dict[int, PooledParsing] = {}
_SHARED_LOCK = threading.Lock()


def message_parsing(workers: int | None = None) -> MessageParsing:
    """The parsing the inbox reader uses: a pool of `workers` processes shared by every reader
    in this process (started once, on first use), or inline for 0."""
    count = default_workers() if workers is None else workers
    if count < 1:
        return InlineParsing()
    with _SHARED_LOCK:
        if count not in _SHARED:
            _SHARED[count] = PooledParsing(count)
        return _SHARED[count]
