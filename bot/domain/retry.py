"""When to try a temporarily failed email again: capped exponential backoff, no randomness.

Deterministic on purpose: the same attempt at the same moment always gives the same retry
time, so a simulated clock (tests, `duebot demo`) replays exactly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

DEFAULT_CAP_SECONDS = 6 * 3600.0


def retry_delay_seconds(
    attempt: int, base_seconds: float, *, cap_seconds: float = DEFAULT_CAP_SECONDS
) -> float:
    """Seconds to wait after failed attempt number `attempt` (1-based): base, 2*base, 4*base...
    never more than `cap_seconds`."""
    if attempt < 1:
        raise ValueError(f"attempt numbers start at 1, got {attempt}")
    if base_seconds < 0 or cap_seconds < 0:
        raise ValueError(f"delays cannot be negative (base {base_seconds}, cap {cap_seconds})")
    exponent = min(attempt - 1, 62)
    return float(min(base_seconds * (2**exponent), cap_seconds))


def next_retry_at(
    attempt: int,
    now: datetime,
    base_seconds: float,
    *,
    cap_seconds: float = DEFAULT_CAP_SECONDS,
) -> datetime:
    """The moment to try again after failed attempt number `attempt` (1-based) at `now`."""
    return now + timedelta(seconds=retry_delay_seconds(attempt, base_seconds,
                                                       cap_seconds=cap_seconds))
