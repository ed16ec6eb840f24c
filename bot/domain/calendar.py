"""When duebot may write to a debtor: the send window and the days the business is closed.

A moment is inside the send window when, in the debtor's own time zone (the account's, else
the business's), it falls on a sending weekday, is not a public holiday or one of the owner's
extra closed dates, and lies within the window's hours (start inclusive, end exclusive).

`SendCalendar` is built once per plan (the holiday table is the expensive part) and then asked
about many accounts. It reads no clock: every question takes the moment as an argument.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from bot.config import WEEKDAYS, Config, HolidaysConfig, SendWindowConfig

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEARCH_DAYS = 400


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA time zone called `name` (cached; zone names come from config and accounts)."""
    return ZoneInfo(name)


class HolidayCalendar:
    """Public holidays (the `holidays` package, by country/subdivision) plus extra closed dates.

    Years are expanded on first use and kept, so asking about many accounts costs a dict
    lookup each.
    """

    def __init__(self, config: HolidaysConfig, years: Iterable[int] = ()) -> None:
        self._country = config.country
        self._subdivision = config.subdivision
        self._extra = frozenset(config.extra_dates)
        self._names: dict[date, str] = {}
        self._years: set[int] = set()
        for year in years:
            self._expand(year)

    def _expand(self, year: int) -> None:
        if year in self._years:
            return
        self._years.add(year)
        if self._country:
            table = holidays.country_holidays(self._country, subdiv=self._subdivision, years=year)
            for day, name in table.items():
                self._names.setdefault(day, str(name))
        for day in self._extra:
            if day.year == year:
                self._names.setdefault(day, "closed (owner's extra date)")

    def name_of(self, day: date) -> str | None:
        """The holiday's name when `day` is a holiday or closed date, else None."""
        if day.year not in self._years:
            self._expand(day.year)
        return self._names.get(day)


@dataclass(frozen=True, slots=True)
class WindowCheck:
    """Whether a moment is inside the send window; if not, why, and when it next opens (UTC)."""

    open: bool
    reason: str = ""
    next_opening: datetime | None = None


class SendCalendar:
    """The send window applied in a debtor's time zone, skipping closed weekdays and holidays."""

    def __init__(
        self,
        window: SendWindowConfig,
        holiday_calendar: HolidayCalendar,
        business_timezone: str,
    ) -> None:
        self._days = frozenset(WEEKDAYS.index(d) for d in window.days)
        self._start = window.start
        self._end = window.end
        self._holidays = holiday_calendar
        self.business_timezone = business_timezone

    @classmethod
    def from_config(cls, config: Config, now: datetime) -> SendCalendar:
        """The calendar for one plan: holidays of last, this and next year expanded up front."""
        years = (now.year - 1, now.year, now.year + 1)
        return cls(
            config.send_window,
            HolidayCalendar(config.holidays, years),
            config.business.timezone,
        )

    def timezone_for(self, debtor_timezone: str | None) -> ZoneInfo:
        """The debtor's zone; the business's when none is known or the name is not a zone
        (one bad account record must not stop planning for everyone)."""
        if debtor_timezone:
            try:
                return zone(debtor_timezone)
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return zone(self.business_timezone)

    def local(self, now: datetime, debtor_timezone: str | None) -> datetime:
        """`now` on the debtor's wall clock."""
        return now.astimezone(self.timezone_for(debtor_timezone))

    def closed_day_reason(self, day: date) -> str | None:
        """Why no email may go on this (local) date at all, or None when it is a sending day."""
        if day.weekday() not in self._days:
            return f"{_DAY_NAMES[day.weekday()]} is not a sending day"
        holiday = self._holidays.name_of(day)
        if holiday is not None:
            return f"{day.isoformat()} is a public holiday ({holiday})"
        return None

    def is_sending_day(self, day: date) -> bool:
        return self.closed_day_reason(day) is None

    def check(self, now: datetime, debtor_timezone: str | None) -> WindowCheck:
        """Is `now` inside the send window on the debtor's clock?"""
        local = self.local(now, debtor_timezone)
        day_reason = self.closed_day_reason(local.date())
        if day_reason is None:
            clock = local.time().replace(tzinfo=None)
            if self._start <= clock < self._end:
                return WindowCheck(open=True)
            when = "before" if clock < self._start else "after"
            bound = self._start if clock < self._start else self._end
            reason = f"{clock:%H:%M} local time is {when} the send window ({bound:%H:%M})"
        else:
            reason = day_reason
        return WindowCheck(open=False, reason=reason, next_opening=self.next_opening(local))

    def next_opening(self, local: datetime) -> datetime | None:
        """The first moment at or after `local` (an aware local time) when the window is open,
        in UTC; None if no sending day falls within a year (a config that closes every day)."""
        tz = local.tzinfo
        day = local.date()
        if self.is_sending_day(day) and local.time().replace(tzinfo=None) < self._end:
            start = max(local.time().replace(tzinfo=None), self._start)
            return _at(day, start, tz)
        for _ in range(_SEARCH_DAYS):
            day += timedelta(days=1)
            if self.is_sending_day(day):
                return _at(day, self._start, tz)
        return None


def _at(day: date, clock: time, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)
