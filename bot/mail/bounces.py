"""Delivery failure reports: is this message a bounce, hard or soft, for whom, and of what?

Standard reports (RFC 3464 multipart/report; report-type=delivery-status) are read field by
field. The non-standard notices of common mail servers (qmail, Exim, Postfix plain text,
Exchange, Yahoo, Lotus Notes, ...) are recognised by their sender, subject and wording; the
failed recipients in them are found by flufl.bounce (GNU Mailman's detectors), with the
Exim `X-Failed-Recipients` header and the notice text as fall-backs.

Hard means the address itself is gone (unknown user, disabled mailbox, domain that does not
exist, address that has moved): stop writing to it. Everything else (mailbox full, message
refused as spam or by policy, too large, delayed, temporary errors) is soft: retry later.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from bot.domain.replies.prefilter import Folded, Prefiltered, WordIndex
from bot.mail.failed_recipients import all_failures
from bot.mail.reading import MessageHeaders, ReadMessage, decode_header_value, part_text

# A status or reply code not preceded by a digit or a dot (or a hyphen): the look-behind
# follows the first digit, so that the search jumps from one such digit to the next.
_STATUS = re.compile(r"([245])(?<![\d.][245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_REPLY_CODE = re.compile(r"([45](?<![\d.-][45])[0-5]\d)(?:[ -]|$)", re.MULTILINE)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|fw|fwd|wg|tr|rv)\s*:", re.IGNORECASE)
_ANGLED_ADDRESS = re.compile(r"<[^<>\s]+@")
_ANGLED = re.compile(r"<[^>\s]+>")
_ID_FIELDS = ("message-id", "in-reply-to", "references")
_MESSAGE_ID_LINE = re.compile(r"^Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_IN_REPLY_TO_LINE = re.compile(r"^In-Reply-To:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_REFERENCES_LINE = re.compile(r"^References:\s*((?:<[^>\s]+>\s*)+)", re.IGNORECASE | re.MULTILINE)
# Only the header blocks of returned headers and delivery-status fields are read: what
# `email.message_from_string` reads of them, without parsing what follows as a body.
_HEADER_PARSER = HeaderParser()

_DAEMON = Prefiltered.of(re.compile(
    r"\b(?:mailer-daemon|mailer_daemon|mailer daemon|postmaster|post_master|"
    r"mail delivery (?:system|subsystem)|"
    r"mail administrator|mailmaster|MAILER-DAEMON)\b",
    re.IGNORECASE,
))
_NOTICE_SUBJECT = Prefiltered.of(re.compile(
    r"\b(?:undeliver\w*|undelivered|delivery (?:status notification|failure|failed|notification|"
    r"problem|report)|returned (?:mail|to sender)|failure notice|mail delivery failed|"
    r"non[- ]?deliver\w*|nondeliverable|could not (?:be )?(?:send|sent|deliver\w*)|"
    r"message (?:not delivered|delivery failed|could not be delivered)|mail system error|"
    r"delivery has failed|unzustellbar|nicht zustellbar|non remis|no se puede entregar|"
    r"warning: (?:message|could not)|mail (?:failure|error)|returned message|"
    r"delivery (?:delayed|incomplete)|permanent error|bounce)\b|メールエラー|配信エラー|送信エラー|"
    r"配送エラー|不達",
    re.IGNORECASE,
))
_NOTICE_BODY_WORDING = (
    r"this is the mail system at", r"i'm sorry to have to inform you",
    r"this is the qmail-send program",
    r"this message was created automatically by mail delivery software",
    r"delivery to the following recipients? (?:failed|has been delayed)",
    r"could not be delivered to", r"was not delivered to", r"message could not be delivered",
    r"unable to deliver", r"undeliverable", r"permanent(?:ly)? (?:error|fatal|failure)",
    r"delivery has failed", r"failed to deliver", r"the following addresses? had permanent",
    r"the original message was received at", r"delivery status notification",
    r"your message (?:did not|couldn't|could not|wasn't|was not) (?:reach|be delivered|get)",
    r"message not delivered", r"returned to sender", r"nicht zugestellt werden",
    r"konnte nicht zugestellt", r"no pudo ser entregado", r"n'a pas pu être remis",
    r"user unknown", r"mailbox (?:is )?(?:full|unavailable)", r"no such user",
    r"invalid user address", r"requested action not taken",
)


_NOTICE_BODY = WordIndex.any_of(*_NOTICE_BODY_WORDING)
_HARD_REASON = WordIndex.any_of(
    r"user ?unknown", r"unknown (?:user|recipient|address|mailbox|local[- ]part|alias|account)",
    r"no such (?:user|mailbox|recipient|address|account|person|local user)",
    r"(?:does not|doesn't|not) exist",
    r"invalid (?:recipient|address|mailbox|user|account|e-?mail)",
    r"(?:user|mailbox|recipient|address|account) (?:not found|unknown|invalid|is not valid)",
    r"not a valid (?:mailbox|recipient|user|address)",
    r"(?:mailbox|account) (?:has been |is )?(?:closed|removed|deleted|discontinued|terminated)",
    r"no mailbox here", r"mailbox unavailable",
    r"address rejected: user unknown", r"unrouteable address", r"host ?unknown", r"unknown host",
    r"host or domain name not found", r"domain (?:not found|does not exist|name not found)",
    r"name or service not known", r"no mx", r"has moved",
    r"no longer (?:valid|active|available|in use)",
    r"unknown or illegal alias", r"not listed in", r"recipient not found",
    r"bad destination mailbox", r"account that you tried to reach does not exist",
    r"no such domain",
)
_SOFT_REASON = WordIndex.any_of(
    r"spam", r"junk", r"blocked", r"block ?list", r"black ?list", r"policy", r"polic(?:ies)",
    r"reject(?:ed|ion)?", r"refused", r"denied",
    r"not (?:authori[sz]ed|permitted|allowed|accepted)", r"filter\w*", r"virus", r"content",
    r"security", r"spf", r"dkim", r"dmarc", r"reputation",
    r"relay(?:ing)? (?:denied|not permitted)", r"too many", r"rate limit", r"timed? ?out",
    r"connection (?:refused|reset|lost)", r"expired", r"too long", r"greylist", r"suspend\w*",
    r"frozen", r"system error", r"network error", r"not going to try again", r"unavailable",
    r"hop count", r"authenticat\w*", r"disabled", r"deactivated", r"inactive",
)
_FULL = WordIndex.any_of(
    r"quota", r"mailbox (?:is )?full", r"over ?quota", r"insufficient (?:storage|disk)",
    r"mailbox size", r"exceeded storage", r"too large", r"size limit", r"message size",
)
_TEMPORARY = WordIndex.any_of(
    r"will (?:be )?retr(?:y|ied)", r"still (?:trying|retrying)", r"has been delayed",
    r"delivery (?:is )?delayed", r"not yet been delivered",
    r"temporar(?:y|ily) (?:failure|error|deferred|unavailable)", r"will keep trying",
    r"warning: message",
)
_REPORT_FIELDS = frozenset(
    ("final-recipient", "original-recipient", "status", "action", "diagnostic-code"))
_HARD_STATUSES = {"5.1.1", "5.1.2", "5.1.3", "5.1.6", "5.1.10", "5.4.4"}


@dataclass(frozen=True, slots=True)
class Bounce:
    """A delivery failure: hard or soft, its status, the failed recipient, and the headers of
    the returned original (to find the reminder it was about)."""

    kind: str
    status: str | None
    recipient: str | None
    original_message_id: str | None = None
    original_in_reply_to: str | None = None
    original_references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Report:
    recipient: str | None
    status: str | None
    action: str
    diagnostic: str


def find_bounce(message: ReadMessage) -> Bounce | None:
    """The bounce this message reports, or None when it is not a delivery failure report."""
    mime, headers, text = message.mime, message.headers, message.text
    parts = message.parts.parts
    reports = _delivery_status_reports(parts)
    if not reports and not _looks_like_notice(headers, text):
        return None
    notice = _notice_text(text)
    report = _pick_report(reports)
    recipient = report.recipient if report else None
    recipient = recipient or _failed_recipient_header(headers) or _flufl_recipient(
        mime, parts, headers.raw)
    recipient = recipient or _recipient_in_text(notice, headers)
    diagnostic = f"{report.diagnostic} {notice}" if report else notice
    status = _status(report, diagnostic)
    delayed = bool(report and report.action.startswith("delay"))
    original = _original_headers(parts, text)
    return Bounce(
        kind="soft" if delayed else _kind(status, diagnostic),
        status=status,
        recipient=recipient,
        original_message_id=original[0],
        original_in_reply_to=original[1],
        original_references=original[2],
    )


def _looks_like_notice(headers: MessageHeaders, text: str) -> bool:
    sender = f"{headers.get('from')} {headers.get('return-path')}"
    subject = headers.subject
    if _REPLY_SUBJECT.match(subject):
        return bool(_DAEMON.search(sender)) and _says_undelivered(text[:4000])
    if _DAEMON.search(sender):
        return True
    if _NOTICE_SUBJECT.search(subject):
        return (headers.get("return-path").strip() == "<>" or _says_undelivered(text[:6000])
                or bool(_STATUS.search(text[:6000])))
    if headers.get("x-failed-recipients"):
        return True
    opening = text[:3000]
    return _says_undelivered(opening) and bool(
        _STATUS.search(opening) or _REPLY_CODE.search(opening) or _ANGLED_ADDRESS.search(opening)
    )


def _says_undelivered(text: str) -> bool:
    """Whether the text has the wording of a delivery failure notice."""
    return _NOTICE_BODY.any_match(text, Folded.of(text))


def _delivery_status_reports(parts: list[tuple[Message, str, bool]]) -> list[_Report]:
    reports: list[_Report] = []
    for part, content_type, _multipart in parts:
        if content_type != "message/delivery-status":
            continue
        for fields in _status_field_groups(part):
            reports.append(
                _Report(
                    recipient=_address_of(
                        fields.get("final-recipient") or fields.get("original-recipient") or ""
                    ),
                    status=_first_status(fields.get("status", "")),
                    action=fields.get("action", "").strip().lower(),
                    diagnostic=fields.get("diagnostic-code", ""),
                )
            )
    return [report for report in reports if report.recipient or report.status or report.action]


def _status_field_groups(part: Message) -> list[dict[str, str]]:
    """The per-message and per-recipient field groups of a delivery-status part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [_report_fields(block) for block in payload if isinstance(block, Message)]
    raw = part_text(part) if isinstance(payload, str) else ""
    return [_report_fields(_HEADER_PARSER.parsestr(block.strip() + "\n"))
            for block in re.split(r"\n\s*\n", raw.replace("\r\n", "\n"))]


