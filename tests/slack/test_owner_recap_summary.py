"""The owner's weekly recap, summarised in the Slack channel."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from bot.domain.models import Account, Contact, Invoice
from bot.domain.owner_recap import OwnerRecap, build_owner_recap
from bot.domain.tasks import StaffTask, TaskKind
from bot.slack.recap import recap_text, slack_recap_poster
from tests.slack.conftest import CHANNEL, slack_config
from tests.slack.stub_slack import StubSlack

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def a_recap() -> OwnerRecap:
    account = Account("ACME", "Acme <Joinery>", (Contact("ap@acme.example"),))
    invoice = Invoice("INV-1", "ACME", "GBP", Decimal("480.00"), Decimal("480.00"),
                      date(2026, 1, 10), date(2026, 2, 9))
    task = StaffTask("esc", "ACME", TaskKind.ESCALATE, "hand to agency?", NOW, NOW.date(),
                     ("INV-1",), step="agency")
    return build_owner_recap(accounts=[account], invoices=[invoice], logs={}, tasks=[task],
                             now=NOW)


async def test_the_summary_names_the_figures_and_the_accounts_that_need_a_decision(
    stub: StubSlack,
) -> None:
    post = slack_recap_poster(slack_config(stub.url))
    await post(a_recap())
    [call] = await stub.wait_for("chat.postMessage")
    assert call.args["channel"] == CHANNEL
    assert call.args["text"] == recap_text(a_recap())
    assert "1 account needs a decision" in call.args["text"]
    blocks = str(call.args["blocks"])
    assert "DSO (countback)" in blocks
    assert "Acme &lt;Joinery&gt; — confirm escalation (agency)" in blocks
