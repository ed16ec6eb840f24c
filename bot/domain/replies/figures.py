"""A bill contested by its figures: what was charged set against a different figure.

Debtors often dispute by stating facts rather than saying "dispute": "Invoice 8820 charges for
40 pallets. Our delivery note says 34." or "Your website listed this at $349. You billed
$429." No phrase says it; the two figures do. `contests_billed_figure` finds a sentence about
what was billed that holds a figure, and a figure of the same kind that differs from it: a sum
of money against another sum, or a count against another count of the same thing (or a bare
count: "We have 9."). Figures in sentences about paying ("I'll pay £200 now") are not set
against the bill; neither are invoice numbers, dates, times, years, percentages nor phone
numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from bot.domain.replies.amounts import find_amounts, is_about_paying, parse_number
from bot.domain.replies.clauses import Clause, sentences
from bot.domain.replies.dates import MONTH_NAME
from bot.domain.replies.figure_stops import split_after_figures
from bot.domain.replies.prefilter import with_start_lookahead

_BILLED = with_start_lookahead(re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|overcharg\w*|bill(?:s|ed|ing)?|invoic(?:e|es|ed|ing)|quot(?:e|ed)|"
    r"fees?|surcharges?|interest|supplied|delivered|shipped|"
    r"listed|advertised|priced|factur\w*|cobr\w*|cargad[oa]s?|importe|compt[ée]\w*|"
    r"berechn\w*|rechnung\w*|abgerechnet)\b",
    re.IGNORECASE,
))
# Between two figures of one sentence, a word that sets one against the other.
_CONTRAST = re.compile(
    r"\b(?:but|only|yet|whereas|while|when|instead|not|although|though|pero|solo|sólo|mientras|"
    r"mais|seulement|alors que|aber|nur|obwohl|statt|jedoch)\b",
    re.IGNORECASE,
)
# A number standing alone: not part of a longer one ("0412 555 123"), a code or a date (a
# German "am 03.02." too).
_COUNT = re.compile(
    r"(?<![\w#/.,:$£€-])(?<!\d )(?!\d{1,2}\.\d{1,2}\.)(\d{1,4}(?:[.,]\d{1,2})?)"
    r"(?![\w/%:-]|[.,]\d| \d)|"
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {word: number for number, word in enumerate(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    start=2)}
# What a count must not follow: it names a document, a place or a phone, not a quantity.
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:invoices?|inv|orders?|po|ref(?:erence)?|no|nos|number|nr|n°|nº|account|acct|job|"
    r"ticket|case|receipt|unit|flat|suite|room|apt|phone|tel|mobile|page|line|item|version|"
    r"factura|facture|rechnung|pedido|commande|bestellung|auftrag|net|box|route|gate|"
    r"chapter|section|clause|bsb|sort code|iban|swift|bic|routing|abn|gst|vat)\.?|[#№])\s*[:.]?"
    r"\s*$",
    re.IGNORECASE,
)
_DATE_OR_TIME_AFTER = re.compile(
    rf"^(?:st|nd|rd|th|er|e|º|ª)\b|"
    rf"^\s*(?:am|pm|a\.m|p\.m|h|hrs?|uhr|o'?clock|(?:de\s+)?(?:{MONTH_NAME}))\b",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(r"\b(?:at|um|à|a las)\s*$", re.IGNORECASE)  # "opens at 7"
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAME})\.?\s*$", re.IGNORECASE)
_UNIT = re.compile(r"^\s*(?:x\s+)?([a-zäöüßéèàñ][\w'-]*)", re.IGNORECASE)
# Days, weeks and months are payment terms more often than things billed ("30 days").
_TERMS = re.compile(r"(?:days?|weeks?|months?|years?|días|jours|tage?n?)$", re.IGNORECASE)
_ARTICLES = frozenset({"of", "de", "del", "des", "du", "the", "a", "an", "and", "y", "et", "und"})


class Figure(NamedTuple):
    """A figure as written: a sum (`currency` set, or "" when the currency is not named) or a
    count (`currency` None) with the word after it (`unit`, "" when none)."""

    value: Decimal
    currency: str | None
    unit: str


def contests_billed_figure(words: str) -> bool:
    """Whether the reply sets what was billed against a different figure."""
    if _BILLED.search(words) is None or (_COUNT.search(words) is None
                                         and not find_amounts(words)):
        return False
    stated = [part for sentence in sentences(words) for part in split_after_figures(sentence)
              if not part.is_conditional]
    # the figures of each statement, none for one about paying: read once, compared often
    figures = [[] if is_about_paying(part.text) else _figures(part) for part in stated]
    for index, sentence in enumerate(stated):
        billed = figures[index]
        if not billed or _BILLED.search(sentence.text) is None:
            continue
        if _contrasted_within(sentence):
            return True
        if any(_differ(billed, others)
               for other, others in enumerate(figures) if other != index):
            return True
    return False


def _contrasted_within(sentence: Clause) -> bool:
    """Whether one sentence says what was billed, then a contrasting word, then a different
    figure ("You charged for 12 hours but the job took 8")."""
    text = sentence.text
    billed = _BILLED.search(text)
    # the contrast after it: "Quick one though - you billed 40 m², but the lawn is 25 m²"
    contrast = _CONTRAST.search(text, billed.end()) if billed is not None else None
    if contrast is None:
        return False
    before = Clause(sentence.start, text[: contrast.start()])
    after = Clause(sentence.start + contrast.start(), text[contrast.start() :])
    return _differ(_figures(before), _figures(after))


def _differ(billed: list[Figure], others: list[Figure]) -> bool:
    """Whether any figure of `others` is of the same kind as one of `billed` and differs."""
    return any(_comparable(one, two) and one.value != two.value
               for one in billed for two in others)


def _comparable(one: Figure, two: Figure) -> bool:
    if (one.currency is None) != (two.currency is None):
        return False
    if one.currency is not None:
        return not one.currency or not two.currency or one.currency == two.currency
    return not two.unit or not one.unit or _same_word(one.unit, two.unit)


def _same_word(one: str, two: str) -> bool:
    one, two = one.lower().rstrip("s"), two.lower().rstrip("s")
    return one == two or one.startswith(two) or two.startswith(one)


def _figures(sentence: Clause) -> list[Figure]:
    text = sentence.text
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for money in find_amounts(text):
        found.append(Figure(money.amount, money.currency or "", ""))
        taken.append((money.start, money.end))
    for count in _COUNT.finditer(text):
        if any(start <= count.start() < end for start, end in taken):
            continue
        figure = _count(text, count)
        if figure is not None:
            found.append(figure)
    return found


def _count(text: str, count: re.Match[str]) -> Figure | None:
    """A count, or None when the number is an identifier, a date, a time or a year."""
    written = count.group(1) or str(_NUMBER_WORDS[count.group(2).lower()])
    before, after = text[: count.start()], text[count.end() :]
    if len(written) == 4 and written[:2] in ("19", "20"):
        return None
    if _IDENTIFIER_BEFORE.search(before) or _MONTH_BEFORE.search(before):
        return None
    if written.isdigit() and int(written) <= 24 and _TIME_BEFORE.search(before):
        return None
    if _DATE_OR_TIME_AFTER.match(after):
        return None
    value = parse_number(written)
    if value is None:
        return None
    unit = _UNIT.match(after)
    word = unit.group(1) if unit else ""
    if _TERMS.match(word):
        return None
    return Figure(value, None, "" if word.lower() in _ARTICLES else word)
