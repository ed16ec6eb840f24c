"""What every email says for the compliance profiles: an opt-out line that works at once, no
mention of fees or interest once they are stopped, and free debt advice in a plan offer."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.config import ComplianceConfig, DebtAdviceLink
from bot.domain.account_state import fold_account_state
from bot.domain.compliance import ContactRequest as Request
from bot.domain.compliance import Held, check_contact
from bot.domain.events import Event, EventType
from bot.domain.replies.classifier import human_intent
from bot.domain.replies.intents import ReplyIntent
from bot.mail.compose import ReminderComposer
from bot.mail.parse_reply import parse_reply
from bot.mail.templates import default_templates_dir
from tests.domain.builders import make_config
from tests.mail.builders import account, business, invoice, reminder

EMAIL_DIR = default_templates_dir() / "email"
#: Every email to a debtor (the owner's own recap is not one).
DEBTOR_TEMPLATES = sorted(
    path.name.removesuffix(".txt.j2") for path in EMAIL_DIR.glob("*.txt.j2")
    if not path.name.startswith(("_", "owner_")))
#: Those rendered from a reminder (the agreement emails have their own context).
EMAIL_TEMPLATES = ["birthday", "final_notice", "firm", "gentle", "hardship_offer", "heads_up"]
OPT_OUT = "reply with"
FEES = re.compile(r"\b(?:late (?:payment )?fees?|fees?|interest|surcharge|penalt\w+)\b",
                  re.IGNORECASE)


def composed(name: str, *, fees_stopped: bool = False,
             compliance: ComplianceConfig | None = None) -> tuple[str, str]:
    acct = account()
    invoices = [invoice("INV-1"), invoice("INV-2")]
    rem = replace(reminder(acct, invoices, template=name), fees_stopped=fees_stopped)
    rendered = ReminderComposer(business(), compliance=compliance).render(rem, acct, invoices)
    return rendered.text, rendered.html


def test_the_shipped_templates_include_the_hardship_plan_offer() -> None:
    assert "hardship_offer" in EMAIL_TEMPLATES
    assert {"gentle", "firm", "final_notice"} <= set(EMAIL_TEMPLATES)


@pytest.mark.parametrize("name", EMAIL_TEMPLATES)
def test_every_email_tells_the_debtor_how_to_opt_out(name: str) -> None:
    text, html = composed(name)
    last_lines = "\n".join(text.strip().splitlines()[-2:])
    assert "stop" in last_lines.lower() and OPT_OUT in last_lines
    assert "stop" in html.lower() and "optout" in html


@pytest.mark.parametrize("name", DEBTOR_TEMPLATES)
def test_every_debtor_email_keeps_the_shared_opt_out_line(name: str) -> None:
    text = (EMAIL_DIR / f"{name}.txt.j2").read_text(encoding="utf-8")
    html = (EMAIL_DIR / f"{name}.html.j2").read_text(encoding="utf-8")
    assert '{% extends "_base.txt.j2" %}' in text and "block opt_out" not in text
    assert '{% extends "_layout.html.j2" %}' in html and "block opt_out" not in html


def test_the_word_stop_alone_is_read_as_a_request_to_stop() -> None:
    for words in ("stop", "STOP", "Stop.", "Please stop emailing me", "unsubscribe"):
        assert human_intent(words) is ReplyIntent.CEASE, words


def test_an_opt_out_takes_effect_at_once_even_for_an_email_already_queued() -> None:
    config = make_config(compliance={"profile": "us_consumer"})
    acct = replace(account(), timezone="Europe/London")
    now = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    stop = Event(account_id=acct.id, seq=1, type=str(EventType.CONTACT_STOPPED), at=now,
                 actor="duebot:inbox", data={"address": "jo@acme.example", "reason": "cease"})
    queued = Request(acct, "email", (invoice("INV-1", account_id=acct.id),),
                     ("jo@acme.example",), key="already-queued")
    verdict = check_contact(queued, fold_account_state([stop]), config, now)
    assert isinstance(verdict, Held) and verdict.final and verdict.rule == "address_blocked"


@pytest.mark.parametrize("name", EMAIL_TEMPLATES)
def test_no_email_mentions_fees_or_interest_once_they_are_stopped(name: str) -> None:
    text, html = composed(name, fees_stopped=True)
    assert not FEES.search(text), FEES.search(text)
    assert not FEES.search(html), FEES.search(html)


def test_the_plan_offer_links_to_free_debt_advice() -> None:
    text, html = composed("hardship_offer")
    assert "https://www.moneyhelper.org.uk/" in text and "StepChange" in text
    assert 'href="https://www.moneyhelper.org.uk/"' in html
    assert "payment plan" in text


def test_the_debt_advice_link_is_the_owners_to_choose() -> None:
    own = ComplianceConfig(profile="uk_consumer", debt_advice=(
        DebtAdviceLink(name="National Debtline", url="https://nationaldebtline.org/"),))
    text, html = composed("hardship_offer", compliance=own)
    assert "National Debtline: https://nationaldebtline.org/" in text
    assert "moneyhelper" not in text.lower() and "moneyhelper" not in html.lower()


REPLY = b"""From: Jo <jo@acme.example>
To: collections@brightwater.example
Subject: Re: Reminder: invoice INV-1
Date: Tue, 03 Mar 2026 10:00:00 +0000
Message-ID: <x1@acme>
Content-Type: text/plain; charset=utf-8

%s

On Mon, 2 Mar 2026 at 10:00, Brightwater <accounts@brightwater.example> wrote:
> Hello Jo,
> We haven't yet received payment.
> --
> If you'd rather we didn't email you about this, reply with "stop" and we will only
> contact you by other means.
"""


def test_a_reply_saying_stop_above_the_quoted_reminder_is_a_request_to_stop() -> None:
    assert parse_reply(REPLY % b"STOP").intent is ReplyIntent.CEASE


def test_the_opt_out_line_quoted_back_in_a_reply_is_not_a_request_to_stop() -> None:
    parsed = parse_reply(REPLY % b"We sent the payment yesterday.")
    assert parsed.intent is ReplyIntent.PAID
