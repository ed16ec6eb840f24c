from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, parse_config
from bot.mail.local_server import LocalMailServer


@pytest.fixture
def smtp_sink() -> Iterator[LocalMailServer]:
    sink = LocalMailServer().start()
    try:
        yield sink
    finally:
        sink.stop()


def config_dict(data_dir: Path, smtp_port: int, **sections: Any) -> dict[str, Any]:
    """A config for tests: every day and hour is inside the send window unless overridden."""
    doc: dict[str, Any] = {
        "business": {"name": "Brightwater Joinery Ltd",
                     "from_address": "accounts@brightwater.example",
                     "reply_to": "accounts@brightwater.example",
                     "signature": "Sam", "timezone": "UTC"},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                 "retry_base_seconds": 60, "connections": 2},
        "send_window": {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                        "start": "00:00:00", "end": "23:59:59"},
        "holidays": {"country": None},
        "limits": {"max_emails_per_7_days": 10},
        "storage": {"data_dir": str(data_dir)},
    }
    for name, values in sections.items():
        doc[name] = {**doc.get(name, {}), **values} if isinstance(values, dict) else values
    return doc


def make_config(data_dir: Path, smtp_port: int, **sections: Any) -> Config:
    return parse_config(config_dict(data_dir, smtp_port, **sections))
