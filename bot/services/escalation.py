"""Escalation happens deliberately, never by accident: a person confirms the final notice and
the hand-over to a collection agency before anything leaves.

The planner holds such a step "awaiting confirmation" and asks for it with a `confirm_step`
staff task (a Slack card with Confirm / Not yet, or `duebot tasks`). The answer is an event
with who and when: STEP_CONFIRMED (the step may now go for the invoices it names) or
STEP_NOT_CONFIRMED (it keeps waiting; the planner asks again a week later). Both the Slack
buttons (through `bot.services.call_outcomes`) and `duebot confirm` write them here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.config import Config
from bot.domain.events import EventType
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.outbox import close_task
from bot.store.repository import Repository, Transaction


class ConfirmationError(Exception):
    """A step cannot be confirmed as asked."""


class UnknownAccountForStep(ConfirmationError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id!r}")
        self.account_id = account_id


class UnknownStep(ConfirmationError):
    def __init__(self, step: str, known: tuple[str, ...]) -> None:
        super().__init__(f"no cadence step {step!r} (the cadence has: {', '.join(known)})")
        self.step = step
        self.known = known


class StepNeedsNoConfirmation(ConfirmationError):
    def __init__(self, step: str) -> None:
        super().__init__(f"cadence step {step!r} does not wait for a person's confirmation")
        self.step = step


class NothingToConfirm(ConfirmationError):
    def __init__(self, account_id: str, step: str) -> None:
        super().__init__(f"account {account_id!r} has no open invoice for step {step!r} to "
                         "confirm")
        self.account_id = account_id
        self.step = step


@dataclass(frozen=True, slots=True)
class StepDecisionResult:
    account_id: str
    step: str
    invoices: tuple[str, ...]
    confirmed: bool
    by: str
    at: datetime
    task_id: str | None

    @property
    def message(self) -> str:
        listed = ", ".join(self.invoices)
        if self.confirmed:
            return (f"Confirmed '{self.step}' for {self.account_id} ({listed}) by {self.by}: "
                    "it goes on the next sweep that may send it.")
        return (f"Not yet: '{self.step}' for {self.account_id} ({listed}) keeps waiting "
                f"(said by {self.by}).")


def write_step_decision(
    tx: Transaction, *, account_id: str, step: str, invoices: tuple[str, ...], confirmed: bool,
    by: str, actor: str, reason: str | None, task_id: str | None, now: datetime,
) -> None:
    """The event that records a person's answer, with who, when and why."""
    tx.append(account_id,
              EventType.STEP_CONFIRMED if confirmed else EventType.STEP_NOT_CONFIRMED,
              at=now, actor=actor, invoices=invoices,
              data={"step": step, "by": by, "reason": reason or "", "task_id": task_id})


def awaiting_confirmation(repo: Repository, account_id: str, step: str) -> StaffTask | None:
    """The open task asking a person to confirm this step for this account, if any."""
    for task in repo.tasks(open_only=True):
        if (task.account_id == account_id and task.kind is TaskKind.CONFIRM_STEP
                and task.step == step):
            return task
    return None


def decide_step(
    repo: Repository, config: Config, account_id: str, step: str, *, confirmed: bool, by: str,
    now: datetime, reason: str | None = None, actor: str | None = None,
) -> StepDecisionResult:
    """Confirm (or say "not yet" to) an escalation step for an account: for the invoices its
    open confirmation task names, else for every open invoice of the account. Closes the task."""
    if repo.account(account_id) is None:
        raise UnknownAccountForStep(account_id)
    known = tuple(s.name for s in config.cadence)
    cadence_step = next((s for s in config.cadence if s.name == step), None)
    if cadence_step is None:
        raise UnknownStep(step, known)
    if not cadence_step.needs_confirmation:
        raise StepNeedsNoConfirmation(step)
    task = awaiting_confirmation(repo, account_id, step)
    if task is not None:
        invoices = task.invoices
    else:
        invoices = tuple(sorted(inv.number for inv in repo.invoices(account_id) if inv.is_open))
    if not invoices:
        raise NothingToConfirm(account_id, step)
    who = actor or f"cli:{by}"
    outcome = "confirmed" if confirmed else "not_yet"
    with repo.transaction() as tx:
        write_step_decision(tx, account_id=account_id, step=step, invoices=invoices,
                            confirmed=confirmed, by=by, actor=who, reason=reason,
                            task_id=task.id if task else None, now=now)
        if task is not None:
            close_task(tx, task, outcome=outcome, by=by, actor=who, now=now,
                       summary=f"{'Confirmed' if confirmed else 'Not yet'}: {step}"
                               f"{f' ({reason})' if reason else ''}")
    return StepDecisionResult(account_id, step, invoices, confirmed, by, now,
                              task.id if task else None)
