"""Server-independent pieces of the adapter: reading FETCH responses in the orders different
servers use, UID sets, and behaviour decided from capabilities. No server needed."""

from __future__ import annotations

import pytest

from bot.mail.imap import (
    GMAIL_IDLE_LIMIT_SECONDS,
    RFC2177_IDLE_LIMIT_SECONDS,
    ImapSettings,
    ServerFeatures,
    _parse_fetch,
    _uid_set,
)


def test_fetch_items_in_dovecot_order() -> None:
    data: list[bytes | tuple[bytes, bytes] | None] = [
        (b"1 (UID 5 RFC822.SIZE 12 BODY[] {12}", b"Subject: a\r\n"),
        b")",
        (b"2 (UID 6 RFC822.SIZE 3 BODY[] {3}", b"xyz"),
        b")",
    ]
    items = _parse_fetch(data)
    assert [(i.uid, i.size, i.sections) for i in items] == [
        (5, 12, {"BODY[]": b"Subject: a\r\n"}), (6, 3, {"BODY[]": b"xyz"})]


def test_fetch_items_with_attributes_after_the_literal_gmail_style() -> None:
    data: list[bytes | tuple[bytes, bytes] | None] = [
        (b"1 (X-GM-MSGID 1278455344230334865 BODY[HEADER.FIELDS (MESSAGE-ID)] {20}",
         b"Message-ID: <a@b>\r\n"),
        b" UID 17 RFC822.SIZE 2048)",
        b"2 (FLAGS (\\Seen))",  # unsolicited, no UID: ignored by callers
    ]
    first, unsolicited = _parse_fetch(data)
    assert (first.uid, first.size, first.server_id) == (17, 2048, "1278455344230334865")
    assert first.sections == {"BODY[HEADER.FIELDS (MESSAGE-ID)]": b"Message-ID: <a@b>\r\n"}
    assert unsolicited.uid is None


def test_partial_header_section_and_size_only_items() -> None:
    data: list[bytes | tuple[bytes, bytes] | None] = [
        (b"3 (UID 9 BODY[HEADER]<0> {5}", b"A: b\r"),
        b")",
        b"4 (UID 10 RFC822.SIZE 99)",
        None,
    ]
    partial, size_only = _parse_fetch(data)
    assert partial.sections == {"BODY[HEADER]": b"A: b\r"}
    assert (size_only.uid, size_only.size, size_only.sections) == (10, 99, {})


def test_uid_sets_are_compact() -> None:
    assert _uid_set([1]) == "1"
    assert _uid_set([3, 1, 2, 7, 9, 10, 10]) == "1:3,7,9:10"


def test_behaviour_follows_capabilities() -> None:
    plain = ServerFeatures.from_capabilities(["IMAP4rev1", "LITERAL+"])
    assert not (plain.idle or plain.move or plain.uidplus or plain.gmail)
    assert plain.idle_limit_seconds == RFC2177_IDLE_LIMIT_SECONDS
    gmail_caps = ("IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 UIDPLUS "
                  "COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED")
    gmail = ServerFeatures.from_capabilities(gmail_caps.split(" "))
    assert gmail.idle and gmail.move and gmail.uidplus and gmail.gmail
    assert gmail.idle_limit_seconds == GMAIL_IDLE_LIMIT_SECONDS
    assert ServerFeatures.from_capabilities(["idle"]).idle


def test_settings_are_validated_and_hide_the_password() -> None:
    settings = ImapSettings(host="imap.example", user="acc", password="hunter2")
    assert "hunter2" not in repr(settings)
    assert settings.mailbox_name == "acc@imap.example:993"
    with pytest.raises(ValueError, match="batch_size"):
        ImapSettings(host="h", user="u", password="p", batch_size=1000)
    with pytest.raises(ValueError, match="max_message_bytes"):
        ImapSettings(host="h", user="u", password="p", max_message_bytes=0)
