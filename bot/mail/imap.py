"""Reading the collections mailbox over IMAP: a synchronous adapter on imap-tools, meant to run
in a worker thread.

One `ImapMailbox` is one connection. Per round the caller connects, selects the folder (which
reports UIDVALIDITY), plans with `bot.mail.inbox_checkpoint`, fetches, stores what it learnt,
marks what it stored, and disconnects or waits for new mail (`wait_for_new`).

Behaviour follows the server's advertised capabilities: IDLE where offered (else a polling
sleep), MOVE where offered (else a flag: debtor mail is never deleted, so never COPY+EXPUNGE),
custom keywords where PERMANENTFLAGS allows them (else \\Seen), and Gmail's shorter IDLE limit and
X-GM-MSGID where X-GM-EXT-1 is offered.

Memory stays bounded whatever the mailbox holds: UIDs are searched first, sizes are read
(RFC822.SIZE) before any body, bodies come in batches of at most `batch_size` messages and about
`batch_bytes` bytes, and a message above `max_message_bytes` is never downloaded: only its
header (itself capped) is, and it is reported as OVERSIZED.

Errors are typed: `MailboxLoginFailed` (wrong credentials: alert a person), `MailboxUnavailable`
(connection trouble or a busy server: retry later, see `bot.mail.imap_retry`), and
`MailboxError` for the rest (a missing folder, a refused command). None carries the password.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
import time
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import MailboxLoginError, UnexpectedCommandStatusError
from imap_tools.mailbox import BaseMailBox
from imap_tools.utils import encode_folder

from bot.mail.inbox_checkpoint import (
    FetchPlan,
    PlanReason,
    message_identity,
    new_uids,
    normalize_message_id,
)

MIB = 1024 * 1024
MAX_BATCH_SIZE = 500
HEADER_LIMIT_BYTES = MIB
RFC2177_IDLE_LIMIT_SECONDS = 29 * 60
GMAIL_IDLE_LIMIT_SECONDS = 9 * 60
DEFAULT_FLAG = "$Duebot"
_TEMPORARY_CODES = ("[UNAVAILABLE]", "[INUSE]", "[LIMIT]", "[SERVERBUG]")
_FORBIDDEN_FLAGS = frozenset({"\\DELETED", "\\RECENT"})
_SYSTEM_FLAGS = frozenset({"\\SEEN", "\\FLAGGED", "\\ANSWERED", "\\DRAFT"})
E = TypeVar("E", bound="MailboxError")
_KEYWORD = re.compile(r"^[!#-'*+\-.0-9:<>?@A-Z^-z|~]+$")


class MailboxError(Exception):
    """An IMAP problem, with where it happened. Never includes the password."""

    def __init__(self, message: str, *, host: str, user: str, folder: str | None = None) -> None:
        where = f"{user} at {host}" + (f", folder {folder!r}" if folder else "")
        super().__init__(f"{message} ({where})")
        self.host = host
        self.user = user
        self.folder = folder


class MailboxLoginFailed(MailboxError):
    """The server refused the credentials: a person must fix the config."""


class MailboxUnavailable(MailboxError):
    """A temporary failure: connection refused or dropped, timeout, server busy. Retry later."""


class MailboxRenumbered(MailboxUnavailable):
    """UIDVALIDITY changed since the messages were fetched: start a new round."""


class Security(StrEnum):
    TLS = "tls"
    STARTTLS = "starttls"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    user: str
    password: str = field(repr=False)
    port: int = 993
    security: Security = Security.TLS
    folder: str = "INBOX"
    timeout_seconds: float = 60.0
    batch_size: int = 200
    batch_bytes: int = 16 * MIB
    max_message_bytes: int = 25 * MIB
    poll_interval_seconds: float = 60.0

    def __post_init__(self) -> None:
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise ValueError(f"batch_size must be 1..{MAX_BATCH_SIZE}, got {self.batch_size}")
        positive = ("batch_bytes", "max_message_bytes", "timeout_seconds", "poll_interval_seconds")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")

    @property
    def mailbox_name(self) -> str:
        """Names the mailbox in checkpoints: the login and the server."""
        return f"{self.user}@{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class ServerFeatures:
    capabilities: frozenset[str]

    @classmethod
    def from_capabilities(cls, capabilities: Iterable[str]) -> ServerFeatures:
        return cls(frozenset(c.upper() for c in capabilities))

    @property
    def idle(self) -> bool:
        return "IDLE" in self.capabilities

    @property
    def move(self) -> bool:
        return "MOVE" in self.capabilities

    @property
    def uidplus(self) -> bool:
        return "UIDPLUS" in self.capabilities

    @property
    def gmail(self) -> bool:
        return "X-GM-EXT-1" in self.capabilities

    @property
    def idle_limit_seconds(self) -> float:
        """How long one IDLE may last before it is renewed (Gmail drops them sooner)."""
        return GMAIL_IDLE_LIMIT_SECONDS if self.gmail else RFC2177_IDLE_LIMIT_SECONDS


@dataclass(frozen=True, slots=True)
class SelectedFolder:
    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int
    permanent_flags: frozenset[str]

    @property
    def keywords_allowed(self) -> bool:
        return "\\*" in self.permanent_flags


class FetchStatus(StrEnum):
    COMPLETE = "complete"  # raw is the whole message, byte for byte
    OVERSIZED = "oversized"  # above max_message_bytes: raw is the header only (capped)
    KNOWN = "known"  # its Message-ID was in skip_identities: raw is empty, nothing downloaded


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    folder: str
    uidvalidity: int
    uid: int
    raw: bytes = field(repr=False)
    size: int
    identity: str
    message_id: str | None = None
    status: FetchStatus = FetchStatus.COMPLETE
    server_id: str | None = None  # Gmail's X-GM-MSGID where offered


class ProcessedKind(StrEnum):
    MOVE = "move"
    FLAG = "flag"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class ProcessedAction:
    """What to do on the server once a message's event is durably stored."""

    kind: ProcessedKind
    target: str = ""  # the folder for MOVE, the flag or keyword for FLAG
    fallback_flag: str = DEFAULT_FLAG  # used for MOVE when the server cannot move

    def __post_init__(self) -> None:
        if self.kind is ProcessedKind.MOVE and not self.target:
            raise ValueError("a move needs a target folder")
        if self.kind is ProcessedKind.FLAG:
            _check_flag(self.target)
        _check_flag(self.fallback_flag)

    @classmethod
    def move(cls, folder: str, fallback_flag: str = DEFAULT_FLAG) -> ProcessedAction:
        return cls(ProcessedKind.MOVE, folder, fallback_flag)

    @classmethod
    def flag(cls, flag: str = DEFAULT_FLAG) -> ProcessedAction:
        return cls(ProcessedKind.FLAG, flag, flag)

    @classmethod
    def nothing(cls) -> ProcessedAction:
        return cls(ProcessedKind.NOTHING)


