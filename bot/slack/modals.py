"""Modals that collect an outcome's inputs (dates, amounts, instalment rows, notes), and reading
their submitted values back.

Each input block's `block_id` is the input's name in `bot.services.call_outcomes.InputField`
(or `instalment_fields`), so the service's field errors map straight onto
`ack(response_action="errors", errors={block_id: message})`. Every element's action ID is
`VALUE`. The modal's `private_metadata` carries the task and outcome (`ModalContext`). The
words are the owner's (`templates/slack/modals.toml`, `bot.slack.wording`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DatePickerElement,
    DateTimePickerElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.domain.models import Invoice
from bot.services.call_outcomes import (
    MAX_INSTALMENTS,
    NOTE_LIMIT,
    REPLY_INTENTS,
    InputField,
    Outcome,
    instalment_fields,
)
from bot.slack.text import escape
from bot.slack.wording import Mrkdwn, SlackWording, default_wording

OUTCOME_CALLBACK = "duebot:outcome_modal"
NOTE_CALLBACK = "duebot:note_modal"
VALUE = "value"
NOTE_OUTCOME = "note"


@dataclass(frozen=True, slots=True)
class ModalContext:
    """What a submitted modal is about (kept in the view's private_metadata)."""

    task_id: str
    outcome: str  # an Outcome value, or NOTE_OUTCOME

    def dumps(self) -> str:
        return json.dumps({"task_id": self.task_id, "outcome": self.outcome})

    @classmethod
    def loads(cls, raw: str | None) -> ModalContext | None:
        try:
            data = json.loads(raw or "")
            return cls(task_id=str(data["task_id"]), outcome=str(data["outcome"]))
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True, slots=True)
class ModalFacts:
    """What a modal offers: the task's invoices and the account's addresses."""

    task_id: str
    account_name: str
    invoices: tuple[Invoice, ...]
    addresses: tuple[str, ...] = ()

    @property
    def currency(self) -> str:
        return self.invoices[0].currency if self.invoices else "GBP"

    @property
    def balance(self) -> Decimal:
        return sum((inv.balance for inv in self.invoices), Decimal(0))


def outcome_modal(outcome: Outcome, facts: ModalFacts, today: date,
                  wording: SlackWording | None = None) -> View:
    """The modal for an outcome in `MODAL_OUTCOMES`."""
    words = wording or default_wording()
    blocks = [ContextBlock(elements=[MarkdownTextObject(text=_about(facts, words))]),
              *_FIELDS[outcome](facts, today, words)]
    title = words.plain(f"modals.title.{outcome}")
    return View(type="modal", callback_id=OUTCOME_CALLBACK, title=title[:24],
                submit=words.plain("modals.record"), close=words.plain("modals.cancel"),
                blocks=blocks, private_metadata=ModalContext(facts.task_id, str(outcome)).dumps())


def note_modal(facts: ModalFacts, wording: SlackWording | None = None) -> View:
    words = wording or default_wording()
    blocks = [ContextBlock(elements=[MarkdownTextObject(text=_about(facts, words))]),
              _note(words, required=True)]
    return View(type="modal", callback_id=NOTE_CALLBACK,
                title=words.plain("modals.note_title")[:24], submit=words.plain("modals.note_add"),
                close=words.plain("modals.cancel"), blocks=blocks,
                private_metadata=ModalContext(facts.task_id, NOTE_OUTCOME).dumps())


