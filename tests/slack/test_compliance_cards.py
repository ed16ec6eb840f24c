"""Slack cards under the compliance rules: a US consumer's call card says when calls are paused
and offers no call outcome then; escalation steps wait for Confirm / Not yet."""

from __future__ import annotations

import json
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from typing import Any

from bot.domain.account_state import fold_account_state
from bot.domain.events import EventType
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.call_outcomes import Outcome
from bot.services.outbox import record_task
from bot.slack.cards import outcome_action_id
from bot.store.repository import Repository
from tests.slack.conftest import (
    ACCOUNT,
    CALL_TASK,
    INVOICE,
    NOW,
    STAFF,
    TODAY,
    SlackWorld,
    running_world,
    seed,
    slack_config,
)
from tests.slack.stub_slack import StubSlack

CONFIRM_TASK = "confirm:ACME:final_notice:abc"


def world_with(repo: Repository, stub: StubSlack,
               profile: str) -> AbstractAsyncContextManager[SlackWorld]:
    """The Slack side under `profile`, over a repo the test has already seeded."""
    return running_world(repo, stub, slack_config(stub.url), seeded=False, profile=profile)


def calls(repo: Repository, outcome: str, *ago: timedelta) -> None:
    with repo.transaction() as tx:
        for delta in ago:
            tx.append(ACCOUNT, EventType.CALL_OUTCOME, at=NOW - delta, actor="slack:W1",
                      invoices=(INVOICE,), data={"outcome": outcome, "by": "W1"})


async def posted_card(world: SlackWorld, task_id: str) -> tuple[str, list[dict[str, Any]]]:
    report = await world.service.post_tasks()
    [ts] = [where.ts for task, where in report.posted if task.id == task_id]
    return ts, world.stub.posted_blocks(ts)


def labels(blocks: list[dict[str, Any]]) -> list[str]:
    [actions] = [b for b in blocks if b["type"] == "actions"]
    return [e["text"]["text"] for e in actions["elements"]]


async def test_a_us_consumers_call_card_says_calls_are_paused_after_speaking_with_them(
        repo: Repository, stub: StubSlack) -> None:
    seed(repo)
    calls(repo, "disputed", timedelta(days=2))
    async with world_with(repo, stub, "us_consumer") as world:
        _, blocks = await posted_card(world, CALL_TASK)
    card = json.dumps(blocks)
    spoke = NOW - timedelta(days=2)
    assert (f"calls paused until {spoke + timedelta(days=7):%Y-%m-%d}: spoke with the debtor "
            f"on {spoke:%Y-%m-%d}") in card
    assert labels(blocks) == ["Mark done", "Add note…"]


async def test_a_us_consumers_call_card_says_when_7_attempts_were_made_in_7_days(
        repo: Repository, stub: StubSlack) -> None:
    seed(repo)
    calls(repo, "no_answer", *[timedelta(hours=6 + 12 * i) for i in range(7)])
    async with world_with(repo, stub, "us_consumer") as world:
        _, blocks = await posted_card(world, CALL_TASK)
    assert "7 call attempts in 7 days" in json.dumps(blocks)
    assert "No answer" not in labels(blocks) and "Promised to pay…" not in labels(blocks)


async def test_a_us_consumers_call_card_offers_every_call_outcome_when_calls_may_be_made(
        repo: Repository, stub: StubSlack) -> None:
    seed(repo)
    calls(repo, "no_answer", timedelta(hours=3))
    async with world_with(repo, stub, "us_consumer") as world:
        _, blocks = await posted_card(world, CALL_TASK)
    assert "Do not call now" not in json.dumps(blocks)
    assert labels(blocks)[:2] == ["Promised to pay…", "Agreed a plan…"]


async def test_b2b_call_cards_are_never_paused(repo: Repository, stub: StubSlack) -> None:
    seed(repo)
    calls(repo, "disputed", timedelta(days=1))
    async with world_with(repo, stub, "b2b") as world:
        _, blocks = await posted_card(world, CALL_TASK)
    assert "Do not call now" not in json.dumps(blocks)
    assert "No answer" in labels(blocks)


