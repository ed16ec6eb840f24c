"""Sentences end where the plainly written rule says."""

from __future__ import annotations

import itertools
import re

from bot.domain.replies import clauses

# A line break ends a sentence, except where a paragraph was hard-wrapped: after a word or a
# comma and before a lower-case word, or after a comma that ends a line of 41 characters or more.
# A full stop after a number ends a sentence only before a word that opens one, which no date
# or ordinal is followed by ("el 15 y el 30. Les pago", not "am 15. November").
PLAIN_SENTENCE_END = re.compile(
    r"(?<=\d)\.(?=[ \t]+(?:I|We|You|It|Please|Thanks|Le|La|Les|Je|Nous|Vous|Il|On|Merci|Yo|Lo|"
    r"Los|Las|El|Gracias|Ich|Wir|Es|Das|Bitte|Danke|This|That|The|So|But|Then|Ese|Esa|Este|Esta|"
    r"Ce|Cette|Pero|Mais|Aber|Dann)\b)|(?<!\d)[.!?;](?!\d)|(?:(?<![\w,])\n|\n(?![a-zß-öø-ÿ]))(?<![^\n]{40},\n)|[¿¡]"
    # an emoji before a space and a capital
    "|[\U0001F300-\U0001FAFF\u2600-\u27BF](?=\uFE0F?[ \t]+[A-ZÀ-ÖØ-Þ¿¡])")
PLAIN_CLAUSE_BREAK = re.compile(
    r",?\s+\b(?:so|but|then|although|pero|aunque|entonces|as[íi] que|mais|puis|donc|aber|dann|"
    r"also)\b\s+"
    r"|\s+[-–—]\s+",
    re.IGNORECASE,
)


def test_sentence_ends_are_those_of_the_plain_rule() -> None:
    alphabet = ["1", "٣", "a", ".", "!", "?", ";", "\n", "¿", "¡", " ", "🙈", "E"]
    texts = ["".join(chars) for size in range(1, 5)
             for chars in itertools.product(alphabet, repeat=size)]
    texts += ["Paid 1.5k. Thanks!", "v2.0; ok?\n¿Qué?¡Sí!", "3.14", ".5", "5.", "a.b",
              "x" * 39 + ",\nY", "x" * 40 + ",\nY", "x" * 41 + ",\nY\nz,\nZ", "é\nà\nÉ",
              "el 15 y el 30. Les pago el 15.", "am 15. November, die 2. Rate. Ich zahle am 3. Es",
              "ref 8102. Please stop. 5. Item", "on the 5. Itself", "se me pasó 🙈 El miércoles",
              "ok 👍️ Paying", "ok 😂 paying", "🙈El"]
    for text in texts:
        fast = [found.span() for found in clauses._SENTENCE_END.finditer(text)]
        plain = [found.span() for found in PLAIN_SENTENCE_END.finditer(text)]
        assert fast == plain, text


def test_clause_breaks_are_those_of_the_plain_rule() -> None:
    alphabet = [",", " ", "\n", "so", "But", "-", "—", "x", "ſo", ",,", "así que"]
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


def test_a_full_stop_after_a_day_ends_a_sentence_only_before_a_word_that_opens_one() -> None:
    text = ("Cobramos por quincenas, el 15 y el 30. Les pago el día 15. Das ist die 1. Rate am 15. "
            "Dezember.")
    assert [part.text.strip() for part in clauses.sentences(text)] == [
        "Cobramos por quincenas, el 15 y el 30.", "Les pago el día 15.",
        "Das ist die 1. Rate am 15. Dezember."]


def test_an_article_before_its_number_does_not_end_a_sentence() -> None:
    text = "Ich verlange Auskunft nach Art. 15 DSGVO. Keine Mails mehr. Solicito el art. 15."
    assert [part.text.strip() for part in clauses.sentences(text)] == [
        "Ich verlange Auskunft nach Art. 15 DSGVO.", "Keine Mails mehr.", "Solicito el art. 15."]


def test_a_hard_wrapped_paragraph_is_one_sentence_and_a_list_of_lines_is_not() -> None:
    wrapped = ("We have never ordered it; in our\nsystem there is no purchase order and our main "
               "customer,\nBradwell Homes, is not us.\nThanks,\nKaren")
    assert [part.text.strip() for part in clauses.sentences(wrapped)] == [
        "We have never ordered it;",
        "in our system there is no purchase order and our main customer, Bradwell Homes, is "
        "not us.", "Thanks,", "Karen"]


def test_a_conditional_sentence_states_what_follows_its_dash() -> None:
    text = "If the £720 hasn't reached you yet, it will - we sent it Tuesday. Thanks - Gav"
    assert [(part.text, part.is_conditional) for part in clauses.statements(text)] == [
        ("If the £720 hasn't reached you yet, it will", True),
        (" - we sent it Tuesday.", False),
        (" Thanks - Gav", False)]
    assert all(text[part.start : part.end] == part.text for part in clauses.statements(text))


def test_the_condition_of_an_if_clause_ends_at_its_first_comma() -> None:
    assert clauses.condition_end("If you can resend it with the PO, we'll pay it on Thursday.") == (
        len("If you can resend it with the PO"))
    assert clauses.condition_end("If you have already paid please ignore this") == -1
    assert clauses.condition_end("We'll pay Thursday, if that's all right.") == -1
