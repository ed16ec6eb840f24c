"""Does a debtor's reply tell us of financial hardship?

A person who says they lost their job, are ill, are on benefits or cannot afford to pay is in
hardship: in the UK consumer world (FCA CONC 7) fees stop and a payment plan is offered with a
pointer to free debt advice. Only the debtor's own words count (the caller passes the reply
without the quoted reminder), and a negated phrase ("not struggling") does not.

Most replies tell of none, so the phrases are first looked for all at once (`WordIndex`): a
reply holding none of the words a hardship phrase needs, at the word boundaries it needs them
("ill", not the "ill" of "will"), is answered without the pattern.
"""

from __future__ import annotations

import re

from bot.domain.replies.apostrophes import straight_apostrophes
from bot.domain.replies.prefilter import Folded, Prefiltered, WordIndex

_HARDSHIP = re.compile(
    r"\b(?:"
    r"hardship|financial(?:ly)? (?:difficult\w*|trouble|problems?|struggl\w*)|"
    r"struggling (?:financially|to pay|to make ends meet|with (?:money|bills|debts?))|"
    r"(?:lost|losing) (?:my|our) (?:job|jobs|income|work|business)|made redundant|"
    r"redundancy|unemployed|out of work|laid off|furlough\w*|"
    r"can'?t afford|cannot afford|unable to afford|"
    r"on benefits|universal credit|jobseeker'?s allowance|"
    r"(?:serious(?:ly)? |long[- ]term )?(?:ill|illness|sick|sickness)\b(?: leave)?|"
    r"in hospital|hospitali[sz]ed|mental health|depression|"
    r"bereave\w*|passed away|(?:my|our) (?:husband|wife|partner|mother|father) died|"
    r"debt advice|debt charity|stepchange|citizens advice|"
    r"no (?:money|income)|behind (?:on|with) (?:my|our) (?:rent|mortgage|bills)"
    r")",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|no longer|never|isn'?t|aren'?t|wasn'?t)\s+(?:\w+\s+){0,2}$",
                      re.IGNORECASE)
_WORDS = WordIndex([Prefiltered.of(_HARDSHIP)])


def says_hardship(words: str) -> bool:
    """True when the debtor's own words tell of financial hardship."""
    text = straight_apostrophes(words)
    if not _WORDS.candidates(Folded.of(text), [(0, len(text))])[0]:
        return False
    for found in _HARDSHIP.finditer(text):
        before = text[max(0, found.start() - 30): found.start()]
        if not _NEGATED.search(before):
            return True
    return False
