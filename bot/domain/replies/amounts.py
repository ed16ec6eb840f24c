"""Sums of money in a reply: "$1,250", "£640.00", "1.890,50 €", "1 380,00 €", "700 € par mois".

`find_amounts` reads every amount with its currency, in English, Spanish, French and German
number formats. `paid_or_promised_amount` picks the one the debtor says they paid or will pay
(for a plan, the instalment): the first amount in a clause about paying that does not deny it.
A number without a currency sign counts only when written as money (two decimals) in such a
clause: "You'll have the 2317.60 on the 3rd".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.domain.replies.clauses import Clause, clauses_of, sentences
from bot.domain.replies.prefilter import Folded, WordIndex, window_width, with_start_lookahead

# Thousands grouped in threes, or the Indian way in lakhs ("1,12,000"), or no grouping.
_NUMBER = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|"
    r"\d{1,3}(?:[,.\s\u00a0\u202f'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
)
_BEFORE = (
    r"US\$|USD|C\$|CA\$|CAD|A\$|AU\$|AUD|NZ\$|S\$|J\$|TT\$|HK\$|\$|£|GBP|€|EUR|CHF|Fr\.|Sfr\.?|"
    r"\bINR|\bRs\.?|₹|\bZAR|\b(?-i:R)|"
    # the currencies of the Englishes and Spanishes debtors write in beside these
    r"\b(?:NZD|SGD|JMD|TTD|BBD|HKD|MXN|ARS|COP|CLP|PEN|MYR|RM|PHP|PKR|LKR|BDT|Tk\.?|KES|KSh|UGX|"
    r"TZS|NGN|GHS)|S/\.?|₦|₱|৳|GH₵"
)
_AFTER = (
    r"€|EUR|euros?|USD|US dollars?|dollars?|GBP|pounds?|£|\$|CHF|francs?|Franken|"
    r"dólares|dolares|livres?|libras?(?: esterlinas?)?|Pfund|sterling|pesos|MXN|ARS|soles|"
    r"ringgit|taka|naira|cedis|rupees|"
    r"(?:kenya |uganda )?shillings"
)
_MONEY = re.compile(
    rf"(?P<before>{_BEFORE})\s?(?P<num1>{_NUMBER})(?![\d])"
    rf"|(?<![\w.,])(?P<num2>{_NUMBER})\s?(?P<after>{_AFTER})(?![a-z])",
    re.IGNORECASE,
)
_BARE_MONEY = re.compile(
    r"(?<![\w.,/#$£€-])(?P<num>\d{1,3}(?:,\d{3})+\.\d{2}|\d+[.,]\d{2})(?![\d.,/%])"
)
_DIGIT = re.compile(r"\d")
# Thousands written "k" after a sum ("£5k", "$4.6k").
_THOUSANDS = re.compile(r"k\b", re.IGNORECASE)
# The code that names which dollars or pesos a "$" is ("$ 5.600.000 COP", "$18,560.00 MXN").
_CODE_AFTER = re.compile(r"\s?(USD|CAD|AUD|NZD|SGD|HKD|JMD|TTD|BBD|MXN|ARS|COP|CLP)\b",
                         re.IGNORECASE)
# A sum starts at its first digit or at most this many characters before it (a currency
# marker and a space), so `_MONEY` is tried only there.
_LEAD = window_width(re.compile(rf"(?:{_BEFORE})\s?", re.IGNORECASE)) or 0
_CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "dólares": "USD", "dolares": "USD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "nz$": "NZD", "inr": "INR", "rs": "INR", "rs.": "INR", "₹": "INR", "zar": "ZAR", "r": "ZAR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "livre": "GBP",
    "livres": "GBP", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "chf": "CHF",
    "fr.": "CHF", "sfr.": "CHF", "sfr": "CHF", "franc": "CHF", "francs": "CHF", "franken": "CHF",
    "nzd": "NZD", "s$": "SGD", "sgd": "SGD", "j$": "JMD", "jmd": "JMD", "tt$": "TTD", "ttd": "TTD",
    "bbd": "BBD", "hk$": "HKD", "hkd": "HKD", "mxn": "MXN", "ars": "ARS", "cop": "COP",
    "clp": "CLP", "pen": "PEN", "s/": "PEN", "s/.": "PEN", "soles": "PEN", "myr": "MYR",
    "rm": "MYR", "ringgit": "MYR", "php": "PHP", "₱": "PHP", "pkr": "PKR", "lkr": "LKR",
    "bdt": "BDT", "tk": "BDT", "tk.": "BDT", "৳": "BDT", "taka": "BDT", "kes": "KES",
    "ksh": "KES", "kenya shillings": "KES", "ugx": "UGX", "uganda shillings": "UGX",
    "tzs": "TZS", "ngn": "NGN", "₦": "NGN", "naira": "NGN", "ghs": "GHS", "gh₵": "GHS",
    "cedis": "GHS", "rupees": "INR", "libra": "GBP", "libras": "GBP",
    "libras esterlinas": "GBP", "libra esterlina": "GBP", "pfund": "GBP", "sterling": "GBP",
}
# A clause is about paying when it holds one of these as a whole word (`\b(?:...|...)\b`).
# Each is its own pattern in a `WordIndex`, so a clause is searched only for those whose
# words it holds, and only around them: the whole alternation is slow to try at each character.
_PAYING_WORDS = (
    r"pay\w*", r"paid", r"afford", r"per (?:week|month|fortnight)", r"a (?:week|fortnight)",
    r"send(?:ing)?", r"sent", r"transfer\w*", r"wire[ds]?", r"remit\w*",
    r"ch[èe]que", r"check", r"ach", r"bacs", r"zelle", r"dep[óo]sit\w*", r"settle[ds]?",
    r"instal+ments?", r"balance",
    r"a month", r"per month", r"each month", r"monthly", r"every", r"weekly",
    r"you'?ll (?:have|get|receive|see)",
    r"get (?:the|it|this|you)", r"pag\w*", r"transferencia", r"ingres\w*", r"abon\w*",
    r"cuotas?", r"al mes",
    r"virement", r"paiement", r"paier\w*", r"r[éè]gl\w*", r"regl\w*", r"versement", r"par mois",
    r"payé",
    r"überw\w*", r"zahl\w*", r"bezahl\w*",
    r"raten", r"(?-i:Rate)", r"monatlich", r"to your (?:\w+ )?account", r"vir[ée]e?s?",
    r"comprobante", r"spei",
    r"raus\w*", r"releas\w+", r"(?:will|'ll|should) be with you", r"(?:across|over) to you",
    r"go(?:es)? (?:across|through)(?! (?:the|it|this|that|my|our|your)\b)",
    r"transfier\w+", r"mensualit\w+",
    r"échelonn\w+",
    r"begleich\w*", r"ausgeglichen", r"done", r"made", r"mailed", r"posted", r"covered",
    r"lodg\w*", r"beglichen", r"clear(?:ed|s)?", r"scheduled",
    r"vers(?:er|e|ons|ez|é|ée|erai|erons)", r"go(?:es)? out", r"went out",
    r"leav\w+ (?:our|my|the) (?:account|bank)",
)
_PAYING = WordIndex.any_of(*(rf"\b(?:{word})\b" for word in _PAYING_WORDS))
_DENIAL = with_start_lookahead(re.compile(
    r"\b(?:not|never|n't|no longer|refuse|won't|cannot|can't|cant|nicht|kein\w*|jamais)\b"
    r"[^.]{0,25}\b(?:pay\w*|paid|zahl\w*|pag\w*|pai\w*|pay\w*|régl\w*|clear\w*|vers\w*)|"
    r"\bne (?:\w+ ){1,2}pas (?:\w+ )?(?:vers|pai|pay|r[ée]gl)\w*",
    re.IGNORECASE,
))
_INSTALMENT_OF = with_start_lookahead(re.compile(
    r"\b(?:(?:instal+ments?|payments|lots|chunks|parts|mensualit[ée]s|versements|échéances|"
    r"tranches|cuotas|plazos|pagos|raten|monatsraten|teilzahlungen)\s+(?:of|de|à|von|zu|d'un "
    r"montant de|por)|(?:the )?first (?:one|payment|instal+ment)? ?of|(?:el |la )?primer[oa]? "
    r"(?:pago |plazo |cuota )?de|(?:la )?premi[èe]re (?:mensualit[ée] |tranche )?de|(?:die )?"
    r"erste (?:rate )?(?:von|über|zu))\s+|\b\d+\s?x\s?(?![a-z])",
    re.IGNORECASE,
))
_NOT_A_PAYMENT = with_start_lookahead(re.compile(
    r"\b(?:late (?:fee|charge)|fee|charge[ds]?|quote[ds]?|covers|cost|total(?:ling)? of|"
    r"whole|owe[ds]?|invoiced|billed|overcharg\w*|credit|avoir)\b|"
    # a limit, not a sum paid ("no one to authorise payments over £1,000")
    r"\b(?:payments?|amounts?|anything|invoices?|bills?|sums?) (?:over|above|under|below|more "
    r"than|less than|exceeding|up to) ",
    re.IGNORECASE,
))


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as written: its value, currency (ISO code when known) and position."""

    amount: Decimal
    currency: str | None
    start: int
    end: int


