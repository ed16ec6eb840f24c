"""Quote marks read once: `(?:> ?)*` in a pattern made possessive where that changes nothing.

mail-parser-reply's patterns let a line start with any number of quote marks, `(?:> ?)*`,
often followed by `[* ]*`. When the rest cannot match, the regex engine gives the marks back
one at a time and tries the rest again after each, so a line of thousands of ">" costs
thousands of tries of a long list of alternatives (one such message took ~80 ms to read).

Giving back cannot help when what follows can neither match nothing nor begin with a mark:
every shorter reading of the marks stops before a ">" or a space (or a "*"), where the rest
cannot begin. So `(?:> ?)*` becomes `(?:>+ ?)*+`, and `(?:> ?)*[* ]*` becomes
`(?>(?:>+ ?)*+[* ]*)`, only when the pattern shows (`_may_begin_with`) that each is followed
by something that must take a character other than those. The longest reading is the one the
engine tries first, so the match found, groups included, is the one it found before; and
`(?:>+ ?)*+` reads the same longest run of marks as `(?:> ?)*+`, taking each run of ">" in
one step instead of one ">" at a time.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MARKS = "(?:> ?)*"
_MARKS_AND_STARS = "(?:> ?)*[* ]*"
_MARKS_ONCE = "(?:>+ ?)*+"  # the same longest run of marks, a run of ">" at a time
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _shape(items: Any) -> object:
    """A comparable copy of parsed items (parsed subpatterns do not compare by value)."""
    if isinstance(items, sre_parse.SubPattern):
        return [_shape(item) for item in items.data]
    if isinstance(items, (list, tuple)):
        return type(items)(_shape(item) for item in items)
    return items


_MARKS_SHAPE = _shape(sre_parse.parse(_MARKS).data[0])
_STARS_SHAPE = _shape(sre_parse.parse("[* ]*").data[0])


def atomic_quote_marks(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with its quote marks read without giving back, or `regex` itself when that
    could change a match."""
    source = regex.pattern
    if _MARKS not in source or regex.flags & re.VERBOSE:
        return regex
    try:
        parsed = sre_parse.parse(source, regex.flags)
    except re.error:
        return regex
    counts = _safe_marks(parsed.data, parsed.state)
    if counts is None or counts != (source.count(_MARKS), source.count(_MARKS_AND_STARS)):
        return regex
    held = "\0"
    rewritten = source.replace(_MARKS_AND_STARS, held).replace(_MARKS, _MARKS_ONCE).replace(
        held, f"(?>{_MARKS_ONCE}[* ]*)")
    try:
        faster = re.compile(rewritten, regex.flags)
    except re.error:
        return regex
    return faster if faster.groups == regex.groups else regex


def _safe_marks(items: list[Any], state: Any) -> tuple[int, int] | None:
    """How many quote marks the parsed `items` hold, and how many of them `[* ]*` follows;
    None when any of them is followed by something that could begin with a mark."""
    marks, pairs = 0, 0
    for index, (op, av) in enumerate(items):
        if _shape((op, av)) == _MARKS_SHAPE:
            marks += 1
            rest = items[index + 1 :]
            if rest and _shape(rest[0]) == _STARS_SHAPE:
                pairs += 1
                if _may_begin_with(rest[1:], "> *", state):
                    return None
            elif _may_begin_with(rest, "> ", state):
                return None
            continue
        for inner in _inner_items(op, av):
            counts = _safe_marks(inner, state)
            if counts is None:
                return None
            marks, pairs = marks + counts[0], pairs + counts[1]
    return marks, pairs


def _inner_items(op: Any, av: Any) -> list[list[Any]]:
    if op is sre.BRANCH:
        return [list(branch.data) for branch in av[1]]
    if op is sre.SUBPATTERN:
        return [list(av[3].data)]
    if op in _REPEATS:
        return [list(av[2].data)]
    if op is sre.ATOMIC_GROUP:
        return [list(av.data)]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [list(av[1].data)]
    if op is sre.GROUPREF_EXISTS:
        return [list(part.data) for part in av[1:] if part is not None]
    return []


def _may_begin_with(items: list[Any], characters: str, state: Any) -> bool:
    """False only when a match of `items` must take a first character and it cannot be one
    of `characters` (these are not letters, so ignoring case does not change which match)."""
    may, empty = _begins(items, characters, state)
    return may or empty


def _begins(items: list[Any], characters: str, state: Any) -> tuple[bool, bool]:
    """(may the match of `items` begin with one of `characters`, may it be empty)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        may, empty = _item_begins(op, av, characters, state)
        if may:
            return True, empty
        if not empty:
            return False, False
    return False, True


def _item_begins(op: Any, av: Any, characters: str, state: Any) -> tuple[bool, bool]:
    if op in _ONE_CHARACTER:
        single = sre_compile.compile(sre_parse.SubPattern(state, [(op, av)]), 0)
        return any(single.fullmatch(char) for char in characters), False
    if op is sre.SUBPATTERN:
        return _begins(list(av[3].data), characters, state)
    if op is sre.ATOMIC_GROUP:
        return _begins(list(av.data), characters, state)
    if op is sre.BRANCH:
        found = [_begins(list(branch.data), characters, state) for branch in av[1]]
        return any(may for may, _ in found), any(empty for _, empty in found)
    if op in _REPEATS:
        may, empty = _begins(list(av[2].data), characters, state)
        return may, empty or av[0] == 0
    return True, True
