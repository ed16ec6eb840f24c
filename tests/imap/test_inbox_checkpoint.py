"""The pure (mailbox, folder, UIDVALIDITY, UID) bookkeeping; no server needed."""

from __future__ import annotations

import pytest

from bot.mail.inbox_checkpoint import (
    CheckpointError,
    FolderCheckpoint,
    PlanReason,
    Verdict,
    advance,
    checkpoint_key,
    judge,
    message_identity,
    new_uids,
    normalize_message_id,
    plan_fetch,
)


def test_first_look_reads_everything_and_dedupes_by_identity() -> None:
    plan = plan_fetch(None, 77)
    assert (plan.uidvalidity, plan.after_uid, plan.reason) == (77, 0, PlanReason.FIRST_LOOK)
    assert plan.renumbered


def test_same_uidvalidity_continues_after_last_uid() -> None:
    plan = plan_fetch(FolderCheckpoint(uidvalidity=77, last_uid=40), 77)
    assert (plan.after_uid, plan.reason, plan.renumbered) == (40, PlanReason.CONTINUE, False)


def test_changed_uidvalidity_rereads_from_the_start() -> None:
    plan = plan_fetch(FolderCheckpoint(uidvalidity=77, last_uid=40), 78)
    assert (plan.uidvalidity, plan.after_uid) == (78, 0)
    assert plan.reason is PlanReason.UIDVALIDITY_CHANGED


def test_new_uids_drops_the_star_quirk_and_repeats() -> None:
    plan = plan_fetch(FolderCheckpoint(uidvalidity=1, last_uid=10), 1)
    assert new_uids(plan, [10]) == []  # "UID 11:*" answered with the last message, 10
    assert new_uids(plan, [12, 11, 12, 3]) == [11, 12]


def test_judge() -> None:
    plan = plan_fetch(FolderCheckpoint(uidvalidity=1, last_uid=10), 1)
    seen = {"<a@x>"}
    assert judge(plan, 9, "<new@x>", seen) is Verdict.ALREADY_EXAMINED
    assert judge(plan, 11, "<a@x>", seen) is Verdict.DUPLICATE
    assert judge(plan, 11, "<new@x>", seen) is Verdict.INGEST


def test_advance_only_moves_forward() -> None:
    checkpoint = advance(None, 5, 3)
    assert checkpoint == FolderCheckpoint(uidvalidity=5, last_uid=3)
    assert advance(checkpoint, 5, 4).last_uid == 4
    with pytest.raises(CheckpointError, match="ascending"):
        advance(checkpoint, 5, 3)
    assert advance(checkpoint, 6, 1) == FolderCheckpoint(uidvalidity=6, last_uid=1)
    with pytest.raises(CheckpointError):
        advance(checkpoint, 5, 0)


def test_checkpoint_json_round_trip_and_validation() -> None:
    checkpoint = FolderCheckpoint(uidvalidity=9, last_uid=4)
    assert FolderCheckpoint.from_json(checkpoint.to_json()) == checkpoint
    for bad in ({}, {"uidvalidity": 1}, {"uidvalidity": -1, "last_uid": 0},
                {"uidvalidity": "1", "last_uid": 0}, {"uidvalidity": True, "last_uid": 0}):
        with pytest.raises(CheckpointError):
            FolderCheckpoint.from_json(bad)


def test_checkpoint_key_names_mailbox_and_folder() -> None:
    key = checkpoint_key("acc@imap.example:993", "INBOX")
    assert key == "inbox-checkpoint:acc@imap.example:993:INBOX"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<abc@example.test>", "<abc@example.test>"),
        ("  <abc@example.test>  ", "<abc@example.test>"),
        ("\r\n <abc@example.test>", "<abc@example.test>"),
        (b"<abc@example.test> (comment)", "<abc@example.test>"),
        ("abc@example.test", "<abc@example.test>"),
        ("", None),
        ("not an id", None),
        (None, None),
    ],
)
def test_normalize_message_id(value: str | bytes | None, expected: str | None) -> None:
    assert normalize_message_id(value) == expected


def test_identity_is_message_id_else_hash_of_raw_bytes() -> None:
    assert message_identity(" <a@b> ", b"whatever") == "<a@b>"
    one = message_identity(None, b"Subject: x\r\n\r\nbody\r\n")
    assert one.startswith("sha256:") and len(one) == len("sha256:") + 64
    assert one == message_identity(None, b"Subject: x\r\n\r\nbody\r\n")
    assert one != message_identity(None, b"Subject: x\r\n\r\nbody!\r\n")
