"""Cheap tests that rule a regex out before it runs.

Python's regex engine tries a pattern at every character, so a clause checked against a few
hundred phrase patterns costs far more than the clause is long. Most patterns contain words
that any match must contain ("paid", "dispute", "lawyer"), and a substring test for those
words is much cheaper. `required_words(pattern)` reads them from the compiled pattern: a set of
lower-case ASCII strings such that every match contains at least one of them, or None when
the pattern has no such set.

`Prefiltered.search` is then `pattern.search` that answers None at once when the text contains
none of the words. It is exact, because the words are compared with the text folded the way
case-insensitive matching folds ASCII letters (`Folded`):

- in ASCII text, matching ASCII letters ignoring case is plain lower-casing; and a literal
  with a letter such as "é" or "ü" cannot match there at all, so a part of a pattern that
  needs one is impossible (an empty set: nothing may match);
- in other text, an ASCII letter is also matched by a few other letters (the dotless and the
  dotted capital I, the long s, the Kelvin sign), which `Folded` turns into the ASCII letter
  first; parts that need a non-ASCII literal give no words there, except the lower-case
  letters of Latin-1 ("é", "ü", "ß"): only themselves and their capitals match those, and
  lower-casing turns the capitals into them (tested for every character).

`WordIndex` looks for the words of many patterns at once with an Aho-Corasick automaton, and
for that keeps them uncut, as phrases ("out of work", not "work"), with the word boundaries
the pattern puts around them (`EDGE`): "ill" after `\b` counts only where a word starts,
not in "will". Whether a character is a word character is the same in the folded text
(tested for every character), so the boundary is checked there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from bot.domain.pattern_starts import character_class, first_characters

_MIN_WORD = 3  # shorter required strings rule out too little to be worth testing
_FOLDING_CHARS = "ıİſK"
_FOLDS = tuple(zip(_FOLDING_CHARS, "iisk", strict=True))
_FOLDS_TO_ASCII = str.maketrans(dict(_FOLDS))
_IMPOSSIBLE: frozenset[str] = frozenset()
_MAX_STRINGS = 64  # beyond this many fixed strings an item counts as "anything"
_MAX_REPEAT = 3
_MAX_WINDOW = 400  # wider patterns are searched in the whole text
# What a word for any text is cut at: all but ASCII and the lower-case letters of Latin-1.
_CUT = re.compile(r"[^\x00-\x7f\u00df-\u00f6\u00f8-\u00ff]")
_PIECE = re.compile(r"[a-z0-9]+")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
EDGE = "\x00"  # in `phrases`: a word boundary there (a pattern with a NUL has no words)


class Folded:
    """A text lower-cased as case-insensitive matching sees its ASCII letters."""

    __slots__ = ("ascii", "lower")

    def __init__(self, text: str) -> None:
        self.ascii = text.isascii()
        if not self.ascii:
            for char, ascii in _FOLDS:
                if char in text:  # str.replace is much faster than str.translate
                    text = text.replace(char, ascii)
        self.lower = text.lower()

    @classmethod
    def of(cls, text: str) -> Folded:
        """The text folded, reusing one of the last few made this way when it is the same
        text (a message's body, its subject and the debtor's words are each checked against
        several patterns, in turns). The few are kept in a tuple that is replaced, never
        changed, so a thread reading it while another folds a text cannot see it change."""
        recent = _RECENT[0]
        for seen, folded in recent:
            if seen is text:
                return folded
        folded = cls(text)
        _RECENT[0] = ((text, folded), *recent[: _KEPT - 1])
        return folded


_KEPT = 3  # texts kept folded
_RECENT: list[tuple[tuple[str, Folded], ...]] = [()]


@dataclass(frozen=True, slots=True)
class Prefiltered:
    """A compiled pattern and the words one of which any match contains, for ASCII text
    (`words`) and for any text (`any_words`); None: unknown. `phrases` and `any_phrases` are
    the same strings uncut: more of them, but each rules out more (for `WordIndex`, whose
    automaton looks for any number of them at once)."""

    pattern: re.Pattern[str]
    words: tuple[str, ...] | None
    any_words: tuple[str, ...] | None
    phrases: tuple[str, ...] | None
    any_phrases: tuple[str, ...] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefiltered:
        items = _parsed(pattern)  # read once, for both kinds of text
        required = None if items is None else _sequence(items, True)
        any_required = None if items is None else _sequence(items, False)
        return cls(pattern, _compact(_unmarked(required)), _compact(_unmarked(any_required)),
                   _shortest_or_none(required), _shortest_or_none(any_required))

    def may_match(self, folded: Folded) -> bool:
        """False only when the pattern cannot match the text `folded` was made of."""
        words = self.words if folded.ascii else self.any_words
        if words is None:
            return True
        lower = folded.lower
        return any(word in lower for word in words)

    def search(self, text: str) -> re.Match[str] | None:
        if self.may_match(Folded.of(text)):
            return self.pattern.search(text)
        return None

    def findall(self, text: str) -> list[Any]:
        return self.pattern.findall(text) if self.may_match(Folded.of(text)) else []


def _compact(words: frozenset[str] | None) -> tuple[str, ...] | None:
    """Fewer, shorter words that rule out no less: a text that contains a word contains each
    piece of it, so each word is cut to its longest piece of letters or digits, and a word
    that contains another word of the set adds nothing (before the cut and after it)."""
    if words is None:
        return None
    pieces: set[str] = set()
    for word in shortest_words(words):
        piece = max(_PIECE.findall(word), key=len, default="")
        pieces.add(piece if len(piece) >= _MIN_WORD else word)
    return shortest_words(pieces)


def shortest_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words, sorted, less those that contain another of them: a text holding one of
    those holds the other, so looking for the other is enough."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def _shortest_or_none(words: frozenset[str] | None) -> tuple[str, ...] | None:
    return None if words is None else shortest_words(words)


def required_words(pattern: re.Pattern[str], *, ascii_text: bool) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of `pattern` in an ASCII text
    (`ascii_text`) or in any text contains, or None when there is no such set."""
    return _unmarked(_marked_words(pattern, ascii_text=ascii_text))


