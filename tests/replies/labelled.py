"""The labelled replies duebot's word model learns from, and their fingerprint.

Everything labelled for development: the written probes and whole messages in
`tests/replies/written`, and the shared debtor-reply corpus beside the project. Never the
sets in `bench/unseen`, which are only measured. `fingerprint()` lets a test tell whether the
shipped model was trained on the material as it is now.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = ROOT / "tests" / "replies" / "written"
SHARED_DEBTOR_REPLIES = ROOT.parent / "shared" / "corpora" / "debtor-replies"
NOT_LEARNED = frozenset({"auto_reply", "bounce"})  # told by headers and notices, not words


@dataclass(frozen=True, slots=True)
class LabelledReply:
    """One labelled reply: where it comes from, its intent, and the text to read (a probe
    sentence, or a whole message's raw bytes)."""

    source: str
    intent: str
    sentence: str | None = None
    raw: bytes | None = None


def _probe_files() -> list[Path]:
    return sorted(WRITTEN.glob("*.csv"))


def _message_folders() -> list[Path]:
    return [*sorted(WRITTEN.glob("replies-*")), SHARED_DEBTOR_REPLIES]


def _rows(labels: Path) -> list[dict[str, str]]:
    with labels.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def labelled_replies() -> Iterator[LabelledReply]:
    """Every labelled human reply, probes first, in a fixed order."""
    for path in _probe_files():
        for number, row in enumerate(_rows(path), start=1):
            if row["intent"] not in NOT_LEARNED:
                yield LabelledReply(f"{path.name}:{number}", row["intent"], sentence=row["text"])
    for folder in _message_folders():
        for row in _rows(folder / "labels.csv"):
            if row["intent"] not in NOT_LEARNED:
                yield LabelledReply(f"{folder.name}/{row['file']}", row["intent"],
                                    raw=(folder / row["file"]).read_bytes())


def fingerprint() -> str:
    """A SHA-256 of every file the model learns from, by name and content."""
    digest = hashlib.sha256()
    files = [*_probe_files()]
    for folder in _message_folders():
        files.append(folder / "labels.csv")
        files.extend(folder / row["file"] for row in _rows(folder / "labels.csv"))
    for path in files:
        digest.update(f"{path.parent.name}/{path.name}\0".encode())
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
