"""The owner's weekly recap: DSO by countback, aging buckets, and the week's figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.aging import AGING_BUCKETS, aging, aging_bucket
from bot.domain.events import Event, EventType, next_event
from bot.domain.models import Account, Contact, Invoice, InvoiceStatus
from bot.domain.owner_recap import OwnerRecap, RecapWeek, build_owner_recap, dso_countback
from bot.domain.tasks import StaffTask, TaskKind

MONDAY = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)  # the recap covers Tue 10 – Mon 16 March
TODAY = MONDAY.date()


def sale(number: str, issued: str, amount: str, balance: str | None = None, *,
         account_id: str = "ACME", currency: str = "GBP", due: str | None = None,
         status: InvoiceStatus = InvoiceStatus.OPEN) -> Invoice:
    owed = Decimal(balance if balance is not None else amount)
    issued_on = date.fromisoformat(issued)
    return Invoice(number, account_id, currency, Decimal(amount), owed, issued_on,
                   date.fromisoformat(due) if due else issued_on + timedelta(days=30),
                   status=status if owed > 0 or status is not InvoiceStatus.OPEN
                   else InvoiceStatus.PAID)


def customer(account_id: str = "ACME", name: str | None = None) -> Account:
    return Account(account_id, name or f"{account_id.title()} Ltd",
                   (Contact(f"ap@{account_id.lower()}.example"),))


class Log:
    """An account's log, built event by event."""

    def __init__(self, account_id: str = "ACME") -> None:
        self.account_id = account_id
        self.events: list[Event] = []

    def add(self, type: str, at: datetime, invoices: Sequence[str] = (),
            **data: Any) -> Log:
        previous = self.events[-1] if self.events else None
        self.events.append(next_event(previous, account_id=self.account_id, type=type, at=at,
                                      actor="test", invoices=invoices, data=data))
        return self


def recap(invoices: Sequence[Invoice], logs: Sequence[Log] = (),
          tasks: Sequence[StaffTask] = (), accounts: Sequence[Account] | None = None,
          now: datetime = MONDAY, **kw: Any) -> OwnerRecap:
    return build_owner_recap(
        accounts=accounts if accounts is not None else [customer()], invoices=invoices,
        logs={log.account_id: log.events for log in logs}, tasks=tasks, now=now, **kw)


def task(task_id: str, kind: TaskKind, account_id: str = "ACME", step: str | None = None,
         invoices: tuple[str, ...] = ()) -> StaffTask:
    return StaffTask(task_id, account_id, kind, "why", MONDAY, TODAY, invoices, step=step)


# --- DSO, countback ----------------------------------------------------------------------

def test_dso_countback_worked_example() -> None:
    """Today is 15 March 2026 and 25,000 is owed.

    March (1st–15th) sold 10,000: all 15 days count, 15,000 is left to explain.
    February sold 20,000, more than is left: 15,000 / 20,000 of its 28 days = 21 days.
    DSO = 15 + 21 = 36 days.
    """
    today = date(2026, 3, 15)
    invoices = [
        sale("M1", "2026-03-02", "10000.00", "10000.00"),
        sale("F1", "2026-02-10", "20000.00", "15000.00"),
        sale("J1", "2026-01-20", "30000.00", "0"),
    ]
    dso = dso_countback(invoices, today, "GBP")
    assert dso.receivables == Decimal("25000.00")
    assert dso.days == Decimal("36.0")
    assert dso.complete
    assert [(m.first_day, m.days_counted) for m in dso.months] == [
        (date(2026, 3, 1), Decimal("15.0")), (date(2026, 2, 1), Decimal("21.0"))]


def test_dso_counts_a_month_without_sales_in_full_and_walks_on() -> None:
    today = date(2026, 3, 10)
    invoices = [sale("M1", "2026-03-01", "1000"), sale("J1", "2026-01-05", "3100", "1550")]
    # owed 2,550: March 10 days (1,000), February no sales: 28 days, January 1,550 / 3,100 of 31
    assert dso_countback(invoices, today, "GBP").days == Decimal("53.5")


