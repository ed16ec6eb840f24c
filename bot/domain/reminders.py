"""A reminder the planner has decided is due, and the identity that makes sending idempotent.

The idempotency key names *what* is being said to *whom* (account, cadence step, the invoices
it is about), never *when*: planning the same reminder again after a crash or downtime yields
the same key and the same Message-ID, so the outbox can refuse to send it twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Reminder:
    """An email the planner says should go now: one per account, covering its open invoices."""

    key: str
    account_id: str
    step: str
    template: str
    to: tuple[str, ...]
    invoices: tuple[str, ...]
    reason: str
    planned_at: datetime
    fees_stopped: bool = False  # no fees or interest may be mentioned (e.g. after hardship)


def idempotency_key(
    account_id: str, step: str, invoices: tuple[str, ...], *, salt: str = ""
) -> str:
    """Deterministic key for one reminder. `salt` separates repeats that are meant to happen
    (e.g. the birthday note's year)."""
    material = "\n".join([account_id, step, ",".join(sorted(invoices)), salt])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]


def message_id_for(key: str, domain: str) -> str:
    """The RFC 5322 Message-ID that the email with this key always carries."""
    return f"<duebot.{key}@{domain}>"
