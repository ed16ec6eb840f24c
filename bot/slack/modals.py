"""Modals that collect an outcome's inputs (dates, amounts, instalment rows, notes), and reading
their submitted values back.

Each input block's `block_id` is the input's name in `bot.services.call_outcomes.InputField`
(or `instalment_fields`), so the service's field errors map straight onto
`ack(response_action="errors", errors={block_id: message})`. Every element's action ID is
`VALUE`. The modal's `private_metadata` carries the task and outcome (`ModalContext`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
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
from bot.slack.cards import LABELS, NOTE_LABEL

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


def outcome_modal(outcome: Outcome, facts: ModalFacts, today: date) -> View:
    """The modal for an outcome whose button label ends in "…"."""
    blocks = [ContextBlock(elements=[MarkdownTextObject(text=_about(facts))]),
              *_FIELDS[outcome](facts, today)]
    title = LABELS[outcome].removesuffix("…").removeprefix("Resolve: ")
    return View(type="modal", callback_id=OUTCOME_CALLBACK, title=title[:24], submit="Record",
                close="Cancel", blocks=blocks,
                private_metadata=ModalContext(facts.task_id, str(outcome)).dumps())


def note_modal(facts: ModalFacts) -> View:
    blocks = [ContextBlock(elements=[MarkdownTextObject(text=_about(facts))]),
              _note(required=True, label="Note")]
    return View(type="modal", callback_id=NOTE_CALLBACK, title=NOTE_LABEL.removesuffix("…"),
                submit="Add", close="Cancel", blocks=blocks,
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


def _about(facts: ModalFacts) -> str:
    numbers = ", ".join(inv.number for inv in facts.invoices) or "no invoices"
    return f"*{facts.account_name}* · {numbers} · balance {facts.balance} {facts.currency}"


def _date(field: str, label: str, *, initial: date | None, optional: bool = False) -> InputBlock:
    return InputBlock(block_id=field, label=label, optional=optional,
                      element=DatePickerElement(action_id=VALUE, initial_date=(
                          initial.isoformat() if initial else None)))


def _amount(field: str, label: str, currency: str, *, initial: Decimal | None = None,
            optional: bool = False) -> InputBlock:
    return InputBlock(block_id=field, label=f"{label} ({currency})", optional=optional,
                      element=PlainTextInputElement(
                          action_id=VALUE, placeholder="e.g. 120.00",
                          initial_value=None if initial is None else str(initial)))


def _note(*, required: bool, label: str = "Note", field: str = InputField.NOTE) -> InputBlock:
    return InputBlock(block_id=field, label=label, optional=not required,
                      element=PlainTextInputElement(action_id=VALUE, multiline=True,
                                                    max_length=NOTE_LIMIT))


def _select(field: str, label: str, choices: Sequence[tuple[str, str]]) -> InputBlock:
    options = [Option(value=value, text=text[:75]) for value, text in choices]
    return InputBlock(block_id=field, label=label,
                      element=StaticSelectElement(action_id=VALUE, options=options,
                                                  initial_option=options[0] if options else None))


def _invoice_select(facts: ModalFacts) -> list[Block]:
    if len(facts.invoices) <= 1:
        return []
    return [_select(InputField.INVOICE, "Invoice",
                    [(inv.number, f"{inv.number} · {inv.balance} {inv.currency}")
                     for inv in facts.invoices])]


def _promise_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [_date(InputField.DATE, "They will pay by", initial=today + timedelta(days=7)),
            _amount(InputField.AMOUNT, "Amount", facts.currency, initial=facts.balance or None,
                    optional=True),
            _note(required=False)]


def _plan_fields(facts: ModalFacts, today: date) -> list[Block]:
    rows: list[Block] = []
    for row in range(1, MAX_INSTALMENTS + 1):
        date_field, amount_field = instalment_fields(row)
        optional = row > 1
        rows.append(_date(date_field, f"Instalment {row}: date", initial=None,
                          optional=optional))
        rows.append(_amount(amount_field, f"Instalment {row}: amount", facts.currency,
                            optional=optional))
    return [*rows, _note(required=False)]


def _paid_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [_date(InputField.DATE, "They say they paid on", initial=None, optional=True),
            _amount(InputField.AMOUNT, "Amount they paid", facts.currency, optional=True),
            _note(required=False, label="How (bank transfer, reference...)")]


def _dispute_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [_note(required=True, label="What do they dispute?")]


def _call_back_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [InputBlock(block_id=InputField.CALL_BACK_AT, label="Call back at",
                       element=DateTimePickerElement(action_id=VALUE)),
            _note(required=False)]


def _adjust_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [*_invoice_select(facts),
            _amount(InputField.AMOUNT, "New balance", facts.currency),
            _note(required=True, label="Why")]


def _cancel_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [*_invoice_select(facts), _note(required=True, label="Why is it cancelled?")]


def _reenable_fields(facts: ModalFacts, today: date) -> list[Block]:
    return [_select(InputField.ADDRESS, "Address", [(a, a) for a in facts.addresses]),
            _note(required=True, label="Why may we write again?")]


def _reclassify_fields(facts: ModalFacts, today: date) -> list[Block]:
    choices = [(intent, intent.replace("_", " ")) for intent in REPLY_INTENTS]
    return [_select(InputField.INTENT, "The reply really says", choices),
            _note(required=False)]


_FIELDS = {
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
