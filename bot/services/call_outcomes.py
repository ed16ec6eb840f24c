"""Record what a person did about a staff task (a call, a payment to verify, a dispute...).

`record_call_outcome` writes, in one transaction: a `call_outcome` event with the staff member,
the time and the inputs; what the outcome sets next (a promise, a pause, a follow-up task...);
and `task_done`. It records once: a second call for the same task writes nothing and answers
"already recorded by <user>". Inputs arrive as the raw strings a form gives; bad ones raise
`InvalidOutcomeInputs` naming each field, so a modal can show the message on that field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from babel.numbers import get_currency_precision

from bot.domain.events import EventType
from bot.domain.models import Account, Invoice, InvoiceStatus
from bot.domain.replies.intents import ReplyIntent
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.escalation import write_step_decision
from bot.services.outbox import close_task, record_task
from bot.store.repository import Repository, Transaction

MAX_INSTALMENTS = 6
PROMISE_HORIZON = timedelta(days=365)
CALL_BACK_HORIZON = timedelta(days=90)
NOTE_LIMIT = 2000

REPLY_INTENTS: tuple[str, ...] = tuple(str(intent) for intent in ReplyIntent)


class Outcome(StrEnum):
    """What a person recorded. The first eight are call outcomes; the rest settle reply tasks."""

    PROMISED_TO_PAY = "promised_to_pay"
    PLAN_AGREED = "plan_agreed"
    PAID_ALREADY = "paid_already"
    DISPUTED = "disputed"
    LEFT_VOICEMAIL = "left_voicemail"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    CALL_BACK_LATER = "call_back_later"
    PAYMENT_RECEIVED = "payment_received"
    PAYMENT_NOT_RECEIVED = "payment_not_received"
    INVOICE_STANDS = "invoice_stands"
    INVOICE_ADJUSTED = "invoice_adjusted"
    INVOICE_CANCELLED = "invoice_cancelled"
    CONTACT_REENABLED = "contact_reenabled"
    RECLASSIFIED = "reclassified"
    HANDLED = "handled"
    CONFIRMED = "confirmed"  # an escalation step (final notice, agency) may go
    NOT_YET = "not_yet"  # an escalation step keeps waiting


class InputField(StrEnum):
    """The names of outcome inputs (also the block IDs of the modal fields that collect them)."""

    DATE = "date"
    AMOUNT = "amount"
    NOTE = "note"
    CALL_BACK_AT = "call_back_at"
    INVOICE = "invoice"
    ADDRESS = "address"
    INTENT = "intent"


def instalment_fields(row: int) -> tuple[str, str]:
    """The (date, amount) input names of instalment row `row` (1-based)."""
    return f"instalment_{row}_date", f"instalment_{row}_amount"


class OutcomeError(Exception):
    """An outcome cannot be recorded as asked."""


class UnknownTask(OutcomeError):
    def __init__(self, task_id: str) -> None:
        super().__init__(f"no staff task {task_id!r}")
        self.task_id = task_id


class UnknownAccount(OutcomeError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id!r}")
        self.account_id = account_id


class InvalidOutcomeInputs(OutcomeError):
    """Some inputs are missing or wrong; `errors` maps each input name to what is wrong."""

    def __init__(self, what: str, errors: Mapping[str, str]) -> None:
        detail = "; ".join(f"{name}: {message}" for name, message in errors.items())
        super().__init__(f"{what}: {detail}")
        self.what = what
        self.errors = dict(errors)


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    """What happened. `recorded` is False when someone had already recorded this task."""

    task: StaffTask
    outcome: str
    by: str
    at: datetime
    recorded: bool
    summary: str
    follow_up: StaffTask | None = None

    @property
    def message(self) -> str:
        if self.recorded:
            return f"Recorded: {self.summary}"
        return f"Already recorded by {self.by}: {self.summary}"


Inputs = Mapping[str, str | None]


@dataclass(frozen=True, slots=True)
class _Context:
    task: StaffTask
    account: Account | None
    invoices: tuple[Invoice, ...]
    now: datetime

    @property
    def currency(self) -> str:
        return self.invoices[0].currency if self.invoices else "GBP"

    @property
    def balance(self) -> Decimal:
        return sum((inv.balance for inv in self.invoices if inv.is_open), Decimal(0))


@dataclass(slots=True)
class _Decision:
    """The checked inputs of an outcome and the events and tasks that follow from it."""

    data: dict[str, Any]
    summary: str
    follow_up: StaffTask | None = None
    invoice: Invoice | None = None  # the invoice as an adjustment or cancellation leaves it


def record_call_outcome(
    repo: Repository,
    task_id: str,
    outcome: Outcome | str,
    inputs: Inputs,
    *,
    by: str,
    now: datetime,
) -> OutcomeResult:
    """Record `outcome` for the task once, with what it sets next, in one transaction."""
    outcome = _outcome(outcome)
    task = repo.task(task_id)
    if task is None:
        raise UnknownTask(task_id)
    if not task.is_open:
        return _already_recorded(repo, task)
    context = _Context(task, repo.account(task.account_id), _task_invoices(repo, task), now)
    decision = _decide(outcome, inputs, context)
    with repo.transaction() as tx:
        current = repo.task(task_id)
        if current is None or not current.is_open:
            return _already_recorded(repo, current or task)
        done = replace(current, done_at=now, outcome=str(outcome))
        _write(tx, done, outcome, decision, by=by, now=now)
    return OutcomeResult(task=done, outcome=str(outcome), by=by, at=now, recorded=True,
                         summary=decision.summary, follow_up=decision.follow_up)


def recorded_outcome(repo: Repository, task_id: str) -> OutcomeResult | None:
    """How the task was settled, if it was (None while it is open)."""
    task = repo.task(task_id)
    if task is None:
        raise UnknownTask(task_id)
    return None if task.is_open else _already_recorded(repo, task)


def add_note(repo: Repository, task_id: str, text: str | None, *, by: str, now: datetime) -> str:
    """Add a staff note to the task's account log (the task stays open). Returns the note."""
    task = repo.task(task_id)
    if task is None:
        raise UnknownTask(task_id)
    return _note(repo, task.account_id, text, task.invoices, {"task_id": task.id}, by=by,
                 now=now)


