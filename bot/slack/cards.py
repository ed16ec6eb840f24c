"""The task card staff see in Slack: everything needed for the call on one card, and one button
per outcome. Pure functions of their inputs (`today` is passed in), built with slack_sdk's
Block Kit model classes.

Buttons carry the task ID as their value. Their action IDs are `duebot:outcome:<outcome>`
(`OUTCOME_ACTION_PREFIX`) and `duebot:note` (`NOTE_ACTION`); those whose label ends in "…"
open a modal (`bot.slack.modals`), the others record at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.domain.events import Event, EventType
from bot.domain.models import Account, Invoice
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.call_outcomes import Outcome
from bot.slack.text import clip, escape, money

OUTCOME_ACTION_PREFIX = "duebot:outcome:"
NOTE_ACTION = "duebot:note"
ACTIONS_BLOCK_ID = "duebot:outcomes"
RECORDED_BLOCK_ID = "duebot:recorded"
CALL_HOLD_BLOCK_ID = "duebot:call_hold"

MAX_INVOICE_LINES = 10
MAX_CONTACT_LINES = 3
MAX_REPLY_CHARS = 600

LABELS: dict[Outcome, str] = {
    Outcome.PROMISED_TO_PAY: "Promised to pay…",
    Outcome.PLAN_AGREED: "Agreed a plan…",
    Outcome.PAID_ALREADY: "Paid already…",
    Outcome.DISPUTED: "Disputed…",
    Outcome.LEFT_VOICEMAIL: "Left voicemail",
    Outcome.NO_ANSWER: "No answer",
    Outcome.WRONG_NUMBER: "Wrong number",
    Outcome.CALL_BACK_LATER: "Call back later…",
    Outcome.PAYMENT_RECEIVED: "Confirm payment received",
    Outcome.PAYMENT_NOT_RECEIVED: "Not received",
    Outcome.INVOICE_STANDS: "Resolve: invoice valid",
    Outcome.INVOICE_ADJUSTED: "Resolve: adjust…",
    Outcome.INVOICE_CANCELLED: "Resolve: cancel invoice…",
    Outcome.CONTACT_REENABLED: "Re-enable contact…",
    Outcome.RECLASSIFIED: "Reclassify…",
    Outcome.HANDLED: "Mark done",
    Outcome.CONFIRMED: "Confirm",
    Outcome.NOT_YET: "Not yet",
}
NOTE_LABEL = "Add note…"

#: Outcomes whose button opens a modal to collect inputs before recording.
MODAL_OUTCOMES = frozenset(outcome for outcome, label in LABELS.items() if label.endswith("…"))

CALL_OUTCOMES: tuple[Outcome, ...] = (
    Outcome.PROMISED_TO_PAY, Outcome.PLAN_AGREED, Outcome.PAID_ALREADY, Outcome.DISPUTED,
    Outcome.LEFT_VOICEMAIL, Outcome.NO_ANSWER, Outcome.WRONG_NUMBER, Outcome.CALL_BACK_LATER,
)

BUTTONS_BY_KIND: dict[TaskKind, tuple[Outcome, ...]] = {
    TaskKind.CALL: CALL_OUTCOMES,
    TaskKind.ESCALATE: (*CALL_OUTCOMES, Outcome.HANDLED),
    TaskKind.AGREE_PLAN: CALL_OUTCOMES,
    TaskKind.VERIFY_PAYMENT: (Outcome.PAYMENT_RECEIVED, Outcome.PAYMENT_NOT_RECEIVED),
    TaskKind.RESOLVE_DISPUTE: (Outcome.INVOICE_STANDS, Outcome.INVOICE_ADJUSTED,
                               Outcome.INVOICE_CANCELLED, Outcome.RECLASSIFIED),
    TaskKind.ANSWER_QUESTION: (Outcome.HANDLED, Outcome.RECLASSIFIED),
    TaskKind.NEW_CONTACT: (Outcome.CONTACT_REENABLED, Outcome.WRONG_NUMBER, Outcome.HANDLED),
    TaskKind.UNDELIVERABLE: (Outcome.CONTACT_REENABLED, Outcome.HANDLED),
    TaskKind.TRIAGE: (Outcome.RECLASSIFIED, Outcome.HANDLED),
    TaskKind.DELIVERY_UNKNOWN: (Outcome.HANDLED,),
    TaskKind.ALERT: (Outcome.HANDLED,),
    TaskKind.CONFIRM_STEP: (Outcome.CONFIRMED, Outcome.NOT_YET),
}

_HEADINGS: dict[TaskKind, str] = {
    TaskKind.CALL: "Please call",
    TaskKind.ESCALATE: "Decide on escalation",
    TaskKind.VERIFY_PAYMENT: "Check a payment",
    TaskKind.RESOLVE_DISPUTE: "Resolve a dispute",
    TaskKind.AGREE_PLAN: "Agree a payment plan",
    TaskKind.ANSWER_QUESTION: "Answer a question",
    TaskKind.NEW_CONTACT: "Find a new contact",
    TaskKind.TRIAGE: "Read a reply",
    TaskKind.DELIVERY_UNKNOWN: "Check an email",
    TaskKind.UNDELIVERABLE: "Find a working address",
    TaskKind.ALERT: "Please look",
    TaskKind.CONFIRM_STEP: "Confirm an escalation step",
}

_CONTACT_EVENTS = (EventType.EMAIL_SENT, EventType.REPLY_RECEIVED, EventType.CALL_OUTCOME)


@dataclass(frozen=True, slots=True)
class CardFacts:
    """What a card shows: the task, its account, the account's open invoices and its log."""

    task: StaffTask
    account: Account | None
    open_invoices: tuple[Invoice, ...]
    log: tuple[Event, ...]
    locale: str = "en_GB"
    #: Why calls about this debt may not be made now (US consumer call limits), if they may not:
    #: the card says so and offers no call-outcome buttons.
    call_hold: str | None = None


