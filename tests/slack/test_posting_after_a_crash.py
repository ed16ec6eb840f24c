"""A task's card is posted once even when duebot dies between Slack accepting the card and
duebot storing where it is: the next round finds the card in Slack instead of posting again."""

from __future__ import annotations

import pytest

from bot.slack import poster as poster_module
from bot.slack.facts import card_location
from bot.store.repository import Repository
from tests.slack.conftest import CALL_TASK, running_world, seed, slack_config
from tests.slack.stub_slack import StubSlack


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs."""


async def test_a_card_posted_just_before_a_crash_is_found_not_posted_again(
    repo: Repository, stub: StubSlack, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(repo)
    async with running_world(repo, stub, slack_config(stub.url), seeded=False) as world:
        def die(*_: object) -> None:
            raise Killed

        with monkeypatch.context() as patched:
            patched.setattr(poster_module, "remember_card", die)
            with pytest.raises(Killed):
                await world.service.post_tasks()
        assert card_location(repo, CALL_TASK) is None
        [first] = stub.called("chat.postMessage")

        report = await world.service.post_tasks()

    assert report.posted == []
    assert [(t.id, loc.ts) for t, loc in report.recovered] == [(CALL_TASK, first.answer["ts"])]
    assert len(stub.called("chat.postMessage")) == 1
    location = card_location(repo, CALL_TASK)
    assert location is not None and location.ts == first.answer["ts"]


async def test_a_card_that_never_reached_slack_is_posted_on_the_next_round(
    repo: Repository, stub: StubSlack, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(repo)
    async with running_world(repo, stub, slack_config(stub.url), seeded=False) as world:
        async def die_before_slack(*_: object, **__: object) -> None:
            raise Killed

        with monkeypatch.context() as patched:
            patched.setattr(world.service.client, "chat_postMessage", die_before_slack)
            with pytest.raises(Killed):
                await world.service.post_tasks()
        assert stub.called("chat.postMessage") == []

        report = await world.service.post_tasks()

    assert [t.id for t, _ in report.posted] == [CALL_TASK]
    assert len(stub.called("chat.postMessage")) == 1
    assert [c.method for c in stub.calls if c.method.startswith("conversations.h")] == [
        "conversations.history"]