def _report_fields(block: Message) -> dict[str, str]:
    """The decoded fields of a block by lower-case name (the last of repeated ones), as
    `{name.lower(): decode_header_value(value) for name, value in block.items()}` has them
    for the fields a report reads. Another field is left out when its value is plain ASCII:
    fetching and decoding that gives it back unfolded, and cannot fail."""
    fields: dict[str, str] = {}
    fetch = block.policy.header_fetch_parse
    for name, value in block.raw_items():
        key = name.lower()
        if key in _REPORT_FIELDS or not _plain(value):
            fields[key] = decode_header_value(fetch(name, value))
    return fields


def _plain(value: object) -> bool:
    """Whether a raw header value is ASCII with no encoded word or escape in it."""
    return isinstance(value, str) and value.isascii() and "=?" not in value and "\x1b" not in value


def _pick_report(reports: list[_Report]) -> _Report | None:
    per_recipient = [report for report in reports if report.recipient or report.action]
    failed = [report for report in per_recipient if report.action.startswith("fail")]
    candidates = failed or per_recipient or reports
    return candidates[0] if candidates else None


def _address_of(value: str) -> str | None:
    found = _ADDRESS.search(value.split(";", 1)[-1])
    return found.group(0).lower().strip(".") if found else None


def _first_status(value: str) -> str | None:
    found = _STATUS.search(value)
    return ".".join(found.groups()) if found else None


