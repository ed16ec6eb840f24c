"""Debtor replies from the collections mailbox into the account log.

One round: select the folder, plan from the stored checkpoint, fetch what is new, and for each
message, in UID order: keep the raw bytes (content-addressed), parse, match, and commit the
reply's events together with the checkpoint and the message's identity. Only then is the
message moved or flagged on the server. A message the parser cannot read is quarantined (an
event, with the error) and never blocks the ones after it.

For speed, messages are committed in groups (`COMMIT_EVERY`, or `batch_bytes` of mail): the
raw messages and attachments of a group are written with one flush to disk
(`Repository.put_blobs`), then one transaction, so one fsync, holds the events, identities and
checkpoint of the whole group. Every blob of a group is durable before the group's transaction
is, and nothing of the group is acknowledged (marked on the server, or skipped by the next
round) until that transaction is: a crash mid-group leaves none of it recorded (at most some
unreferenced blobs), and the next round reads it all again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime

from bot.clock import Clock
from bot.config import Config, ImapConfig
from bot.domain.addressing import TokenIndex
from bot.domain.events import EventType
from bot.domain.matching import AccountDirectory, MessageClues, match_account
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.imap import (
    FetchedMessage,
    FetchStatus,
    ImapMailbox,
    ImapSettings,
    MailboxLoginFailed,
    ProcessedAction,
    Security,
)
from bot.mail.inbox_checkpoint import (
    FolderCheckpoint,
    Verdict,
    advance,
    checkpoint_key,
    judge,
    plan_fetch,
)
from bot.mail.parse_pool import InlineParsing, ParseFailure, Results, message_parsing
from bot.mail.parse_reply import ParsedReply, parse_reply
from bot.services.outbox import record_task
from bot.services.replies import (
    QUARANTINE,
    ReceivedMessage,
    record_quarantined,
    record_reply,
    record_unmatched,
)
from bot.store.repository import Repository, Transaction

log = logging.getLogger("duebot.inbox")

COMMIT_EVERY = 100  # messages per transaction, and per flag/move on the server
GROUPS_IN_PARSE = 2
"""Groups left with the parsing workers while the reader commits the one before them: with
two, a worker that finishes its part of one group finds the next already waiting (the
workers were idle about a tenth of the time with one)."""


def imap_settings(config: ImapConfig) -> ImapSettings:
    return ImapSettings(
        host=config.host, user=config.user, password=config.resolved_password(),
        port=config.port, security=Security(config.security), folder=config.folder,
        batch_size=config.batch_size, max_message_bytes=config.max_message_mb * 1024 * 1024,
        poll_interval_seconds=config.check_every_minutes * 60,
    )


def processed_action(config: ImapConfig) -> ProcessedAction:
    if config.after_processing == "move":
        return ProcessedAction.move(config.processed_folder, fallback_flag=config.processed_flag)
    if config.after_processing == "flag":
        return ProcessedAction.flag(config.processed_flag)
    return ProcessedAction.nothing()


def seen_key(identity: str) -> str:
    return f"inbox-seen:{identity}"


def quarantine_key(identity: str) -> str:
    return f"inbox-quarantine:{identity}"


class SeenIdentities:
    """Identities of every message ever examined, one store key each (O(1) look-ups), and
    those of the group being read, not committed yet (`pending`)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self.pending: set[str] = set()

    def __contains__(self, identity: object) -> bool:
        return isinstance(identity, str) and (
            identity in self.pending or self._repo.meta(seen_key(identity)) is not None)


@dataclass(slots=True)
class _Read:
    """One message read and parsed (or not: `error`), its bytes not stored yet."""

    fetched: FetchedMessage
    now: datetime
    parsed: ParsedReply | None = None
    error: str = ""


@dataclass(slots=True)
class _Group:
    """Messages examined since the last commit."""

    read: list[_Read] = field(default_factory=list)
    examined: int = 0
    size: int = 0
    checkpoint: FolderCheckpoint | None = None


_Blobs = tuple[str, list[tuple[str, str, str]]]  # raw blob, [(filename, type, blob)]


LISTEN_SLICE_SECONDS = 5.0  # IDLE is renewed this often while listening, to notice a stop


