"""A line pattern searched only near its anchors finds what the pattern's own search finds,
and words are found wherever the regex engine finds them ignoring case."""

from __future__ import annotations

import re
import sys

import pytest

from bot.domain.replies.prefilter import Folded
from bot.mail import quotes
from bot.mail.anchored_lines import AnchoredLineSearch, PatternAnchor, WordsAnchor

FLAGS = re.MULTILINE | re.IGNORECASE

TEXTS = [
    "",
    "wrote",
    "On Mon, 1 Jan 2024 Bob <b@c.d> wrote:\n> hi",
    "Paid.\n\nOn Mon, 1 Jan 2024 Bob <b@c.d> WROTE:\n> hi\nOn Tue Ann <a@c.d> wrote:",
    "Paid.\nOn Mon, 1 Jan 2024 at 10:00, Bob\n<b@c.d>\nwrote:\n> hi",
    "On Mon, 1 Jan 2024 at 10:00, Bob\n<b@c.d> wrote:\n> hi",
    "On 1 Jan\na\nb\nc\nd\ne wrote:\n",
    "Ok\nOn 1 Jan 2024\na\nb\nc\nBob wrote:\n",
    "1\n2\n3\nOn 4 Jan 2024\nx\ny\nBob wrote:",
    "We wrote 3 times\nOn 2 Jan 2024 Bob <b@c.d> schrieb:\n",
    "Am 2. Jan. 2024 um 10:00 schrieb Bob <b@c.d>:\n> hallo",
    "El 2 ene 2024, Bob <b@c.d> escribió:\n> hola\n",
    "W dniu 2.01.2024 Bob <b@c.d> napisał(a):\n> x",
    "2 янв. 2024 г., Боб <b@c.d> НАПИСАЛ:\n> x",
    "2 янв. 2024 г., Боб <b@c.d> напиᲃал:\n> x",  # the engine's other "с"
    "Yazdı 2024 <b@c.d> YAZDI:\nyazdi 1 <a@b>",
    "10:00 Bob <b@c.d>:\nx\n12:30 Ann <a@c.d> :  ",
    "no newline at the end: 10:00 Bob <b@c.d>:",
    "x" * 300 + " 1 wrote:\n" + "y wrote:",
    "Ok\n\n-----Original Message-----\nFrom: A",
    "Ok\n> > ----- ORIGINAL MESSAGE -----  \n> From: A\n",
    "original message follows\n*Begin forwarded message:*\n",
    "Hallo\n-------- Ursprüngliche Nachricht --------\nVon: A",
    "Hallo\n___ WIADOMOŚĆ ORYGINALNA ___\n",
]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    return (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups()))


def _searches() -> list[tuple[re.Pattern[str], AnchoredLineSearch]]:
    verbs = WordsAnchor(quotes._WROTE_WORDS)
    colon = PatternAnchor(re.compile(r":[ \t]*$", re.MULTILINE))
    return [
        (quotes._WROTE_ON_ITS_LINE, AnchoredLineSearch(quotes._WROTE_ON_ITS_LINE, verbs, range(1))),
        (quotes._WROTE_BELOW_ITS_LEAD,
         AnchoredLineSearch(quotes._WROTE_BELOW_ITS_LEAD, verbs, range(1, 5))),
        (quotes._ADDRESS_AND_COLON, AnchoredLineSearch(quotes._ADDRESS_AND_COLON, colon, range(1))),
        (quotes._SEPARATOR, AnchoredLineSearch(
            quotes._SEPARATOR, WordsAnchor(quotes._SEPARATOR_NAMES), range(1))),
        (re.compile(r"^on\b.*\n.*\n.*wrote", FLAGS),
         AnchoredLineSearch(re.compile(r"^on\b.*\n.*\n.*wrote", FLAGS), verbs, range(2, 3))),
        (re.compile(r"^on\b.*(?:\n.*){0,2}wrote", FLAGS),
         AnchoredLineSearch(re.compile(r"^on\b.*(?:\n.*){0,2}wrote", FLAGS), verbs, range(3))),
    ]


def test_an_anchored_search_finds_what_the_pattern_finds_from_any_position() -> None:
    for pattern, anchored in _searches():
        for text in TEXTS:
            for pos in range(len(text) + 1):
                assert _same(anchored.search(text, pos), pattern.search(text, pos)), (
                    pattern.pattern[:40], text, pos)


def test_only_a_pattern_anchored_at_every_line_start_is_accepted() -> None:
    anchor = PatternAnchor(re.compile("x"))
    for source in (r"a^", r"^a|b"):
        with pytest.raises(ValueError):
            AnchoredLineSearch(re.compile(source, re.MULTILINE), anchor, range(1))
    with pytest.raises(ValueError):
        AnchoredLineSearch(re.compile(r"^a"), anchor, range(1))
    with pytest.raises(ValueError):
        AnchoredLineSearch(re.compile(r"^a", re.MULTILINE), anchor, range(0))


def test_words_are_found_wherever_the_engine_matches_them_ignoring_case() -> None:
    everything = "".join(
        chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    for names in (quotes._WROTE_WORDS, quotes._SEPARATOR_NAMES):
        words = WordsAnchor(names)
        for letter in sorted(set("".join(names))):
            for char in re.findall(re.escape(letter), everything, re.IGNORECASE):
                assert Folded(char).lower == Folded(letter).lower or not words.usable(char), (
                    letter, char)


def test_a_text_with_a_letter_folded_otherwise_is_searched_as_it_is() -> None:
    words = WordsAnchor(["писал"])
    assert not words.usable("напиᲃал")
    assert words.usable("НАПИСАЛ")


def test_an_ascii_text_is_searched_for_the_ascii_words_only_with_the_same_places() -> None:
    names = (*quotes._WROTE_WORDS, "a écrit", "écrit x")
    texts = [text for text in TEXTS if text.isascii()] + [
        "Bob a ecrit:\nwrote writes skrev\nSCHRIEB schreef", "ecrit x wrote"]
    for text in texts:
        searched, everything = WordsAnchor(names), WordsAnchor(names)
        everything._ascii_words = everything._words  # the slow way: every word
        for pos in range(len(text) + 1):
            assert searched.find(text, pos) == everything.find(text, pos), (text, pos)
