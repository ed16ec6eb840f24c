"""An account's current picture, folded from its log.

Nothing that changes over time is stored on `Account` or `Invoice`: stop flags, pauses,
deferrals, promises and what the cadence has already said all live in the account log, and
`AccountState` is the fold of that log. It can be built in one go (`fold_account_state`) or kept
up to date one event at a time (`AccountState.apply`), so a long-running process need not
re-read the log.

Dates in the state are the dates the events name (pause and deferral `until`, promise `date`);
whether one is still in force is asked with the debtor's local `today`:

- a pause holds while `today < until` (open-ended when `until` is null or unreadable);
- a deferral (auto-reply return date) holds while `today < until`: they are back on that day;
- a promise holds while `today <= date`: the debtor has until the end of the promised day.

A pause or promise whose event names no invoices covers every invoice of the account.
An email that was queued counts as said (the outbox owns retrying it); only a cancelled one
(`email_cancelled`: the gate refused it at send time) is taken back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.domain.agreements import AGREEMENT_EVENTS, AgreementBook
from bot.domain.event_data import data_date
from bot.domain.events import Event, EventType
from bot.domain.tasks import TaskKind

ACCOUNT_WIDE = "*"
BIRTHDAY_STEP = "birthday"

_SKIPPED = "skipped"


def normalise_address(address: str) -> str:
    """The form addresses are compared in (case-insensitive, no surrounding space)."""
    return address.strip().lower()


@dataclass(frozen=True, slots=True)
class Pause:
    """Reminders on an invoice are paused (dispute, said-paid, plan being agreed...)."""

    reason: str
    until: date | None
    since: datetime

    def holds_on(self, today: date) -> bool:
        return self.until is None or today < self.until


@dataclass(frozen=True, slots=True)
class Promise:
    """The debtor promised to pay by `due_on`."""

    due_on: date
    made_at: datetime
    amount: str | None = None
    currency: str | None = None

    def holds_on(self, today: date) -> bool:
        return today <= self.due_on


@dataclass(frozen=True, slots=True)
class Deferral:
    """Hold all reminders to the account until `until` (e.g. an out-of-office return date)."""

    until: date
    reason: str

    def holds_on(self, today: date) -> bool:
        return today < self.until


@dataclass(frozen=True, slots=True)
class CallRecord:
    """A call outcome someone recorded (what it was, when, about which invoices)."""

    at: datetime
    outcome: str
    invoices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReplyRecord:
    """A message from the debtor (its intent, when, about which invoices)."""

    at: datetime
    intent: str
    invoices: tuple[str, ...]
    hardship: bool = False


@dataclass(frozen=True, slots=True)
class StepDecision:
    """A person's answer to "may this escalation step go?"."""

    step: str
    by: str
    at: datetime
    reason: str = ""


@dataclass(frozen=True, slots=True)
class QueuedEmail:
    step: str
    invoices: tuple[str, ...]


