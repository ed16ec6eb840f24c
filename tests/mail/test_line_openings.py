"""A lookahead for the characters a line pattern may begin with changes none of its matches."""

from __future__ import annotations

import random
import re

import pytest

from bot.mail import quotes
from bot.mail.line_openings import first_non_blank, lookahead, opening_lookahead

_PIECES = (
    "\n", " ", "\t", "Thanks,", "THANKS", "Kind regards", "\u212aind regards", "kInD ReGaRdS",
    "Best", "be\u017ft", "\u017fincerely", "Cheers!", "Sent from my iPhone", "SENT FROM MY",
    "Gesendet von meinem iPad", "Envoyé de mon iPhone", "-- ", "----", "____", "—", "Mfg",
    "Viele Grüße", "VIELE GRÜSSE", "Un saludo", "yours truly", "Yours", "x", "Paid.", "İ", "ı",
    "regards", " regards", "\tThank you", "Danke", "lg", "LG", "Lg", "1", "> Thanks",
)


def test_the_first_characters_are_read_from_the_pattern() -> None:
    assert first_non_blank(r"^[ \t]*(?:best|kind)?[ \t]*(?:regards|thanks)") == frozenset("bkrt")
    assert first_non_blank(r"^[ \t]*(?:--|_{4,})[ \t]*$") == frozenset("-_")
    assert first_non_blank(r"^[ \t]*(?: x|y)") is None  # may begin with a blank
    assert first_non_blank(r"^[ \t]*a?") is None  # may hold no character
    assert first_non_blank(r"^\s*a") is None  # a class of a category is not read
    assert first_non_blank(r"^[^a]b") is None


def test_the_blank_before_the_opening_is_read_once() -> None:
    assert "]*+[" in lookahead("ab")  # no character of it is given back: none opens a line
    assert re.compile(lookahead("ab") + ".", re.MULTILINE).match("\t  b") is not None
    assert re.compile(lookahead("ab") + ".").match("\t  c") is None
    with pytest.raises(ValueError):
        lookahead("a ")


def test_a_parse_tree_of_another_shape_gives_no_lookahead(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from bot.domain import pattern_starts

    closing = re.compile(r"^regards")
    changed = SimpleNamespace(data=[("an item", "of", "three parts")])
    monkeypatch.setattr(
        pattern_starts, "sre_parse", SimpleNamespace(parse=lambda pattern, flags: changed))
    assert first_non_blank(r"^[ \t]*regards") is None
    assert opening_lookahead([closing]) == ""


def test_the_reply_may_close_at_the_same_lines_with_the_lookahead() -> None:
    closings = list(quotes._CLOSINGS)
    assert opening_lookahead(closings) in quotes._MAY_CLOSE.pattern
    plain = re.compile("\n(?:" + "|".join(pattern.pattern[1:] for pattern in closings) + ")",
                       quotes._MAY_CLOSE.flags)
    chooser = random.Random(5)
    found = 0
    for _ in range(5000):
        text = "".join(chooser.choice(_PIECES) for _ in range(chooser.randint(1, 12)))
        expected = [match.span() for match in plain.finditer(text)]
        assert [match.span() for match in quotes._MAY_CLOSE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 100


_LINE_PIECES = (
    "\n", "> ", ">", "* ", " ", "\t", "On Mon, 3 Nov 2025 Bob <b@c.d> wrote:", "ON x WROTE:",
    "Am 3.11. schrieb Bob <b@c.d>:", "From: A", "FROM: a", "To: b", "Subject: x", "Da: M",
    "A: L", "Fra: x", "Sendt: y", "Til: z", "Emne: w", "-----Original Message-----", "--\n",
    "- x", "Best regards", "\u212aind Regards", "Thanks,", "Sent from my iPhone", "Gesendet von",
    "/ab", "Den 3. nov. 2025 skrev Bob <b@c.d>:", "3 nov. 2025 kl. 10:00 skrev Bob:", "x",
    "Il 3 nov ha scritto:", "Dnia 3 Bob napisał(a):", "Le 3 nov. Bob a écrit :", "İ", "ſent",
    "-----Ursprüngliche Nachricht-----", "> ---- Original Message ----", "== Begin forwarded",
    "___Forwarded message___", "Von: x", "Lähettäjä: y", "** From: **", "MESSAGE D'ORIGINE",
)


def test_line_searches_find_what_their_patterns_find_with_the_lookahead() -> None:
    from bot.mail import quote_searches, thread_reading

    searches = [search for search in (*thread_reading.SIGNATURE._start._searches,
                                      *thread_reading.HEADERS._alternatives,
                                      *quotes._QUOTE_HEADERS)
                if isinstance(search, quote_searches.LineStartSearch)]
    assert quotes._QUOTE_HEADERS[1] in searches  # the separator line
    assert any(search._lines.pattern.startswith("\n(?=") for search in searches)
    chooser = random.Random(3)
    found = 0
    for _ in range(1500):
        text = "".join(chooser.choice(_LINE_PIECES) for _ in range(chooser.randint(1, 10)))
        for search in searches:
            expected = search.regex.search(text)
            match = search.search(text)
            assert (match and (match.span(), match.groups())) == (
                expected and (expected.span(), expected.groups())), (search.regex.pattern, text)
            found += expected is not None
    assert found > 200
