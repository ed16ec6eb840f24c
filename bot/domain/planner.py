"""The cadence planner: from (accounts, invoices, account states, config, now) to what is due.

A pure function. It proposes; the compliance guard disposes: every contact the planner would
make is checked by `ComplianceGuard` first, and what the guard holds back is reported with its
reason, so `duebot tick --dry-run` can say what would be sent to whom and why, and what was
held back and why.

The rules, in the business's words:

- A cadence step "has come" for an invoice when the debtor's local date is on or after the
  invoice's due date plus the step's `offset_days`. A good payer (enough invoices paid, a high
  enough on-time rate, no broken promise) gets `grace.good_payer_extra_days` added to every
  step after the due date, so the whole after-due cadence starts later and keeps its spacing.
- Each invoice is at the latest step that has come for it. If that step was already taken
  (queued, sent, task created, or skipped) there is nothing new to say about it. Earlier steps
  that came but were never taken (downtime, held back) are not sent late: they are reported in
  `skipped` when the later step goes, so the service can log STEP_SKIPPED. Never a burst of
  missed steps, never silently nothing.
- Combining (one email per account): among the invoices whose latest step is an email step,
  pick the most advanced such step. The email covers every chaseable invoice of the account
  (open, not paused, not under a promise) whose own first step has come and for which that
  step has not been taken yet. `staff_call` and `escalate` steps become one staff task per step
  covering the invoices at that step; they are not emails, so they do not compete with the
  email for the account. A step is never taken twice for the same invoice, and the cadence
  never steps back: once an invoice was listed in a more advanced step (e.g. it rode along in a
  final notice about another invoice), its earlier steps are reported skipped, not sent.
- An email whose recipient list is empty (every address stopped or undeliverable, or none on
  file) is held with that reason, and a staff task asks for a new contact.
- On the debtor's birthday (config.birthday) with a balance open, a birthday note goes instead
  of any reminder email that day, once a year (its key is salted with the year).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.config import CadenceStep, Config, GraceConfig
from bot.domain.account_state import BIRTHDAY_STEP, AccountState
from bot.domain.agreements import AgreementKind
from bot.domain.calendar import SendCalendar
from bot.domain.compliance import (
    AWAITING_CONFIRMATION,
    EMAIL,
    HARDSHIP_OFFER_STEP,
    TERMS,
    CheckContext,
    ComplianceGuard,
    ContactRequest,
    Held,
    invoice_hold,
)
from bot.domain.models import Account, Invoice
from bot.domain.reminders import Reminder, idempotency_key
from bot.domain.tasks import StaffTask, TaskKind

BIRTHDAY_NOTE_INTERVAL = timedelta(days=300)
#: After a person says "not yet" to an escalation step, they are asked again this much later.
ASK_AGAIN_AFTER = timedelta(days=7)
_TASK_KINDS = {"staff_call": TaskKind.CALL, "escalate": TaskKind.ESCALATE}


@dataclass(frozen=True, slots=True)
class HeldBack:
    """A contact the planner would make but may not now, and why (`rule` names the rule)."""

    account_id: str
    step: str
    invoices: tuple[str, ...]
    reason: str
    rule: str = ""
    not_before: datetime | None = None


@dataclass(frozen=True, slots=True)
class SkippedStep:
    """A step whose time came but which was superseded by a later one: log it, do not send."""

    account_id: str
    step: str
    invoices: tuple[str, ...]
    reason: str


@dataclass(slots=True)
class Plan:
    now: datetime
    due: list[Reminder] = field(default_factory=list)
    tasks: list[StaffTask] = field(default_factory=list)
    held: list[HeldBack] = field(default_factory=list)
    skipped: list[SkippedStep] = field(default_factory=list)


class Cadence:
    """The owner's cadence steps, asked "which step has come for this invoice today?"."""

    def __init__(self, steps: Iterable[CadenceStep]) -> None:
        self.steps: tuple[CadenceStep, ...] = tuple(steps)

    def offset(self, index: int, grace_days: int) -> int:
        offset = self.steps[index].offset_days
        return offset + grace_days if offset > 0 else offset

    def latest_come(self, due_on: date, today: date, grace_days: int) -> int | None:
        """Index of the latest step that has come for an invoice due on `due_on`, or None."""
        days = (today - due_on).days
        for index in range(len(self.steps) - 1, -1, -1):
            if self.offset(index, grace_days) <= days:
                return index
        return None