def parse_number(written: str) -> Decimal | None:
    """The value of a number written in any of the supported formats."""
    digits = re.sub(r"[\s\u00a0\u202f'’]", " ", written.strip())
    separators = [(index, char) for index, char in enumerate(digits) if char in ",. "]
    if not separators:
        return _decimal(digits)
    last_index, last_char = separators[-1]
    decimals = len(digits) - last_index - 1
    is_decimal = last_char != " " and (
        decimals in (1, 2) or (len(separators) == 1 and decimals != 3 and last_char in ".,")
    )
    if is_decimal:
        whole = re.sub(r"[,. ]", "", digits[:last_index])
        return _decimal(f"{whole}.{digits[last_index + 1:]}")
    return _decimal(re.sub(r"[,. ]", "", digits))


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def find_amounts(text: str) -> list[Money]:
    """Every sum of money written with a currency sign, code or name, in order."""
    found: list[Money] = []
    for match in _money_matches(text):
        number = match.group("num1") or match.group("num2")
        marker = (match.group("before") or match.group("after") or "").lower()
        value = parse_number(number)
        if value is None:
            continue
        code = _CODE_AFTER.match(text, match.end()) if marker == "$" else None
        currency = code.group(1).upper() if code else _CURRENCY_CODES.get(marker)
        end = match.end()
        if match.group("num1") and _THOUSANDS.match(text, end):
            value, end = value * 1000, end + 1
        found.append(Money(value, currency, match.start(), end))
    return found


