"""Aging: what is owed, by currency and by how long it has been overdue.

The buckets are the ones credit controllers use: `current` (not yet due, or due today),
`1–30`, `31–60`, `61–90` and `90+` days past the due date. The daily Slack digest and the
owner's weekly recap both read them from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from bot.domain.models import Invoice

CURRENT = "current"
AGING_BUCKETS: tuple[str, ...] = (CURRENT, "1–30", "31–60", "61–90", "90+")


def aging_bucket(days_overdue: int) -> str:
    """The bucket an invoice this many days past its due date falls in (<= 0 is current)."""
    if days_overdue <= 0:
        return CURRENT
    if days_overdue <= 30:
        return "1–30"
    if days_overdue <= 60:
        return "31–60"
    if days_overdue <= 90:
        return "61–90"
    return "90+"


def aging(invoices: Iterable[Invoice], today: date) -> dict[str, dict[str, Decimal]]:
    """Open balances by currency, then by bucket (every bucket present, in order).

    Only open invoices count (paid, credited and void ones owe nothing)."""
    totals: dict[str, dict[str, Decimal]] = {}
    for inv in invoices:
        if not inv.is_open:
            continue
        by_bucket = totals.setdefault(inv.currency.upper(),
                                      dict.fromkeys(AGING_BUCKETS, Decimal(0)))
        by_bucket[aging_bucket(inv.days_overdue(today))] += inv.balance
    return totals
