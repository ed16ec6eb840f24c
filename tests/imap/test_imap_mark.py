"""Marking processed messages: move, flag or nothing, decided from the server's capabilities,
and never a deletion."""

from __future__ import annotations

import pytest

from bot.mail.imap import ImapMailbox, MailboxRenumbered, ProcessedAction, ProcessedKind
from tests.imap.support import imap_settings, message
from tests.imap_server import DovecotFactory, DovecotServer, MailUser

NO_MOVE = "IMAP4rev1 LITERAL+ IDLE UIDPLUS NAMESPACE"


def _folder_state(
    server: DovecotServer, user: MailUser, folder: str
) -> list[tuple[str, tuple[str, ...]]]:
    """(Message-ID, flags) of every message in the folder, \\Recent aside."""
    with server.mailbox(user, initial_folder=None) as box:
        if not box.folder.exists(folder):
            return []
        box.folder.set(folder)
        return [
            (m.headers["message-id"][0], tuple(f for f in m.flags if f != "\\Recent"))
            for m in box.fetch(mark_seen=False, headers_only=True)
        ]


def test_move_to_a_folder_created_on_first_use(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver_many(mail_user, [message(n) for n in range(1, 5)])
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        box.select()
        outcome = box.mark_processed([1, 3], ProcessedAction.move("Duebot/Processed"))
    assert (outcome.done, outcome.target) == (ProcessedKind.MOVE, "Duebot/Processed")
    assert outcome.uids == (1, 3)
    assert [mid for mid, _ in _folder_state(dovecot, mail_user, "INBOX")] == [
        "<reply-2@example.test>", "<reply-4@example.test>"]
    assert [mid for mid, _ in _folder_state(dovecot, mail_user, "Duebot/Processed")] == [
        "<reply-1@example.test>", "<reply-3@example.test>"]


def test_flag_with_a_keyword_or_seen(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver_many(mail_user, [message(n) for n in range(1, 4)])
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        box.select()
        keyword = box.mark_processed(1, ProcessedAction.flag("$Duebot"))
        seen = box.mark_processed([2], ProcessedAction.flag("\\Seen"))
        nothing = box.mark_processed([3], ProcessedAction.nothing())
    assert (keyword.done, keyword.target) == (ProcessedKind.FLAG, "$Duebot")
    assert (seen.done, seen.target) == (ProcessedKind.FLAG, "\\Seen")
    assert nothing.done is ProcessedKind.NOTHING
    assert [flags for _, flags in _folder_state(dovecot, mail_user, "INBOX")] == [
        ("$Duebot",), ("\\Seen",), ()]


def test_without_move_the_message_is_flagged_and_stays(dovecot_factory: DovecotFactory) -> None:
    server = dovecot_factory(capabilities=NO_MOVE)
    user = server.add_user()
    server.deliver_many(user, [message(1), message(2)])
    with ImapMailbox(imap_settings(server, user)) as box:
        assert not box.features.move
        box.select()
        action = ProcessedAction.move("Processed", fallback_flag="$Done")
        outcome = box.mark_processed([1, 2], action)
    assert (outcome.done, outcome.target) == (ProcessedKind.FLAG, "$Done")
    assert "MOVE" in outcome.note
    assert _folder_state(server, user, "INBOX") == [
        ("<reply-1@example.test>", ("$Done",)), ("<reply-2@example.test>", ("$Done",))]
    assert _folder_state(server, user, "Processed") == []


def test_nothing_is_ever_deleted(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver_many(mail_user, [message(n) for n in range(1, 7)])
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        box.select()
        box.mark_processed([1, 2], ProcessedAction.move("Processed"))
        box.mark_processed([3], ProcessedAction.flag())
        box.mark_processed([4], ProcessedAction.flag("\\Flagged"))
        box.mark_processed([5, 6], ProcessedAction.nothing())
    everything = _folder_state(dovecot, mail_user, "INBOX") + _folder_state(
        dovecot, mail_user, "Processed")
    assert sorted(mid for mid, _ in everything) == sorted(
        f"<reply-{n}@example.test>" for n in range(1, 7))
    assert not any("\\Deleted" in flags for _, flags in everything)


def test_deleting_flags_are_refused() -> None:
    for flag in ("\\Deleted", "\\deleted"):
        with pytest.raises(ValueError, match="never deleted"):
            ProcessedAction.flag(flag)
        with pytest.raises(ValueError, match="never deleted"):
            ProcessedAction.move("Processed", fallback_flag=flag)
    with pytest.raises(ValueError):
        ProcessedAction.flag("two words")


def test_marking_under_a_changed_uidvalidity_is_refused(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    dovecot.deliver(mail_user, message(1))
    with ImapMailbox(imap_settings(dovecot, mail_user)) as box:
        selected = box.select()
        with pytest.raises(MailboxRenumbered):
            box.mark_processed([1], ProcessedAction.flag(), uidvalidity=selected.uidvalidity - 1)
        box.mark_processed([1], ProcessedAction.flag(), uidvalidity=selected.uidvalidity)
