"""Searching a line pattern only near the lines that hold something every match needs.

Some quote-header patterns are costly at every line they are tried at: "On ... <a@b> wrote:"
scans the whole line for "wrote" in twenty languages, one position at a time. Any match of
such a pattern has, within its first few lines, a cheap mark (an anchor): the verb "wrote",
or a colon at a line end. `AnchoredLineSearch` finds the anchors first and tries the pattern
only at the line starts that can reach one, in order, so it finds the match the pattern's own
search finds: that match begins at a line start, and the lines it skips cannot match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from re import _casefix as casefix  # type: ignore[attr-defined]
from typing import Protocol

from bot.domain.replies.prefilter import Folded, shortest_words, top_level_alternatives


class Anchor(Protocol):
    def usable(self, text: str) -> bool:
        """False when this anchor could miss a place in `text`."""

    def find(self, text: str, pos: int) -> int:
        """Where the first anchor at or after `pos` begins, or -1."""


class WordsAnchor:
    """Words, found where the regex engine finds them ignoring case.

    They are looked for in the text as `Folded` lower-cases it, which is how the engine folds
    the case of any letter, except for a few letters it also matches to another lower-case
    letter (Cyrillic "ᲃ" for "с", Greek "ς" for "σ", ...); a text holding one of those that
    matters for the words is not usable."""

    def __init__(self, words: Iterable[str]) -> None:
        # a word that holds another is found on the same line by the other
        self._words = shortest_words(Folded(word).lower for word in words)
        # an ASCII text holds none of the others (most texts are ASCII)
        self._ascii_words = tuple(word for word in self._words if word.isascii())
        self._unsafe = _other_case_variants("".join(self._words))
        self._last: tuple[str, list[int]] | None = None

    def usable(self, text: str) -> bool:
        return text.isascii() or not any(char in text for char in self._unsafe)

    def find(self, text: str, pos: int) -> int:
        places = self._places(text)
        index = bisect_left(places, pos)
        return places[index] if index < len(places) else -1

    def _places(self, text: str) -> list[int]:
        """Where each word begins, all in order, found once for the text searched last (a
        text is searched for several patterns anchored on the same words)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        folded = Folded.of(text)
        lower = folded.lower
        places = []
        for word in self._ascii_words if folded.ascii else self._words:
            at = lower.find(word)
            while at >= 0:
                places.append(at)
                at = lower.find(word, at + 1)
        places.sort()
        self._last = (text, places)
        return places


def _other_case_variants(letters: str) -> frozenset[str]:
    """The characters the regex engine matches to one of the lower-case `letters` ignoring
    case that `Folded` does not lower-case to that letter: those whose lower case is one of
    the engine's extra variants of the letter (`re._casefix`)."""
    unsafe: set[str] = set()
    for letter in set(letters):
        for code in casefix._EXTRA_CASES.get(ord(letter), ()):
            variant = chr(code)
            if Folded(variant).lower != letter:
                unsafe.update(char for char in (variant, variant.upper(), variant.title())
                              if char.lower() == variant)
    return frozenset(unsafe)


class PatternAnchor:
    """A pattern, searched as it is."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def usable(self, text: str) -> bool:
        return True

    def find(self, text: str, pos: int) -> int:
        found = self._pattern.search(text, pos)
        return found.start() if found is not None else -1


class AnchoredLineSearch:
    """`search` of a multi-line pattern `^...` every match of which holds an anchor on one of
    the lines `below` its first line (`range(0, 1)`: on the first line itself)."""

    def __init__(self, regex: re.Pattern[str], anchor: Anchor, below: range) -> None:
        if (not regex.pattern.startswith("^") or not regex.flags & re.MULTILINE
                or len(top_level_alternatives(regex.pattern)) > 1):
            raise ValueError(f"not a line pattern: {regex.pattern[:40]!r}")
        if below.step != 1 or below.start < 0 or not below:
            raise ValueError(f"not a run of lines: {below}")
        self.regex = regex
        self._anchor = anchor
        self._nearest = below.start
        self._farthest = below.stop - 1

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if not self._anchor.usable(text):
            return self.regex.search(text, pos)
        tried = pos  # every line start before this one is tried, or cannot match
        scan = pos
        while (at := self._anchor.find(text, scan)) >= 0:
            starts = [text.rfind("\n", 0, at) + 1]  # the anchor's line, then the lines above
            while len(starts) <= self._farthest and tried < starts[-1]:
                starts.append(text.rfind("\n", 0, starts[-1] - 1) + 1)
            for start in reversed(starts[self._nearest :]):
                if start >= tried:
                    found = self.regex.match(text, start)
                    if found is not None:
                        return found
            if len(starts) > self._nearest:
                tried = max(tried, starts[self._nearest] + 1)
            end = text.find("\n", at)
            if end < 0:
                return None
            scan = end + 1
        return None
