"""`read_date` reads every Date value as `email.utils.parsedate_to_datetime` does."""

from __future__ import annotations

import email.utils
import random
from datetime import datetime

import pytest

from bot.mail.message_dates import read_date


def _stdlib(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


_VALUES = [
    "Tue, 4 Nov 2025 09:30:00 +0100", "Tue,  4 Nov 2025 09:30:00 -0500 (EST)",
    "4 Nov 2025 09:30:00 +0000", "Tue, 04 NOV 2025 23:59:59 -0000",
    "Xyz, 4 Nov 2025 09:30:00 +0130",
    "Tue, 31 Feb 2025 09:30:00 +0100", "Tue, 4 Nov 2025 25:30:00 +0100",
    "Tue, 4 Nov 2025 09:30:00 +9959", "Tue, 4 Nov 0069 09:30:00 +0100",
    "Tue, 4 Nov 0068 09:30:00 +0100", "Tue, 4 Xyz 2025 09:30:00 +0100",
    "Tue, 4 Nov 2025 09:30:00 GMT", "Tue, 4 Nov 2025 09:30 +0100", "not a date", "",
    "Tue, 4 Nov 2025 09:30:00 -2400", "Tue, 4 Nov 2025 09:30:00 +0100 (CET) extra",
]


@pytest.mark.parametrize("value", _VALUES)
def test_a_date_is_read_as_the_stdlib_reads_it(value: str) -> None:
    assert repr(read_date(value)) == repr(_stdlib(value))


def test_random_usual_dates_are_read_as_the_stdlib_reads_them() -> None:
    shuffle = random.Random(11)
    for _ in range(3000):
        value = (
            f"{shuffle.choice(['', 'Mon, ', 'Sun,  '])}{shuffle.randint(0, 39)} "
            f"{shuffle.choice(['Jan', 'may', 'DEC', 'Foo'])} {shuffle.randint(0, 2100):04d} "
            f"{shuffle.randint(0, 25):02d}:{shuffle.randint(0, 61):02d}:"
            f"{shuffle.randint(0, 61):02d} "
            f"{shuffle.choice('+-')}{shuffle.randint(0, 2500):04d}{shuffle.choice(['', ' (UTC)'])}"
        )
        assert repr(read_date(value)) == repr(_stdlib(value)), value
