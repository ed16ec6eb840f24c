"""A debtor who sets what was billed against a different figure disputes the bill, though no
word says "dispute"; figures that are only paid, promised, dated or numbered do not."""

from __future__ import annotations

import pytest

from bot.domain.replies.classifier import ReplyFacts, understand
from bot.domain.replies.figures import contests_billed_figure
from bot.domain.replies.intents import ReplyIntent


@pytest.mark.parametrize("words", [
    "Your website listed this at $349. You billed $429. Which is it?",
    "Invoice 8820 charges for 40 pallets. Our goods-in log and the delivery note both say 34.",
    "You've charged for servicing 14 fire extinguishers. We have 9.",
    "Invoice 7712 is for 7 nights' boarding. Bella was collected after 5 - it's in your book.",
    "You charged for 12 hours but the job took 8.",
    "The invoice says £400 but the quote was £350.",
    "We were quoted 1.200 € for the job. The bill came to 1.450 €.",
    "La factura indica 40 palés. Nuestro albarán dice 34.",
    "Vous avez facturé 10 heures. Le technicien est resté 6 heures.",
    "Sie haben 25 Stunden berechnet. Laut Stundenzettel waren es 19.",
    "The late fee on this is $75. Our agreement caps late fees at $25.",
    "The cleaners missed four of the twelve Fridays. We've been charged for all twelve.",
    "You supplied 12 mm sheets whereas the order says 16 mm.",
    "Quick one though - the invoice has 40 m² of turf at £18/m², but the lawn is only 25 m².",
    "Sorry to be a pain, but you've billed 6 hours and yet your lad was here for 4.",
])
def test_a_billed_figure_set_against_a_different_one_contests_the_bill(words: str) -> None:
    assert contests_billed_figure(words)


@pytest.mark.parametrize("words", [
    "Invoice 1234 is for £500. I'll pay £250 on Friday and £250 on the 28th.",
    "You billed £400 and I paid £400 on Monday.",
    "The invoice is for £1,200. Can I pay £300 a month?",
    "We received invoice 4471 for £980 yesterday. It'll go in our run on the 15th.",
    "Invoice for £500 received, thanks. Our account number changed to 12345678.",
    "You charged us for 5 hours. Great work by the 2 lads.",
    "Thanks for invoice 2026/0117. We'll pay on 15/03.",
    "Got the bill for 3 visits. All 3 were great.",
    "Invoice INV-1043 for $980 is approved. Payment run is on the 25th at 10am.",
    "Your invoice of 12 March covers 2 items. Call me on 0412 555 123.",
    "You charged £450, I've paid £400 as agreed.",
    "Invoice 5521 received. We have 3 weeks until our next payment run.",
    "If you billed 40 pallets, we only want 34 next time.",
    "Die Rechnung über 300 € ist angekommen. Wir zahlen am 15. März.",
    "We've had three deliveries this month and I can only match two of them to invoices.",
    "The late fee is $25. We'll pay $525 on Friday.",
    "The invoice gives 30 days. We normally pay in 45.",
])
def test_figures_that_are_paid_promised_dated_or_numbered_contest_nothing(words: str) -> None:
    assert not contests_billed_figure(words)


def test_a_reply_contesting_a_billed_figure_is_a_dispute_though_no_word_says_so() -> None:
    facts = ReplyFacts("You've charged for servicing 14 fire extinguishers. We have 9.")
    assert understand(facts).intent is ReplyIntent.DISPUTE


def test_a_stop_request_still_outranks_a_contested_figure() -> None:
    facts = ReplyFacts("You billed 40 pallets. We got 34. Stop emailing me.")
    assert understand(facts).intent is ReplyIntent.CEASE
