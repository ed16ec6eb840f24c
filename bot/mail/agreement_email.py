"""Emails about a promise or payment plan: the recap of the agreed terms (with an `.ics`
calendar of the dates), a gentle note before each date, a thank-you for each payment, and the
closing thank-you with the final recap.

They are built like reminders (`ReminderComposer`: the same headers, deterministic Message-ID
from the key, text + HTML with CSS inlined) from the templates named in `[agreements]`; the
context is the reminder context plus the agreement's schedule written in the debtor's locale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from decimal import Decimal
from typing import Any

from icalendar import Calendar, Event

from bot.config import AgreementsConfig
from bot.domain.agreements import (
    COMPLETE_STEP,
    NOTE_STEP,
    RECAP_STEP,
    THANKS_STEP,
    Agreement,
    AgreementKind,
    EmailDue,
    InstalmentProgress,
    InstalmentState,
)
from bot.domain.models import Account, Invoice
from bot.domain.money import format_day, format_money
from bot.domain.reminders import Reminder
from bot.mail.compose import ComposedEmail, ReminderComposer, template_context
from bot.mail.mime import CRLF, wrapped_base64

CALENDAR_FILENAME = "payment-dates.ics"

_STATE_WORDS = {
    InstalmentState.PAID: "paid, thank you",
    InstalmentState.PAID_LATE: "paid, thank you",
    InstalmentState.PART_PAID: "part paid",
    InstalmentState.DUE: "",
    InstalmentState.LATE: "not yet received",
    InstalmentState.MISSED: "missed",
}


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One date of the agreement as the templates show it."""

    number: int
    due: str
    amount: str
    paid: str
    remaining: str
    settled: bool
    status: str


class AgreementComposer:
    """Composes the agreement emails of one business (keep one; it reuses the reminder
    composer's templates and identity)."""

    def __init__(self, composer: ReminderComposer, settings: AgreementsConfig) -> None:
        self.composer = composer
        self.settings = settings
        self._domain = composer.business.from_address.rpartition("@")[2]

    def template_for(self, step: str) -> str:
        return {
            RECAP_STEP: self.settings.recap_template,
            NOTE_STEP: self.settings.note_template,
            THANKS_STEP: self.settings.thanks_template,
            COMPLETE_STEP: self.settings.complete_template,
        }[step]

    def context(self, reminder: Reminder, account: Account, invoices: Sequence[Invoice],
                agreement: Agreement, due: EmailDue, today: date) -> dict[str, Any]:
        locale = self.composer.locale_for(account)
        business = self.composer.business
        currency = agreement.currency or (invoices[0].currency if invoices else
                                          business.currency)

        def money(amount: Decimal) -> str:
            return format_money(amount, currency, locale)

        progress = agreement.progress()
        rows = [_row(p, today, self.settings.grace_days, money, locale) for p in progress]
        pending = next((r for r, p in zip(rows, progress, strict=True) if not p.settled), None)
        focus = next((r for r in rows if r.number == due.instalment), None)
        receipt = next((r for r in agreement.receipts if r.reference == due.receipt), None)
        links = list(dict.fromkeys(
            (inv.number, inv.payment_link) for inv in invoices if inv.payment_link))
        left = sum((p.remaining for p in progress), Decimal(0))
        context = template_context(business, account, invoices, reminder, locale)
        context.update({
            "agreement_id": agreement.id,
            "is_plan": agreement.kind is AgreementKind.PLAN,
            "agreement_word": ("payment plan" if agreement.kind is AgreementKind.PLAN
                               else "promise to pay"),
            "made_on": format_day(agreement.made_on, locale),
            "method": agreement.method or "",
            "schedule": rows,
            "agreed_total": money(agreement.total),
            "paid_total": money(agreement.paid),
            "left_total": money(left),
            "next_due": pending,
            "focus": focus,
            "payment": ({"amount": money(receipt.amount),
                         "received": format_day(receipt.received_on, locale),
                         "reference": receipt.reference} if receipt is not None else None),
            "pay_links": [{"number": n, "link": link} for n, link in links],
            "payment_instructions": self.settings.payment_instructions.strip(),
            "grace_days": self.settings.grace_days,
            "reply_address": business.reply_to,
        })
        return context

    def compose(self, reminder: Reminder, account: Account, invoices: Sequence[Invoice],
                agreement: Agreement, due: EmailDue, today: date) -> ComposedEmail:
        context = self.context(reminder, account, invoices, agreement, due, today)
        rendered = self.composer.templates.render(reminder.template, context)
        extra: tuple[str, ...] = ()
        if due.step == RECAP_STEP:
            extra = (calendar_part(self.calendar(reminder, account, agreement)),)
        return self.composer.assemble(reminder, account, (), rendered, extra_parts=extra)

    def calendar(self, reminder: Reminder, account: Account, agreement: Agreement) -> bytes:
        """An iCalendar file with one all-day event per date still to pay. Deterministic:
        the UIDs come from the email's key and DTSTAMP is when the terms were agreed."""
        locale = self.composer.locale_for(account)
        business = self.composer.business
        currency = agreement.currency or business.currency
        cal = Calendar()
        cal.add("prodid", "-//duebot//payment dates//EN")
        cal.add("version", "2.0")
        cal.add("method", "PUBLISH")
        cal.add("calscale", "GREGORIAN")
        numbers = ", ".join(agreement.invoices) or "your account"
        for row in agreement.progress():
            if row.settled:
                continue
            amount = format_money(row.remaining, currency, locale)
            event = Event()
            event.add("uid", f"{reminder.key}-{row.number}@{self._domain}")
            event.add("dtstamp", agreement.made_at.astimezone(UTC))
            event.add("dtstart", row.due_on)
            event.add("dtend", row.due_on + timedelta(days=1))
            event.add("summary", f"Payment to {business.name}: {amount}")
            event.add("description",
                      f"{amount} due on {format_day(row.due_on, locale)} for {numbers}, as "
                      f"agreed on {format_day(agreement.made_on, locale)}. Questions: reply "
                      f"to {business.reply_to}.")
            event.add("transp", "TRANSPARENT")
            cal.add_component(event)
        return bytes(cal.to_ical())


def calendar_part(ics: bytes) -> str:
    """The `.ics` as a MIME attachment part."""
    return (f'Content-Type: text/calendar; charset="utf-8"; method=PUBLISH; '
            f'name="{CALENDAR_FILENAME}"{CRLF}'
            f'Content-Disposition: attachment; filename="{CALENDAR_FILENAME}"{CRLF}'
            f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{wrapped_base64(ics)}")


def _row(progress: InstalmentProgress, today: date, grace_days: int,
         money: Callable[[Decimal], str], locale: str) -> ScheduleRow:
    state = progress.state(today, grace_days)
    return ScheduleRow(
        number=progress.number,
        due=format_day(progress.due_on, locale),
        amount=money(progress.amount),
        paid=money(progress.paid),
        remaining=money(progress.remaining),
        settled=progress.settled,
        status=_STATE_WORDS[state],
    )
