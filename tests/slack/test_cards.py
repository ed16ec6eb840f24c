"""The task card and the modals: pure functions of what they are given."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from bot.domain.models import Account, Contact, Invoice
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.call_outcomes import InputField, Outcome
from bot.slack.cards import (
    MODAL_OUTCOMES,
    CardFacts,
    RecordedOutcome,
    outcome_action_id,
    outcome_from_action_id,
    recorded_card,
    task_card,
    tel_link,
)
from bot.slack.modals import ModalContext, ModalFacts, outcome_modal, read_inputs

TODAY = date(2026, 11, 22)
ACCOUNT = Account(id="ACME", name="Acme <Joinery> & Sons",
                  contacts=(Contact(email="ap@acme.example", name="Jo", phone="01632 960 123"),))
INVOICES = (
    Invoice("INV-2", "ACME", "EUR", Decimal("50"), Decimal("50"), date(2026, 11, 1),
            date(2026, 11, 30)),
    Invoice("INV-1", "ACME", "EUR", Decimal("100"), Decimal("75.50"), date(2026, 9, 1),
            date(2026, 10, 1)),
)
TASK = StaffTask(id="t-1", account_id="ACME", kind=TaskKind.CALL, reason="Promise broken",
                 created_at=datetime(2026, 11, 22, tzinfo=UTC), due_on=TODAY,
                 invoices=("INV-1",))


def dicts(blocks: Any) -> list[dict[str, Any]]:
    return [b.to_dict() for b in blocks]


def text_of(blocks: Any) -> str:
    return json.dumps(dicts(blocks), ensure_ascii=False)


def buttons(blocks: Any) -> list[str]:
    return [e["text"]["text"] for b in dicts(blocks) if b["type"] == "actions"
            for e in b["elements"]]


def card(task: StaffTask = TASK) -> Any:
    return task_card(CardFacts(task, ACCOUNT, INVOICES, ()), TODAY)


def test_the_phone_is_a_tel_link() -> None:
    assert tel_link("01632 960 123") == "<tel:01632960123|01632 960 123>"
    assert tel_link(" +44 (0)1632-960123 ") == "<tel:+4401632960123|+44 (0)1632-960123>"


def test_invoices_are_listed_oldest_first_with_days_overdue_and_a_total() -> None:
    text = text_of(card())

    assert text.index("INV-1") < text.index("INV-2")
    assert "€75.50 · due 01 Oct 2026 · 52 days overdue" in text
    assert "due in 8 days" in text
    assert "*Total:* €125.50" in text


def test_names_from_the_books_cannot_break_the_card_markup() -> None:
    assert "Acme &lt;Joinery&gt; &amp; Sons" in text_of(card())


def test_a_verify_payment_task_offers_received_or_not() -> None:
    assert buttons(card(replace(TASK, kind=TaskKind.VERIFY_PAYMENT))) == [
        "Confirm payment received", "Not received", "Add note…"]


def test_a_dispute_task_offers_the_three_resolutions() -> None:
    labels = buttons(card(replace(TASK, kind=TaskKind.RESOLVE_DISPUTE)))
    assert labels[:3] == ["Resolve: invoice valid", "Resolve: adjust…",
                          "Resolve: cancel invoice…"]


def test_the_recorded_card_shows_the_outcome_and_who_without_buttons() -> None:
    recorded = recorded_card(CardFacts(TASK, ACCOUNT, INVOICES, ()), TODAY,
                             RecordedOutcome("No answer", "W111",
                                             datetime(2026, 11, 22, 10, 5, tzinfo=UTC)))

    assert buttons(recorded) == []
    assert "No answer* — recorded by <@W111> on 2026-11-22 10:05 UTC" in text_of(recorded)


def test_action_ids_name_the_outcome() -> None:
    for outcome in Outcome:
        assert outcome_from_action_id(outcome_action_id(outcome)) is outcome
    assert outcome_from_action_id("duebot:outcome:nonsense") is None


def test_every_outcome_marked_with_an_ellipsis_has_a_modal_that_names_its_task() -> None:
    facts = ModalFacts("t-1", "Acme", INVOICES, ("ap@acme.example",))
    for outcome in MODAL_OUTCOMES:
        view = outcome_modal(outcome, facts, TODAY).to_dict()
        assert ModalContext.loads(view["private_metadata"]) == ModalContext("t-1", outcome)
        inputs = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
        assert inputs, outcome


def test_submitted_values_are_read_by_field_name() -> None:
    call_back = datetime(2026, 11, 24, 14, 30, tzinfo=UTC)
    values: dict[str, dict[str, dict[str, Any]]] = {
        InputField.DATE: {"value": {"type": "datepicker", "selected_date": "2026-12-01"}},
        InputField.AMOUNT: {"value": {"type": "plain_text_input", "value": "10"}},
        InputField.NOTE: {"value": {"type": "plain_text_input", "value": None}},
        InputField.INTENT: {"value": {"type": "static_select",
                                      "selected_option": {"value": "paid"}}},
        InputField.CALL_BACK_AT: {"value": {"type": "datetimepicker",
                                            "selected_date_time": int(call_back.timestamp())}},
    }

    assert read_inputs(values) == {"date": "2026-12-01", "amount": "10", "note": "",
                                   "intent": "paid",
                                   "call_back_at": "2026-11-24T14:30:00+00:00"}
