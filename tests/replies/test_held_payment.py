"""A payment held back until the creditor puts something right is a dispute told by its facts;
a condition of the debtor's own is a promise."""

from __future__ import annotations

import pytest

from bot.domain.replies.held_payment import payment_held_for_a_fix
from bot.domain.replies.intents import ReplyIntent
from tests.replies.messages import read_above_the_reminder


@pytest.mark.parametrize("words", [
    "I'll pay the invoice as soon as the back door is rehung properly, it still sticks.",
    "You'll get paid the minute the boiler stops leaking. Not before.",
    "Happy to settle once the missing skirting board is fitted, as your man promised.",
    "Je réglerai la facture dès que la fuite sera réparée par votre plombier.",
    "Les pago en cuanto el toldo esté arreglado, sigue sin cerrar.",
    "Wir überweisen den Betrag, sobald die Heizung repariert ist.",
])
def test_a_payment_held_until_the_work_is_put_right_is_a_dispute(words: str) -> None:
    assert payment_held_for_a_fix(words)
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("I'll pay the lot once my client pays us on the 20th.", ReplyIntent.PROMISE_TO_PAY),
    ("We'll pay as soon as our new card is activated, should be Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Will the balance be due once the repair is finished?", ReplyIntent.QUESTION),
    ("I paid your fitter in cash when he finished on Tuesday.", ReplyIntent.PAID),
    ("I'll settle the £90 on the 3rd, once the bank has finished setting up Dad's account.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_a_condition_of_the_debtors_own_a_question_or_a_payment_made_is_no_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Wir zahlen gern – sobald die fehlenden Paletten tatsächlich bei uns ankommen.",
    "You'll get paid when the alarm stops going off at 3am for no reason.",
    "As soon as the replacement part turns up and the dishwasher actually drains, you'll have "
    "your money.",
    "We'll pay the day the lift is actually certified.",
    "Vous serez payés quand le chauffage marchera. Pas avant.",
    "I'd pay it if the tree had actually been taken down rather than just 'reduced'.",
])
def test_payment_held_until_the_thing_works_or_comes_at_last_is_a_dispute(words: str) -> None:
    assert payment_held_for_a_fix(words)
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "We'll pay as soon as the money arrives from our client.",
    "I'll pay when my refund arrives.",
    "I'll pay Friday if that works for you.",
])
def test_payment_waiting_on_the_writers_own_money_is_no_dispute(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY
