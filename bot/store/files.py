"""Durable file primitives: fsync a directory, write a file atomically."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

TMP_SUFFIX = ".tmp"


def fsync_dir(path: Path) -> None:
    """Make renames, creations and deletions in `path` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, chunks: Iterable[bytes]) -> int:
    """Write `chunks` to `path` so that a crash leaves either the old file or the new one.

    Temp file in the same directory, fsync, rename over, fsync the directory. Returns the size.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}{TMP_SUFFIX}")
    size = 0
    try:
        with open(tmp, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return size


def remove_stale_temps(directory: Path) -> None:
    """Temp files left by a crash mid-write are never part of the database: delete them."""
    for stale in directory.glob(f".*{TMP_SUFFIX}"):
        stale.unlink(missing_ok=True)
