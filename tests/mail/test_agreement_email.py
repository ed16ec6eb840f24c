"""Agreement emails as composed: every template styled at load, deterministic bytes, the
`.ics` of the dates still to pay, each date and amount in the text and HTML parts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import cast

import icalendar
import pytest

from bot.config import AgreementsConfig
from bot.domain.agreements import (
    COMPLETE_STEP,
    NOTE_STEP,
    RECAP_STEP,
    THANKS_STEP,
    Agreement,
    EmailDue,
    fold_agreements,
)
from bot.domain.events import Event, EventType
from bot.domain.reminders import Reminder, idempotency_key
from bot.mail.agreement_email import AgreementComposer
from bot.mail.compose import ReminderComposer
from bot.mail.templates import EmailTemplates
from tests.mail.builders import account, business, invoice

MADE = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ACCT = account()
INV = invoice("INV-1001", balance="300.00", payment_link="https://pay.example/1001")


def event(seq: int, kind: EventType, **data: object) -> Event:
    return Event(account_id=ACCT.id, seq=seq, type=str(kind), at=MADE, actor="test",
                 invoices=("INV-1001",), data=data)


def plan_with(*payments: tuple[str, str, str]) -> Agreement:
    events = [event(1, EventType.PLAN_AGREED, currency="GBP", total="300.00", by="sam",
                    method="bank transfer",
                    instalments=[{"due_on": "2026-03-09", "amount": "100.00"},
                                 {"due_on": "2026-03-16", "amount": "100.00"},
                                 {"due_on": "2026-03-23", "amount": "100.00"}])]
    for n, (ref, amount, on) in enumerate(payments, start=2):
        events.append(event(n, EventType.PAYMENT_RECORDED, reference=ref, amount=amount,
                            currency="GBP", received_on=on, allocations={"INV-1001": amount}))
    [agreement] = list(fold_agreements(events))
    return agreement


def compose(composer: AgreementComposer, agreement: Agreement, due: EmailDue) -> EmailMessage:
    key = idempotency_key(ACCT.id, due.step, agreement.invoices, salt=f"{agreement.id}:x")
    reminder = Reminder(key=key, account_id=ACCT.id, step=due.step,
                        template=composer.template_for(due.step), to=ACCT.emails,
                        invoices=("INV-1001",), reason=due.reason, planned_at=MADE)
    email = composer.compose(reminder, ACCT, [INV], agreement, due, date(2026, 3, 8))
    again = composer.compose(reminder, ACCT, [INV], agreement, due, date(2026, 3, 8))
    assert email.raw == again.raw, "composing the same email twice gives the same bytes"
    assert email.message_id == f"<duebot.{key}@brightwater.example>"
    return cast(EmailMessage, message_from_bytes(email.raw, policy=policy.default))


@pytest.fixture
def composer() -> AgreementComposer:
    return AgreementComposer(ReminderComposer(business()), AgreementsConfig(grace_days=3))


def body(message: EmailMessage, kind: str) -> str:
    part = message.get_body((kind,))
    assert part is not None
    return cast(EmailMessage, part).get_content()


def test_the_recap_lists_every_date_how_to_pay_and_what_happens_if_one_is_missed(
    composer: AgreementComposer,
) -> None:
    message = compose(composer, plan_with(), EmailDue("plan-1", RECAP_STEP, "recap", "r"))
    text = body(message, "plain")
    for line in ("1. 9 Mar 2026: £100.00", "2. 16 Mar 2026: £100.00",
                 "3. 23 Mar 2026: £100.00", "Total: £300.00, by bank transfer",
                 "https://pay.example/1001", "allow 3 days", "give you a call",
                 "please reply to let us know"):
        assert line in text
    html = body(message, "html")
    assert "23 Mar 2026" in html and 'href="https://pay.example/1001"' in html
    assert "style=" in html


def test_the_recap_carries_a_calendar_of_the_dates(composer: AgreementComposer) -> None:
    message = compose(composer, plan_with(), EmailDue("plan-1", RECAP_STEP, "recap", "r"))
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "payment-dates.ics"
    calendar = icalendar.Calendar.from_ical(attachment.get_payload(decode=True))
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert [e.decoded("dtstart") for e in events] == [
        date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]
    assert "£100.00" in str(events[0]["summary"])
    assert len({str(e["uid"]) for e in events}) == 3


def test_a_thank_you_says_what_arrived_and_what_is_next(composer: AgreementComposer) -> None:
    agreement = plan_with(("P1", "150.00", "2026-03-08"))
    message = compose(composer, agreement,
                      EmailDue("plan-1", THANKS_STEP, "thanks-P1", "t", receipt="P1"))
    assert message["Subject"] == "Thank you: £150.00 received"
    text = body(message, "plain")
    assert "8 Mar 2026" in text and "still to pay: £150.00" in text
    assert "The next payment is £50.00, due on 16 Mar 2026." in text
    assert list(message.iter_attachments()) == []


def test_the_note_names_the_date_and_what_is_left_to_pay(composer: AgreementComposer) -> None:
    message = compose(composer, plan_with(),
                      EmailDue("plan-1", NOTE_STEP, "note-1", "n", instalment=1))
    assert message["Subject"] == "A friendly note: £100.00 due 9 Mar 2026"
    assert "instalment 1 of your payment plan" in body(message, "plain")


def test_the_closing_email_thanks_and_recaps_the_whole_plan(composer: AgreementComposer) -> None:
    agreement = plan_with(("P1", "100.00", "2026-03-09"), ("P2", "100.00", "2026-03-16"),
                          ("P3", "100.00", "2026-03-24"))
    message = compose(composer, agreement,
                      EmailDue("plan-1", COMPLETE_STEP, "complete", "c", receipt="P3"))
    assert message["Subject"] == "Thank you: your payment plan is complete"
    text = body(message, "plain")
    assert "That completes the payment plan" in text and "Total paid: £300.00" in text


@pytest.mark.parametrize("name", ["agreement_recap", "agreement_note", "agreement_thanks",
                                  "agreement_complete"])
def test_every_agreement_template_is_styled_when_it_loads(name: str) -> None:
    templates = EmailTemplates()
    composer = AgreementComposer(ReminderComposer(business(), templates=templates),
                                 AgreementsConfig())
    step = {"agreement_recap": RECAP_STEP, "agreement_note": NOTE_STEP,
            "agreement_thanks": THANKS_STEP, "agreement_complete": COMPLETE_STEP}[name]
    agreement = plan_with(("P1", "100.00", "2026-03-09"))
    compose(composer, agreement, EmailDue("plan-1", step, "s", "r", instalment=2,
                                          receipt="P1"))
    assert templates.inlined_per_email() == frozenset()
