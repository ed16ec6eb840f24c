"""Socket Mode: the same buttons over Slack's WebSocket instead of HTTP."""

from __future__ import annotations

from bot.clock import SimulatedClock
from bot.domain.events import EventType
from bot.services.call_outcomes import Outcome
from bot.slack.cards import outcome_action_id
from bot.slack.service import SlackService
from bot.slack.settings import SlackConfig
from bot.store.repository import Repository
from tests.slack.conftest import CALL_TASK, CHANNEL, NOW, STAFF, seed
from tests.slack.requests import button_click
from tests.slack.stub_slack import StubSlack


async def test_a_click_over_socket_mode_is_acknowledged_and_recorded_once(
    repo: Repository, stub: StubSlack,
) -> None:
    seed(repo)
    config = SlackConfig.model_validate({
        "mode": "socket", "bot_token": "xoxb-test", "app_token": "xapp-test",
        "channel": CHANNEL, "staff": {"users": [STAFF]}, "api_base_url": stub.url})
    service = SlackService(config, repo, SimulatedClock(NOW))
    await service.start()
    try:
        ts = (await service.post_tasks()).posted[0][1].ts
        click = button_click(outcome_action_id(Outcome.NO_ANSWER), CALL_TASK, user=STAFF,
                             channel=CHANNEL, message_ts=ts)

        first = await stub.push({"envelope_id": "env-1", "type": "interactive",
                                 "payload": click, "accepts_response_payload": False})
        await stub.wait_for("chat.update")
        second = await stub.push({"envelope_id": "env-2", "type": "interactive",
                                  "payload": click, "accepts_response_payload": False,
                                  "retry_attempt": 1, "retry_reason": "timeout"})
        [told] = await stub.wait_for("chat.postEphemeral")
    finally:
        await service.stop()

    assert (first["envelope_id"], second["envelope_id"]) == ("env-1", "env-2")
    [outcome] = [e for e in repo.log("ACME") if e.type == EventType.CALL_OUTCOME]
    assert outcome.data["by"] == STAFF
    assert f"Already recorded by <@{STAFF}>" in told.args["text"]