def _money_matches(text: str) -> Iterator[re.Match[str]]:
    """`_MONEY.finditer(text)`, trying the pattern only where a sum may start (up to `_LEAD`
    characters before a digit) rather than at every character: the next match is the one at
    the first position, from the end of the last one, where the pattern matches."""
    next_at = 0
    for digit in _DIGIT.finditer(text):
        position = digit.start()
        if position < next_at:
            continue
        at = max(next_at, position - _LEAD)
        while at <= position:
            found = _MONEY.match(text, at)
            if found is not None:
                yield found
                next_at = found.end()  # never empty: a sum holds a digit
                break
            at += 1
        else:
            next_at = position + 1


def currency_of(text: str) -> str | None:
    """The first currency a text shows, to name the currency of a bare amount."""
    amounts = find_amounts(text)
    return next((money.currency for money in amounts if money.currency), None)


def paid_or_promised_amount(text: str, *, context: str = "") -> Money | None:
    """The sum the debtor says they paid or will pay, or None if they name none.

    `context` is the rest of the message (the quoted reminder included), used only to name the
    currency of an amount written without one.
    """
    if not _DIGIT.search(text):
        return None  # every amount holds a digit
    instalment = _instalment(text)
    if instalment is not None:
        return _with_currency(instalment, text, context)
    for sentence in sentences(text):
        if not _DIGIT.search(sentence.text):
            continue  # nor has any clause of it
        for clause in clauses_of(sentence):
            if not _DIGIT.search(clause.text) or clause.is_conditional or not _is_about_paying(
                    clause):
                continue
            money = _first_money(clause)
            if money is None:
                continue
            return _with_currency(money, text, context)
    return None


def _with_currency(money: Money, text: str, context: str) -> Money:
    if money.currency is not None:
        return money
    currency = currency_of(text) or currency_of(context)
    return Money(money.amount, currency, money.start, money.end)


def _instalment(text: str) -> Money | None:
    """The sum of each instalment when the reply names one ("three lots of $410", "4
    mensualités de 250 €", "en tres plazos de 300 €"): for a plan, that is the amount."""
    for named in _INSTALMENT_OF.finditer(text):
        amounts = find_amounts(text[named.end() : named.end() + 20])
        if amounts and amounts[0].start == 0:
            money = amounts[0]
            return Money(money.amount, money.currency, named.end(), named.end() + money.end)
    return None


def is_about_paying(text: str) -> bool:
    """Whether a clause or sentence speaks of paying (paid, transfer, instalments, ...)."""
    return _PAYING.any_match(text, Folded(text))


def _is_about_paying(clause: Clause) -> bool:
    text = clause.text
    return is_about_paying(text) and not _DENIAL.search(text)


def _first_money(clause: Clause) -> Money | None:
    for money in find_amounts(clause.text):
        if _NOT_A_PAYMENT.search(_words_around(clause.text, money.start, money.end)):
            continue
        start, end = clause.start + money.start, clause.start + money.end
        return Money(money.amount, money.currency, start, end)
    bare = _BARE_MONEY.search(clause.text)
    if bare is None:
        return None
    value = parse_number(bare.group("num"))
    if value is None:
        return None
    return Money(value, None, clause.start + bare.start(), clause.start + bare.end())


def _words_around(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 20) : start]
    after = text[end : end + 20]
    return f"{before} {after}"
