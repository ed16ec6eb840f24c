"""A notice's wording is looked for branch by branch, near the branches' own words: it is
found exactly where the single alternation of all the branches matches."""

from __future__ import annotations

import re

import pytest

from bot.mail.bounces import _NOTICE_BODY_WORDING, _says_undelivered

_ALTERNATION = re.compile("(?:" + "|".join(_NOTICE_BODY_WORDING) + ")", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "", "Out of office until Monday, your message will be read then.",
    "This is the mail system at host mx.example.com.",
    "Delivery to the following recipient failed permanently:",
    "DELIVERY TO THE FOLLOWING RECIPIENTS HAS BEEN DELAYED",
    "Your message wasn't be delivered", "Your message couldn't reach x@y",
    "La notificación no pudo ser entregado", "Le message n'a pas pu ÊTRE remis",
    "mailbox is full", "mailbox unavailable", "mailbox  full", "user\nunknown",
    "PERMANENTLY FATAL", "permanent error", "the following address had permanent errors",
    "undeliverable message", "a message\u017fnot delivered", "no such uſer",
    "Die Nachricht konnte nicht zugeſtellt werden",
])
def test_the_wording_is_found_where_the_alternation_matches(text: str) -> None:
    assert _says_undelivered(text) == bool(_ALTERNATION.search(text))
