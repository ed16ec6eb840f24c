"""Reading a message's MIME structure and headers: the shortcuts answer as the stdlib does."""

from __future__ import annotations

import email
import email.utils
from email.header import Header
from email.message import Message
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.mail.reading import _addresses, decode_header_value, parse_mime, read_headers

_MESSAGES = [
    b"From: a@b.example\nSubject: hi\n\nBody line\n\nmore\n",
    b"From: a@b.example\r\nSubject: hi\r\n\r\nBody\r\n",
    b"From: a@b.example\nSubject: hi\n\n",
    b"From: a@b.example\nSubject: hi\n",
    b"From: a@b.example\nSubject: hi\nno colon on this line\n\nlater body\n",
    b"From nobody Mon Jan  1 00:00:00 2024\nFrom: a@b.example\n\nbody\n",
    b"From: a@b.example\nSubject: caf\xc3\xa9 \xe9\n\nbody \xe9\n",
    b"From: a@b.example\nContent-Type:\n multipart/mixed; boundary=\"x\"\n\n--x\n\nin\n--x--\n",
    b"From: a@b.example\nContent-Type: message/rfc822\n\nSubject: inner\n\ninner body\n",
    b"From: a@b.example\nContent-Type: MESSAGE/delivery-status\n\nStatus: 5.1.1\n",
    b"From: a@b.example\rSubject: old mac\r\rbody\r",
    b"From: a@b.example\nSubject: hi\n\n\n\nbody after blank lines\n",
    b"From: a@b.example\nContent-Type: text\n\nbroken type\n",
    b"From: a@b.example\nSubject: about multipart/mixed\n\nplain after all\n",
    b"From: a@b.example\nContent-Type: text/plain; charset=utf-8\n\n" + "é".encode() * 9000,
    b"\n\nno headers at all\n",
    b"Subject: continued\n header\n\tline\n\nbody\n",
]


def _snapshot(mime: Message) -> dict[str, Any]:
    state: dict[str, Any] = dict(vars(mime))
    state["defects"] = [type(defect) for defect in mime.defects]
    payload = state.get("_payload")
    if isinstance(payload, list):
        state["_payload"] = [_snapshot(part) for part in payload]
    return state


@pytest.mark.parametrize("raw", _MESSAGES)
def test_parse_mime_gives_what_the_stdlib_parser_gives(raw: bytes) -> None:
    assert _snapshot(parse_mime(raw)) == _snapshot(email.message_from_bytes(raw))


def test_header_values_are_the_first_of_each_name_decoded() -> None:
    raw = (b"From: Ann <ann@b.example>\nReceived: one\n  folded\nReceived: two\n"
           b"Subject: =?utf-8?q?caf=C3=A9?=\nX-Raw: \xc3\xa9t\xc3\xa9\n"
           b"Auto-Submitted: no\n\nbody\n")
    mime = email.message_from_bytes(raw)
    eager: dict[str, str] = {}
    for name, value in mime.items():
        eager.setdefault(name.lower(), decode_header_value(value))
    headers = read_headers(mime).raw
    assert list(headers) == list(eager) and len(headers) == len(eager)
    assert dict(headers) == eager and headers == eager
    assert headers.get("received") == "one folded"
    assert headers.get("subject") == "café"
    assert headers.get("precedence") is None and headers.get("precedence", "") == ""
    assert "auto-submitted" in headers and "Auto-Submitted" not in headers
    with pytest.raises(KeyError):
        headers["precedence"]


def test_a_header_set_as_a_header_object_is_read_as_the_stdlib_fetches_it() -> None:
    mime = Message()
    mime["From"] = Header("Ann <ann@b.example>")
    mime["Subject"] = Header("caf\u00e9", "utf-8")
    headers = read_headers(mime)
    assert headers.sender == "ann@b.example"
    assert headers.subject == "café" == decode_header_value(mime["Subject"])


def _parsed_addresses(value: str) -> list[str]:
    decoded = decode_header_value(value)
    return [address.strip().lower() for _name, address in email.utils.getaddresses([decoded])
            if "@" in address]


@pytest.mark.parametrize("value", [
    "MAILER-DAEMON@mx.debtor.example (Mail Delivery System)", "a@b.example(c)",
    "a@b.example \t(caf\u00e9 \"q\" <x@y>)", "a@b.example (c) trailing", "a@b.example (c(d))",
    "a@b.example (c\\)", "a@b.example ()", ".a..b@c.example. (x)", "a@b.example (x) (y)",
    "Ann <ann@b.example>", "ann@b.example", "a@b.example, c@d.example (x)",
])
def test_a_lone_address_is_read_as_the_stdlib_reads_it(value: str) -> None:
    assert _addresses([value]) == _parsed_addresses(value)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ9.-_@<> \t\"(),:;[]\\\u00e9", max_size=24))
def test_any_address_value_is_read_as_the_stdlib_reads_it(value: str) -> None:
    assert _addresses([value]) == _parsed_addresses(value)
