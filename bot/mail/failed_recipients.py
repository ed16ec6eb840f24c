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

Given the message's parts and header names (already read), it also skips the detectors
that provably find nothing in it: DSN without a parsed message/delivery-status part that
reports a delayed or failed delivery; Postfix, GroupWise, Microsoft, Caiwireless and AOL
in a message of another type than theirs; Exim without an X-Failed-Recipients header,
SMTP32 and GroupWise without an X-Mailer one; the detectors that read addresses only after
a line holding a phrase that occurs in none of the texts (Yahoo, when its sender cannot
fail to parse, Exchange, Caiwireless); LLNL when no text holds an `@`; and the ones for
one provider's mail server (Sina, Yahoo, Yale, AOL) when the From header is not theirs
(for all but Sina: when it is one plain address, not theirs).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Container, Sequence
from email.message import Message

from flufl.bounce import BounceDetector, Recipients
from flufl.bounce._detectors import postfix
from flufl.bounce._detectors.aol import AOL
from flufl.bounce._detectors.caiwireless import Caiwireless
from flufl.bounce._detectors.dsn import DSN
from flufl.bounce._detectors.exchange import Exchange
from flufl.bounce._detectors.exim import Exim
from flufl.bounce._detectors.groupwise import GroupWise
from flufl.bounce._detectors.llnl import LLNL
from flufl.bounce._detectors.microsoft import Microsoft
from flufl.bounce._detectors.postfix import Postfix
from flufl.bounce._detectors.qmail import Qmail, introtags
from flufl.bounce._detectors.simplematch import SimpleMatch
from flufl.bounce._detectors.sina import Sina
from flufl.bounce._detectors.smtp32 import SMTP32
from flufl.bounce._detectors.yahoo import Yahoo
from flufl.bounce._detectors.yale import Yale
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
_FAILING_ACTIONS = ("delayed", "fail", "error")
_SINA = "mailer-daemon@sina.com"
# The detectors that find nothing in a message of any other type than these.
_MESSAGE_TYPES: dict[type[BounceDetector], tuple[str, ...]] = {
    Postfix: postfix.REPORT_TYPES,
    GroupWise: ("multipart/mixed",),
    Microsoft: ("multipart/mixed",),
    Caiwireless: ("multipart/mixed",),
    AOL: ("text/plain",),
}
# The detectors that find nothing in a message without this header.
_HEADER_READERS: tuple[tuple[str, tuple[type[BounceDetector], ...]], ...] = (
    ("x-failed-recipients", (Exim,)),
    ("x-mailer", (SMTP32, GroupWise)),
)


def _from_yale(sender: str) -> bool:
    local, _at, domain = sender.partition("@")
    return local == "mailer-daemon" and domain.split(".")[-2:] == ["yale", "edu"]


# The detectors that read nothing unless the From address (lower-cased) is theirs.
_FROM_SENDER: dict[type[BounceDetector], Callable[[str], bool]] = {
    Yahoo: lambda sender: sender.startswith("mailer-daemon@yahoo"),
    Yale: _from_yale,
    AOL: lambda sender: sender.endswith("@aol.com"),
}
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOMS = rf"{_ATOM}(?:\.{_ATOM})*"
_PLAIN_ADDRESS = f"{_DOT_ATOMS}@{_DOT_ATOMS}"  # local@domain, each dot-separated atoms
# A From value of one plain address, bare or after a plain name in angle brackets: the
# address is what `parseaddr` and `getaddresses` read in it.
_PLAIN_SENDER = re.compile(
    rf"[ \t]*(?:[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~ \t-]*<({_PLAIN_ADDRESS})>"
    rf"|({_PLAIN_ADDRESS}))[ \t]*\Z"
)
# Before it reads any address, each of these detectors must meet a line holding one of
# these phrases (as its pattern matches them: case-insensitively, but for Exchange's).
_FIRST_LINES: dict[type[BounceDetector], tuple[str, ...]] = {
    Yahoo: ("yahoo.", "sorry, we were unable to deliver your message to the following address"),
    Exchange: ("did not reach the following recipient",),
    Caiwireless: ("the following recipients did not receive this message:",),
}


