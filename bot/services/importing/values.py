"""Reading one cell of an accounting export: dates, money, currencies, locales, time zones.

Each reader takes the cell's text and returns a value or raises `ValueProblem` with a reason a
person can act on. Nothing here reads a clock, a file or the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser
from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies

from bot.domain.models import InvoiceStatus


class ValueProblem(ValueError):
    """A cell that cannot be read; `reason` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DateOrder(StrEnum):
    """How to read an all-numeric date such as 03/04/2026."""

    DMY = "DMY"  # 03/04/2026 is 3 April (UK, Europe)
    MDY = "MDY"  # 03/04/2026 is March 4 (US)
    YMD = "YMD"  # 2026/04/03


@dataclass(frozen=True, slots=True)
class DateStyle:
    """How a file writes its dates: a day/month order, or an explicit strptime pattern."""

    order: DateOrder | None = None
    pattern: str | None = None

    @classmethod
    def from_hint(cls, hint: str | None) -> DateStyle:
        """`DMY`, `MDY`, `YMD` or a strptime pattern like `%d/%m/%Y`; None means "find out"."""
        if hint is None or not hint.strip():
            return cls()
        text = hint.strip()
        if "%" in text:
            return cls(pattern=text)
        try:
            return cls(order=DateOrder(text.upper().replace("/", "").replace("-", "")))
        except ValueError:
            raise ValueProblem(
                f"unknown date format {hint!r} (use DMY, MDY, YMD or a pattern like %d/%m/%Y)"
            ) from None


def date_order_of_locale(locale: str | None) -> DateOrder | None:
    """The day/month order a locale writes short dates in (en_US: MDY, en_GB/de_DE: DMY)."""
    if not locale:
        return None
    try:
        pattern = Locale.parse(locale.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    positions = {letter: pattern.find(letter) for letter in "dMy"}
    if min(positions.values()) < 0:
        return None
    ordered = "".join(sorted(positions, key=positions.__getitem__))
    return {"dMy": DateOrder.DMY, "Mdy": DateOrder.MDY, "yMd": DateOrder.YMD}.get(ordered)


_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_EXCEL_EPOCH = date(1899, 12, 30)
_HAS_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def numeric_date_parts(text: str) -> tuple[int, int, int] | None:
    """The three numbers of an all-numeric date that is not ISO, e.g. 03/04/2026 -> (3, 4, 2026)."""
    match = _NUMERIC.match(text.strip())
    if not match or len(match.group(1)) == 4:
        return None
    return int(match.group(1)), int(match.group(3)), int(match.group(4))


def evidence_of_order(text: str) -> DateOrder | None:
    """What one cell proves about the file's day/month order (13/04/2026 proves DMY)."""
    parts = numeric_date_parts(text)
    if parts is None:
        return None
    first, second, _ = parts
    if first > 12 >= second:
        return DateOrder.DMY
    if second > 12 >= first:
        return DateOrder.MDY
    return None


def _full_year(year: int, digits: int) -> int:
    if digits > 2:
        return year
    return 2000 + year if year < 70 else 1900 + year


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueProblem(f"{text!r} is not a real date ({exc})") from None


def parse_date(text: str, style: DateStyle, *, languages: list[str] | None = None) -> date:
    """Read a date in ISO form, d/m/y or m/d/y (per `style`), with a month name, or an Excel
    serial number. An all-numeric date whose order cannot be known is refused, not guessed."""
    value = text.strip()
    if not value:
        raise ValueProblem("is empty")
    if style.pattern:
        try:
            return datetime.strptime(value, style.pattern).date()
        except ValueError:
            reason = f"{value!r} does not match the date format {style.pattern}"
            raise ValueProblem(reason) from None
    iso = _ISO.match(value)
    if iso:
        return _make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), value)
    numeric = _NUMERIC.match(value)
    if numeric:
        return _numeric_date(numeric, style.order, value)
    if value.isdigit() and 20000 <= int(value) <= 80000:
        return _EXCEL_EPOCH + timedelta(days=int(value))
    if _HAS_LETTERS.search(value) and any(ch.isdigit() for ch in value):
        return _worded_date(value, style.order, languages)
    raise ValueProblem(f"cannot read {value!r} as a date")


