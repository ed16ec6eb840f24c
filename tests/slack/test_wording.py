"""The words of Slack messages are the owner's: templates/slack/*.toml, checked at start."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from slack_sdk.models.blocks import Block

from bot.clock import SimulatedClock
from bot.config import load_config
from bot.domain.models import Account, Contact, Invoice
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.templates import default_templates_dir
from bot.services.call_outcomes import Outcome
from bot.slack.cards import CardFacts, card_text, task_card
from bot.slack.overview import Overview, digest_text
from bot.slack.service import SlackService
from bot.slack.wording import CATALOGUE, SlackWording, WordingError
from bot.store.repository import Repository
from tests.slack.conftest import CALL_TASK, NOW, running_world, slack_config
from tests.slack.stub_slack import StubSlack

TODAY = date(2026, 11, 22)
ACCOUNT = Account(id="ACME", name="Acme <Joinery> & Sons", contacts=(Contact("ap@acme.example"),))
INVOICES = (Invoice("INV-1", "ACME", "EUR", Decimal("100"), Decimal("75.50"), date(2026, 9, 1),
                    date(2026, 10, 1)),)
TASK = StaffTask(id="t-1", account_id="ACME", kind=TaskKind.CALL, reason="Promise broken",
                 created_at=datetime(2026, 11, 22, tzinfo=UTC), due_on=TODAY,
                 invoices=("INV-1",))


def owners_copy(tmp_path: Path) -> Path:
    """A copy of duebot's templates folder for the owner to edit."""
    return Path(shutil.copytree(default_templates_dir(), tmp_path / "templates"))


def edit(templates: Path, file: str, old: str, new: str) -> None:
    path = templates / "slack" / f"{file}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def sections(blocks: list[Block]) -> list[str]:
    """The text of each section that has one, in order."""
    return [d["text"]["text"] for d in (b.to_dict() for b in blocks)
            if d["type"] == "section" and "text" in d]


def test_duebots_own_words_are_the_texts_cards_always_had() -> None:
    facts = CardFacts(TASK, ACCOUNT, INVOICES, (), call_hold="3 calls this week")
    texts = sections(task_card(facts, TODAY))

    assert card_text(facts) == "Please call: Acme <Joinery> & Sons"
    assert texts[0] == "*Why duebot is asking:* Promise broken"
    assert texts[-1] == ":no_entry: *Do not call now:* 3 calls this week"
    assert digest_text(Overview((), (), (), ()), TODAY) == (
        "duebot today: 0 calls due, 0 promises due, 0 broken, 0 replies waiting")


def test_every_kind_of_task_has_a_heading_and_every_outcome_a_button_label() -> None:
    names = CATALOGUE["cards"]
    assert all(f"heading.{kind}" in names for kind in TaskKind)
    assert all(f"button.{outcome}" in names for outcome in Outcome)


def test_values_are_escaped_but_the_owners_own_text_is_not(tmp_path: Path) -> None:
    templates = owners_copy(tmp_path)
    edit(templates, "cards", 'why = "*Why duebot is asking:* {{ reason }}"',
         'why = "<!here> _Why:_ {{ reason }} & more"')
    wording = SlackWording.load(templates)

    facts = CardFacts(replace(TASK, reason="<@U1> & co"), ACCOUNT, INVOICES, ())
    card = sections(task_card(facts, TODAY, wording))

    assert card[0] == "<!here> _Why:_ &lt;@U1&gt; &amp; co & more"


async def test_an_owners_edited_words_are_on_the_posted_card(
    repo: Repository, stub: StubSlack, tmp_path: Path,
) -> None:
    templates = owners_copy(tmp_path)
    edit(templates, "cards", 'call = "Please call"', 'call = "Ring them"')
    edit(templates, "cards", 'no_answer = "No answer"', 'no_answer = "Nobody picked up"')
    config = slack_config(stub.url).model_copy(update={"templates_dir": templates})

    async with running_world(repo, stub, config) as world:
        await world.post_tasks()

    [posted] = stub.called("chat.postMessage")
    assert posted.args["text"] == "Ring them: Acme Joinery Supplies"
    card = json.dumps(posted.args["blocks"], ensure_ascii=False)
    assert '"Nobody picked up"' in card and "No answer" not in card
    assert posted.args["metadata"]["event_payload"]["task_id"] == CALL_TASK


@pytest.mark.parametrize(("file", "old", "new", "name", "reason"), [
    ("cards", 'call = "Please call"', "", "heading.call", "missing"),
    ("cards", 'call = "Please call"', 'cal = "Please call"', "heading.cal",
     "not a text duebot uses"),
    ("cards", "{{ heading }}: {{ name }}", "{{ heading }}: {{ debtor }}", "card.title",
     "uses debtor, which it is not given (values it may use: heading, name)"),
    ("recap", "{{ payments }} payments", "{{ payments payments", "figures",
     "broken template"),
    ("overview", 'calls = "Calls due"', "calls = Calls due", None, "not valid TOML"),
    ("modals", 'record = "Record"', "record = 3", "record", "must be text in quotes"),
])
async def test_a_text_duebot_cannot_use_stops_slack_at_start_naming_its_file_and_name(
    repo: Repository, stub: StubSlack, tmp_path: Path,
    file: str, old: str, new: str, name: str | None, reason: str,
) -> None:
    templates = owners_copy(tmp_path)
    edit(templates, file, old, new)
    config = slack_config(stub.url).model_copy(update={"templates_dir": templates})

    with pytest.raises(WordingError) as broken:
        await SlackService(config, repo, SimulatedClock(NOW)).start()

    assert broken.value.file == templates / "slack" / f"{file}.toml"
    assert broken.value.name == name
    assert reason in broken.value.reason
    assert f"{templates / 'slack' / file}.toml" in str(broken.value)
    assert stub.called("chat.postMessage") == []


def test_a_missing_slack_text_file_is_named(tmp_path: Path) -> None:
    templates = owners_copy(tmp_path)
    (templates / "slack" / "recap.toml").unlink()

    with pytest.raises(WordingError, match=r"slack/recap\.toml: the file is missing"):
        SlackWording.load(templates)


def test_the_templates_folder_is_found_beside_the_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[business]\nname = "B"\nfrom_address = "a@b.example"\n'
                    'reply_to = "a@b.example"\n[slack]\nchannel = "C0DUEBOT"\n'
                    'templates_dir = "my-templates"\n[slack.staff]\nusers = ["U0SAM"]\n',
                    encoding="utf-8")

    slack = load_config(path).slack

    assert slack is not None and slack.templates_dir == tmp_path / "my-templates"
