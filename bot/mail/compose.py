"""Build a reminder email: templates rendered for the debtor, then the exact bytes to send.

`ReminderComposer.compose` turns (business, account, invoices, reminder) into RFC 5322 bytes:
multipart/alternative text + HTML (the HTML's CSS inlined), wrapped in multipart/mixed with the
invoice PDFs when there are any. Everything in it is a function of its inputs: the Message-ID
comes from the reminder's idempotency key, `Date` from when it was planned, the MIME boundaries
from the key, so composing the same reminder twice gives the same bytes.

The MIME is written directly rather than through `email.message.EmailMessage`, which costs
about a millisecond per message (more than sending it). Header values go through one gate,
`_header`, which removes line breaks and control characters and RFC 2047-encodes anything
non-ASCII, so nothing from the data (a name with CR/LF, a subject) can add a header. The tests
parse what this writes with the standard library to hold it to the RFCs.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, TemplateNotFound
from jinja2.runtime import Context

from bot.config import BusinessConfig
from bot.domain.addressing import reply_address
from bot.domain.models import Account, Invoice
from bot.domain.money import format_day, format_money, totals_by_currency
from bot.domain.reminders import Reminder, message_id_for

SUBJECT_NUMBERS_MAX = 3
CRLF = "\r\n"
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_FILENAME_JUNK = re.compile(r"[^A-Za-z0-9._-]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def default_templates_dir() -> Path:
    """The repository's `templates/` directory (owners may edit what is in it)."""
    return Path(__file__).resolve().parents[2] / "templates"


class ComposeError(Exception):
    """An email that cannot be built, with what it was for and why."""

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason


class UnknownTemplate(ComposeError):
    """No such email template (both `NAME.txt.j2` and `NAME.html.j2` are needed)."""


class UnsafeAddress(ComposeError):
    """An email address that cannot go into a header as it is."""


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


@dataclass(frozen=True, slots=True)
class ComposedEmail:
    """A reminder ready to send: the bytes, and what the outbox records about it."""

    raw: bytes
    message_id: str
    subject: str
    recipients: tuple[str, ...] = ()
    missing_attachments: tuple[str, ...] = ()


def _is_html(name: str | None) -> bool:
    return bool(name) and str(name).endswith((".html.j2", ".html"))


class EmailTemplates:
    """The Jinja2 email templates, compiled once, plus the CSS inliner for their HTML.

    Templates live in `<dir>/email/`: `NAME.txt.j2` (with a `subject` block) and
    `NAME.html.j2`. Edits are picked up when a file's modification time changes.
    """

    def __init__(self, templates_dir: Path | None = None) -> None:
        self.directory = Path(templates_dir) if templates_dir else default_templates_dir()
        self._env = Environment(
            loader=FileSystemLoader(str(self.directory / "email")),
            autoescape=_is_html,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=True,
        )
        self._inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)

    def _template(self, name: str, kind: str) -> Template:
        try:
            return self._env.get_template(f"{name}.{kind}.j2")
        except TemplateNotFound as exc:
            raise UnknownTemplate(
                f"template {name!r}", f"{self.directory / 'email' / f'{name}.{kind}.j2'} not found"
            ) from exc

    def render(self, name: str, context: dict[str, Any]) -> Rendered:
        text_template = self._template(name, "txt")
        html_template = self._template(name, "html")
        if "subject" not in text_template.blocks:
            raise UnknownTemplate(f"template {name!r}", "the text template has no subject block")
        subject_context = text_template.new_context(context)
        subject = _one_line("".join(text_template.blocks["subject"](subject_context)))
        full = {**context, "subject": subject}
        text_context = text_template.new_context(full)
        text_context.blocks["subject"] = [_nothing]
        text = _tidy_text("".join(text_template.root_render_func(text_context)))
        html = self._inliner.inline(html_template.render(full))
        return Rendered(subject=subject, text=text, html=html)


def _nothing(context: Context) -> Iterator[str]:
    """Renders a block as nothing (the subject block, where it sits in the text body)."""
    return iter(())


def _one_line(value: str) -> str:
    return " ".join(_CONTROL.sub(" ", value).split())


def _tidy_text(text: str) -> str:
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"


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
    return _one_line(names[0]) if len(names) == 1 else _one_line(account.name)


def _as_utc_aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def template_context(
    business: BusinessConfig,
    account: Account,
    invoices: Sequence[Invoice],
    reminder: Reminder,
    locale: str,
) -> dict[str, Any]:
    """What a template can use (see templates/email/_base.txt.j2 for the shape)."""
    today = _as_utc_aware(reminder.planned_at).date()
    ordered = sorted(invoices, key=lambda i: (i.due_on, i.number))
    rows = [
        {
            "number": inv.number,
            "issued": format_day(inv.issued_on, locale),
            "due": format_day(inv.due_on, locale),
            "amount": format_money(inv.amount, inv.currency, locale),
            "balance": format_money(inv.balance, inv.currency, locale),
            "days_overdue": inv.days_overdue(today),
            "payment_link": inv.payment_link or "",
        }
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
        "first_due": rows[0]["due"] if rows else "",
        "max_days_overdue": max((inv.days_overdue(today) for inv in ordered), default=0),
        "today": format_day(today, locale),
        "in_days": in_days,
        "lang": locale.replace("_", "-"),
        "step": reminder.step,
    }


