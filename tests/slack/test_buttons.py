"""Staff prompts in Slack: cards, one-click outcomes, refusals and retries, over real HTTP."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType
from bot.services.call_outcomes import Outcome
from bot.slack.access import REFUSAL
from bot.slack.cards import ACTIONS_BLOCK_ID, outcome_action_id
from bot.store.repository import Repository
from tests.slack.conftest import (
    CALL_TASK,
    CHANNEL,
    INVOICE,
    OTHER_STAFF,
    STAFF,
    STRANGER,
    TODAY,
    SlackWorld,
    running_world,
    slack_config,
)
from tests.slack.stub_slack import StubSlack

NO_ANSWER = outcome_action_id(Outcome.NO_ANSWER)
PROMISED = outcome_action_id(Outcome.PROMISED_TO_PAY)


def block_ids(blocks: list[dict[str, Any]]) -> list[str]:
    return [b.get("block_id", "") for b in blocks]


def all_text(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


async def test_each_open_task_is_posted_once_as_a_card_with_its_buttons(
    world: SlackWorld,
) -> None:
    await world.post_tasks()
    await world.service.post_tasks()

    [post] = world.stub.called("chat.postMessage")
    assert post.args["channel"] == CHANNEL
    card = all_text(post.args["blocks"])
    for fact in ("Acme Joinery Supplies", "Jo Bloggs", "<tel:+441632960123|+44 1632 960 123>",
                 INVOICE, "£1,200.00", "38 days overdue", "75% on time", "30 Sep 2026",
                 "email sent (firm)", "we'll look into it next week",
                 "time for a friendly call"):
        assert fact in card, fact
    [actions] = [b for b in post.args["blocks"] if b["type"] == "actions"]
    labels = [e["text"]["text"] for e in actions["elements"]]
    assert labels == ["Promised to pay…", "Agreed a plan…", "Paid already…", "Disputed…",
                      "Left voicemail", "No answer", "Wrong number", "Call back later…",
                      "Add note…"]
    assert {e["value"] for e in actions["elements"]} == {CALL_TASK}


async def test_a_click_records_one_outcome_with_the_staff_member(world: SlackWorld) -> None:
    ts = await world.post_tasks()

    status, _ = await world.click(NO_ANSWER, message_ts=ts)
    await world.stub.wait_for("chat.update")

    assert status == 200
    [outcome] = world.events(EventType.CALL_OUTCOME)
    assert outcome.data["outcome"] == "no_answer"
    assert outcome.data["by"] == STAFF
    assert outcome.actor == f"slack:{STAFF}"
    [done] = world.events(EventType.TASK_DONE)
    assert done.data == {**done.data, "task_id": CALL_TASK, "by": STAFF}
    task = world.repo.task(CALL_TASK)
    assert task is not None and not task.is_open


async def test_no_answer_pauses_nothing_so_the_cadence_goes_on(world: SlackWorld) -> None:
    ts = await world.post_tasks()

    await world.click(NO_ANSWER, message_ts=ts)
    await world.stub.wait_for("chat.update")

    state = fold_account_state(world.repo.log("ACME"))
    assert state.pause_on(INVOICE, TODAY) is None
    assert state.promise_on(INVOICE, TODAY) is None


async def test_the_card_then_shows_the_outcome_and_who_recorded_it_without_buttons(
    world: SlackWorld,
) -> None:
    ts = await world.post_tasks()

    await world.click(NO_ANSWER, message_ts=ts)
    [update] = await world.stub.wait_for("chat.update")

    assert (update.args["channel"], update.args["ts"]) == (CHANNEL, ts)
    blocks = update.args["blocks"]
    assert ACTIONS_BLOCK_ID not in block_ids(blocks)
    assert all(b["type"] != "actions" for b in blocks)
    assert f"No answer* — recorded by <@{STAFF}>" in all_text(blocks)
    assert "Acme Joinery Supplies" in all_text(blocks)


async def test_the_click_is_acknowledged_before_the_slow_work_after_it(
    world: SlackWorld,
) -> None:
    ts = await world.post_tasks()
    slow_slack = world.stub.hold("chat.update")

    status, _ = await world.click(NO_ANSWER, message_ts=ts)
    assert status == 200
    assert world.stub.called("chat.update") == []

    slow_slack.set()
    await world.stub.wait_for("chat.update")
    assert len(world.events(EventType.CALL_OUTCOME)) == 1


async def test_a_double_click_records_once_and_tells_who_recorded_it(world: SlackWorld) -> None:
    ts = await world.post_tasks()

    await asyncio.gather(world.click(NO_ANSWER, message_ts=ts),
                         world.click(NO_ANSWER, message_ts=ts))
    await world.stub.wait_for("chat.update")
    [told] = await world.stub.wait_for("chat.postEphemeral")

    assert len(world.events(EventType.CALL_OUTCOME)) == 1
    assert len(world.events(EventType.TASK_DONE)) == 1
    assert told.args["user"] == STAFF
    assert f"Already recorded by <@{STAFF}>" in told.args["text"]


async def test_each_outcome_recorded_wakes_the_host_once_and_a_double_click_does_not_again(
    repo: Repository, stub: StubSlack,
) -> None:
    woken: list[str] = []
    async with running_world(repo, stub, slack_config(stub.url),
                             on_recorded=lambda: woken.append("sweep")) as world:
        ts = await world.post_tasks()
        await world.click(NO_ANSWER, message_ts=ts)
        await world.stub.wait_for("chat.update")
        await world.click(NO_ANSWER, message_ts=ts)
        await world.stub.wait_for("chat.postEphemeral")
    assert woken == ["sweep"]


async def test_a_slack_retry_of_a_click_records_once(world: SlackWorld) -> None:
    ts = await world.post_tasks()

    await world.click(NO_ANSWER, message_ts=ts)
    await world.stub.wait_for("chat.update")
    status, _ = await world.click(NO_ANSWER, message_ts=ts, retry=1)
    await world.stub.wait_for("chat.postEphemeral")

    assert status == 200
    assert len(world.events(EventType.CALL_OUTCOME)) == 1
    assert len(world.stub.called("chat.update")) == 1


async def test_two_people_clicking_at_once_record_once(world: SlackWorld) -> None:
    ts = await world.post_tasks()

    await asyncio.gather(world.click(NO_ANSWER, message_ts=ts, user=STAFF),
                         world.click(outcome_action_id(Outcome.LEFT_VOICEMAIL),
                                     message_ts=ts, user=OTHER_STAFF))
    await world.stub.wait_for("chat.update")
    [told] = await world.stub.wait_for("chat.postEphemeral")

    [outcome] = world.events(EventType.CALL_OUTCOME)
    assert told.args["user"] != outcome.data["by"]
    assert f"Already recorded by <@{outcome.data['by']}>" in told.args["text"]


async def test_a_forged_signature_is_rejected_and_records_nothing(world: SlackWorld) -> None:
    ts = await world.post_tasks()
    before = world.repo.event_count()

    status, _ = await world.click(NO_ANSWER, message_ts=ts, secret="not-the-signing-secret")

    assert status == 401
    assert world.repo.event_count() == before
    assert world.stub.called("chat.update") == []


async def test_a_stale_timestamp_is_rejected_and_records_nothing(world: SlackWorld) -> None:
    ts = await world.post_tasks()
    before = world.repo.event_count()

    status, _ = await world.click(NO_ANSWER, message_ts=ts, timestamp=int(time.time()) - 600)

    assert status == 401
    assert world.repo.event_count() == before


async def test_someone_not_allowed_is_refused_privately_and_nothing_is_recorded(
    world: SlackWorld,
) -> None:
    ts = await world.post_tasks()
    before = world.repo.event_count()

    status, _ = await world.click(NO_ANSWER, message_ts=ts, user=STRANGER)
    [told] = await world.stub.wait_for("chat.postEphemeral")

    assert status == 200
    assert (told.args["user"], told.args["channel"], told.args["text"]) == (
        STRANGER, CHANNEL, REFUSAL)
    assert world.repo.event_count() == before
    task = world.repo.task(CALL_TASK)
    assert task is not None and task.is_open


async def test_members_of_the_allowed_user_group_may_record(
    repo: Repository, stub: StubSlack,
) -> None:
    async with running_world(repo, stub, slack_config(stub.url, usergroup="S0CREDIT")) as world:
        ts = await world.post_tasks()

        await world.click(NO_ANSWER, message_ts=ts, user="U333")
        await world.stub.wait_for("chat.update")

        [outcome] = world.events(EventType.CALL_OUTCOME)
        assert outcome.data["by"] == "U333"


async def test_members_of_the_allowed_channel_may_record_and_others_may_not(
    repo: Repository, stub: StubSlack,
) -> None:
    stub.channel_members["C0STAFF"] = ["U444"]
    async with running_world(repo, stub, slack_config(stub.url, channel="C0STAFF")) as world:
        ts = await world.post_tasks()

        await world.click(NO_ANSWER, message_ts=ts, user=STAFF)
        await world.stub.wait_for("chat.postEphemeral")
        await world.click(NO_ANSWER, message_ts=ts, user="U444")
        await world.stub.wait_for("chat.update")

        [outcome] = world.events(EventType.CALL_OUTCOME)
        assert outcome.data["by"] == "U444"


async def open_modal(world: SlackWorld, action_id: str) -> dict[str, Any]:
    ts = await world.post_tasks()
    await world.click(action_id, message_ts=ts)
    [opened] = await world.stub.wait_for("views.open")
    view: dict[str, Any] = opened.args["view"]
    return view


async def test_promised_to_pay_opens_a_modal_that_records_the_promise_and_pauses_reminders(
    world: SlackWorld,
) -> None:
    view = await open_modal(world, PROMISED)
    assert world.events(EventType.CALL_OUTCOME) == []

    status, body = await world.submit(view, {
        "date": {"type": "datepicker", "selected_date": "2026-12-04"},
        "amount": {"type": "plain_text_input", "value": "1200.00"},
        "note": {"type": "plain_text_input", "value": "Paying from the December run"},
    })
    [update] = await world.stub.wait_for("chat.update")

    assert (status, body) == (200, "")
    [promise] = world.events(EventType.PROMISE_MADE)
    assert promise.data["date"] == "2026-12-04"
    assert promise.data["amount"] == "1200.00"
    [outcome] = world.events(EventType.CALL_OUTCOME)
    assert outcome.data["by"] == STAFF
    assert outcome.data["note"] == "Paying from the December run"
    state = fold_account_state(world.repo.log("ACME"))
    assert state.promise_on(INVOICE, TODAY) is not None
    assert "Promised to pay 1200.00 GBP by 2026-12-04" in all_text(update.args["blocks"])


async def test_a_modal_with_a_date_in_the_past_shows_the_error_on_the_date_field(
    world: SlackWorld,
) -> None:
    view = await open_modal(world, PROMISED)

    status, body = await world.submit(view, {
        "date": {"type": "datepicker", "selected_date": "2026-11-01"},
        "amount": {"type": "plain_text_input", "value": "1200"},
        "note": {"type": "plain_text_input", "value": None},
    })

    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"date"}
    assert "today" in answer["errors"]["date"]
    assert world.events(EventType.CALL_OUTCOME) == []


async def test_a_modal_with_a_bad_amount_shows_the_error_on_the_amount_field(
    world: SlackWorld,
) -> None:
    view = await open_modal(world, PROMISED)

    _, body = await world.submit(view, {
        "date": {"type": "datepicker", "selected_date": "2026-12-04"},
        "amount": {"type": "plain_text_input", "value": "twelve hundred"},
        "note": {"type": "plain_text_input", "value": None},
    })

    answer = json.loads(body)
    assert answer == {"response_action": "errors",
                      "errors": {"amount": answer["errors"]["amount"]}}
    assert "is not an amount" in answer["errors"]["amount"]
    assert world.events(EventType.PROMISE_MADE) == []


async def test_plan_instalments_that_do_not_add_up_to_the_balance_are_refused_on_the_field(
    world: SlackWorld,
) -> None:
    view = await open_modal(world, outcome_action_id(Outcome.PLAN_AGREED))

    _, body = await world.submit(view, {
        "instalment_1_date": {"type": "datepicker", "selected_date": "2026-12-01"},
        "instalment_1_amount": {"type": "plain_text_input", "value": "600"},
        "instalment_2_date": {"type": "datepicker", "selected_date": "2027-01-01"},
        "instalment_2_amount": {"type": "plain_text_input", "value": "500"},
    })

    answer = json.loads(body)
    assert list(answer["errors"]) == ["instalment_2_amount"]
    assert "the balance is 1200.00 GBP" in answer["errors"]["instalment_2_amount"]
    assert world.events(EventType.CALL_OUTCOME) == []