def _marked_words(pattern: re.Pattern[str], *, ascii_text: bool) -> frozenset[str] | None:
    """`required_words` with `EDGE` wherever the pattern has a word boundary (`\\b`)."""
    items = _parsed(pattern)
    return None if items is None else _sequence(items, ascii_text)


def _parsed(pattern: re.Pattern[str]) -> list[Item] | None:
    """The pattern's items as the regex engine's parser reads them, or None for a pattern
    this reading does not cover (verbose, bytes, or one the parser refuses)."""
    if pattern.flags & re.VERBOSE or not isinstance(pattern.pattern, str):
        return None
    try:
        return list(sre_parse.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None


def _unmarked(words: frozenset[str] | None) -> frozenset[str] | None:
    return None if words is None else frozenset(word.replace(EDGE, "") for word in words)


def _length(word: str) -> int:
    return len(word) - word.count(EDGE)


Item = tuple[object, object]


def _sequence(items: list[Item], ascii_text: bool, edge: bool = False) -> frozenset[str] | None:
    """The best required set of a sequence of items that must all match (empty when one of
    them cannot match at all). Neighbouring items that match only a few fixed strings
    ("From", "To" then ":") are joined into the strings they make together. `edge`: the
    sequence starts at a word boundary."""
    candidates: list[frozenset[str]] = []
    joined: set[str] = {EDGE if edge else ""}
    for op, value in items:
        exact = _exact(op, value)
        if exact is not None:
            product = {before + after for before in joined for after in exact}
            if len(product) <= _MAX_STRINGS:
                joined = product
                continue
        _close(joined, candidates, ascii_text)
        found = _item(op, value, ascii_text, all(text.endswith(EDGE) for text in joined))
        joined = {""}
        if found is not None:
            candidates.append(found)
    _close(joined, candidates, ascii_text)
    if _IMPOSSIBLE in candidates:
        return _IMPOSSIBLE
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(_length(word) for word in c), -len(c)))


