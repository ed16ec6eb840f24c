"""The characters a line pattern's match may begin with, after the blank that opens the line.

The regex engine tries a pattern of many alternatives at every line it scans, one alternative
after another, even where the line begins with a letter none of them begins with. A lookahead
for the characters they may begin with, `(?=[ \\t]*+[...])`, turns those lines away at once; the
characters are read from the parsed pattern, so the lookahead holds wherever the pattern can
match, and the matches stay the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.domain.pattern_starts import character_class, first_characters

BLANK = " \t"


def first_non_blank(pattern: str, flags: int = 0, blank: str = BLANK) -> frozenset[str] | None:
    """The characters not in `blank` (a space, a tab) that a match of `pattern` may begin
    with once its leading blank is read (`^[ \\t]*(?:best|kind)?[ \\t]*regards`: "b", "k",
    "r"), as written (a lookahead ignores case as the pattern does); None when that is not
    known: a match may hold no such character, or an item may begin with a blank other than
    an optional run of nothing but blank (lookaheads are passed over: they take nothing)."""
    found = first_characters(pattern, flags, skipped=blank)
    return None if found is None or found & set(blank) else found


def opening_lookahead(patterns: list[re.Pattern[str]], blank: str = BLANK) -> str:
    """`(?=[ \\t]*+[...])` for the characters any of `patterns` may begin with after `blank`,
    or "" when one of them may begin otherwise."""
    characters: set[str] = set()
    for pattern in patterns:
        found = first_non_blank(pattern.pattern, pattern.flags, blank)
        if found is None:
            return ""
        characters |= found
    return lookahead(characters, blank)


def lookahead(characters: Iterable[str], blank: str = BLANK) -> str:
    """`(?=[ \\t]*+[...])`: a line that begins with one of `characters` after `blank` (none
    of which is one of `characters`, so the blank is read once, not given back)."""
    if set(blank) & set(characters):
        raise ValueError("a blank character is also an opening one")
    return f"(?=[{re.escape(blank)}]*+[{character_class(characters)}])"
