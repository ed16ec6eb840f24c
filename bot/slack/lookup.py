"""`/duebot`: look an account up, or note something on it.

    /duebot ACCOUNT            the account's summary and recent log (only you see it)
    /duebot note ACCOUNT text  adds a note to the account's log

ACCOUNT is the account's reference or a unique part of its name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.domain.events import Event, EventType
from bot.domain.models import Account, Invoice
from bot.slack.text import clip, escape, money

USAGE = ("Usage: `/duebot ACCOUNT` shows an account; `/duebot note ACCOUNT text` adds a note. "
         "ACCOUNT is its reference or a unique part of its name.")
RECENT = 10


@dataclass(frozen=True, slots=True)
class ShowAccount:
    query: str


@dataclass(frozen=True, slots=True)
class NoteAccount:
    query: str
    text: str


@dataclass(frozen=True, slots=True)
class Help:
    pass


Command = ShowAccount | NoteAccount | Help


def parse_command(text: str) -> Command:
    words = text.strip().split(maxsplit=2)
    if not words or words[0].lower() in ("help", "?"):
        return Help()
    if words[0].lower() == "note":
        if len(words) < 3:
            return Help()
        return NoteAccount(query=words[1], text=words[2])
    return ShowAccount(query=text.strip())


def find_accounts(accounts: Sequence[Account], query: str) -> list[Account]:
    """The account whose reference is `query`, else those whose name contains it."""
    wanted = query.strip().lower()
    exact = [a for a in accounts if a.id.lower() == wanted]
    if exact:
        return exact
    return [a for a in accounts if wanted and wanted in a.name.lower()]


def not_found_text(query: str, matches: Sequence[Account]) -> str:
    if not matches:
        return f"No account matches {query!r}."
    names = ", ".join(f"{a.name} ({a.id})" for a in matches[:10])
    return f"{query!r} matches several accounts: {names}. Use the reference."


def account_summary(
    account: Account, open_invoices: Sequence[Invoice], log: Sequence[Event], today: date,
    *, locale: str = "en_GB",
) -> list[Block]:
    """The account at a glance: contacts, open invoices with the total, and its recent log."""
    contacts = [" · ".join(escape(p) for p in (c.name, c.email or "", c.phone or "") if p)
                for c in account.contacts]
    lines = [f"• `{escape(inv.number)}` {money(inv.balance, inv.currency, locale)} · "
             f"{max(inv.days_overdue(today), 0)} days overdue"
             for inv in sorted(open_invoices, key=lambda i: i.due_on)]
    totals: dict[str, Decimal] = {}
    for inv in open_invoices:
        totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.balance
    total = ", ".join(money(amount, code, locale) for code, amount in sorted(totals.items()))
    recent = [f"• {e.at:%d %b %Y %H:%M} {escape(_describe(e))} ({escape(e.actor)})"
              for e in reversed(log[-RECENT:])]
    return [
        HeaderBlock(text=clip(f"{account.name} ({account.id})", 150)),
        SectionBlock(text="*Contacts*\n" + ("\n".join(contacts) or "none")),
        SectionBlock(text="*Open invoices*\n" + ("\n".join(lines) or "none")
                     + (f"\n*Total:* {total}" if total else "")),
        SectionBlock(text="*Recent log*\n" + ("\n".join(recent) or "nothing yet")),
        ContextBlock(elements=[MarkdownTextObject(text="Only you can see this.")]),
    ]


def _describe(event: Event) -> str:
    data = event.data
    if event.type == EventType.NOTE:
        return f"note: {clip(str(data.get('text', '')), 200)}"
    if event.type == EventType.CALL_OUTCOME:
        return f"call: {str(data.get('outcome', '')).replace('_', ' ')}"
    if event.type == EventType.REPLY_RECEIVED:
        return f"reply ({data.get('intent', '?')})"
    if event.type in (EventType.EMAIL_SENT, EventType.EMAIL_QUEUED):
        return f"{event.type.replace('_', ' ')} ({data.get('step', '')})"
    if event.type == EventType.PROMISE_MADE:
        return f"promise to pay by {data.get('date')}"
    return str(event.type).replace("_", " ")
