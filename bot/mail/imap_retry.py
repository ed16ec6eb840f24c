"""Capped exponential backoff for temporary mailbox failures.

`with_retries(round)` runs one IMAP round and, when it raises `MailboxUnavailable` (connection
refused or dropped, timeout, server busy), waits 1 s, 2 s, 4 s... (capped) and runs it again,
up to a number of attempts; then the last error propagates. A failed login is not retried here:
it needs a person, not patience.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from bot.mail.imap import MailboxUnavailable

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Backoff:
    first_seconds: float = 1.0
    factor: float = 2.0
    cap_seconds: float = 300.0

    def __post_init__(self) -> None:
        if self.first_seconds < 0 or self.cap_seconds < 0 or self.factor < 1:
            raise ValueError(f"backoff needs first, cap >= 0 and factor >= 1: {self!r}")

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        if attempt < 1:
            raise ValueError(f"attempt numbers start at 1, got {attempt}")
        exponent = min(attempt - 1, 64)
        return float(min(self.cap_seconds, self.first_seconds * self.factor**exponent))


@dataclass(frozen=True, slots=True)
class RetryNotice:
    """Handed to `on_retry` before each wait, for logging or metrics."""

    attempt: int
    error: MailboxUnavailable
    wait_seconds: float


def with_retries(
    operation: Callable[[], T],
    *,
    attempts: int = 5,
    backoff: Backoff | None = None,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[RetryNotice], None] | None = None,
) -> T:
    """Run `operation`, retrying on MailboxUnavailable with capped backoff; any other
    exception propagates at once, and the last MailboxUnavailable after `attempts` tries."""
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")
    policy = backoff or Backoff()
    attempt = 1
    while True:
        try:
            return operation()
        except MailboxUnavailable as error:
            if attempt >= attempts:
                raise
            wait = policy.delay(attempt)
            if on_retry is not None:
                on_retry(RetryNotice(attempt=attempt, error=error, wait_seconds=wait))
            sleep(wait)
            attempt += 1
