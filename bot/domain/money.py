"""Amounts and dates written the way the debtor reads them (babel), e.g. `1.234,50 €` in de_DE.

Babel puts a no-break space between number and symbol where the locale wants a space, so an
amount never wraps across lines; `plain_spaces` turns it into an ordinary space for matching.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_decimal_symbol,
    get_group_symbol,
)

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


class LocaleError(ValueError):
    """A locale babel does not know."""

    def __init__(self, locale: str, reason: str) -> None:
        super().__init__(f"unknown locale {locale!r}: {reason}")
        self.locale = locale


@lru_cache(maxsize=64)
def _locale(code: str) -> Locale:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError) as exc:
        raise LocaleError(code, str(exc)) from exc


@dataclass(frozen=True, slots=True)
class _MoneyShape:
    """How a (currency, locale) writes a non-negative amount, learnt from babel itself."""

    prefix: str
    suffix: str
    group: str
    decimal: str
    digits: int

    def write(self, amount: Decimal) -> str:
        number = f"{amount:,.{self.digits}f}"
        return self.prefix + number.translate(
            {ord(","): self.group, ord("."): self.decimal}
        ) + self.suffix


def _babel_money(amount: Decimal, currency: str, locale: str) -> str:
    return format_currency(amount, currency, locale=_locale(locale))


@lru_cache(maxsize=256)
def _shape(currency: str, locale: str) -> _MoneyShape | None:
    """The fast writer for this pair, or None where babel's rules are not plain 3-digit
    grouping (e.g. en_IN's lakh grouping, es_ES's "no separator below 10,000")."""
    loc = _locale(locale)
    digits = get_currency_precision(currency)
    sample = _babel_money(Decimal("1234567.25"), currency, locale)
    first = next((i for i, ch in enumerate(sample) if ch.isdigit()), None)
    last = next((i for i in range(len(sample) - 1, -1, -1) if sample[i].isdigit()), None)
    if first is None or last is None:
        return None
    shape = _MoneyShape(
        prefix=sample[:first],
        suffix=sample[last + 1:],
        group=get_group_symbol(loc),
        decimal=get_decimal_symbol(loc),
        digits=digits,
    )
    probes = (Decimal("1234567.25"), Decimal("1234.5"), Decimal("12.345"), Decimal("0"))
    if any(shape.write(p) != _babel_money(p, currency, locale) for p in probes):
        return None
    return shape


@lru_cache(maxsize=8192)
def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """`Decimal("1234.5"), "EUR", "de_DE"` -> `1.234,50 €` (with a no-break space).

    Exactly what babel's `format_currency` writes; a shape learnt once per (currency, locale)
    writes non-negative amounts without re-running babel's pattern machinery each time."""
    code = currency.upper()
    shape = _shape(code, locale) if amount >= 0 and amount.is_finite() else None
    if shape is None:
        return _babel_money(amount, code, locale)
    return shape.write(amount)


@lru_cache(maxsize=8192)
def format_day(day: date, locale: str, style: str = "medium") -> str:
    """A calendar date in the locale's own style: `15 Mar 2026` (en_GB), `15.03.2026` (de_DE)."""
    return format_date(day, format=style, locale=_locale(locale))


def totals_by_currency(amounts: Iterable[tuple[Decimal, str]]) -> dict[str, Decimal]:
    """Sum amounts per currency, in order of first appearance."""
    totals: dict[str, Decimal] = {}
    for amount, currency in amounts:
        code = currency.upper()
        totals[code] = totals.get(code, Decimal(0)) + amount
    return totals


def plain_spaces(text: str) -> str:
    """The text with no-break spaces made ordinary (for comparing and searching)."""
    return text.replace(NBSP, " ").replace(NARROW_NBSP, " ")
