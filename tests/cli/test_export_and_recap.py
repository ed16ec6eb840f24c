"""`duebot export ACCOUNT` (the agency referral package) and `duebot recap`."""

from __future__ import annotations

import csv
import hashlib
import zipfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.domain.events import EventType
from bot.runtime.cli import cli
from bot.store import open_repository
from bot.store.repository import OutboxEntry, OutboxState
from tests.cli.test_cli import CONFIG
from tests.integration.book import account, invoice, seed

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
REPLY = (b"From: Jo <ap@acme.example>\r\nTo: accounts@brightwater.example\r\n"
         b"Subject: Re: Reminder INV-1\r\nMessage-ID: <r1@acme.example>\r\n\r\n"
         b"We dispute this invoice: the doors were never fitted.\r\n")
SENT = (b"From: Brightwater <accounts@brightwater.example>\r\nTo: ap@acme.example\r\n"
        b"Subject: Reminder: invoice INV-1\r\nMessage-ID: <duebot.k1@brightwater.example>\r\n\r\n"
        b"We haven't yet received payment.\r\n")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def duebot(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)
    return result.exit_code, result.output


def seed_account_with_mail(data: Path) -> int:
    """ACME with one invoice, one reminder sent (bytes in the outbox) and one reply (raw .eml
    stored); returns the number of events in its log."""
    repo = open_repository(data)
    try:
        seed(repo, NOW - timedelta(days=20), [account("ACME")],
             [invoice("INV-1", "ACME", (NOW - timedelta(days=10)).date(), "480.00")])
        sent_blob = repo.put_blob(SENT)
        reply_blob = repo.put_blob(REPLY, ".eml")
        sent_at = NOW - timedelta(days=9)
        with repo.transaction() as tx:
            tx.put_outbox(OutboxEntry(
                key="k1", message_id="<duebot.k1@brightwater.example>", account_id="ACME",
                to=("ap@acme.example",), step="gentle", invoices=("INV-1",),
                message_blob=sent_blob, state=OutboxState.SENT, attempts=1,
                created_at=sent_at, updated_at=sent_at))
            tx.append("ACME", EventType.EMAIL_SENT, at=sent_at, actor="duebot",
                      invoices=["INV-1"], data={"key": "k1", "step": "gentle",
                                                "message_id": "<duebot.k1@brightwater.example>",
                                                "to": ["ap@acme.example"]})
            tx.append("ACME", EventType.REPLY_RECEIVED, at=NOW - timedelta(days=8),
                      actor="debtor:ap@acme.example", invoices=["INV-1"],
                      data={"message_id": "<r1@acme.example>", "from": "ap@acme.example",
                            "intent": "dispute", "new_text": "We dispute this invoice",
                            "raw_blob": reply_blob})
            tx.append("ACME", EventType.NOTE, at=NOW - timedelta(days=7), actor="staff:sam",
                      data={"text": "promised 500 by Friday"})
        return len(repo.log("ACME"))
    finally:
        repo.close()


def tamper(data: Path, find: bytes, put: bytes) -> None:
    """Edit a stored event in the journal behind duebot's back (fixing the line's CRC)."""
    journal = next(data.rglob("journal-*.jsonl"))
    forged = []
    for line in journal.read_bytes().splitlines(keepends=True):
        payload = line[9:].rstrip(b"\n")
        if find in payload:
            payload = payload.replace(find, put)
            line = b"%08x %s\n" % (zlib.crc32(payload), payload)
        forged.append(line)
    journal.write_bytes(b"".join(forged))


