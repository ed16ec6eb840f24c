"""Priming the parser: the messages it reads take each path a real reply can take, so a
worker that has read them has built what those paths build on first use."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from bot.domain.replies.intents import ReplyIntent
from bot.mail import parse_pool
from bot.mail.parse_reply import ParsedReply
from bot.mail.priming import prime_parser


def test_priming_reads_a_promise_for_tomorrow_in_each_of_the_four_languages() -> None:
    promises = prime_parser()[:4]
    assert [p.intent for p in promises] == [ReplyIntent.PROMISE_TO_PAY] * 4
    assert [p.promised_date for p in promises] == [date(2026, 3, 3)] * 4


def test_priming_reads_an_html_reply_a_delivery_report_and_an_out_of_office() -> None:
    html, report, away = prime_parser()[4:]
    assert html.intent is ReplyIntent.PAID
    assert html.new_text == "We paid the invoice yesterday."
    assert report.intent is ReplyIntent.BOUNCE and report.bounce is not None
    assert (report.bounce.kind, report.bounce.status, report.bounce.recipient) == (
        "hard", "5.1.1", "gone@customer.example")
    assert away.intent is ReplyIntent.AUTO_REPLY
    assert away.return_date == date(2026, 3, 9)


def test_a_parser_that_cannot_be_primed_still_starts_and_says_so(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> list[ParsedReply]:
        raise RuntimeError("dateparser tables missing")

    monkeypatch.setattr(parse_pool, "prime_parser", broken)
    with caplog.at_level(logging.WARNING, logger="duebot.inbox"):
        parse_pool.prime_or_warn()
        parse_pool.InlineParsing().warm_up()
    assert [r.getMessage() for r in caplog.records] == [
        "could not prime the reply parser; reading goes on without"] * 2
    assert "dateparser tables missing" in caplog.text
