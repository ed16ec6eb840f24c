"""The shortcuts in reading invoice numbers answer as the plain reading does."""

from __future__ import annotations

import re

from bot.domain.replies import invoices
from bot.domain.replies.invoices import invoice_numbers

LABELLED = [
    "cheque 1042", "Cheque no. 1042", "case #  1042", "order: 1042", "ref\n1042", "sort code 1042",
    "our ticket\n\n1042", "reference -- 1042", "chapter 11 then 1042", "see 1042", "no 1042",
    "Tel:\n", "INVOICE 1042 and PO 2203", "phone\n\n\n\n1042", "\n", "",
]


def test_a_label_is_looked_for_only_just_before_the_number() -> None:
    for text in LABELLED:
        for end in range(len(text) + 1):
            slow = invoices._NOT_AN_INVOICE.search(text[:end]) is not None
            assert invoices._labelled_otherwise(text, end) == slow, (text, end)


def test_a_text_without_three_digits_in_a_row_names_no_invoice() -> None:
    for text in ["Invoice 12 and 34", "INV-12", "paid 1 2 3", "Rechnung Nr. 7.78", "١٢"]:
        assert invoice_numbers(text, text) == []
    assert invoice_numbers("Re: INV-1042", "Rechnung Nr. ١٢٣") == ["INV-1042", "١٢٣"]
    assert re.fullmatch(r"\d{3}", "١٢٣")  # any decimal digit counts, as in the patterns


def test_a_reference_is_looked_for_only_where_a_letter_meets_three_digits() -> None:
    texts = ["INV-1042", "inv-1042", "HP10377", "KV-2025-022", "AB 1234", "A-12-345", "#INV-1042",
             "Ⅸ1042", "ǅ-1042", "Z999", "x1042"]
    for text in texts:
        has_core = invoices._REFERENCE_CORE.search(text) is not None
        assert has_core or not invoices._REFERENCE.search(text), text
