"""Payment held back until the creditor puts something right: a dispute told by its facts.

"I'll pay as soon as the window handle is fitted", "Le règlement suivra dès que vous aurez
remplacé le store cassé", "Ich überweise, sobald die undichte Stelle am Dach behoben ist": the
debtor promises nothing of their own; they hold the money until the work is fixed, finished or
corrected, which says the bill is not yet owed as it stands (DESIGN.md: goods faulty or not
delivered, "also when stated only by facts"). A condition of the debtor's own ("once my client
pays us", "when the house sale completes", "as soon as payday comes") is a promise, and a
question ("Is this before or after the credit note?") asks.

The phrase rules read a few such wordings as a dispute too ("pay ... once ... properly",
"zahle ... sobald ... repariert"); this is the reading the classifier asks, and the one that
keeps the word model from taking such a dispute back to the promise it also reads.
"""

from __future__ import annotations

import re

from bot.domain.replies.clauses import sentences
from bot.domain.replies.prefilter import with_start_lookahead

# (Both searched patterns begin with a long alternation of words: `with_start_lookahead` lets
# the engine pass over most characters of every sentence at one comparison each.)
_HELD = with_start_lookahead(re.compile(
    r"\b(?:once|when|as soon as|the (?:minute|moment|day)|provided|so long as|as long as|if|"
    r"dès que|une fois que|lorsque|quand|sobald|wenn|nachdem|cuando|en cuanto|una vez que|"
    r"tan pronto como)\b(?P<gap>[^.?!]{0,70}?)\b(?:fix(?:ed|es)?|repair(?:ed|s)?|fitted|"
    r"finish(?:ed|es)?|replaced|re-?done|corrected|patched|re-?stitched|re-?connected|"
    r"re-?fitted|re-?hung|re-?laid|re-?painted|works (?:properly|again)|"
    r"stops? (?:dripping|leaking|dropping)|répar(?:é|ée|és|ées|ez|erez)|remplac(?:é|ée|és|ées)|"
    r"termin(?:é|ée|és|ées)|refaite?s?|corrig(?:é|ée|és|ées)|fermera correctement|"
    r"reparad[oa]s?|arreglad[oa]s?|terminad[oa]s?|terminen|corregid[oa]s?|deje de gotear|"
    r"behoben|repariert|ersetzt|fertig(?:gestellt)?|korrigiert|richtig schließt|montiert|"
    # the thing said to work, come or be done at last ("when the dishwasher actually drains",
    # "the day the lift is actually certified", "quand le chauffage marchera", "sobald die
    # fehlenden Paletten tatsächlich ankommen", "when the alarm stops going off at 3am")
    r"actually (?:\w+ ){0,2}?(?:drains?|works?|working|certified|done|finished|installed|"
    r"delivered|arrives?|arrived|turns? up|fixed|taken down)|stops? (?:going off|backing up|"
    r"beeping|flooding)|certified|marchera|fonctionnera|chauffera|funktioniert|ankomm\w*|"
    r"geliefert|funcione|funcionen)\b",
    re.IGNORECASE,
))
# The debtor's own side of a condition: their money, their client, their bank, their approvals
# ("once the bank has finished registering the power of attorney").
_THE_DEBTORS_SIDE = re.compile(
    r"\b(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|mein\w*|unser\w*)\b|"
    r"\b(?:payday|pay day|salary|wages|loan|grant|pension|house sale|tax refund|client|customer|"
    r"bank|building society|insurer|insurance|council|probate|payroll|money|funds|cheque|"
    r"refund)\b",
    re.IGNORECASE,
)
_PAYING = with_start_lookahead(re.compile(
    r"\b(?:pay|paid|payment|settle|transfer|clear|money|balance|r[eéè]gl\w+|pai\w+|vir\w+|"
    r"überw\w+|zahl\w+|beglei?ch\w+|pag\w+|transfier\w+)",
    re.IGNORECASE,
))


def payment_held_for_a_fix(words: str) -> bool:
    """Whether a sentence of the reply holds its payment until the creditor fixes, finishes,
    replaces or corrects something (not a question, not a condition of the debtor's own)."""
    for sentence in sentences(words):
        text = sentence.text.strip()
        if text.endswith("?") or _PAYING.search(text) is None:
            continue
        for held in _HELD.finditer(text):
            if _THE_DEBTORS_SIDE.search(held.group("gap")) is None:
                return True
    return False
