"""Build a reminder email: the templates rendered for the debtor, then the exact bytes to send.

`ReminderComposer.compose(reminder, account, invoices)` gives RFC 5322 bytes: text and HTML as
multipart/alternative (the HTML's CSS inlined, see `bot.mail.templates`), inside
multipart/mixed with the invoice PDFs when there are any. Everything in it is a function of
its inputs: the Message-ID comes from the reminder's idempotency key, `Date` from when it was
planned, the MIME boundaries from the key, so composing the same reminder twice gives the
same bytes. Replies go to the collections mailbox with the account's token
(`bot.domain.addressing`), and `List-Unsubscribe` points there too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import lru_cache
from hashlib import sha256
from pathlib import Path
from typing import Any

from bot.config import BusinessConfig, ComplianceConfig, DebtAdviceLink
from bot.domain.addressing import reply_address
from bot.domain.models import Account, Invoice
from bot.domain.money import format_day, format_money, totals_by_currency
from bot.domain.reminders import Reminder, message_id_for
from bot.mail.mime import (
    CRLF,
    AttachmentCache,
    UnsafeAddress,
    checked_address,
    header,
    html_part,
    mailbox,
    multipart,
    one_line,
    safe_filename,
    text_part,
)
from bot.mail.templates import EmailTemplates, Rendered, UnknownTemplate, default_templates_dir

__all__ = [
    "ComposedEmail",
    "EmailTemplates",
    "InvoiceRow",
    "NoRecipients",
    "ReminderComposer",
    "Rendered",
    "UnknownTemplate",
    "UnsafeAddress",
    "compose_reminder",
    "default_templates_dir",
    "render_preview",
    "template_context",
]

SUBJECT_NUMBERS_MAX = 3
_BOUNDARY_SAFE = re.compile(r"^[A-Za-z0-9]{1,40}$")


class NoRecipients(ValueError):
    """A reminder with nobody to send it to."""

    def __init__(self, key: str) -> None:
        super().__init__(f"reminder {key} has no recipients")
        self.key = key


@dataclass(frozen=True, slots=True)
class ComposedEmail:
    """A reminder ready to send: the bytes, and what the outbox records about it."""

    raw: bytes
    message_id: str
    subject: str
    recipients: tuple[str, ...] = ()
    missing_attachments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One invoice as the templates show it: amounts and dates already written out."""

    number: str
    issued: str
    due: str
    amount: str
    balance: str
    days_overdue: int
    payment_link: str


def _join_numbers(numbers: Sequence[str], limit: int | None = None) -> str:
    shown = list(numbers if limit is None else numbers[:limit])
    rest = len(numbers) - len(shown)
    if rest:
        return f"{', '.join(shown)} and {rest} more"
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def _greeting_name(account: Account, recipients: Sequence[str]) -> str:
    wanted = {r.lower() for r in recipients}
    names = [c.name for c in account.contacts if c.email and c.email.lower() in wanted and c.name]
    return one_line(names[0]) if len(names) == 1 else one_line(account.name)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@lru_cache(maxsize=256)
def _date_header(moment: datetime) -> str:
    return format_datetime(_aware(moment))


def template_context(
    business: BusinessConfig,
    account: Account,
    invoices: Sequence[Invoice],
    reminder: Reminder,
    locale: str,
    debt_advice: Sequence[DebtAdviceLink] = (),
) -> dict[str, Any]:
    """What a template can use (templates/email/_base.txt.j2 shows it in use). `fees_stopped`
    is true when no fee or interest may be mentioned to this debtor; `debt_advice` lists free
    debt advice services ({"name", "url"}) for plan offers."""
    today = _aware(reminder.planned_at).date()
    ordered = sorted(invoices, key=lambda i: (i.due_on, i.number))
    rows = [
        InvoiceRow(
            number=inv.number,
            issued=format_day(inv.issued_on, locale),
            due=format_day(inv.due_on, locale),
            amount=format_money(inv.amount, inv.currency, locale),
            balance=format_money(inv.balance, inv.currency, locale),
            days_overdue=inv.days_overdue(today),
            payment_link=inv.payment_link or "",
        )
        for inv in ordered
    ]
    totals = totals_by_currency((inv.balance, inv.currency) for inv in ordered)
    numbers = [inv.number for inv in ordered]

    def in_days(days: int) -> str:
        return format_day(today + timedelta(days=days), locale)

    return {
        "business_name": business.name,
        "signature": business.signature or business.name,
        "account_name": account.name,
        "greeting_name": _greeting_name(account, reminder.to),
        "invoices": rows,
        "single": len(rows) == 1,
        "invoice_word": "invoice" if len(rows) == 1 else "invoices",
        "invoice_numbers": _join_numbers(numbers),
        "subject_numbers": _join_numbers(numbers, SUBJECT_NUMBERS_MAX),
        "total": " + ".join(format_money(v, c, locale) for c, v in totals.items()),
        "first_due": rows[0].due if rows else "",
        "max_days_overdue": max((inv.days_overdue(today) for inv in ordered), default=0),
        "today": format_day(today, locale),
        "in_days": in_days,
        "lang": locale.replace("_", "-"),
        "step": reminder.step,
        "fees_stopped": reminder.fees_stopped,
        "debt_advice": [{"name": link.name, "url": link.url} for link in debt_advice],
    }


