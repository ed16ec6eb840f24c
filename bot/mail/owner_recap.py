"""The owner's weekly recap as an email: what the templates see, and the bytes to send.

`recap_context` turns an `OwnerRecap` into template values, amounts and dates already written
in the business locale; templates/email/owner_recap.{txt,html}.j2 lay them out. The HTML has a
small aging chart that every mail client shows: one table row per bucket, the bar a nested
table with a percentage `width` and a `bgcolor` (no scripts, no SVG, no images).

The email is internal (to the owner, never a debtor): no reply token, no opt-out line. Like a
reminder it is a function of its inputs: the Message-ID and MIME boundaries come from its
idempotency key and `Date` from the moment it was built.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bot.config import BusinessConfig
from bot.domain.aging import AGING_BUCKETS
from bot.domain.money import format_day, format_money
from bot.domain.owner_recap import OwnerRecap
from bot.domain.reminders import message_id_for
from bot.mail.compose import ComposedEmail, NoRecipients
from bot.mail.mime import CRLF, header, html_part, mailbox, multipart, one_line, text_part
from bot.mail.templates import EmailTemplates, Rendered

TEMPLATE = "owner_recap"
BAR_COLOURS = {"current": "#4a8c5c", "1–30": "#c9a227", "31–60": "#d9822b",
               "61–90": "#c4552b", "90+": "#9b2c2c"}


@dataclass(frozen=True, slots=True)
class Bar:
    """One aging bucket in the chart: its label, amount, and bar width (% of the largest)."""

    bucket: str
    amount: str
    percent: int
    colour: str


def money_list(totals: Mapping[str, Decimal], locale: str, empty: str = "nothing") -> str:
    """Totals by currency as `£1,200.00 + €80.00` (`empty` when there are none)."""
    if not totals:
        return empty
    return " + ".join(format_money(v, c, locale) for c, v in sorted(totals.items()))


def _day(value: date | None, locale: str) -> str:
    return format_day(value, locale) if value is not None else "–"


def _bars(buckets: Mapping[str, Decimal], currency: str, locale: str) -> list[Bar]:
    largest = max(buckets.values(), default=Decimal(0))
    bars = []
    for name in AGING_BUCKETS:
        amount = buckets.get(name, Decimal(0))
        percent = 0 if largest <= 0 or amount <= 0 else max(1, int(amount * 100 / largest))
        bars.append(Bar(name, format_money(amount, currency, locale), percent,
                        BAR_COLOURS.get(name, "#666666")))
    return bars


def recap_context(recap: OwnerRecap, business: BusinessConfig,
                  locale: str | None = None) -> dict[str, Any]:
    """What the owner_recap templates can use."""
    loc = locale or business.locale
    week = f"{format_day(recap.week.first_day, loc)} – {format_day(recap.week.last_day, loc)}"
    return {
        "business_name": business.name,
        "lang": loc.replace("_", "-"),
        "week": week,
        "today": format_day(recap.week.last_day, loc),
        "collected": money_list(recap.collected, loc),
        "payments": recap.payments,
        "owed": money_list(recap.owed, loc),
        "promised": [{"account": p.account_name, "account_id": p.account_id,
                      "due": _day(p.due_on, loc),
                      "amount": (format_money(p.amount, p.currency, loc)
                                 if p.amount is not None and p.currency else "amount not said"),
                      "source": p.source}
                     for p in recap.promised],
        "promised_total": money_list(recap.promised_totals, loc, empty=""),
        "broken": [{"account": b.account_name, "account_id": b.account_id,
                    "promise_date": _day(b.promise_date, loc), "broken_on": _day(b.broken_on, loc)}
                   for b in recap.broken],
        "plans": [{"account": p.account_name, "account_id": p.account_id,
                   "total": format_money(p.total, p.currency, loc) if p.currency else str(p.total),
                   "instalments": p.instalments,
                   "next": (f"{format_money(p.next_amount, p.currency, loc)} on "
                            f"{_day(p.next_due, loc)}"
                            if p.next_due is not None and p.next_amount is not None
                            and p.currency else "no instalment still to come")}
                  for p in recap.plans],
        "disputes": [{"account": d.account_name, "account_id": d.account_id,
                      "invoices": ", ".join(d.invoices), "owed": money_list(d.owed, loc)}
                     for d in recap.disputes],
        "aging": [{"currency": currency, "bars": _bars(buckets, currency, loc),
                   "total": format_money(sum(buckets.values(), Decimal(0)), currency, loc)}
                  for currency, buckets in sorted(recap.aging.items())],
        "dso": [{"currency": d.currency, "days": str(d.days), "complete": d.complete,
                 "receivables": format_money(d.receivables, d.currency, loc)}
                for d in recap.dso.values()],
        "decisions": [{"account": d.account_name, "account_id": d.account_id,
                       "reasons": list(d.reasons), "owed": money_list(d.owed, loc)}
                      for d in recap.decisions],
        "unmatched": recap.unmatched_replies,
        "quiet": recap.quiet,
    }


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class OwnerRecapComposer:
    """Renders and assembles the owner's recap emails of one business."""

    def __init__(self, business: BusinessConfig, *, templates_dir: Path | None = None,
                 templates: EmailTemplates | None = None) -> None:
        self.business = business
        self.templates = templates or EmailTemplates(templates_dir)
        self._from = mailbox(business.name, business.from_address, "business.from_address")
        self._domain = business.from_address.rpartition("@")[2]

    def render(self, recap: OwnerRecap) -> Rendered:
        return self.templates.render(TEMPLATE, recap_context(recap, self.business))

    def compose(self, recap: OwnerRecap, *, key: str, to: Sequence[str]) -> ComposedEmail:
        """The RFC 5322 bytes of the recap, addressed to `to`, keyed by `key`."""
        if not to:
            raise NoRecipients(key)
        rendered = self.render(recap)
        recipients = ("," + CRLF + " ").join(mailbox("", a, "owner_recap.to") for a in to)
        message_id = message_id_for(key, self._domain)
        tag = one_line(key)
        headers = "".join((
            f"From: {self._from}{CRLF}",
            f"To: {recipients}{CRLF}",
            header("Subject", rendered.subject),
            f"Date: {format_datetime(_aware(recap.now))}{CRLF}",
            f"Message-ID: {message_id}{CRLF}",
            f"MIME-Version: 1.0{CRLF}",
            f"Auto-Submitted: auto-generated{CRLF}",
            f"X-Duebot-Key: {tag}{CRLF}",
        ))
        body = multipart("alternative", f"==duebot-recap-{tag}==",
                         [text_part(rendered.text), html_part(rendered.html)])
        return ComposedEmail(raw=(headers + body).encode("ascii"), message_id=message_id,
                             subject=rendered.subject, recipients=tuple(to))
