"""Invoice numbers a message mentions, in its subject or in the debtor's own words.

Recognised: reference-style numbers with a letter prefix and at least three digits
("INV-1042", "KV-2025-022", "RE-2025-0412", "HP10377"), and any number written right after the
word invoice in the four languages ("invoice 00488", "factura nº 301", "Rechnung Nr. 7781").
Numbers that are something else by their label (a cheque, a case, a ticket, a reference, an
order, a phone) are left out.

Most texts hold no such number, so each pattern runs only on a text that holds a cheap part
every match of it has (three digits in a row, a capital right before them, the invoice word).
The patterns that look behind start with the character class of their first character, the
look-behind just after it: the regex engine then skips at once to the next such character
rather than trying the whole pattern at each one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.domain.replies.prefilter import Folded, window_width, with_start_lookahead

# `(?<![\w#/-])(?P<number>[A-Z]{1,5}-?\d{3,}(?:[-/]\d{2,})*)(?![\w-])`
_REFERENCE = re.compile(
    r"(?P<number>[A-Z](?<![\w#/-][A-Z])[A-Z]{0,4}-?\d{3,}(?:[-/]\d{2,})*)(?![\w-])"
)
# What the invoice word starts with, as `Folded` lower-cases it: every match of `_AFTER_WORD`
# starts with one of these (tested), so it is tried only where one does.
_INVOICE_STEMS = ("inv", "factur", "rechnung", "bill")
_AFTER_WORD = re.compile(
    r"\b(?:invoices?|inv|factura|facturas|facture|factures|rechnung|rechnungen|"
    r"rechnungsnummer|bill)\b\.?\s*(?:(?:no|nr|n°|nº|núm|num|number|numéro|número|#)\.?\s*)?"
    r"[:#]?\s*(?P<number>[A-Z]{0,5}-?\d{3,}(?:[-/]\d{2,})*)\b",
    re.IGNORECASE,
)
# `(?<![\w$£€.,#/-])(?P<number>0\d{3,9})(?![\w.,/-])`
_SUBJECT_NUMBER = re.compile(r"(?P<number>0(?<![\w$£€.,#/-]0)\d{3,9})(?![\w.,/-])")
_NOT_AN_INVOICE = re.compile(
    r"(?:check|cheque|case|ticket|ref|reference|order|po|tel|phone|fax|account|acct|routing|"
    r"iban|sort code|chapter|no\.)\W{0,3}$",
    re.IGNORECASE,
)
# Every number the patterns above read has three digits in a row: a text without them has none.
_THREE_DIGITS = re.compile(r"\d\d\d")  # not `\d{3}`: the engine skips to a digit at once
# A reference's last letter and first three digits: cheap to look for, unlike the whole.
_REFERENCE_CORE = re.compile(r"[A-Z]-?\d{3}")
_ZERO_LED = re.compile(r"0\d{3}")  # the start of every subject number
# A label ends where the number starts, so it lies in the last few characters before it.
_LABEL_WIDTH = window_width(_NOT_AN_INVOICE)
_LABEL = with_start_lookahead(_NOT_AN_INVOICE)  # searched: the same, behind a look-ahead


def invoice_numbers(subject: str, text: str) -> list[str]:
    """Invoice numbers in the subject, then in the text, without repeats, as written."""
    found: list[str] = []
    for source, is_subject in ((subject, True), (text, False)):
        if not _THREE_DIGITS.search(source):
            continue
        for number in _numbers_in(source, is_subject=is_subject):
            if number.upper() not in (known.upper() for known in found):
                found.append(number)
    return found


def _numbers_in(text: str, *, is_subject: bool) -> list[str]:
    hits: list[tuple[int, int, str]] = [
        (match.start("number"), match.end("number"), match.group("number"))
        for match in _after_word(text)
    ]
    patterns = [_REFERENCE] if _REFERENCE_CORE.search(text) else []
    if is_subject and _ZERO_LED.search(text):
        patterns.append(_SUBJECT_NUMBER)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not _labelled_otherwise(text, match.start()):
                hits.append((match.start("number"), match.end("number"), match.group("number")))
    kept = [
        hit for hit in hits
        if not any(other[0] <= hit[0] and hit[1] <= other[1] and other != hit for other in hits)
    ]
    return [number for _start, _end, number in sorted(kept)]


def _after_word(text: str) -> Iterator[re.Match[str]]:
    """`_AFTER_WORD.finditer(text)`, trying the pattern only where an invoice word starts: the
    next match is the first, from the end of the last one, at such a place."""
    lower = Folded.of(text).lower
    starts: list[int] = []
    for stem in _INVOICE_STEMS:
        at = lower.find(stem)
        while at >= 0:
            starts.append(at)
            at = lower.find(stem, at + 1)
    next_at = 0
    for start in sorted(starts):
        if start < next_at:
            continue
        found = _AFTER_WORD.match(text, start)
        if found is not None:
            yield found
            next_at = found.end()  # never empty: a match holds a number


def _labelled_otherwise(text: str, end: int) -> bool:
    """Whether `text` up to `end` ends with a label that is not "invoice". The label pattern
    ends at `$`, so a match lies in its width (and one newline) before `end`: searching that
    stretch alone answers as searching all the text before it."""
    start = 0 if _LABEL_WIDTH is None else max(0, end - _LABEL_WIDTH - 1)
    return _LABEL.search(text, start, end) is not None
