"""Reading a Date header as `email.utils.parsedate_to_datetime` does, the usual form directly.

Nearly every message dates itself "Tue, 4 Nov 2025 09:30:00 +0100" (RFC 5322, perhaps with a
zone comment). For that form the stdlib's lenient parser (day name skipped, fields split on
blanks, two-digit years, "-0000" meaning no known zone) comes down to a few integers, read
here in one match; every other form goes to the stdlib.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timedelta, timezone

_USUAL_FORM = re.compile(
    r"(?:[A-Za-z]{3}, {1,2})?([0-9]{1,2}) ([A-Za-z]{3}) ([0-9]{4}) "
    r"([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-][0-9]{4})(?: \([A-Za-z]+\))?\Z"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def read_date(value: str) -> datetime | None:
    """When the message says it was sent; None when the value is no date."""
    if not value:
        return None
    usual = _USUAL_FORM.match(value)
    if usual is not None:
        day, month_name, year, hour, minute, second, zone = usual.groups()
        month = _MONTHS.get(month_name.lower())
        if month is not None:
            return _usual_date(int(year), month, int(day), (int(hour), int(minute), int(second)),
                               zone)
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _usual_date(
    year: int, month: int, day: int, time: tuple[int, int, int], zone: str
) -> datetime | None:
    """The datetime `parsedate_to_datetime` builds from these fields (None where it raises)."""
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = int(zone)
    try:
        if offset == 0 and zone.startswith("-"):
            return datetime(year, month, day, *time)  # "-0000": the zone is not known
        if offset:
            sign = -1 if offset < 0 else 1
            offset = sign * ((abs(offset) // 100) * 3600 + (abs(offset) % 100) * 60)
        return datetime(year, month, day, *time, tzinfo=timezone(timedelta(seconds=offset)))
    except ValueError:
        return None
