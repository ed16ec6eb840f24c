"""Staff tasks: things duebot asks a person to do (call, verify a payment, triage a reply)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class TaskKind(StrEnum):
    CALL = "call"
    ESCALATE = "escalate"
    VERIFY_PAYMENT = "verify_payment"
    RESOLVE_DISPUTE = "resolve_dispute"
    AGREE_PLAN = "agree_plan"
    ANSWER_QUESTION = "answer_question"
    NEW_CONTACT = "new_contact"
    TRIAGE = "triage"
    DELIVERY_UNKNOWN = "delivery_unknown"
    UNDELIVERABLE = "undeliverable"
    ALERT = "alert"
    CONFIRM_STEP = "confirm_step"  # confirm an escalation step (final notice, agency) or not yet


@dataclass(frozen=True, slots=True)
class StaffTask:
    """A task for a person. `id` is deterministic so that creating it twice is harmless.

    `step` names the cadence step that asked for it (staff_call / escalate steps), if any; the
    TASK_CREATED event carries it so the planner knows that step has been taken.
    """

    id: str
    account_id: str
    kind: TaskKind
    reason: str
    created_at: datetime
    due_on: date
    invoices: tuple[str, ...] = ()
    assigned_to: str | None = None
    done_at: datetime | None = None
    outcome: str | None = None
    step: str | None = None

    @property
    def is_open(self) -> bool:
        return self.done_at is None
