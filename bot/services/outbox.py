"""The idempotent outbox: every email duebot sends goes through here, exactly once.

An email's life, each step a durable fact before the next begins:

    queued -> attempting -> sent | deferred (-> attempting ...) | rejected
                        \\-> unknown      (a crash left the SMTP outcome unknown)
    queued | deferred -> cancelled      (the compliance gate said no at send time)

The key (and so the Message-ID) is fixed when the email is queued; queuing the same key again
does nothing. `attempting` is recorded before the SMTP transaction starts, so after a crash an
entry still `attempting` may or may not have reached the server: it is never resent but
reported to staff as `unknown`. Everything else is either sent once or still due.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from bot.clock import Clock
from bot.domain.events import EventType
from bot.domain.reminders import Reminder
from bot.domain.retry import next_retry_at
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.smtp import SendOutcome, Stage
from bot.services.group_commit import GroupCommit
from bot.store.repository import OutboxEntry, OutboxState, Repository, Transaction

ACTOR = "duebot"


class MailSender(Protocol):
    async def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> SendOutcome: ...


@dataclass(frozen=True, slots=True)
class GateVerdict:
    """What the compliance gate says about sending an outbox entry right now."""

    allowed: bool
    reason: str = ""
    final: bool = False  # True: never send (cancel); False: not now, try again later


SendGate = Callable[[OutboxEntry, datetime], GateVerdict]


@dataclass(frozen=True, slots=True)
class OutgoingEmail:
    """A composed email, ready to be queued."""

    reminder: Reminder
    raw: bytes
    message_id: str
    subject: str


@dataclass(slots=True)
class DispatchReport:
    sent: list[OutboxEntry] = field(default_factory=list)
    deferred: list[OutboxEntry] = field(default_factory=list)
    rejected: list[OutboxEntry] = field(default_factory=list)
    cancelled: list[OutboxEntry] = field(default_factory=list)
    unknown: list[OutboxEntry] = field(default_factory=list)
    waiting: list[tuple[OutboxEntry, str]] = field(default_factory=list)


def record_task(tx: Transaction, task: StaffTask) -> None:
    """Create a staff task and its log event in the same transaction."""
    tx.put_task(task)
    tx.append(
        task.account_id,
        EventType.TASK_CREATED,
        at=task.created_at,
        actor=ACTOR,
        invoices=task.invoices,
        data={"task_id": task.id, "kind": str(task.kind), "reason": task.reason,
              "due_on": task.due_on.isoformat(),
              **({"step": task.step} if task.step else {})},
    )


def close_task(tx: Transaction, task: StaffTask, *, outcome: str, by: str, actor: str,
               summary: str, now: datetime) -> StaffTask:
    """Mark a staff task done and log who closed it, how, and in a word what happened."""
    done = replace(task, done_at=now, outcome=outcome)
    tx.put_task(done)
    tx.append(task.account_id, EventType.TASK_DONE, at=now, actor=actor, invoices=task.invoices,
              data={"task_id": task.id, "outcome": outcome, "by": by, "summary": summary})
    return done


REST_SUFFIX = "+rest"


def blames_the_address(outcome: SendOutcome) -> bool:
    """A permanent refusal says the address is bad only when it came at RCPT TO; a 5xx at
    MAIL FROM or DATA is about our sender or the message, whoever it was going to."""
    return outcome.stage is Stage.RCPT and bool(outcome.refused_recipients)


class Outbox:
    def __init__(
        self,
        repo: Repository,
        clock: Clock,
        sender: MailSender,
        *,
        envelope_from: str,
        gate: SendGate,
        max_attempts: int,
        retry_base_seconds: float,
        concurrency: int,
    ) -> None:
        self._repo = repo
        self._clock = clock
        self._sender = sender
        self._envelope_from = envelope_from
        self._gate = gate
        self._max_attempts = max_attempts
        self._retry_base = retry_base_seconds
        self._concurrency = concurrency

    def queue(self, reminder: Reminder, raw: bytes, message_id: str, subject: str) -> bool:
        """Record the email as due. False (and nothing written) if its key is already known."""
        return bool(self.queue_many([OutgoingEmail(reminder, raw, message_id, subject)]))

    def queue_many(self, emails: Sequence[OutgoingEmail]) -> list[Reminder]:
        """Record several emails as due in one durable step (their bytes first, then one
        transaction for the entries and their events). Returns the reminders newly queued;
        keys already known are left alone."""
        fresh: dict[str, OutgoingEmail] = {}
        for email in emails:
            if email.reminder.key not in fresh and self._repo.outbox(email.reminder.key) is None:
                fresh[email.reminder.key] = email
        if not fresh:
            return []
        blobs = self._repo.put_blobs([email.raw for email in fresh.values()])
        now = self._clock.now()
        with self._repo.transaction() as tx:
            for email, blob in zip(fresh.values(), blobs, strict=True):
                reminder = email.reminder
                tx.put_outbox(OutboxEntry(
                    key=reminder.key,
                    message_id=email.message_id,
                    account_id=reminder.account_id,
                    to=reminder.to,
                    step=reminder.step,
                    invoices=reminder.invoices,
                    message_blob=blob,
                    state=OutboxState.QUEUED,
                    attempts=0,
                    created_at=now,
                    updated_at=now,
                ))
                tx.append(
                    reminder.account_id,
                    EventType.EMAIL_QUEUED,
                    at=now,
                    actor=ACTOR,
                    invoices=reminder.invoices,
                    data={"key": reminder.key, "message_id": email.message_id,
                          "step": reminder.step, "template": reminder.template,
                          "to": list(reminder.to), "subject": email.subject,
                          "reason": reminder.reason},
                )
        return [email.reminder for email in fresh.values()]

    def recover(self) -> list[OutboxEntry]:
        """At start-up, after a crash: entries left `attempting` may or may not have reached
        the server. Each becomes `unknown`, with a staff task; none is resent."""
        now = self._clock.now()
        recovered = []
        for entry in self._repo.outbox_entries([OutboxState.ATTEMPTING]):
            with self._repo.transaction() as tx:
                recovered.append(self._mark_unknown(
                    tx, entry, now, "duebot stopped in the middle of sending it"))
        return recovered

    def _mark_unknown(
        self, tx: Transaction, entry: OutboxEntry, now: datetime, why: str
    ) -> OutboxEntry:
        unknown = replace(entry, state=OutboxState.UNKNOWN, updated_at=now, last_error=why)
        tx.put_outbox(unknown)
        tx.append(entry.account_id, EventType.EMAIL_UNKNOWN, at=now, actor=ACTOR,
                  invoices=entry.invoices,
                  data={"key": entry.key, "message_id": entry.message_id,
                        "to": list(entry.to), "reason": why})
        record_task(tx, StaffTask(
            id=f"delivery-unknown:{entry.key}",
            account_id=entry.account_id,
            kind=TaskKind.DELIVERY_UNKNOWN,
            reason=(f"The {entry.step!r} email to {', '.join(entry.to)} may or may not have "
                    f"arrived ({why}), so duebot will not resend it. Message-ID "
                    f"{entry.message_id}."),
            created_at=now,
            due_on=now.date(),
            invoices=entry.invoices,
        ))
        return unknown

    def due_entries(self, now: datetime) -> list[OutboxEntry]:
        entries = self._repo.outbox_entries([OutboxState.QUEUED, OutboxState.DEFERRED])
        return [e for e in entries if e.next_attempt_at is None or e.next_attempt_at <= now]

    async def dispatch(self) -> DispatchReport:
        """Send every entry that is due now, through the gate, `concurrency` at a time."""
        report = DispatchReport()
        slots = asyncio.Semaphore(self._concurrency)
        commits = GroupCommit(self._repo)

        async def one(entry: OutboxEntry) -> None:
            async with slots:
                await self._send_one(entry, report, commits)

        await asyncio.gather(*(one(e) for e in self.due_entries(self._clock.now())))
        await commits.drain()
        return report

    async def _send_one(
        self, entry: OutboxEntry, report: DispatchReport, commits: GroupCommit
    ) -> None:
        now = self._clock.now()
        verdict = self._gate(entry, now)
        if not verdict.allowed:
            if verdict.final:
                report.cancelled.append(
                    await commits.write(lambda tx: self._cancel(tx, entry, verdict.reason, now)))
            else:
                report.waiting.append((entry, verdict.reason))
            return
        attempting = replace(entry, state=OutboxState.ATTEMPTING, attempts=entry.attempts + 1,
                             updated_at=now)

        def record_attempt(tx: Transaction) -> None:
            tx.put_outbox(attempting)
            tx.append(entry.account_id, EventType.EMAIL_ATTEMPTED, at=now, actor=ACTOR,
                      invoices=entry.invoices,
                      data={"key": entry.key, "message_id": entry.message_id,
                            "attempt": attempting.attempts})

        await commits.write(record_attempt)
        raw = self._repo.read_blob(entry.message_blob)
        outcome = await self._sender.send(raw, self._envelope_from, entry.to)
        # Not awaited: the outcome shares a flush with the next message's attempt record, which
        # is committed after it (so before that message is sent, this outcome is durable too).
        # A crash before the flush leaves this email "attempting": reported unknown, not resent.
        commits.submit(lambda tx: self._record_outcome(tx, attempting, outcome, report))

    def _cancel(
        self, tx: Transaction, entry: OutboxEntry, reason: str, now: datetime
    ) -> OutboxEntry:
        cancelled = replace(entry, state=OutboxState.CANCELLED, updated_at=now, last_error=reason)
        tx.put_outbox(cancelled)
        tx.append(entry.account_id, EventType.EMAIL_CANCELLED, at=now, actor=ACTOR,
                  invoices=entry.invoices,
                  data={"key": entry.key, "message_id": entry.message_id, "reason": reason})
        return cancelled

    def _record_outcome(
        self, tx: Transaction, entry: OutboxEntry, outcome: SendOutcome, report: DispatchReport
    ) -> None:
        now = self._clock.now()
        base = {"key": entry.key, "message_id": entry.message_id}
        if outcome.delivered:
            delivered_to = [a for a in entry.to if a not in outcome.refused_recipients]
            done = replace(entry, state=OutboxState.SENT, updated_at=now, last_error=None)
            tx.put_outbox(done)
            tx.append(entry.account_id, EventType.EMAIL_SENT, at=now, actor=ACTOR,
                      invoices=entry.invoices,
                      data={**base, "to": delivered_to, "step": entry.step})
            if outcome.refused_recipients:
                self._mark_undeliverable(tx, entry, outcome, now)
            if outcome.deferred_recipients:
                report.deferred.append(self._retry_for_deferred(tx, entry, outcome, now))
            report.sent.append(done)
        elif outcome.uncertain:
            report.unknown.append(self._mark_unknown(
                tx, entry, now, f"the connection failed after the message was handed over: "
                                f"{outcome.describe()}"))
        elif outcome.permanent or entry.attempts >= self._max_attempts:
            reason = outcome.reason if outcome.permanent else (
                f"gave up after {entry.attempts} attempts: {outcome.describe()}")
            done = replace(entry, state=OutboxState.REJECTED, updated_at=now,
                           last_error=f"{outcome.code} {reason}")
            tx.put_outbox(done)
            tx.append(entry.account_id, EventType.EMAIL_REJECTED, at=now, actor=ACTOR,
                      invoices=entry.invoices,
                      data={**base, "code": outcome.code, "reason": reason,
                            "stage": str(outcome.stage), "to": list(entry.to)})
            if outcome.permanent and blames_the_address(outcome):
                self._mark_undeliverable(tx, entry, outcome, now)
            else:
                self._alert_rejected(tx, entry, reason, outcome, now)
            report.rejected.append(done)
        else:
            retry_at = next_retry_at(entry.attempts, now, self._retry_base)
            later = replace(entry, state=OutboxState.DEFERRED, updated_at=now,
                            next_attempt_at=retry_at,
                            last_error=f"{outcome.code} {outcome.reason}")
            tx.put_outbox(later)
            tx.append(entry.account_id, EventType.EMAIL_DEFERRED, at=now, actor=ACTOR,
                      invoices=entry.invoices,
                      data={**base, "code": outcome.code, "reason": outcome.reason,
                            "attempt": entry.attempts, "retry_at": retry_at.isoformat()})
            report.deferred.append(later)

    def _retry_for_deferred(
        self, tx: Transaction, entry: OutboxEntry, outcome: SendOutcome, now: datetime
    ) -> OutboxEntry:
        """The server took the message for some recipients and said "later" for others: the
        same message (same Message-ID) goes again to those only, as its own outbox entry."""
        retry_at = next_retry_at(entry.attempts, now, self._retry_base)
        rest = replace(entry, key=f"{entry.key}{REST_SUFFIX}", to=outcome.deferred_recipients,
                       state=OutboxState.DEFERRED, updated_at=now, next_attempt_at=retry_at,
                       last_error=f"{outcome.code} {outcome.reason}")
        tx.put_outbox(rest)
        tx.append(entry.account_id, EventType.EMAIL_DEFERRED, at=now, actor=ACTOR,
                  invoices=entry.invoices,
                  data={"key": rest.key, "message_id": entry.message_id, "code": outcome.code,
                        "reason": outcome.reason, "attempt": entry.attempts,
                        "retry_at": retry_at.isoformat(), "to": list(rest.to)})
        return rest

    def _alert_rejected(
        self, tx: Transaction, entry: OutboxEntry, reason: str, outcome: SendOutcome,
        now: datetime,
    ) -> None:
        """The message itself was refused (size, content, our sender, repeated 4xx): nothing
        says the debtor's address is wrong, so a person looks instead of the address being
        stopped."""
        record_task(tx, StaffTask(
            id=f"rejected:{entry.key}",
            account_id=entry.account_id,
            kind=TaskKind.ALERT,
            reason=(f"The {entry.step} email to {', '.join(entry.to)} was not delivered: "
                    f"{outcome.code or ''} {reason} (at {outcome.stage}). "
                    "Please check the mail settings or contact the debtor another way."),
            created_at=now,
            due_on=now.date(),
            invoices=entry.invoices,
        ))

    def _mark_undeliverable(
        self, tx: Transaction, entry: OutboxEntry, outcome: SendOutcome, now: datetime
    ) -> None:
        refused = outcome.refused_recipients or entry.to
        for address in refused:
            tx.append(entry.account_id, EventType.ADDRESS_UNDELIVERABLE, at=now, actor=ACTOR,
                      data={"address": address,
                            "reason": f"server refused: {outcome.code} {outcome.reason}"})
        record_task(tx, StaffTask(
            id=f"undeliverable:{entry.key}",
            account_id=entry.account_id,
            kind=TaskKind.UNDELIVERABLE,
            reason=(f"The mail server refused {', '.join(refused)} "
                    f"({outcome.code} {outcome.reason}). Please find a working address."),
            created_at=now,
            due_on=now.date(),
            invoices=entry.invoices,
        ))
