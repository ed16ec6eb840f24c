"""Reading raw bytes: charsets, HTML, attachments and broken MIME."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.mail import reading
from bot.mail.parse_reply import parse_reply
from bot.mail.reading import ReplyParseError, read_message
from tests.replies.messages import QUOTED_REMINDER, reply


def test_an_undeclared_latin_1_body_decodes() -> None:
    raw = reply("Le virement de 1 380,00 € a été effectué.", charset=None)
    raw = raw.replace("€".encode(), b"EUR").replace("é".encode(), "é".encode("latin-1"))
    assert "a été effectué" in read_message(raw).text


def test_a_body_declared_utf8_but_written_in_latin_1_still_decodes() -> None:
    raw = reply("Überweisung erfolgt", charset="utf-8").replace("Ü".encode(), "Ü".encode("latin-1"))
    assert read_message(raw).text.startswith("Überweisung")


def test_a_body_declared_latin_1_but_written_in_utf8_is_read_as_utf8() -> None:
    raw = reply("Grüße", charset="utf-8").replace(b"charset=utf-8", b"charset=iso-8859-1")
    assert read_message(raw).text.startswith("Grüße")


def test_an_html_only_reply_is_read_as_text_without_the_quoted_thread() -> None:
    html = (
        "<html><body><div>We paid this yesterday.</div>"
        '<div class="gmail_quote">On Mon, Ann wrote:<blockquote>If you have already paid, '
        "please ignore this.</blockquote></div></body></html>"
    )
    parsed = parse_reply(reply(html, content_type="text/html"))
    assert parsed.new_text == "We paid this yesterday."


def test_attachments_are_kept_with_name_type_and_bytes() -> None:
    raw = b"""From: ap@debtor.example
To: accounts@brightleaf.example
Subject: Re: reminder
Date: Tue, 04 Nov 2025 16:42:38 -0500
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain

Paid today, remittance attached.
--B
Content-Type: application/pdf
Content-Disposition: attachment; filename="remittance.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--B--
"""
    attachment = parse_reply(raw).attachments[0]
    assert (attachment.filename, attachment.content_type) == ("remittance.pdf", "application/pdf")
    assert attachment.content.startswith(b"%PDF")


def test_a_multipart_with_a_lost_boundary_does_not_crash() -> None:
    raw = b"""From: ap@debtor.example
Subject: Re: reminder
Date: Tue, 04 Nov 2025 16:42:38 -0500
Content-Type: multipart/alternative

Content-Type: text/plain

Paid yesterday by bank transfer.
"""
    assert "Paid yesterday" in parse_reply(raw).new_text


@pytest.mark.parametrize("raw", [b"", b"   \n", b"no headers at all"])
def test_bytes_that_are_not_a_message_raise_a_typed_error(raw: bytes) -> None:
    with pytest.raises(ReplyParseError):
        parse_reply(raw)


def test_encoded_headers_are_decoded_for_matching() -> None:
    raw = reply("ok", subject="=?utf-8?q?Re=3A_Rappel_=E2=80=93_facture_FA-0781?=")
    parsed = parse_reply(raw)
    assert parsed.subject == "Re: Rappel – facture FA-0781"
    assert parsed.message_id == "<reply-1@salazar.example>"
    assert parsed.in_reply_to == "<reminder-1@brightleaf.example>"
    assert parsed.sender == "rick@salazar.example"


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), noise=st.binary(max_size=64))
def test_truncated_or_corrupted_messages_never_crash_the_parser(cut: int, noise: bytes) -> None:
    raw = reply(f"Will pay on Friday.\n\n{QUOTED_REMINDER}")
    damaged = raw[:cut] + noise + raw[cut:]
    with contextlib.suppress(ReplyParseError):
        parse_reply(damaged)


@pytest.mark.parametrize("payload", [
    b"", b"plain", b"caf\xe9", b"\xe9\xe8\xe0", b"a" * 25 + b"\xe9\xe8\xe0", b"\x7f\x80\xff" * 7,
    bytes(range(256)),
])
def test_mostly_ascii_counts_the_bytes_above_0x7f(payload: bytes) -> None:
    non_ascii = sum(byte > 0x7F for byte in payload)
    assert reading._mostly_ascii(payload) is (non_ascii <= max(2, len(payload) // 10))
