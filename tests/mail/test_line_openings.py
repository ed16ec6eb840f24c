"""A lookahead for the characters a line pattern may begin with changes none of its matches."""

from __future__ import annotations

import random
import re

from bot.mail import quotes
from bot.mail.line_openings import first_non_blank, opening_lookahead

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
