"""A real store in a temporary directory for each test (never a mock)."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.store.repository import Repository

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    from bot.store import open_repository  # the real store; only the store tests need it

    store = open_repository(tmp_path / "data")
    try:
        yield store
    finally:
        store.close()