def test_dso_stops_at_the_months_it_may_walk_back_and_says_it_is_a_lower_bound() -> None:
    today = date(2026, 3, 15)
    invoices = [sale("M1", "2026-03-01", "100", "100"), sale("F1", "2026-02-01", "100", "100"),
                sale("X1", "2026-02-01", "500", status=InvoiceStatus.VOID)]
    full = dso_countback(invoices, today, "GBP")
    assert full.complete and full.days == Decimal("43.0")  # 15 + 28; the void sale not counted
    cut = dso_countback(invoices, today, "GBP", max_months=1)
    assert not cut.complete and cut.days == Decimal("15.0")


def test_dso_is_zero_when_nothing_is_owed_and_other_currencies_do_not_count() -> None:
    today = date(2026, 3, 15)
    invoices = [sale("M1", "2026-03-01", "100", "0"), sale("E1", "2026-03-01", "900",
                                                           currency="EUR")]
    assert dso_countback(invoices, today, "GBP").days == Decimal(0)
    assert dso_countback(invoices, today, "EUR").days == Decimal("15.0")


# --- aging ---------------------------------------------------------------------------------

def test_aging_bucket_edges() -> None:
    cases = {-5: "current", 0: "current", 1: "1–30", 30: "1–30", 31: "31–60", 60: "31–60",
             61: "61–90", 90: "61–90", 91: "90+", 400: "90+"}
    assert {days: aging_bucket(days) for days in cases} == cases


def test_aging_sums_open_balances_by_currency_and_bucket() -> None:
    invoices = [
        sale("A", "2026-01-01", "100", due="2026-03-20"),               # current
        sale("B", "2026-01-01", "200", "150", due="2026-03-01"),        # 15 days: 1–30
        sale("C", "2026-01-01", "300", due="2025-12-01"),               # 105 days: 90+
        sale("D", "2026-01-01", "400", "0", due="2025-12-01"),          # paid: not owed
        sale("E", "2026-01-01", "50", due="2026-02-01", currency="EUR"),  # 43 days: 31–60
    ]
    result = aging(invoices, TODAY)
    assert list(result["GBP"]) == list(AGING_BUCKETS)
    assert result["GBP"] == {"current": Decimal("100"), "1–30": Decimal("150"),
                             "31–60": Decimal(0), "61–90": Decimal(0), "90+": Decimal("300")}
    assert result["EUR"]["31–60"] == Decimal("50")


# --- the week's figures --------------------------------------------------------------------

def test_the_week_is_the_seven_days_ending_today() -> None:
    week = RecapWeek.ending_on(TODAY)
    assert (week.first_day, week.last_day) == (date(2026, 3, 10), TODAY)
    assert week.holds(date(2026, 3, 10)) and not week.holds(date(2026, 3, 9))


def test_collected_counts_payments_received_in_the_week_by_currency() -> None:
    def paid(log: Log, reference: str, amount: str, received: str,
             currency: str = "GBP") -> None:
        log.add(EventType.PAYMENT_RECORDED, MONDAY, reference=reference, amount=amount,
                currency=currency, received_on=received)

    log = Log()
    paid(log, "R1", "100.00", "2026-03-09")  # the day before the week: last week's recap
    paid(log, "R2", "250.00", "2026-03-10")  # first day of the week
    paid(log, "R3", "50.50", "2026-03-16")  # today
    paid(log, "R4", "70.00", "2026-03-12", "EUR")
    result = recap([sale("A", "2026-02-01", "10")], [log])
    assert result.collected == {"GBP": Decimal("300.50"), "EUR": Decimal("70.00")}
    assert result.payments == 3


def test_promises_made_and_broken_this_week_and_the_broken_need_a_decision() -> None:
    log = (Log()
           .add(EventType.PROMISE_MADE, MONDAY - timedelta(days=8), ["A"], date="2026-03-12",
                amount="100.00", currency="GBP", source="reply")
           .add(EventType.PROMISE_BROKEN, MONDAY - timedelta(days=2), ["A"],
                promise_date="2026-03-12", reason="not paid")
           .add(EventType.PROMISE_MADE, MONDAY - timedelta(days=1), ["A"], date="2026-03-20",
                amount="60.00", currency="GBP", source="call"))
    result = recap([sale("A", "2026-01-01", "100", due="2026-02-01")], [log])
    assert [(p.due_on, p.amount) for p in result.promised] == [(date(2026, 3, 20),
                                                                Decimal("60.00"))]
    assert result.promised_totals == {"GBP": Decimal("60.00")}
    assert [b.promise_date for b in result.broken] == [date(2026, 3, 12)]
    assert result.decisions[0].reasons == ("promise of 2026-03-12 broken",)


