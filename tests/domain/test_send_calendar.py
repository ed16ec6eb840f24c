"""The send window and closed days, on the debtor's own clock."""

from __future__ import annotations

from datetime import date

from bot.domain.calendar import HolidayCalendar, SendCalendar

from .builders import london, make_config


def calendar(**sections: object) -> SendCalendar:
    config = make_config(**sections)
    return SendCalendar.from_config(config, london("2026-03-02"))


def test_weekdays_inside_the_hours_are_open() -> None:
    assert calendar().check(london("2026-03-02", 9), None).open
    assert not calendar().check(london("2026-03-02", 17), None).open


def test_saturday_and_sunday_are_closed_by_default() -> None:
    check = calendar().check(london("2026-03-07", 11), None)
    assert not check.open and check.reason == "Saturday is not a sending day"


def test_the_owner_can_open_saturdays() -> None:
    days = ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert calendar(send_window={"days": days}).check(london("2026-03-07", 11), None).open


def test_public_holidays_are_named() -> None:
    reason = calendar().closed_day_reason(date(2026, 12, 25))
    assert reason == "2026-12-25 is a public holiday (Christmas Day)"


def test_the_next_opening_skips_a_long_weekend() -> None:
    check = calendar().check(london("2026-04-02", 18), None)  # Maundy Thursday evening
    assert check.next_opening == london("2026-04-07", 9)  # after Good Friday..Easter Monday


def test_holidays_of_a_year_not_expanded_up_front_are_still_known() -> None:
    table = HolidayCalendar(make_config().holidays)
    assert table.name_of(date(2031, 12, 25)) == "Christmas Day"
    assert table.name_of(date(2031, 12, 23)) is None


def test_a_debtor_in_sydney_is_open_when_london_sleeps() -> None:
    sydney_morning = london("2026-03-02", 23)  # 10:00 Tuesday in Sydney
    assert calendar().check(sydney_morning, "Australia/Sydney").open
    assert not calendar().check(sydney_morning, None).open


def test_an_unknown_debtor_time_zone_falls_back_to_the_business_one() -> None:
    assert calendar().timezone_for("Mars/Olympus_Mons").key == "Europe/London"
