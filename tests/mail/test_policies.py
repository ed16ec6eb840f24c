"""The pure rules under sending: retry timing, reply-address tokens, money and dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.addressing import (
    AddressError,
    TokenIndex,
    account_for_token,
    account_token,
    account_token_in,
    reply_address,
)
from bot.domain.money import format_day, format_money, plain_spaces, totals_by_currency
from bot.domain.retry import next_retry_at

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_retries_back_off_exponentially_from_the_base() -> None:
    delays = [next_retry_at(n, NOW, 60) - NOW for n in (1, 2, 3, 4)]
    assert delays == [timedelta(seconds=s) for s in (60, 120, 240, 480)]


def test_retry_delays_are_capped() -> None:
    assert next_retry_at(40, NOW, 60, cap_seconds=3600) == NOW + timedelta(hours=1)
    assert next_retry_at(10_000, NOW, 60) == NOW + timedelta(hours=6)


def test_the_same_attempt_always_retries_at_the_same_moment() -> None:
    assert next_retry_at(3, NOW, 45) == next_retry_at(3, NOW, 45)


def test_attempts_are_counted_from_one() -> None:
    with pytest.raises(ValueError, match="start at 1"):
        next_retry_at(0, NOW, 60)


def test_a_reply_address_adds_the_account_token_to_the_collections_mailbox() -> None:
    address = reply_address("collections@brightwater.example", "ACME Ltd")
    assert address == f"collections+{account_token('ACME Ltd')}@brightwater.example"
    assert account_token("ACME Ltd").startswith("acme-ltd-")


@given(st.text(min_size=1, max_size=60))
def test_any_account_id_gives_a_safe_token_that_finds_it_again(account_id: str) -> None:
    address = reply_address("ar@x.example", account_id)
    local = address.rpartition("@")[0]
    assert all(c.isascii() and (c.isalnum() or c in "+-") for c in local)
    assert address.islower()
    assert account_for_token(address, ["someone-else", account_id]) == account_id


def test_similar_ids_get_different_tokens() -> None:
    ids = ["ACME", "acme", "A.C.M.E", "ACME ", "Ácme"]
    assert len({account_token(i) for i in ids}) == len(ids)


def test_the_token_is_found_in_a_reply_whatever_the_form_of_the_address() -> None:
    index = TokenIndex(["C-7"])
    token = account_token("C-7")
    assert index.account_for(f"Accounts <ar+{token}@x.example>") == "C-7"
    assert index.account_for(f"AR+{token.upper()}@X.EXAMPLE") == "C-7"
    assert index.account_for(token) == "C-7"
    assert account_token_in("ar@x.example") is None
    assert account_token_in("ar+newsletter@x.example") is None
    assert index.account_for("ar+0000-12345678@x.example") is None


def test_a_reply_to_that_is_not_an_address_is_refused() -> None:
    with pytest.raises(AddressError):
        reply_address("not an address", "A1")


@pytest.mark.parametrize(("amount", "currency", "locale", "expected"), [
    ("1234.50", "EUR", "de_DE", "1.234,50 €"),
    ("1234.5", "GBP", "en_GB", "£1,234.50"),
    ("1234.5", "USD", "en_US", "$1,234.50"),
    ("1234.5", "EUR", "fr_FR", "1 234,50 €"),
    ("1234", "JPY", "ja_JP", "￥1,234"),
    ("1234567.891", "INR", "en_IN", "₹12,34,567.89"),
    ("1234.5", "CHF", "de_CH", "CHF 1'234.50"),  # CLDR moved between ' and ’ across releases
    ("-5", "GBP", "en_GB", "-£5.00"),
])
def test_amounts_are_written_the_way_the_debtor_reads_them(
    amount: str, currency: str, locale: str, expected: str
) -> None:
    written = plain_spaces(format_money(Decimal(amount), currency, locale))
    assert written.replace("’", "'") == expected


@given(st.decimals(min_value=0, max_value=10**9, places=3),
       st.sampled_from(["EUR", "GBP", "USD", "JPY", "CHF", "INR", "KWD"]),
       st.sampled_from(["en_GB", "de_DE", "fr_FR", "de_CH", "en_IN", "es_ES", "ar_EG", "nl_NL",
                        "pt_BR", "sv_SE", "pl_PL", "ja_JP", "hi_IN"]))
def test_money_formatting_is_exactly_babels(amount: Decimal, currency: str, locale: str) -> None:
    assert format_money(amount, currency, locale) == format_currency(amount, currency,
                                                                     locale=locale)


def test_dates_are_written_the_way_the_debtor_reads_them() -> None:
    assert format_day(date(2026, 3, 15), "de_DE") == "15.03.2026"
    assert format_day(date(2026, 3, 15), "en_GB") == "15 Mar 2026"


def test_totals_are_kept_per_currency() -> None:
    totals = totals_by_currency([(Decimal("1"), "gbp"), (Decimal("2"), "EUR"),
                                 (Decimal("3"), "GBP")])
    assert totals == {"GBP": Decimal("4"), "EUR": Decimal("2")}
