"""The cadence planner, rule by rule, in the business's words."""

from __future__ import annotations

from datetime import date, timedelta

from bot.config import Config
from bot.domain.account_state import AccountState
from bot.domain.events import EventType
from bot.domain.models import Account, Invoice, InvoiceStatus, PaymentHistory
from bot.domain.planner import Plan, is_birthday, plan
from bot.domain.tasks import TaskKind

from .builders import Log, account, invoice, london, make_config

DUE = "2026-03-02"  # a Monday; gentle on Tue 3rd, firm Mon 9th, call Mon 16th


def planned(accounts: list[Account], invoices: list[Invoice], states: dict[str, AccountState],
            day: str, hour: int = 10, config: Config | None = None) -> Plan:
    return plan(accounts, invoices, states, config or make_config(), london(day, hour))


def with_heads_up(*numbers: str) -> Log:
    return Log().sent("heads_up", numbers, london("2026-02-27"))


def test_an_overdue_invoice_gets_the_gentle_reminder_the_day_after_it_is_due() -> None:
    result = planned([account()], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                     "2026-03-03")
    [reminder] = result.due
    assert (reminder.step, reminder.invoices) == ("gentle", ("INV-1",))
    assert reminder.to == ("ap@acme-1.example",)
    assert "gentle" in reminder.reason and "INV-1 (1 day overdue)" in reminder.reason


def test_a_paid_invoice_is_never_reminded() -> None:
    invoices = [invoice("INV-1", DUE, status=InvoiceStatus.PAID),
                invoice("INV-2", DUE, balance="0")]
    result = planned([account()], invoices, {}, "2026-03-03")
    assert result.due == [] and result.tasks == [] and result.held == []


def test_a_disputed_paused_invoice_is_never_reminded_but_the_hold_is_explained() -> None:
    log = with_heads_up("INV-1").add(EventType.INVOICES_PAUSED, london("2026-03-01"),
                                     ("INV-1",), reason="dispute", until=None)
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-10")
    assert result.due == []
    [held] = result.held
    assert held.invoices == ("INV-1",) and held.rule == "invoice_paused"
    assert "dispute" in held.reason


def test_a_resumed_invoice_is_reminded_again() -> None:
    log = with_heads_up("INV-1")
    log.add(EventType.INVOICES_PAUSED, london("2026-03-01"), ("INV-1",), reason="dispute")
    log.add(EventType.INVOICES_RESUMED, london("2026-03-05"), ("INV-1",), reason="resolved")
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-10")
    assert [r.step for r in result.due] == ["firm"]


def test_a_disputed_invoice_stays_out_of_the_email_about_the_others() -> None:
    log = with_heads_up("INV-1", "INV-2")
    log.add(EventType.INVOICES_PAUSED, london("2026-03-01"), ("INV-2",), reason="dispute")
    result = planned([account()], [invoice("INV-1", DUE), invoice("INV-2", DUE)],
                     log.states(), "2026-03-03")
    [reminder] = result.due
    assert reminder.invoices == ("INV-1",)


def test_a_debtor_who_asked_to_stop_is_never_emailed_again() -> None:
    log = with_heads_up("INV-1").add(EventType.CONTACT_STOPPED, london("2026-03-01"),
                                     address="AP@acme-1.example", reason="cease")
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-03")
    assert result.due == []
    [held] = result.held
    assert held.rule == "no_recipient" and "asked us to stop" in held.reason
    [task] = result.tasks
    assert task.kind is TaskKind.NEW_CONTACT and task.invoices == ("INV-1",)


def test_the_other_contacts_are_still_emailed_when_one_asked_to_stop() -> None:
    customer = account("ACME-1", "boss@acme-1.example", "ap@acme-1.example")
    log = with_heads_up("INV-1").add(EventType.CONTACT_STOPPED, london("2026-03-01"),
                                     address="boss@acme-1.example", reason="wrong person")
    result = planned([customer], [invoice("INV-1", DUE)], log.states(), "2026-03-03")
    assert [r.to for r in result.due] == [("ap@acme-1.example",)]


def test_an_undeliverable_address_is_not_emailed_and_staff_are_asked_for_a_new_one() -> None:
    log = with_heads_up("INV-1").add(EventType.ADDRESS_UNDELIVERABLE, london("2026-03-01"),
                                     address="ap@acme-1.example", reason="5.1.1 no such user")
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-03")
    assert result.due == []
    assert [t.kind for t in result.tasks] == [TaskKind.NEW_CONTACT]
    assert "undeliverable" in result.held[0].reason


