"""What a reply means, in the exact words DESIGN.md uses, and which one wins."""

from __future__ import annotations

from enum import StrEnum


class ReplyIntent(StrEnum):
    """One intent per reply; when several apply, the first in `PRIORITY` wins."""

    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    CEASE = "cease"
    WRONG_PERSON = "wrong_person"
    DISPUTE = "dispute"
    PAID = "paid"
    PAYMENT_PLAN = "payment_plan"
    PROMISE_TO_PAY = "promise_to_pay"
    QUESTION = "question"
    ACKNOWLEDGED = "acknowledged"
    UNCLEAR = "unclear"


PRIORITY: tuple[ReplyIntent, ...] = tuple(ReplyIntent)


def strongest(intents: set[ReplyIntent]) -> ReplyIntent:
    """The intent that wins among those that apply (`unclear` when none does)."""
    return next((intent for intent in PRIORITY if intent in intents), ReplyIntent.UNCLEAR)
