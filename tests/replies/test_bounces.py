"""Delivery failures: standard reports and the plain notices of common mail servers."""

from __future__ import annotations

from bot.domain.replies.intents import ReplyIntent
from bot.mail.parse_reply import parse_reply
from tests.replies.messages import dsn


def test_a_5_1_1_dsn_is_a_hard_bounce_naming_the_failed_recipient() -> None:
    parsed = parse_reply(dsn(status="5.1.1"))
    assert parsed.intent is ReplyIntent.BOUNCE
    assert parsed.bounce is not None
    assert (parsed.bounce.kind, parsed.bounce.status, parsed.bounce.recipient) == (
        "hard", "5.1.1", "gone@debtor.example")


def test_a_bounce_carries_the_message_id_of_the_returned_reminder() -> None:
    bounce = parse_reply(dsn(status="5.1.1")).bounce
    assert bounce is not None and bounce.original_message_id == "<reminder-1@brightleaf.example>"


def test_a_full_mailbox_is_a_soft_bounce() -> None:
    bounce = parse_reply(dsn(status="5.2.2", diagnostic="smtp; 552 5.2.2 Mailbox full")).bounce
    assert bounce is not None and bounce.kind == "soft"


def test_a_delayed_delivery_is_a_soft_bounce() -> None:
    bounce = parse_reply(dsn(status="4.4.1", action="delayed", diagnostic="timeout")).bounce
    assert bounce is not None and (bounce.kind, bounce.status) == ("soft", "4.4.1")


def test_a_qmail_notice_is_a_bounce_naming_the_recipient() -> None:
    raw = b"""From: MAILER-DAEMON@mail.debtor.example
To: accounts@brightleaf.example
Subject: failure notice
Date: Wed, 05 Nov 2025 10:00:00 +0000

Hi. This is the qmail-send program at mail.debtor.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<nobody@debtor.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Message-ID: <reminder-7@brightleaf.example>
Subject: Friendly reminder
"""
    parsed = parse_reply(raw)
    assert parsed.bounce is not None
    assert (parsed.bounce.kind, parsed.bounce.recipient) == ("hard", "nobody@debtor.example")
    assert parsed.bounce.original_message_id == "<reminder-7@brightleaf.example>"


def test_a_debtors_reply_mentioning_delivery_is_not_a_bounce() -> None:
    raw = b"""From: rick@salazar.example
To: accounts@brightleaf.example
Subject: Re: Friendly reminder
Date: Wed, 05 Nov 2025 10:00:00 +0000

Your invoice could not be delivered to our old office, please resend it.
"""
    assert parse_reply(raw).bounce is None
