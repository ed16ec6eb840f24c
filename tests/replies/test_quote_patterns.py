"""The faster ways quotes.py runs mail-parser-reply's patterns and its own find exactly what
the patterns themselves find."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from mailparser_reply.parser import EmailMessage

from bot.mail import quote_searches, quotes, thread_reading
from tests.replies.messages import QUOTED_REMINDER

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

SAMPLES = [
    "",
    "Thanks, we will pay on Friday.\n\n" + QUOTED_REMINDER,
    "Paid.\n\n-----Original Message-----\nFrom: A\nSent: Monday\nTo: B\nSubject: x\n\n> old",
    "Bezahlt.\n\nAm 4. Nov. 2025 um 09:00 schrieb Accounts <a@b.example>:\n> Rechnung",
    "Ok\n\n-----Oprindelig meddelelse-----\nFra: A\nSendt: 1\nTil: B\nEmne: x\n",
    "Will pay.\n\nRegards\nAnn\n--\nAnn Smith\nSent from my iPhone",
    "Le 4 nov. 2025 à 09:00, Accounts <a@b.example> a écrit :\n> Facture",
    "Hi\n" + "x" * 5000 + "\nOn Mon, 1 Jan 2024 Bob <b@c.d> wrote:\n> hi",
]


def _texts() -> list[str]:
    texts = list(SAMPLES)
    if CORPORA.is_dir():
        for folder in ("replies", "debtor-replies", "autoreplies"):
            for path in sorted((CORPORA / folder).rglob("*"))[:120]:
                if path.suffix in (".txt", ".eml"):
                    texts.append(path.read_bytes().decode("utf-8", "replace"))
    normalised = [EmailMessage(text=t, languages=thread_reading.LANGUAGES).text for t in texts]
    return texts + normalised


def test_the_quote_header_pattern_finds_what_its_findall_finds() -> None:
    fast = thread_reading.HEADERS
    for text in _texts():
        assert fast.findall(text) == fast.regex.findall(text), text[:80]


def test_the_signature_pattern_finds_what_its_search_finds() -> None:
    fast = thread_reading.SIGNATURE
    for text in _texts():
        found, expected = fast.search(text), fast.regex.search(text)
        assert (found.group() if found else None) == (expected.group() if expected else None)


def test_the_wrote_line_search_finds_the_match_the_pattern_finds() -> None:
    assert isinstance(quotes._WROTE_SEARCH, quote_searches.LeftmostSearch)
    whole = "|".join(attribution.pattern for attribution in quotes._ATTRIBUTIONS)
    look_ahead = f"(?=[{quotes._WROTE_FIRST_LETTERS}])"
    assert look_ahead in whole
    plain = re.compile(whole.replace(look_ahead, ""), quotes._QUOTE_HEADER_FLAGS)
    for text in _texts():
        for piece in (text, text[len(text) // 3 :]):
            found, expected = quotes._WROTE_SEARCH.search(piece), plain.search(piece)
            assert (found and (found.span(), found.group(0))) == (
                expected and (expected.span(), expected.group(0))), piece[:80]


def test_reading_a_thread_is_reading_with_the_library() -> None:
    for text in _texts():
        ours = thread_reading.Thread(text)
        theirs = thread_reading.PARSER.read(text)
        assert ours.text == theirs.text
        for index, reply in enumerate(theirs.replies):
            mine = ours.reply(index)
            assert mine is not None
            assert (mine.content, mine.headers, mine.full_body, mine.body) == (
                reply.content, reply.headers, reply.full_body, reply.body), text[:80]
        assert ours.reply(len(theirs.replies)) is None


def test_headers_are_found_one_at_a_time_as_findall_finds_them() -> None:
    text = "Ok\n\nOn Mon, Bob wrote:\n> a\n\nOn Sun, Ann wrote:\n> b\n"
    headers = thread_reading.HEADERS.iterate(text)
    assert next(headers) == thread_reading.HEADERS.regex.findall(text)[0]


def test_unquoted_text_is_found_where_unquoted_lines_hold_text() -> None:
    pieces = ["> a", ">", "b", " ", "\t", "\xa0", "\u2028", "\x85", "\x0c", "\r", "\n", " > x"]
    texts = ["".join(p) for n in range(1, 5) for p in itertools.product(pieces, repeat=n)]
    for text in texts:
        assert bool(quotes._UNQUOTED_TEXT.search(text)) == bool(
            quotes._unquoted_lines(text).strip()), repr(text)


def test_inline_answers_below_a_quote_are_kept_and_a_fully_quoted_thread_gives_none() -> None:
    quoted = "Ok.\n\nOn Mon, 1 Jan 2024 Bob <b@c.d> wrote:\n> Can you pay?\n> Thanks\n"
    assert quotes._inline_answers(quoted) == ""
    answered = quoted.replace("> Thanks\n", "Yes, on Friday.\n> Thanks\n")
    assert quotes._inline_answers(answered) == "Yes, on Friday."


def _signature_cut_line_by_line(body: str) -> str:
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if index == 0:
            continue
        if quotes._SIGNATURE_DASHES.match(line) or quotes._MOBILE_FOOTER.match(line):
            return "\n".join(lines[:index])
        if quotes._SIGN_OFF.match(line) and quotes._is_closing(lines[index + 1 :]):
            return "\n".join(lines[:index])
    return body


def test_the_reply_is_cut_at_the_line_the_line_by_line_rule_cuts_it() -> None:
    lines = ["We paid.", "", "--", "Thanks,", "Kind Regards", "Sent from my iPhone", "Ann",
             "  ____  ", "x" * 500, "Thanks so much!", "gesendet von meinem Telefon"]
    for n in range(1, 5):
        for chosen in itertools.product(lines, repeat=n):
            body = "\n".join(chosen)
            assert quotes._without_signature(body) == _signature_cut_line_by_line(
                thread_reading.Thread(body).reply(0).body), body  # type: ignore[union-attr]


def test_headers_found_next_to_and_over_each_other_are_found_as_findall_finds_them() -> None:
    fast = thread_reading.HEADERS
    texts = [
        "On Mon, Bob wrote:\nFrom: a\nSent: b\nTo: c\nSubject: d\n-----Original Message-----\n",
        "From: On Mon, Bob wrote:\nTo: x\nOn Tue, Ann wrote:\nAm Mo, Bob schrieb x:\n",
        "-----Original Message-----\nFrom: a\nDate: b\n\nOn Mon, Bob wrote:\nOn Mon, Bob wrote:",
        "",
        "no header here\nat all",
    ]
    for text in texts:
        assert fast.findall(text) == fast.regex.findall(text), text
