"""What every match of a regular expression begins with, read from its parsed form.

The regex engine tries a pattern at every character (or every line) it scans, one
alternative after another, even where the text holds a character none of them begins with.
A look-ahead for the characters a match may begin with turns those places away at once. The
characters are read from the parsed pattern (`re._parser`, the stdlib's own), so the
look-ahead holds wherever the pattern can match and the matches stay the same. Anything this
reader does not know, including a parse tree of a shape a later Python gives, means "not
known" and so no look-ahead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

DIGITS = r"\d"
"""Among the characters found: any decimal digit (a `\\d` in the pattern)."""

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MOST_IN_A_RANGE = 64


class _Unknown(Exception):
    """An item whose first characters are not read here."""


def first_characters(pattern: str, flags: int = 0, skipped: str = "") -> frozenset[str] | None:
    """The characters, as written (`DIGITS` for any digit), that the first character of
    every match of `pattern` matches once an optional run made only of `skipped` characters
    at its start is passed over; None when they are not known or a match may be empty.
    Zero-width items (anchors, look-arounds) are passed over: they read nothing."""
    try:
        found, empty = _first(list(sre_parse.parse(pattern, flags).data), frozenset(skipped))
    except Exception:  # _Unknown, re.error, or a tree of a shape `re._parser` (private) no
        return None  # longer gives: then no look-ahead, and the pattern is searched as it is
    return None if empty else frozenset(found)


def character_class(characters: Iterable[str]) -> str:
    """The inside of `[...]` for `characters` as `first_characters` gives them."""
    return "".join(char if char == DIGITS else re.escape(char) for char in sorted(characters))


def _first(items: list[Any], skipped: frozenset[str]) -> tuple[set[str], bool]:
    """(the first characters of a match of `items`, whether it may read none)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if skipped and op in _REPEATS and av[0] == 0 and _only(list(av[2].data), skipped):
            continue
        chars, empty = _item(op, av, skipped)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item(op: Any, av: Any, skipped: frozenset[str]) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        return _class(av), False
    if op is sre.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, may_be_empty = _first(list(branch.data), skipped)
            found |= chars
            empty = empty or may_be_empty
        return found, empty
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(list(body.data), skipped)
    if op is sre.ATOMIC_GROUP:
        return _first(list(av.data), skipped)
    if op in _REPEATS:
        chars, empty = _first(list(av[2].data), skipped)
        return chars, empty or av[0] == 0
    raise _Unknown


def _class(av: list[Any]) -> set[str]:
    found: set[str] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            found.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _MOST_IN_A_RANGE:
            found.update(chr(code) for code in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            found.add(DIGITS)
        else:
            raise _Unknown
    return found


def _only(items: list[Any], skipped: frozenset[str]) -> bool:
    """Whether everything `items` may match is made of `skipped` characters."""
    for op, av in items:
        if op is sre.LITERAL:
            if chr(av) not in skipped:
                return False
        elif op is sre.IN:
            if not all(kind is sre.LITERAL and chr(value) in skipped for kind, value in av):
                return False
        elif op in _REPEATS:
            if not _only(list(av[2].data), skipped):
                return False
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            if not _only(list(av[3].data), skipped):
                return False
        else:
            return False
    return True
