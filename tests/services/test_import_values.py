"""Reading single cells: dates in the forms exports use, money exactly, currencies, locales."""

from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal, get_decimal_symbol
from hypothesis import given
from hypothesis import strategies as st

from bot.services.importing.values import (
    DateOrder,
    DateStyle,
    ValueProblem,
    date_order_of_locale,
    parse_currency,
    parse_date,
    parse_locale,
    parse_money,
    parse_timezone,
)

MARCH_4 = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("2026-03-04", DateStyle()),
        ("2026-03-04T00:00:00", DateStyle()),
        ("2026-03-04 00:00:00", DateStyle()),
        ("04/03/2026", DateStyle(order=DateOrder.DMY)),
        ("03/04/2026", DateStyle(order=DateOrder.MDY)),
        ("3/4/26", DateStyle(order=DateOrder.MDY)),
        ("04.03.2026", DateStyle()),
        ("4 Mar 2026", DateStyle()),
        ("March 4, 2026", DateStyle()),
        ("04-Mar-26", DateStyle()),
        ("4. März 2026", DateStyle()),
        ("46085", DateStyle()),
        ("04|03|2026", DateStyle(pattern="%d|%m|%Y")),
    ],
)
def test_the_common_date_forms_are_read(text: str, style: DateStyle) -> None:
    assert parse_date(text, style) == MARCH_4


def test_a_day_above_twelve_shows_the_order_without_a_hint() -> None:
    assert parse_date("13/04/2026", DateStyle()) == date(2026, 4, 13)
    assert parse_date("04/13/2026", DateStyle()) == date(2026, 4, 13)


def test_an_ambiguous_date_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueProblem, match="day/month or month/day"):
        parse_date("03/04/2026", DateStyle())


@pytest.mark.parametrize("text", ["yesterday", "2 weeks ago", "31/02/2026", "2026-13-01", "soon"])
def test_relative_and_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_date(text, DateStyle(order=DateOrder.DMY))


def test_the_hint_names_an_order_or_a_pattern() -> None:
    assert DateStyle.from_hint("dmy").order is DateOrder.DMY
    assert DateStyle.from_hint("M/D/Y").order is DateOrder.MDY
    assert DateStyle.from_hint("%d.%m.%y").pattern == "%d.%m.%y"
    with pytest.raises(ValueProblem):
        DateStyle.from_hint("sideways")


def test_the_locale_gives_the_day_month_order() -> None:
    assert date_order_of_locale("en_US") is DateOrder.MDY
    assert date_order_of_locale("en_GB") is DateOrder.DMY
    assert date_order_of_locale("de-DE") is DateOrder.DMY
    assert date_order_of_locale(None) is None


@pytest.mark.parametrize(
    ("text", "decimal_symbol", "amount", "currency"),
    [
        ("1250", ".", "1250", None),
        ("£1,234.56", ".", "1234.56", "GBP"),
        ("1.234,56 €", ".", "1234.56", "EUR"),
        ("EUR 12.00", ".", "12.00", "EUR"),
        ("12.00 USD", ".", "12.00", "USD"),
        ("$2,640.00", ".", "2640.00", "USD"),
        ("(45.00)", ".", "-45.00", None),
        ("-45", ".", "-45", None),
        ("1 234,56", ".", "1234.56", None),
        ("1\u00a0234,56", ",", "1234.56", None),
        ("1,234", ".", "1234", None),
        ("1,234", ",", "1.234", None),
        ("1.234", ",", "1234", None),
        ("12,5", ".", "12.5", None),
        ("1,234,567.89", ".", "1234567.89", None),
        ("0.10", ".", "0.10", None),
    ],
)
def test_amounts_are_read_exactly(
    text: str, decimal_symbol: str, amount: str, currency: str | None
) -> None:
    money = parse_money(text, decimal_symbol=decimal_symbol)
    assert money.amount == Decimal(amount)
    assert isinstance(money.amount, Decimal)
    assert money.currency == currency


@pytest.mark.parametrize("text", ["", "abc", "12..3", "1.2.3", "1,23,4", "seven"])
def test_unreadable_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_money(text)


def test_currencies_locales_and_time_zones() -> None:
    assert parse_currency("gbp") == "GBP"
    assert parse_currency("€") == "EUR"
    assert parse_locale("de-de") == "de_DE"
    assert parse_timezone("Europe/Berlin") == "Europe/Berlin"
    for reader, bad in ((parse_currency, "XYZ"), (parse_locale, "zz_QQ"),
                        (parse_timezone, "Mars/Olympus")):
        with pytest.raises(ValueProblem):
            reader(bad)


@given(
    amount=st.decimals(min_value=Decimal("-9999999.99"), max_value=Decimal("9999999.99"),
                       places=2, allow_nan=False, allow_infinity=False),
    locale=st.sampled_from(["en_GB", "en_US", "de_DE", "fr_FR", "de_CH", "nl_NL", "sv_SE"]),
)
def test_any_amount_a_locale_writes_reads_back_exactly(amount: Decimal, locale: str) -> None:
    written = format_decimal(amount, format="#,##0.00", locale=locale)
    assert parse_money(written, decimal_symbol=get_decimal_symbol(locale)).amount == amount


@given(
    amount=st.decimals(min_value=Decimal("0"), max_value=Decimal("9999999.99"),
                       places=2, allow_nan=False, allow_infinity=False),
    written_as=st.sampled_from([("en_GB", "GBP"), ("en_US", "USD"), ("de_DE", "EUR"),
                                ("fr_FR", "EUR"), ("en_IE", "EUR")]),
)
def test_any_price_with_its_currency_reads_back_exactly(
    amount: Decimal, written_as: tuple[str, str]
) -> None:
    locale, currency = written_as
    money = parse_money(format_currency(amount, currency, locale=locale),
                        decimal_symbol=get_decimal_symbol(locale))
    assert (money.amount, money.currency) == (amount, currency)