def _failed_recipient_header(headers: MessageHeaders) -> str | None:
    return _address_of(headers.get("x-failed-recipients"))


def _flufl_recipient(
    mime: Message, parts: list[tuple[Message, str, bool]], header_names: Container[str]
) -> str | None:
    try:
        temporary, permanent = all_failures(mime, parts, header_names)
    except Exception:
        return None
    for address in sorted(permanent) + sorted(temporary):
        text = address.decode("utf-8", "replace") if isinstance(address, bytes) else str(address)
        found = _address_of(text)
        if found:
            return found
    return None


def _recipient_in_text(notice: str, headers: MessageHeaders) -> str | None:
    ignored = {headers.sender, *headers.to}
    for line in notice.split("\n"):
        if "@" not in line:  # no address on it
            continue
        for address in _ADDRESS.findall(line):
            lowered = address.lower().strip(".")
            if lowered in ignored or _DAEMON.search(lowered):
                continue
            return lowered
    return None


_NOTICE_ENDS = tuple(
    (openings, re.compile(marker, re.IGNORECASE | re.MULTILINE))
    for openings, marker in (
        ("-", r"^-+ ?(?:This is a copy of|Original message|Below this line is a copy|"
              r"The (?:original|returned) message)"),
        ("-", r"^-+ ?Forwarded message"),
        ("Rr", r"^Return-Path:"),
        ("Rr", r"^Received:"),
    )
)


