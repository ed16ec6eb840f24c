"""The gated run of flufl.bounce's detectors answers exactly as flufl.bounce itself."""

from __future__ import annotations

import email
import logging
import re
from email.message import Message

import flufl.bounce
import pytest

from bot.mail import bounces
from bot.mail.failed_recipients import all_failures
from tests.replies.messages import dsn, reply

_QMAIL = """From: MAILER-DAEMON@mail.debtor.example
Subject: failure notice

Hi. This is the qmail-send program at mail.debtor.example.
I'm afraid I wasn't able to deliver your message to the following addresses.

<nobody@debtor.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.
"""
_GOOGLE = """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)

Delivery to the following recipient failed permanently:

     gone@debtor.example

Technical details of permanent failure:
----- Original message -----
"""
_DELAYED = """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Delay)

Delivery to the following recipient has been delayed:

     slow@debtor.example

Message will be retried for 2 more day(s)
"""
_OPENING_ON_ONE_LINE = """From: postmaster@debtor.example
Subject: Returned mail

DELIVERY TO THE FOLLOWING RECIPIENTS FAILED
  gone@debtor.example
Done
"""
_KELVIN = """From: postmaster@debtor.example
Subject: Returned mail
Content-Type: text/plain; charset=utf-8

Delivery to the following recipient failed \u212a
   gone@debtor.example
----- Original message -----
"""
_IN_RETURNED_ORIGINAL = """From: postmaster@debtor.example
Subject: Returned mail
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

Something went wrong.

--b
Content-Type: message/rfc822

From: accounts@brightleaf.example
Subject: Friendly reminder

Failed addresses follow:
  someone@debtor.example
Message text follows:
--b--
"""
_LAST_LINES_OF_PARTS = """From: postmaster@debtor.example
Subject: Returned mail
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

Your message
--b
Content-Type: text/plain

Your message to <gone@debtor.example> was automatically rejected:
Quota exceeded
Reporting-MTA: dovecot
Intended recipient: other@debtor.example
--b--
"""
_UNREADABLE_CHARSET = (
    "From: postmaster@debtor.example\n"
    "Subject: Returned mail\n"
    "Content-Type: text/plain; charset*=utf-8''%E2%82%AC\n"
    "\n"
    "Delivery to the following recipient failed \xe9\n"
    "   gone@debtor.example\n"
)


def _message(text: str) -> Message:
    return email.message_from_bytes(text.encode("utf-8", "surrogateescape"))


def _answer(mime: Message, finder: object) -> object:
    try:
        return finder(mime)  # type: ignore[operator]
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("text", [
    _QMAIL, _GOOGLE, _DELAYED, _OPENING_ON_ONE_LINE, _KELVIN, _IN_RETURNED_ORIGINAL,
    _LAST_LINES_OF_PARTS, _UNREADABLE_CHARSET,
    dsn(status="5.1.1").decode(), reply("We paid it yesterday, thanks.").decode(),
])
def test_the_gated_detectors_answer_as_flufl_bounce(text: str) -> None:
    logging.disable(logging.CRITICAL)
    try:
        mime = _message(text)
        assert _answer(mime, all_failures) == _answer(mime, flufl.bounce.all_failures)
    finally:
        logging.disable(logging.NOTSET)


def test_the_gated_detectors_still_find_the_generic_notices() -> None:
    assert all_failures(_message(_GOOGLE)) == (frozenset(), frozenset({b"gone@debtor.example"}))
    assert all_failures(_message(_DELAYED)) == (frozenset({b"slow@debtor.example"}), frozenset())
    assert all_failures(_message(_QMAIL))[1] == frozenset({b"nobody@debtor.example"})


@pytest.mark.parametrize("text", [
    "550 5.1.1 user unknown", "mailbox is full", "Mailbox Unavailable", "over quota",
    "message rejected as spam", "will be retried", "Temporary failure", "filtered by policy",
    "Access denied, authentication required", "host unknown", "no mx record",
    "nothing to see here", "", "DOES NOT EXIST", "domain does not exist",
    "a \u212aing unknown host",
])
def test_the_reason_phrases_tell_as_one_pattern_of_all_of_them_would(text: str) -> None:
    for reasons in (bounces._HARD_REASON, bounces._SOFT_REASON, bounces._FULL,
                    bounces._TEMPORARY):
        joined = "(?:" + "|".join(m.pattern.pattern for m in reasons.members) + ")"
        expected = re.search(joined, text, re.IGNORECASE) is not None
        assert reasons.any_match(text, bounces.Folded.of(text)) is expected
