"""Sums of money in a reply: "$1,250", "£640.00", "1.890,50 €", "1 380,00 €", "700 € par mois".

`find_amounts` reads every amount with its currency, in English, Spanish, French and German
number formats. `paid_or_promised_amount` picks the one the debtor says they paid or will pay
(for a plan, the instalment): the first amount in a clause about paying that does not deny it.
A number without a currency sign counts only when written as money (two decimals) in such a
clause: "You'll have the 2317.60 on the 3rd".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.domain.replies.clauses import Clause, clauses_of, sentences

_NUMBER = r"\d{1,3}(?:[,.\s\u00a0\u202f'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_BEFORE = r"US\$|USD|C\$|CA\$|CAD|A\$|AU\$|AUD|NZ\$|\$|£|GBP|€|EUR|CHF|Fr\.|Sfr\.?"
_AFTER = (
    r"€|EUR|euros?|USD|US dollars?|dollars?|GBP|pounds?|£|\$|CHF|francs?|Franken|"
    r"dólares|dolares|livres?"
)
_MONEY = re.compile(
    rf"(?P<before>{_BEFORE})\s?(?P<num1>{_NUMBER})(?![\d])"
    rf"|(?<![\w.,])(?P<num2>{_NUMBER})\s?(?P<after>{_AFTER})(?![a-z])",
    re.IGNORECASE,
)
_BARE_MONEY = re.compile(
    r"(?<![\w.,/#$£€-])(?P<num>\d{1,3}(?:,\d{3})+\.\d{2}|\d+[.,]\d{2})(?![\d.,/%])"
)
_DIGIT = re.compile(r"\d")
_CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "dólares": "USD", "dolares": "USD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "nz$": "NZD", "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "livre": "GBP",
    "livres": "GBP", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "chf": "CHF",
    "fr.": "CHF", "sfr.": "CHF", "sfr": "CHF", "franc": "CHF", "francs": "CHF", "franken": "CHF",
}
_PAYING = re.compile(
    r"\b(?:pay\w*|paid|afford|per (?:week|month|fortnight)|a (?:week|fortnight)|"
    r"send(?:ing)?|sent|transfer\w*|wire[ds]?|remit\w*|"
    r"cheque|check|ach|bacs|zelle|deposit\w*|settle[ds]?|instal+ments?|balance|"
    r"a month|per month|each month|monthly|every|weekly|you'?ll (?:have|get|receive|see)|"
    r"get (?:the|it|this|you)|pag\w*|transferencia|ingres\w*|abon\w*|cuotas?|al mes|"
    r"virement|paiement|régl\w*|regl\w*|versement|par mois|payé|überw\w*|zahl\w*|bezahl\w*|"
    r"raten?|monatlich|begleich\w*|done|made|mailed|posted|covered)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:not|never|n't|no longer|refuse|won't|cannot|can't|cant|nicht|kein\w*|jamais)\b"
    r"[^.]{0,25}\b(?:pay\w*|paid|zahl\w*|pag\w*|pai\w*|pay\w*|régl\w*)",
    re.IGNORECASE,
)
_NOT_A_PAYMENT = re.compile(
    r"\b(?:late (?:fee|charge)|fee|charge[ds]?|quote[ds]?|covers|cost|total(?:ling)? of|"
    r"whole|owe[ds]?|invoiced|billed|overcharg\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as written: its value, currency (ISO code when known) and position."""

    amount: Decimal
    currency: str | None
    start: int
    end: int


def parse_number(written: str) -> Decimal | None:
    """The value of a number written in any of the supported formats."""
    digits = re.sub(r"[\s\u00a0\u202f'’]", " ", written.strip())
    separators = [(index, char) for index, char in enumerate(digits) if char in ",. "]
    if not separators:
        return _decimal(digits)
    last_index, last_char = separators[-1]
    decimals = len(digits) - last_index - 1
    is_decimal = last_char != " " and (
        decimals in (1, 2) or (len(separators) == 1 and decimals != 3 and last_char in ".,")
    )
    if is_decimal:
        whole = re.sub(r"[,. ]", "", digits[:last_index])
        return _decimal(f"{whole}.{digits[last_index + 1:]}")
    return _decimal(re.sub(r"[,. ]", "", digits))


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def find_amounts(text: str) -> list[Money]:
    """Every sum of money written with a currency sign, code or name, in order."""
    found: list[Money] = []
    for match in _MONEY.finditer(text):
        number = match.group("num1") or match.group("num2")
        marker = (match.group("before") or match.group("after") or "").lower()
        value = parse_number(number)
        if value is None:
            continue
        found.append(Money(value, _CURRENCY_CODES.get(marker), match.start(), match.end()))
    return found


def currency_of(text: str) -> str | None:
    """The first currency a text shows, to name the currency of a bare amount."""
    amounts = find_amounts(text)
    return next((money.currency for money in amounts if money.currency), None)


def paid_or_promised_amount(text: str, *, context: str = "") -> Money | None:
    """The sum the debtor says they paid or will pay, or None if they name none.

    `context` is the rest of the message (the quoted reminder included), used only to name the
    currency of an amount written without one.
    """
    if not _DIGIT.search(text):
        return None  # every amount holds a digit
    for sentence in sentences(text):
        if not _DIGIT.search(sentence.text):
            continue  # nor has any clause of it
        for clause in clauses_of(sentence):
            if not _DIGIT.search(clause.text) or clause.is_conditional or not _is_about_paying(
                    clause):
                continue
            money = _first_money(clause)
            if money is None:
                continue
            if money.currency is None:
                currency = currency_of(text) or currency_of(context)
                money = Money(money.amount, currency, money.start, money.end)
            return money
    return None


def _is_about_paying(clause: Clause) -> bool:
    return bool(_PAYING.search(clause.text)) and not _DENIAL.search(clause.text)


def _first_money(clause: Clause) -> Money | None:
    for money in find_amounts(clause.text):
        if _NOT_A_PAYMENT.search(_words_around(clause.text, money.start, money.end)):
            continue
        start, end = clause.start + money.start, clause.start + money.end
        return Money(money.amount, money.currency, start, end)
    bare = _BARE_MONEY.search(clause.text)
    if bare is None:
        return None
    value = parse_number(bare.group("num"))
    if value is None:
        return None
    return Money(value, None, clause.start + bare.start(), clause.start + bare.end())


def _words_around(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 20) : start]
    after = text[end : end + 20]
    return f"{before} {after}"
