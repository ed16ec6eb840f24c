"""Failures: the server going away mid-fetch, a refused connection, a wrong password."""

from __future__ import annotations

import pytest

from bot.mail.imap import (
    ImapMailbox,
    MailboxError,
    MailboxLoginFailed,
    MailboxUnavailable,
    ProcessedAction,
)
from bot.mail.imap_retry import Backoff, with_retries
from tests.imap.support import MemoryInbox, imap_settings, message
from tests.imap_server import DovecotFactory, DovecotServer, MailUser


def test_server_going_away_mid_fetch_then_a_later_round_completes(
    dovecot_factory: DovecotFactory,
) -> None:
    server = dovecot_factory()
    user = server.add_user()
    server.deliver_many(user, [message(n) for n in range(1, 7)])
    settings = imap_settings(server, user, batch_size=2)
    inbox = MemoryInbox()

    def vanish_after_first(_: object) -> None:
        if server.running:
            server.kill()

    with pytest.raises(MailboxUnavailable) as raised:
        inbox.round(settings, on_message=vanish_after_first)
    assert raised.value.host == server.host and raised.value.user == user.name
    assert [m.uid for m in inbox.ingested] == [1, 2]  # the first batch, before the server went
    assert inbox.checkpoint is not None and inbox.checkpoint.last_uid == 2

    waits: list[float] = []

    def wait_and_restart(seconds: float) -> None:
        waits.append(seconds)
        server.start()

    round_two = with_retries(lambda: inbox.round(settings), attempts=3,
                             backoff=Backoff(first_seconds=5), sleep=wait_and_restart)

    assert waits == [5]  # first attempt refused (server down), second completed
    assert [m.uid for m in round_two] == [3, 4, 5, 6]
    assert inbox.round(settings) == []
    assert [m.uid for m in inbox.ingested] == [1, 2, 3, 4, 5, 6]


def test_connection_refused_is_unavailable(dovecot_factory: DovecotFactory) -> None:
    server = dovecot_factory()
    user = server.add_user()
    server.stop()
    with pytest.raises(MailboxUnavailable, match="cannot connect"):
        ImapMailbox(imap_settings(server, user)).connect()


def test_wrong_password_raises_login_failed_without_the_password(
    dovecot_factory: DovecotFactory,
) -> None:
    server = dovecot_factory()  # its own server: Dovecot slows logins after a failure
    user = server.add_user(password="right-password")
    settings = imap_settings(server, user, password="wr0ng-Pa55w0rd")

    with pytest.raises(MailboxLoginFailed) as raised:
        ImapMailbox(settings).connect()

    error = raised.value
    assert (error.host, error.user) == (server.host, user.name)
    assert user.name in str(error) and server.host in str(error)
    assert "AUTHENTICATIONFAILED" in str(error)
    assert "wr0ng-Pa55w0rd" not in str(error) + repr(error) + repr(error.__cause__)
    assert "wr0ng-Pa55w0rd" not in repr(settings)
    assert not isinstance(error, MailboxUnavailable)


def test_missing_folder_is_an_error_not_a_retry(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    with (
        ImapMailbox(imap_settings(dovecot, mail_user)) as box,
        pytest.raises(MailboxError) as raised,
    ):
        box.select("No Such Folder")
    assert not isinstance(raised.value, MailboxUnavailable)
    assert raised.value.folder == "No Such Folder"


def test_server_going_away_while_idle_or_marking_is_unavailable(
    dovecot_factory: DovecotFactory,
) -> None:
    server = dovecot_factory()
    user = server.add_user()
    server.deliver(user, message(1))
    settings = imap_settings(server, user)

    with ImapMailbox(settings) as box:
        box.select()
        server.kill()
        with pytest.raises(MailboxUnavailable):
            box.wait_for_new(timeout=60)

    server.start()
    with ImapMailbox(settings) as box:
        box.select()
        server.kill()
        with pytest.raises(MailboxUnavailable):
            box.mark_processed([1], ProcessedAction.move("Processed"))
        with pytest.raises(MailboxUnavailable, match="not connected"):
            box.uids_after(0)
