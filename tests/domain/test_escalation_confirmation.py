"""Escalation deliberately, never by accident: the final notice and the hand-over to an agency
each wait for a person's confirmation before anything leaves."""

from __future__ import annotations

from datetime import timedelta

from bot.config import Config
from bot.domain.compliance import AWAITING_CONFIRMATION, Allowed, ContactRequest, Held
from bot.domain.compliance import check_contact as gate
from bot.domain.events import EventType
from bot.domain.planner import Plan, plan
from bot.domain.tasks import TaskKind

from .builders import Log, account, invoice, london, make_config

DUE = "2026-03-02"  # final notice (30 days) on 1 April; agency (45 days) on 16 April


def earlier_steps(*numbers: str) -> Log:
    log = Log()
    for step, day in (("heads_up", "2026-02-27"), ("gentle", "2026-03-03"),
                      ("firm", "2026-03-09")):
        log.sent(step, numbers, london(day))
    return log.add(EventType.TASK_CREATED, london("2026-03-16"), numbers, task_id="call-1",
                   kind="call", step="call")


def on(day: str, log: Log, config: Config | None = None, *numbers: str) -> Plan:
    invoices = [invoice(n, DUE) for n in (numbers or ("INV-1",))]
    return plan([account()], invoices, log.states(), config or make_config(), london(day))


def confirm(log: Log, step: str, day: str, *numbers: str, by: str = "sam") -> Log:
    return log.add(EventType.STEP_CONFIRMED, london(day, 9), numbers or ("INV-1",), step=step,
                   by=by, reason="spoke to the owner")


def test_the_final_notice_waits_for_a_persons_confirmation() -> None:
    result = on("2026-04-01", earlier_steps("INV-1"))
    assert result.due == []
    [held] = result.held
    assert (held.step, held.rule) == ("final_notice", AWAITING_CONFIRMATION)
    assert held.reason.startswith("awaiting confirmation")
    [task] = result.tasks
    assert (task.kind, task.step, task.invoices) == (TaskKind.CONFIRM_STEP, "final_notice",
                                                     ("INV-1",))
    assert "send the final notice" in task.reason


def test_asking_for_confirmation_does_not_count_as_taking_the_step() -> None:
    log = earlier_steps("INV-1")
    [task] = on("2026-04-01", log).tasks
    log.add(EventType.TASK_CREATED, london("2026-04-01"), task.invoices, task_id=task.id,
            kind=str(task.kind), step=task.step)
    again = on("2026-04-02", log)
    assert [h.rule for h in again.held] == [AWAITING_CONFIRMATION]
    assert again.tasks == [], "the open request stands; never a second one"


def test_an_invoice_reaching_the_step_while_a_confirmation_is_open_waits_for_that_answer(
) -> None:
    log = earlier_steps("INV-1")
    [task] = on("2026-04-01", log).tasks
    log.add(EventType.TASK_CREATED, london("2026-04-01"), task.invoices, task_id=task.id,
            kind=str(task.kind), step=task.step)
    later = plan([account()], [invoice("INV-1", DUE), invoice("INV-2", "2026-03-05")],
                 log.states(), make_config(), london("2026-04-05"))
    assert later.tasks == []
    assert {h.rule for h in later.held} == {AWAITING_CONFIRMATION}


def test_once_confirmed_the_final_notice_goes() -> None:
    log = confirm(earlier_steps("INV-1"), "final_notice", "2026-04-01")
    result = on("2026-04-01", log)
    assert [(r.step, r.invoices) for r in result.due] == [("final_notice", ("INV-1",))]
    assert result.tasks == []


def test_a_confirmation_covers_only_the_invoices_it_names() -> None:
    log = confirm(earlier_steps("INV-1", "INV-2"), "final_notice", "2026-04-01", "INV-1")
    result = on("2026-04-01", log, None, "INV-1", "INV-2")
    assert result.due == []
    [held] = result.held
    assert held.rule == AWAITING_CONFIRMATION and "INV-2" in held.reason
    assert "INV-1," not in held.reason


def test_not_yet_keeps_it_waiting_and_asks_again_a_week_later() -> None:
    log = earlier_steps("INV-1")
    [first] = on("2026-04-01", log).tasks
    log.add(EventType.TASK_CREATED, london("2026-04-01"), first.invoices, task_id=first.id,
            kind=str(first.kind), step=first.step)
    log.add(EventType.STEP_NOT_CONFIRMED, london("2026-04-01", 11), ("INV-1",),
            step="final_notice", by="sam", reason="they promised to call back")
    log.add(EventType.TASK_DONE, london("2026-04-01", 11), ("INV-1",), task_id=first.id,
            outcome="not_yet", by="sam")
    result = on("2026-04-02", log)
    assert result.due == []
    [held] = result.held
    assert "sam said not yet on 2026-04-01: they promised to call back" in held.reason
    [second] = result.tasks
    assert second.id != first.id and second.kind is TaskKind.CONFIRM_STEP
    assert second.due_on == london("2026-04-01").date() + timedelta(days=7)


def test_handing_to_the_agency_waits_for_confirmation_then_asks_staff_to_hand_it_over() -> None:
    log = confirm(earlier_steps("INV-1"), "final_notice", "2026-04-01")
    log.sent("final_notice", ("INV-1",), london("2026-04-01"))
    waiting = on("2026-04-16", log)
    assert [(t.kind, t.step) for t in waiting.tasks] == [(TaskKind.CONFIRM_STEP, "agency")]
    assert "hand Customer ACME-1's account to the collection agency" in waiting.tasks[0].reason
    assert [h.rule for h in waiting.held] == [AWAITING_CONFIRMATION]
    confirmed = on("2026-04-16", confirm(log, "agency", "2026-04-16"))
    assert [(t.kind, t.step) for t in confirmed.tasks] == [(TaskKind.ESCALATE, "agency")]


def test_an_owner_may_let_the_final_notice_go_without_confirmation() -> None:
    config = make_config(cadence=[
        {"name": "gentle", "offset_days": 1, "channel": "email", "template": "gentle"},
        {"name": "final_notice", "offset_days": 30, "channel": "email",
         "template": "final_notice", "confirm": False},
    ])
    log = Log().sent("gentle", ("INV-1",), london("2026-03-03"))
    assert [r.step for r in on("2026-04-01", log, config).due] == ["final_notice"]


def test_the_send_time_gate_holds_an_unconfirmed_final_notice_too() -> None:
    customer = account()
    request = ContactRequest(customer, "email", (invoice("INV-1", DUE),), customer.emails,
                             key="k", step="final_notice")
    now = london("2026-04-01")
    held = gate(request, earlier_steps("INV-1").state(), make_config(), now)
    assert isinstance(held, Held) and held.rule == AWAITING_CONFIRMATION and not held.final
    confirmed = confirm(earlier_steps("INV-1"), "final_notice", "2026-04-01").state()
    assert isinstance(gate(request, confirmed, make_config(), now), Allowed)
