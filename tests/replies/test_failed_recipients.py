"""The gated run of flufl.bounce's detectors answers exactly as flufl.bounce itself."""

from __future__ import annotations

import email
import logging
import re
from email.message import Message
from email.utils import getaddresses, parseaddr

import flufl.bounce
import pytest

from bot.mail import bounces
from bot.mail.failed_recipients import _PLAIN_SENDER, all_failures
from bot.mail.reading import HeaderValues, MessageParts
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


_YAHOO = """From: MAILER-DAEMON@yahoo.com
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<gone@debtor.example>:
Remote host said: 550 5.1.1 unknown user

--- Below this line is a copy of the message.
"""
_EXCHANGE = """From: postmaster@debtor.example
Subject: Undeliverable: Friendly reminder

Your message did not reach the following recipients:

      gone@debtor.example on 11/5/2025 10:00 AM
            The e-mail account does not exist.
      MSEXCH:IMS:Debtor:EXCHANGE 0 (000C05A6) Unknown Recipient
"""
_CAIWIRELESS = """From: postmaster@debtor.example
Subject: Returned mail
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

THE FOLLOWING RECIPIENTS DID NOT RECEIVE THIS MESSAGE:
<gone@debtor.example>
--b--
"""
_LLNL = """From: postmaster@debtor.example
Subject: Returned mail

Returned: user, gone@debtor.example, unknown
"""
_EXIM = """From: Mail Delivery System <Mailer-Daemon@debtor.example>
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: gone@debtor.example

This message was created automatically by mail delivery software.
"""
_AOL = """From: Mail Delivery Subsystem <MAILER-DAEMON@aol.com>
Subject: Returned mail
Content-Type: text/plain

The mail you sent could not be delivered:
mail to the following recipients could not be delivered
  gonedebtor

"""
_YALE = """From: MAILER-DAEMON@mail.cs.yale.edu
Subject: Returned mail

Message not delivered to the following:

     gonedebtor    No matches to nameserver query

Error Detail follows
"""
_SMTP32 = """From: postmaster@debtor.example
Subject: Undeliverable Mail
X-Mailer: <SMTP32 v8.22>

Delivery failed 1 attempt: gone@debtor.example

Original message follows.
"""
_GROUPWISE = """From: postmaster@debtor.example
Subject: Message status - undeliverable
X-Mailer: Novell GroupWise Internet Agent 5.5.3.1
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

The message that you sent was undeliverable to the following:
<gone@debtor.example>
--b--
"""
_SINA = """From: mailer-daemon@sina.com
Subject: Failed
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

<gone@debtor.example>
--b--
"""
_POSTFIX = """From: MAILER-DAEMON@mx.debtor.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Description: Notification
Content-Type: text/plain

The Postfix program at host mx.debtor.example:

<gone@debtor.example>: host mx.debtor.example said: 550 unknown user
--b--
"""
_MICROSOFT = """From: postmaster@debtor.example
Subject: Delivery failure
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b

Your message could not be sent.
A transcript of session follows:
gone@debtor.example
--b--
"""
_DSN_ANGLE_ONLY = dsn(status="5.1.1").decode().replace(
    "Final-Recipient: rfc822; gone@debtor.example", "Final-Recipient: <gone@debtor.example>"
).replace("Original-Recipient: rfc822;gone@debtor.example\n", "")
_NESTED_COMMENTS = _YAHOO.replace(
    "From: MAILER-DAEMON@yahoo.com", "From: (" * 2000 + "x" + ")" * 2000 + " a@b.example"
).replace("Sorry, we were unable to deliver your message to the following address.", "Oops")