def all_failures(
    mime: Message,
    parts: Sequence[tuple[Message, str, bool]] | None = None,
    header_names: Container[str] | None = None,
) -> tuple[Recipients, Recipients]:
    """The temporary and the permanent failures the first detector that finds any finds,
    exactly as `flufl.bounce.all_failures(mime)` answers. `parts`: each part of `mime` in
    `walk()` order with its content type and whether it is multipart; `header_names`: the
    lower-case names of its headers (either None: not known)."""
    texts = _BodyTexts(mime, parts)
    if parts is not None and not any(
        multipart and content_type == "message/delivery-status" and _reports_failures(part)
        for part, content_type, multipart in parts
    ):
        texts.skip(DSN)
    if parts:
        for detector_class, content_types in _MESSAGE_TYPES.items():
            if parts[0][1] not in content_types:  # the message's own type: it is parts[0]
                texts.skip(detector_class)
    if header_names is not None:
        for name, detectors in _HEADER_READERS:
            if name not in header_names:
                texts.skip(*detectors)
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


def _reports_failures(part: Message) -> bool:
    """Whether DSN may read an address in this parsed delivery-status part: it reads only
    the field blocks whose Action is delayed, failed or an error (and fails, as it would,
    on one it cannot read)."""
    for block in part.get_payload():
        if not isinstance(block, Message):
            return True
        action = block.get("action", "")
        if not isinstance(action, str) or action.lower().startswith(_FAILING_ACTIONS):
            return True
    return False


class _BodyTexts:
    """The texts whose lines the detectors read (those `email.iterators.body_line_iterator`
    yields), and the detectors worth running on them."""

    def __init__(self, mime: Message, parts: Sequence[tuple[Message, str, bool]] | None) -> None:
        self._mime = mime
        self._parts = parts
        self._texts: list[str] | None = None
        self._openings_found: set[int] | None = None
        self._joined: tuple[str, Folded] | None = None
        self._unreadable = False
        self._skipped: set[type[BounceDetector]] = set()
        self._sender: str | None = None
        self._from_value: object = None

    def skip(self, *detector_classes: type[BounceDetector]) -> None:
        """Leave out detectors known to find nothing in this message."""
        self._skipped.update(detector_classes)

    def detector(self, detector_class: type[BounceDetector]) -> BounceDetector | None:
        """The detector to run, with only the patterns that may find something; None when
        it cannot find anything in these texts."""
        if detector_class in self._skipped:
            return None
        if detector_class is Sina:
            value = self._from()
            return Sina() if not isinstance(value, str) or value.lower() == _SINA else None
        from_sender = _FROM_SENDER.get(detector_class)
        if from_sender is not None:
            sender = self._plain_sender()
            if sender is not None and not from_sender(sender.lower()):
                return None
        gated = (detector_class in _FIRST_LINES or detector_class in (Qmail, LLNL)
                 or issubclass(detector_class, SimpleMatch))
        texts = self._read() if gated else None
        if texts is None:
            return detector_class()
        first_lines = _FIRST_LINES.get(detector_class)
        if first_lines is not None:
            lower = self._joined_texts(texts)[1].lower
            if any(phrase in lower for phrase in first_lines) or (
                detector_class is Yahoo and not self._sender_parses()
            ):
                return detector_class()
            return None
        if detector_class is LLNL:
            return LLNL() if any("@" in text for text in texts) else None
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
                walked = (self._mime.walk() if self._parts is None
                          else (part for part, _type, _multipart in self._parts))
                self._texts = [payload for part in walked
                               if isinstance(payload := part.get_payload(), str)]
            except Exception:
                self._unreadable = True
        return self._texts

    def _from(self) -> object:
        """`mime.get("from", "")`: a str, or a `Header` when it holds undecodable bytes."""
        if self._from_value is None:
            self._from_value = self._mime.get("from", "")
        return self._from_value

    def _plain_sender(self) -> str | None:
        """The From header's address when the header is one plain address (what
        `parseaddr` reads in it), else None."""
        if self._sender is None:
            value = self._from()
            found = _PLAIN_SENDER.match(value) if isinstance(value, str) else None
            self._sender = (found.group(1) or found.group(2)) if found else ""
        return self._sender or None

    def _sender_parses(self) -> bool:
        """Whether `parseaddr` reads the From header without fail (Yahoo reads it before
        the body): it can only fail by recursing too deep into nested comments."""
        sender = self._from()
        return isinstance(sender, str) and "(" not in sender

    def _joined_texts(self, texts: list[str]) -> tuple[str, Folded]:
        """The texts joined by newlines, and that folded (made once, read by two checks)."""
        if self._joined is None:
            joined = "\n".join(texts)
            self._joined = (joined, Folded(joined))
        return self._joined

    def _openings(self, texts: list[str]) -> set[int]:
        """The numbers of the opening phrases that may match a line of the texts."""
        if self._openings_found is None:
            joined, folded = self._joined_texts(texts)
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
