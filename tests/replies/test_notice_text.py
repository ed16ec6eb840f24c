"""The failure notice is cut where the returned original starts, found only from the first
line that may open a marker: the same cut as searching the whole text."""

from __future__ import annotations

import re

import pytest

from bot.mail.bounces import _NOTICE_ENDS, _later_line_match


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