def test_an_accounts_two_overdue_invoices_go_in_one_email() -> None:
    invoices = [invoice("INV-1", DUE), invoice("INV-2", "2026-03-01")]
    result = planned([account()], invoices, with_heads_up("INV-1", "INV-2").states(),
                     "2026-03-03")
    [reminder] = result.due
    assert reminder.invoices == ("INV-1", "INV-2")


def test_invoices_at_different_steps_share_the_most_advanced_step_due() -> None:
    log = with_heads_up("INV-OLD").sent("gentle", ("INV-OLD",), london("2026-03-03"))
    invoices = [invoice("INV-OLD", DUE), invoice("INV-NEW", "2026-03-08")]
    result = planned([account()], invoices, log.states(), "2026-03-09")
    [reminder] = result.due
    assert reminder.step == "firm"
    assert reminder.invoices == ("INV-NEW", "INV-OLD")


def test_an_invoice_not_yet_at_its_first_step_is_not_mentioned() -> None:
    invoices = [invoice("INV-1", DUE), invoice("INV-LATER", "2026-04-30")]
    result = planned([account()], invoices, with_heads_up("INV-1").states(), "2026-03-03")
    assert result.due[0].invoices == ("INV-1",)


def test_no_reminder_on_a_saturday_it_goes_on_the_next_working_day() -> None:
    due = "2026-03-06"  # Friday: gentle comes on Saturday 7th
    log = Log().sent("heads_up", ("INV-1",), london("2026-03-03"))
    for weekend_day in ("2026-03-07", "2026-03-08"):
        result = planned([account()], [invoice("INV-1", due)], log.states(), weekend_day)
        assert result.due == []
        assert [h.rule for h in result.held] == ["send_window"]
        assert result.held[0].not_before == london("2026-03-09", 9)
    monday = planned([account()], [invoice("INV-1", due)], log.states(), "2026-03-09")
    assert [r.step for r in monday.due] == ["gentle"]


def test_no_reminder_on_a_public_holiday_it_goes_on_the_next_working_day() -> None:
    due = "2026-12-24"  # gentle comes on Christmas Day; Monday 28th is Boxing Day (observed)
    log = Log().sent("heads_up", ("INV-1",), london("2026-12-21"))
    for day in ("2026-12-25", "2026-12-28"):
        result = planned([account()], [invoice("INV-1", due)], log.states(), day)
        assert result.due == []
        assert "public holiday" in result.held[0].reason
    result = planned([account()], [invoice("INV-1", due)], log.states(), "2026-12-29")
    assert [r.step for r in result.due] == ["gentle"]


def test_the_owners_extra_closed_dates_are_skipped_too() -> None:
    config = make_config(holidays={"country": "GB", "extra_dates": ["2026-03-03"]})
    result = planned([account()], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                     "2026-03-03", config=config)
    assert result.due == [] and "public holiday" in result.held[0].reason


def test_nothing_goes_outside_the_send_hours() -> None:
    states = with_heads_up("INV-1").states()
    early = planned([account()], [invoice("INV-1", DUE)], states, "2026-03-03", hour=7)
    late = planned([account()], [invoice("INV-1", DUE)], states, "2026-03-03", hour=17)
    assert early.due == [] and late.due == []
    assert "before the send window" in early.held[0].reason
    assert late.held[0].not_before == london("2026-03-04", 9)


def test_the_send_window_is_the_debtors_own_time_zone() -> None:
    new_yorker = account("NY-1", timezone="America/New_York")
    invoices = [invoice("INV-1", DUE, account_id="NY-1")]
    states = {"NY-1": Log("NY-1").sent("heads_up", ("INV-1",), london("2026-02-27")).state()}
    # 13:30 in London is 08:30 in New York: too early there.
    early = plan([new_yorker], invoices, states, make_config(), london("2026-03-03", 13, 30))
    assert early.due == [] and "America/New_York" in early.held[0].reason
    # 21:00 in London is 16:00 in New York: still their working day.
    evening = plan([new_yorker], invoices, states, make_config(), london("2026-03-03", 21))
    assert [r.step for r in evening.due] == ["gentle"]


def test_a_loyal_customer_gets_grace_before_the_first_reminder() -> None:
    loyal = account(history=PaymentHistory(invoices_paid=12, paid_on_time=12))
    states = with_heads_up("INV-1").states()
    for day in ("2026-03-03", "2026-03-09"):
        assert planned([loyal], [invoice("INV-1", DUE)], states, day).due == []
    result = planned([loyal], [invoice("INV-1", DUE)], states, "2026-03-10")
    [reminder] = result.due
    assert reminder.step == "gentle" and "7 days' grace" in reminder.reason


