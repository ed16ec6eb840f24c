"""The failure notice is cut where the returned original starts, found only from the first
line that may open a marker: the same cut as searching the whole text."""

from __future__ import annotations

import re

import pytest

from bot.mail.bounces import (
    _IN_REPLY_TO_LINE,
    _MESSAGE_ID_LINE,
    _NOTICE_ENDS,
    _REFERENCES_LINE,
    _first_line_opening,
    _later_line_match,
)


def _whole_text_search(marker: re.Pattern[str], text: str) -> int | None:
    found = marker.search(text)
    return found.start() if found and found.start() > 0 else None


TEXTS = [
    "",
    "-- This is a copy of the message",
    "---- Original message\nmore\n---- Original message\n",
    "notice\n---- Original message\n",
    "notice\n- just a dash\n\n--- The returned message\n",
    "Return-Path: <x@y>\nnotice\nreturn-path: <z@y>\n",
    "notice\nRECEIVED: from a\nreceived: from b\n",
    "notice\r\n--- Forwarded message\r\n",
    "notice -- Forwarded message on the same line\n",
    "a\nRe: Received: later\nReceived: here\n",
    "a\n\n-\n--Forwarded message\nRReturn-Path:\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_cut_is_where_a_search_of_the_whole_text_finds_it(text: str) -> None:
    for openings, marker in _NOTICE_ENDS:
        assert _later_line_match(marker, openings, text) == _whole_text_search(marker, text)


@pytest.mark.parametrize("letter", ["m", "i", "r", "-"])
def test_the_openings_are_every_character_a_first_letter_matches(letter: str) -> None:
    openings = {"m": "Mm", "i": "Ii\u0130\u0131", "r": "Rr", "-": "-"}[letter]
    first = re.compile(re.escape(letter), re.IGNORECASE)
    matching = {chr(code) for code in range(0x110000) if first.match(chr(code))}
    assert matching == set(openings)


@pytest.mark.parametrize("text", [*TEXTS, "Message-ID: <a@b>\nx\nmessage-id: <c@d>",
                                  "x\n\u0131n-reply-to: <a@b>", "x\nReferences: <a@b> <c@d>"])
def test_header_lines_are_found_from_the_first_line_that_may_open_them(text: str) -> None:
    for pattern, openings in ((_MESSAGE_ID_LINE, "Mm"), (_IN_REPLY_TO_LINE, "Ii\u0130\u0131"),
                              (_REFERENCES_LINE, "Rr")):
        start = _first_line_opening(text, openings)
        found = pattern.findall(text, start) if start is not None else []
        assert found == pattern.findall(text)
