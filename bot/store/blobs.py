"""Content-addressed blobs (raw emails, rendered messages) under `<data_dir>/blobs/`.

The name is the SHA-256 of the bytes plus a suffix, so storing the same bytes twice is
harmless and a name always means the same content.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bot.store.errors import BlobMissing
from bot.store.files import atomic_write, fsync_dir, remove_stale_temps
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
        if not _SUFFIX.fullmatch(suffix):
            raise StoreError(f"blob suffix {suffix!r} is not '.' plus 1-16 letters or digits")
        name = hashlib.sha256(data).hexdigest() + suffix
        path = self.directory / name
        if path.is_file() and path.stat().st_size == len(data):
            return name
        atomic_write(path, (data,))
        return name

    def read(self, name: str) -> bytes:
        if not _NAME.fullmatch(name):
            raise StoreError(f"{name!r} is not a blob name (sha256 hex plus suffix)")
        path = self.directory / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise BlobMissing(path) from None
