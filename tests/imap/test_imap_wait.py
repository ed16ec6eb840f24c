"""Waiting for new mail: IDLE where the server offers it, polling otherwise."""

from __future__ import annotations

from bot.mail.imap import ImapMailbox
from tests.imap.support import imap_settings, message
from tests.imap_server import DovecotFactory, DovecotServer, MailUser

NO_IDLE = "IMAP4rev1 LITERAL+ UIDPLUS MOVE NAMESPACE"


def test_idle_reports_mail_that_arrived_before_and_during_the_wait(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        assert box.features.idle
        box.select()
        dovecot.append(mail_user, message(1))  # before the wait: caught by the NOOP
        assert box.wait_for_new(timeout=60)
        dovecot.deliver(mail_user, message(2))
        assert box.wait_for_new(timeout=60)  # announced by the server, long before 60 s


def test_idle_times_out_without_mail(dovecot: DovecotServer, mail_user: MailUser) -> None:
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        box.select()
        assert not box.wait_for_new(timeout=0.2)


def test_without_idle_it_polls(dovecot_factory: DovecotFactory) -> None:
    server = dovecot_factory(capabilities=NO_IDLE)
    user = server.add_user()
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:
            server.deliver(user, message(1))

    settings = imap_settings(server, user, poll_interval_seconds=30.0)
    with ImapMailbox(settings, sleep=sleep) as box:
        assert not box.features.idle
        box.select()
        assert not box.wait_for_new(timeout=600)
        assert box.wait_for_new(timeout=10)
    assert sleeps == [30.0, 10]
