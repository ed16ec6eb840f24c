"""The task card staff see in Slack: everything needed for the call on one card, and one button
per outcome. Pure functions of their inputs (`today` is passed in), built with slack_sdk's
Block Kit model classes.

Buttons carry the task ID as their value. Their action IDs are `duebot:outcome:<outcome>`
(`OUTCOME_ACTION_PREFIX`) and `duebot:note` (`NOTE_ACTION`); those in `MODAL_OUTCOMES` open a
modal (`bot.slack.modals`), the others record at once. The words are the owner's
(`templates/slack/cards.toml`, `bot.slack.wording`); each builder takes them, or uses
duebot's own.
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
from bot.slack.wording import MODAL_OUTCOMES as MODAL_OUTCOMES
from bot.slack.wording import Mrkdwn, SlackWording, default_wording

OUTCOME_ACTION_PREFIX = "duebot:outcome:"
NOTE_ACTION = "duebot:note"
ACTIONS_BLOCK_ID = "duebot:outcomes"
RECORDED_BLOCK_ID = "duebot:recorded"
CALL_HOLD_BLOCK_ID = "duebot:call_hold"

MAX_INVOICE_LINES = 10
MAX_CONTACT_LINES = 3
MAX_REPLY_CHARS = 600

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


def task_card(facts: CardFacts, today: date,
              wording: SlackWording | None = None) -> list[Block]:
    """The card for an open task, with its outcome buttons (no call outcomes while calls
    about the debt are paused)."""
    words = wording or default_wording()
    blocks = _facts_blocks(facts, today, words)
    held = facts.call_hold if _offers_calls(facts.task) else None
    if held:
        blocks.append(SectionBlock(block_id=CALL_HOLD_BLOCK_ID,
                                   text=words.mrkdwn("cards.card.do_not_call", reason=held)))
    return [*blocks, _buttons(facts.task, words, calls_paused=bool(held))]


def _offers_calls(task: StaffTask) -> bool:
    return any(o in CALL_OUTCOMES for o in BUTTONS_BY_KIND.get(task.kind, ()))


def recorded_card(facts: CardFacts, today: date, recorded: RecordedOutcome,
                  wording: SlackWording | None = None) -> list[Block]:
    """The card once an outcome is recorded: the outcome and who recorded it, no buttons."""
    words = wording or default_wording()
    return [*_facts_blocks(facts, today, words), _recorded_line(recorded, words)]


def _recorded_line(recorded: RecordedOutcome, words: SlackWording) -> SectionBlock:
    line = words.mrkdwn("cards.card.recorded", summary=recorded.summary,
                        by=Mrkdwn(f"<@{recorded.by}>"), at=recorded.at)
    return SectionBlock(block_id=RECORDED_BLOCK_ID, text=line)


def recorded_from_posted(
    posted: Sequence[Mapping[str, Any]], recorded: RecordedOutcome,
    wording: SlackWording | None = None,
) -> list[dict[str, Any]]:
    """The recorded card made from the card as Slack sent it back with a click: the same
    blocks without the buttons, plus the outcome line. (Cheaper than rebuilding the card.)"""
    kept = [dict(block) for block in posted
            if block.get("type") != "actions" and block.get("block_id") != RECORDED_BLOCK_ID]
    return [*kept, _recorded_line(recorded, wording or default_wording()).to_dict()]


def card_text(facts: CardFacts, wording: SlackWording | None = None) -> str:
    """The notification text that goes with a card (shown where blocks cannot be)."""
    words = wording or default_wording()
    name = facts.account.name if facts.account else facts.task.account_id
    return words.plain("cards.card.title", heading=words.plain(f"cards.heading.{facts.task.kind}"),
                       name=name)


def _facts_blocks(facts: CardFacts, today: date, words: SlackWording) -> list[Block]:
    task, account = facts.task, facts.account
    blocks: list[Block] = [
        HeaderBlock(text=clip(card_text(facts, words), 150)),
        SectionBlock(text=words.mrkdwn("cards.card.why", reason=task.reason)),
        SectionBlock(fields=_debtor_fields(task, account, words)),
        DividerBlock(),
        SectionBlock(text=_invoice_lines(facts, today, words)),
        ContextBlock(elements=[MarkdownTextObject(text=_history_line(account, words))]),
    ]
    contacts = _contact_lines(facts.log, words)
    if contacts:
        blocks.append(SectionBlock(text=words.mrkdwn("cards.card.last_contacts",
                                                     lines=Mrkdwn("\n".join(contacts)))))
    reply = _last_reply_text(facts.log)
    if reply:
        quoted = "\n".join(f"> {line}" for line in clip(reply, MAX_REPLY_CHARS).splitlines())
        blocks.append(SectionBlock(text=words.mrkdwn("cards.card.last_reply",
                                                     quoted=Mrkdwn(quoted))))
    return blocks


def _debtor_fields(task: StaffTask, account: Account | None,
                   words: SlackWording) -> list[MarkdownTextObject]:
    name = account.name if account else task.account_id
    fields = [MarkdownTextObject(text=words.mrkdwn("cards.card.debtor", name=name,
                                                   account_id=task.account_id))]
    contact = next((c for c in account.contacts), None) if account else None
    if contact is not None:
        who = " · ".join(escape(part) for part in (contact.name, contact.role) if part)
        lines = [who] if who else []
        if contact.email:
            lines.append(escape(contact.email))
        details = Mrkdwn("\n".join(lines) or "—")
        fields.append(MarkdownTextObject(text=words.mrkdwn("cards.card.contact",
                                                           details=details)))
    phone = next((c.phone for c in account.contacts if c.phone), None) if account else None
    if phone:
        fields.append(MarkdownTextObject(text=words.mrkdwn("cards.card.phone",
                                                           phone=tel_link(phone))))
    return fields


def tel_link(phone: str) -> Mrkdwn:
    """A Slack link that dials `phone` (digits and a leading + kept in the tel: URI)."""
    shown = phone.strip()
    digits = "".join(ch for ch in shown if ch.isdigit())
    dial = f"+{digits}" if shown.startswith("+") else digits
    return Mrkdwn(f"<tel:{dial}|{escape(shown)}>")


def _invoice_lines(facts: CardFacts, today: date, words: SlackWording) -> Mrkdwn:
    invoices = sorted(facts.open_invoices, key=lambda inv: (inv.due_on, inv.number))
    if not invoices:
        return words.mrkdwn("cards.card.invoices_none")
    asked = set(facts.task.invoices)
    lines = [words.mrkdwn("cards.card.invoice", number=inv.number,
                          balance=money(inv.balance, inv.currency, facts.locale),
                          due_on=inv.due_on, when=_when(inv.days_overdue(today), words),
                          asked=inv.number in asked)
             for inv in invoices[:MAX_INVOICE_LINES]]
    if len(invoices) > MAX_INVOICE_LINES:
        lines.append(words.mrkdwn("cards.card.more", count=len(invoices) - MAX_INVOICE_LINES))
    return words.mrkdwn("cards.card.invoices", lines=Mrkdwn("\n".join(lines)),
                        totals=", ".join(_totals(invoices, facts.locale)))


def _when(days_overdue: int, words: SlackWording) -> Mrkdwn:
    if days_overdue > 0:
        return words.mrkdwn("cards.card.overdue", days=days_overdue)
    if days_overdue == 0:
        return words.mrkdwn("cards.card.due_today")
    return words.mrkdwn("cards.card.due_in", days=-days_overdue)


def _totals(invoices: Sequence[Invoice], locale: str) -> list[str]:
    by_currency: dict[str, Decimal] = {}
    for inv in invoices:
        by_currency[inv.currency] = by_currency.get(inv.currency, Decimal(0)) + inv.balance
    return [money(total, currency, locale) for currency, total in sorted(by_currency.items())]


def _history_line(account: Account | None, words: SlackWording) -> Mrkdwn:
    history = account.history if account else None
    if history is None or history.invoices_paid == 0:
        return words.mrkdwn("cards.card.history_none")
    rate = history.on_time_rate or 0.0
    return words.mrkdwn("cards.card.history", on_time=f"{rate:.0%}",
                        paid=history.invoices_paid, last_payment=history.last_payment_on)


def _contact_lines(log: Sequence[Event], words: SlackWording) -> list[Mrkdwn]:
    contacts = [e for e in log if e.type in _CONTACT_EVENTS]
    return [words.mrkdwn("cards.card.contact_line", on=e.at, what=_describe(e, words))
            for e in reversed(contacts[-MAX_CONTACT_LINES:])]


def _describe(event: Event, words: SlackWording) -> str:
    """What a contact was, as plain text (escaped where it is inserted)."""
    data = event.data
    if event.type == EventType.EMAIL_SENT:
        return words.plain("cards.card.email_sent", step=str(data.get("step", "reminder")))
    if event.type == EventType.REPLY_RECEIVED:
        return words.plain("cards.card.reply_received",
                           intent=str(data.get("intent", "unclassified")))
    return words.plain("cards.card.call", outcome=str(data.get("outcome", "")).replace("_", " "))


def _last_reply_text(log: Sequence[Event]) -> str | None:
    for event in reversed(log):
        if event.type == EventType.REPLY_RECEIVED:
            text = str(event.data.get("new_text") or "").strip()
            return escape(text) or None
    return None


def _buttons(task: StaffTask, words: SlackWording, *, calls_paused: bool = False) -> ActionsBlock:
    outcomes = BUTTONS_BY_KIND.get(task.kind, (Outcome.HANDLED,))
    if calls_paused:
        outcomes = tuple(o for o in outcomes if o not in CALL_OUTCOMES) or (Outcome.HANDLED,)
    elements = [ButtonElement(text=words.plain(f"cards.button.{outcome}"),
                              action_id=outcome_action_id(outcome), value=task.id,
                              style="primary" if outcome is outcomes[0] else None)
                for outcome in outcomes]
    elements.append(ButtonElement(text=words.plain("cards.button.note"), action_id=NOTE_ACTION,
                                  value=task.id))
    return ActionsBlock(block_id=ACTIONS_BLOCK_ID, elements=elements)