@dataclass(frozen=True, slots=True)
class RecordedOutcome:
    """An outcome as the card shows it once recorded."""

    summary: str
    by: str
    at: datetime


def outcome_action_id(outcome: Outcome) -> str:
    return f"{OUTCOME_ACTION_PREFIX}{outcome}"


def outcome_from_action_id(action_id: str) -> Outcome | None:
    if not action_id.startswith(OUTCOME_ACTION_PREFIX):
        return None
    try:
        return Outcome(action_id.removeprefix(OUTCOME_ACTION_PREFIX))
    except ValueError:
        return None


def task_card(facts: CardFacts, today: date) -> list[Block]:
    """The card for an open task, with its outcome buttons (no call outcomes while calls
    about the debt are paused)."""
    blocks = _facts_blocks(facts, today)
    held = facts.call_hold if _offers_calls(facts.task) else None
    if held:
        blocks.append(SectionBlock(block_id=CALL_HOLD_BLOCK_ID,
                                   text=f":no_entry: *Do not call now:* {escape(held)}"))
    return [*blocks, _buttons(facts.task, calls_paused=bool(held))]


def _offers_calls(task: StaffTask) -> bool:
    return any(o in CALL_OUTCOMES for o in BUTTONS_BY_KIND.get(task.kind, ()))


def recorded_card(facts: CardFacts, today: date, recorded: RecordedOutcome) -> list[Block]:
    """The card once an outcome is recorded: the outcome and who recorded it, no buttons."""
    return [*_facts_blocks(facts, today), _recorded_line(recorded)]


def _recorded_line(recorded: RecordedOutcome) -> SectionBlock:
    line = (f":white_check_mark: *{escape(recorded.summary)}* — recorded by "
            f"<@{recorded.by}> on {recorded.at:%Y-%m-%d %H:%M} UTC")
    return SectionBlock(block_id=RECORDED_BLOCK_ID, text=line)


def recorded_from_posted(
    posted: Sequence[Mapping[str, Any]], recorded: RecordedOutcome
) -> list[dict[str, Any]]:
    """The recorded card made from the card as Slack sent it back with a click: the same
    blocks without the buttons, plus the outcome line. (Cheaper than rebuilding the card.)"""
    kept = [dict(block) for block in posted
            if block.get("type") != "actions" and block.get("block_id") != RECORDED_BLOCK_ID]
    return [*kept, _recorded_line(recorded).to_dict()]


def card_text(facts: CardFacts) -> str:
    """The notification text that goes with a card (shown where blocks cannot be)."""
    name = facts.account.name if facts.account else facts.task.account_id
    return f"{_HEADINGS.get(facts.task.kind, 'Please look')}: {name}"


def _facts_blocks(facts: CardFacts, today: date) -> list[Block]:
    task, account = facts.task, facts.account
    blocks: list[Block] = [
        HeaderBlock(text=clip(card_text(facts), 150)),
        SectionBlock(text=f"*Why duebot is asking:* {escape(task.reason)}"),
        SectionBlock(fields=_debtor_fields(task, account)),
        DividerBlock(),
        SectionBlock(text=_invoice_lines(facts, today)),
        ContextBlock(elements=[MarkdownTextObject(text=_history_line(account))]),
    ]
    contacts = _contact_lines(facts.log)
    if contacts:
        blocks.append(SectionBlock(text="*Last contacts*\n" + "\n".join(contacts)))
    reply = _last_reply_text(facts.log)
    if reply:
        quoted = "\n".join(f"> {line}" for line in clip(reply, MAX_REPLY_CHARS).splitlines())
        blocks.append(SectionBlock(text=f"*Their last reply*\n{quoted}"))
    return blocks


