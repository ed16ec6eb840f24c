"""The ingest service commits messages in groups: nothing is recorded twice or lost across a
group boundary, a duplicate inside one group, a failure mid-round, or a restart."""

from __future__ import annotations

from collections.abc import Container, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from bot.clock import SimulatedClock
from bot.config import Config
from bot.domain.events import EventType
from bot.mail.imap import FetchedMessage, ImapMailbox, ImapSettings, MailboxUnavailable
from bot.mail.inbox_checkpoint import FetchPlan
from bot.services import ingest
from bot.services.ingest import Inbox
from bot.services.replies import UNMATCHED
from bot.store import open_repository
from bot.store.repository import Repository
from tests.imap.support import message
from tests.imap_server import DovecotServer, MailUser
from tests.integration.conftest import make_config

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _config(tmp_path: Path, server: DovecotServer, user: MailUser) -> Config:
    imap = {"host": server.host, "port": server.port, "security": "none", "user": user.name,
            "password": user.password, "after_processing": "flag"}
    return make_config(tmp_path / "data", 2525, imap=imap)


def _identities(repo: Repository) -> list[str]:
    return [e.data["identity"] for e in repo.log(UNMATCHED)
            if e.type == EventType.REPLY_RECEIVED]


def _received(config: Config) -> list[str]:
    with open_repository(config.storage.data_dir) as repo:
        return _identities(repo)


def test_messages_over_several_groups_are_each_recorded_once_with_duplicates_skipped(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest, "COMMIT_EVERY", 7)
    raws = [message(n) for n in range(30)]
    raws[12] = message(11)  # same Message-ID as the one before it: in the same group
    raws[25] = message(3)  # and one from an earlier group
    dovecot.deliver_many(mail_user, raws)
    config = _config(tmp_path, dovecot, mail_user)
    with open_repository(config.storage.data_dir) as repo:
        report = Inbox(repo, config, SimulatedClock(NOW)).round()
        assert (report.examined, report.ingested, report.duplicates) == (30, 28, 2)
        again = Inbox(repo, config, SimulatedClock(NOW)).round()
        assert (again.examined, again.ingested) == (0, 0)
    identities = _received(config)
    assert len(identities) == len(set(identities)) == 28
    with dovecot.mailbox(mail_user) as box:
        flagged = [m for m in box.fetch(mark_seen=False) if "$Duebot" in m.flags]
    assert len(flagged) == 28


class _DropsAfter(ImapMailbox):
    """An ImapMailbox whose connection fails after handing out `count` messages."""

    def __init__(self, settings: ImapSettings, count: int) -> None:
        super().__init__(settings)
        self._count = count

    def fetch_new(self, plan: FetchPlan, skip_identities: Container[str] = frozenset()
                  ) -> Iterator[FetchedMessage]:
        for handed, fetched in enumerate(super().fetch_new(plan, skip_identities)):
            if handed == self._count:
                raise MailboxUnavailable("connection lost", host="test", user="test")
            yield fetched


def test_a_mailbox_failing_mid_round_keeps_what_was_read_and_the_next_round_reads_the_rest(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest, "COMMIT_EVERY", 5)
    dovecot.deliver_many(mail_user, [message(n) for n in range(12)])
    config = _config(tmp_path, dovecot, mail_user)
    with open_repository(config.storage.data_dir) as repo:
        with pytest.raises(MailboxUnavailable):
            Inbox(repo, config, SimulatedClock(NOW),
                  mailbox_factory=lambda settings: _DropsAfter(settings, 8)).round()
        assert len(_identities(repo)) == 8  # both groups read before the failure are kept
        report = Inbox(repo, config, SimulatedClock(NOW)).round()
        assert (report.examined, report.ingested) == (4, 4)
        assert len(set(_identities(repo))) == len(_identities(repo)) == 12


def test_attachments_of_a_group_are_kept_and_referenced_from_each_event(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest, "COMMIT_EVERY", 3)
    raws = []
    for n in range(5):
        mail = EmailMessage()
        mail["From"] = f"debtor{n}@example.test"
        mail["To"] = "accounts@brightwater.example"
        mail["Subject"] = "Re: Invoice"
        mail["Message-ID"] = f"<att-{n}@example.test>"
        mail.set_content("We paid, remittance advice attached.")
        mail.add_attachment(f"remittance {n}".encode(), maintype="application",
                            subtype="pdf", filename=f"remittance-{n}.pdf")
        mail.add_attachment(b"\x89PNG" + bytes([n]), maintype="image", subtype="png",
                            filename=f"screenshot-{n}.png")
        raws.append(mail.as_bytes(policy=SMTP))
    dovecot.deliver_many(mail_user, raws)
    config = _config(tmp_path, dovecot, mail_user)
    with open_repository(config.storage.data_dir) as repo:
        assert Inbox(repo, config, SimulatedClock(NOW)).round().ingested == 5
        events = [e for e in repo.log(UNMATCHED) if e.type == EventType.REPLY_RECEIVED]
        for event in events:
            n = int(event.data["identity"].split("-")[1].split("@")[0])
            files = {a["filename"]: repo.read_blob(a["blob"]) for a in event.data["attachments"]}
            assert files == {f"remittance-{n}.pdf": f"remittance {n}".encode(),
                             f"screenshot-{n}.png": b"\x89PNG" + bytes([n])}
            assert repo.read_blob(event.data["raw_blob"]) == raws[n]