@dataclass(slots=True)
class AccountState:
    """What the log says about one account right now. Build with `fold_account_state`."""

    account_id: str = ""
    last_seq: int = 0
    stopped: dict[str, str] = field(default_factory=dict)
    undeliverable: dict[str, str] = field(default_factory=dict)
    pauses: dict[str, Pause] = field(default_factory=dict)
    promises: dict[str, Promise] = field(default_factory=dict)
    broken_promises: int = 0
    deferral: Deferral | None = None
    email_times: dict[str, datetime] = field(default_factory=dict)
    cancelled_keys: set[str] = field(default_factory=set)
    birthday_notes: dict[str, datetime] = field(default_factory=dict)
    last_contact_at: datetime | None = None
    open_step_tasks: dict[str, str] = field(default_factory=dict)  # task id -> cadence step
    # open "confirm or not yet" tasks: task id -> the escalation step they ask about
    open_confirmations: dict[str, str] = field(default_factory=dict)
    calls: list[CallRecord] = field(default_factory=list)
    replies: list[ReplyRecord] = field(default_factory=list)
    employer_addresses: dict[str, str] = field(default_factory=dict)  # address -> marked by
    fees_stopped_at: datetime | None = None
    confirmed_steps: dict[tuple[str, str], StepDecision] = field(default_factory=dict)
    declined_steps: dict[str, StepDecision] = field(default_factory=dict)
    declines: dict[str, int] = field(default_factory=dict)  # step -> "not yet" answers
    agreements: AgreementBook = field(default_factory=AgreementBook)  # promises and plans
    _emails: dict[str, QueuedEmail] = field(default_factory=dict)
    _step_marks: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def apply(self, event: Event) -> None:
        """Fold one more event (in log order) into the state."""
        self.account_id = event.account_id
        self.last_seq = event.seq
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    def address_block(self, address: str) -> str | None:
        """Why this address may not be emailed, or None when it may."""
        norm = normalise_address(address)
        if norm in self.stopped:
            return f"{address} asked us to stop ({self.stopped[norm]})"
        if norm in self.undeliverable:
            return f"{address} is undeliverable ({self.undeliverable[norm]})"
        return None

    def may_email(self, address: str) -> bool:
        norm = normalise_address(address)
        return norm not in self.stopped and norm not in self.undeliverable

    def pause_on(self, invoice: str, today: date) -> Pause | None:
        """The pause in force on this invoice today, if any."""
        for holder in (invoice, ACCOUNT_WIDE):
            pause = self.pauses.get(holder)
            if pause is not None and pause.holds_on(today):
                return pause
        return None

    def promise_on(self, invoice: str, today: date) -> Promise | None:
        """The promise to pay in force on this invoice today, if any."""
        for holder in (invoice, ACCOUNT_WIDE):
            promise = self.promises.get(holder)
            if promise is not None and promise.holds_on(today):
                return promise
        return None

    def deferral_on(self, today: date) -> Deferral | None:
        if self.deferral is not None and self.deferral.holds_on(today):
            return self.deferral
        return None

    @property
    def fees_stopped(self) -> bool:
        """Fees and interest are stopped on this account (e.g. after a hardship reply)."""
        return self.fees_stopped_at is not None

    def step_confirmed(self, invoice: str, step: str) -> StepDecision | None:
        """A person's confirmation that this escalation step may go for this invoice."""
        return self.confirmed_steps.get((invoice, step))

    def step_declined(self, step: str) -> StepDecision | None:
        """The last "not yet" a person gave this step, if it is the last word on it."""
        return self.declined_steps.get(step)

    def open_confirmation_for(self, step: str) -> str | None:
        """The id of a still-open task asking a person to confirm this step, if any."""
        return next((task for task, s in self.open_confirmations.items() if s == step), None)

    def open_task_for(self, step: str) -> str | None:
        """The id of a staff task this cadence step created that is still open, if any."""
        return next((task for task, s in self.open_step_tasks.items() if s == step), None)

    def step_done(self, invoice: str, step: str) -> bool:
        """Was this cadence step already said (queued, sent, task created) or skipped?"""
        return bool(self._step_marks.get((invoice, step)))

    def knows_email(self, key: str) -> bool:
        """Is an email with this key queued or sent (and not cancelled)?"""
        return key in self._emails or key in self.email_times

    def birthday_note_since(self, moment: datetime) -> bool:
        return any(at > moment for at in self.birthday_notes.values())

    def _mark(self, invoices: Iterable[str], step: str, marker: str) -> None:
        marks = self._step_marks
        for invoice in invoices:
            held = marks.get((invoice, step))
            if held is None:
                marks[(invoice, step)] = {marker}
            else:
                held.add(marker)

    def _unmark(self, invoices: Iterable[str], step: str, marker: str) -> None:
        for invoice in invoices:
            marks = self._step_marks.get((invoice, step))
            if marks is not None:
                marks.discard(marker)


def fold_account_state(events: Iterable[Event], into: AccountState | None = None) -> AccountState:
    """Fold an account's events (in log order) into its state, starting from `into` if given."""
    state = into if into is not None else AccountState()
    handlers = _HANDLERS
    last: Event | None = None
    for event in events:
        handler = handlers.get(event.type)
        if handler is not None:
            handler(state, event)
        last = event
    if last is not None:
        state.account_id = last.account_id
        state.last_seq = last.seq
    return state


def _data(event: Event) -> Mapping[str, Any]:
    return event.data or {}


