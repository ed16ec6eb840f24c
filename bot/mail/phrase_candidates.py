"""Which of the quote-header patterns may match a text, told from their phrases.

`WordIndex` finds the phrases of many patterns in one pass of an Aho-Corasick automaton, but
that pass reads every character and costs more than the searches it spares on a short body.
Most phrases of mail-parser-reply's header patterns end in a colon ("from:", "wrote:",
"betreff:"), and a body has only a few colons: those phrases are looked for just before each
colon (only the few that end in the character found before it), the few others one by one.
Word boundaries around a phrase are not checked, so the members found are those
`WordIndex.candidates` finds for the whole text, or more: never fewer, which is what a search
that skips the others needs.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.domain.replies.prefilter import EDGE, Folded, Prefiltered


class PhraseCandidates:
    """The members of a list of patterns (`Prefiltered`) that may match a text."""

    def __init__(self, members: Iterable[Prefiltered]) -> None:
        listed = tuple(members)
        self._tables = (_PhraseTable(listed, ascii_text=False),
                        _PhraseTable(listed, ascii_text=True))

    def candidates(self, folded: Folded) -> set[int]:
        """The indexes of the members that may match the text `folded` was made of."""
        return self._tables[folded.ascii].candidates(folded.lower)


class _PhraseTable:
    """For ASCII texts or for any text: the members with no phrases (always candidates),
    the phrases that end in a colon and the others, each with the members that hold it."""

    def __init__(self, members: tuple[Prefiltered, ...], *, ascii_text: bool) -> None:
        self._always = frozenset(index for index, member in enumerate(members)
                                 if (member.phrases if ascii_text else member.any_phrases) is None)
        colon: dict[str, set[int]] = {}
        other: dict[str, set[int]] = {}
        for index, member in enumerate(members):
            for phrase in (member.phrases if ascii_text else member.any_phrases) or ():
                text = phrase.replace(EDGE, "")
                ending_in_colon = len(text) > 1 and text.endswith(":")
                (colon if ending_in_colon else other).setdefault(text, set()).add(index)
        # by their last two characters: the one before the colon, and the colon
        by_ending: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for text, found in colon.items():
            by_ending.setdefault(text[-2:], []).append((text, frozenset(found)))
        # with all the members of the phrases, to pass over a colon when those are found
        self._by_ending = {
            ending: (frozenset().union(*(found for _text, found in phrases)), tuple(phrases))
            for ending, phrases in by_ending.items()}
        self._other = tuple((text, frozenset(found)) for text, found in other.items())

    def candidates(self, lower: str) -> set[int]:
        found = set(self._always)
        by_ending = self._by_ending
        if by_ending:
            at = lower.find(":", 1)
            while at >= 0:
                end = at + 1
                entry = by_ending.get(lower[at - 1 : end])
                if entry is not None and not entry[0] <= found:
                    for text, members in entry[1]:
                        if lower.endswith(text, 0, end):
                            found |= members
                at = lower.find(":", end)
        for text, members in self._other:
            if not members <= found and text in lower:
                found |= members
        return found
