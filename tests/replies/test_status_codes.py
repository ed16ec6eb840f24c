"""The status and reply code patterns, written to scan fast, find exactly what the plain
look-behind-first patterns find."""

from __future__ import annotations

import random
import re

from bot.mail.bounces import _REPLY_CODE, _STATUS

_PLAIN_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_PLAIN_REPLY_CODE = re.compile(r"(?<![\d.-])([45][0-5]\d)(?:[ -]|$)", re.MULTILINE)


_Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _found(pattern: re.Pattern[str], text: str) -> _Found:
    return [(found.span(), found.groups()) for found in pattern.finditer(text)]


def test_they_find_what_the_plain_patterns_find() -> None:
    picks = random.Random(7)
    texts = ["5.1.1", "x5.1.1", ".5.1.1", "15.1.1", "550 5.1.1 user", "-550 no", "a\n450-x",
             "٣5.1.1", "4.4.7.", "2.0.0 ok", "550", "5.1.10 moved"]
    texts += ["".join(picks.choice("2345.0-9 \na٣") for _ in range(picks.randint(0, 14)))
              for _ in range(5000)]
    for text in texts:
        assert _found(_STATUS, text) == _found(_PLAIN_STATUS, text), text
        assert _found(_REPLY_CODE, text) == _found(_PLAIN_REPLY_CODE, text), text
