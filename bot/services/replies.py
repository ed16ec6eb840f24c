"""What a debtor's message changes, as DESIGN.md's intent table says: each reply becomes one
REPLY_RECEIVED event, followed in the same transaction by the events and staff tasks that
set what duebot does next (pause, stop, defer, ask a person)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.config import ComplianceProfile
from bot.domain.events import EventType
from bot.domain.models import Account, Invoice
from bot.domain.replies.hardship import says_hardship
from bot.domain.replies.intents import ReplyIntent
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.parse_reply import ParsedReply
from bot.services.outbox import record_task
from bot.store.repository import Transaction

ACTOR = "duebot:inbox"
#: Intents whose words are read for hardship (a dispute or a "paid" is not a plea for time).
_HARDSHIP_INTENTS = frozenset((ReplyIntent.PAYMENT_PLAN, ReplyIntent.PROMISE_TO_PAY,
                               ReplyIntent.QUESTION, ReplyIntent.ACKNOWLEDGED,
                               ReplyIntent.UNCLEAR))
UNMATCHED = "~unmatched"  # the log that holds mail no account could be found for
QUARANTINE = "~quarantine"  # the log that holds mail the parser could not read


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    """Where a message came from and where its bytes are kept."""

    identity: str
    mailbox: str
    folder: str
    uidvalidity: int
    uid: int
    raw_blob: str
    attachment_blobs: tuple[tuple[str, str, str], ...] = ()  # (filename, type, blob)


def reply_event_data(parsed: ParsedReply, received: ReceivedMessage, matched_by: str
                     ) -> dict[str, Any]:
    bounce = parsed.bounce
    return {
        "message_id": parsed.message_id,
        "identity": received.identity,
        "from": parsed.sender,
        "subject": parsed.subject,
        "date": parsed.date.isoformat() if parsed.date else None,
        "intent": str(parsed.intent),
        "new_text": parsed.new_text,
        "promised_date": parsed.promised_date.isoformat() if parsed.promised_date else None,
        "amount": str(parsed.amount) if parsed.amount is not None else None,
        "currency": parsed.currency,
        "return_date": parsed.return_date.isoformat() if parsed.return_date else None,
        "bounce": ({"kind": bounce.kind, "status": bounce.status, "recipient": bounce.recipient}
                   if bounce else None),
        "matched_by": matched_by,
        "raw_blob": received.raw_blob,
        "attachments": [{"filename": f, "content_type": t, "blob": b}
                        for f, t, b in received.attachment_blobs],
        "source": {"mailbox": received.mailbox, "folder": received.folder,
                   "uidvalidity": received.uidvalidity, "uid": received.uid},
    }


def _task(kind: TaskKind, account: Account, received: ReceivedMessage, reason: str,
          invoices: tuple[str, ...], now: datetime) -> StaffTask:
    return StaffTask(id=f"reply:{kind}:{received.identity}", account_id=account.id, kind=kind,
                     reason=reason, created_at=now, due_on=now.date(), invoices=invoices,
                     assigned_to=account.assigned_to)


def record_reply(
    tx: Transaction,
    *,
    account: Account,
    open_invoices: list[Invoice],
    parsed: ParsedReply,
    received: ReceivedMessage,
    matched_by: str,
    now: datetime,
    profile: ComplianceProfile = "b2b",
) -> list[StaffTask]:
    """Log the reply and apply its effects; returns the staff tasks it created. `profile` is
    the owner's compliance profile (a UK consumer's hardship reply stops fees)."""
    mentioned = tuple(i.number for i in open_invoices if i.number in parsed.invoices)
    about = mentioned or tuple(i.number for i in open_invoices)
    hardship = parsed.intent in _HARDSHIP_INTENTS and says_hardship(parsed.new_text)
    tx.append(account.id, EventType.REPLY_RECEIVED, at=now, actor=f"debtor:{parsed.sender}",
              invoices=about, data={**reply_event_data(parsed, received, matched_by),
                                    "hardship": hardship})
    quote = parsed.new_text.strip()[:300]
    said = f'{account.name} ({parsed.sender}) wrote: "{quote}"' if quote else (
        f"{account.name} ({parsed.sender}) replied")
    tasks: list[StaffTask] = []

    def pause(reason: str, until: str | None = None, invoices: tuple[str, ...] = about) -> None:
        if invoices:
            tx.append(account.id, EventType.INVOICES_PAUSED, at=now, actor=ACTOR,
                      invoices=invoices, data={"reason": reason, "until": until})

    def stop(address: str, reason: str) -> None:
        tx.append(account.id, EventType.CONTACT_STOPPED, at=now, actor=ACTOR,
                  data={"address": address, "reason": reason})

    def ask(kind: TaskKind, reason: str) -> None:
        task = _task(kind, account, received, reason, about, now)
        record_task(tx, task)
        tasks.append(task)

    intent = parsed.intent
    if intent is ReplyIntent.BOUNCE and parsed.bounce is not None:
        recipient = parsed.bounce.recipient
        if parsed.bounce.kind == "hard" and recipient:
            tx.append(account.id, EventType.ADDRESS_UNDELIVERABLE, at=now, actor=ACTOR,
                      data={"address": recipient,
                            "reason": f"bounced ({parsed.bounce.status or 'hard'})"})
            ask(TaskKind.UNDELIVERABLE,
                f"Mail to {recipient} bounced ({parsed.bounce.status}). "
                f"Please find a working address for {account.name}.")
    elif intent is ReplyIntent.AUTO_REPLY:
        if parsed.return_date is not None:
            tx.append(account.id, EventType.REMINDERS_DEFERRED, at=now, actor=ACTOR,
                      data={"until": parsed.return_date.isoformat(),
                            "reason": f"auto-reply from {parsed.sender}: away until then"})
    elif intent is ReplyIntent.CEASE:
        stop(parsed.sender, "cease")
        ask(TaskKind.ALERT, f"{said}. They asked not to be contacted: automated email to "
                            f"{parsed.sender} has stopped until a person re-enables it.")
    elif intent is ReplyIntent.WRONG_PERSON:
        stop(parsed.sender, "wrong_person")
        ask(TaskKind.NEW_CONTACT, f"{said}. Not the right person: duebot will not write to "
                                  f"{parsed.sender} again. Please find the right contact.")
    elif intent is ReplyIntent.DISPUTE:
        pause("dispute")
        ask(TaskKind.RESOLVE_DISPUTE, f"{said}. The invoice is disputed and paused; "
                                      "please resolve it.")
    elif intent is ReplyIntent.PAID:
        pause("debtor says paid")
        ask(TaskKind.VERIFY_PAYMENT, f"{said}. Please check the payment has arrived.")
    elif intent is ReplyIntent.PAYMENT_PLAN and hardship and profile == "uk_consumer":
        pause("asked for a payment plan (hardship)")
        tx.append(account.id, EventType.FEES_STOPPED, at=now, actor=ACTOR,
                  data={"reason": "the debtor told us of financial hardship", "source": "reply"})
        ask(TaskKind.AGREE_PLAN, f"{said}. They told us of financial hardship: fees and interest "
                                 "are stopped, reminders are paused, and duebot is sending them "
                                 "a plan offer with links to free debt advice. Please agree an "
                                 "affordable plan.")
    elif intent is ReplyIntent.PAYMENT_PLAN:
        pause("asked for a payment plan")
        ask(TaskKind.AGREE_PLAN, f"{said}. Reminders are paused; please agree a plan.")
    elif intent is ReplyIntent.PROMISE_TO_PAY:
        if parsed.promised_date is not None and about:
            currency = parsed.currency or (open_invoices[0].currency if open_invoices else None)
            tx.append(account.id, EventType.PROMISE_MADE, at=now, actor=f"debtor:{parsed.sender}",
                      invoices=about,
                      data={"date": parsed.promised_date.isoformat(),
                            "amount": str(parsed.amount) if parsed.amount is not None else None,
                            "currency": currency, "source": "reply"})
        else:
            ask(TaskKind.TRIAGE, f"{said}. A promise to pay without a clear date: "
                                 "please confirm the date.")
    elif intent is ReplyIntent.QUESTION:
        ask(TaskKind.ANSWER_QUESTION, f"{said}. Please answer their question.")
    elif intent is ReplyIntent.UNCLEAR:
        ask(TaskKind.TRIAGE, f"{said}. duebot could not tell what they meant; please read it.")
    return tasks


def record_unmatched(tx: Transaction, *, parsed: ParsedReply, received: ReceivedMessage,
                     now: datetime) -> StaffTask:
    """Mail no account could be found for: logged and handed to a person to triage."""
    tx.append(UNMATCHED, EventType.REPLY_RECEIVED, at=now, actor=f"debtor:{parsed.sender}",
              data=reply_event_data(parsed, received, "none"))
    task = StaffTask(
        id=f"reply:unmatched:{received.identity}", account_id=UNMATCHED, kind=TaskKind.TRIAGE,
        reason=(f"A message from {parsed.sender} ({parsed.subject!r}, read as "
                f"{parsed.intent}) matched no account; please file it."),
        created_at=now, due_on=now.date())
    record_task(tx, task)
    return task


def record_quarantined(tx: Transaction, *, received: ReceivedMessage, error: str,
                       now: datetime) -> None:
    tx.append(QUARANTINE, EventType.REPLY_QUARANTINED, at=now, actor=ACTOR,
              data={"identity": received.identity, "error": error,
                    "raw_blob": received.raw_blob,
                    "source": {"mailbox": received.mailbox, "folder": received.folder,
                               "uidvalidity": received.uidvalidity, "uid": received.uid}})
