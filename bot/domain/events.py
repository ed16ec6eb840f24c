"""The account log: an append-only, tamper-evident sequence of events per account.

Every fact duebot learns or acts on is one `Event`. Each event carries the hash of the
previous event of its account, so editing or dropping an event breaks the chain and
`verify_chain` names the first broken link.

The `data` of each event type is a JSON object; the keys each type carries are listed on the
`EventType` members below. That list is the contract between the services that write events
and the folds (`bot.domain.account_state`) that read them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from bot.domain.canonical_json import canonical_json

GENESIS_HASH = "0" * 64


class EventType(StrEnum):
    """What happened. Data keys per type are given in each comment."""

    # {"name", "source"}: an account was created or changed by import or by hand.
    ACCOUNT_UPDATED = "account_updated"
    # {"number", "amount", "balance", "currency", "due_on", "status", "source"}
    INVOICE_UPDATED = "invoice_updated"
    # {"reference", "amount", "currency", "received_on", "allocations": {number: amount}, "source"}
    PAYMENT_RECORDED = "payment_recorded"

    # {"key", "message_id", "step", "template", "to", "subject"}: an email is due and about to go.
    EMAIL_QUEUED = "email_queued"
    # {"key", "message_id"}: the SMTP transaction for this message is starting.
    EMAIL_ATTEMPTED = "email_attempted"
    # {"key", "message_id", "to", "step"}: the server accepted the message.
    EMAIL_SENT = "email_sent"
    # {"key", "message_id", "code", "reason", "attempt", "retry_at"}: 4xx or connection trouble.
    EMAIL_DEFERRED = "email_deferred"
    # {"key", "message_id", "code", "reason", "stage", "to"}: refused for good (5xx, or gave
    # up); only a refusal at RCPT also writes ADDRESS_UNDELIVERABLE.
    EMAIL_REJECTED = "email_rejected"
    # {"key", "message_id", "to"}: a crash left it unknown whether the server got it.
    EMAIL_UNKNOWN = "email_unknown"

    # {"key", "message_id", "reason"}: not sent after all; the gate said no at send time.
    EMAIL_CANCELLED = "email_cancelled"

    # {"address", "reason"}: never email this address again (bounce, 5xx).
    ADDRESS_UNDELIVERABLE = "address_undeliverable"
    # {"address", "reason"}: the debtor asked us to stop (cease) or is the wrong person.
    CONTACT_STOPPED = "contact_stopped"
    # {"address", "reason"}: a person re-enabled contact.
    CONTACT_REENABLED = "contact_reenabled"

    # {"reason", "until" (ISO date or null)}: reminders on `invoices` are paused.
    INVOICES_PAUSED = "invoices_paused"
    # {"reason"}: a pause on `invoices` is lifted.
    INVOICES_RESUMED = "invoices_resumed"
    # {"until" (ISO date), "reason"}: hold all reminders to the account until then.
    REMINDERS_DEFERRED = "reminders_deferred"

    # {"date", "amount", "currency", "source" ("reply"|"call"|"manual"), "by" (optional)}:
    # a promise to pay (bot.domain.agreements); `amount` null means the invoices' balance.
    PROMISE_MADE = "promise_made"
    # {"promise_date", "reason", "agreement" (optional), "amount", "paid"}
    PROMISE_BROKEN = "promise_broken"
    # {"instalments": [{"due_on", "amount"}], "currency", "total", "by", "method" (optional),
    # "source" (optional, "call" when absent)}: a payment plan.
    PLAN_AGREED = "plan_agreed"
    # {"agreement", "instalment", "due_on", "amount", "paid", "currency", "reason"}: a plan's
    # instalment was not paid in full within the grace after its date; the plan is broken.
    INSTALMENT_MISSED = "instalment_missed"
    # {"agreement", "reason", "paid_in_full"}: a promise was kept.
    PROMISE_KEPT = "promise_kept"
    # {"agreement", "reason", "paid_in_full"}: a payment plan was paid in full (or its
    # invoices were otherwise settled).
    PLAN_COMPLETED = "plan_completed"
    # {"phone", "reason", "by"}: a phone number is wrong; do not prompt calls to it.
    CONTACT_FLAGGED = "contact_flagged"

    # {"message_id", "from", "subject", "intent", "new_text", "raw_path", ...}
    REPLY_RECEIVED = "reply_received"

    # {"identity", "error", "raw_blob", "source"}: the parser could not read this message.
    REPLY_QUARANTINED = "reply_quarantined"
    # {"identity", "reply_seq"}: a quarantined message was read after all (retry).
    REPLY_RELEASED = "reply_released"

    # {"task_id", "kind", "reason", "step" (optional), "due_on"}
    TASK_CREATED = "task_created"
    # {"task_id", "outcome", "by"}
    TASK_DONE = "task_done"
    # {"outcome", "by", ...outcome inputs}
    CALL_OUTCOME = "call_outcome"
    # {"text"}
    NOTE = "note"
    # {"path", "events", "chain_intact", "manifest_sha256", "sent_emails", "received_emails"}:
    # the referral package for a collection agency was written (`duebot export`).
    REFERRAL_EXPORTED = "referral_exported"
    # {"step", "reason"}: the planner deliberately skipped a step (e.g. superseded after downtime).
    STEP_SKIPPED = "step_skipped"

    # {"step", "by", "reason", "task_id"}: a person confirmed an escalation step (final notice,
    # hand to an agency) for `invoices`; only then may it go.
    STEP_CONFIRMED = "step_confirmed"
    # {"step", "by", "reason", "task_id"}: a person said "not yet" to an escalation step.
    STEP_NOT_CONFIRMED = "step_not_confirmed"
    # {"address", "by", "reason"}: staff marked an address as the debtor's employer's.
    EMPLOYER_ADDRESS = "employer_address"
    # {"reason", "source"}: no more fees or interest on this account (e.g. hardship reported).
    FEES_STOPPED = "fees_stopped"


@dataclass(frozen=True, slots=True)
class Event:
    """One fact in an account's log. `seq` counts from 1 within the account."""

    account_id: str
    seq: int
    type: str
    at: datetime
    actor: str
    invoices: tuple[str, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS_HASH
    hash: str = ""

    def to_doc(self) -> dict[str, Any]:
        """The event as a JSON-ready dict: the form stored (`hashed_doc` and the hash)."""
        doc = self.hashed_doc()
        doc["hash"] = self.hash
        return doc

    def hashed_doc(self) -> dict[str, Any]:
        """Every field of the stored form but `hash`: what the hash is taken over."""
        return {
            "account_id": self.account_id,
            "seq": self.seq,
            "type": self.type,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "invoices": list(self.invoices),
            "data": dict(self.data),
            "prev_hash": self.prev_hash,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Event:
        return cls(
            account_id=doc["account_id"],
            seq=int(doc["seq"]),
            type=doc["type"],
            at=datetime.fromisoformat(doc["at"]),
            actor=doc["actor"],
            invoices=tuple(doc.get("invoices", ())),
            data=doc.get("data", {}),
            prev_hash=doc["prev_hash"],
            hash=doc["hash"],
        )


def event_hash(doc: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of an event's fields, `hash` itself excluded."""
    return _digest({k: v for k, v in doc.items() if k != "hash"})


def _digest(hashed: Mapping[str, Any], *, float_free: bool = False) -> str:
    return hashlib.sha256(canonical_json(hashed, float_free=float_free)).hexdigest()


def next_event(
    previous: Event | None,
    *,
    account_id: str,
    type: str,
    at: datetime,
    actor: str,
    invoices: Iterable[str] = (),
    data: Mapping[str, Any] | None = None,
) -> Event:
    """The event that follows `previous` in the account's chain, with its hash computed."""
    return next_event_and_doc(previous, account_id=account_id, type=type, at=at, actor=actor,
                              invoices=invoices, data=data)[0]


def next_event_and_doc(
    previous: Event | None,
    *,
    account_id: str,
    type: str,
    at: datetime,
    actor: str,
    invoices: Iterable[str] = (),
    data: Mapping[str, Any] | None = None,
    data_float_free: bool = False,
) -> tuple[Event, dict[str, Any]]:
    """`next_event`, and with it the event's stored form (what `Event.to_doc` gives): the
    hash is taken over that form, so building it once serves both the hash and the store.
    `data_float_free` says the caller knows `data` holds no float (a walk it made already
    found none); the other fields are checked here, and the hash then skips its own look."""
    if at.tzinfo is None:
        raise ValueError("event time must be timezone-aware")
    seq = (previous.seq + 1) if previous else 1
    kind = str(type)
    utc = at.astimezone(UTC)
    numbers = tuple(invoices)
    facts = dict(data or {})
    prev_hash = previous.hash if previous else GENESIS_HASH
    doc = Event(account_id, seq, kind, utc, actor, numbers, facts, prev_hash).hashed_doc()
    float_free = data_float_free and _plain_fields(doc)
    digest = _digest(doc, float_free=float_free)
    doc["hash"] = digest
    return Event(account_id, seq, kind, utc, actor, numbers, facts, prev_hash, digest), doc


def _plain_fields(doc: Mapping[str, Any]) -> bool:
    """Every field of an event's stored form but `data` is exactly a str, an int or a list
    of str (so holds no float)."""
    return (type(doc["account_id"]) is str and type(doc["seq"]) is int
            and type(doc["type"]) is str and type(doc["at"]) is str
            and type(doc["actor"]) is str and type(doc["prev_hash"]) is str
            and all(type(number) is str for number in doc["invoices"]))


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """The first place an account's chain does not hold, and why."""

    seq: int
    reason: str


def verify_chain(events: Iterable[Event]) -> BrokenLink | None:
    """Check an account's events in order; None when the whole chain holds."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for event in events:
        if event.seq != expected_seq:
            return BrokenLink(expected_seq, f"expected event #{expected_seq}, found #{event.seq}")
        if event.prev_hash != expected_prev:
            return BrokenLink(event.seq, "previous-hash does not match the event before it")
        if event_hash(event.to_doc()) != event.hash:
            return BrokenLink(event.seq, "content does not match its hash (edited?)")
        expected_prev = event.hash
        expected_seq += 1
    return None