def seed_confirmation(repo: Repository) -> StaffTask:
    seed(repo)
    task = StaffTask(id=CONFIRM_TASK, account_id=ACCOUNT, kind=TaskKind.CONFIRM_STEP,
                     reason="Confirm or say not yet: duebot is ready to send the final notice",
                     created_at=NOW, due_on=TODAY, invoices=(INVOICE,), step="final_notice")
    with repo.transaction() as tx:
        record_task(tx, task)
    return task


async def test_a_final_notice_waits_on_a_card_with_confirm_and_not_yet(
        repo: Repository, stub: StubSlack) -> None:
    seed_confirmation(repo)
    async with world_with(repo, stub, "b2b") as world:
        ts, blocks = await posted_card(world, CONFIRM_TASK)
        assert labels(blocks) == ["Confirm", "Not yet", "Add note…"]
        assert "Confirm an escalation step" in json.dumps(blocks)
        status, _ = await world.click(outcome_action_id(Outcome.CONFIRMED), CONFIRM_TASK,
                                      message_ts=ts)
        await stub.wait_for("chat.update")
    assert status == 200
    [confirmed] = [e for e in repo.log(ACCOUNT) if e.type == EventType.STEP_CONFIRMED]
    assert confirmed.data["step"] == "final_notice" and confirmed.data["by"] == STAFF
    assert confirmed.actor == f"slack:{STAFF}" and confirmed.invoices == (INVOICE,)
    state = fold_account_state(repo.log(ACCOUNT))
    assert state.step_confirmed(INVOICE, "final_notice") is not None
    task = repo.task(CONFIRM_TASK)
    assert task is not None and not task.is_open


async def test_not_yet_on_the_card_keeps_the_step_waiting_and_says_who(
        repo: Repository, stub: StubSlack) -> None:
    seed_confirmation(repo)
    async with world_with(repo, stub, "b2b") as world:
        ts, _ = await posted_card(world, CONFIRM_TASK)
        await world.click(outcome_action_id(Outcome.NOT_YET), CONFIRM_TASK, message_ts=ts)
        await stub.wait_for("chat.update")
    [declined] = [e for e in repo.log(ACCOUNT) if e.type == EventType.STEP_NOT_CONFIRMED]
    assert declined.data["by"] == STAFF and declined.at == NOW
    state = fold_account_state(repo.log(ACCOUNT))
    assert state.step_confirmed(INVOICE, "final_notice") is None
    decision = state.step_declined("final_notice")
    assert decision is not None and decision.by == STAFF


async def test_a_us_consumers_call_prompt_waits_for_their_calling_hours(
        repo: Repository, stub: StubSlack) -> None:
    seed(repo)  # a +44 number: the debtor is on London time
    async with world_with(repo, stub, "us_consumer") as world:
        world.clock.set(NOW.replace(hour=21, minute=30))
        late = await world.service.post_tasks()
        assert late.posted == [] and stub.called("chat.postMessage") == []
        world.clock.set(NOW.replace(hour=21, minute=30) + timedelta(hours=11))
        morning = await world.service.post_tasks()
        assert [task.id for task, _ in morning.posted] == [CALL_TASK]


async def test_agreeing_the_plan_a_us_consumer_asked_for_is_not_paused_by_their_request(
        repo: Repository, stub: StubSlack) -> None:
    seed(repo)
    task = StaffTask(id="reply:agree_plan:r2", account_id=ACCOUNT, kind=TaskKind.AGREE_PLAN,
                     reason="They asked for a payment plan", created_at=NOW, due_on=TODAY,
                     invoices=(INVOICE,))
    with repo.transaction() as tx:
        tx.append(ACCOUNT, EventType.REPLY_RECEIVED, at=NOW - timedelta(hours=1),
                  actor="debtor:ap@acme.example", invoices=(INVOICE,),
                  data={"intent": "payment_plan", "new_text": "Could we pay monthly?"})
        record_task(tx, task)
    async with world_with(repo, stub, "us_consumer") as world:
        report = await world.service.post_tasks()
    cards = {t.id: stub.posted_blocks(where.ts) for t, where in report.posted}
    assert "Agreed a plan…" in labels(cards[task.id])
    assert "Do not call now" not in json.dumps(cards[task.id])
    # The unsolicited call about the same debt waits a week after that conversation.
    assert "Do not call now" in json.dumps(cards[CALL_TASK])