def test_a_late_payer_gets_no_grace() -> None:
    late = account(history=PaymentHistory(invoices_paid=12, paid_on_time=6))
    result = planned([late], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                     "2026-03-03")
    assert [r.step for r in result.due] == ["gentle"]


def test_a_broken_promise_ends_the_grace() -> None:
    loyal = account(history=PaymentHistory(invoices_paid=12, paid_on_time=12))
    log = with_heads_up("INV-1").add(EventType.PROMISE_BROKEN, london("2026-03-02"),
                                     ("INV-1",), promise_date="2026-03-01", reason="unpaid")
    result = planned([loyal], [invoice("INV-1", DUE)], log.states(), "2026-03-03")
    assert [r.step for r in result.due] == ["gentle"]


def test_after_ten_days_of_downtime_only_the_step_that_fits_now_is_sent() -> None:
    result = planned([account()], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                     "2026-03-12")
    assert [r.step for r in result.due] == ["firm"]
    [skipped] = result.skipped
    assert (skipped.step, skipped.invoices) == ("gentle", ("INV-1",))
    assert "superseded by 'firm'" in skipped.reason


def test_a_skipped_step_once_logged_is_not_reported_again() -> None:
    log = with_heads_up("INV-1")
    log.add(EventType.STEP_SKIPPED, london("2026-03-12"), ("INV-1",), step="gentle",
            reason="superseded")
    log.sent("firm", ("INV-1",), london("2026-03-12"))
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-13")
    assert result.due == [] and result.skipped == [] and result.held == []


def test_missed_steps_are_not_reported_skipped_while_the_later_one_is_held() -> None:
    result = planned([account()], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                     "2026-03-14")  # a Saturday
    assert result.due == [] and result.skipped == []
    assert [h.step for h in result.held] == ["firm"]


def test_at_most_the_capped_number_of_emails_per_seven_days() -> None:
    log = with_heads_up("INV-9")
    log.sent("gentle", ("INV-9",), london("2026-03-03"))
    result = planned([account()], [invoice("INV-1", DUE), invoice("INV-9", "2026-03-02")],
                     log.states(), "2026-03-04")
    assert result.due == []
    [held] = result.held
    assert held.rule == "weekly_cap" and "2 emails in the last 7 days" in held.reason
    assert held.not_before == london("2026-02-27") + timedelta(days=7)


def test_the_cap_frees_up_after_seven_days() -> None:
    log = Log().sent("heads_up", ("INV-9",), london("2026-02-20"))
    log.sent("gentle", ("INV-9",), london("2026-02-24"))
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-03")
    assert [r.step for r in result.due] == ["gentle"]


def test_the_fourteen_day_step_creates_a_call_task_not_an_email() -> None:
    log = with_heads_up("INV-1")
    log.sent("gentle", ("INV-1",), london("2026-03-03"))
    log.sent("firm", ("INV-1",), london("2026-03-09"))
    customer = account()
    result = planned([customer], [invoice("INV-1", DUE)], log.states(), "2026-03-16")
    assert result.due == []
    [task] = result.tasks
    assert (task.kind, task.step, task.invoices) == (TaskKind.CALL, "call", ("INV-1",))
    assert task.due_on == date(2026, 3, 16) and "Call Customer ACME-1" in task.reason
    again = planned([customer], [invoice("INV-1", DUE)], log.states(), "2026-03-17")
    assert [t.id for t in again.tasks] == [task.id]


def test_a_call_task_once_created_is_not_asked_for_again() -> None:
    log = with_heads_up("INV-1")
    log.sent("gentle", ("INV-1",), london("2026-03-03"))
    log.sent("firm", ("INV-1",), london("2026-03-09"))
    log.add(EventType.TASK_CREATED, london("2026-03-16"), ("INV-1",), task_id="t1",
            kind="call", reason="call", step="call", due_on="2026-03-16")
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-18")
    assert result.tasks == [] and result.due == []


def test_a_call_task_is_created_even_on_a_saturday() -> None:
    log = with_heads_up("INV-1")
    log.sent("gentle", ("INV-1",), london("2026-03-03"))
    log.sent("firm", ("INV-1",), london("2026-03-09"))
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-21")
    assert [t.kind for t in result.tasks] == [TaskKind.CALL]


