"""Properties of the planner that hold whatever the log says."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.calendar import SendCalendar
from bot.domain.compliance import Allowed, ComplianceGuard, ContactRequest
from bot.domain.events import EventType
from bot.domain.models import Invoice, InvoiceStatus
from bot.domain.planner import Plan, plan

from .builders import Log, account, invoice, london, make_config

CONFIG = make_config()
NUMBERS = ("INV-1", "INV-2", "INV-3")
ADDRESSES = ("ap@acme-1.example", "boss@acme-1.example")
STEPS = tuple(s.name for s in CONFIG.cadence)
START = date(2026, 2, 1)
CALENDAR = SendCalendar.from_config(CONFIG, london("2026-03-01"))


def iso(day_offset: int) -> str:
    return (START + timedelta(days=day_offset)).isoformat()


invoice_strategy = st.tuples(
    st.sampled_from(NUMBERS),
    st.integers(min_value=-5, max_value=40),
    st.sampled_from([InvoiceStatus.OPEN] * 5 + list(InvoiceStatus)),
    st.sampled_from(["0", "50.00", "120.00", "120.00"]),
)

subset = st.lists(st.sampled_from(NUMBERS), max_size=2, unique=True).map(tuple)

event_strategy = st.one_of(
    st.tuples(st.just(EventType.INVOICES_PAUSED), subset,
              st.fixed_dictionaries({"reason": st.just("dispute"),
                                     "until": st.none() | st.integers(0, 90).map(iso)})),
    st.tuples(st.just(EventType.INVOICES_RESUMED), subset,
              st.fixed_dictionaries({"reason": st.just("ok")})),
    st.tuples(st.sampled_from([EventType.CONTACT_STOPPED, EventType.ADDRESS_UNDELIVERABLE,
                               EventType.CONTACT_REENABLED]), st.just(()),
              st.fixed_dictionaries({"address": st.sampled_from(ADDRESSES),
                                     "reason": st.just("r")})),
    st.tuples(st.just(EventType.PROMISE_MADE), subset,
              st.fixed_dictionaries({"date": st.integers(0, 90).map(iso)})),
    st.tuples(st.just(EventType.PROMISE_BROKEN), subset, st.just({"reason": "late"})),
    st.tuples(st.just(EventType.REMINDERS_DEFERRED), st.just(()),
              st.fixed_dictionaries({"until": st.integers(0, 90).map(iso),
                                     "reason": st.just("ooo")})),
    st.tuples(st.sampled_from([EventType.EMAIL_QUEUED, EventType.EMAIL_SENT]), subset,
              st.fixed_dictionaries({"key": st.sampled_from(["k1", "k2", "k3"]),
                                     "step": st.sampled_from(STEPS)})),
    st.tuples(st.just(EventType.EMAIL_CANCELLED), st.just(()),
              st.fixed_dictionaries({"key": st.sampled_from(["k1", "k2", "k3"])})),
    st.tuples(st.just(EventType.STEP_SKIPPED), subset,
              st.fixed_dictionaries({"step": st.sampled_from(STEPS)})),
)

scenario = st.tuples(
    st.lists(invoice_strategy, min_size=1, max_size=3, unique_by=lambda t: t[0]),
    st.lists(st.tuples(event_strategy, st.integers(0, 80)), max_size=8),
    st.integers(min_value=20, max_value=100),
    st.sampled_from([7, 9, 10, 12, 14, 16, 18]),
)


def build(spec: Any) -> tuple[list[Invoice], Log, datetime]:
    invoice_specs, event_specs, now_offset, hour = spec
    invoices = [invoice(n, iso(now_offset - overdue), status=s, balance=b)
                for n, overdue, s, b in invoice_specs]
    now = london(iso(now_offset), hour)
    log = Log()
    for (type_, invoices_, data), offset in sorted(event_specs, key=lambda e: e[1]):
        at = min(london(iso(offset), 8), now)
        log.add(type_, at, invoices_, **data)
    return invoices, log, now


def run(invoices: list[Invoice], log: Log, now: datetime) -> Plan:
    customer = account("ACME-1", *ADDRESSES)
    return plan([customer], invoices, log.states(), CONFIG, now, calendar=CALENDAR)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario)
def test_never_a_reminder_about_an_invoice_that_may_not_be_chased(spec: Any) -> None:
    invoices, log, now = build(spec)
    result = run(invoices, log, now)
    state = log.state()
    by_number = {inv.number: inv for inv in invoices}
    customer = account("ACME-1", *ADDRESSES)
    guard = ComplianceGuard(CONFIG, CALENDAR)
    today = guard.context(customer, now).today
    for reminder in result.due:
        assert reminder.to, "a reminder always has someone to go to"
        for number in reminder.invoices:
            inv = by_number[number]
            assert inv.is_open
            assert state.pause_on(number, today) is None
            assert state.promise_on(number, today) is None
            if reminder.step != "birthday":
                assert not state.step_done(number, reminder.step)
        assert all(state.may_email(a) for a in reminder.to)
        request = ContactRequest(customer, "email",
                                 tuple(by_number[n] for n in reminder.invoices), reminder.to)
        assert isinstance(guard.check(request, state, now), Allowed)
    for task in result.tasks:
        assert all(by_number[n].is_open for n in task.invoices)
    assert len(result.due) <= 1, "one email per account at most"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario)
def test_once_the_plan_is_carried_out_planning_again_says_nothing_new(spec: Any) -> None:
    invoices, log, now = build(spec)
    first = run(invoices, log, now)
    for reminder in first.due:
        log.add(EventType.EMAIL_QUEUED, now, reminder.invoices, key=reminder.key,
                step=reminder.step)
    for task in first.tasks:
        log.add(EventType.TASK_CREATED, now, task.invoices, task_id=task.id, step=task.step,
                kind=str(task.kind))
    for skipped in first.skipped:
        log.add(EventType.STEP_SKIPPED, now, skipped.invoices, step=skipped.step)
    again = run(invoices, log, now)
    assert again.due == []
    assert again.skipped == []
    assert {t.id for t in again.tasks} <= {t.id for t in first.tasks}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario, st.sampled_from([9, 13, 16]))
def test_run_daily_for_two_months_no_step_twice_never_backwards_never_over_the_cap(
        spec: Any, hour: int) -> None:
    invoices, log, now = build(spec)
    order = {name: i for i, name in enumerate(STEPS)}
    said: dict[str, list[str]] = {}
    sent_at: list[datetime] = []
    for day in range(60):
        moment = now.replace(hour=hour) + timedelta(days=day)
        result = run(invoices, log, moment)
        for skipped in result.skipped:
            log.add(EventType.STEP_SKIPPED, moment, skipped.invoices, step=skipped.step)
        for task in result.tasks:
            log.add(EventType.TASK_CREATED, moment, task.invoices, task_id=task.id,
                    step=task.step, kind=str(task.kind))
        for reminder in result.due:
            log.add(EventType.EMAIL_QUEUED, moment, reminder.invoices, key=reminder.key,
                    step=reminder.step)
            sent_at.append(moment)
            if reminder.step == "birthday":
                continue
            for number in reminder.invoices:
                steps = said.setdefault(number, [])
                assert reminder.step not in steps, "a step is never sent twice"
                assert not steps or order[reminder.step] > order[steps[-1]], "never backwards"
                steps.append(reminder.step)
        recent = [t for t in sent_at if t > moment - timedelta(days=7)]
        assert len(recent) <= CONFIG.limits.max_emails_per_7_days
