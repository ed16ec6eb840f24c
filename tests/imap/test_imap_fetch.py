"""Fetching from a real Dovecot: once each, nothing again after a restart, mail arriving
mid-fetch, byte-exact 8-bit and odd charsets."""

from __future__ import annotations

from bot.mail.imap import FetchedMessage, FetchStatus, ImapMailbox
from bot.mail.inbox_checkpoint import PlanReason, plan_fetch
from tests.imap.support import MemoryInbox, imap_settings, message
from tests.imap_server import DovecotFactory, DovecotServer, MailUser


def test_a_new_message_is_fetched_once(dovecot: DovecotServer, mail_user: MailUser) -> None:
    settings = imap_settings(dovecot, mail_user)
    inbox = MemoryInbox()
    dovecot.deliver(mail_user, message(1))

    first = inbox.round(settings)
    second = inbox.round(settings)

    assert [m.message_id for m in first] == ["<reply-1@example.test>"]
    assert first[0].raw == message(1)
    assert first[0].status is FetchStatus.COMPLETE
    assert second == []
    assert inbox.plans[1].reason is PlanReason.CONTINUE


def test_fetching_does_not_mark_messages_seen(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver(mail_user, message(1))
    MemoryInbox().round(imap_settings(dovecot, mail_user))
    with dovecot.mailbox(mail_user) as box:
        assert [m.flags for m in box.fetch(mark_seen=False)] == [()]


def test_restart_with_saved_checkpoint_fetches_nothing_again(
    dovecot_factory: DovecotFactory,
) -> None:
    server = dovecot_factory()
    user = server.add_user()
    settings = imap_settings(server, user, batch_size=2)
    server.deliver_many(user, [message(n) for n in range(1, 6)])
    server.deliver(user, message(6, message_id=False))
    inbox = MemoryInbox()
    assert len(inbox.round(settings)) == 6

    server.restart()
    restarted = inbox.reloaded()
    assert restarted.round(settings) == []

    server.deliver(user, message(7))
    assert [m.message_id for m in restarted.round(settings)] == ["<reply-7@example.test>"]


def test_messages_arriving_during_a_fetch_come_next_round(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    settings = imap_settings(dovecot, mail_user, batch_size=2)
    dovecot.deliver_many(mail_user, [message(n) for n in range(1, 6)])
    inbox = MemoryInbox()
    arrived = False

    def deliver_during_fetch(fetched: FetchedMessage) -> None:
        nonlocal arrived
        if not arrived:
            arrived = True
            dovecot.append(mail_user, message(6))
            dovecot.deliver(mail_user, message(7))

    first = inbox.round(settings, on_message=deliver_during_fetch)
    second = inbox.round(settings)
    third = inbox.round(settings)

    assert [m.uid for m in first] == [1, 2, 3, 4, 5]
    assert sorted(m.message_id or "" for m in second) == [
        "<reply-6@example.test>", "<reply-7@example.test>"]
    assert third == []
    identities = [m.identity for m in inbox.ingested]
    assert len(identities) == len(set(identities)) == 7


def test_same_message_id_under_a_new_uid_is_a_duplicate(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    settings = imap_settings(dovecot, mail_user)
    inbox = MemoryInbox()
    dovecot.deliver(mail_user, message(1))
    inbox.round(settings)
    dovecot.append(mail_user, message(1))  # delivered twice, e.g. To and Cc both land here

    assert inbox.round(settings) == []
    assert [(m.uid, m.status, m.raw) for m in inbox.skipped] == [(2, FetchStatus.KNOWN, b"")]


ODD_MESSAGES: dict[str, bytes] = {
    "latin-1 8bit": (
        b"From: =?iso-8859-1?q?Ren=E9?= <rene@example.test>\r\nSubject: Facture pay\xe9e\r\n"
        b"Message-ID: <latin1@example.test>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"La facture a \xe9t\xe9 r\xe9gl\xe9e, merci. \xa9\xbd\r\n"
    ),
    "windows-1252 declared as latin-1": (
        b"Subject: Payment\r\nMessage-ID: <cp1252@example.test>\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        b"\x93Paid\x94 \x80120 \x96 thanks\r\n"
    ),
    "raw utf-8 headers and body": (
        "Subject: Überweisung erledigt ✓\r\nFrom: Jürgen Groß <jg@example.test>\r\n"
        "Message-ID: <utf8@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Die Zahlung über 1.890,50 € ist raus. 支払い済み\r\n"
    ).encode(),
    "iso-2022-jp": (
        b"Subject: =?ISO-2022-JP?B?GyRCO1k1aiQkOlEkXxsoQg==?=\r\nMessage-ID: <jis@example.test>\r\n"
        b"Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n"
        + "お支払い済みです。".encode("iso2022_jp") + b"\r\n"
    ),
    "shift_jis and koi8-r parts": (
        b"Subject: mixed\r\nMessage-ID: <mixed@example.test>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain; charset=shift_jis\r\n\r\n"
        + "請求書".encode("shift_jis")
        + b"\r\n--b\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n"
        + "Оплачено".encode("koi8-r") + b"\r\n--b--\r\n"
    ),
    "undeclared charset, invalid utf-8": (
        b"Subject: =?unknown-8bit?q?=FF?=\r\nMessage-ID: <broken@example.test>\r\n\r\n"
        b"\xff\xfe\xc3\x28 paid \xe2\x82 \xf0\x9f\x98\r\n"
    ),
    "no message-id, gb18030": (
        b"Subject: gb\r\nContent-Type: text/plain; charset=gb18030\r\n\r\n"
        + "已付款".encode("gb18030") + b"\r\n"
    ),
}


def test_8bit_and_odd_charsets_arrive_byte_exact(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    raws = list(ODD_MESSAGES.values())
    dovecot.deliver_many(mail_user, raws[:4])
    for raw in raws[4:]:
        dovecot.append(mail_user, raw)

    got = MemoryInbox().round(imap_settings(dovecot, mail_user))

    assert sorted(m.raw for m in got) == sorted(raws)
    assert all(m.size == len(m.raw) for m in got)
    no_id = [m for m in got if m.message_id is None]
    assert len(no_id) == 1 and no_id[0].identity.startswith("sha256:")


def test_fetch_plan_for_the_selected_folder(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver_many(mail_user, [message(1), message(2)])
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        selected = box.select()
        assert (selected.exists, selected.uidnext) == (2, 3)
        plan = plan_fetch(None, selected.uidvalidity)
        assert box.uids_after(0) == [1, 2]
        assert box.uids_after(2) == []  # "UID 3:*" is answered with UID 2; the adapter drops it
        assert [m.uid for m in box.fetch_new(plan)] == [1, 2]
