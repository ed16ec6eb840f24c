"""The failed recipients GNU Mailman's bounce detectors (flufl.bounce) find in a notice.

`flufl.bounce.all_failures` runs its detectors in turn until one finds an address. The
generic ones (SimpleMatch, SimpleWarning) read every body line once per phrase pattern,
some sixty times in all, though a pattern can find nothing unless a line holds its opening
phrase; Qmail finds nothing unless a line starts with one of its intro phrases.
`all_failures` here runs the same detectors in the same order, with the same answer, but
hands the generic ones only the patterns whose opening phrase may match a line of the
texts they read (searched only on lines holding one of the words any match of it contains)
and skips Qmail when none of its intro phrases occurs there. A pattern whose opening
matches no line, or a Qmail without its intro, cannot find anything.
"""

from __future__ import annotations

import logging
import re
from email.message import Message

from flufl.bounce import BounceDetector, Recipients
from flufl.bounce._detectors.qmail import Qmail, introtags
from flufl.bounce._detectors.simplematch import SimpleMatch
from flufl.bounce._scan import _DETECTORS

from bot.domain.replies.prefilter import Folded, Prefiltered, WordIndex

_LOG = logging.getLogger("flufl.bounce")
_OPENING_PATTERNS = list(dict.fromkeys(
    opening
    for detector in _DETECTORS
    if issubclass(detector, SimpleMatch)
    for opening, _end, _address in detector.PATTERNS
))
_OPENING_NUMBERS = {opening: number for number, opening in enumerate(_OPENING_PATTERNS)}
_LINE_BY_LINE = [
    Prefiltered.of(re.compile(opening.pattern, opening.flags | re.MULTILINE))
    for opening in _OPENING_PATTERNS
]
_OPENING_WORDS = WordIndex(_LINE_BY_LINE)


def all_failures(mime: Message) -> tuple[Recipients, Recipients]:
    """The temporary and the permanent failures the first detector that finds any finds,
    exactly as `flufl.bounce.all_failures(mime)` answers."""
    texts = _BodyTexts(mime)
    for detector_class in _DETECTORS:
        detector = texts.detector(detector_class)
        if detector is None:
            continue
        try:
            temporary, permanent = detector.process(mime)
        except Exception:
            _LOG.exception("Exception in detector: %s", detector_class)  # as flufl logs it
            raise
        if temporary or permanent:
            return frozenset(temporary), frozenset(permanent)
    return frozenset(), frozenset()


class _BodyTexts:
    """The texts whose lines the detectors read (those `email.iterators.body_line_iterator`
    yields), and the detectors worth running on them."""

    def __init__(self, mime: Message) -> None:
        self._mime = mime
        self._texts: list[str] | None = None
        self._openings_found: set[int] | None = None
        self._unreadable = False

    def detector(self, detector_class: type[BounceDetector]) -> BounceDetector | None:
        """The detector to run, with only the patterns that may find something; None when
        it cannot find anything in these texts."""
        gated = detector_class is Qmail or issubclass(detector_class, SimpleMatch)
        texts = self._read() if gated else None
        if texts is None:
            return detector_class()
        if detector_class is Qmail:
            found = any(intro in text for text in texts for intro in introtags)
            return Qmail() if found else None
        if issubclass(detector_class, SimpleMatch):
            openings = self._openings(texts)
            patterns = [phrases for phrases in detector_class.PATTERNS
                        if _OPENING_NUMBERS[phrases[0]] in openings]
            if not patterns:
                return None
            detector = detector_class()
            detector.PATTERNS = patterns
            return detector
        return detector_class()

    def _read(self) -> list[str] | None:
        """The texts; None when a part cannot be read, which the detector reading it will
        then fail on just as it would unaided."""
        if self._texts is None and not self._unreadable:
            try:
                self._texts = [payload for part in self._mime.walk()
                               if isinstance(payload := part.get_payload(), str)]
            except Exception:
                self._unreadable = True
        return self._texts

    def _openings(self, texts: list[str]) -> set[int]:
        """The numbers of the opening phrases that may match a line of the texts."""
        if self._openings_found is None:
            joined = "\n".join(texts)
            folded = Folded(joined)
            (candidates,) = _OPENING_WORDS.candidates(folded, [(0, len(joined))])
            self._openings_found = {
                number for number in candidates if _may_open(number, joined, folded)
            }
        return self._openings_found


def _may_open(number: int, joined: str, folded: Folded) -> bool:
    """Whether opening phrase `number` may match a line of the texts `joined` (by newlines).
    A match holds one of the phrase's words, so only lines with one are searched; a line of
    `joined` is a line of a text (ending in a newline even if the text's last line did not),
    and searched as part of `joined` line by line (MULTILINE) it matches wherever the line
    does on its own."""
    pattern = _LINE_BY_LINE[number]
    words = pattern.words if folded.ascii else pattern.any_words
    if words is None:
        return pattern.pattern.search(joined) is not None
    lower = folded.lower
    searched: set[int] = set()
    for word in words:
        found = lower.find(word)
        while found >= 0:
            start = lower.rfind("\n", 0, found) + 1
            if start not in searched:
                searched.add(start)
                end = lower.find("\n", found)
                end = len(lower) if end < 0 else end + 1
                if pattern.pattern.search(joined, start, end) is not None:
                    return True
            found = lower.find(word, found + 1)
    return False
