"""Reading a raw message: bytes in, headers, readable text and attachments out.

Real mail is messy: undeclared or wrongly declared charsets, HTML-only bodies, broken MIME.
This module decodes what can be decoded and only gives up (with `ReplyParseError`) when the
bytes are not a message at all.
"""

from __future__ import annotations

import email
import email.feedparser
import email.header
import email.utils
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from email.policy import compat32
from typing import TypeVar, overload

import html2text
from charset_normalizer import from_bytes

from bot.domain.addressing import ADDR_SPEC
from bot.mail.content_charsets import content_charset
from bot.mail.message_dates import read_date
from bot.mail.quotes import strip_html_quotes

_CHARSET_ALIASES = {"unknown-8bit": "", "x-unknown": "", "8bit": "", "utf8": "utf-8"}
_LATIN_FAMILY = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_LONGEST_TEXT = 2_000_000
_DETECTION_SAMPLE = 100_000
_ASCII_BYTES = bytes(range(0x80))
_SIMPLE_ADDRESS = re.compile(
    rf"\s*(?:({ADDR_SPEC})(?:[ \t]*\([^()\\\r\n]*\))?|[^\"(),:;<>@\[\]\\]*<({ADDR_SPEC})>)\s*\Z")
_Default = TypeVar("_Default")
_BLANK_LINE = re.compile(r"\n\r?\n")
_ADDRESS_FIELDS = frozenset(("from", "to", "delivered-to", "x-original-to"))
_HTML_START = re.compile(r"\s*(<!doctype html|<html)", re.IGNORECASE)


