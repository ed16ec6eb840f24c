"""Reply tasks, call-backs, notes and posting to the assigned staff member, over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.call_outcomes import Outcome
from bot.services.outbox import record_task
from bot.slack.cards import NOTE_ACTION, outcome_action_id
from bot.slack.facts import CardLocation, card_location
from bot.slack.poster import PostReport
from tests.slack.conftest import ACCOUNT, CALL_TASK, INVOICE, NOW, STAFF, TODAY, SlackWorld

VERIFY_TASK = "reply:<r2@acme>:verify"


def add_task(world: SlackWorld, task: StaffTask) -> None:
    with world.repo.transaction() as tx:
        record_task(tx, task)
        tx.append(ACCOUNT, EventType.INVOICES_PAUSED, at=NOW, actor="duebot",
                  invoices=task.invoices, data={"reason": "said_paid", "until": None})


def card_of(report: PostReport, task_id: str) -> CardLocation:
    return {task.id: where for task, where in report.posted}[task_id]


def verify_task(assigned_to: str | None = None) -> StaffTask:
    return StaffTask(id=VERIFY_TASK, account_id=ACCOUNT, kind=TaskKind.VERIFY_PAYMENT,
                     reason="They replied that they paid on Friday.", created_at=NOW,
                     due_on=TODAY, invoices=(INVOICE,), assigned_to=assigned_to)


async def test_a_task_assigned_to_a_staff_member_goes_to_them_directly(world: SlackWorld) -> None:
    add_task(world, verify_task(assigned_to="U0SAM"))

    report = await world.service.post_tasks()

    destinations = {call.args["channel"] for call in world.stub.called("chat.postMessage")}
    assert destinations == {"C0DUEBOT", "U0SAM"}
    posted = {task.id: where for task, where in report.posted}
    assert posted[VERIFY_TASK].channel == "D0SAM"
    assert card_location(world.repo, VERIFY_TASK) == posted[VERIFY_TASK]


async def test_confirming_a_payment_is_recorded_and_keeps_reminders_paused(
    world: SlackWorld,
) -> None:
    add_task(world, verify_task())
    report = await world.service.post_tasks()
    where = card_of(report, VERIFY_TASK)

    await world.click(outcome_action_id(Outcome.PAYMENT_RECEIVED), VERIFY_TASK,
                      message_ts=where.ts)
    [update] = await world.stub.wait_for("chat.update")

    assert update.args["ts"] == where.ts
    [outcome] = world.events(EventType.CALL_OUTCOME)
    assert (outcome.data["outcome"], outcome.data["task_id"]) == ("payment_received", VERIFY_TASK)
    pause = fold_account_state(world.repo.log(ACCOUNT)).pause_on(INVOICE, TODAY)
    assert pause is not None and pause.reason == "payment_confirmed"


async def test_payment_not_received_lets_reminders_resume(world: SlackWorld) -> None:
    add_task(world, verify_task())
    where = card_of(await world.service.post_tasks(), VERIFY_TASK)

    await world.click(outcome_action_id(Outcome.PAYMENT_NOT_RECEIVED), VERIFY_TASK,
                      message_ts=where.ts)
    await world.stub.wait_for("chat.update")

    assert fold_account_state(world.repo.log(ACCOUNT)).pause_on(INVOICE, TODAY) is None


async def test_call_back_later_asks_when_and_prompts_again_on_that_day(world: SlackWorld) -> None:
    ts = await world.post_tasks()
    await world.click(outcome_action_id(Outcome.CALL_BACK_LATER), message_ts=ts)
    [opened] = await world.stub.wait_for("views.open")
    when = datetime(2026, 11, 24, 14, 30, tzinfo=UTC)

    status, body = await world.submit(opened.args["view"], {
        "call_back_at": {"type": "datetimepicker", "selected_date_time": int(when.timestamp())},
        "note": {"type": "plain_text_input", "value": "Ask for Jo after lunch"},
    })
    await world.stub.wait_for("chat.update")

    assert (status, body) == (200, "")
    [again] = [t for t in world.repo.tasks(open_only=True) if t.id != CALL_TASK]
    assert (again.kind, again.due_on) == (TaskKind.CALL, when.date())
    await world.service.post_tasks()
    assert len(world.stub.called("chat.postMessage")) == 1
    world.clock.set(when - timedelta(hours=6))
    await world.service.post_tasks()
    assert len(world.stub.called("chat.postMessage")) == 2


async def test_a_note_is_added_to_the_log_and_the_card_keeps_its_buttons(
    world: SlackWorld,
) -> None:
    ts = await world.post_tasks()
    await world.click(NOTE_ACTION, message_ts=ts)
    [opened] = await world.stub.wait_for("views.open")

    status, body = await world.submit(opened.args["view"], {
        "note": {"type": "plain_text_input", "value": "Jo is on holiday until Monday"}})

    assert (status, body) == (200, "")
    [note] = world.events(EventType.NOTE)
    assert (note.data["text"], note.data["by"]) == ("Jo is on holiday until Monday", STAFF)
    assert world.stub.called("chat.update") == []
    task = world.repo.task(CALL_TASK)
    assert task is not None and task.is_open


async def test_an_empty_note_is_refused_on_the_field(world: SlackWorld) -> None:
    ts = await world.post_tasks()
    await world.click(NOTE_ACTION, message_ts=ts)
    [opened] = await world.stub.wait_for("views.open")

    _, body = await world.submit(opened.args["view"], {
        "note": {"type": "plain_text_input", "value": "   "}})

    assert '"note"' in body and "errors" in body
    assert world.events(EventType.NOTE) == []
