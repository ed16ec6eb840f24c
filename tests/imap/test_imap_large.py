"""A 20 MB message. Under the size limit (25 MB by default) it is downloaded once, alone in its
FETCH, so memory is bounded by the limit; above the limit only its header is downloaded."""

from __future__ import annotations

import base64
import hashlib
import os
import tracemalloc
from collections.abc import Callable

from bot.mail.imap import MIB, FetchedMessage, FetchStatus
from tests.imap.support import MemoryInbox, imap_settings, message
from tests.imap_server import DovecotServer, MailUser

TWENTY_MB = 20 * MIB


def _big_message() -> bytes:
    header = (
        b"From: Debtor <big@example.test>\r\nSubject: Remittance advice (scans)\r\n"
        b"Message-ID: <big@example.test>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nScans attached.\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    )
    encoded = base64.encodebytes(os.urandom(TWENTY_MB * 3 // 4)).replace(b"\n", b"\r\n")
    return header + encoded + b"--b--\r\n"


def _peak_during(action: Callable[[], list[FetchedMessage]]) -> tuple[list[FetchedMessage], int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_20mb_message_under_the_limit_is_loaded_once_and_bounded(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    big = _big_message()
    digest = hashlib.sha256(big).hexdigest()
    dovecot.deliver_many(mail_user, [message(1), big, message(3)])
    del big
    settings = imap_settings(dovecot, mail_user, max_message_bytes=25 * MIB, batch_bytes=4 * MIB)
    inbox = MemoryInbox()

    got, peak = _peak_during(lambda: inbox.round(settings))

    assert [m.status for m in got] == [FetchStatus.COMPLETE] * 3
    assert got[1].size > TWENTY_MB
    assert hashlib.sha256(got[1].raw).hexdigest() == digest
    assert peak < 1.5 * got[1].size  # measured: 1.0x, the one copy handed over


def test_20mb_message_over_the_limit_is_reported_with_its_header_only(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    dovecot.deliver_many(mail_user, [message(1), _big_message(), message(3)])
    settings = imap_settings(dovecot, mail_user, max_message_bytes=10 * MIB)
    inbox = MemoryInbox()

    got, peak = _peak_during(lambda: inbox.round(settings))

    assert [m.status for m in got] == [
        FetchStatus.COMPLETE, FetchStatus.OVERSIZED, FetchStatus.COMPLETE]
    oversized = got[1]
    assert oversized.size > TWENTY_MB
    assert oversized.raw.startswith(b"From: Debtor <big@example.test>\r\n")
    assert oversized.raw.endswith(b"\r\n\r\n") and len(oversized.raw) < 1024
    assert oversized.identity == "<big@example.test>"
    assert peak < 1 * MIB  # measured: about 25 KB
    assert inbox.round(settings) == []