class ReplyParseError(Exception):
    """Raised when a message cannot be read at all; `reason` says why."""

    def __init__(self, reason: str, *, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with the message (remittance advice, screenshots, PDFs)."""

    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class MessageHeaders:
    """The headers needed to match a message to an account and to recognise automatic mail."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str
    to: tuple[str, ...]
    delivered_to: tuple[str, ...]
    date: datetime | None
    subject: str
    raw: Mapping[str, str]

    def get(self, name: str) -> str:
        """The decoded value of any header by case-insensitive name, '' when absent."""
        return self.raw.get(name.lower(), "")


@dataclass(frozen=True, slots=True)
class ReadMessage:
    """A message as read: its MIME tree (and its parts, walked once), decoded headers, best
    text body and attachments."""

    mime: Message
    parts: MessageParts
    headers: MessageHeaders
    text: str
    attachments: tuple[Attachment, ...]


def read_message(raw: bytes) -> ReadMessage:
    """Read raw message bytes; raise `ReplyParseError` only if nothing readable is there."""
    if not raw or not raw.strip():
        raise ReplyParseError("empty message")
    try:
        mime = parse_mime(raw)
    except Exception as error:  # the stdlib parser is lenient; anything raised is fatal
        raise ReplyParseError("not a MIME message", detail=repr(error)) from error
    if not len(mime):  # no headers (`Message.__len__` counts them)
        raise ReplyParseError("no headers found", detail="the bytes do not start with headers")
    headers = read_headers(mime)
    parts = MessageParts(mime)
    return ReadMessage(
        mime=mime,
        parts=parts,
        headers=headers,
        text=body_text(mime, parts),
        attachments=tuple(attachments(mime, parts)),
    )


def parse_mime(raw: bytes) -> Message:
    """`email.message_from_bytes(raw)`, without feeding the stdlib's line-by-line parser the
    body of a message that is one part of text.

    The parser makes everything after the header block the payload of such a message, as
    is. So the text up to its first blank line, which ends the header block if nothing
    before it has, is parsed alone; when that gives a message that is neither multipart nor
    message/* and whose header block ended at that blank line (an empty payload), the rest
    of the text is its payload. Any other message is parsed whole, at once when its
    headers mention a multipart or message type."""
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    blank = _BLANK_LINE.search(text)
    head = text[: blank.end()] if blank is not None else ""
    lowered = head.lower()
    if head and "multipart/" not in lowered and "message/" not in lowered:
        parser = email.feedparser.FeedParser(policy=compat32)
        parser.feed(head)
        mime = parser.close()
        if mime.get_content_maintype() not in ("multipart", "message") and (
            mime.get_payload() == ""
        ):
            mime.set_payload(text[len(head):])
            return mime
    return email.message_from_string(text)


def decode_header_value(value: object) -> str:
    """Decode RFC 2047 encoded words, tolerating unknown charsets and broken encodings."""
    if value is None:
        return ""
    text = str(value)
    if "=?" not in text and "\x1b" not in text and text.isascii():
        return _unfold(text)  # nothing encoded: what decode_header would hand back as is
    try:
        pieces = email.header.decode_header(text)
    except Exception:
        return _unfold(text)
    decoded = [
        decode_bytes(chunk, charset) if isinstance(chunk, bytes) else _raw_header_text(chunk)
        for chunk, charset in pieces
    ]
    return _unfold("".join(decoded))


def _raw_header_text(text: str) -> str:
    """Header text sent unencoded: 8-bit bytes (kept as surrogates) or 7-bit ISO-2022-JP."""
    if "\x1b" not in text and text.isascii():
        return text
    raw = text.encode("utf-8", "surrogateescape")
    if b"\x1b$" in raw:
        try:
            return raw.decode("iso2022_jp")
        except UnicodeDecodeError:
            pass
    return decode_bytes(raw, None)


def _unfold(text: str) -> str:
    if "\n" not in text:
        return text.strip()
    return re.sub(r"\s*\r?\n\s*", " ", text).strip()


class HeaderValues(Mapping[str, str]):
    """Each header's decoded value by lower-case name (the first of repeated headers),
    decoded when first asked for: of the dozens of Received, DKIM and other headers a
    message carries, only a few are ever read. Of the names in `every`, every occurrence is
    kept too (`every_value`), gathered in the same pass over the headers."""

    __slots__ = ("_decoded", "_every", "_policy", "_raw")

    def __init__(self, mime: Message, every: frozenset[str] = frozenset()) -> None:
        raw: dict[str, tuple[str, str]] = {}
        kept: dict[str, list[tuple[str, str]]] = {}
        for name, value in mime.raw_items():
            key = name.lower()
            if key not in raw:
                raw[key] = (name, value)
            if key in every:
                kept.setdefault(key, []).append((name, value))
        self._raw = raw
        self._every = kept
        self._policy = mime.policy
        self._decoded: dict[str, str] = {}

    def every_value(self, key: str) -> list[str]:
        """`mime.get_all(key, [])` for a name in `every`: each value as the policy fetches it."""
        return [self._fetch(name, value) for name, value in self._every.get(key, ())]

    def __getitem__(self, key: str) -> str:
        decoded = self._decoded.get(key)
        if decoded is None:
            decoded = decode_header_value(self._fetch(*self._raw[key]))
            self._decoded[key] = decoded
        return decoded

    def _fetch(self, name: str, value: str) -> str:
        """`policy.header_fetch_parse(name, value)`; compat32 hands back an ASCII value as is
        (only a value holding surrogates, from undecodable bytes, becomes a `Header`; a value
        set as a `Header` is not a str, and goes to the policy too)."""
        if self._policy is compat32 and isinstance(value, str) and value.isascii():
            return value
        return self._policy.header_fetch_parse(name, value)

    @overload
    def get(self, key: str, /) -> str | None: ...

    @overload
    def get(self, key: str, /, default: str | _Default) -> str | _Default: ...

    def get(self, key: str, /, default: object = None) -> object:
        """The decoded value, or `default` when there is no such header."""
        return self[key] if key in self._raw else default

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def read_headers(mime: Message) -> MessageHeaders:
    """The matching and classification headers of a message, decoded."""
    raw = HeaderValues(mime, _ADDRESS_FIELDS)
    return MessageHeaders(
        message_id=_first_message_id(raw.get("message-id", "")),
        in_reply_to=_first_message_id(raw.get("in-reply-to", "")),
        references=tuple(_MESSAGE_ID.findall(raw.get("references", ""))),
        sender=_sender(raw.every_value("from")),
        to=tuple(_addresses(raw.every_value("to"))),
        delivered_to=tuple(
            _addresses(raw.every_value("delivered-to") + raw.every_value("x-original-to"))
        ),
        date=read_date(raw.get("date", "")),
        subject=raw.get("subject", ""),
        raw=raw,
    )


def _sender(values: list[str]) -> str:
    addresses = _addresses(values)
    if addresses:
        return addresses[0]
    return decode_header_value(values[0]).lower() if values else ""


def _first_message_id(value: str) -> str | None:
    found = _MESSAGE_ID.search(value)
    if found:
        return found.group(0)
    return value.strip() or None


def _addresses(values: list[str]) -> list[str]:
    """The addresses in address headers, lower-cased. A lone address, bare (with a plain
    comment after it, as mail servers write their own) or in angle brackets after a plain
    name (nearly every reply's From and To), is read directly; any other form goes to the
    stdlib's parser."""
    found: list[str] = []
    for value in values:
        decoded = decode_header_value(value)
        simple = _SIMPLE_ADDRESS.match(decoded)
        if simple:
            found.append((simple.group(1) or simple.group(2)).lower())
            continue
        try:
            pairs = email.utils.getaddresses([decoded])
        except Exception:
            continue
        found.extend(address.strip().lower() for _name, address in pairs if "@" in address)
    return found


def decode_bytes(payload: bytes, declared: str | None) -> str:
    """Decode text bytes: the declared charset if it fits, else the charset they look like."""
    charset = _normalise_charset(declared)
    if charset:
        try:
            text = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = None
        if text is not None:
            if charset in _LATIN_FAMILY and not payload.isascii():
                try:  # UTF-8 declared as Latin-1 or ASCII: decoded as what it is
                    return payload.decode("utf-8")
                except UnicodeDecodeError:
                    pass
            return text
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = payload[:_DETECTION_SAMPLE]
    if _mostly_ascii(sample):
        return payload.decode("cp1252", errors="replace")
    best = from_bytes(sample).best()
    if best is not None:
        return payload.decode(best.encoding, errors="replace")
    return payload.decode("latin-1")


def _normalise_charset(declared: str | None) -> str | None:
    if not declared:
        return None
    name = declared.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    return name or None


def _mostly_ascii(payload: bytes) -> bool:
    """Western European text in a single-byte charset: a few accented letters among ASCII."""
    non_ascii = len(payload.translate(None, _ASCII_BYTES))  # the bytes above 0x7F
    return non_ascii <= max(2, len(payload) // 10)


def part_text(part: Message) -> str:
    """The decoded text of one leaf part ('' when it has none)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return decode_bytes(payload, content_charset(part))


def html_to_text(html: str) -> str:
    """Readable text of an HTML body, with client quote blocks already removed."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_links = True
    converter.ignore_emphasis = True
    converter.unicode_snob = True
    text = converter.handle(strip_html_quotes(html))
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _is_attachment(part: Message, content_type: str) -> bool:
    disposition = (part.get("Content-Disposition") or "").lower()
    if disposition.startswith("attachment"):
        return True
    return not content_type.startswith("text/") and bool(part.get_filename())


class MessageParts:
    """Every part of a message in `Message.walk()` order, each content type read once and
    whether a leaf is an attachment decided at most once: the body text and the attachments
    are both found from one walk of the tree."""

    __slots__ = ("_attached", "parts")

    def __init__(self, mime: Message) -> None:
        self.parts = [(part, part.get_content_type(), part.is_multipart())
                      for part in mime.walk()]
        self._attached: dict[int, bool] = {}

    def is_attachment(self, number: int) -> bool:
        """Whether leaf `number` (its index in `parts`) is an attached file."""
        attached = self._attached.get(number)
        if attached is None:
            part, content_type, _multipart = self.parts[number]
            attached = self._attached[number] = _is_attachment(part, content_type)
        return attached

    def text_leaves(self) -> list[tuple[Message, str]]:
        """The parts that may hold the body text, with their content types."""
        leaves: list[tuple[Message, str]] = []
        for number, (part, content_type, multipart) in enumerate(self.parts):
            if multipart or content_type.startswith("message/") or self.is_attachment(number):
                continue
            if content_type in ("text/plain", "text/html") or content_type.startswith(
                "multipart/"
            ):
                leaves.append((part, content_type))
        return leaves


_SALVAGED_TEXT = re.compile(
    r"Content-Type:\s*text/plain[^\n]*\n(?:[^\n]+\n)*\n(?P<text>.*?)(?:\n--[^\n]*\n|\Z)",
    re.IGNORECASE | re.DOTALL,
)


def _salvaged_text(payload: str) -> str:
    """The plain text inside a multipart whose boundary was lost (a broken header)."""
    found = _SALVAGED_TEXT.search(payload.replace("\r\n", "\n"))
    return found.group("text") if found else payload


def body_text(mime: Message, parts: MessageParts | None = None) -> str:
    """The message's best body text: the first non-empty plain part, else its HTML as text."""
    parts = parts or MessageParts(mime)
    leaves = parts.text_leaves()
    if not leaves and parts.parts[0][1].split("/")[0] == "text":
        leaves = [(mime, parts.parts[0][1])]
    plain = [leaf for leaf in leaves if leaf[1] != "text/html"]
    html = [leaf for leaf in leaves if leaf[1] == "text/html"]
    for part, content_type in plain + html:
        text = part_text(part)[:_LONGEST_TEXT]
        if content_type.startswith("multipart/"):
            text = _salvaged_text(text)
        if content_type == "text/html" or _HTML_START.match(text):
            text = html_to_text(text)
        if text.strip():
            return text.replace("\r\n", "\n")
    return ""


def attachments(mime: Message, parts: MessageParts | None = None) -> list[Attachment]:
    """Every attached file, decoded to bytes."""
    parts = parts or MessageParts(mime)
    found: list[Attachment] = []
    for number, (part, content_type, multipart) in enumerate(parts.parts):
        if multipart or not parts.is_attachment(number):
            continue
        try:
            content = part.get_payload(decode=True)
        except Exception:
            content = None
        if not isinstance(content, bytes):
            content = b""
        filename = decode_header_value(part.get_filename() or "") or "attachment"
        found.append(Attachment(filename, content_type, content))
    return found
