"""Looking things up: `/duebot`, the App Home queue and the daily digest."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

from aiohttp import ClientSession
from slack_sdk.web.async_client import AsyncWebClient

from bot.clock import SimulatedClock
from bot.domain.events import EventType
from bot.slack.access import REFUSAL
from bot.slack.digest import DigestPoster
from bot.store.repository import Repository
from tests.slack.conftest import CHANNEL, STAFF, STRANGER, SlackWorld, seed
from tests.slack.requests import app_home_opened, slash_command
from tests.slack.stub_slack import StubSlack


async def duebot(world: SlackWorld, text: str, user: str = STAFF) -> int:
    status, _ = await world.send_body(slash_command(text, user=user, channel=CHANNEL))
    return status


async def test_duebot_account_shows_its_summary_and_log_to_the_asker_only(
    world: SlackWorld,
) -> None:
    assert await duebot(world, "ACME") == 200
    [told] = await world.stub.wait_for("chat.postEphemeral")

    assert (told.args["user"], told.args["channel"]) == (STAFF, CHANNEL)
    summary = json.dumps(told.args["blocks"], ensure_ascii=False)
    for fact in ("Acme Joinery Supplies (ACME)", "INV-1001", "£1,200.00", "38 days overdue",
                 "reply (acknowledged)", "email sent (firm)"):
        assert fact in summary, fact


async def test_an_account_can_be_found_by_part_of_its_name(world: SlackWorld) -> None:
    await duebot(world, "joinery")
    [told] = await world.stub.wait_for("chat.postEphemeral")

    assert "Acme Joinery Supplies (ACME)" in json.dumps(told.args["blocks"])


async def test_an_unknown_account_is_named_back(world: SlackWorld) -> None:
    await duebot(world, "Globex")
    [told] = await world.stub.wait_for("chat.postEphemeral")

    assert told.args["text"] == "No account matches 'Globex'."


async def test_duebot_note_adds_a_note_with_who_wrote_it(world: SlackWorld) -> None:
    await duebot(world, "note ACME Jo says the cheque is in the post")
    [told] = await world.stub.wait_for("chat.postEphemeral")

    [note] = world.events(EventType.NOTE)
    assert (note.data["text"], note.data["by"]) == ("Jo says the cheque is in the post", STAFF)
    assert told.args["text"] == "Noted in Acme Joinery Supplies's log."


async def test_someone_not_allowed_cannot_look_up_or_note(world: SlackWorld) -> None:
    before = world.repo.event_count()

    await duebot(world, "note ACME hello", user=STRANGER)
    [told] = await world.stub.wait_for("chat.postEphemeral")

    assert told.args["text"] == REFUSAL
    assert world.repo.event_count() == before


async def test_the_app_home_shows_todays_queue(world: SlackWorld) -> None:
    status, _ = await world.send_body(app_home_opened(user=STAFF),
                                      content_type="application/json")
    [published] = await world.stub.wait_for("views.publish")

    assert status == 200
    assert published.args["user_id"] == STAFF
    home = json.dumps(published.args["view"], ensure_ascii=False)
    assert "*Calls due* (1)" in home
    assert "Acme Joinery Supplies — 38 days overdue after two reminders" in home


async def test_the_daily_digest_is_posted_once_a_day_once_its_time_has_come(
    repo: Repository, stub: StubSlack,
) -> None:


    seed(repo)
    clock = SimulatedClock(datetime(2026, 11, 22, 7, 0, tzinfo=UTC))
    async with ClientSession() as session:
        client = AsyncWebClient(token="xoxb-test", base_url=stub.url, session=session)
        digest = DigestPoster(repo, client, clock, channel=CHANNEL, at=time(8, 30))

        too_early = await digest.post_if_due()
        clock.set(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
        posted = await digest.post_if_due()
        again = await digest.post_if_due()

    assert (too_early, posted, again) == (False, True, False)
    [post] = stub.called("chat.postMessage")
    text = json.dumps(post.args["blocks"], ensure_ascii=False)
    assert post.args["channel"] == CHANNEL
    assert "*Calls due* (1)" in text
    assert "31–60: £1,200.00" in text and "90+: £0.00" in text