def _holders(event: Event) -> tuple[str, ...]:
    return event.invoices or (ACCOUNT_WIDE,)


def _on_contact_stopped(state: AccountState, event: Event) -> None:
    address = _data(event).get("address")
    if address:
        state.stopped[normalise_address(address)] = str(_data(event).get("reason") or "stop")


def _on_contact_reenabled(state: AccountState, event: Event) -> None:
    address = _data(event).get("address")
    if address:
        norm = normalise_address(address)
        state.stopped.pop(norm, None)
        state.undeliverable.pop(norm, None)


def _on_undeliverable(state: AccountState, event: Event) -> None:
    address = _data(event).get("address")
    if address:
        reason = str(_data(event).get("reason") or "undeliverable")
        state.undeliverable[normalise_address(address)] = reason


def _on_paused(state: AccountState, event: Event) -> None:
    data = _data(event)
    pause = Pause(
        reason=str(data.get("reason") or "paused"),
        until=data_date(data.get("until")),
        since=event.at,
    )
    for holder in _holders(event):
        state.pauses[holder] = pause


def _on_resumed(state: AccountState, event: Event) -> None:
    if not event.invoices:
        state.pauses.clear()
        return
    for invoice in event.invoices:
        state.pauses.pop(invoice, None)


def _on_deferred(state: AccountState, event: Event) -> None:
    until = data_date(_data(event).get("until"))
    if until is not None:
        state.deferral = Deferral(until=until, reason=str(_data(event).get("reason") or ""))


def _on_promise_made(state: AccountState, event: Event) -> None:
    data = _data(event)
    due_on = data_date(data.get("date"))
    if due_on is None:
        return
    amount = data.get("amount")
    promise = Promise(
        due_on=due_on,
        made_at=event.at,
        amount=None if amount is None else str(amount),
        currency=data.get("currency"),
    )
    for holder in _holders(event):
        state.promises[holder] = promise


def _on_promise_broken(state: AccountState, event: Event) -> None:
    state.broken_promises += 1
    if not event.invoices:
        state.promises.clear()
        return
    for invoice in event.invoices:
        state.promises.pop(invoice, None)
    state.promises.pop(ACCOUNT_WIDE, None)


def _remember_email(state: AccountState, event: Event, *, sent: bool) -> None:
    data = event.data
    key = data.get("key")
    if not key:
        return
    step = data.get("step")
    if step and key not in state._emails:
        state._emails[key] = QueuedEmail(step=str(step), invoices=tuple(event.invoices))
        state._mark(event.invoices, str(step), f"email:{key}")
    if sent or key not in state.email_times:
        state.email_times[key] = event.at
    if step == BIRTHDAY_STEP:
        state.birthday_notes[key] = event.at


def _on_email_queued(state: AccountState, event: Event) -> None:
    _remember_email(state, event, sent=False)


def _on_email_sent(state: AccountState, event: Event) -> None:
    _remember_email(state, event, sent=True)
    _touch_contact(state, event)


def _on_email_unknown(state: AccountState, event: Event) -> None:
    _remember_email(state, event, sent=False)


def _on_email_cancelled(state: AccountState, event: Event) -> None:
    key = _data(event).get("key")
    if not key:
        return
    state.cancelled_keys.add(key)
    state.email_times.pop(key, None)
    state.birthday_notes.pop(key, None)
    email = state._emails.pop(key, None)
    if email is not None:
        state._unmark(email.invoices, email.step, f"email:{key}")


def _on_step_skipped(state: AccountState, event: Event) -> None:
    step = _data(event).get("step")
    if step:
        state._mark(event.invoices, str(step), _SKIPPED)


def _on_task_created(state: AccountState, event: Event) -> None:
    step = _data(event).get("step")
    if step and _data(event).get("kind") == TaskKind.CONFIRM_STEP:
        # asks a person to confirm the step; the step itself is not taken yet
        state.open_confirmations[str(_data(event).get("task_id", ""))] = str(step)
        return
    if step:
        task_id = str(_data(event).get("task_id", ""))
        state._mark(event.invoices, str(step), f"task:{task_id}")
        state.open_step_tasks[task_id] = str(step)


