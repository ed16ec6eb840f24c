"""Curly and other look-alike apostrophes made straight, so that the phrase patterns, all
written with "'", read "can’t" as "can't"."""

from __future__ import annotations

_CURLY = "’‘`´"


def straight_apostrophes(text: str) -> str:
    """`text` with each look-alike apostrophe replaced by "'"."""
    for curly in _CURLY:
        if curly in text:  # str.replace is much faster than str.translate
            text = text.replace(curly, "'")
    return text
