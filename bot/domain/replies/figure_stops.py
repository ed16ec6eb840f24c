"""Sentences that end after a figure: "Your website listed this at $349. You billed $429."

`clauses.sentences` does not end a sentence at a full stop after a digit, as it may be a
German ordinal ("am 15. März", "zum 1. Juli") or part of a number. Where a reader needs the
figures of each statement apart (which count or sum is billed, which is set against it), a full
stop after a figure, then space and a word that is not a month name, ends the sentence after
all.
"""

from __future__ import annotations

import re

from bot.domain.replies.clauses import Clause
from bot.domain.replies.dates import MONTH_NAME

_AFTER_FIGURE = re.compile(rf"(?<=\d)\.\s+(?=[^\W\d_])(?!(?:{MONTH_NAME})\b)", re.IGNORECASE)


def split_after_figures(sentence: Clause) -> list[Clause]:
    """The sentence, cut after each full stop that follows a figure and precedes a word."""
    if "." not in sentence.text:
        return [sentence]
    parts: list[Clause] = []
    start = 0
    for end in [stop.end() for stop in _AFTER_FIGURE.finditer(sentence.text)]:
        parts.append(Clause(sentence.start + start, sentence.text[start:end]))
        start = end
    parts.append(Clause(sentence.start + start, sentence.text[start:]))
    return parts
