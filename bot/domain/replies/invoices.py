"""Invoice numbers a message mentions, in its subject or in the debtor's own words.

Recognised: reference-style numbers with a letter prefix and at least three digits
("INV-1042", "KV-2025-022", "RE-2025-0412", "HP10377"), and any number written right after the
word invoice in the four languages ("invoice 00488", "factura nº 301", "Rechnung Nr. 7781").
Numbers that are something else by their label (a cheque, a case, a ticket, a reference, an
order, a phone) are left out.

Most texts hold no such number, so each pattern runs only on a text that holds a cheap part
every match of it has (three digits in a row, a capital right before them, the invoice word).
"""

from __future__ import annotations

import re

from bot.domain.replies.prefilter import Folded, Prefiltered, window_width

_REFERENCE = re.compile(r"(?<![\w#/-])(?P<number>[A-Z]{1,5}-?\d{3,}(?:[-/]\d{2,})*)(?![\w-])")
_AFTER_WORD = re.compile(
    r"\b(?:invoices?|inv|factura|facturas|facture|factures|rechnung|rechnungen|"
    r"rechnungsnummer|bill)\b\.?\s*(?:(?:no|nr|n°|nº|núm|num|number|numéro|número|#)\.?\s*)?"
    r"[:#]?\s*(?P<number>[A-Z]{0,5}-?\d{3,}(?:[-/]\d{2,})*)\b",
    re.IGNORECASE,
)
_SUBJECT_NUMBER = re.compile(r"(?<![\w$£€.,#/-])(?P<number>0\d{3,9})(?![\w.,/-])")
_NOT_AN_INVOICE = re.compile(
    r"(?:check|cheque|case|ticket|ref|reference|order|po|tel|phone|fax|account|acct|routing|"
    r"iban|sort code|chapter|no\.)\W{0,3}$",
    re.IGNORECASE,
)
# Every number the patterns above read has three digits in a row: a text without them has none.
_THREE_DIGITS = re.compile(r"\d{3}")
# A reference's last letter and first three digits: cheap to look for, unlike the whole.
_REFERENCE_CORE = re.compile(r"[A-Z]-?\d{3}")
_INVOICE_WORD = Prefiltered.of(_AFTER_WORD)
_ZERO_LED = re.compile(r"0\d{3}")  # the start of every subject number
# A label ends where the number starts, so it lies in the last few characters before it.
_LABEL_WIDTH = window_width(_NOT_AN_INVOICE)


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
    hits: list[tuple[int, int, str]] = []
    patterns = [_SUBJECT_NUMBER] if is_subject and _ZERO_LED.search(text) else []
    if _REFERENCE_CORE.search(text):
        patterns.insert(0, _REFERENCE)
    if _INVOICE_WORD.may_match(Folded.of(text)):
        patterns.insert(0, _AFTER_WORD)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is not _AFTER_WORD and _labelled_otherwise(text, match.start()):
                continue
            hits.append((match.start("number"), match.end("number"), match.group("number")))
    kept = [
        hit for hit in hits
        if not any(other[0] <= hit[0] and hit[1] <= other[1] and other != hit for other in hits)
    ]
    return [number for _start, _end, number in sorted(kept)]


def _labelled_otherwise(text: str, end: int) -> bool:
    """Whether `text` up to `end` ends with a label that is not "invoice". The label pattern
    ends at `$`, so a match lies in its width (and one newline) before `end`: searching that
    stretch alone answers as searching all the text before it."""
    start = 0 if _LABEL_WIDTH is None else max(0, end - _LABEL_WIDTH - 1)
    return _NOT_AN_INVOICE.search(text, start, end) is not None