def _numeric_date(match: re.Match[str], order: DateOrder | None, text: str) -> date:
    first, sep, second, third = match.group(1), match.group(2), match.group(3), match.group(4)
    if len(first) == 4:
        return _make_date(int(first), int(second), int(third), text)
    year = _full_year(int(third), len(third))
    a, b = int(first), int(second)
    if sep == "." and order is not DateOrder.MDY:
        order = DateOrder.DMY  # 04.03.2026 is written day-first everywhere that uses dots
    if order is None:
        order = evidence_of_order(text)
    if order is None:
        if a == b:
            return _make_date(year, a, b, text)
        raise ValueProblem(
            f"{text!r} could be day/month or month/day; "
            "give the date order (DMY or MDY) or the business locale"
        )
    if order is DateOrder.MDY:
        return _make_date(year, a, b, text)
    if order is DateOrder.YMD:
        raise ValueProblem(f"{text!r} is not in year-month-day order")
    return _make_date(year, b, a, text)


def _worded_date(value: str, order: DateOrder | None, languages: list[str] | None) -> date:
    settings: dict[str, object] = {
        "STRICT_PARSING": True,
        "PARSERS": ["absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    if order is not None:
        settings["DATE_ORDER"] = order.value
    parsed = dateparser.parse(value, languages=languages, settings=settings)
    if parsed is None and languages:
        parsed = dateparser.parse(value, settings=settings)
    if parsed is None:
        raise ValueProblem(f"cannot read {value!r} as a date")
    return parsed.date()


_KNOWN_CURRENCIES = frozenset(list_currencies())
_SYMBOL_CURRENCIES = {
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "CHF": "CHF",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "US$": "USD",
    "R$": "BRL",
    "kr": "",
    "$": "USD",
}
_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "MXN"})


