"""Sentences end where the plainly written rule says."""

from __future__ import annotations

import itertools
import re

from bot.domain.replies import clauses

PLAIN_SENTENCE_END = re.compile(r"(?<!\d)[.!?;](?!\d)|\n|[¿¡]")
PLAIN_CLAUSE_BREAK = re.compile(
    r",?\s+\b(?:so|but|then|although|pero|aunque|entonces|mais|puis|donc|aber|dann|also)\b\s+"
    r"|\s+[-–—]\s+",
    re.IGNORECASE,
)


def test_sentence_ends_are_those_of_the_plain_rule() -> None:
    alphabet = ["1", "٣", "a", ".", "!", "?", ";", "\n", "¿", "¡", " "]
    texts = ["".join(chars) for size in range(1, 5)
             for chars in itertools.product(alphabet, repeat=size)]
    texts += ["Paid 1.5k. Thanks!", "v2.0; ok?\n¿Qué?¡Sí!", "3.14", ".5", "5.", "a.b"]
    for text in texts:
        fast = [found.span() for found in clauses._SENTENCE_END.finditer(text)]
        plain = [found.span() for found in PLAIN_SENTENCE_END.finditer(text)]
        assert fast == plain, text


def test_clause_breaks_are_those_of_the_plain_rule() -> None:
    alphabet = [",", " ", "\n", "so", "But", "-", "—", "x", "ſo", ",,"]
    texts = ["".join(chars) for size in range(1, 6)
             for chars in itertools.product(alphabet, repeat=size)]
    texts += ["missed it, so it'll go out - on the 15th", "pay , but  then  later", "a\u00a0so b"]
    for text in texts:
        fast = [found.span() for found in clauses._CLAUSE_BREAK.finditer(text)]
        plain = [found.span() for found in PLAIN_CLAUSE_BREAK.finditer(text)]
        assert fast == plain, text


def test_company_forms_and_rupees_do_not_end_a_sentence() -> None:
    text = "Hagan una nueva a nombre de la S.L.? Gracias. Paid Rs. 500 today."
    assert [part.text.strip() for part in clauses.sentences(text)] == [
        "Hagan una nueva a nombre de la S.L.?", "Gracias.", "Paid Rs. 500 today."]
