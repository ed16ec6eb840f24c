"""Reading a body into replies the way mail-parser-reply does, as far as quotes.py needs it.

mail-parser-reply's `EmailReplyParser.read` normalises the text, finds every quote header,
cuts the text into replies at them and reads a signature and disclaimers in every reply.
quotes.py reads a body twice and uses only the first two replies (the first one's text, with
or without its signature, and the second one's header), so most of that work was thrown away:
every header of a long thread, the signatures of quoted messages. `Thread` takes the same
steps with the same patterns (built once, searched with the faster equivalents of
`quote_searches`), but only as far as it is asked: headers are found until the replies asked
for are known, and a reply's signature is read when its `body` is.
tests/replies/test_quote_patterns.py holds it to the library's own reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mailparser_reply import EmailReplyParser
from mailparser_reply.constants import OUTLOOK_MAIL_SEPARATOR
from mailparser_reply.parser import EmailMessage

from bot.domain.replies.prefilter import Prefiltered
from bot.mail.quote_searches import (
    AlternativesFindall,
    RuleAfterBlankLinesSearch,
    SignatureSearch,
    TailFiltered,
)

LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "da", "sv", "pl"]
PARSER = EmailReplyParser(languages=LANGUAGES)


def _library_patterns() -> tuple[
        AlternativesFindall, TailFiltered | Prefiltered, SignatureSearch]:
    """The library's three patterns, built once (it rebuilds them for every message)."""
    probe = EmailMessage(text="", languages=PARSER.languages)
    headers = AlternativesFindall.of(probe.HEADER_REGEX)
    signature = SignatureSearch.of(probe.SIGNATURE_REGEX)
    if not isinstance(headers, AlternativesFindall) or not isinstance(signature, SignatureSearch):
        raise RuntimeError("mail-parser-reply's patterns no longer have the expected shape")
    return headers, TailFiltered.of(probe.DISCLAIMERS_REGEX), signature


HEADERS, DISCLAIMERS, SIGNATURE = _library_patterns()
_LINE_BEFORE_RULE = re.compile(f"([^\n]){OUTLOOK_MAIL_SEPARATOR}")
_RULE_AFTER_BLANK_LINES = re.compile(r"\n\n ?[_-]{32}")  # in every match of the one above
_RULE_SHAPE_KNOWN = OUTLOOK_MAIL_SEPARATOR == RuleAfterBlankLinesSearch.SOURCE
# the library passes re.MULTILINE where the count goes: at most 8 replacements
_MOST_RULES_DROPPED = re.MULTILINE


def normalised(text: str) -> str:
    """The text as the library reads it (`EmailMessage._normalize_text`): lines stripped, and
    a rule of underscores after blank lines dropped when text comes just before them."""
    text = text.replace("\r\n", "\n")
    text = "\n".join(map(str.strip, text.split("\n")))
    if not _RULE_SHAPE_KNOWN:  # the shortcuts below read the separator as it is written now
        return _LINE_BEFORE_RULE.sub("\\1\n", text, count=_MOST_RULES_DROPPED)
    found = _RULE_AFTER_BLANK_LINES.search(text)
    if found is None:
        return text
    return _without_rules_after_text(text, found)


def _without_rules_after_text(text: str, found: re.Match[str] | None) -> str:
    """`_LINE_BEFORE_RULE.sub("\\1\n", text, count=8)` from `found`, the first rule after
    blank lines: the pattern is tried only where such a rule is, not at every character.

    A match is a character other than a newline, all the newlines after it (two or more)
    and the rule; it leaves the character and one newline. `found` holds the last two of
    those newlines; the ones before it lead back to the character, which must not be part
    of the match before (the end of its rule)."""
    pieces: list[str] = []
    done = 0  # the end of the last match
    while found is not None and len(pieces) < _MOST_RULES_DROPPED:
        start = found.start()
        while start > done and text[start - 1] == "\n":
            start -= 1
        resume = found.end()
        if start > done:
            match = _LINE_BEFORE_RULE.match(text, start - 1)
            if match is None:  # cannot happen (see above); if it did, the library's way
                return _LINE_BEFORE_RULE.sub("\\1\n", text, count=_MOST_RULES_DROPPED)
            pieces.append(text[done:start] + "\n")
            done = resume = match.end()
        found = _RULE_AFTER_BLANK_LINES.search(text, resume)
    return "".join(pieces) + text[done:]


@dataclass(frozen=True, slots=True)
class Reply:
    """One reply of a thread: `part` is the text the library cut out for it (the header line
    that begins it included), `headers` that header line."""

    part: str
    headers: str

    @property
    def content(self) -> str:
        return self.part.strip()

    @property
    def full_body(self) -> str:
        """The reply without its header line (`EmailReply.full_body`)."""
        return self.content.replace(self.headers or "", "").strip()

    @property
    def signature(self) -> str:
        """What the library reads as the reply's signature, from its first line on."""
        found = SIGNATURE.search(self.part)
        return found.group().strip() if found else ""

    @property
    def body(self) -> str:
        """The reply without its header line, disclaimers and signature (`EmailReply.body`)."""
        return self.without_disclaimers(self.signature)

    def without_disclaimers(self, signature: str = "") -> str:
        """The reply without its header line and disclaimers, and without `signature` (the
        library's `signature`, or "" to keep it)."""
        body = self.content
        for disclaimer in DISCLAIMERS.findall(self.part):
            body = body.replace(disclaimer.strip(), "")
        if signature:
            body = body.replace(signature, "")
        return body.replace(self.headers or "", "").strip()


class Thread:
    """A body read into replies (`EmailMessage.read`), one reply at a time as asked for."""

    def __init__(self, text: str) -> None:
        self.text = normalised(text)
        self._replies = _replies(self.text)
        self._read: list[Reply] = []

    def reply(self, index: int) -> Reply | None:
        """The reply at `index` (0: the newest), or None when there are not that many."""
        while len(self._read) <= index:
            reply = next(self._replies, None)
            if reply is None:
                return None
            self._read.append(reply)
        return self._read[index]


def _replies(text: str) -> Iterator[Reply]:
    """The library's loop in `EmailMessage.read`, step for step."""
    current, previous = 0, ""
    for header in _header_texts(text):
        position = text.find(header, current + 1 if current > 0 else current)
        reply = Reply(text[current:position], previous.strip())
        current = position if position >= 0 else 0
        previous = header
        if reply.content:
            yield reply
    yield Reply(text[current:], previous.strip())


def _header_texts(text: str) -> Iterator[str]:
    for groups in HEADERS.iterate(text):
        yield from (group for group in groups if group)