def _close(joined: set[str], candidates: list[frozenset[str]], ascii_text: bool) -> None:
    """Add the required set that a run of fixed strings gives, if it is of use."""
    strings = {text.translate(_FOLDS_TO_ASCII).lower() for text in joined}
    if ascii_text:
        possible = {text for text in strings if text.isascii()}
        if not possible:
            candidates.append(_IMPOSSIBLE)
        elif all(_length(text) >= _MIN_WORD for text in possible):
            candidates.append(frozenset(possible))
        return
    pieces: set[str] = set()
    for text in strings:
        longest = max(_CUT.split(text), key=_length)
        if _length(longest) < _MIN_WORD:
            return
        pieces.add(longest)
    candidates.append(frozenset(pieces))


def _item(op: object, value: object, ascii_text: bool, edge: bool) -> frozenset[str] | None:
    """The required set of one item that is not a few fixed strings (`edge`: that starts
    at a word boundary)."""
    if op is sre.SUBPATTERN and isinstance(value, tuple):
        # A group with its own flags ("(?-i:[A-Z][a-z]+ died)") needs the same strings: they
        # are looked for in the text folded to lower case, whatever case the group matches.
        body = value[3]
        return _sequence(list(body), ascii_text, edge)
    if op is sre.BRANCH and isinstance(value, tuple):
        _nothing, alternatives = value
        union: set[str] = set()
        for alternative in alternatives:
            found = _sequence(list(alternative), ascii_text, edge)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS and isinstance(value, tuple):
        low, _high, body = value
        return _sequence(list(body), ascii_text, edge) if low >= 1 else None
    return None


def _exact(op: object, value: object) -> frozenset[str] | None:
    """The few strings an item can match, as written (case not folded), or None."""
    if op is sre.LITERAL and isinstance(value, int):
        return None if chr(value) == EDGE else frozenset({chr(value)})
    if op is sre.AT:
        return frozenset({EDGE if value is sre.AT_BOUNDARY else ""})
    if op is sre.IN and isinstance(value, list):
        chars: set[str] = set()
        for kind, code in value:
            if kind is not sre.LITERAL or not isinstance(code, int) or chr(code) == EDGE:
                return None
            chars.add(chr(code))
        return frozenset(chars)
    if op is sre.SUBPATTERN and isinstance(value, tuple):
        return _exact_sequence(list(value[3]))
    if op is sre.BRANCH and isinstance(value, tuple):
        union: set[str] = set()
        for alternative in value[1]:
            found = _exact_sequence(list(alternative))
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_STRINGS else None
    if op in _REPEATS and isinstance(value, tuple):
        low, high, body = value
        once = _exact_sequence(list(body))
        return None if once is None or high > _MAX_REPEAT else _repeated(once, low, high)
    return None


def _repeated(once: frozenset[str], low: int, high: int) -> frozenset[str] | None:
    """The strings `low` to `high` repetitions of `once` make."""
    found: set[str] = set()
    power: set[str] = {""}
    for count in range(high + 1):
        if count >= low:
            found |= power
        if count < high:
            power = {before + after for before in power for after in once}
            if len(power) > _MAX_STRINGS:
                return None
    return frozenset(found) if len(found) <= _MAX_STRINGS else None


def _exact_sequence(items: list[Item]) -> frozenset[str] | None:
    joined: set[str] = {""}
    for op, value in items:
        exact = _exact(op, value)
        if exact is None:
            return None
        joined = {before + after for before in joined for after in exact}
        if len(joined) > _MAX_STRINGS:
            return None
    return frozenset(joined)