@dataclass(frozen=True, slots=True)
class MarkOutcome:
    uids: tuple[int, ...]
    done: ProcessedKind
    target: str = ""
    note: str = ""


def _check_flag(flag: str) -> None:
    if flag.upper() in _FORBIDDEN_FLAGS:
        raise ValueError(f"{flag} may not be used: debtor mail is never deleted")
    if flag.startswith("\\"):
        if flag.upper() not in _SYSTEM_FLAGS:
            raise ValueError(f"unknown system flag {flag!r}")
    elif not _KEYWORD.match(flag):
        raise ValueError(f"{flag!r} is not a valid IMAP keyword")


@dataclass(slots=True)
class _Envelope:
    uid: int
    size: int
    message_id: str | None
    server_id: str | None


@dataclass(slots=True)
class _FetchItem:
    uid: int | None = None
    size: int | None = None
    server_id: str | None = None
    sections: dict[str, bytes] = field(default_factory=dict)


_ITEM_START = re.compile(rb"^\d+ \(")
_ATTRIBUTE = re.compile(rb"\b(UID|RFC822\.SIZE|X-GM-MSGID) (\d+)")
_LITERAL_SECTION = re.compile(rb"(BODY\[[^\]]*\])(?:<\d+>)? \{\d+\}$")
_MESSAGE_ID_HEADER = re.compile(rb"^Message-ID:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.M)


def _parse_fetch(data: Sequence[bytes | tuple[bytes, bytes] | None]) -> list[_FetchItem]:
    """Group imaplib's flat FETCH data into one item per message, reading UID, RFC822.SIZE,
    X-GM-MSGID and BODY[...] literals wherever in the response they appear."""
    items: list[_FetchItem] = []
    current: _FetchItem | None = None
    for part in data:
        if part is None:
            continue
        text, literal = (part[0], part[1]) if isinstance(part, tuple) else (part, None)
        if _ITEM_START.match(text) or current is None:
            current = _FetchItem()
            items.append(current)
        for name, value in _ATTRIBUTE.findall(text):
            if name == b"UID":
                current.uid = int(value)
            elif name == b"RFC822.SIZE":
                current.size = int(value)
            else:
                current.server_id = value.decode()
        if literal is not None:
            section = _LITERAL_SECTION.search(text)
            key = section.group(1).decode().upper() if section else "BODY[]"
            current.sections[key] = literal
    return items


def _head(raw: bytes) -> bytes:
    end = raw.find(b"\r\n\r\n")
    return raw if end < 0 else raw[: end + 2]


def _header_message_id(header: bytes) -> str | None:
    match = _MESSAGE_ID_HEADER.search(header)
    return normalize_message_id(match.group(1)) if match else None


def _uid_set(uids: Sequence[int]) -> str:
    """A compact IMAP sequence set: 1:3,7,9:10."""
    ordered = sorted(set(uids))
    ranges: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        ranges.append(f"{start}:{prev}" if prev > start else str(start))
        start = prev = uid
    ranges.append(f"{start}:{prev}" if prev > start else str(start))
    return ",".join(ranges)


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _response_text(data: object) -> str:
    if isinstance(data, list | tuple):
        return " ".join(_response_text(item) for item in data)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return "" if data is None else str(data)


class ImapMailbox:
    """One IMAP connection to the collections mailbox. Not thread-safe: one worker uses it."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self._box: BaseMailBox | None = None
        self._features: ServerFeatures | None = None
        self._selected: SelectedFolder | None = None

    def __enter__(self) -> ImapMailbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # connection

    @property
    def features(self) -> ServerFeatures:
        """What the server offers; MailboxUnavailable when not (or no longer) connected."""
        if self._box is None or self._features is None:
            raise self._error(MailboxUnavailable, "not connected")
        return self._features

    @property
    def selected(self) -> SelectedFolder:
        return self._require_selected()

    def connect(self) -> ServerFeatures:
        """Open the connection, log in and read the capabilities the server offers once
        logged in (they often differ from the greeting's)."""
        self.close()
        s = self.settings
        try:
            box = self._open()
        except ssl.SSLCertVerificationError as exc:
            raise self._error(
                MailboxError, f"the certificate of {s.host}:{s.port} is not trusted: {exc}"
            ) from exc
        except (OSError, imaplib.IMAP4.error, UnexpectedCommandStatusError) as exc:
            raise self._error(
                MailboxUnavailable, f"cannot connect to {s.host}:{s.port}: {exc}"
            ) from exc
        try:
            box.login(s.user, s.password, initial_folder=None)
        except MailboxLoginError as exc:
            said = _response_text(exc.command_result[1])
            _quietly_drop(box)
            if any(code in said for code in _TEMPORARY_CODES):
                raise self._error(MailboxUnavailable, f"login deferred: {said}") from None
            raise self._error(MailboxLoginFailed, f"login refused: {said}") from None
        except (OSError, imaplib.IMAP4.error) as exc:
            _quietly_drop(box)
            raise self._error(
                MailboxUnavailable, f"connection lost during login: {type(exc).__name__}"
            ) from None
        self._box = box
        with self._guard("CAPABILITY"):
            typ, data = box.client.capability()
        caps = _response_text(data).split() if typ == "OK" else list(box.client.capabilities)
        self._features = ServerFeatures.from_capabilities(caps)
        return self._features

    def _open(self) -> BaseMailBox:
        s = self.settings
        if s.security is Security.TLS:
            return MailBox(
                s.host, s.port, timeout=s.timeout_seconds, ssl_context=ssl.create_default_context()
            )
        if s.security is Security.STARTTLS:
            return MailBoxStartTls(
                s.host, s.port, timeout=s.timeout_seconds, ssl_context=ssl.create_default_context()
            )
        return MailBoxUnencrypted(s.host, s.port, timeout=s.timeout_seconds)

    def close(self) -> None:
        """Log out if possible; never raises."""
        box, self._box = self._box, None
        self._features = None
        self._selected = None
        if box is not None:
            with contextlib.suppress(Exception):
                box.logout()
            _quietly_drop(box)

    @property
    def _client(self) -> imaplib.IMAP4:
        if self._box is None:
            raise self._error(MailboxUnavailable, "not connected")
        return self._box.client

    def _error(self, kind: type[E], message: str) -> E:
        folder = self._selected.name if self._selected else None
        return kind(message, host=self.settings.host, user=self.settings.user, folder=folder)

    @contextlib.contextmanager
    def _guard(self, command: str) -> Iterator[None]:
        """Turn connection-level failures into MailboxUnavailable and drop the connection."""
        try:
            yield
        except (OSError, EOFError, imaplib.IMAP4.abort) as exc:
            error = self._error(
                MailboxUnavailable, f"connection lost during {command}: {type(exc).__name__}: {exc}"
            )
            self.close()
            raise error from exc
        except imaplib.IMAP4.error as exc:
            raise self._error(MailboxError, f"{command} failed: {exc}") from exc

    def _check(self, command: str, typ: str, data: object) -> None:
        if typ == "OK":
            return
        said = _response_text(data)
        kind = MailboxUnavailable if any(c in said for c in _TEMPORARY_CODES) else MailboxError
        raise self._error(kind, f"{command} answered {typ}: {said}")

    # reading

    def select(self, folder: str | None = None) -> SelectedFolder:
        """Open the folder read-write and read its UIDVALIDITY, UIDNEXT and PERMANENTFLAGS."""
        name = folder or self.settings.folder
        client = self._client
        self._selected = None
        with self._guard("SELECT"):
            typ, data = client.select(_folder_arg(name))
        if typ != "OK":
            said = _response_text(data)
            kind = MailboxUnavailable if any(c in said for c in _TEMPORARY_CODES) else MailboxError
            raise kind(f"cannot select folder: {said}", host=self.settings.host,
                       user=self.settings.user, folder=name)
        responses = client.untagged_responses
        uidvalidity = _last_int(responses.get("UIDVALIDITY"))
        if uidvalidity is None:
            raise MailboxError("server reported no UIDVALIDITY", host=self.settings.host,
                               user=self.settings.user, folder=name)
        flags_text = _response_text(responses.get("PERMANENTFLAGS", [b""])[-1:])
        self._selected = SelectedFolder(
            name=name,
            uidvalidity=uidvalidity,
            uidnext=_last_int(responses.get("UIDNEXT")),
            exists=_last_int(responses.get("EXISTS")) or 0,
            permanent_flags=frozenset(flags_text.strip("()").split()),
        )
        for key in ("EXISTS", "RECENT"):
            responses.pop(key, None)
        return self._selected

    def uids_after(self, after_uid: int) -> list[int]:
        """UIDs above `after_uid` in the selected folder, ascending."""
        self._require_selected()
        with self._guard("UID SEARCH"):
            typ, data = self._client.uid("SEARCH", f"UID {after_uid + 1}:*")
        self._check("UID SEARCH", typ, data)
        found = (int(token) for chunk in data if chunk for token in bytes(chunk).split())
        return sorted(uid for uid in found if uid > after_uid)

    def fetch_new(
        self, plan: FetchPlan, skip_identities: Container[str] = frozenset()
    ) -> Iterator[FetchedMessage]:
        """Every message the plan still has to examine, ascending by UID. After a UIDVALIDITY
        change, when most messages are already known, Message-IDs are read before bodies."""
        if plan.uidvalidity != self.selected.uidvalidity:
            raise self._error(
                MailboxRenumbered,
                f"plan is for UIDVALIDITY {plan.uidvalidity}, "
                f"folder now has {self.selected.uidvalidity}",
            )
        uids = new_uids(plan, self.uids_after(plan.after_uid))
        ids_first = plan.reason is PlanReason.UIDVALIDITY_CHANGED
        return self.fetch(uids, skip_identities=skip_identities, ids_first=ids_first)

    def fetch(
        self,
        uids: Sequence[int],
        *,
        skip_identities: Container[str] = frozenset(),
        ids_first: bool = False,
    ) -> Iterator[FetchedMessage]:
        """Fetch the given UIDs in ascending order, without setting \\Seen. Sizes come first:
        a message above max_message_bytes is reported OVERSIZED with its header only. A message
        whose identity is in `skip_identities` is reported KNOWN with empty raw; with
        `ids_first` its Message-ID is read with its size, so its body is never downloaded.
        UIDs that vanished meanwhile are left out."""
        ordered = sorted(set(uids))
        for chunk in _chunks(ordered, self.settings.batch_size):
            yield from self._fetch_chunk(chunk, skip_identities, ids_first)

    def _fetch_chunk(
        self, chunk: Sequence[int], skip_identities: Container[str], ids_first: bool
    ) -> Iterator[FetchedMessage]:
        pending: list[_Envelope] = []
        pending_bytes = 0
        for envelope in self._envelopes(chunk, ids_first):
            known = envelope.message_id is not None and envelope.message_id in skip_identities
            if known or envelope.size > self.settings.max_message_bytes:
                yield from self._bodies(pending, skip_identities)
                pending, pending_bytes = [], 0
                yield (
                    self._message(envelope, b"", envelope.message_id, FetchStatus.KNOWN)
                    if known and envelope.message_id is not None
                    else self._oversized(envelope, skip_identities)
                )
                continue
            if pending and pending_bytes + envelope.size > self.settings.batch_bytes:
                yield from self._bodies(pending, skip_identities)
                pending, pending_bytes = [], 0
            pending.append(envelope)
            pending_bytes += envelope.size
        yield from self._bodies(pending, skip_identities)

    def _envelopes(self, chunk: Sequence[int], ids_first: bool) -> list[_Envelope]:
        gmail = " X-GM-MSGID" if self.features.gmail else ""
        ids = " BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]" if ids_first else ""
        wanted = set(chunk)
        envelopes = []
        for item in self._uid_fetch(chunk, f"(UID RFC822.SIZE{gmail}{ids})"):
            if item.uid is None or item.size is None or item.uid not in wanted:
                continue
            header = next(iter(item.sections.values()), b"")
            envelopes.append(
                _Envelope(item.uid, item.size, _header_message_id(header), item.server_id)
            )
        return sorted(envelopes, key=lambda e: e.uid)

    def _bodies(
        self, envelopes: Sequence[_Envelope], skip_identities: Container[str]
    ) -> Iterator[FetchedMessage]:
        if not envelopes:
            return
        wanted = {e.uid for e in envelopes}
        bodies: dict[int, bytes] = {}
        for item in self._uid_fetch([e.uid for e in envelopes], "(UID BODY.PEEK[])"):
            raw = item.sections.get("BODY[]")
            if item.uid in wanted and raw is not None:
                bodies[item.uid] = raw
        for envelope in envelopes:
            raw = bodies.pop(envelope.uid, None)
            if raw is None:
                continue
            envelope.message_id = envelope.message_id or _header_message_id(_head(raw))
            identity = message_identity(envelope.message_id, raw)
            if identity in skip_identities:
                yield self._message(envelope, b"", identity, FetchStatus.KNOWN)
            else:
                yield self._message(envelope, raw, identity, FetchStatus.COMPLETE)

    def _oversized(
        self, envelope: _Envelope, skip_identities: Container[str]
    ) -> FetchedMessage:
        parts = f"(UID BODY.PEEK[HEADER]<0.{HEADER_LIMIT_BYTES}>)"
        header = b""
        for item in self._uid_fetch([envelope.uid], parts):
            if item.uid == envelope.uid:
                header = item.sections.get("BODY[HEADER]", b"")
        envelope.message_id = envelope.message_id or _header_message_id(header)
        identity = message_identity(envelope.message_id, header)
        if identity in skip_identities:
            return self._message(envelope, b"", identity, FetchStatus.KNOWN)
        return self._message(envelope, header, identity, FetchStatus.OVERSIZED)

    def _message(
        self, envelope: _Envelope, raw: bytes, identity: str, status: FetchStatus
    ) -> FetchedMessage:
        selected = self.selected
        return FetchedMessage(
            folder=selected.name,
            uidvalidity=selected.uidvalidity,
            uid=envelope.uid,
            raw=raw,
            size=envelope.size,
            identity=identity,
            message_id=envelope.message_id,
            status=status,
            server_id=envelope.server_id,
        )

    def _uid_fetch(self, uids: Sequence[int], parts: str) -> list[_FetchItem]:
        self._require_selected()
        with self._guard("UID FETCH"):
            typ, data = self._client.uid("FETCH", _uid_set(uids), parts)
        self._check("UID FETCH", typ, data)
        return _parse_fetch(data)

    def _require_selected(self) -> SelectedFolder:
        if self._box is None:
            raise self._error(MailboxUnavailable, "not connected")
        if self._selected is None:
            raise self._error(MailboxError, "select a folder first")
        return self._selected

    # waiting

    def wait_for_new(self, timeout: float) -> bool:
        """Block until the server reports new mail or the time is up. A NOOP first catches
        mail that arrived since the last command; then IDLE where offered, else a polling
        sleep of min(timeout, poll_interval) and another NOOP. True means "look again now"."""
        self._require_selected()
        if self._noop_saw_new():
            return True
        if self.features.idle:
            return self._idle(min(timeout, self.features.idle_limit_seconds))
        self._sleep(min(timeout, self.settings.poll_interval_seconds))
        return self._noop_saw_new()

    def _noop_saw_new(self) -> bool:
        client = self._client
        with self._guard("NOOP"):
            typ, data = client.noop()
        self._check("NOOP", typ, data)
        return client.untagged_responses.pop("EXISTS", None) is not None

    def _idle(self, timeout: float) -> bool:
        if self._box is None:
            raise self._error(MailboxUnavailable, "not connected")
        idle = self._box.idle
        with self._guard("IDLE"):
            idle.start()
            try:
                lines = idle.poll(timeout=timeout)
            finally:
                idle.stop()
        announced = self._client.untagged_responses.pop("EXISTS", None) is not None
        return announced or any(line.endswith(b" EXISTS") for line in lines)

    # marking

    def mark_processed(
        self,
        uids: int | Iterable[int],
        action: ProcessedAction,
        *,
        uidvalidity: int | None = None,
    ) -> MarkOutcome:
        """Move or flag messages whose events are durably stored. Never deletes: a move
        without the MOVE extension becomes a flag. Pass the UIDVALIDITY they were fetched
        under to be sure the UIDs still mean the same messages."""
        selected = self.selected
        wanted = (uids,) if isinstance(uids, int) else tuple(sorted(set(uids)))
        if uidvalidity is not None and uidvalidity != selected.uidvalidity:
            raise self._error(
                MailboxRenumbered,
                f"UIDs are from UIDVALIDITY {uidvalidity}, folder now has {selected.uidvalidity}",
            )
        if not wanted or action.kind is ProcessedKind.NOTHING:
            return MarkOutcome(wanted, ProcessedKind.NOTHING)
        if action.kind is ProcessedKind.MOVE:
            if self.features.move:
                self._move(wanted, action.target)
                return MarkOutcome(wanted, ProcessedKind.MOVE, action.target)
            return self._flag(wanted, action.fallback_flag, "server does not offer MOVE")
        return self._flag(wanted, action.target, "")

    def _move(self, uids: Sequence[int], folder: str) -> None:
        for chunk in _chunks(uids, MAX_BATCH_SIZE):
            with self._guard("UID MOVE"):
                typ, data = self._client.uid("MOVE", _uid_set(chunk), _folder_arg(folder))
            if typ != "OK" and "[TRYCREATE]" in _response_text(data):
                self._create_folder(folder)
                with self._guard("UID MOVE"):
                    typ, data = self._client.uid("MOVE", _uid_set(chunk), _folder_arg(folder))
            self._check("UID MOVE", typ, data)

    def _create_folder(self, folder: str) -> None:
        with self._guard("CREATE"):
            typ, data = self._client.create(_folder_arg(folder))
        if typ != "OK" and "[ALREADYEXISTS]" not in _response_text(data):
            self._check("CREATE", typ, data)

    def _flag(self, uids: Sequence[int], flag: str, note: str) -> MarkOutcome:
        if not flag.startswith("\\") and not self.selected.keywords_allowed:
            note = "; ".join(n for n in (note, f"server does not keep keywords like {flag}") if n)
            flag = "\\Seen"
        for chunk in _chunks(uids, MAX_BATCH_SIZE):
            with self._guard("UID STORE"):
                typ, data = self._client.uid("STORE", _uid_set(chunk), "+FLAGS.SILENT", f"({flag})")
            self._check("UID STORE", typ, data)
        return MarkOutcome(tuple(uids), ProcessedKind.FLAG, flag, note)


def _last_int(values: Sequence[object] | None) -> int | None:
    for value in reversed(values or ()):
        if isinstance(value, bytes):
            with contextlib.suppress(ValueError, IndexError):
                return int(value.split()[0])
    return None


def _folder_arg(folder: str) -> str:
    """The folder name quoted and in modified UTF-7, as IMAP commands take it."""
    return encode_folder(folder).decode("ascii")


def _quietly_drop(box: BaseMailBox) -> None:
    with contextlib.suppress(Exception):
        box.client.shutdown()