def test_active_plans_show_the_first_instalment_still_unpaid() -> None:
    instalments = [{"due_on": "2026-03-01", "amount": "100.00"},
                   {"due_on": "2026-04-01", "amount": "100.00"}]
    acme = Log("ACME").add(EventType.PLAN_AGREED, MONDAY - timedelta(days=30), ["A"],
                           instalments=instalments, currency="GBP", total="200.00", by="sam")
    done = (Log("BETA")
            .add(EventType.PLAN_AGREED, MONDAY - timedelta(days=30), ["B"],
                 instalments=instalments, currency="GBP", total="200.00", by="sam")
            .add("plan_completed", MONDAY - timedelta(days=1), ["B"], reason="paid"))
    settled = Log("GAMMA").add(EventType.PLAN_AGREED, MONDAY - timedelta(days=30), ["C"],
                               instalments=instalments, currency="GBP", total="200.00")
    invoices = [sale("A", "2026-01-01", "200", account_id="ACME"),
                sale("B", "2026-01-01", "200", account_id="BETA"),
                sale("C", "2026-01-01", "200", "0", account_id="GAMMA")]
    result = recap(invoices, [acme, done, settled],
                   accounts=[customer("ACME"), customer("BETA"), customer("GAMMA")])
    assert [(p.account_id, p.total, p.next_due, p.next_amount) for p in result.plans] == [
        ("ACME", Decimal("200.00"), date(2026, 3, 1), Decimal("100.00"))]


def test_disputes_open_and_what_needs_a_decision() -> None:
    acme = Log("ACME").add(EventType.INVOICES_PAUSED, MONDAY - timedelta(days=20), ["A2"],
                           reason="dispute", until=None)
    tasks = [
        task("esc", TaskKind.ESCALATE, "BETA", step="agency", invoices=("B",)),
        task("final", TaskKind.CALL, "GAMMA", step="final_notice"),
        task("call", TaskKind.CALL, "GAMMA", step="call"),  # an ordinary call: no decision
        task("read", TaskKind.TRIAGE, "GAMMA"),
        task("lost", TaskKind.TRIAGE, "~unmatched"),
    ]
    invoices = [sale("A1", "2026-01-01", "100", account_id="ACME"),
                sale("A2", "2026-01-01", "40", account_id="ACME"),
                sale("B", "2026-01-01", "70", account_id="BETA"),
                sale("G", "2026-01-01", "10", account_id="GAMMA")]
    result = recap(invoices, [acme], tasks,
                   accounts=[customer("ACME"), customer("BETA"), customer("GAMMA")])
    assert [(d.account_id, d.invoices, dict(d.owed)) for d in result.disputes] == [
        ("ACME", ("A2",), {"GBP": Decimal("40")})]
    assert {d.account_id: d.reasons for d in result.decisions} == {
        "ACME": ("dispute open on A2",),
        "BETA": ("confirm escalation (agency)",),
        "GAMMA": ("confirm escalation (final_notice)", "1 reply waiting to be read"),
    }
    assert result.unmatched_replies == 1


def test_a_resolved_dispute_no_longer_counts() -> None:
    acme = (Log().add(EventType.INVOICES_PAUSED, MONDAY - timedelta(days=20), ["A"],
                      reason="dispute", until=None)
            .add(EventType.INVOICES_RESUMED, MONDAY - timedelta(days=3), ["A"],
                 reason="resolved"))
    result = recap([sale("A", "2026-01-01", "100")], [acme])
    assert result.disputes == () and result.decisions == ()


def test_days_are_the_business_time_zone_days() -> None:
    """23:30 UTC on Monday 9 March is already Tuesday 10 March in Berlin: inside the week."""
    late = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)
    log = Log().add(EventType.PROMISE_MADE, late, ["A"], date="2026-03-20", amount=None,
                    currency="GBP")
    invoices = [sale("A", "2026-01-01", "100")]
    assert recap(invoices, [log], zone=ZoneInfo("Europe/Berlin")).promised
    assert not recap(invoices, [log], zone=UTC).promised


def test_a_quiet_week() -> None:
    result = recap([], [])
    assert result.quiet and result.dso == {} and result.aging == {}