def parse_currency(text: str) -> str:
    """An ISO 4217 code (`gbp` -> `GBP`); a lone symbol like `£` or `€` is accepted too."""
    value = text.strip()
    if _SYMBOL_CURRENCIES.get(value):
        return _SYMBOL_CURRENCIES[value]
    code = value.upper()
    if len(code) != 3 or not code.isalpha() or code not in _KNOWN_CURRENCIES:
        raise ValueProblem(f"{value!r} is not a currency code like GBP, EUR or USD")
    return code


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as written, with the currency its symbol or code implied (None if bare)."""

    amount: Decimal
    currency: str | None
    symbol: str = ""


_AMOUNT_CHARS = re.compile(r"^[0-9.,'\u2019\s\u00a0\u202f]+$")


def parse_money(text: str, *, decimal_symbol: str = ".") -> Money:
    """Read `£1,234.56`, `1.234,56 €`, `EUR 12`, `(45.00)`, `-45`, `1 234,56` exactly (Decimal).

    A lone separator followed by three digits (`1,234` / `1.234`) is read with the business
    locale's decimal symbol in mind: a thousands separator unless it is that locale's decimal."""
    value = text.strip().replace("\u2212", "-")
    if not value:
        raise ValueProblem("is empty")
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1].strip()
    currency: str | None = None
    value, currency, symbol = _strip_currency(value)
    if value.startswith("-") or value.endswith("-"):
        negative, value = not negative, value.strip("-").strip()
    elif value.startswith("+"):
        value = value[1:].strip()
    if not value or not _AMOUNT_CHARS.match(value):
        raise ValueProblem(f"cannot read {text.strip()!r} as an amount")
    digits = _normalise_separators(value, decimal_symbol, text.strip())
    try:
        amount = Decimal(digits)
    except InvalidOperation:
        raise ValueProblem(f"cannot read {text.strip()!r} as an amount") from None
    return Money(-amount if negative else amount, currency, symbol)


def _strip_currency(value: str) -> tuple[str, str | None, str]:
    code_match = re.match(r"^([A-Za-z]{3})\s*(.*)$", value) or re.match(
        r"^(.*?)\s*([A-Za-z]{3})$", value
    )
    if code_match:
        first, second = code_match.group(1), code_match.group(2)
        code, rest = (first, second) if first.isalpha() and len(first) == 3 else (second, first)
        if code.upper() in _KNOWN_CURRENCIES:
            return rest.strip(), code.upper(), code.upper()
    for symbol in sorted(_SYMBOL_CURRENCIES, key=len, reverse=True):
        if value.startswith(symbol) or value.endswith(symbol):
            rest = value[len(symbol) :] if value.startswith(symbol) else value[: -len(symbol)]
            return rest.strip(), _SYMBOL_CURRENCIES[symbol] or None, symbol
        if value.startswith("-" + symbol):
            rest = "-" + value[len(symbol) + 1 :].strip()
            return rest, _SYMBOL_CURRENCIES[symbol] or None, symbol
    return value, None, ""


def _normalise_separators(value: str, decimal_symbol: str, original: str) -> str:
    compact = re.sub(r"[\s\u00a0\u202f'\u2019]", "", value)
    commas, dots = compact.count(","), compact.count(".")
    if commas and dots:
        decimal = "," if compact.rfind(",") > compact.rfind(".") else "."
    elif commas > 1 or dots > 1:
        decimal = "." if commas > 1 else ","
        if compact.count(decimal) == 0 and not _grouped(compact, "," if commas else "."):
            raise ValueProblem(f"cannot read {original!r} as an amount")
    elif commas or dots:
        mark = "," if commas else "."
        tail = compact.rsplit(mark, 1)[1]
        other = "." if mark == "," else ","
        decimal = mark if len(tail) != 3 or mark == decimal_symbol else other
    else:
        decimal = "."
    thousands = "," if decimal == "." else "."
    integer_part = compact.split(decimal)[0]
    if compact.count(decimal) > 1 or (
        thousands in compact and not _grouped(integer_part, thousands)
    ):
        raise ValueProblem(f"cannot read {original!r} as an amount")
    return compact.replace(thousands, "").replace(decimal, ".")


def _grouped(integer_part: str, separator: str) -> bool:
    groups = integer_part.split(separator)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def currency_symbol_agrees(money: Money, currency: str) -> bool:
    """`$` is written for many dollar currencies; other symbols and codes name exactly one."""
    if money.currency == currency:
        return True
    return money.symbol == "$" and currency in _DOLLARS


def parse_locale(text: str) -> str:
    """A locale code as babel knows it: `de-DE` / `de_de` -> `de_DE`."""
    value = text.strip().replace("-", "_")
    try:
        return str(Locale.parse(value))
    except (UnknownLocaleError, ValueError):
        raise ValueProblem(f"{text.strip()!r} is not a locale like en_GB or de_DE") from None


def parse_country(text: str) -> str:
    """A country as its ISO 3166 code: `us`, `USA`, `United States` -> `US`."""
    value = text.strip()
    code = value.upper().replace(".", "")
    names = Locale("en").territories
    if len(code) == 2 and code.isalpha() and code in names:
        return code
    aliases = {"USA": "US", "UK": "GB", "UNITED STATES OF AMERICA": "US", "ENGLAND": "GB",
               "SCOTLAND": "GB", "WALES": "GB", "NORTHERN IRELAND": "GB"}
    if code in aliases:
        return aliases[code]
    wanted = value.casefold()
    for territory, name in names.items():
        if len(territory) == 2 and territory.isalpha() and name.casefold() == wanted:
            return territory
    raise ValueProblem(f"{value!r} is not a country (use a code like US or GB)")


def parse_timezone(text: str) -> str:
    """An IANA time zone name such as Europe/Berlin."""
    value = text.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueProblem(f"{value!r} is not a time zone like Europe/London") from None
    return value


_STATUS_WORDS: dict[str, InvoiceStatus | None] = {
    "paid": InvoiceStatus.PAID,
    "closed": InvoiceStatus.PAID,
    "void": InvoiceStatus.VOID,
    "voided": InvoiceStatus.VOID,
    "deleted": InvoiceStatus.VOID,
    "cancelled": InvoiceStatus.VOID,
    "canceled": InvoiceStatus.VOID,
    "writtenoff": InvoiceStatus.VOID,
    "credited": InvoiceStatus.CREDITED,
    "creditnote": InvoiceStatus.CREDITED,
    "draft": None,
}


class NotChaseable(ValueProblem):
    """A row that is valid but not a receivable to chase (a draft, a bill)."""


def parse_status(text: str) -> InvoiceStatus:
    """Map an export's status word to ours: Xero AUTHORISED/PAID/VOIDED, QuickBooks and Zoho
    Open/Overdue/Paid/Void, FreshBooks sent/viewed/partial/paid... Drafts are not chased."""
    word = re.sub(r"[^a-z]", "", text.lower())
    if not word:
        return InvoiceStatus.OPEN
    if word in _STATUS_WORDS:
        status = _STATUS_WORDS[word]
        if status is None:
            raise NotChaseable(
                f"status {text.strip()!r}: a draft has not been sent, so it is not chased"
            )
        return status
    return InvoiceStatus.OPEN