def with_start_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a look-ahead for the characters a match can start with, when
    it matches ignoring case and they are known (`pattern_starts.first_characters`); else
    the pattern itself.

    The regex engine tries a pattern at every character, and one that starts with a long
    alternation of words ignoring case costs there one comparison per word; the look-ahead
    rules most characters out with one. (A pattern that does not ignore case gets a faster
    test of its first character from the engine itself, which a look-ahead would turn off.)
    A pattern written in VERBOSE mode may end in a comment, which would swallow the closing
    parenthesis, and one that opens with global flags ("(?i)...") cannot be put inside a
    group: both are left as they are."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return pattern
    first = first_characters(pattern.pattern, pattern.flags)
    if first is None:
        return pattern
    try:
        return re.compile(f"(?=[{character_class(first)}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global flags, which must open the whole pattern
        return pattern


class WordIndex:
    """The words of many patterns, found all at once, each occurrence of each, by an
    Aho-Corasick automaton in one pass over a long text: to tell which of the patterns may
    match each of several stretches of it (`candidates`: the sentences of a reply), or
    whether any of them matches it (`any_match`), without folding and testing every
    stretch or trying every pattern at every character."""

    def __init__(self, members: Iterable[Prefiltered]) -> None:
        self.members = tuple(members)
        self._tables = (_WordTable(self.members, ascii_text=False),
                        _WordTable(self.members, ascii_text=True))
        self._widths = tuple(window_width(member.pattern) for member in self.members)

    @classmethod
    def any_of(cls, *branches: str) -> WordIndex:
        """The branches of a case-insensitive alternation kept apart, for `any_match`: each
        is then searched only near its own words, not at every character of a long text."""
        return cls(Prefiltered.of(re.compile(branch, re.IGNORECASE)) for branch in branches)

    @classmethod
    def of_branches(cls, pattern: re.Pattern[str]) -> WordIndex:
        """`pattern`'s top-level alternatives kept apart (`top_level_alternatives`), each with its
        flags: `any_match` then answers `pattern.search` without trying a long alternation at
        every character of a long text."""
        return cls(Prefiltered.of(re.compile(branch, pattern.flags))
                   for branch in top_level_alternatives(pattern.pattern))

    def candidates(self, folded: Folded, spans: Sequence[tuple[int, int]]) -> list[set[int]]:
        """For each span (start, end) of the text `folded` was made of, the indexes of the
        members that may match the text of that span alone."""
        table = self._tables[folded.ascii]
        found = [set(table.always) for _span in spans]
        if not spans or not table.words:
            return found
        starts = [start for start, _end in spans]
        lower = folded.lower
        for last, (length, kinds) in table.words.iter(lower):
            first = last - length + 1
            span = bisect_right(starts, first) - 1
            if span < 0:
                continue
            start, end = spans[span]
            if last >= end:
                continue
            for word_start, word_end, members in kinds:
                if word_start and first > start and _is_word(lower[first - 1]):
                    continue  # (`_bounded_there` within the span, written out: hot loop)
                if word_end and last + 1 < end and _is_word(lower[last + 1]):
                    continue
                found[span].update(members)
        return found

    def any_match(self, text: str, folded: Folded) -> bool:
        """Whether a member matches `text` (`folded` is it folded). A pattern of bounded
        width with no lookahead is tried only in a window around each occurrence of one of
        its phrases: any match holds the phrase, so it lies in that window, and a match found
        there that starts no later than the phrase is a match in the whole text."""
        table = self._tables[folded.ascii]
        searched: set[int] = set()
        for index in table.always:
            searched.add(index)
            if self.members[index].pattern.search(text):
                return True
        lower = folded.lower
        for last, (length, kinds) in table.words.iter(lower):
            first = last - length + 1
            for word_start, word_end, members in kinds:
                if _bounded_there(lower, first, last, word_start, word_end) and (
                        self._near(first, length, members, text, searched)):
                    return True
        return False

    def _near(self, start: int, length: int, members: tuple[int, ...], text: str,
              searched: set[int]) -> bool:
        """Whether one of `members` matches `text` around the phrase of `length` characters
        found at `start`."""
        for index in members:
            if index in searched:
                continue
            pattern, width = self.members[index].pattern, self._widths[index]
            if width is None:
                searched.add(index)
                if pattern.search(text):
                    return True
                continue
            found = pattern.search(text, max(0, start + length - width), start + width + 2)
            if found is not None and found.start() <= start:
                return True
        return False


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` cut at each `|` outside groups and character classes."""
    parts: list[str] = []
    start = 0
    for index, char, depth in regex_syntax(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def regex_syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of `pattern` that is neither escaped nor in a character class, where
    it is, and how many groups it is in (an opening parenthesis: outside its own group)."""
    depth, index = 0, 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        else:
            if char == ")":
                depth -= 1
            yield index, char, depth
            if char == "(":
                depth += 1
        index += 1


def window_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of `pattern` spans, or None when that is unbounded or
    the pattern looks ahead (a lookahead may read past the match)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if _looks_ahead(parsed):
        return None
    width = parsed.getwidth()[1]
    return width if width <= _MAX_WINDOW else None


def _looks_ahead(parsed: Any) -> bool:
    for op, value in parsed:
        if op in (sre.ASSERT, sre.ASSERT_NOT) and value[0] == 1:
            return True
        for part in value if isinstance(value, (tuple, list)) else ():
            parts = part if isinstance(part, list) else [part]
            if any(isinstance(item, sre_parse.SubPattern) and _looks_ahead(item)
                   for item in parts):
                return True
    return False


class _WordTable:
    """For ASCII texts or for any text: the members with no words, and an automaton that
    finds each of the members' phrases with its length and, for each way it is bounded
    (whether it must start a word, end one), the members it may let match."""

    def __init__(self, members: tuple[Prefiltered, ...], *, ascii_text: bool) -> None:
        self.always = tuple(index for index, member in enumerate(members)
                            if (member.words if ascii_text else member.any_words) is None)
        by_phrase: dict[str, dict[tuple[bool, bool], list[int]]] = {}
        for index, member in enumerate(members):
            for phrase in (member.phrases if ascii_text else member.any_phrases) or ():
                text, bounds = _bounded(phrase)
                by_phrase.setdefault(text, {}).setdefault(bounds, []).append(index)
        self.words = ahocorasick.Automaton()
        for text, kinds in by_phrase.items():
            self.words.add_word(text, (len(text), tuple(
                (word_start, word_end, tuple(found))
                for (word_start, word_end), found in kinds.items())))
        if by_phrase:
            self.words.make_automaton()


def _bounded(phrase: str) -> tuple[str, tuple[bool, bool]]:
    """A phrase without its `EDGE` marks, and whether it must start a word and end one: a
    word boundary next to a letter or digit means no letter or digit on its other side."""
    text = phrase.replace(EDGE, "")
    word_start = phrase.startswith(EDGE) and _is_word(text[:1])
    word_end = phrase.endswith(EDGE) and _is_word(text[-1:])
    return text, (word_start, word_end)


def _is_word(char: str) -> bool:
    """Whether `char` is one `\\w` matches (folding a character keeps this: tested)."""
    return char.isalnum() or char == "_"


def _bounded_there(lower: str, first: int, last: int, word_start: bool, word_end: bool) -> bool:
    """Whether the phrase found from `first` to `last` in the folded text `lower` starts a
    word there if it must (`word_start`) and ends one if it must."""
    if word_start and first > 0 and _is_word(lower[first - 1]):
        return False
    return not (word_end and last + 1 < len(lower) and _is_word(lower[last + 1]))
