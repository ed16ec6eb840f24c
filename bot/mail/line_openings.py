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
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

BLANK = " \t"
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MOST_IN_A_RANGE = 64


class _Unknown(Exception):
    """An item whose first characters are not read here."""


def first_non_blank(pattern: str, flags: int = 0, blank: str = BLANK) -> frozenset[str] | None:
    """The characters not in `blank` (a space, a tab) that a match of `pattern` may begin
    with once its leading blank is read (`^[ \\t]*(?:best|kind)?[ \\t]*regards`: "b", "k",
    "r"), as written (a lookahead ignores case as the pattern does); None when that is not
    known: a match may hold no such character, or an item may begin with a blank other than
    an optional run of nothing but blank (lookaheads are passed over: they take nothing)."""
    try:
        found, empty = _first(list(sre_parse.parse(pattern, flags).data), frozenset(blank))
    except Exception:  # _Unknown, re.error, or a tree of a shape `re._parser` (private) no
        return None  # longer gives: then no lookahead, and the pattern is searched as it is
    return None if empty or found & set(blank) else frozenset(found)


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
    return (f"(?=[{re.escape(blank)}]*+["
            + "".join(re.escape(char) for char in sorted(characters)) + "])")


def _first(items: list[Any], blank: frozenset[str]) -> tuple[set[str], bool]:
    """(the first characters of a match of `items`, whether it may be empty), leaving out
    optional runs of nothing but `blank`."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS and av[0] == 0 and _only(list(av[2].data), blank):
            continue
        chars, empty = _item(op, av, blank)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item(op: Any, av: Any, blank: frozenset[str]) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        return _class(av), False
    if op is sre.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, may_be_empty = _first(list(branch.data), blank)
            found |= chars
            empty = empty or may_be_empty
        return found, empty
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(list(body.data), blank)
    if op is sre.ATOMIC_GROUP:
        return _first(list(av.data), blank)
    if op in _REPEATS:
        chars, empty = _first(list(av[2].data), blank)
        return chars, empty or av[0] == 0
    raise _Unknown


def _class(av: list[Any]) -> set[str]:
    found: set[str] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            found.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _MOST_IN_A_RANGE:
            found.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            raise _Unknown
    return found


def _only(items: list[Any], blank: frozenset[str]) -> bool:
    """Whether everything `items` may match is made of `blank` characters."""
    for op, av in items:
        if op is sre.LITERAL:
            if chr(av) not in blank:
                return False
        elif op is sre.IN:
            if not all(kind is sre.LITERAL and chr(value) in blank for kind, value in av):
                return False
        elif op in _REPEATS:
            if not _only(list(av[2].data), blank):
                return False
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            if not _only(list(av[3].data), blank):
                return False
        else:
            return False
    return True
