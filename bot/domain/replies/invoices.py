"""Invoice numbers a message mentions, in its subject or in the debtor's own words.

Recognised: reference-style numbers with a letter prefix and at least three digits
("INV-1042", "KV-2025-022", "RE-2025-0412", "HP10377"), and any number written right after the
word invoice in the four languages ("invoice 00488", "factura nº 301", "Rechnung Nr. 7781").
Numbers that are something else by their label (a cheque, a case, a ticket, a reference, an
order, a phone) are left out.
"""

from __future__ import annotations

import re

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


def invoice_numbers(subject: str, text: str) -> list[str]:
    """Invoice numbers in the subject, then in the text, without repeats, as written."""
    found: list[str] = []
    for source, is_subject in ((subject, True), (text, False)):
        for number in _numbers_in(source, is_subject=is_subject):
            if number.upper() not in (known.upper() for known in found):
                found.append(number)
    return found


def _numbers_in(text: str, *, is_subject: bool) -> list[str]:
    hits: list[tuple[int, int, str]] = []
    patterns = [_AFTER_WORD, _REFERENCE] + ([_SUBJECT_NUMBER] if is_subject else [])
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is not _AFTER_WORD and _NOT_AN_INVOICE.search(text[: match.start()]):
                continue
            hits.append((match.start("number"), match.end("number"), match.group("number")))
    kept = [
        hit for hit in hits
        if not any(other[0] <= hit[0] and hit[1] <= other[1] and other != hit for other in hits)
    ]
    return [number for _start, _end, number in sorted(kept)]
