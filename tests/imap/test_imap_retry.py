"""Capped backoff for temporary mailbox failures; no server needed."""

from __future__ import annotations

import pytest

from bot.mail.imap import MailboxLoginFailed, MailboxUnavailable
from bot.mail.imap_retry import Backoff, RetryNotice, with_retries


def _unavailable() -> MailboxUnavailable:
    return MailboxUnavailable("connection lost", host="imap.example", user="acc")


def test_delays_grow_and_are_capped() -> None:
    backoff = Backoff(first_seconds=1, factor=2, cap_seconds=10)
    assert [backoff.delay(n) for n in range(1, 7)] == [1, 2, 4, 8, 10, 10]
    assert Backoff(cap_seconds=300).delay(10_000) == 300


def test_retries_until_success_with_the_backoff_waits() -> None:
    outcomes: list[Exception | str] = [_unavailable(), _unavailable(), "done"]
    waits: list[float] = []
    notices: list[RetryNotice] = []

    def operation() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    result = with_retries(operation, attempts=5, backoff=Backoff(first_seconds=3),
                          sleep=waits.append, on_retry=notices.append)
    assert result == "done"
    assert waits == [3, 6]
    assert [n.attempt for n in notices] == [1, 2]


def test_gives_up_with_the_last_error() -> None:
    waits: list[float] = []
    calls = 0

    def operation() -> None:
        nonlocal calls
        calls += 1
        raise _unavailable()

    with pytest.raises(MailboxUnavailable):
        with_retries(operation, attempts=3, sleep=waits.append)
    assert calls == 3 and len(waits) == 2


def test_login_failure_is_not_retried() -> None:
    waits: list[float] = []

    def operation() -> None:
        raise MailboxLoginFailed("login refused", host="imap.example", user="acc")

    with pytest.raises(MailboxLoginFailed):
        with_retries(operation, sleep=waits.append)
    assert waits == []