def test_the_agency_step_asks_staff_to_escalate_once_a_person_confirmed_it() -> None:
    log = with_heads_up("INV-1")
    for step, day in (("gentle", "03"), ("firm", "09"), ("final_notice", "31")):
        log.sent(step, ("INV-1",), london(f"2026-03-{day}"))
    log.add(EventType.STEP_CONFIRMED, london("2026-04-15"), ("INV-1",), step="agency",
            by="sam", reason="no contact for six weeks")
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-04-16")
    assert [(t.kind, t.step) for t in result.tasks] == [(TaskKind.ESCALATE, "agency")]
    assert [s.step for s in result.skipped] == ["call"]


def test_an_auto_reply_with_a_return_date_defers_reminders_until_then() -> None:
    log = with_heads_up("INV-1").add(EventType.REMINDERS_DEFERRED, london("2026-03-02"),
                                     until="2026-03-16", reason="out of office")
    away = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-10")
    assert away.due == []
    assert away.held[0].rule == "deferred" and "2026-03-16" in away.held[0].reason
    assert away.held[0].not_before == london("2026-03-16", 9)
    back = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-16")
    assert back.due == [] and [t.step for t in back.tasks] == ["call"]


def test_a_promise_to_pay_holds_reminders_until_the_promised_day_has_passed() -> None:
    log = with_heads_up("INV-1").add(EventType.PROMISE_MADE, london("2026-03-02"), ("INV-1",),
                                     date="2026-03-06", amount="120.00", currency="GBP",
                                     source="reply")
    during = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-06")
    assert during.due == [] and during.held[0].rule == "promise_to_pay"
    after = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-09")
    assert [r.step for r in after.due] == ["firm"]


def test_a_queued_but_unsent_email_counts_as_sent() -> None:
    log = with_heads_up("INV-1").add(EventType.EMAIL_QUEUED, london("2026-03-03"), ("INV-1",),
                                     key="k-gentle", message_id="<m>", step="gentle",
                                     template="gentle", to=["ap@acme-1.example"], subject="s")
    result = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-04")
    assert result.due == [] and result.held == []


def test_a_step_is_never_sent_twice_for_the_same_invoice() -> None:
    states = with_heads_up("INV-1").states()
    first = planned([account()], [invoice("INV-1", DUE)], states, "2026-03-03")
    [reminder] = first.due
    log = with_heads_up("INV-1").add(EventType.EMAIL_QUEUED, london("2026-03-03"),
                                     reminder.invoices, key=reminder.key, step=reminder.step)
    again = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-03", hour=11)
    assert again.due == []


def test_an_email_cancelled_at_send_time_is_planned_afresh_under_a_new_key() -> None:
    states = with_heads_up("INV-1").states()
    [reminder] = planned([account()], [invoice("INV-1", DUE)], states, "2026-03-03").due
    log = with_heads_up("INV-1")
    log.add(EventType.EMAIL_QUEUED, london("2026-03-03"), reminder.invoices, key=reminder.key,
            step=reminder.step)
    log.add(EventType.EMAIL_CANCELLED, london("2026-03-03", 11), reminder.invoices,
            key=reminder.key, message_id="<m>", reason="paused")
    [again] = planned([account()], [invoice("INV-1", DUE)], log.states(), "2026-03-04").due
    assert again.step == "gentle" and again.key != reminder.key


def test_a_birthday_note_goes_once_a_year() -> None:
    customer = account(birthday=date(1980, 3, 4))
    invoices = [invoice("INV-1", "2026-04-30")]
    [note] = planned([customer], invoices, {}, "2026-03-04").due
    assert (note.step, note.template, note.invoices) == ("birthday", "birthday", ("INV-1",))
    assert "birthday" in note.reason
    log = Log().add(EventType.EMAIL_QUEUED, london("2026-03-04", 10), ("INV-1",), key=note.key,
                    step="birthday")
    assert planned([customer], invoices, log.states(), "2026-03-04", 15).due == []
    next_year = planned([customer], invoices, log.states(), "2027-03-04")
    assert [r.step for r in next_year.due] == ["birthday"]
    assert next_year.due[0].key != note.key


def test_no_birthday_note_without_an_open_balance() -> None:
    customer = account(birthday=date(1980, 3, 4))
    paid = invoice("INV-1", DUE, status=InvoiceStatus.PAID)
    assert planned([customer], [paid], {}, "2026-03-04").due == []


def test_on_their_birthday_the_reminder_waits_a_day() -> None:
    customer = account(birthday=date(1980, 3, 3))
    result = planned([customer], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                     "2026-03-03")
    assert [r.step for r in result.due] == ["birthday"]
    assert [(h.step, h.rule) for h in result.held] == [("gentle", "birthday_courtesy")]
    tomorrow = planned([customer], [invoice("INV-1", DUE)], with_heads_up("INV-1").states(),
                       "2026-03-04")
    assert [r.step for r in tomorrow.due] == ["gentle"]


