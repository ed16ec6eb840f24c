"""Durable file primitives: fsync a directory, write a file atomically."""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import cast

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


def atomic_write_many(files: Sequence[tuple[Path, bytes]]) -> None:
    """`atomic_write` for many files in one directory at the cost of about one: every temp
    file is written, all are flushed to disk together (`durable_flush`), then renamed, and
    the directory is fsynced once. A crash leaves each file either absent or whole."""
    if not files:
        return
    temps: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            tmp = path.with_name(
                f".{path.name}.{os.getpid()}.{threading.get_ident()}{TMP_SUFFIX}")
            temps.append((tmp, path))
            with open(tmp, "wb") as out:
                out.write(data)
        durable_flush([tmp for tmp, _ in temps])
        for tmp, path in temps:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise
    for directory in {path.parent for path, _ in files}:
        fsync_dir(directory)


def durable_flush(paths: Sequence[Path]) -> None:
    """Make the contents of `paths` durable. On Linux one `syncfs` of their file system does
    it for all of them (one flush instead of one per file); elsewhere each is fsynced."""
    if not paths:
        return
    if _syncfs is not None:
        fd = os.open(paths[0], os.O_RDONLY)
        try:
            if _syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _load_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return None
    syncfs.argtypes = [ctypes.c_int]
    syncfs.restype = ctypes.c_int
    return cast(Callable[[int], int], syncfs)


_syncfs = _load_syncfs()


def remove_stale_temps(directory: Path) -> None:
    """Temp files left by a crash mid-write are never part of the database: delete them."""
    for stale in directory.glob(f".*{TMP_SUFFIX}"):
        stale.unlink(missing_ok=True)