def _debtor_fields(task: StaffTask, account: Account | None) -> list[MarkdownTextObject]:
    name = account.name if account else task.account_id
    fields = [MarkdownTextObject(text=f"*Debtor*\n{escape(name)} ({escape(task.account_id)})")]
    contact = next((c for c in account.contacts), None) if account else None
    if contact is not None:
        who = " · ".join(escape(part) for part in (contact.name, contact.role) if part)
        lines = [who] if who else []
        if contact.email:
            lines.append(escape(contact.email))
        fields.append(MarkdownTextObject(text="*Contact*\n" + ("\n".join(lines) or "—")))
    phone = next((c.phone for c in account.contacts if c.phone), None) if account else None
    if phone:
        fields.append(MarkdownTextObject(text=f"*Phone*\n{tel_link(phone)}"))
    return fields


def tel_link(phone: str) -> str:
    """A Slack link that dials `phone` (digits and a leading + kept in the tel: URI)."""
    shown = phone.strip()
    digits = "".join(ch for ch in shown if ch.isdigit())
    dial = f"+{digits}" if shown.startswith("+") else digits
    return f"<tel:{dial}|{escape(shown)}>"


def _invoice_lines(facts: CardFacts, today: date) -> str:
    invoices = sorted(facts.open_invoices, key=lambda inv: (inv.due_on, inv.number))
    if not invoices:
        return "*Open invoices:* none"
    asked = set(facts.task.invoices)
    lines = ["*Open invoices*"]
    for inv in invoices[:MAX_INVOICE_LINES]:
        days = inv.days_overdue(today)
        when = f"{days} days overdue" if days > 0 else (
            "due today" if days == 0 else f"due in {-days} days")
        mark = " ←" if inv.number in asked else ""
        lines.append(f"• `{escape(inv.number)}` {money(inv.balance, inv.currency, facts.locale)}"
                     f" · due {inv.due_on:%d %b %Y} · {when}{mark}")
    if len(invoices) > MAX_INVOICE_LINES:
        lines.append(f"…and {len(invoices) - MAX_INVOICE_LINES} more")
    lines.append("*Total:* " + ", ".join(_totals(invoices, facts.locale)))
    return "\n".join(lines)


def _totals(invoices: Sequence[Invoice], locale: str) -> list[str]:
    by_currency: dict[str, Decimal] = {}
    for inv in invoices:
        by_currency[inv.currency] = by_currency.get(inv.currency, Decimal(0)) + inv.balance
    return [money(total, currency, locale) for currency, total in sorted(by_currency.items())]


def _history_line(account: Account | None) -> str:
    history = account.history if account else None
    if history is None or history.invoices_paid == 0:
        return "Payment history: no paid invoices on record"
    rate = history.on_time_rate or 0.0
    line = f"Payment history: {rate:.0%} on time over {history.invoices_paid} invoices"
    last = history.last_payment_on
    return f"{line} · last payment {last:%d %b %Y}" if last else line


def _contact_lines(log: Sequence[Event]) -> list[str]:
    contacts = [e for e in log if e.type in _CONTACT_EVENTS]
    return [f"• {e.at:%d %b %Y} — {escape(_describe(e))}"
            for e in reversed(contacts[-MAX_CONTACT_LINES:])]


def _describe(event: Event) -> str:
    data = event.data
    if event.type == EventType.EMAIL_SENT:
        return f"email sent ({data.get('step', 'reminder')})"
    if event.type == EventType.REPLY_RECEIVED:
        return f"reply received ({data.get('intent', 'unclassified')})"
    return f"call: {str(data.get('outcome', '')).replace('_', ' ')}"


def _last_reply_text(log: Sequence[Event]) -> str | None:
    for event in reversed(log):
        if event.type == EventType.REPLY_RECEIVED:
            text = str(event.data.get("new_text") or "").strip()
            return escape(text) or None
    return None


def _buttons(task: StaffTask, *, calls_paused: bool = False) -> ActionsBlock:
    outcomes = BUTTONS_BY_KIND.get(task.kind, (Outcome.HANDLED,))
    if calls_paused:
        outcomes = tuple(o for o in outcomes if o not in CALL_OUTCOMES) or (Outcome.HANDLED,)
    elements = [ButtonElement(text=LABELS[outcome], action_id=outcome_action_id(outcome),
                              value=task.id,
                              style="primary" if outcome is outcomes[0] else None)
                for outcome in outcomes]
    elements.append(ButtonElement(text=NOTE_LABEL, action_id=NOTE_ACTION, value=task.id))
    return ActionsBlock(block_id=ACTIONS_BLOCK_ID, elements=elements)