def _notice_text(text: str) -> str:
    """The human-readable failure notice, without the returned original message."""
    for openings, marker in _NOTICE_ENDS:
        end = _later_line_match(marker, openings, text)
        if end is not None:
            return text[:end]
    return text


def _later_line_match(marker: re.Pattern[str], openings: str, text: str) -> int | None:
    """Where `marker.search(text)` matches, unless that is at the start of the text (None).

    The marker matches only at the start or just after a newline, on one of the characters
    `openings` (either case), so past the start it is searched for only from the first line
    opening with one of them: the first match from there is its first match anywhere."""
    if marker.match(text):
        return None
    start = _later_line_opening(text, openings)
    found = marker.search(text, start) if start is not None else None
    return found.start() if found else None


def _status(report: _Report | None, diagnostic: str) -> str | None:
    if report and report.status and report.status not in ("5.0.0", "4.0.0"):
        return report.status
    found = _first_status(diagnostic)
    if found:
        return found
    if report and report.status:
        return report.status
    code = _REPLY_CODE.search(diagnostic)
    if code:
        return f"{code.group(1)[0]}.0.0"
    return None


def _kind(status: str | None, diagnostic: str) -> str:
    folded = Folded.of(diagnostic)
    if (status and status.startswith("4")) or _TEMPORARY.any_match(diagnostic, folded):
        return "soft"
    if _FULL.any_match(diagnostic, folded):
        return "soft"
    if status in _HARD_STATUSES or _HARD_REASON.any_match(diagnostic, folded):
        return "hard"
    if _SOFT_REASON.any_match(diagnostic, folded):
        return "soft"
    return "hard"


def _original_headers(
    parts: list[tuple[Message, str, bool]], text: str
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """The ids of the returned original: from its returned headers part, else its text.

    A header line's match starts with its name, which the text folded holds there: so no
    match starts before the first place the folded text holds the name, and searching from
    there (where `^` matches only if a line starts there) finds what searching it all
    would."""
    for part, content_type, _multipart in parts:
        if content_type in ("message/rfc822", "message/rfc822-headers", "text/rfc822-headers"):
            original = _returned_headers(part)
            if original[0] or original[1] or original[2]:
                return original
    lower = Folded.of(text).lower
    start = _first_place(lower, text, "message-id:")
    message_id = _MESSAGE_ID_LINE.findall(text, start) if start >= 0 else []
    start = _first_place(lower, text, "in-reply-to:")
    in_reply_to = _IN_REPLY_TO_LINE.search(text, start) if start >= 0 else None
    start = _first_place(lower, text, "references:")
    references = _REFERENCES_LINE.search(text, start) if start >= 0 else None
    return (
        message_id[-1] if message_id else None,
        in_reply_to.group(1) if in_reply_to else None,
        tuple(_ANGLED.findall(references.group(1))) if references else (),
    )


def _first_place(lower: str, text: str, name: str) -> int:
    """Where the folded text `lower` first holds `name` (-1: nowhere), or 0 should folding
    not have kept every character of `text` in its place."""
    return lower.find(name) if len(lower) == len(text) else 0


def _later_line_opening(text: str, openings: str) -> int | None:
    """Where the first line that opens with one of `openings`, not counting the text's
    own first line, starts; None when none does."""
    lines = [at for opening in openings if (at := text.find("\n" + opening)) >= 0]
    return min(lines) + 1 if lines else None


def _returned_headers(part: Message) -> tuple[str | None, str | None, tuple[str, ...]]:
    payload = part.get_payload()
    inner: Message | None = None
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
    else:
        inner = _HEADER_PARSER.parsestr(part_text(part))
    values = _first_values(inner, _ID_FIELDS)
    message_id = _ANGLED.search(values["message-id"])
    in_reply_to = _ANGLED.search(values["in-reply-to"])
    return (
        message_id.group(0) if message_id else None,
        in_reply_to.group(0) if in_reply_to else None,
        tuple(_ANGLED.findall(values["references"])),
    )


def _first_values(message: Message, names: tuple[str, ...]) -> dict[str, str]:
    """`str(message.get(name, ""))` for each of `names` (lower-case), read in one pass over
    the fields rather than one pass for each name."""
    found: dict[str, str] = {}
    fetch = message.policy.header_fetch_parse
    for name, value in message.raw_items():
        key = name.lower()
        if key in names and key not in found:
            found[key] = str(fetch(name, value))
            if len(found) == len(names):
                break
    return {name: found.get(name, "") for name in names}