def read_inputs(state_values: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[str, str]:
    """The submitted values by input name, as strings ("" when left empty)."""
    inputs: dict[str, str] = {}
    for block_id, actions in state_values.items():
        for element in actions.values():
            inputs[block_id] = _element_value(element)
    return inputs


def _element_value(element: Mapping[str, Any]) -> str:
    kind = element.get("type")
    if kind == "datepicker":
        return str(element.get("selected_date") or "")
    if kind == "datetimepicker":
        stamp = element.get("selected_date_time")
        return "" if stamp is None else datetime.fromtimestamp(int(stamp), UTC).isoformat()
    if kind in ("static_select", "radio_buttons"):
        option = element.get("selected_option") or {}
        return str(option.get("value") or "")
    return str(element.get("value") or "")


def _about(facts: ModalFacts, words: SlackWording) -> str:
    numbers = (Mrkdwn(", ".join(escape(inv.number) for inv in facts.invoices))
               or words.mrkdwn("modals.no_invoices"))
    return words.mrkdwn("modals.about", account=facts.account_name, invoices=numbers,
                        balance=facts.balance, currency=facts.currency)


def _date(field: str, label: str, *, initial: date | None, optional: bool = False) -> InputBlock:
    return InputBlock(block_id=field, label=label, optional=optional,
                      element=DatePickerElement(action_id=VALUE, initial_date=(
                          initial.isoformat() if initial else None)))


def _amount(field: str, label: str, words: SlackWording, *, initial: Decimal | None = None,
            optional: bool = False) -> InputBlock:
    return InputBlock(block_id=field, label=label, optional=optional,
                      element=PlainTextInputElement(
                          action_id=VALUE, placeholder=words.plain("modals.amount_placeholder"),
                          initial_value=None if initial is None else str(initial)))


def _note(words: SlackWording, *, required: bool, label: str | None = None,
          field: str = InputField.NOTE) -> InputBlock:
    return InputBlock(block_id=field, label=words.plain("modals.note") if label is None else label,
                      optional=not required,
                      element=PlainTextInputElement(action_id=VALUE, multiline=True,
                                                    max_length=NOTE_LIMIT))


def _select(field: str, label: str, choices: Sequence[tuple[str, str]]) -> InputBlock:
    options = [Option(value=value, text=text[:75]) for value, text in choices]
    return InputBlock(block_id=field, label=label,
                      element=StaticSelectElement(action_id=VALUE, options=options,
                                                  initial_option=options[0] if options else None))


def _invoice_select(facts: ModalFacts, words: SlackWording) -> list[Block]:
    if len(facts.invoices) <= 1:
        return []
    return [_select(InputField.INVOICE, words.plain("modals.invoice"),
                    [(inv.number, words.plain("modals.invoice_option", number=inv.number,
                                              balance=inv.balance, currency=inv.currency))
                     for inv in facts.invoices])]


def _promise_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [_date(InputField.DATE, words.plain("modals.promise_date"),
                  initial=today + timedelta(days=7)),
            _amount(InputField.AMOUNT,
                    words.plain("modals.promise_amount", currency=facts.currency), words,
                    initial=facts.balance or None, optional=True),
            _note(words, required=False)]


def _plan_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    rows: list[Block] = []
    for row in range(1, MAX_INSTALMENTS + 1):
        date_field, amount_field = instalment_fields(row)
        optional = row > 1
        rows.append(_date(date_field, words.plain("modals.instalment_date", row=row),
                          initial=None, optional=optional))
        rows.append(_amount(amount_field, words.plain("modals.instalment_amount", row=row,
                                                      currency=facts.currency),
                            words, optional=optional))
    return [*rows, _note(words, required=False)]


def _paid_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [_date(InputField.DATE, words.plain("modals.paid_date"), initial=None,
                  optional=True),
            _amount(InputField.AMOUNT, words.plain("modals.paid_amount", currency=facts.currency),
                    words, optional=True),
            _note(words, required=False, label=words.plain("modals.paid_how"))]


def _dispute_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [_note(words, required=True, label=words.plain("modals.dispute"))]


def _call_back_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [InputBlock(block_id=InputField.CALL_BACK_AT, label=words.plain("modals.call_back_at"),
                       element=DateTimePickerElement(action_id=VALUE)),
            _note(words, required=False)]


def _adjust_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [*_invoice_select(facts, words),
            _amount(InputField.AMOUNT, words.plain("modals.new_balance", currency=facts.currency),
                    words),
            _note(words, required=True, label=words.plain("modals.adjust_why"))]


def _cancel_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [*_invoice_select(facts, words),
            _note(words, required=True, label=words.plain("modals.cancel_why"))]


def _reenable_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    return [_select(InputField.ADDRESS, words.plain("modals.address"),
                    [(a, a) for a in facts.addresses]),
            _note(words, required=True, label=words.plain("modals.reenable_why"))]


def _reclassify_fields(facts: ModalFacts, today: date, words: SlackWording) -> list[Block]:
    choices = [(intent, intent.replace("_", " ")) for intent in REPLY_INTENTS]
    return [_select(InputField.INTENT, words.plain("modals.reclassify"), choices),
            _note(words, required=False)]


_FIELDS: dict[Outcome, Callable[[ModalFacts, date, SlackWording], list[Block]]] = {
    Outcome.PROMISED_TO_PAY: _promise_fields,
    Outcome.PLAN_AGREED: _plan_fields,
    Outcome.PAID_ALREADY: _paid_fields,
    Outcome.DISPUTED: _dispute_fields,
    Outcome.CALL_BACK_LATER: _call_back_fields,
    Outcome.INVOICE_ADJUSTED: _adjust_fields,
    Outcome.INVOICE_CANCELLED: _cancel_fields,
    Outcome.CONTACT_REENABLED: _reenable_fields,
    Outcome.RECLASSIFIED: _reclassify_fields,
}
