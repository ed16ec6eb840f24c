"""Reading values back out of an event's JSON `data`: dates and amounts as they were written
(ISO strings, decimal strings), tolerating old or hand-made events that lack or garble them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any


def data_date(value: Any) -> date | None:
    """An ISO date (or the date of an ISO timestamp); None when absent or not a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def data_decimal(value: Any) -> Decimal | None:
    """A finite decimal amount; None when absent or not a number."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None