class ReminderComposer:
    """Composes the reminder emails of one business. Keep one and reuse it: templates and
    attachment encodings are cached in it."""

    def __init__(
        self,
        business: BusinessConfig,
        *,
        templates_dir: Path | None = None,
        templates: EmailTemplates | None = None,
        compliance: ComplianceConfig | None = None,
    ) -> None:
        self.business = business
        self.compliance = compliance or ComplianceConfig()
        self.templates = templates or EmailTemplates(templates_dir)
        self._attachments = AttachmentCache()
        self._from = mailbox(business.name, business.from_address, "business.from_address")
        self._domain = business.from_address.rpartition("@")[2]
        checked_address(business.reply_to, "business.reply_to")

    def locale_for(self, account: Account) -> str:
        return account.locale or self.business.locale

    def render(
        self,
        reminder: Reminder,
        account: Account,
        invoices: Sequence[Invoice],
        *,
        template: str | None = None,
        locale: str | None = None,
    ) -> Rendered:
        context = template_context(
            self.business, account, invoices, reminder, locale or self.locale_for(account),
            debt_advice=self.compliance.debt_advice,
        )
        return self.templates.render(template or reminder.template, context)

    def preview(
        self, reminder: Reminder, account: Account, invoices: Sequence[Invoice]
    ) -> tuple[str, str, str]:
        """(subject, text, html) for `duebot preview`."""
        rendered = self.render(reminder, account, invoices)
        return rendered.subject, rendered.text, rendered.html

    def compose(
        self,
        reminder: Reminder,
        account: Account,
        invoices: Sequence[Invoice],
        *,
        template: str | None = None,
        locale: str | None = None,
    ) -> ComposedEmail:
        rendered = self.render(reminder, account, invoices, template=template, locale=locale)
        return self.assemble(reminder, account, invoices, rendered)

    def assemble(
        self,
        reminder: Reminder,
        account: Account,
        invoices: Sequence[Invoice],
        rendered: Rendered,
        *,
        extra_parts: Sequence[str] = (),
    ) -> ComposedEmail:
        """The RFC 5322 bytes of rendered content; `extra_parts` are further MIME parts
        (e.g. a calendar attachment) after the invoice PDFs."""
        if not reminder.to:
            raise NoRecipients(reminder.key)
        names = {c.email.lower(): c.name for c in account.contacts if c.email}
        to = ("," + CRLF + " ").join(
            mailbox(names.get(addr.lower(), ""), addr, f"account {account.id!r} contact")
            for addr in reminder.to
        )
        replies = reply_address(self.business.reply_to, account.id)
        message_id = message_id_for(reminder.key, self._domain)
        key = one_line(reminder.key)
        tag = key if _BOUNDARY_SAFE.match(key) else sha256(key.encode()).hexdigest()[:32]
        headers = "".join((
            f"From: {self._from}{CRLF}",
            f"To: {to}{CRLF}",
            f"Reply-To: {mailbox(self.business.name, replies, 'reply address')}{CRLF}",
            header("Subject", rendered.subject),
            f"Date: {_date_header(reminder.planned_at)}{CRLF}",
            f"Message-ID: {message_id}{CRLF}",
            f"MIME-Version: 1.0{CRLF}",
            f"Auto-Submitted: auto-generated{CRLF}",
            f"X-Duebot-Key: {key}{CRLF}",
            f"List-Unsubscribe: <mailto:{replies}?subject=stop>{CRLF}",
        ))
        alternative = multipart("alternative", f"==duebot-alt-{tag}==",
                                [text_part(rendered.text), html_part(rendered.html)])
        attachments, missing = self._attachment_parts(invoices)
        attachments = [*attachments, *extra_parts]
        body = (multipart("mixed", f"==duebot-mix-{tag}==", [alternative, *attachments])
                if attachments else alternative)
        return ComposedEmail(
            raw=(headers + body).encode("ascii"),
            message_id=message_id,
            subject=rendered.subject,
            recipients=reminder.to,
            missing_attachments=missing,
        )

    def _attachment_parts(
        self, invoices: Sequence[Invoice]
    ) -> tuple[list[str], tuple[str, ...]]:
        parts: list[str] = []
        missing: list[str] = []
        for invoice in invoices:
            if not invoice.pdf_path:
                continue
            part = self._attachments.pdf_part(
                invoice.pdf_path, safe_filename(invoice.pdf_path, invoice.number))
            if part is None:
                missing.append(invoice.pdf_path)
            else:
                parts.append(part)
        return parts, tuple(missing)


def compose_reminder(
    business: BusinessConfig,
    account: Account,
    invoices: Sequence[Invoice],
    reminder: Reminder,
    *,
    template: str | None = None,
    locale: str | None = None,
    templates: EmailTemplates | None = None,
) -> ComposedEmail:
    """One email, composed once (a `ReminderComposer` kept around is faster for many)."""
    composer = ReminderComposer(business, templates=templates)
    return composer.compose(reminder, account, invoices, template=template, locale=locale)


def render_preview(
    business: BusinessConfig,
    account: Account,
    invoices: Sequence[Invoice],
    reminder: Reminder,
    *,
    template: str | None = None,
    locale: str | None = None,
    templates_dir: Path | None = None,
) -> tuple[str, str, str]:
    """(subject, text, html) of a reminder, for `duebot preview`."""
    composer = ReminderComposer(business, templates_dir=templates_dir)
    rendered = composer.render(reminder, account, invoices, template=template, locale=locale)
    return rendered.subject, rendered.text, rendered.html
