"""The failed recipients GNU Mailman's bounce detectors (flufl.bounce) find in a notice.

`flufl.bounce.all_failures` runs its detectors in turn until one finds an address. The
generic ones (SimpleMatch, SimpleWarning) read every body line once per phrase pattern,
some sixty times in all, though a pattern can find nothing unless a line holds its opening
phrase; Qmail finds nothing unless a line starts with one of its intro phrases.
`all_failures` here runs the same detectors in the same order, with the same answer, but
hands the generic ones only the patterns whose opening phrase may occur in the message's
text (by the words any match of it contains) and skips Qmail when none of its intro
phrases occurs. Both detectors only ever look at lines of those texts, so a pattern whose
opening cannot match there, or a Qmail without its intro, cannot find anything.
"""

from __future__ import annotations

import logging
import re
from email.message import Message

from flufl.bounce import BounceDetector, Recipients
from flufl.bounce._detectors.qmail import Qmail, introtags
from flufl.bounce._detectors.simplematch import SimpleMatch
from flufl.bounce._scan import _DETECTORS

from bot.domain.replies.prefilter import Folded, Prefiltered

_LOG = logging.getLogger("flufl.bounce")
_OPENINGS: dict[re.Pattern[str], Prefiltered] = {
    opening: Prefiltered.of(opening)
    for detector in _DETECTORS
    if issubclass(detector, SimpleMatch)
    for opening, _end, _address in detector.PATTERNS
}


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
        self._folded: list[Folded] | None = None
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
            if self._folded is None:
                self._folded = [Folded(text) for text in texts]
            folded = self._folded
            patterns = [
                phrases for phrases in detector_class.PATTERNS
                if any(_OPENINGS[phrases[0]].may_match(text) for text in folded)
            ]
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
