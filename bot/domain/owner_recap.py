"""The owner's weekly recap: how collections went this week and what needs the owner's decision.

`build_owner_recap` is a pure function of the books (accounts, invoices), the account logs, the
open staff tasks and `now`; the service that sends it lives in `bot.services.owner_recap`.

The week is seven calendar days in the business's time zone, both ends included: by default
the seven ending on `now`'s date; the weekly service passes the seven full days before the
scheduled send day, so that each day is counted in exactly one recap. What counts in it:

- **collected**: PAYMENT_RECORDED events whose `received_on` falls in the week (the event's own
  date when it names none), summed by currency;
- **promised**: PROMISE_MADE events logged in the week; **broken**: PROMISE_BROKEN and
  INSTALMENT_MISSED (a plan broken) events logged in the week;
- **active plans**: payment plans still in force as `bot.domain.agreements` folds them (not
  superseded, completed or broken) with something they cover still owed;
- **disputes open**: invoices paused with reason `dispute` (in force today) or named by an
  open `resolve_dispute` task, while still owed;
- **aging** and **DSO** (see `dso_countback`) as at `today`;
- **needs a decision**: accounts with an open escalation task (or a task from a final-notice /
  agency step), an open dispute, a promise or plan broken this week, or a reply nobody could read
  (an open triage task); plus the count of replies that matched no account at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from bot.domain.account_state import ACCOUNT_WIDE, fold_account_state
from bot.domain.aging import aging
from bot.domain.agreements import AgreementKind, fold_agreements
from bot.domain.event_data import data_date, data_decimal
from bot.domain.events import Event, EventType
from bot.domain.models import Account, Invoice, InvoiceStatus
from bot.domain.money import totals_by_currency
from bot.domain.tasks import StaffTask, TaskKind

# The log that holds the owner's recap emails (an internal log, like "~unmatched"): its
# outbox entries go to the owner, never a debtor, so the debtor compliance rules do not apply.
OWNER_LOG = "~owner"
WEEK_DAYS = 7
DSO_MAX_MONTHS = 24
DISPUTE_REASON = "dispute"
DEFAULT_ESCALATION_STEPS = frozenset({"final_notice", "agency"})
_TENTH = Decimal("0.1")
# A promise broken or a plan instalment missed: the data key of the date it was due, the
# reason when the event gives none, and how it reads under "needs a decision".
_BREAKS: dict[str, tuple[str, str, str]] = {
    EventType.PROMISE_BROKEN: ("promise_date", "", "promise{when} broken"),
    EventType.INSTALMENT_MISSED: ("due_on", "instalment missed", "plan instalment{when} missed"),
}


@dataclass(frozen=True, slots=True)
class RecapWeek:
    """The seven calendar days a recap covers, `first_day` to `last_day` inclusive."""

    first_day: date
    last_day: date

    @classmethod
    def ending_on(cls, today: date) -> RecapWeek:
        return cls(today - timedelta(days=WEEK_DAYS - 1), today)

    def holds(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True, slots=True)
class PromiseLine:
    account_id: str
    account_name: str
    due_on: date
    amount: Decimal | None
    currency: str | None
    made_on: date
    source: str = ""


@dataclass(frozen=True, slots=True)
class BrokenPromise:
    account_id: str
    account_name: str
    promise_date: date | None
    broken_on: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ActivePlan:
    account_id: str
    account_name: str
    currency: str
    total: Decimal
    instalments: int
    agreed_on: date
    next_due: date | None
    next_amount: Decimal | None
    invoices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OpenDispute:
    account_id: str
    account_name: str
    invoices: tuple[str, ...]
    owed: Mapping[str, Decimal]


@dataclass(frozen=True, slots=True)
class DsoMonth:
    """One month walked back through: its sales and how many of its days were counted."""

    first_day: date
    last_day: date
    sales: Decimal
    days_counted: Decimal


@dataclass(frozen=True, slots=True)
class Dso:
    """Days sales outstanding for one currency by the countback method (see `dso_countback`).

    `complete` is False when the sales history ran out before the receivables did: `days` is
    then a lower bound."""

    currency: str
    days: Decimal
    receivables: Decimal
    months: tuple[DsoMonth, ...]
    complete: bool


@dataclass(frozen=True, slots=True)
class Decision:
    """An account that needs the owner (or a person) to decide something, and why."""

    account_id: str
    account_name: str
    reasons: tuple[str, ...]
    owed: Mapping[str, Decimal]


@dataclass(frozen=True, slots=True)
class OwnerRecap:
    now: datetime
    week: RecapWeek
    collected: Mapping[str, Decimal]
    payments: int
    promised: tuple[PromiseLine, ...]
    broken: tuple[BrokenPromise, ...]
    plans: tuple[ActivePlan, ...]
    disputes: tuple[OpenDispute, ...]
    aging: Mapping[str, Mapping[str, Decimal]]
    owed: Mapping[str, Decimal]
    dso: Mapping[str, Dso]
    decisions: tuple[Decision, ...]
    unmatched_replies: int = 0
    promised_totals: Mapping[str, Decimal] = field(default_factory=dict)

    @property
    def quiet(self) -> bool:
        """Nothing happened this week and nothing is owed."""
        return not (self.collected or self.promised or self.broken or self.plans
                    or self.disputes or self.owed or self.decisions or self.unmatched_replies)


def _local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def _months_back(today: date) -> Iterable[tuple[date, date]]:
    """(first day, last day) of this month up to `today`, then each whole month before it."""
    first = today.replace(day=1)
    yield first, today
    while True:
        last = first - timedelta(days=1)
        first = last.replace(day=1)
        yield first, last


def dso_countback(
    invoices: Iterable[Invoice], today: date, currency: str, *, max_months: int = DSO_MAX_MONTHS
) -> Dso:
    """Days sales outstanding by the countback method, for one currency.

    Start with the receivables: the open balances of invoices issued on or before `today`.
    Walk back month by month through sales (the amounts of invoices issued in that month, void
    ones left out), most recent first: this month from its 1st to `today`, then each whole
    calendar month before. While the receivables left are at least the month's sales, count
    every day of the month and take its sales off; in the month where they are less, count
    the same fraction of its days (receivables left / sales) and stop. DSO is the days counted.

    Worked example (today 15 March): receivables 25,000; sales 1–15 March 10,000, February
    20,000. March counts all 15 days, leaving 15,000; February counts 15,000 / 20,000 of its
    28 days = 21; DSO = 36 days.

    A month with no sales counts in full. If the sales history (or `max_months`) runs out
    before the receivables do, the days counted so far are returned with `complete=False`.
    """
    code = currency.upper()
    mine = [i for i in invoices if i.currency.upper() == code and i.issued_on <= today]
    receivables = sum((i.balance for i in mine if i.is_open), Decimal(0))
    if receivables <= 0:
        return Dso(code, Decimal(0), Decimal(0), (), True)
    sales_by_month: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for inv in mine:
        if inv.status is not InvoiceStatus.VOID:
            sales_by_month[(inv.issued_on.year, inv.issued_on.month)] += inv.amount
    earliest = min(inv.issued_on for inv in mine)
    left = receivables
    days = Decimal(0)
    months: list[DsoMonth] = []
    for index, (first, last) in enumerate(_months_back(today)):
        if index >= max_months or last < earliest:
            break
        sales = sales_by_month.get((first.year, first.month), Decimal(0))
        span = Decimal((last - first).days + 1)
        if sales <= 0 or left >= sales:
            counted = span
            left -= max(sales, Decimal(0))
        else:
            counted = span * left / sales
            left = Decimal(0)
        days += counted
        months.append(DsoMonth(first, last, sales, counted.quantize(_TENTH, ROUND_HALF_UP)))
        if left <= 0:
            break
    return Dso(code, days.quantize(_TENTH, ROUND_HALF_UP), receivables, tuple(months),
               complete=left <= 0)


def _owed(invoices: Iterable[Invoice]) -> dict[str, Decimal]:
    return totals_by_currency((inv.balance, inv.currency) for inv in invoices if inv.is_open)


def _active_plans(account: Account, log: Sequence[Event], open_numbers: set[str]
                  ) -> list[ActivePlan]:
    """The account's payment plans still in force (see `bot.domain.agreements`) that cover
    something still owed."""
    active = []
    for plan in fold_agreements(log).active():
        if plan.kind is not AgreementKind.PLAN:
            continue
        still_owed = bool(open_numbers & set(plan.invoices)) if plan.invoices else bool(
            open_numbers)
        if not still_owed:
            continue
        pending = plan.next_unsettled()
        active.append(ActivePlan(
            account_id=account.id, account_name=account.name,
            currency=(plan.currency or "").upper(), total=plan.total,
            instalments=len(plan.instalments), agreed_on=plan.made_on,
            next_due=pending.due_on if pending else None,
            next_amount=pending.remaining if pending else None,
            invoices=plan.invoices))
    return active


def build_owner_recap(
    *,
    accounts: Sequence[Account],
    invoices: Sequence[Invoice],
    logs: Mapping[str, Sequence[Event]],
    tasks: Sequence[StaffTask],
    now: datetime,
    zone: tzinfo = UTC,
    escalation_steps: frozenset[str] = DEFAULT_ESCALATION_STEPS,
    week: RecapWeek | None = None,
) -> OwnerRecap:
    """The recap for `week` (default: the seven days ending on `now`'s date in `zone`; see the
    module docstring); aging, DSO, plans, disputes and tasks as they stand at `now`.

    `logs` maps account ids to their events in order; `tasks` are the staff tasks (done ones
    are ignored)."""
    today = _local_day(now, zone)
    week = week or RecapWeek.ending_on(today)
    known = {a.id: a for a in accounts}
    by_account: dict[str, list[Invoice]] = defaultdict(list)
    for inv in invoices:
        by_account[inv.account_id].append(inv)
    open_tasks = [t for t in tasks if t.is_open]
    tasks_by_account: dict[str, list[StaffTask]] = defaultdict(list)
    for task in open_tasks:
        tasks_by_account[task.account_id].append(task)

    received: list[tuple[Decimal, str]] = []
    promised: list[PromiseLine] = []
    broken: list[BrokenPromise] = []
    plans: list[ActivePlan] = []
    disputes: list[OpenDispute] = []
    decisions: list[Decision] = []

    for account in sorted(known.values(), key=lambda a: (a.name.lower(), a.id)):
        log = logs.get(account.id, ())
        mine = by_account.get(account.id, [])
        open_invoices = {i.number: i for i in mine if i.is_open}
        account_tasks = tasks_by_account.get(account.id, [])
        reasons: list[str] = []

        for event in log:
            day = _local_day(event.at, zone)
            data = event.data or {}
            if event.type == EventType.PAYMENT_RECORDED:
                paid_on = data_date(data.get("received_on")) or day
                amount = data_decimal(data.get("amount"))
                if week.holds(paid_on) and amount is not None and data.get("currency"):
                    received.append((amount, str(data["currency"])))
            elif event.type == EventType.PROMISE_MADE and week.holds(day):
                due = data_date(data.get("date"))
                if due is not None:
                    currency = data.get("currency")
                    promised.append(PromiseLine(
                        account.id, account.name, due, data_decimal(data.get("amount")),
                        str(currency).upper() if currency else None, day,
                        str(data.get("source") or "")))
            elif event.type in _BREAKS and week.holds(day):
                date_key, default_reason, reads = _BREAKS[event.type]
                due = data_date(data.get(date_key))
                broken.append(BrokenPromise(account.id, account.name, due, day,
                                            str(data.get("reason") or default_reason)))
                reasons.append(reads.format(when=f" of {due.isoformat()}" if due else ""))

        plans.extend(_active_plans(account, log, set(open_invoices)))

        disputed = _disputed(log, account_tasks, open_invoices, today)
        if disputed:
            owed_disputed = _owed(open_invoices[n] for n in disputed)
            disputes.append(OpenDispute(account.id, account.name, disputed, owed_disputed))
            reasons.append(f"dispute open on {', '.join(disputed)}")

        for task in sorted(account_tasks, key=lambda t: t.id):
            if task.kind is TaskKind.ESCALATE or (task.step and task.step in escalation_steps):
                step = task.step or "escalation"
                reasons.append(f"confirm escalation ({step})")
        triage = sum(1 for t in account_tasks if t.kind is TaskKind.TRIAGE)
        if triage:
            reasons.append(f"{triage} repl{'y' if triage == 1 else 'ies'} waiting to be read")

        if reasons:
            decisions.append(Decision(account.id, account.name, tuple(dict.fromkeys(reasons)),
                                      _owed(open_invoices.values())))

    unmatched = sum(1 for t in open_tasks
                    if t.account_id not in known and t.kind is TaskKind.TRIAGE)
    promised_totals = totals_by_currency((line.amount, line.currency) for line in promised
                                         if line.amount is not None and line.currency)
    owed = _owed(invoices)
    return OwnerRecap(
        now=now, week=week, collected=totals_by_currency(received), payments=len(received),
        promised=tuple(sorted(promised, key=lambda p: (p.due_on, p.account_name))),
        broken=tuple(sorted(broken, key=lambda b: (b.broken_on, b.account_name))),
        plans=tuple(plans), disputes=tuple(disputes),
        aging=aging(invoices, today), owed=owed,
        dso={c: dso_countback(invoices, today, c) for c in sorted(owed)},
        decisions=tuple(decisions), unmatched_replies=unmatched,
        promised_totals=promised_totals)


def _disputed(log: Sequence[Event], tasks: Sequence[StaffTask],
              open_invoices: Mapping[str, Invoice], today: date) -> tuple[str, ...]:
    """Open invoices under a dispute pause in force today or an open resolve-dispute task."""
    state = fold_account_state(log)
    numbers: set[str] = set()
    for holder, pause in state.pauses.items():
        if pause.reason == DISPUTE_REASON and pause.holds_on(today):
            numbers.update(open_invoices if holder == ACCOUNT_WIDE else (holder,))
    for task in tasks:
        if task.kind is TaskKind.RESOLVE_DISPUTE:
            numbers.update(task.invoices or open_invoices)
    return tuple(sorted(n for n in numbers if n in open_invoices))
