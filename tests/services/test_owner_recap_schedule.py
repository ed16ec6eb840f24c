"""When the owner's weekly recap is due, which week it is, and which days it covers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.config import Config, parse_config
from bot.services.owner_recap import recap_key, recap_week, recap_week_label


def config(weekday: str = "mon", at: str = "08:00:00", timezone: str = "UTC") -> Config:
    return parse_config({
        "business": {"name": "Brightwater", "from_address": "accounts@brightwater.example",
                     "reply_to": "accounts@brightwater.example", "timezone": timezone},
        "owner_recap": {"enabled": True, "to": "owner@brightwater.example",
                        "weekday": weekday, "time": at},
    })


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_a_monday_recap_covers_the_whole_week_before() -> None:
    week = recap_week(at("2026-03-16T09:00"), config())
    assert (week.first_day, week.last_day) == (date(2026, 3, 9), date(2026, 3, 15))


def test_a_recap_sent_late_covers_the_same_days_under_the_same_key() -> None:
    on_time, late = at("2026-03-16T08:00"), at("2026-03-18T15:30")
    assert recap_week(on_time, config()) == recap_week(late, config())
    assert recap_week_label(on_time, config()) == recap_week_label(late, config()) == "2026-W12"
    assert recap_key("2026-W12") == recap_key(recap_week_label(late, config()))


def test_before_the_scheduled_time_it_is_still_last_weeks_recap() -> None:
    assert recap_week_label(at("2026-03-16T07:59"), config()) == "2026-W11"
    assert recap_key("2026-W11") != recap_key("2026-W12")


def test_the_weekday_and_time_are_the_business_time_zone() -> None:
    """Friday 07:30 in Sydney is Thursday 20:30 UTC."""
    sydney = config(weekday="fri", at="07:30:00", timezone="Australia/Sydney")
    assert recap_week_label(at("2026-03-19T20:29"), sydney) == "2026-W11"
    assert recap_week_label(at("2026-03-19T20:30"), sydney) == "2026-W12"
    week = recap_week(at("2026-03-19T20:30"), sydney)
    assert (week.first_day, week.last_day) == (date(2026, 3, 13), date(2026, 3, 19))
