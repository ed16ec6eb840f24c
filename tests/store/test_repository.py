"""The store keeps what it acknowledged, reads it back unchanged, and refuses misuse."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from tinydb import TinyDB

from bot.domain.events import GENESIS_HASH, EventType, verify_chain
from bot.store import (
    BlobMissing,
    OutboxState,
    StoreError,
    TinyDBRepository,
    TransactionError,
    open_repository,
)
from tests.store import samples
from tests.store.samples import AT


def _note(repo: TinyDBRepository, account_id: str, text: str) -> None:
    with repo.transaction() as tx:
        tx.append(account_id, EventType.NOTE, at=AT, actor="test", data={"text": text})


def test_every_kind_of_record_reads_back_equal_before_and_after_reopening(tmp_path: Path) -> None:
    values = (samples.account(), samples.invoice(), samples.payment(), samples.task(),
              samples.outbox())
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            tx.put_account(values[0])
            tx.put_invoice(values[1])
            tx.put_payment(values[2])
            tx.put_task(values[3])
            tx.put_outbox(values[4])
            tx.put_meta("imap:INBOX", {"uidvalidity": 7, "last_uid": 42})
        live = (repo.account("ACME"), repo.invoice("INV-1001"), repo.payment("BACS-77"),
                repo.task("call-ACME-1"), repo.outbox("ACME:gentle:INV-1001"))
        assert live == values
    with open_repository(tmp_path) as repo:
        reopened = (repo.account("ACME"), repo.invoice("INV-1001"), repo.payment("BACS-77"),
                    repo.task("call-ACME-1"), repo.outbox("ACME:gentle:INV-1001"))
        assert reopened == values
        assert repo.meta("imap:INBOX") == {"uidvalidity": 7, "last_uid": 42}
        assert repo.meta("never-set") is None


def test_a_committed_event_survives_reopening(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo, repo.transaction() as tx:
        event = tx.append("ACME", EventType.PROMISE_MADE, at=AT, actor="sam",
                          invoices=["INV-1001"], data={"date": "2026-03-09", "amount": "100.00"})
    with open_repository(tmp_path) as repo:
        assert repo.log("ACME") == [event]
        assert repo.last_event("ACME") == event
        assert repo.event_count() == 1


def test_the_first_event_of_an_account_starts_its_chain(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "hello")
        first = repo.log("ACME")[0]
        assert (first.seq, first.prev_hash) == (1, GENESIS_HASH)


def test_appends_in_one_transaction_chain_onto_each_other_and_onto_the_log(
        tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "before")
        with repo.transaction() as tx:
            second = tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"text": "2"})
            third = tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"text": "3"})
            other = tx.append("BETA", EventType.NOTE, at=AT, actor="t", data={"text": "b"})
        assert (second.seq, third.seq, other.seq) == (2, 3, 1)
        assert third.prev_hash == second.hash
        assert verify_chain(repo.log("ACME")) is None


def test_a_transaction_that_raises_commits_nothing(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "kept")
        with pytest.raises(RuntimeError), repo.transaction() as tx:
            tx.put_account(samples.account())
            tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"text": "lost"})
            raise RuntimeError("the caller changed its mind")
        assert repo.account("ACME") is None
        assert [e.data["text"] for e in repo.log("ACME")] == ["kept"]
    with open_repository(tmp_path) as repo:
        assert repo.account("ACME") is None
        assert repo.event_count() == 1
        _note(repo, "ACME", "next")
        assert verify_chain(repo.log("ACME")) is None


def test_reads_during_a_transaction_see_only_committed_state(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            tx.put_account(samples.account())
            assert repo.account("ACME") is None
        assert repo.account("ACME") == samples.account()


def test_event_data_reads_back_as_it_will_after_reopening(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            event = tx.append("ACME", EventType.NOTE, at=AT, actor="t",
                              data={"pair": ("a", "b"), 3: "three"})
        assert dict(event.data) == {"pair": ["a", "b"], "3": "three"}
    with open_repository(tmp_path) as repo:
        assert repo.log("ACME") == [event]


def test_event_data_that_json_cannot_hold_fails_at_the_append(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with pytest.raises(TypeError), repo.transaction() as tx:
            tx.append("ACME", EventType.NOTE, at=AT, actor="t", data={"when": object()})
        assert repo.event_count() == 0


def test_the_latest_put_of_a_key_wins_across_chunks_and_reopening(tmp_path: Path) -> None:
    with TinyDBRepository(tmp_path, chunk_size=4) as repo:
        for round_ in range(3):
            with repo.transaction() as tx:
                for i in range(10):
                    tx.put_invoice(samples.invoice(f"INV-{i}", balance=f"{round_}.00"))
        assert [inv.balance for inv in repo.invoices()] == [2] * 10
    with TinyDBRepository(tmp_path, chunk_size=4) as repo:
        assert [(inv.number, str(inv.balance)) for inv in repo.invoices()] == [
            (f"INV-{i}", "2.00") for i in range(10)
        ]


def test_invoices_and_payments_can_be_listed_per_account(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            tx.put_invoice(samples.invoice("A-1", "ACME"))
            tx.put_invoice(samples.invoice("B-1", "BETA"))
            tx.put_invoice(samples.invoice("A-2", "ACME"))
            tx.put_payment(samples.payment("P-1", "BETA"))
        assert [i.number for i in repo.invoices("ACME")] == ["A-1", "A-2"]
        assert [i.number for i in repo.invoices()] == ["A-1", "B-1", "A-2"]
        assert [p.reference for p in repo.payments("BETA")] == ["P-1"]
        assert repo.payments("ACME") == []


def test_outbox_entries_filter_by_current_state_oldest_first(tmp_path: Path) -> None:
    later = AT.replace(hour=11)
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            tx.put_outbox(samples.outbox("k2", OutboxState.QUEUED, later))
            tx.put_outbox(samples.outbox("k1", OutboxState.QUEUED, AT))
            tx.put_outbox(samples.outbox("k3", OutboxState.DEFERRED, AT))
        with repo.transaction() as tx:
            tx.put_outbox(samples.outbox("k1", OutboxState.SENT, AT))
        waiting = repo.outbox_entries([OutboxState.QUEUED, OutboxState.DEFERRED])
        assert [e.key for e in waiting] == ["k3", "k2"]
        assert [e.key for e in repo.outbox_entries([OutboxState.SENT])] == ["k1"]
        assert len(repo.outbox_entries()) == 3


def test_done_tasks_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            tx.put_task(samples.task("t1"))
            tx.put_task(samples.task("t2"))
        with repo.transaction() as tx:
            tx.put_task(samples.task("t1", done=True))
        assert [t.id for t in repo.tasks()] == ["t2"]
        assert sorted(t.id for t in repo.tasks(open_only=False)) == ["t1", "t2"]


def test_a_meta_value_read_back_is_a_copy(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            tx.put_meta("seen", ["<a@x>"])
        repo.meta("seen").append("<b@x>")
        assert repo.meta("seen") == ["<a@x>"]


def test_events_lists_every_account_each_in_order(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        for i in range(6):
            _note(repo, "ACME" if i % 2 else "BETA", str(i))
        events = list(repo.events())
        assert [(e.account_id, e.seq) for e in events] == [
            ("BETA", 1), ("BETA", 2), ("BETA", 3), ("ACME", 1), ("ACME", 2), ("ACME", 3)]


def test_the_hash_chain_continues_across_snapshots_and_reopening(tmp_path: Path) -> None:
    with open_repository(tmp_path, snapshot_every=5, snapshot_ratio=0) as repo:
        for i in range(12):
            _note(repo, "ACME", f"a{i}")
        repo.snapshot()
        _note(repo, "ACME", "after snapshot")
    with open_repository(tmp_path, snapshot_every=5, snapshot_ratio=0) as repo:
        _note(repo, "ACME", "after reopen")
        log = repo.log("ACME")
    assert [e.seq for e in log] == list(range(1, 15))
    assert verify_chain(log) is None
    journals = sorted(p.name for p in tmp_path.glob("journal-*.jsonl"))
    assert len(journals) == 1, "journals contained in the snapshot are deleted"


def test_the_snapshot_is_a_plain_tinydb_database(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "x")
        with repo.transaction() as tx:
            tx.put_account(samples.account())
        repo.snapshot()
    with TinyDB(tmp_path / "snapshot.json") as db:
        assert db.table("events.000000").all()[0]["data"] == {"text": "x"}
        assert db.table("accounts.000000").all()[0]["id"] == "ACME"


def test_a_journal_already_in_the_snapshot_is_not_replayed_twice(tmp_path: Path) -> None:
    """A crash after the snapshot was renamed into place but before the old journal was
    deleted leaves that journal behind."""
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "once")
        old_journal = next(tmp_path.glob("journal-*.jsonl"))
        kept = old_journal.read_bytes()
        repo.snapshot()
    old_journal.write_bytes(kept)
    with open_repository(tmp_path) as repo:
        assert repo.event_count() == 1
    assert not old_journal.exists()


def test_an_empty_next_journal_left_by_a_crash_before_the_snapshot_is_harmless(
        tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "one")
    (tmp_path / "journal-00000002.jsonl").touch()
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "two")
    with open_repository(tmp_path) as repo:
        assert [e.data["text"] for e in repo.log("ACME")] == ["one", "two"]
        assert verify_chain(repo.log("ACME")) is None


def test_temp_files_left_by_a_crash_are_removed_at_open(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        _note(repo, "ACME", "x")
    stale = tmp_path / ".snapshot.json.123.456.tmp"
    stale.write_bytes(b'{"half": ')
    with open_repository(tmp_path) as repo:
        assert repo.event_count() == 1
    assert not stale.exists()


def test_a_nested_transaction_in_the_same_thread_is_refused(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo, repo.transaction():
        inner = repo.transaction()
        with pytest.raises(TransactionError):
            inner.__enter__()


def test_a_transaction_cannot_be_used_after_it_ended(tmp_path: Path) -> None:
    with open_repository(tmp_path) as repo:
        with repo.transaction() as tx:
            pass
        with pytest.raises(TransactionError):
            tx.append("ACME", EventType.NOTE, at=AT, actor="t")


def test_a_closed_store_refuses_work(tmp_path: Path) -> None:
    repo = open_repository(tmp_path)
    repo.close()
    with pytest.raises(StoreError, match="closed"), repo.transaction():
        pass


def test_blobs_are_content_addressed_durable_and_read_back(tmp_path: Path) -> None:
    raw = b"From: a@x\r\nSubject: hi\r\n\r\nbody\r\n"
    with open_repository(tmp_path) as repo:
        name = repo.put_blob(raw)
        assert repo.put_blob(raw) == name
        assert name.endswith(".eml") and len(name) == 64 + 4
        assert repo.put_blob(raw, ".txt") != name
    with open_repository(tmp_path) as repo:
        assert repo.read_blob(name) == raw
        with pytest.raises(BlobMissing):
            repo.read_blob("f" * 64 + ".eml")
        with pytest.raises(StoreError):
            repo.read_blob("../LOCK")
        with pytest.raises(StoreError):
            repo.put_blob(b"x", "/../evil")


def test_blobs_stored_together_share_one_pack_file_and_each_reads_back_checked(
    tmp_path: Path,
) -> None:
    messages = [f"Subject: {n}\r\n\r\nbody {n}\r\n".encode() for n in range(50)]
    with open_repository(tmp_path) as repo:
        names = repo.put_blobs(messages)
        assert repo.put_blobs(messages) == names
    packs = list(tmp_path.rglob("*.pack"))
    assert len(packs) == 1
    with open_repository(tmp_path) as repo:
        assert [repo.read_blob(n) for n in names] == messages
        assert names[7].startswith(hashlib.sha256(messages[7]).hexdigest() + ".eml@")
    damaged = bytearray(packs[0].read_bytes())
    damaged[len(messages[0]) + 2] ^= 0xFF
    packs[0].write_bytes(bytes(damaged))
    with open_repository(tmp_path) as repo:
        assert repo.read_blob(names[0]) == messages[0]
        with pytest.raises(StoreError, match="damaged"):
            repo.read_blob(names[1])


def test_concurrent_writers_and_readers_keep_every_chain_whole(tmp_path: Path) -> None:
    writers, per_writer = 6, 150
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(per_writer):
                with repo.transaction() as tx:
                    tx.append(f"ACC-{i % 3}", EventType.NOTE, at=AT, actor=f"w{n}",
                              data={"i": i})
                    tx.put_meta(f"w{n}", i)
        except BaseException as exc:
            errors.append(exc)

    def read() -> None:
        try:
            for _ in range(200):
                for account_id in ("ACC-0", "ACC-1", "ACC-2"):
                    assert verify_chain(repo.log(account_id)) is None
                list(repo.events())
        except BaseException as exc:
            errors.append(exc)

    with open_repository(tmp_path, snapshot_every=100, snapshot_ratio=0) as repo:
        threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
        threads += [threading.Thread(target=read) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert repo.event_count() == writers * per_writer
    with open_repository(tmp_path) as repo:
        assert repo.event_count() == writers * per_writer
        for account_id in ("ACC-0", "ACC-1", "ACC-2"):
            assert verify_chain(repo.log(account_id)) is None
        assert [repo.meta(f"w{n}") for n in range(writers)] == [per_writer - 1] * writers


def test_a_message_and_its_attachments_go_into_one_pack_each_named_by_its_own_kind(
    tmp_path: Path,
) -> None:
    items = [b"Subject: remittance\r\n\r\nsee attached\r\n", b"%PDF-1.4 remittance", b"a,b\n1,2\n"]
    with open_repository(tmp_path) as repo:
        names = repo.put_blobs(items, [".eml", ".pdf", ".csv"])
        assert [n.split("@")[0][64:] for n in names] == [".eml", ".pdf", ".csv"]
        assert [repo.read_blob(n) for n in names] == items
        with pytest.raises(StoreError, match="3 blobs but 2 suffixes"):
            repo.put_blobs(items, [".eml", ".pdf"])
    assert len(list(tmp_path.rglob("*.pack"))) == 1
