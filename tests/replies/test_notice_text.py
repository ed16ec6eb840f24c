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
    _later_line_match,
    _original_headers,
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


def _whole_text_ids(text: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    message_id = _MESSAGE_ID_LINE.findall(text)
    in_reply_to = _IN_REPLY_TO_LINE.search(text)
    references = _REFERENCES_LINE.search(text)
    return (
        message_id[-1] if message_id else None,
        in_reply_to.group(1) if in_reply_to else None,
        tuple(re.findall(r"<[^>\s]+>", references.group(1))) if references else (),
    )


@pytest.mark.parametrize("text", [
    *TEXTS, "Message-ID: <a@b>\nx\nmessage-id: <c@d>", "x\n\u0131n-reply-to: <a@b>",
    "x\nReferences: <a@b> <c@d>", "x\nMe\u017f\u017fage-ID: <a@b>",
    "x\n\u0130N-REPLY-TO: <a@b>\nREFERENCES:  <c@d>\n <e@f>",
    "see Message-ID: <a@b> below\nMessage-ID: <c@d>\nIn-Reply-To: none\nIn-Reply-To: <e@f>",
    "\u0130\u0130 Message-ID: <x@y>\nMessage-ID:<a@b>", "Message-ID:\n <a@b>",
    "references: <a@b>\n", "no ids here\n",
])
def test_header_lines_are_found_from_the_first_place_their_name_is(text: str) -> None:
    assert _original_headers([], text) == _whole_text_ids(text)
