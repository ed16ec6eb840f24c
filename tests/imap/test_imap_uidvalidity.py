"""A folder renumbered (UIDVALIDITY changed): nothing ingested twice, nothing missed."""

from __future__ import annotations

from bot.mail.imap import FetchStatus
from bot.mail.inbox_checkpoint import PlanReason
from tests.imap.support import MemoryInbox, imap_settings, message
from tests.imap_server import DovecotServer, MailUser


def test_uidvalidity_change_refetches_nothing_seen_and_gets_the_new(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    settings = imap_settings(dovecot, mail_user)
    dovecot.deliver_many(mail_user, [message(1), message(2), message(3, message_id=False)])
    inbox = MemoryInbox()
    assert len(inbox.round(settings)) == 3
    old_uidvalidity = inbox.plans[0].uidvalidity

    dovecot.reset_uidvalidity(mail_user)
    dovecot.deliver(mail_user, message(4))
    dovecot.deliver(mail_user, message(5, message_id=False, body="a different body"))
    got = inbox.round(settings)

    plan = inbox.plans[1]
    assert plan.reason is PlanReason.UIDVALIDITY_CHANGED and plan.uidvalidity != old_uidvalidity
    assert sorted(m.raw for m in got) == sorted([message(4), message(5, message_id=False,
                                                                       body="a different body")])
    skipped = {m.identity: m for m in inbox.skipped}
    assert set(skipped) == {m.identity for m in inbox.ingested[:3]}
    with_ids = [m for m in skipped.values() if m.message_id]
    assert all(m.status is FetchStatus.KNOWN and m.raw == b"" for m in with_ids)
    assert inbox.checkpoint is not None and inbox.checkpoint.uidvalidity == plan.uidvalidity
    assert inbox.round(settings) == []