@pytest.mark.parametrize("text", [
    _YAHOO, _YAHOO.replace("MAILER-DAEMON@yahoo.com", "MAILER-DAEMON@ya (note) hoo.com"),
    _YAHOO.replace("Sorry, we were", "Oops"), _NESTED_COMMENTS, _EXCHANGE,
    _EXCHANGE.replace("did not reach", "Did not reach"), _CAIWIRELESS,
    _CAIWIRELESS.replace("RECEIVE", "RECEIVE \u212a"), _LLNL, _LLNL.replace("@", " at "),
    _EXIM, _DSN_ANGLE_ONLY, dsn(status="4.2.2", action="delayed").decode(), _QMAIL, _GOOGLE,
    _UNREADABLE_CHARSET, _AOL, _YALE, _AOL.replace("aol.com", "aol.com.example"),
    _YALE.replace("MAILER-DAEMON@mail.cs.yale.edu", "Yale Mailer <MAILER-DAEMON@yale.edu> "),
    _YALE.replace("MAILER-DAEMON@mail.cs.yale.edu", "MAILER-DAEMON@yale.edu (Yale)"),
    _YALE.replace("MAILER-DAEMON@mail.cs.yale.edu", "Yale\n <MAILER-DAEMON@yale.edu>"),
    _YALE.replace("MAILER-DAEMON@mail.cs.yale.edu", "\"Yale\" <gone@yale.edu>"),
    _YALE.replace("From: MAILER-DAEMON@mail.cs.yale.edu\n", ""),
    _AOL.replace("MAILER-DAEMON@aol.com", "MAILER-DAEMON@a\udce9ol.com"), _SMTP32,
    _SMTP32.replace("X-Mailer", "X-Other"), _GROUPWISE, _GROUPWISE.replace("X-Mailer", "X-Other"),
    _SINA, _SINA.replace("sina.com", "sina.com.example"), _SINA.replace("sina", "SINA"),
    _SINA.replace("mailer-daemon@sina.com", "mailer-daemon@sina.com\udce9"), _POSTFIX,
    _POSTFIX.replace("multipart/report", "multipart/alternative"), _MICROSOFT,
    _MICROSOFT.replace("multipart/mixed", "Multipart/Mixed"),
    _MICROSOFT.replace("multipart/mixed", "multipart/related"),
    _CAIWIRELESS.replace("multipart/mixed", "multipart/alternative"),
    _AOL.replace("text/plain", "text/html"), _AOL.replace("Content-Type: text/plain\n", ""),
])
def test_the_detectors_skipped_by_what_was_read_answer_as_flufl_bounce(text: str) -> None:
    logging.disable(logging.CRITICAL)
    try:
        mime = _message(text)
        parts = MessageParts(mime).parts
        names = HeaderValues(mime)

        def gated(message: Message) -> object:
            return all_failures(message, parts, names)

        assert _answer(mime, gated) == _answer(mime, flufl.bounce.all_failures)
    finally:
        logging.disable(logging.NOTSET)


def test_the_skipped_detectors_still_find_their_own_notices() -> None:
    for text in (_YAHOO, _EXCHANGE, _CAIWIRELESS, _LLNL, _EXIM, _DSN_ANGLE_ONLY, _SMTP32,
                 _GROUPWISE, _SINA, _POSTFIX, _MICROSOFT):
        mime = _message(text)
        found = all_failures(mime, MessageParts(mime).parts, HeaderValues(mime))
        assert b"gone@debtor.example" in found[0] | found[1]
    for text, address in ((_AOL, b"gonedebtor@aol.com"), (_YALE, b"gonedebtor@yale.edu")):
        mime = _message(text)
        found = all_failures(mime, MessageParts(mime).parts, HeaderValues(mime))
        assert address in found[1]


@pytest.mark.parametrize("sender", [
    "MAILER-DAEMON@yahoo.com", "Mail Delivery <mailer-daemon@yale.edu>", " <a.b@c.d> ",
    "x@y.example", "Name\t<x@y.example>\t", "=?utf-8?q?N?= <x@y.example>",
])
def test_a_plain_sender_is_the_address_the_stdlib_reads(sender: str) -> None:
    found = _PLAIN_SENDER.match(sender)
    assert found is not None
    address = found.group(1) or found.group(2)
    assert address == parseaddr(sender)[1] == getaddresses([sender])[0][1]
    assert address.lower() == parseaddr(sender.lower())[1]


@pytest.mark.parametrize("sender", [
    "J. Smith <x@y.example>", "(c) x@y.example", "x@y.example (c)", '"Q" <x@y.example>',
    "a <x@y.example>, b <z@y.example>", "x @ y.example", "Name\n <x@y.example>", "",
    "<x@[1.2.3.4]>", "x@y.example.", "caf\u00e9 <x@y.example>",
])
def test_other_senders_are_left_to_the_stdlib(sender: str) -> None:
    assert _PLAIN_SENDER.match(sender) is None


@pytest.mark.parametrize("action", ["relayed", "delivered", "expanded", "Delayed", "FAILED",
                                    "error; bounced", "", "failed (comment)",
                                    "relayed EIGHT-BIT"])
def test_dsn_is_skipped_only_when_no_block_reports_a_failure(action: str) -> None:
    text = dsn(status="5.1.1", action=action).decode().replace(
        "Final-Recipient: rfc822; gone@debtor.example", "Final-Recipient: <gone@debtor.example>"
    ).replace("EIGHT-BIT", "\udce9")  # an undecodable byte: the action is not a str
    mime = _message(text)
    parts = MessageParts(mime).parts
    names = HeaderValues(mime)

    def gated(message: Message) -> object:
        return all_failures(message, parts, names)

    logging.disable(logging.CRITICAL)
    try:
        assert _answer(mime, gated) == _answer(mime, flufl.bounce.all_failures)
    finally:
        logging.disable(logging.NOTSET)
