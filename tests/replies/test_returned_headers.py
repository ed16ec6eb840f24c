"""Returned headers and delivery-status field blocks are read with the header parser: the
same header fields as parsing each as a whole message gives."""

from __future__ import annotations

import email

import pytest

from bot.mail.bounces import _HEADERS

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
    assert _HEADERS.parsestr(text).items() == whole.items()
