"""Which messages of a mailbox folder still need ingesting: pure logic, no I/O.

A message is identified on the server by (mailbox, folder, UIDVALIDITY, UID) and, across
UIDVALIDITY changes, by its identity: the Message-ID, or a hash of the raw bytes when it has
none. The stored checkpoint per folder is small ({uidvalidity, last_uid}); the identities of
every message ever examined live in a set the store keeps beside it (`seen`).

How the pieces fit, per round:

1. `plan_fetch(checkpoint, current_uidvalidity)` says from which UID to read and whether the
   folder was renumbered (UIDVALIDITY changed or first look: then everything is read again and
   only identities decide).
2. `new_uids(plan, searched)` drops UIDs the checkpoint already covers (servers answer
   `UID SEARCH UID n:*` with the last message even when it is below n).
3. For each message, in ascending UID order, `judge(plan, uid, identity, seen)` says ingest it
   or skip it as a duplicate; either way, once its outcome is durably stored together with
   `advance(checkpoint, uid)` and its identity added to `seen`, it is never fetched again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_HASH_PREFIX = "sha256:"


class CheckpointError(ValueError):
    """A checkpoint is malformed, or an update would lose or repeat messages."""


@dataclass(frozen=True, slots=True)
class FolderCheckpoint:
    """How far a folder has been examined: every UID up to last_uid under this UIDVALIDITY."""

    uidvalidity: int
    last_uid: int = 0

    def to_json(self) -> dict[str, int]:
        return {"uidvalidity": self.uidvalidity, "last_uid": self.last_uid}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FolderCheckpoint:
        try:
            uidvalidity = data["uidvalidity"]
            last_uid = data["last_uid"]
        except (KeyError, TypeError) as exc:
            raise CheckpointError(f"checkpoint {data!r} lacks uidvalidity/last_uid") from exc
        for name, value in (("uidvalidity", uidvalidity), ("last_uid", last_uid)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise CheckpointError(f"checkpoint {name} must be a non-negative int: {value!r}")
        return cls(uidvalidity=uidvalidity, last_uid=last_uid)


def checkpoint_key(mailbox: str, folder: str) -> str:
    """The store's meta key for a folder's checkpoint; mailbox is e.g. "user@host"."""
    return f"inbox-checkpoint:{mailbox}:{folder}"


class PlanReason(StrEnum):
    FIRST_LOOK = "first_look"
    CONTINUE = "continue"
    UIDVALIDITY_CHANGED = "uidvalidity_changed"


@dataclass(frozen=True, slots=True)
class FetchPlan:
    uidvalidity: int
    after_uid: int
    reason: PlanReason

    @property
    def renumbered(self) -> bool:
        """True when UIDs say nothing about what was seen: identities alone decide."""
        return self.reason is not PlanReason.CONTINUE


def plan_fetch(checkpoint: FolderCheckpoint | None, uidvalidity: int) -> FetchPlan:
    if checkpoint is None:
        return FetchPlan(uidvalidity, 0, PlanReason.FIRST_LOOK)
    if checkpoint.uidvalidity != uidvalidity:
        return FetchPlan(uidvalidity, 0, PlanReason.UIDVALIDITY_CHANGED)
    return FetchPlan(uidvalidity, checkpoint.last_uid, PlanReason.CONTINUE)


def new_uids(plan: FetchPlan, searched: Iterable[int]) -> list[int]:
    """The searched UIDs the plan still has to examine, ascending, without repeats."""
    return sorted({uid for uid in searched if uid > plan.after_uid})


class Verdict(StrEnum):
    INGEST = "ingest"
    DUPLICATE = "duplicate"  # same identity already examined (other UID, or before a renumbering)
    ALREADY_EXAMINED = "already_examined"  # the checkpoint covers this UID


def judge(plan: FetchPlan, uid: int, identity: str, seen: Container[str]) -> Verdict:
    if uid <= plan.after_uid:
        return Verdict.ALREADY_EXAMINED
    if identity in seen:
        return Verdict.DUPLICATE
    return Verdict.INGEST


def advance(checkpoint: FolderCheckpoint | None, uidvalidity: int, uid: int) -> FolderCheckpoint:
    """The checkpoint after message `uid` was examined and its outcome stored. UIDs must be
    recorded in ascending order: skipping back would re-read, skipping ahead could lose one."""
    if uid <= 0:
        raise CheckpointError(f"UID must be positive, got {uid}")
    if checkpoint is None or checkpoint.uidvalidity != uidvalidity:
        return FolderCheckpoint(uidvalidity=uidvalidity, last_uid=uid)
    if uid <= checkpoint.last_uid:
        raise CheckpointError(
            f"UID {uid} is not after the checkpoint's last UID {checkpoint.last_uid} "
            f"(UIDVALIDITY {uidvalidity}); record messages in ascending UID order"
        )
    return FolderCheckpoint(uidvalidity=uidvalidity, last_uid=uid)


def normalize_message_id(value: str | bytes | None) -> str | None:
    """`<id@host>` from a Message-ID header value (folded, padded or bare), or None."""
    if value is None:
        return None
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
    text = " ".join(text.split())
    match = _MESSAGE_ID.search(text)
    if match:
        return f"<{match.group(1)}>"
    bare = text.strip()
    if bare and " " not in bare and "@" in bare:
        return f"<{bare}>"
    return None


def message_identity(message_id: str | None, raw: bytes) -> str:
    """The identity used to recognise a message again: its normalised Message-ID, else
    "sha256:" and the hash of its raw bytes."""
    normalized = normalize_message_id(message_id)
    if normalized is not None:
        return normalized
    return _HASH_PREFIX + hashlib.sha256(raw).hexdigest()
