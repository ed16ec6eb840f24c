"""Test support: adapter settings for a test server, messages, and `MemoryInbox`, a stand-in
for the store that runs ingest rounds the way the ingest service is meant to (plan, fetch,
judge, then advance the checkpoint and remember the identity)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.mail.imap import FetchedMessage, FetchStatus, ImapMailbox, ImapSettings, Security
from bot.mail.inbox_checkpoint import (
    FetchPlan,
    FolderCheckpoint,
    Verdict,
    advance,
    judge,
    plan_fetch,
)
from tests.imap_server import DovecotServer, MailUser


def imap_settings(server: DovecotServer, user: MailUser, **overrides: object) -> ImapSettings:
    """Adapter settings pointing at a test server (plain IMAP on loopback)."""
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "user": user.name,
        "password": user.password,
        "security": Security.NONE,
        "timeout_seconds": 30.0,
    }
    values.update(overrides)
    return ImapSettings(**values)  # type: ignore[arg-type]


def message(n: int, *, message_id: bool = True, body: str = "") -> bytes:
    """A small plain-text reply with CRLF line ends, numbered n."""
    lines = [
        "From: Debtor {n} <debtor{n}@example.test>",
        "To: accounts@brightwater.example",
        "Subject: Re: Invoice INV-{n:04d}",
        "Date: Mon, 02 Mar 2026 10:00:00 +0000",
    ]
    if message_id:
        lines.append("Message-ID: <reply-{n}@example.test>")
    lines += ["Content-Type: text/plain; charset=utf-8", "", body or "We paid on Friday. {n}", ""]
    return "\r\n".join(lines).format(n=n).encode()


@dataclass
class MemoryInbox:
    """The checkpoint, the seen identities and what was ingested, kept in memory."""

    checkpoint: FolderCheckpoint | None = None
    seen: set[str] = field(default_factory=set)
    ingested: list[FetchedMessage] = field(default_factory=list)
    skipped: list[FetchedMessage] = field(default_factory=list)
    plans: list[FetchPlan] = field(default_factory=list)

    def round(
        self,
        settings: ImapSettings,
        on_message: Callable[[FetchedMessage], None] | None = None,
    ) -> list[FetchedMessage]:
        """One ingest round on a fresh connection; returns the messages ingested in it. Each
        message is recorded as it comes (as the store commits each), so a round that fails
        half-way keeps what it finished."""
        got: list[FetchedMessage] = []
        with ImapMailbox(settings) as box:
            selected = box.select()
            plan = plan_fetch(self.checkpoint, selected.uidvalidity)
            self.plans.append(plan)
            for fetched in box.fetch_new(plan, skip_identities=self.seen):
                verdict = judge(plan, fetched.uid, fetched.identity, self.seen)
                if verdict is Verdict.INGEST and fetched.status is not FetchStatus.KNOWN:
                    got.append(fetched)
                    self.ingested.append(fetched)
                else:
                    self.skipped.append(fetched)
                self.seen.add(fetched.identity)
                self.checkpoint = advance(self.checkpoint, fetched.uidvalidity, fetched.uid)
                if on_message is not None:
                    on_message(fetched)
        return got

    def reloaded(self) -> MemoryInbox:
        """What a restarted process would load from the store: the saved checkpoint (through
        its JSON form) and identities, nothing else."""
        saved = None if self.checkpoint is None else self.checkpoint.to_json()
        return MemoryInbox(
            checkpoint=None if saved is None else FolderCheckpoint.from_json(saved),
            seen=set(self.seen),
        )