@dataclass(slots=True)
class IngestReport:
    examined: int = 0
    ingested: int = 0
    duplicates: int = 0
    unmatched: int = 0
    quarantined: int = 0
    oversized: int = 0
    tasks: list[StaffTask] = field(default_factory=list)
    intents: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        return {"examined": self.examined, "ingested": self.ingested,
                "duplicates": self.duplicates, "unmatched": self.unmatched,
                "quarantined": self.quarantined, "oversized": self.oversized,
                "tasks": len(self.tasks)}


MailboxFactory = Callable[[ImapSettings], AbstractContextManager[ImapMailbox]]


class Inbox:
    def __init__(self, repo: Repository, config: Config, clock: Clock,
                 *, mailbox_factory: MailboxFactory = ImapMailbox,
                 parse: Callable[[bytes], ParsedReply] | None = None) -> None:
        """`parse` replaces the parser (read in this thread); by default messages are read
        by `message_parsing`, in worker processes when there are cores to spare."""
        if config.imap is None:
            raise ValueError("no [imap] section in the configuration")
        self._repo = repo
        self._imap = config.imap
        self._clock = clock
        self._settings = imap_settings(config.imap)
        self._open = mailbox_factory
        self._parse = parse or parse_reply
        self._parsing = (InlineParsing(parse) if parse is not None
                         else message_parsing(config.imap.parse_workers))
        self._reply_domain = config.business.reply_to.rpartition("@")[2].lower()
        self._profile = config.compliance.profile

    def warm_up(self) -> None:
        """Start the parsing workers now rather than with the first group (each loads the
        parser, about a second; a long-running reader pays that once either way)."""
        self._parsing.warm_up()

    @property
    def mailbox_name(self) -> str:
        return self._settings.mailbox_name

    def round(self, *, listen_seconds: float = 0, stop: threading.Event | None = None,
              on_ingested: Callable[[], None] | None = None) -> IngestReport:
        """Read everything new; then, for up to `listen_seconds`, wait on the same connection
        for more (IDLE where the server offers it, polling otherwise) and read it as it comes.
        `stop` ends the listening within `LISTEN_SLICE_SECONDS` (for a prompt shutdown);
        `on_ingested` is called (in this thread) after each read that recorded replies.
        Raises MailboxUnavailable (retry later) or MailboxLoginFailed (after raising an alert
        task for staff)."""
        report = IngestReport()
        deadline = time.monotonic() + listen_seconds

        def read(box: ImapMailbox) -> None:
            before = report.ingested
            self._read(box, report)
            if on_ingested is not None and report.ingested > before:
                on_ingested()

        try:
            with self._open(self._settings) as box:
                read(box)
                while (left := deadline - time.monotonic()) > 1:
                    if stop is not None and stop.is_set():
                        break
                    if box.wait_for_new(min(left, LISTEN_SLICE_SECONDS)):
                        read(box)
        except MailboxLoginFailed as exc:
            self._alert_login_failed(exc)
            raise
        return report

    def _read(self, box: ImapMailbox, report: IngestReport) -> None:
        """Fetch, and hand each full group to the parser; while workers read the last
        `GROUPS_IN_PARSE` groups, the group before them is committed and acknowledged (in
        order, so acknowledgements still follow commits)."""
        selected = box.select()
        key = checkpoint_key(self.mailbox_name, selected.name)
        stored = self._repo.meta(key)
        checkpoint = FolderCheckpoint.from_json(stored) if stored else None
        plan = plan_fetch(checkpoint, selected.uidvalidity)
        seen = SeenIdentities(self._repo)
        action = processed_action(self._imap)
        directory = self._directory()
        in_parse: deque[tuple[_Group, Results]] = deque()

        def record(group: _Group, results: Results, *, acknowledge: bool = True) -> None:
            for read, outcome in zip(group.read, results(), strict=True):
                if isinstance(outcome, ParseFailure):
                    log.warning("message quarantined", extra={"fields": {
                        "identity": read.fetched.identity, "uid": read.fetched.uid,
                        "error": outcome.error}})
                    read.error = outcome.error
                else:
                    read.parsed = outcome
            self._commit(group, key, seen, directory, report)
            if acknowledge:
                self._mark(box, group, action)

        def hand_over(group: _Group, *, waiting: int = GROUPS_IN_PARSE,
                      acknowledge: bool = True) -> None:
            """Submit `group`; record groups in order while more than `waiting` are out."""
            in_parse.append((group, self._parsing.submit([r.fetched.raw for r in group.read])))
            while len(in_parse) > waiting:
                record(*in_parse.popleft(), acknowledge=acknowledge)

        group = _Group()
        messages = box.fetch_new(plan, skip_identities=seen)
        while True:
            try:
                fetched = next(messages, None)
            except Exception:
                # what was read before the mailbox failed is good: keep it
                hand_over(group, waiting=0, acknowledge=False)
                raise
            if fetched is None:
                break
            report.examined += 1
            group.examined += 1
            checkpoint = advance(checkpoint, fetched.uidvalidity, fetched.uid)
            group.checkpoint = checkpoint
            verdict = judge(plan, fetched.uid, fetched.identity, seen)
            if verdict is not Verdict.INGEST or fetched.status is FetchStatus.KNOWN:
                report.duplicates += 1
            else:
                group.read.append(_Read(fetched, self._clock.now()))
                group.size += len(fetched.raw)
                seen.pending.add(fetched.identity)
            if group.examined >= COMMIT_EVERY or group.size >= self._settings.batch_bytes:
                hand_over(group)
                group = _Group()
        hand_over(group, waiting=0)

    def _mark(self, box: ImapMailbox, group: _Group, action: ProcessedAction) -> None:
        if group.read:
            box.mark_processed([r.fetched.uid for r in group.read], action,
                               uidvalidity=group.read[0].fetched.uidvalidity)

    def _directory(self) -> AccountDirectory:
        accounts = self._repo.accounts()
        tokens = TokenIndex(a.id for a in accounts)
        by_contact: dict[str, set[str]] = {}
        for account in accounts:
            for email in account.emails:
                by_contact.setdefault(email.strip().lower(), set()).add(account.id)

        def account_for_key(k: str) -> str | None:
            entry = self._repo.outbox(k)
            return entry.account_id if entry else None

        def account_for_address(address: str) -> str | None:
            if self._reply_domain not in address.lower():
                return None
            return tokens.account_for(address)

        return AccountDirectory(
            account_for_key=account_for_key,
            account_for_address=account_for_address,
            accounts_by_contact={k: frozenset(v) for k, v in by_contact.items()},
            account_by_invoice={i.number: i.account_id for i in self._repo.invoices()},
        )

    def _commit(self, group: _Group, key: str, seen: SeenIdentities,
                directory: AccountDirectory, report: IngestReport) -> None:
        """Record a group of messages in one transaction, once all their blobs are durable."""
        if group.checkpoint is None:
            return
        blobs = self._store_blobs(group.read)
        quarantined = ingested = 0
        with self._repo.transaction() as tx:
            for read, (raw_blob, attachments) in zip(group.read, blobs, strict=True):
                fetched = read.fetched
                received = ReceivedMessage(fetched.identity, self.mailbox_name, fetched.folder,
                                           fetched.uidvalidity, fetched.uid, raw_blob,
                                           tuple(attachments))
                if read.parsed is None:
                    record_quarantined(tx, received=received, error=read.error, now=read.now)
                    tx.put_meta(quarantine_key(fetched.identity),
                                {"raw_blob": raw_blob, "source": fetched.uid})
                    tx.put_meta(seen_key(fetched.identity), "quarantined")
                    quarantined += 1
                    continue
                self._record(tx, read.parsed, received, directory, report, read.now,
                             oversized=fetched.status is FetchStatus.OVERSIZED)
                tx.put_meta(seen_key(fetched.identity), "ingested")
                ingested += 1
            tx.put_meta(key, group.checkpoint.to_json())
        seen.pending.difference_update(read.fetched.identity for read in group.read)
        report.quarantined += quarantined
        report.ingested += ingested
        for read in group.read:
            if read.parsed is not None:
                intent = str(read.parsed.intent)
                report.intents[intent] = report.intents.get(intent, 0) + 1

    def _store_blobs(self, group: list[_Read]) -> list[_Blobs]:
        """Keep the raw bytes and the attachments of a group of messages in one pack file
        (one flush to disk); returns (raw blob, [(filename, type, blob)]) per message."""
        if not group:
            return []
        files = [(number, attachment) for number, read in enumerate(group)
                 for attachment in (read.parsed.attachments if read.parsed else ())]
        stored = self._repo.put_blobs(
            [read.fetched.raw for read in group] + [a.content for _, a in files],
            [".eml"] * len(group) + [_suffix(a.filename) for _, a in files])
        raw_blobs, names = stored[: len(group)], stored[len(group) :]
        attached: list[list[tuple[str, str, str]]] = [[] for _ in group]
        for (number, attachment), name in zip(files, names, strict=True):
            attached[number].append((attachment.filename, attachment.content_type, name))
        return list(zip(raw_blobs, attached, strict=True))

    def _record(self, tx: Transaction, parsed: ParsedReply, received: ReceivedMessage,
                directory: AccountDirectory, report: IngestReport, now: datetime,
                *, oversized: bool = False) -> None:
        bounce = parsed.bounce
        ids = (*([parsed.in_reply_to] if parsed.in_reply_to else []), *parsed.references,
               *([bounce.original_message_id] if bounce and bounce.original_message_id else []),
               *([bounce.original_in_reply_to] if bounce and bounce.original_in_reply_to
                 else []),
               *(bounce.original_references if bounce else ()))
        clues = MessageClues(message_ids=tuple(ids),
                             addresses=(*parsed.to, *parsed.delivered_to),
                             sender=parsed.sender, invoices=parsed.invoices)
        match = match_account(clues, directory)
        account = self._repo.account(match.account_id) if match else None
        if match is None or account is None:
            report.tasks.append(record_unmatched(tx, parsed=parsed, received=received, now=now))
            report.unmatched += 1
            return
        open_invoices = [i for i in self._repo.invoices(account.id) if i.is_open]
        report.tasks.extend(record_reply(tx, account=account, open_invoices=open_invoices,
                                         parsed=parsed, received=received,
                                         matched_by=str(match.by), now=now,
                                         profile=self._profile))
        if oversized:
            report.oversized += 1
            task = StaffTask(id=f"reply:oversized:{received.identity}", account_id=account.id,
                             kind=TaskKind.TRIAGE, created_at=now, due_on=now.date(),
                             reason=(f"A very large message from {parsed.sender} was kept as "
                                     "headers only; please read it in the mailbox."))
            record_task(tx, task)
            report.tasks.append(task)

    def _alert_login_failed(self, exc: MailboxLoginFailed) -> None:
        now = self._clock.now()
        task_id = f"alert:imap-login:{now.date().isoformat()}"
        if self._repo.task(task_id) is not None:
            return
        with self._repo.transaction() as tx:
            record_task(tx, StaffTask(
                id=task_id, account_id="~system", kind=TaskKind.ALERT, created_at=now,
                due_on=now.date(),
                reason=(f"duebot cannot log in to the collections mailbox {self.mailbox_name}: "
                        f"{exc}. Replies are not being read; please check the IMAP settings.")))

    def quarantined(self) -> Iterator[tuple[str, str]]:
        """(identity, raw blob) of each message still in quarantine."""
        released = {e.data.get("identity") for e in self._repo.log(QUARANTINE)
                    if e.type == EventType.REPLY_RELEASED}
        for event in self._repo.log(QUARANTINE):
            if event.type == EventType.REPLY_QUARANTINED and event.data["identity"] not in released:
                yield event.data["identity"], event.data["raw_blob"]

    def retry_quarantined(self) -> IngestReport:
        """Parse quarantined messages again (after a fix); those that now parse are recorded."""
        report = IngestReport()
        directory = self._directory()
        for identity, blob in list(self.quarantined()):
            raw = self._repo.read_blob(blob)
            report.examined += 1
            try:
                parsed = self._parse(raw)
            except Exception as exc:
                log.warning("still unreadable", extra={"fields": {"identity": identity,
                                                                  "error": repr(exc)}})
                report.quarantined += 1
                continue
            now = self._clock.now()
            received = ReceivedMessage(identity, self.mailbox_name, "", 0, 0, blob)
            with self._repo.transaction() as tx:
                self._record(tx, parsed, received, directory, report, now)
                tx.append(QUARANTINE, EventType.REPLY_RELEASED, at=now, actor="duebot:inbox",
                          data={"identity": identity})
            report.ingested += 1
        return report


def _suffix(filename: str) -> str:
    dot = filename.rfind(".")
    ext = filename[dot:] if dot >= 0 and len(filename) - dot <= 8 else ".bin"
    return ext if ext[1:].isalnum() else ".bin"