def note_account(
    repo: Repository, account_id: str, text: str | None, *, by: str, now: datetime
) -> str:
    """Add a staff note to an account's log. Returns the note."""
    if repo.account(account_id) is None:
        raise UnknownAccount(account_id)
    return _note(repo, account_id, text, (), {}, by=by, now=now)


def _note(
    repo: Repository, account_id: str, text: str | None, invoices: tuple[str, ...],
    extra: Mapping[str, str], *, by: str, now: datetime,
) -> str:
    errors: dict[str, str] = {}
    note = _text(text, InputField.NOTE, required=True, errors=errors)
    if errors or note is None:
        raise InvalidOutcomeInputs("note", errors)
    with repo.transaction() as tx:
        tx.append(account_id, EventType.NOTE, at=now, actor=_actor(by), invoices=invoices,
                  data={"text": note, "by": by, **extra})
    return note


def _outcome(value: Outcome | str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError as exc:
        raise OutcomeError(f"unknown outcome {value!r}") from exc


def _task_invoices(repo: Repository, task: StaffTask) -> tuple[Invoice, ...]:
    found = (repo.invoice(number) for number in task.invoices)
    return tuple(inv for inv in found if inv is not None)


def _already_recorded(repo: Repository, task: StaffTask) -> OutcomeResult:
    by, at, summary = "someone", task.done_at, task.outcome or "done"
    for event in reversed(repo.log(task.account_id)):
        if event.type == EventType.TASK_DONE and event.data.get("task_id") == task.id:
            by = str(event.data.get("by") or by)
            summary = str(event.data.get("summary") or summary)
            at = event.at
            break
    return OutcomeResult(task=task, outcome=task.outcome or "", by=by,
                         at=at or datetime.min, recorded=False, summary=summary)


def _actor(by: str) -> str:
    return f"slack:{by}"


def _write(
    tx: Transaction, done: StaffTask, outcome: Outcome, decision: _Decision, *, by: str,
    now: datetime,
) -> None:
    account_id, invoices, actor = done.account_id, done.invoices, _actor(by)
    data = {"outcome": str(outcome), "by": by, "task_id": done.id, **decision.data}
    tx.append(account_id, EventType.CALL_OUTCOME, at=now, actor=actor, invoices=invoices,
              data=data)
    _consequences(tx, done, outcome, decision, by=by, now=now)
    if decision.follow_up is not None:
        record_task(tx, decision.follow_up)
    close_task(tx, done, outcome=str(outcome), by=by, actor=actor, summary=decision.summary,
               now=now)


def _consequences(
    tx: Transaction, task: StaffTask, outcome: Outcome, decision: _Decision, *, by: str,
    now: datetime,
) -> None:
    account_id, invoices, data, actor = task.account_id, task.invoices, decision.data, _actor(by)

    def pause(reason: str, on: tuple[str, ...] = invoices) -> None:
        tx.append(account_id, EventType.INVOICES_PAUSED, at=now, actor=actor, invoices=on,
                  data={"reason": reason, "until": None})

    def resume(reason: str, on: tuple[str, ...] = invoices) -> None:
        tx.append(account_id, EventType.INVOICES_RESUMED, at=now, actor=actor, invoices=on,
                  data={"reason": reason})

    if outcome is Outcome.PROMISED_TO_PAY:
        tx.append(account_id, EventType.PROMISE_MADE, at=now, actor=actor, invoices=invoices,
                  data={"date": data["date"], "amount": data["amount"],
                        "currency": data["currency"], "source": "call"})
    elif outcome is Outcome.PLAN_AGREED:
        tx.append(account_id, EventType.PLAN_AGREED, at=now, actor=actor, invoices=invoices,
                  data={"instalments": data["instalments"], "currency": data["currency"],
                        "total": data["total"], "by": by})
        pause("payment_plan")
    elif outcome is Outcome.PAID_ALREADY:
        pause("said_paid")
    elif outcome is Outcome.DISPUTED:
        pause("dispute")
    elif outcome is Outcome.WRONG_NUMBER:
        tx.append(account_id, EventType.CONTACT_FLAGGED, at=now, actor=actor,
                  data={"phone": data["phone"], "reason": "wrong number", "by": by})
    elif outcome is Outcome.PAYMENT_RECEIVED:
        pause("payment_confirmed")
    elif outcome in (Outcome.PAYMENT_NOT_RECEIVED, Outcome.INVOICE_STANDS):
        resume(decision.summary)
    elif outcome in (Outcome.INVOICE_ADJUSTED, Outcome.INVOICE_CANCELLED):
        invoice = decision.invoice
        if invoice is None:
            raise OutcomeError(f"{outcome} needs the invoice it changes")
        tx.put_invoice(invoice)
        tx.append(account_id, EventType.INVOICE_UPDATED, at=now, actor=actor,
                  invoices=(invoice.number,),
                  data={"number": invoice.number, "amount": str(invoice.amount),
                        "balance": str(invoice.balance), "currency": invoice.currency,
                        "due_on": invoice.due_on.isoformat(), "status": str(invoice.status),
                        "source": "slack"})
        resume(decision.summary, (invoice.number,))
    elif outcome is Outcome.CONTACT_REENABLED:
        tx.append(account_id, EventType.CONTACT_REENABLED, at=now, actor=actor,
                  data={"address": data["address"], "reason": data["note"]})
    elif outcome in (Outcome.CONFIRMED, Outcome.NOT_YET):
        if task.step is None:
            raise OutcomeError(f"task {task.id} names no cadence step to confirm")
        write_step_decision(tx, account_id=account_id, step=task.step, invoices=invoices,
                            confirmed=outcome is Outcome.CONFIRMED, by=by, actor=actor,
                            reason=data.get("note"), task_id=task.id, now=now)


def _decide(outcome: Outcome, inputs: Inputs, ctx: _Context) -> _Decision:
    errors: dict[str, str] = {}
    decision = _DECIDERS[outcome](inputs, ctx, errors)
    if errors:
        raise InvalidOutcomeInputs(str(outcome), errors)
    return decision


def _decide_promise(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    today = ctx.now.date()
    due = _date(inputs, InputField.DATE, errors, required=True,
                earliest=today, latest=today + PROMISE_HORIZON)
    amount = _amount(inputs, InputField.AMOUNT, ctx.currency, errors, required=False,
                     most=ctx.balance or None)
    amount = amount if amount is not None else ctx.balance
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=False, errors=errors)
    data = {"date": due.isoformat() if due else None, "amount": str(amount),
            "currency": ctx.currency, "note": note}
    return _Decision(data, f"Promised to pay {amount} {ctx.currency} by {due}")


def _decide_plan(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    today = ctx.now.date()
    rows: list[tuple[date, Decimal]] = []
    last_amount_field = instalment_fields(1)[1]
    for row in range(1, MAX_INSTALMENTS + 1):
        date_field, amount_field = instalment_fields(row)
        if not (inputs.get(date_field) or inputs.get(amount_field)) and row > 1:
            continue
        due = _date(inputs, date_field, errors, required=True,
                    earliest=today, latest=today + PROMISE_HORIZON)
        amount = _amount(inputs, amount_field, ctx.currency, errors, required=True)
        if due is not None and rows and due <= rows[-1][0]:
            errors[date_field] = f"must be after the instalment before it ({rows[-1][0]})"
        if due is not None and amount is not None:
            rows.append((due, amount))
        last_amount_field = amount_field
    total = sum((amount for _, amount in rows), Decimal(0))
    if not errors and ctx.balance and total != ctx.balance:
        errors[last_amount_field] = (
            f"the instalments add up to {total} {ctx.currency}; "
            f"the balance is {ctx.balance} {ctx.currency}")
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=False, errors=errors)
    instalments = [{"due_on": due.isoformat(), "amount": str(amount)} for due, amount in rows]
    data = {"instalments": instalments, "currency": ctx.currency, "total": str(total),
            "note": note}
    last = rows[-1][0] if rows else None
    return _Decision(data, f"Agreed a plan: {len(rows)} instalments of {ctx.currency}, "
                           f"{total} in all, the last on {last}")


def _decide_paid(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    paid_on = _date(inputs, InputField.DATE, errors, required=False,
                    earliest=None, latest=ctx.now.date())
    amount = _amount(inputs, InputField.AMOUNT, ctx.currency, errors, required=False)
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=False, errors=errors)
    when = f" on {paid_on}" if paid_on else ""
    follow_up = _follow_up(ctx, TaskKind.VERIFY_PAYMENT, "verify",
                           f"On the phone they said they paid{when}"
                           f"{f' {amount} {ctx.currency}' if amount else ''}. "
                           "Please check the bank and confirm.", ctx.now.date())
    data = {"paid_on": paid_on.isoformat() if paid_on else None,
            "amount": None if amount is None else str(amount), "currency": ctx.currency,
            "note": note}
    return _Decision(data, f"Says paid already{when}; payment to verify", follow_up)


def _decide_dispute(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=True, errors=errors)
    follow_up = _follow_up(ctx, TaskKind.RESOLVE_DISPUTE, "dispute",
                           f"Disputed on the phone: {note}", ctx.now.date())
    return _Decision({"note": note}, f"Disputed: {note}", follow_up)


_Decider = Callable[[Inputs, _Context, dict[str, str]], _Decision]


def _decide_plain(summary: str) -> _Decider:
    def decide(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
        note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=False, errors=errors)
        return _Decision({"note": note}, summary + (f": {note}" if note else ""))

    return decide


def _decide_wrong_number(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    phone = next((c.phone for c in (ctx.account.contacts if ctx.account else ()) if c.phone),
                 None)
    follow_up = _follow_up(ctx, TaskKind.NEW_CONTACT, "new-number",
                           f"{phone or 'The number we have'} is a wrong number. "
                           "Please find the right contact.", ctx.now.date())
    return _Decision({"phone": phone}, f"Wrong number ({phone or 'no number on file'})",
                     follow_up)


def _decide_call_back(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    at = _datetime(inputs, InputField.CALL_BACK_AT, errors, after=ctx.now,
                   before=ctx.now + CALL_BACK_HORIZON)
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=False, errors=errors)
    if at is None:
        return _Decision({}, "")
    follow_up = _follow_up(ctx, TaskKind.CALL, f"call-back-{at:%Y%m%dT%H%M}",
                           f"Call back at {at:%Y-%m-%d %H:%M} UTC, as agreed on the phone"
                           f"{f': {note}' if note else ''}.", at.date())
    return _Decision({"call_back_at": at.isoformat(), "note": note},
                     f"Call back at {at:%Y-%m-%d %H:%M} UTC", follow_up)


def _decide_adjusted(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    invoice = _invoice(inputs, ctx, errors)
    balance = _amount(inputs, InputField.AMOUNT, ctx.currency, errors, required=True,
                      least=Decimal(0), most=invoice.balance if invoice else None)
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=True, errors=errors)
    if invoice is None or balance is None:
        return _Decision({}, "")
    adjusted = replace(invoice, balance=balance,
                       status=InvoiceStatus.OPEN if balance else InvoiceStatus.CREDITED)
    return _Decision({"invoice": invoice.number, "balance_before": str(invoice.balance),
                      "balance": str(balance), "note": note},
                     f"Dispute resolved: {invoice.number} adjusted to {balance} "
                     f"{invoice.currency} ({note})", invoice=adjusted)


def _decide_cancelled(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    invoice = _invoice(inputs, ctx, errors)
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=True, errors=errors)
    if invoice is None:
        return _Decision({}, "")
    cancelled = replace(invoice, balance=Decimal(0), status=InvoiceStatus.VOID)
    return _Decision({"invoice": invoice.number, "balance_before": str(invoice.balance),
                      "note": note},
                     f"Dispute resolved: {invoice.number} cancelled ({note})", invoice=cancelled)


def _decide_reenabled(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    address = (inputs.get(InputField.ADDRESS) or "").strip()
    known = {e.lower() for e in (ctx.account.emails if ctx.account else ())}
    if not address:
        errors[InputField.ADDRESS] = "choose the address to write to again"
    elif address.lower() not in known:
        errors[InputField.ADDRESS] = f"{address} is not one of this account's addresses"
    reason = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=True, errors=errors)
    return _Decision({"address": address, "note": reason},
                     f"Contact re-enabled for {address}: {reason}")


def _decide_reclassified(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> _Decision:
    intent = (inputs.get(InputField.INTENT) or "").strip()
    if intent not in REPLY_INTENTS:
        errors[InputField.INTENT] = "choose what the reply really says"
    note = _text(inputs.get(InputField.NOTE), InputField.NOTE, required=False, errors=errors)
    return _Decision({"intent": intent, "note": note}, f"Reply reclassified as {intent}")


_DECIDERS: dict[Outcome, _Decider] = {
    Outcome.PROMISED_TO_PAY: _decide_promise,
    Outcome.PLAN_AGREED: _decide_plan,
    Outcome.PAID_ALREADY: _decide_paid,
    Outcome.DISPUTED: _decide_dispute,
    Outcome.LEFT_VOICEMAIL: _decide_plain("Left a voicemail"),
    Outcome.NO_ANSWER: _decide_plain("No answer"),
    Outcome.WRONG_NUMBER: _decide_wrong_number,
    Outcome.CALL_BACK_LATER: _decide_call_back,
    Outcome.PAYMENT_RECEIVED: _decide_plain("Payment received"),
    Outcome.PAYMENT_NOT_RECEIVED: _decide_plain("Payment not received; reminders resume"),
    Outcome.INVOICE_STANDS: _decide_plain("Dispute resolved: the invoice stands"),
    Outcome.INVOICE_ADJUSTED: _decide_adjusted,
    Outcome.INVOICE_CANCELLED: _decide_cancelled,
    Outcome.CONTACT_REENABLED: _decide_reenabled,
    Outcome.RECLASSIFIED: _decide_reclassified,
    Outcome.HANDLED: _decide_plain("Handled"),
    Outcome.CONFIRMED: _decide_plain("Confirmed: it may go"),
    Outcome.NOT_YET: _decide_plain("Not yet: it keeps waiting; duebot asks again in a week"),
}


def _follow_up(ctx: _Context, kind: TaskKind, suffix: str, reason: str, due: date) -> StaffTask:
    return StaffTask(id=f"{ctx.task.id}:{suffix}", account_id=ctx.task.account_id, kind=kind,
                     reason=reason, created_at=ctx.now, due_on=due, invoices=ctx.task.invoices,
                     assigned_to=ctx.task.assigned_to)


def _text(value: str | None, name: str, *, required: bool, errors: dict[str, str]) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            errors[name] = "please write a few words"
        return None
    if len(text) > NOTE_LIMIT:
        errors[name] = f"keep it under {NOTE_LIMIT} characters"
    return text


def _date(
    inputs: Inputs, name: str, errors: dict[str, str], *, required: bool,
    earliest: date | None, latest: date | None,
) -> date | None:
    raw = (inputs.get(name) or "").strip()
    if not raw:
        if required:
            errors[name] = "choose a date"
        return None
    try:
        value = date.fromisoformat(raw)
    except ValueError:
        errors[name] = f"{raw!r} is not a date (YYYY-MM-DD)"
        return None
    if earliest is not None and value < earliest:
        errors[name] = f"must be today ({earliest}) or later"
    elif latest is not None and value > latest:
        errors[name] = f"must be on or before {latest}"
    return value


def _datetime(
    inputs: Inputs, name: str, errors: dict[str, str], *, after: datetime, before: datetime,
) -> datetime | None:
    raw = (inputs.get(name) or "").strip()
    if not raw:
        errors[name] = "choose a date and time"
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        errors[name] = f"{raw!r} is not a date and time"
        return None
    if value.tzinfo is None:
        errors[name] = "needs a time zone"
        return None
    if value <= after:
        errors[name] = "must be in the future"
    elif value > before:
        errors[name] = f"must be within {CALL_BACK_HORIZON.days} days"
    return value


def _amount(
    inputs: Inputs, name: str, currency: str, errors: dict[str, str], *, required: bool,
    least: Decimal | None = None, most: Decimal | None = None,
) -> Decimal | None:
    raw = (inputs.get(name) or "").strip().replace(",", "")
    for symbol in ("£", "$", "€", currency):
        raw = raw.removeprefix(symbol).removesuffix(symbol).strip()
    if not raw:
        if required:
            errors[name] = f"enter an amount in {currency}"
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        errors[name] = f"{raw!r} is not an amount (like 120.50)"
        return None
    precision = get_currency_precision(currency)
    if not value.is_finite() or value != value.quantize(Decimal(1).scaleb(-precision)):
        errors[name] = f"{raw!r} is not an amount in {currency} ({precision} decimals at most)"
        return None
    if least is not None and value < least:
        errors[name] = f"must be at least {least} {currency}"
    elif least is None and value <= 0:
        errors[name] = "must be more than zero"
    elif most is not None and value > most:
        errors[name] = f"must not be more than {most} {currency}"
    return value


def _invoice(inputs: Inputs, ctx: _Context, errors: dict[str, str]) -> Invoice | None:
    number = (inputs.get(InputField.INVOICE) or "").strip()
    if not number and len(ctx.invoices) == 1:
        return ctx.invoices[0]
    for invoice in ctx.invoices:
        if invoice.number == number:
            return invoice
    errors[InputField.INVOICE] = "choose one of this task's invoices"
    return None