def _on_task_done(state: AccountState, event: Event) -> None:
    task_id = str(_data(event).get("task_id", ""))
    state.open_step_tasks.pop(task_id, None)
    state.open_confirmations.pop(task_id, None)


def _touch_contact(state: AccountState, event: Event) -> None:
    if state.last_contact_at is None or event.at > state.last_contact_at:
        state.last_contact_at = event.at


def _on_call_outcome(state: AccountState, event: Event) -> None:
    _touch_contact(state, event)
    outcome = _data(event).get("outcome")
    if outcome:
        state.calls.append(CallRecord(event.at, str(outcome), tuple(event.invoices)))


def _on_reply_received(state: AccountState, event: Event) -> None:
    _touch_contact(state, event)
    data = _data(event)
    state.replies.append(ReplyRecord(event.at, str(data.get("intent") or "unclear"),
                                     tuple(event.invoices), bool(data.get("hardship"))))


def _on_employer_address(state: AccountState, event: Event) -> None:
    address = _data(event).get("address")
    if address:
        state.employer_addresses[normalise_address(address)] = str(
            _data(event).get("by") or event.actor)


def _on_fees_stopped(state: AccountState, event: Event) -> None:
    if state.fees_stopped_at is None:
        state.fees_stopped_at = event.at


def _decision(event: Event) -> StepDecision:
    data = _data(event)
    return StepDecision(step=str(data.get("step") or ""), by=str(data.get("by") or event.actor),
                        at=event.at, reason=str(data.get("reason") or ""))


def _on_step_confirmed(state: AccountState, event: Event) -> None:
    decision = _decision(event)
    if not decision.step:
        return
    for invoice in event.invoices:
        state.confirmed_steps[(invoice, decision.step)] = decision
    state.declined_steps.pop(decision.step, None)


def _on_step_not_confirmed(state: AccountState, event: Event) -> None:
    decision = _decision(event)
    if decision.step:
        state.declined_steps[decision.step] = decision
        state.declines[decision.step] = state.declines.get(decision.step, 0) + 1


_HANDLERS: dict[str, Callable[[AccountState, Event], None]] = {
    EventType.CONTACT_STOPPED: _on_contact_stopped,
    EventType.CONTACT_REENABLED: _on_contact_reenabled,
    EventType.ADDRESS_UNDELIVERABLE: _on_undeliverable,
    EventType.INVOICES_PAUSED: _on_paused,
    EventType.INVOICES_RESUMED: _on_resumed,
    EventType.REMINDERS_DEFERRED: _on_deferred,
    EventType.PROMISE_MADE: _on_promise_made,
    EventType.PROMISE_BROKEN: _on_promise_broken,
    EventType.EMAIL_QUEUED: _on_email_queued,
    EventType.EMAIL_SENT: _on_email_sent,
    EventType.EMAIL_UNKNOWN: _on_email_unknown,
    EventType.EMAIL_CANCELLED: _on_email_cancelled,
    EventType.STEP_SKIPPED: _on_step_skipped,
    EventType.TASK_CREATED: _on_task_created,
    EventType.TASK_DONE: _on_task_done,
    EventType.REPLY_RECEIVED: _on_reply_received,
    EventType.CALL_OUTCOME: _on_call_outcome,
    EventType.EMPLOYER_ADDRESS: _on_employer_address,
    EventType.FEES_STOPPED: _on_fees_stopped,
    EventType.STEP_CONFIRMED: _on_step_confirmed,
    EventType.STEP_NOT_CONFIRMED: _on_step_not_confirmed,
}


def _on_agreement_event(state: AccountState, event: Event) -> None:
    state.agreements.apply(event)


def _also_agreements(
    handler: Callable[[AccountState, Event], None] | None,
) -> Callable[[AccountState, Event], None]:
    if handler is None:
        return _on_agreement_event

    def both(state: AccountState, event: Event) -> None:
        handler(state, event)
        state.agreements.apply(event)

    return both


# Promises and payment plans (bot.domain.agreements) are folded alongside the rest.
for _type in AGREEMENT_EVENTS:
    _HANDLERS[_type] = _also_agreements(_HANDLERS.get(_type))
