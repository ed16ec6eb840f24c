"""Faster exact equivalents of the pattern searches that find quote headers and signatures.

Python's regex engine tries a pattern at every character of the text, and tries every
alternative of a pattern there. The patterns that find quote headers and signatures (ours and
mail-parser-reply's) are long lists of alternatives, each anchored at a line start, so most of
that work cannot find anything. The classes here find exactly what the patterns find (the same
match, or what the caller reads of it), trying each alternative only where it can match.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

from bot.domain.replies.prefilter import (
    Folded,
    Prefiltered,
    regex_syntax,
    top_level_alternatives,
)
from bot.mail.line_openings import first_non_blank, lookahead
from bot.mail.phrase_candidates import PhraseCandidates
from bot.mail.quote_marks import atomic_quote_marks


class Search(Protocol):
    def search(self, text: str, pos: int = 0, /) -> re.Match[str] | None: ...


class AlternativesFindall:
    """`findall` of a pattern made of many top-level alternatives, one alternative at a time.

    mail-parser-reply's quote-header pattern joins some twenty alternatives with about fifty
    capture groups; the regex engine saves and restores those groups at every branch it tries
    at every character, which made this one call most of the cost of reading a reply. Here
    each alternative is searched on its own and the leftmost match wins, the earlier
    alternative on a tie, scanning on from its end: exactly the matches `findall` finds, with
    the groups of the other alternatives empty, as `findall` gives them."""

    def __init__(self, regex: re.Pattern[str], alternatives: list[re.Pattern[str]]) -> None:
        self.regex = regex
        self._alternatives = [FieldLinesSearch.of(alternative) for alternative in alternatives]
        # the alternatives that may match, from their phrases (most end in a colon)
        self._phrases = PhraseCandidates(
            _with_field_phrases(Prefiltered.of(alternative), search)
            for alternative, search in zip(alternatives, self._alternatives, strict=True))
        offsets, count = [], 0
        for alternative in alternatives:
            offsets.append(count)
            count += alternative.groups
        self._offsets = offsets

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> AlternativesFindall | re.Pattern[str]:
        """The faster equivalent of `regex`, or `regex` itself when it cannot be split."""
        alternatives = split_alternatives(regex)
        return cls(regex, alternatives) if alternatives else regex

    def findall(self, text: str) -> list[tuple[str, ...]]:
        return list(self.iterate(text))

    def iterate(self, text: str) -> Iterator[tuple[str, ...]]:
        """What `findall` finds, one match at a time (a reader may stop early)."""
        may_match = self._phrases.candidates(Folded.of(text))
        # the alternatives still matching ahead, in their order, each with its next match
        upcoming: list[tuple[int, re.Match[str]]] = []
        for index in sorted(may_match):
            if (hit := self._alternatives[index].search(text)) is not None:
                upcoming.append((index, hit))
        count = 0
        while upcoming:
            best = 0
            for place, (_index, hit) in enumerate(upcoming):
                if hit.start() < upcoming[best][1].start():
                    best = place
            index, hit = upcoming[best]
            if hit.end() == hit.start():
                # findall's rules for empty matches: let it decide from here (up to this
                # match, its matches are the ones found so far)
                yield from self.regex.findall(text)[count:]
                return
            before = ("",) * self._offsets[index]
            after = ("",) * (self.regex.groups - self._offsets[index] - len(hit.groups()))
            yield (*before, *hit.groups(default=""), *after)
            count += 1
            resume = hit.end()
            ahead = []
            for other, found in upcoming:
                following = (found if found.start() >= resume
                             else self._alternatives[other].search(text, resume))
                if following is not None:
                    ahead.append((other, following))
            upcoming = ahead


def _with_field_phrases(member: Prefiltered, search: object) -> Prefiltered:
    """`member`, or with the field names of a header block as its phrases (all
    `PhraseCandidates` reads) where it has none of its own (the Italian block has "A:" and
    "Da:", too short for `Prefiltered`)."""
    if member.phrases is not None or member.any_phrases is not None:
        return member
    phrases = search.field_phrases() if isinstance(search, FieldLinesSearch) else None
    if phrases is None:
        return member
    return dataclasses.replace(member, phrases=phrases, any_phrases=phrases)


class LineStartSearch:
    """`search` of a multi-line pattern whose matches begin at a line start: `^...`, `(^...`,
    `(?<!\\A)^...` (not the first line) or `\\s*^...` (blank space, then a line start).

    The regex engine tries such a pattern at every character, which costs about as much per
    character as a real attempt. The same pattern behind a newline instead of the `^`,
    searched in the text with a newline put in front, is tried only where a newline is (the
    engine scans for a leading literal quickly), and it matches there exactly when the pattern
    matches at the line start after it, as long as nothing in the rest looks behind itself.
    The match returned is the pattern's own, made at the line start that was found. Both
    read quote marks without giving them back (`atomic_quote_marks`) where that is the same."""

    _LEADS = ("^", "(?<!\\A)^", "\\s*^", "(^")

    def __init__(self, regex: re.Pattern[str], lead: str, lines: re.Pattern[str]) -> None:
        self.regex = regex
        self._lead = lead
        self._lines = lines
        self._matcher = atomic_quote_marks(regex)

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> LineStartSearch | re.Pattern[str]:
        """The faster equivalent of `regex.search`, or `regex` when it does not apply."""
        lead = next((lead for lead in cls._LEADS if regex.pattern.startswith(lead)), None)
        if lead is None or not regex.flags & re.MULTILINE or not _begins_at_a_line(regex, lead):
            return regex
        rest = regex.pattern[len(lead) :]
        if lead == "(^":  # a group that begins at a line start: the group stays
            rest = "(" + rest
        if "(?<" in rest or "\\A" in rest or "\\B" in rest:
            return regex
        try:
            lines = atomic_quote_marks(re.compile(
                f"\n{_opening(rest, regex.flags)}(?:{rest})", regex.flags))
        except re.error:
            return regex
        if lines.groups != regex.groups:
            return regex
        return cls(regex, lead, lines)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        first = max(pos, 1) if self._lead == "(?<!\\A)^" else pos
        found = self._lines.search(_with_newline_first(text), first)
        if found is None:
            return None
        start = found.start()
        if self._lead == "\\s*^":
            while start > pos and text[start - 1].isspace():
                start -= 1
        return self._matcher.match(text, start)


class FieldLinesSearch:
    """`search` of one of mail-parser-reply's header-block patterns, `((?:(?:^|\\n|\\n(?:> ?)*)
    [* ]*(?:From|Sent|...):...){2,}...)`: every match begins at a line that starts with one of
    the field names and a colon (after ">" and "*"), or at the newline before such a line. Those
    lines are found with one quick scan (`LineStartSearch`), and the pattern itself is tried
    only there, instead of at every character.

    The Danish one may begin with a line "-----Oprindelig meddelelse-----" (optional, and not
    captured). Where the text does not hold that line (ignoring case as `Folded` does), the
    pattern finds what it finds without that optional part, so it is searched as the others;
    where it does, the pattern is searched as it is."""

    _SHAPE = re.compile(
        r"\(\(\?:\(\?:\^\|\\n\|\\n\(\?:> \?\)\*\)\[\* \]\*\(\?:(?P<fields>[^()]*)\):"
        r"\[ \*\]\*\(\?:\\s\{,2\}\)\.\*\)\{[1-9],\}\(\?:\\n\.\*\)\{,1\}\)")
    _LEAD_IN = re.compile(r"\(\(\?:\(\?:\^\|\\n\|\\n\(\?:> \?\)\*\)\?(?P<line>[-A-Za-z ]+)\\n\)\?")

    _PLAIN_NAMES = re.compile(r"[A-Za-z]+(?:\|[A-Za-z]+)*")

    def __init__(self, regex: re.Pattern[str], lines: LineStartSearch, fields: str,
                 lead_in: tuple[str, re.Pattern[str]] | None = None) -> None:
        self.regex = regex
        self._lines = lines
        self._fields = fields  # the field names as the pattern lists them, "From|Sent|..."
        self._lead_in = lead_in  # the line, and the pattern without it

    def field_phrases(self) -> tuple[str, ...] | None:
        """Every match holds a field name and its colon: those, lower-cased, when each name is
        plain ASCII letters (the few other letters matched to them ignoring case are turned
        into them by `Folded`), or None. A name shorter than `Prefiltered` keeps ("A:") is
        still a phrase here."""
        if not self._PLAIN_NAMES.fullmatch(self._fields):
            return None
        return tuple(f"{name.lower()}:" for name in self._fields.split("|"))

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> FieldLinesSearch | LineStartSearch | re.Pattern[str]:
        lead_in = cls._LEAD_IN.match(regex.pattern)
        if lead_in is not None:
            without = re.compile("(" + regex.pattern[lead_in.end() :], regex.flags)
            found = cls.of(without)
            if not isinstance(found, FieldLinesSearch) or without.groups != regex.groups:
                return regex
            return cls(regex, found._lines, found._fields, (lead_in["line"].lower(), without))
        shape = cls._SHAPE.fullmatch(regex.pattern)
        if shape is None:
            return LineStartSearch.of(regex)
        try:
            lines = LineStartSearch.of(re.compile(
                f"^(?:> ?)*[* ]*(?:{shape['fields']}):", regex.flags))
        except re.error:
            return regex
        if not isinstance(lines, LineStartSearch):
            return regex
        return cls(regex, lines, shape["fields"])

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        pattern = self.regex
        if self._lead_in is not None:
            if self._lead_in[0] in Folded.of(text).lower:
                return pattern.search(text, pos)
            pattern = self._lead_in[1]
        line = self._lines.search(text, pos)
        while line is not None:
            start = line.start()
            if start - 1 >= pos and text[start - 1] == "\n":
                found = pattern.match(text, start - 1)
                if found is not None:
                    return found
            found = pattern.match(text, start)
            if found is not None:
                return found
            line = self._lines.search(text, start + 1)
        return None


_QUOTE_MARKS_AND_BLANKS = "> \t*"  # what may come before a line's own first character


def _opening(rest: str, flags: int) -> str:
    """A lookahead for the characters a line must begin with, after quote marks, blanks and
    stars, for `rest` to match there (`line_openings`), or ""."""
    found = first_non_blank(rest, flags, _QUOTE_MARKS_AND_BLANKS)
    return "" if found is None else lookahead(found, _QUOTE_MARKS_AND_BLANKS)


def _begins_at_a_line(regex: re.Pattern[str], lead: str) -> bool:
    """Whether the `^` of `lead` holds for every match (no `|` outside it: `^a|b`, `(^a|b)`)."""
    try:
        items = list(sre_parse.parse(regex.pattern, regex.flags).data)
    except re.error:
        return False
    if lead == "(^":
        if len(items) != 1 or items[0][0] is not sre.SUBPATTERN:
            return False
        items = list(items[0][1][3].data)
    at = 1 if lead in ("(?<!\\A)^", "\\s*^") else 0
    return len(items) > at and items[at] == (sre.AT, sre.AT_BEGINNING)


def _with_newline_first(text: str) -> str:
    """"\\n" + text, made once for the text the patterns in a row are searched in."""
    last = _LAST_PADDED[0]
    if last is not None and last[0] is text:
        return last[1]
    padded = "\n" + text
    _LAST_PADDED[0] = (text, padded)
    return padded


_LAST_PADDED: list[tuple[str, str] | None] = [None]


class RuleAfterBlankLinesSearch:
    """`search` of mail-parser-reply's Outlook separator, `(\\n{2,} ?[_-]{32,})`: blank lines,
    then a rule of 32 or more dashes or underscores.

    The engine tries it at every character. A match begins at a newline from which at least
    two newlines run up to an optional space and the rule; the leftmost one is the first
    newline of the first such run (giving back newlines cannot help, the rule begins with no
    newline). `\\n\\n ?[_-]{32}` finds the last two newlines of that same run, and quickly:
    it begins with a fixed string. The match returned is the pattern's own, at the run's
    first newline."""

    SOURCE = r"(\n{2,} ?[_-]{32,})"
    _RUN_END = re.compile(r"\n\n ?[_-]{32}")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> RuleAfterBlankLinesSearch | None:
        return cls(regex) if regex.pattern == cls.SOURCE else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        end = self._RUN_END.search(text, pos)
        if end is None:
            return None
        start = end.start()
        while start > pos and text[start - 1] == "\n":
            start -= 1
        return self.regex.match(text, start)


class LeftmostSearch:
    """`search` of a pattern made of top-level alternatives, one alternative at a time: the
    leftmost match wins, the earlier alternative on a tie, which is the match the whole
    pattern finds. An alternative whose required words (`Prefiltered`) are not in the text is
    not searched at all; the others each scan the text once, which is much cheaper than the
    engine trying every alternative at every character. Each alternative is searched with the
    faster equivalent given for it, or as a `RuleAfterBlankLinesSearch` or `LineStartSearch`;
    `words_checked` says whether its words are checked first (a search that finds its own
    anchor words would only check them twice)."""

    def __init__(self, alternatives: list[re.Pattern[str]],
                 searches: Sequence[Search] | None = None,
                 words_checked: Sequence[bool] | None = None) -> None:
        checked = words_checked or [True] * len(alternatives)
        self._filters = [Prefiltered.of(alternative) if check else None
                         for alternative, check in zip(alternatives, checked, strict=True)]
        self._searches: Sequence[Search] = searches or [
            RuleAfterBlankLinesSearch.of(alternative) or LineStartSearch.of(alternative)
            for alternative in alternatives]
        if len(self._searches) != len(alternatives):
            raise ValueError("one search for each alternative")
        self._last: tuple[str, re.Match[str] | None] | None = None  # a body is searched twice

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> LeftmostSearch | re.Pattern[str]:
        """The faster equivalent of `regex.search`, or `regex` when it cannot be split."""
        alternatives = split_alternatives(regex)
        return cls(alternatives) if alternatives else regex

    def search(self, text: str) -> re.Match[str] | None:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        best = self._search(text)
        self._last = (text, best)
        return best

    def _search(self, text: str) -> re.Match[str] | None:
        folded = Folded.of(text)
        best: re.Match[str] | None = None
        for candidate, searched in zip(self._filters, self._searches, strict=True):
            if candidate is None or candidate.may_match(folded):
                found = searched.search(text)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
        return best


class SignatureSearch:
    """`search` of mail-parser-reply's signature pattern, `((A|B|...)(.|\\s)*)`: where the
    first of the alternatives matches, the rest of the text follows, so the match is the text
    from the leftmost start of any alternative to the end (`LeftmostSearch`). The library
    only reads the match's text."""

    _TAIL = ")(.|\\s)*)"

    def __init__(self, regex: re.Pattern[str], start: LeftmostSearch) -> None:
        self.regex = regex
        self._start = start

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> SignatureSearch | re.Pattern[str]:
        source = regex.pattern
        if not (source.startswith("((") and source.endswith(cls._TAIL)):
            return regex
        try:
            inner = re.compile(source[2 : -len(cls._TAIL)], regex.flags)
        except re.error:
            return regex
        start = LeftmostSearch.of(inner)
        if not isinstance(start, LeftmostSearch) or inner.groups != regex.groups - 3:
            return regex
        return cls(regex, start)

    def search(self, text: str) -> _RestOfText | None:
        found = self._start.search(text)
        return _RestOfText(text[found.start() :]) if found is not None else None


@dataclass(frozen=True, slots=True)
class _RestOfText:
    """What `SignatureSearch.search` finds: the signature and everything after it."""

    text: str

    def group(self) -> str:
        return self.text


def split_alternatives(regex: re.Pattern[str]) -> list[re.Pattern[str]]:
    """The top-level alternatives of `regex` compiled on their own, or [] when the pattern is
    not safely split (back-references, or a split that loses groups)."""
    if re.search(r"\\[1-9]|\(\?P=", regex.pattern):
        return []
    try:
        alternatives = [re.compile(part, regex.flags)
                        for part in top_level_alternatives(regex.pattern)]
    except re.error:
        return []
    if len(alternatives) < 2 or sum(a.groups for a in alternatives) != regex.groups:
        return []
    return alternatives


def last_top_level_group(pattern: str) -> str | None:
    """The end of `pattern` from the group opened last outside any other (with what follows
    it), or None when there is no such group or the pattern has top-level alternatives."""
    start = None
    for index, char, depth in regex_syntax(pattern):
        if depth == 0 and char == "|":
            return None
        if depth == 0 and char == "(":
            start = index
    return None if start is None else pattern[start:]


class TailFiltered:
    """`findall` of a pattern that ends in a group with words of its own (`...(?:...mail...)
    {1,2}`): every match ends with a match of that group, so a text must hold one of the
    group's words as well as one of the pattern's (`Prefiltered` keeps only one set, the
    rarer words; the group's word is checked first, one look instead of twenty)."""

    def __init__(self, whole: Prefiltered, tail: Prefiltered) -> None:
        self.pattern = whole.pattern
        self._whole = whole
        self._tail = tail

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> TailFiltered | Prefiltered:
        """The pattern with both checks, or `Prefiltered` when its end has no words."""
        whole = Prefiltered.of(regex)
        tail = last_top_level_group(regex.pattern)
        if tail is None or re.search(r"\\[1-9]|\(\?P=|\(\?\(", regex.pattern):
            return whole
        try:
            ending = Prefiltered.of(re.compile(tail, regex.flags))
        except re.error:
            return whole
        if ending.words is None or ending.any_words is None:
            return whole
        return cls(whole, ending)

    def findall(self, text: str) -> list[Any]:
        folded = Folded.of(text)
        if self._tail.may_match(folded) and self._whole.may_match(folded):
            return self.pattern.findall(text)
        return []
