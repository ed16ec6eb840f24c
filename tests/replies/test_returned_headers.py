"""Returned headers and delivery-status field blocks are read with the header parser (the
same header fields as parsing each as a whole message gives), and a report decodes the
fields it reads as decoding them all would."""

from __future__ import annotations

import email

import pytest

from bot.mail.bounces import (
    _HEADER_PARSER,
    _ID_FIELDS,
    _REPORT_FIELDS,
    _first_values,
    _report_fields,
)
from bot.mail.reading import decode_header_value

_TEXTS = [
    "",
    "Message-ID: <a@b>\n",
    "Message-ID: <a@b>\nContent-Type: multipart/alternative;\n boundary=\"xx\"\n\n--xx\n"
    "Content-Type: text/plain\n\nhello\n--xx--\n",
    "Content-Type: multipart/mixed\nMessage-ID: <a@b>\n\nno boundary at all\n",
    "Content-Type: message/rfc822\nReferences: <a@b>\n <c@d>\n\nMessage-ID: <inner@x>\n\nbody\n",
    "Content-Type: message/delivery-status\n\nAction: failed\n\nStatus: 5.1.1\n",
    "Received: from a\n\tby b\nnot a header line\nMessage-ID: <late@x>\n",
    "From nobody Mon Jan  1 00:00:00 2024\nMessage-ID: <a@b>\n",
    " leading continuation\nMessage-ID: <a@b>\r\nIn-Reply-To: <c@d>\r\n\r\nbody",
    "Final-Recipient: rfc822; gone@debtor.example\nAction: failed\nStatus: 5.1.1\n",
    "Message-ID: <a@b>\nMessage-ID: <second@b>\nSubject: =?utf-8?q?caf=C3=A9?=\n",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_header_parser_reads_the_fields_a_whole_parse_reads(text: str) -> None:
    whole = email.message_from_string(text)
    assert _HEADER_PARSER.parsestr(text).items() == whole.items()


_BLOCKS = [
    "Reporting-MTA: dns; mx.debtor.example\nArrival-Date: Wed, 5 Nov 2025 10:00:00 +0000\n",
    "Final-Recipient: rfc822; gone@debtor.example\nAction: failed\nStatus: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1\n user unknown\nRemote-MTA: dns; mx.debtor.example\n",
    "Action: delayed\nACTION: failed\nstatus: 4.4.1\nStatus: 5.0.0\n",
    "Final-Recipient: rfc822; =?utf-8?q?g=C3=B6ne?=@debtor.example\nX-Note: =?utf-8?q?x?=\n",
    "Diagnostic-Code: smtp; 550 caf\udce9 ferm\udce9\nX-Other: \udce9\nAction: failed\n",
    "X-Escaped: \x1b$B\x1b(B\nStatus: 5.1.1\n",
]


@pytest.mark.parametrize("block", _BLOCKS)
def test_a_report_reads_the_fields_every_field_decoded_gives(block: str) -> None:
    mime = email.message_from_string(block)
    everything = {name.lower(): decode_header_value(value) for name, value in mime.items()}
    fields = _report_fields(mime)
    assert {key: fields.get(key) for key in _REPORT_FIELDS} == {
        key: everything.get(key) for key in _REPORT_FIELDS}


@pytest.mark.parametrize("text", [
    *_TEXTS,
    "MESSAGE-ID: <a@b>\nmessage-id: <c@d>\nReferences: <e@f>\n",
    "Subject: caf\udce9\nIn-Reply-To: <a@b> \udce9\nReferences: <c@d>\n <e@f>\n",
])
def test_the_id_fields_are_read_as_message_get_reads_them(text: str) -> None:
    message = email.message_from_string(text)
    assert _first_values(message, _ID_FIELDS) == {
        name: str(message.get(name, "")) for name in _ID_FIELDS}
