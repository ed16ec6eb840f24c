"""Content-addressed blobs (raw emails, rendered messages) under `<data_dir>/blobs/`.

The name starts with the SHA-256 of the bytes plus a suffix, so storing the same bytes twice is
harmless and a name always means the same content.

One blob is one file. Many stored together (`put_many`: a sweep's reminders, a batch of
replies) go into one *pack* file, because creating a file is the expensive part of a write
(measured here: about 0.7 ms per new file on ext4, against 10 µs to append 12 KiB to an open
one). A packed blob's name says where it lies: `<sha256><suffix>@<pack>:<offset>:<length>`;
reading it checks the bytes against the hash, so a damaged pack is an error, never wrong mail.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from bot.store.errors import BlobMissing
from bot.store.files import atomic_write, fsync_dir, remove_stale_temps
from bot.store.repository import StoreError

_SUFFIX = re.compile(r"(\.[A-Za-z0-9]{1,16})?")
_NAME = re.compile(r"(?P<file>[0-9a-f]{64}(\.[A-Za-z0-9]{1,16})?)"
                   r"(@(?P<pack>[0-9a-f]{64})\.pack:(?P<offset>\d{1,15}):(?P<length>\d{1,15}))?")
PACK_SUFFIX = ".pack"


class BlobStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        if not directory.is_dir():
            directory.mkdir(parents=True)
            fsync_dir(directory.parent)
        remove_stale_temps(directory)

    def put(self, data: bytes, suffix: str = ".eml") -> str:
        """Store `data` durably (fsynced, renamed into place) and return its name."""
        name = _content_name(data, suffix)
        path = self.directory / name
        if not (path.is_file() and path.stat().st_size == len(data)):
            atomic_write(path, (data,))
        return name

    def put_many(self, items: Sequence[bytes], suffix: str | Sequence[str] = ".eml"
                 ) -> list[str]:
        """Store several blobs durably in one pack file (one create, one flush to disk);
        returns their names. `suffix` is one for all, or one per item."""
        suffixes = [suffix] * len(items) if isinstance(suffix, str) else list(suffix)
        if len(suffixes) != len(items):
            raise StoreError(f"{len(items)} blobs but {len(suffixes)} suffixes")
        if len(items) <= 1:
            return [self.put(data, ending) for data, ending in zip(items, suffixes, strict=True)]
        names = [_content_name(data, ending) for data, ending in zip(items, suffixes, strict=True)]
        pack = hashlib.sha256(b"".join(n.encode() for n in names)).hexdigest() + PACK_SUFFIX
        located: list[str] = []
        offset = 0
        for name, data in zip(names, items, strict=True):
            located.append(f"{name}@{pack}:{offset}:{len(data)}")
            offset += len(data)
        path = self.directory / pack
        if not (path.is_file() and path.stat().st_size == offset):
            atomic_write(path, items)
        return located

    def read(self, name: str) -> bytes:
        match = _NAME.fullmatch(name)
        if match is None:
            raise StoreError(f"{name!r} is not a blob name (sha256 hex plus suffix)")
        if match["pack"] is None:
            return self._read_file(self.directory / name)
        path = self.directory / (match["pack"] + PACK_SUFFIX)
        offset, length = int(match["offset"]), int(match["length"])
        try:
            with path.open("rb") as pack:
                pack.seek(offset)
                data = pack.read(length)
        except FileNotFoundError:
            raise BlobMissing(path) from None
        if len(data) != length or hashlib.sha256(data).hexdigest() != match["file"][:64]:
            raise StoreError(f"{path}: the bytes at {offset} (+{length}) are not blob "
                             f"{match['file']}: the pack is damaged")
        return data

    @staticmethod
    def _read_file(path: Path) -> bytes:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise BlobMissing(path) from None


def _content_name(data: bytes, suffix: str) -> str:
    if not _SUFFIX.fullmatch(suffix):
        raise StoreError(f"blob suffix {suffix!r} is not '.' plus 1-16 letters or digits")
    return hashlib.sha256(data).hexdigest() + suffix