def _header(name: str, value: str) -> str:
    """One header line (folded if long): no control characters, non-ASCII RFC 2047-encoded."""
    clean = _one_line(value)
    if clean.isascii() and len(name) + len(clean) < 76:
        return f"{name}: {clean}{CRLF}"
    charset = "us-ascii" if clean.isascii() else "utf-8"
    encoded = Header(clean, charset, header_name=name).encode(linesep=CRLF)
    return f"{name}: {encoded}{CRLF}"


def checked_address(address: str, what: str) -> str:
    """`address` if it is a plain ASCII addr-spec that is safe in a header, else UnsafeAddress."""
    if not _ADDRESS.match(address) or ".." in address:
        raise UnsafeAddress(what, f"{address!r} is not a plain email address")
    return address


def _mailbox(name: str, address: str, what: str) -> str:
    return formataddr((_one_line(name), checked_address(address, what)), charset="utf-8")


def _qp(text: str) -> str:
    body = text.replace("\r\n", "\n").replace("\n", CRLF).encode("utf-8")
    return binascii.b2a_qp(body, quotetabs=False, istext=True).decode("ascii")


def _base64(data: bytes) -> str:
    """Base64 in 76-character lines, each ending in CRLF (RFC 2045)."""
    encoded = base64.b64encode(data).decode("ascii")
    return "".join(encoded[i:i + 76] + CRLF for i in range(0, len(encoded), 76))


def _text_part(body: str) -> str:
    """The plain text, quoted-printable: readable in the raw message, and short."""
    return (
        f'Content-Type: text/plain; charset="utf-8"{CRLF}'
        f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}"
        f"{_qp(body)}"
    )


def _html_part(body: str) -> str:
    """The HTML, base64: several times cheaper to encode than quoted-printable for markup."""
    return (
        f'Content-Type: text/html; charset="utf-8"{CRLF}'
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}"
        f"{_base64(body.encode('utf-8'))}"
    )


def _multipart(subtype: str, boundary: str, parts: Sequence[str]) -> str:
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{CRLF}{CRLF}'
    body = "".join(f"--{boundary}{CRLF}{part}{CRLF}" for part in parts)
    return f"{head}{body}--{boundary}--{CRLF}"


class AttachmentCache:
    """Base64 MIME parts of invoice PDFs, re-read only when a file changes."""

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._parts: OrderedDict[tuple[str, int, int, str], str] = OrderedDict()

    def part(self, path: str, filename: str) -> str | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        key = (path, stat.st_mtime_ns, stat.st_size, filename)
        cached = self._parts.get(key)
        if cached is not None:
            self._parts.move_to_end(key)
            return cached
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        encoded = _base64(data)
        part = (
            f'Content-Type: application/pdf; name="{filename}"{CRLF}'
            f'Content-Disposition: attachment; filename="{filename}"{CRLF}'
            f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{encoded}"
        )
        self._parts[key] = part
        if len(self._parts) > self._size:
            self._parts.popitem(last=False)
        return part


def _pdf_filename(invoice: Invoice) -> str:
    stem = _FILENAME_JUNK.sub("-", Path(invoice.pdf_path or "").stem).strip("-.")
    stem = stem or _FILENAME_JUNK.sub("-", invoice.number).strip("-.") or "invoice"
    return f"{stem[:60]}.pdf"


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2]


class ReminderComposer:
    """Composes reminder emails for one business. Keep one and reuse it: templates, the CSS
    inliner and attachment encodings are cached in it."""

    def __init__(
        self,
        business: BusinessConfig,
        *,
        templates_dir: Path | None = None,
        templates: EmailTemplates | None = None,
    ) -> None:
        self.business = business
        self.templates = templates or EmailTemplates(templates_dir)
        self._attachments = AttachmentCache()
        self._from = _mailbox(business.name, business.from_address, "business.from_address")
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
            self.business, account, invoices, reminder, locale or self.locale_for(account)
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
    ) -> ComposedEmail:
        """The RFC 5322 bytes for rendered content."""
        if not reminder.to:
            raise UnsafeAddress(f"reminder {reminder.key}", "it has no recipients")
        names = {c.email.lower(): c.name for c in account.contacts if c.email}
        to = ("," + CRLF + " ").join(
            _mailbox(names.get(addr.lower(), ""), addr, f"account {account.id} contact")
            for addr in reminder.to
        )
        replies = reply_address(self.business.reply_to, account.id)
        message_id = message_id_for(reminder.key, _domain_of(self.business.from_address))
        headers = "".join((
            f"From: {self._from}{CRLF}",
            f"To: {to}{CRLF}",
            f"Reply-To: {_mailbox(self.business.name, replies, 'reply address')}{CRLF}",
            _header("Subject", rendered.subject),
            f"Date: {format_datetime(_as_utc_aware(reminder.planned_at))}{CRLF}",
            f"Message-ID: {message_id}{CRLF}",
            f"MIME-Version: 1.0{CRLF}",
            f"Auto-Submitted: auto-generated{CRLF}",
            f"X-Duebot-Key: {_one_line(reminder.key)}{CRLF}",
            f"List-Unsubscribe: <mailto:{replies}?subject=stop>{CRLF}",
        ))
        alternative = _multipart("alternative", f"==duebot-alt-{reminder.key}==", [
            _text_part(rendered.text),
            _html_part(rendered.html),
        ])
        attachments, missing = self._attachment_parts(invoices)
        body = (
            _multipart("mixed", f"==duebot-mix-{reminder.key}==", [alternative, *attachments])
            if attachments else alternative
        )
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
            part = self._attachments.part(invoice.pdf_path, _pdf_filename(invoice))
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
    """One-off composing (a `ReminderComposer` kept around is faster for many)."""
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

