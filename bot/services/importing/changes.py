"""What differs between two versions of an account or invoice, as JSON-ready data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from bot.domain.models import Account, Contact, Invoice


def plain(value: Any) -> Any:
    """A value as the account log can hold it (JSON: strings, numbers, lists, objects)."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, Contact):
        return {"email": value.email, "name": value.name, "phone": value.phone}
    if value is None or isinstance(value, (int, str, bool)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    return str(value)


def changes_between(
    before: Account | Invoice | None, after: Account | Invoice
) -> dict[str, list[Any]]:
    """field -> [before, after] for each field that differs (JSON-ready); {} for a new one."""
    out: dict[str, list[Any]] = {}
    if before is None:
        return out
    for f in fields(after):
        new = getattr(after, f.name)
        old = getattr(before, f.name)
        if old != new:
            out[f.name] = [plain(old), plain(new)]
    return out


def describe_changes(changes: Mapping[str, list[Any]]) -> str:
    def short(value: Any) -> str:
        text = str(value)
        return text if len(text) <= 40 else text[:37] + "..."

    return ", ".join(f"{name} {short(old)} -> {short(new)}" for name, (old, new) in changes.items())