def test_export_writes_the_log_as_csv_and_html_the_raw_emails_and_a_summary(
    config: Path, tmp_path: Path
) -> None:
    events = seed_account_with_mail(config.parent / "data")
    out = tmp_path / "referral"
    code, output = duebot(config, "export", "ACME", "--out", str(out))
    assert code == 0, output
    assert "Hash chain intact" in output
    with (out / "log.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == events
    assert list(rows[0]) == ["seq", "time", "type", "actor", "invoices", "data", "prev_hash",
                             "hash"]
    assert [r["seq"] for r in rows] == [str(n) for n in range(1, events + 1)]
    assert all(rows[i]["prev_hash"] == rows[i - 1]["hash"] for i in range(1, events))
    assert [p.read_bytes() for p in (out / "emails" / "received").iterdir()] == [REPLY]
    assert [p.read_bytes() for p in (out / "emails" / "sent").iterdir()] == [SENT]
    timeline = (out / "log.html").read_text(encoding="utf-8")
    assert "Hash chain intact" in timeline and "We dispute this invoice" in timeline
    summary = (out / "summary.txt").read_text(encoding="utf-8")
    assert "Acme Ltd (ACME)" in summary and "ap@acme.example" in summary
    assert "INV-1" in summary and "Total owed: 480.00 GBP" in summary
    for line in (out / "MANIFEST.sha256").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest

    repo = open_repository(config.parent / "data")
    try:
        exported = repo.log("ACME")[-1]
    finally:
        repo.close()
    assert exported.type == EventType.REFERRAL_EXPORTED and exported.seq == events + 1
    assert exported.data["chain_intact"] is True and exported.data["path"] == str(out)
    assert exported.data["manifest_sha256"] == hashlib.sha256(
        (out / "MANIFEST.sha256").read_bytes()).hexdigest()


def test_export_to_a_zip(config: Path, tmp_path: Path) -> None:
    events = seed_account_with_mail(config.parent / "data")
    target = tmp_path / "acme.zip"
    code, output = duebot(config, "export", "ACME", "--out", str(target))
    assert code == 0, output
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {"summary.txt", "log.csv", "log.html", "MANIFEST.sha256"} <= names
        assert len(archive.read("log.csv").decode().strip().splitlines()) == events + 1
        assert any(n.startswith("emails/received/") for n in names)


def test_export_refuses_a_tampered_log_naming_the_first_broken_link(
    config: Path, tmp_path: Path
) -> None:
    data = config.parent / "data"
    seed_account_with_mail(data)
    tamper(data, b"promised 500", b"promised 50")
    out = tmp_path / "referral"
    code, output = duebot(config, "export", "ACME", "--out", str(out))
    assert code == 1
    assert "BROKEN" in output and "#5" in output
    assert not out.exists()

    code, output = duebot(config, "export", "ACME", "--out", str(out), "--allow-broken")
    assert code == 0, output
    assert "WARNING" in output and "#5" in output
    summary = (out / "summary.txt").read_text(encoding="utf-8")
    assert summary.startswith("WARNING: THE LOG'S HASH CHAIN IS BROKEN")
    assert "event #5" in summary
    assert "hash chain is broken at event #5" in (out / "log.html").read_text(encoding="utf-8")


def test_export_of_an_unknown_account_is_a_clear_error(config: Path, tmp_path: Path) -> None:
    seed_account_with_mail(config.parent / "data")
    code, output = duebot(config, "export", "NOPE", "--out", str(tmp_path / "x"))
    assert code == 2
    assert "No account 'NOPE'" in output
    assert not (tmp_path / "x").exists()


def test_export_will_not_write_into_a_directory_that_has_files(
    config: Path, tmp_path: Path
) -> None:
    seed_account_with_mail(config.parent / "data")
    out = tmp_path / "busy"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    code, output = duebot(config, "export", "ACME", "--out", str(out))
    assert code == 2 and "not empty" in output
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_recap_shows_the_week_and_writes_the_html(config: Path, tmp_path: Path) -> None:
    seed_account_with_mail(config.parent / "data")
    page = tmp_path / "recap.html"
    code, output = duebot(config, "recap", "--now", "2026-03-16T09:00:00", "--preview",
                          str(page))
    assert code == 0, output
    assert "Owner recap" in output and "Needs a decision" in output
    assert "DSO GBP" in output
    html = page.read_text(encoding="utf-8")
    assert "Collections recap for Brightwater Joinery Ltd" in html
    assert 'width="100%"' in html and "bgcolor=" in html  # the aging chart's bar


def test_recap_send_needs_an_owner_address_and_no_pinned_time(config: Path) -> None:
    code, output = duebot(config, "recap", "--send", "--now", "2026-03-16")
    assert code == 2 and "--now is only for previews" in output
    code, output = duebot(config, "recap", "--send")
    assert code == 2 and "[owner_recap] to" in output


def test_help_lists_recap_and_export() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "  recap" in result.output and "  export" in result.output