def test_the_heads_up_goes_three_days_before_the_due_date() -> None:
    result = planned([account()], [invoice("INV-1", "2026-03-05")], {}, "2026-03-02")
    assert [r.step for r in result.due] == ["heads_up"]
    assert "due in 3 days" in result.due[0].reason


def test_planning_is_deterministic() -> None:
    accounts = [account("A"), account("B")]
    invoices = [invoice("A-1", DUE, "A"), invoice("B-1", DUE, "B"), invoice("B-2", DUE, "B")]
    first = planned(accounts, invoices, {}, "2026-03-03")
    second = planned(list(reversed(accounts)), list(reversed(invoices)), {}, "2026-03-03")
    assert sorted(first.due, key=lambda r: r.key) == sorted(second.due, key=lambda r: r.key)


def test_a_leap_day_birthday_is_kept_on_the_28th_in_other_years() -> None:
    assert is_birthday(date(1988, 2, 29), date(2026, 2, 28))
    assert not is_birthday(date(1988, 2, 29), date(2028, 2, 28))
    assert is_birthday(date(1988, 2, 29), date(2028, 2, 29))


def test_an_invoice_listed_in_a_final_notice_never_gets_a_gentle_reminder_afterwards() -> None:
    log = Log().sent("final_notice", ("INV-NEW", "INV-OLD"), london("2026-03-02"))
    result = planned([account()], [invoice("INV-OLD", "2026-01-30"),
                                   invoice("INV-NEW", "2026-03-05")], log.states(), "2026-03-06")
    assert result.due == []
    assert [(s.step, s.invoices) for s in result.skipped] == [
        ("heads_up", ("INV-NEW",)), ("gentle", ("INV-NEW",))]
    assert "never steps back" in result.skipped[0].reason


def test_an_invoice_already_in_a_final_notice_does_not_ride_along_in_a_firm_reminder() -> None:
    log = Log().sent("final_notice", ("INV-A", "INV-B"), london("2026-02-23"))
    log.sent("heads_up", ("INV-C",), london("2026-02-27"))
    log.sent("gentle", ("INV-C",), london("2026-03-03"))
    invoices = [invoice("INV-A", "2026-01-20"), invoice("INV-B", "2026-02-24"),
                invoice("INV-C", DUE)]
    [reminder] = planned([account()], invoices, log.states(), "2026-03-09").due
    assert (reminder.step, reminder.invoices) == ("firm", ("INV-C",))


def test_while_a_call_task_is_open_a_second_invoice_reaching_the_call_step_joins_it() -> None:
    from datetime import UTC, date, datetime
    from decimal import Decimal

    from bot.config import parse_config
    from bot.domain.account_state import fold_account_state
    from bot.domain.events import EventType, next_event
    from bot.domain.models import Account, Contact, Invoice
    from bot.domain.planner import plan

    config = parse_config({"business": {"name": "B", "from_address": "a@b.example",
                                        "reply_to": "a@b.example", "timezone": "UTC"},
                           "holidays": {"country": None}})
    acme = Account("ACME", "Acme", (Contact("ap@acme.example"),))
    first = Invoice("INV-1", "ACME", "GBP", Decimal(100), Decimal(100), date(2026, 2, 1),
                    date(2026, 2, 16))
    second = Invoice("INV-2", "ACME", "GBP", Decimal(50), Decimal(50), date(2026, 2, 5),
                     date(2026, 2, 20))
    monday = datetime(2026, 3, 2, 10, tzinfo=UTC)  # INV-1 14 days overdue, INV-2 10
    created = next_event(None, account_id="ACME", type=EventType.TASK_CREATED, at=monday,
                         actor="duebot", invoices=["INV-1"],
                         data={"task_id": "t1", "kind": "call", "reason": "call",
                               "due_on": "2026-03-02", "step": "call"})
    friday = datetime(2026, 3, 6, 10, tzinfo=UTC)  # INV-2 reaches the call step too
    state = fold_account_state([created])
    decided = plan([acme], [first, second], {"ACME": state}, config, friday)
    assert decided.tasks == []
    assert any(h.rule == "task_open" and h.invoices == ("INV-2",) for h in decided.held)

    done = next_event(created, account_id="ACME", type=EventType.TASK_DONE, at=friday,
                      actor="staff:sam", data={"task_id": "t1", "outcome": "no_answer"})
    later = plan([acme], [first, second], {"ACME": fold_account_state([created, done])},
                 config, friday)
    assert [t.invoices for t in later.tasks] == [("INV-2",)]
