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


WRITTEN = [
    "INV-1042", "#INV-1042", "/AB1234", "x-AB1234", "ref AB1234", "\nAB1234 and CD-5678/90",
    "ABCDEF1234", "(INV-1042)", "INV-1042-", "INV-1042x", "a0123 0123 $0123 ,0123 #0123 0123/4",
    "Re: 0042 and 00377.", "0123456789012", "ÅB1234 ÉB-123", "_AB1234", "9AB1234", "AB12", "",
]


def test_the_patterns_written_class_first_match_as_written_plainly() -> None:
    plain = {
        invoices._REFERENCE: re.compile(
            r"(?<![\w#/-])(?P<number>[A-Z]{1,5}-?\d{3,}(?:[-/]\d{2,})*)(?![\w-])"),
        invoices._SUBJECT_NUMBER: re.compile(
            r"(?<![\w$£€.,#/-])(?P<number>0\d{3,9})(?![\w.,/-])"),
        invoices._THREE_DIGITS: re.compile(r"\d{3}"),
    }
    for fast, slow in plain.items():
        for text in WRITTEN + LABELLED:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)], (fast.pattern, text)


def test_the_invoice_word_is_tried_only_where_it_starts_and_finds_every_match() -> None:
    texts = [
        "invoice 1042, Invoice No. 2203 and INVOICE #3301", "reinvoice 1042", "inv1042 inv 1042",
        "İNVOICE 1042 ınvoice 2203 bİll 3301", "factura nº 301 facturas 302 Rechnungsnummer 7781",
        "billing 1042 bill 1042 bill-1042 bill1042bill 2203", "Rechnung Nr. 7781Rechnung 7782",
        "invoiceinvoice 1042", "the invoice\ninvoice 1042", "", "no words here 1234",
    ]
    for text in texts:
        assert [m.span() for m in invoices._after_word(text)] == [
            m.span() for m in invoices._AFTER_WORD.finditer(text)], text


def test_every_invoice_word_starts_with_a_stem() -> None:
    group = re.match(r"\\b\(\?:([^)]*)\)", invoices._AFTER_WORD.pattern)
    assert group is not None
    for word in group.group(1).split("|"):
        assert word.startswith(invoices._INVOICE_STEMS), word
