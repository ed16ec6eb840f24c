"""Content-addressed blobs (raw emails, rendered messages) under `<data_dir>/blobs/`.

The name is the SHA-256 of the bytes plus a suffix, so storing the same bytes twice is
harmless and a name always means the same content.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from bot.store.errors import BlobMissing
from bot.store.files import atomic_write, atomic_write_many, fsync_dir, remove_stale_temps
from bot.store.repository import StoreError

_SUFFIX = re.compile(r"(\.[A-Za-z0-9]{1,16})?")
_NAME = re.compile(r"[0-9a-f]{64}(\.[A-Za-z0-9]{1,16})?")


class BlobStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        if not directory.is_dir():
            directory.mkdir(parents=True)
            fsync_dir(directory.parent)
        remove_stale_temps(directory)

    def put(self, data: bytes, suffix: str = ".eml") -> str:
        """Store `data` durably (fsynced, renamed into place) and return its name."""
        name, path = self._place(data, suffix)
        if not self._holds(path, data):
            atomic_write(path, (data,))
        return name

    def put_many(self, items: Sequence[bytes], suffix: str = ".eml") -> list[str]:
        """Store several blobs durably with one flush to disk for all; returns their names."""
        placed = [self._place(data, suffix) for data in items]
        missing = {path: data for (_, path), data in zip(placed, items, strict=True)
                   if not self._holds(path, data)}
        atomic_write_many(list(missing.items()))
        return [name for name, _ in placed]

    def _place(self, data: bytes, suffix: str) -> tuple[str, Path]:
        if not _SUFFIX.fullmatch(suffix):
            raise StoreError(f"blob suffix {suffix!r} is not '.' plus 1-16 letters or digits")
        name = hashlib.sha256(data).hexdigest() + suffix
        return name, self.directory / name

    @staticmethod
    def _holds(path: Path, data: bytes) -> bool:
        return path.is_file() and path.stat().st_size == len(data)

    def read(self, name: str) -> bytes:
        if not _NAME.fullmatch(name):
            raise StoreError(f"{name!r} is not a blob name (sha256 hex plus suffix)")
        path = self.directory / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise BlobMissing(path) from None