def is_good_payer(account: Account, state: AccountState, grace: GraceConfig) -> bool:
    """A clean payment history: enough invoices paid, on time, and no broken promise."""
    rate = account.history.on_time_rate
    return (
        account.history.invoices_paid >= grace.min_invoices_paid
        and rate is not None
        and rate >= grace.min_on_time_rate
        and state.broken_promises == 0
    )


def is_birthday(birthday: date, today: date) -> bool:
    """Today is the birthday (29 February is kept on 28 February in other years)."""
    if (birthday.month, birthday.day) == (today.month, today.day):
        return True
    leap = today.year % 4 == 0 and (today.year % 100 != 0 or today.year % 400 == 0)
    return (birthday.month, birthday.day) == (2, 29) and not leap and (today.month, today.day) == (
        2, 28)


def plan(
    accounts: Iterable[Account],
    invoices: Iterable[Invoice],
    states: Mapping[str, AccountState],
    config: Config,
    now: datetime,
    calendar: SendCalendar | None = None,
    guard: ComplianceGuard | None = None,
) -> Plan:
    """Decide what is due now. `calendar` (holidays) is built once here unless given."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if guard is None:
        guard = ComplianceGuard(config, calendar or SendCalendar.from_config(config, now))
    open_by_account: dict[str, list[Invoice]] = defaultdict(list)
    for invoice in invoices:
        if invoice.is_open:
            open_by_account[invoice.account_id].append(invoice)
    planner = _AccountPlanner(config, now, guard, Cadence(config.cadence), Plan(now=now))
    empty = AccountState()
    for account in accounts:
        open_invoices = open_by_account.get(account.id)
        if open_invoices:
            open_invoices.sort(key=lambda inv: inv.number)
            planner.plan_account(account, open_invoices, states.get(account.id, empty))
    return planner.result


@dataclass(slots=True)
class _Chaseable:
    invoice: Invoice
    latest: int | None


class _AccountPlanner:
    """Plans one account at a time into a shared `Plan`."""

    def __init__(self, config: Config, now: datetime, guard: ComplianceGuard, cadence: Cadence,
                 result: Plan) -> None:
        self.config = config
        self.now = now
        self.guard = guard
        self.cadence = cadence
        self.result = result

    def plan_account(self, account: Account, open_invoices: list[Invoice],
                     state: AccountState) -> None:
        ctx = self.guard.context(account, self.now)
        grace = self.config.grace.good_payer_extra_days if is_good_payer(
            account, state, self.config.grace) else 0
        self._hardship_offer(account, open_invoices, state, ctx)
        chaseable = self._chaseable(account, open_invoices, state, ctx.today, grace)
        if not chaseable:
            return
        birthday_today = self._birthday(account, chaseable, state, ctx)
        acted: dict[str, set[int]] = defaultdict(set)
        candidates: dict[str, int] = {}
        overtaken: dict[str, int] = {}
        for c in chaseable:
            number = c.invoice.number
            if c.latest is None or state.step_done(number, self.cadence.steps[c.latest].name):
                continue
            beyond = self._taken_beyond(number, c.latest, state)
            if beyond is None:
                candidates[number] = c.latest
            else:
                overtaken[number] = beyond
        self._plan_tasks(account, chaseable, candidates, state, ctx, acted)
        self._plan_email(account, chaseable, candidates, state, ctx, acted, grace,
                         birthday_today)
        self._report_skipped(account, chaseable, state, acted, overtaken)

    def _taken_beyond(self, number: str, latest: int, state: AccountState) -> int | None:
        """The most advanced step after `latest` already taken for this invoice (e.g. it was
        listed in a final notice about another invoice), or None. The cadence never steps
        back: a gentle reminder never follows a final notice about the same invoice."""
        for index in range(len(self.cadence.steps) - 1, latest, -1):
            if state.step_done(number, self.cadence.steps[index].name):
                return index
        return None

    def _chaseable(self, account: Account, open_invoices: list[Invoice], state: AccountState,
                   today: date, grace: int) -> list[_Chaseable]:
        """Open invoices that may be chased; the others are reported held if a step has come."""
        chaseable = []
        for invoice in open_invoices:
            latest = self.cadence.latest_come(invoice.due_on, today, grace)
            hold = invoice_hold(invoice, state, today) or _agreement_hold(
                invoice, state, today, self.config.agreements.grace_days)
            if hold is None:
                chaseable.append(_Chaseable(invoice, latest))
                continue
            if latest is not None:
                step = self.cadence.steps[latest].name
                if not state.step_done(invoice.number, step):
                    self._hold(account.id, step, (invoice.number,), hold)
        return chaseable

    def _plan_tasks(self, account: Account, chaseable: list[_Chaseable],
                    candidates: dict[str, int], state: AccountState, ctx: CheckContext,
                    acted: dict[str, set[int]]) -> None:
        by_step: dict[int, list[Invoice]] = defaultdict(list)
        for c in chaseable:
            index = candidates.get(c.invoice.number)
            if index is not None and self.cadence.steps[index].channel != EMAIL:
                by_step[index].append(c.invoice)
        for index in sorted(by_step):
            step = self.cadence.steps[index]
            covered = tuple(by_step[index])
            numbers = tuple(inv.number for inv in covered)
            open_task = state.open_task_for(step.name)
            if open_task is not None:
                self._hold(account.id, step.name, numbers, Held(
                    "task_open", f"the open task {open_task} already asks a person to act on "
                                 "this account; a new one follows when it is done"))
                continue
            request = ContactRequest(account, step.channel, covered, step=step.name)
            verdict = self.guard.check(request, state, self.now, ctx)
            if isinstance(verdict, Held):
                self._hold(account.id, step.name, numbers, verdict)
                if verdict.rule == AWAITING_CONFIRMATION:
                    self._ask_confirmation(account, step, covered, state, ctx.today)
                continue
            self.result.tasks.append(StaffTask(
                id=f"step:{account.id}:{step.name}:"
                   f"{idempotency_key(account.id, step.name, numbers)[:16]}",
                account_id=account.id,
                kind=_TASK_KINDS[step.channel],
                reason=_task_reason(account, step, covered, ctx.today),
                created_at=self.now,
                due_on=ctx.today,
                invoices=numbers,
                assigned_to=account.assigned_to,
                step=step.name,
            ))
            for number in numbers:
                acted[number].add(index)

    def _plan_email(self, account: Account, chaseable: list[_Chaseable],
                    candidates: dict[str, int], state: AccountState, ctx: CheckContext,
                    acted: dict[str, set[int]], grace: int, birthday_today: bool) -> None:
        email_steps = [i for i in candidates.values() if self.cadence.steps[i].channel == EMAIL]
        if not email_steps:
            return
        index = max(email_steps)
        step = self.cadence.steps[index]
        covered = tuple(
            c.invoice for c in chaseable
            if c.latest is not None
            and not state.step_done(c.invoice.number, step.name)
            and self._taken_beyond(c.invoice.number, index, state) is None)
        numbers = tuple(inv.number for inv in covered)
        if birthday_today:
            self.result.held.append(HeldBack(
                account.id, step.name, numbers,
                "today is their birthday: only the birthday note goes; "
                "the reminder waits until tomorrow", rule="birthday_courtesy"))
            return
        to = self.guard.recipients(account, state)
        request = ContactRequest(account, EMAIL, covered, to, step=step.name)
        verdict = self.guard.check(request, state, self.now, ctx)
        if isinstance(verdict, Held):
            self._hold_email(account, step.name, numbers, verdict, state, ctx.today)
            if verdict.rule == AWAITING_CONFIRMATION:
                self._ask_confirmation(account, step, covered, state, ctx.today)
            return
        key = _fresh_key(account.id, step.name, numbers, state)
        if state.knows_email(key):
            return
        self.result.due.append(Reminder(
            key=key,
            account_id=account.id,
            step=step.name,
            template=step.template or step.name,
            to=to,
            invoices=numbers,
            reason=_email_reason(step, covered, ctx.today, grace, self.cadence, index),
            planned_at=self.now,
            fees_stopped=state.fees_stopped,
        ))
        for number in numbers:
            acted[number].add(index)

    def _birthday(self, account: Account, chaseable: list[_Chaseable], state: AccountState,
                  ctx: CheckContext) -> bool:
        """Plan the birthday note if today is the day; True when it is the debtor's birthday
        (reminder emails then wait a day)."""
        settings = self.config.birthday
        if not settings.enabled or account.birthday is None:
            return False
        if not is_birthday(account.birthday, ctx.today):
            return False
        if state.birthday_note_since(self.now - BIRTHDAY_NOTE_INTERVAL):
            return True
        covered = tuple(c.invoice for c in chaseable)
        numbers = tuple(inv.number for inv in covered)
        to = self.guard.recipients(account, state)
        verdict = self.guard.check(ContactRequest(account, EMAIL, covered, to), state, self.now,
                                   ctx)
        if isinstance(verdict, Held):
            self._hold_email(account, BIRTHDAY_STEP, numbers, verdict, state, ctx.today)
            return True
        key = _fresh_key(account.id, BIRTHDAY_STEP, numbers, state, salt=str(ctx.today.year))
        if not state.knows_email(key):
            self.result.due.append(Reminder(
                key=key,
                account_id=account.id,
                step=BIRTHDAY_STEP,
                template=settings.template,
                to=to,
                invoices=numbers,
                reason=f"it is {account.name}'s birthday ({ctx.today.isoformat()}) and "
                       f"{len(numbers)} invoice(s) are open: a friendly note, once a year",
                planned_at=self.now,
                fees_stopped=state.fees_stopped,
            ))
        return True

    def _ask_confirmation(self, account: Account, step: CadenceStep, covered: tuple[Invoice, ...],
                          state: AccountState, today: date) -> None:
        """Ask a person to confirm an escalation step (one task per step and invoices; after a
        "not yet", a new one is due `ASK_AGAIN_AFTER` later). While one is open, invoices that
        reach the step meanwhile wait for it rather than adding a second question."""
        if state.open_confirmation_for(step.name) is not None:
            return
        numbers = tuple(inv.number for inv in covered)
        declines = state.declines.get(step.name, 0)
        declined = state.step_declined(step.name)
        due = today
        if declined is not None:
            due = max(today, declined.at.date() + ASK_AGAIN_AFTER)
        digest = idempotency_key(account.id, f"confirm:{step.name}", numbers,
                                 salt=str(declines))[:16]
        what = (f"send the final notice to {account.name}" if step.channel == EMAIL
                else f"hand {account.name}'s account to the collection agency")
        listed = ", ".join(f"{_describe(inv, today)}: {inv.balance} {inv.currency}"
                           for inv in covered)
        self.result.tasks.append(StaffTask(
            id=f"confirm:{account.id}:{step.name}:{digest}",
            account_id=account.id,
            kind=TaskKind.CONFIRM_STEP,
            reason=f"Confirm or say not yet: duebot is ready to {what} "
                   f"(cadence step '{step.name}') about {listed}. Nothing leaves until a "
                   "person confirms.",
            created_at=self.now,
            due_on=due,
            invoices=numbers,
            assigned_to=account.assigned_to,
            step=step.name,
        ))

    def _hardship_offer(self, account: Account, open_invoices: list[Invoice],
                        state: AccountState, ctx: CheckContext) -> None:
        """UK consumers who told us of hardship: once fees are stopped, offer a payment plan
        in writing, with links to free debt advice (through the gate, as terms not chasing)."""
        if self.guard.profile != "uk_consumer" or state.fees_stopped_at is None:
            return
        covered = tuple(open_invoices)
        numbers = tuple(inv.number for inv in covered)
        key = _fresh_key(account.id, HARDSHIP_OFFER_STEP, numbers, state,
                         salt=state.fees_stopped_at.date().isoformat())
        if state.knows_email(key) or any(
                state.step_done(n, HARDSHIP_OFFER_STEP) for n in numbers):
            return
        to = self.guard.recipients(account, state)
        request = ContactRequest(account, EMAIL, covered, to, step=HARDSHIP_OFFER_STEP,
                                 purpose=TERMS)
        verdict = self.guard.check(request, state, self.now, ctx)
        if isinstance(verdict, Held):
            self._hold(account.id, HARDSHIP_OFFER_STEP, numbers, verdict)
            return
        self.result.due.append(Reminder(
            key=key,
            account_id=account.id,
            step=HARDSHIP_OFFER_STEP,
            template=HARDSHIP_OFFER_STEP,
            to=to,
            invoices=numbers,
            reason="they told us of financial hardship: fees are stopped; offer a payment "
                   "plan with links to free debt advice",
            planned_at=self.now,
            fees_stopped=True,
        ))

    def _hold_email(self, account: Account, step: str, numbers: tuple[str, ...], verdict: Held,
                    state: AccountState, today: date) -> None:
        if verdict.rule != "no_recipient":
            self._hold(account.id, step, numbers, verdict)
            return
        why = _why_no_recipient(account, state)
        self._hold(account.id, step, numbers, verdict, reason=f"nobody to email: {why}")
        blocked = ",".join(sorted(a.lower() for a in account.emails))
        digest = idempotency_key(account.id, "new-contact", (blocked,))[:16]
        self.result.tasks.append(StaffTask(
            id=f"new-contact:{account.id}:{digest}",
            account_id=account.id,
            kind=TaskKind.NEW_CONTACT,
            reason=f"Please find a contact we may email at {account.name}: {why}. "
                   f"The '{step}' email about {', '.join(numbers)} is waiting for one.",
            created_at=self.now,
            due_on=today,
            invoices=numbers,
            assigned_to=account.assigned_to,
        ))

    def _hold(self, account_id: str, step: str, numbers: tuple[str, ...], verdict: Held,
              reason: str | None = None) -> None:
        self.result.held.append(HeldBack(account_id, step, numbers, reason or verdict.reason,
                                         rule=verdict.rule, not_before=verdict.not_before))

    def _report_skipped(self, account: Account, chaseable: list[_Chaseable],
                        state: AccountState, acted: dict[str, set[int]],
                        overtaken: dict[str, int]) -> None:
        """Steps that came for an invoice but will never be taken: superseded by a step taken
        now, or overtaken by a more advanced step taken before."""
        skipped: dict[tuple[int, int, bool], list[str]] = defaultdict(list)
        for c in chaseable:
            number = c.invoice.number
            if c.latest is None:
                continue
            taken_now = acted.get(number, set())
            if number in overtaken:
                top, before = overtaken[number], True
            elif taken_now:
                top, before = max(taken_now), False
            else:
                continue
            for index in range(min(top, c.latest + 1)):
                name = self.cadence.steps[index].name
                if index not in taken_now and not state.step_done(number, name):
                    skipped[(index, top, before)].append(number)
        for (index, top, before), numbers in sorted(skipped.items()):
            later = self.cadence.steps[top].name
            reason = (f"'{later}' was already taken for it and the cadence never steps back"
                      if before else
                      f"its time passed without it being sent; superseded by '{later}' "
                      "(only the step that fits now is taken)")
            self.result.skipped.append(SkippedStep(
                account.id, self.cadence.steps[index].name, tuple(numbers), reason))


def _agreement_hold(invoice: Invoice, state: AccountState, today: date,
                    grace_days: int) -> Held | None:
    """A promise or payment plan (bot.domain.agreements) holds the cadence on the invoices it
    covers until its first unpaid date is more than `grace_days` past."""
    agreement = state.agreements.holding(invoice.number, today, grace_days)
    if agreement is None:
        return None
    rule = "promise_to_pay" if agreement.kind is AgreementKind.PROMISE else "payment_plan"
    return Held(rule, f"invoice {invoice.number} is covered by the {agreement.describe()} "
                      f"({agreement.id})", final=True)


def _why_no_recipient(account: Account, state: AccountState) -> str:
    if not account.emails:
        return "no email address on file"
    reasons = [state.address_block(a) or f"{a} may not be emailed" for a in account.emails]
    return "; ".join(dict.fromkeys(reasons))


def _fresh_key(account_id: str, step: str, numbers: tuple[str, ...], state: AccountState,
               salt: str = "") -> str:
    """The reminder's key; if an email with that key was cancelled at send time, a new key
    (it never went out, so saying it now is not a repeat, and the outbox would refuse the
    old one)."""
    key = idempotency_key(account_id, step, numbers, salt=salt)
    attempt = 0
    while key in state.cancelled_keys:
        attempt += 1
        key = idempotency_key(account_id, step, numbers, salt=f"{salt}after-cancel-{attempt}")
    return key


def _describe(invoice: Invoice, today: date) -> str:
    days = invoice.days_overdue(today)
    if days > 0:
        return f"{invoice.number} ({days} day{'s' if days != 1 else ''} overdue)"
    if days == 0:
        return f"{invoice.number} (due today)"
    return f"{invoice.number} (due in {-days} day{'s' if days != -1 else ''})"


def _email_reason(step: CadenceStep, covered: tuple[Invoice, ...], today: date, grace: int,
                  cadence: Cadence, index: int) -> str:
    offset = cadence.offset(index, grace)
    when = f"{abs(offset)} days {'after' if offset >= 0 else 'before'} the due date"
    text = (f"step '{step.name}' ({when}) has come; one email for "
            f"{', '.join(_describe(inv, today) for inv in covered)}")
    if grace and step.offset_days > 0:
        text += f"; includes {grace} days' grace for a good payer"
    return text


def _task_reason(account: Account, step: CadenceStep, covered: tuple[Invoice, ...],
                 today: date) -> str:
    verb = "Call" if step.channel == "staff_call" else "Decide whether to escalate"
    listed = ", ".join(
        f"{_describe(inv, today)}: {inv.balance} {inv.currency}" for inv in covered)
    return f"{verb} {account.name} (cadence step '{step.name}') about {listed}"
