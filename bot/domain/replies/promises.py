"""The day a debtor commits to: which of the dates in a reply is the promised one.

A reply can name several dates ("our AP cycle runs on the 1st and the 15th; this one missed the
cutoff for the 1st, so it'll go out on the 15th"). The promised date is the first date in a
clause that commits to something ("will", "'ll", "can", "could", "werde", "voy a", "pourrait"
...), skipping clauses about the past or about what was missed; failing that, the first date in
any clause that is not about the past.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from bot.domain.replies.clauses import Clause, sentences
from bot.domain.replies.dates import (
    HOLIDAY_NAME,
    MONTH_NAME,
    WEEKDAY_NAME,
    DateMention,
    dated_clauses,
    find_dates,
    that_day_from,
)
from bot.domain.replies.prefilter import with_start_lookahead

_COMMITS = with_start_lookahead(re.compile(
    r"\b(?:will|'ll|ll|shall|going to|gonna|can(?!'t)|could(?!n)|would|should|plan|intend|"
    r"expect|aim|"
    r"first|starting|payment run|scheduled|werde|werden|wird|kann|könnte|voy|vamos|"
    # (not whence: "email from home", "the money from the Dawson job")
    r"from(?! (?:home|work|abroad|you|them|him|her|us|me|the (?:\w+ )?(?:job|client|customer|"
    r"office|bank|council|insurance|insurer|lender|sale))\b)|"
    r"puedo|podría|podemos|hago|haré|pagaré|sin falta|vais|allons|pourrait|pourrais|peux|"
    r"in (?:the|my|our) diary for|"
    r"sera|partira|passera|premier|ferai|ferons|enverrai|enverrons|pourrai|pourrons|eingeplant|"
    r"(?<!estaba )(?<!estaban )(?<!était )(?:programad[oa]|pr[ée]vue?))\b"
    # the present said of what is to come: "ich zahle am 19.", "je vous règle le 12", "te lo pago"
    r"|\b(?:ich (?:zahle|überweise)|wir (?:zahlen|überweisen)|(?:zahle|überweise) ich|(?:zahlen|"
    r"überweisen) wir|je (?:vous )?(?:paie|règle|vire)|nous (?:vous )?(?:payons|réglons|virons)|"
    r"(?:te|le|les|os|se|lo|la)(?: lo| la)? pago|pagamos)\b",
    re.IGNORECASE,
))
# The first person of the French and Spanish future ("je réglerai", "transferiremos"): a
# commitment too (apart from `_COMMITS`, whose look-ahead needs words it can start with).
_FUTURE_TENSE = re.compile(r"\w{2,}(?:erai|erons|irai|irons|aré|eré|iré|aremos|eremos|iremos)\b",
                           re.IGNORECASE)
# How far before and past a day a past word still speaks of it ("was due on the 5th",
# "Friday, we were closed").
_BEFORE_A_DAY, _AFTER_A_DAY = 30, 16
# A future before a day ("I'll transfer it first thing tomorrow, had a crazy week", "Will be
# paid Mon 10/11. Apologies, was at a tangi"): a past word just after the day is not about it.
_WILL = re.compile(r"\b(?:will|'ll|ll|shall|going to|gonna|werde|werden|wird|voy a|vamos a|"
                   r"vais|allons|mach(?:e|')? ich|erledige ich|zahle ich|überweise ich)\b",
                   re.IGNORECASE)
# Scheduled for a day ("ya fue programado para el 30 de este mes"), not what was scheduled once
# ("El pago estaba programado para el 30"): a future too.
_SCHEDULED_FOR = re.compile(
    r"(?<!estaba )(?<!estaban )(?<!était )(?<!was )(?<!were )(?<!been )\b(?:programad[oa] para|"
    r"pr[ée]vue? pour|scheduled for|eingeplant f(?:ü|ue)r|geplant f(?:ü|ue)r)\b", re.IGNORECASE)
_PAST_OR_MISSED = with_start_lookahead(re.compile(
    r"\b(?:missed|cutoff|cut-off|since|ago|dated|last(?! (?:working |business )?day of| "
    r"\w+day of| (?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.? of| (?:invoice|bill|instal+ment|"
    r"payment)\b)|was|"
    r"were|had|tried|didn't|didnt|did not|meant to(?! (?:type|say|write)\b)|did mean|intended to|"
    r"forgot|declined|bounced|"
    # (not what is already set up for the day: "morgen raus, ist schon im Banking vorgemerkt",
    # nor "schon mal", for a start: "am Montag schon mal 250 €")
    r"(?:already|bereits|schon|déjà)(?! mal\b)(?![^.;]{0,25}\b(?:vorgemerkt|eingeplant|"
    r"terminiert|angelegt|set up|scheduled|queued|programm[ée]e?)\b)|"
    r"(?<!until it's )(?<!until it is )(?<!\bbe )(?<!have this )(?<!have it )(?<!get this )"
    r"(?<!get it )(?<!getting )(?<!get )(?<!gets )cleared|overdue|"
    r"war|waren|wurde|wurden|fue|era|estaba|estaban|pagué|pagó|abonó|pagaron|"
    r"abonaron|était|a été|pasó|(?<!wird )(?<!werden )gezahlt|"
    r"(?<!\bif i )(?<!\bif we )(?:(?<=\bi )|(?<=\bwe )|(?<=\bi've )|(?<=\bwe've )|(?<=\bi'd )|"
    r"(?<=\bwe'd )|(?<=\bjust )|"
    r"(?<=\balready )|(?<=\bthen )|(?<=\A)|"
    r"(?<=\A\W)|(?<=\A\W\W)|(?<=\A\W\W\W))(?:paid|sent|transferred|wired|deposited)"
    r"(?=[^.;]{0,25}(?:\bon\b|$)))\b",
    re.IGNORECASE,
))

# Something done on a day that is past, told in the few words before it ("Your rep called my
# office Friday", "Kim came round on Monday"): that day is gone, unless a future follows the
# telling ("I rang the bank and will pay Friday").
_PAST_EVENT = re.compile(
    r"\b(?:called|rang|phoned|e-?mailed|visited|spoke|came (?:by|round|over|in|back)|dropped (?:by|"
    r"in)|popped (?:in|into|by|down|round)|stopped (?:in|by|off)|went (?:in|into|to|down|round))\b",
    re.IGNORECASE)


# Words of paying (or of sorting a bill out) in the four languages: a clause with one of these
# and a day still to come commits to paying then ("je fais le virement vendredi", "ill get this
# paid next week", "se abonará a finales de mes"), however the rest of it is worded.
_PAYING = with_start_lookahead(re.compile(
    r"\b(?:pay(?:s|ing|ment)?|pay[ée]e?s?|payer|payons|payez|paid|settle[ds]?|settling|"
    r"transfer\w*|transfier\w*|wire[ds]?|remit\w*|"
    r"ch[eè]que|ausf(?:ü|ue)hrungsdatum|e-banking|fecha valor|date de valeur|date d'ex[ée]cution|"
    r"process (?:it|this|the (?:invoice|payment))|processed|"
    r"value date|execution date|"
    r"(?:a|the|our|my) check|check (?=for [$£€\d])|checks? (?:gets?|are|will be|is being|goes|"
    r"go) (?:cut|mailed|sent|"
    r"issued|"
    r"posted)|bacs|ach|(?:(?<=\bi'll )|(?<=\bwe'll ))do it\b|"
    # "it'll be the 10th" (in a reply to a reminder: the day it is paid)
    r"\bit(?:'ll| will) be (?=(?:on )?(?:the )?\d|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day\b)|"
    # "jeudi matin je m'en occupe", "Am Montag danach erledige ich das"
    r"m'en occup\w+|erledige (?:ich|wir)\b|(?:ich|wir) erledigen?\b|kümmere? ich mich (?:drum|"
    r"darum)\b|"
    r"(?:sort|clear|deal with|take care of) "
    r"(?:it|this|that|the "
    r"(?:invoice|bill|balance|account))|pag\w+|abon\w+|ingres\w+|liquid\w+|pai(?:e|er)\w*|"
    r"paiement|r[èé]gl\w+|vir(?:ement|er|erai|erons|é|e\b|ons\b)\w*|versement|zahl\w*|überw\w+|"
    r"begleich\w*|ausgleich\w*|bezahl\w*|money|funds|(?:la|lo|las|los) (?:he |ha |hemos |han )?"
    r"program\w+|l'(?:ai|a|avons|ont) programm\w+|(?:scheduled|queued) (?:it|this|the payment)|"
    r"(?:have|has|got) (?:it|this|the payment) (?:scheduled|queued)|"
    r"(?:payment|check|cheque|ap|pay) run|next run|(?:goes|go|"
    r"going) out|go(?:es|ing)? (?:across|through)(?! (?:the|it|this|that|my|our|your|all|"
    r"everything)\b)|(?:be|get|gets|getting) cleared|"
    r"vers(?:é|ée|er|erons|erai|era)\b|send (?:it|this|that|the (?:money|payment|funds|balance|"
    r"amount|rest|lot)|you "
    r"(?:the |a )?(?:money|payment|funds|balance|cheque|check|rest))|deposit\w*|lodg\w+|"
    r"(?:you'll|you will|you should) (?:have|get|receive|see) (?:it|the money|the funds|"
    r"(?:the )?payment)|(?:it|the money|the funds|the payment) (?:will|should|'ll) (?:land|arrive|"
    r"hit|reach|clear|be with you)|(?:te|le|les|os) (?:lo|la) (?:mando|mandamos|mandaré|"
    r"mandaremos|envío|enviamos|enviaré|enviaremos)|(?:mand|envi)\w+ (?:el (?:dinero|pago|"
    r"importe|resto)|la transferencia)|vous (?:le |les )?recevrez|"
    r"(?:an)?gewiesen|anweisen|geht (?:das geld |die zahlung )?raus|"
    # "I'll square it up on Saturday", "resending it tomorrow", "it'll go over on Sunday
    # night", "Could we do £150 on the 15th", "send half today"
    r"square (?:it|this|up)|re-?send\w*|go(?:es|ing)? over (?:on|tonight|tomorrow|today|this|"
    r"first|by|\w+day)|(?:do|send|make) (?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur\w*|dollars?|"
    r"pounds?)|half|the (?:first|rest|remaining|balance|other half))"
    # a sum to the creditor ("So $860 to you on Friday the 11th")
    r"|[£$€]\s?\d[\d,.]* (?:to you|your way))",
    re.IGNORECASE,
))


# A reply of a few words that names a day ("Nov 20 latest.", "next tuesday ok?", "End of the
# month, promise.") answers the reminder with that day, unless it asks something or is about a
# call, a visit or a look at the matter.
_FEW_WORDS = 12
_NOT_ABOUT_PAYING = with_start_lookahead(re.compile(
    r"\b(?:call|ring|phone|meet|meeting|visit|see you|talk|speak|back in|away|office|holiday|"
    r"vacation|look|check(?! for [$£€\d])|review|read|happy|still on|golf|lunch|dinner|coffee|"
    r"drinks|hospital|hôpital|krankenhaus|klinik|montage|open (?:on|this|next|till|until|over)|"
    r"dienstreise|schaue?|prüfe|büro|ferien|urlaub|anruf\w*|regarde|vérifie|bureau|congé|"
    r"déplacement|vacances|appel\w*|reviso|miro|oficina|viaje|vacaciones|llam\w*|squiz|gander|"
    r"know more|decide|discuss|think about|photos?|pictures?|treffen|weiß|weiss|besprechen|"
    r"schau\w*|anschauen|parle\w*|vois|voir|chantier|réunion|photos|hablamos|hablo|lo veo|"
    r"fotos|obra|reunión|sigue en pie|(?:three|3|two|2|several) times|twice|(?:dos|tres|varias|"
    r"\d) veces|(?:deux|trois|plusieurs|\d) fois|zum \w+ mal|mal bekommen)\b",
    re.IGNORECASE,
))
_WORD = re.compile(r"\w+")
# A few words that open with a question word ask something ("¿Cuánto es al día de hoy?").
_ASKS = re.compile(
    r"\W*(?:¿|how|what|which|who|why|is|are|can|could|do|does|did|didn't|was|wasn't|isn't|"
    r"hasn't|haven't|cu[áa]nto|cu[áa]l|qu[ée]|c[óo]mo|"
    r"combien|quel\w*|comment|wie|was|welche\w*|haben sie|sind sie|k(?:ö|oe)nnen sie|kann ich|"
    r"gibt es|est-ce|avez-vous|(?:ê|e)tes-vous|pouvez-vous|tienen|est[áa]n|puedo|hay)\b",
    re.IGNORECASE,
)


# A question whether a payment was made ("wasn't this paid on the 30th?", "Did the standing
# order not go out on the 1st?"): its day is no day to pay on.
_ASKS_IF_DONE = re.compile(
    r"\W*(?:was|wasn't|were|weren't|did|didn't|hasn't|haven't|isn't)\b[^?]*\?",
    re.IGNORECASE)


def payment_day_named(text: str, *, sent: date, month_first: bool = False) -> date | None:
    """The day a reply that states no commitment in so many words still names for paying: the
    first day still to come in a clause about paying (not about when the money arrives: "You'll
    have it before Christmas - I do my supplier payments on the 22nd"), failing that in a
    sentence about paying, whatever its words ("je vous paie donc mardi prochain": the day is
    in the clause after "donc"); failing that, in a reply of a few words that says no more,
    the day it names. None when it names none."""
    days = _days_to_come(text, sent, month_first)
    if not days:
        return None
    first, day, recurs = days[0]
    if (not recurs and not text[:first.start].strip()
            and _a_sentence_of_a_day(text, first, sent, month_first)):
        return day  # "Fri Dec 12th. The boss signs cheques on the 10th and ...": the answer first
    if not recurs and not text[:first.start].strip() and _opens_with_a_day_not_another(
            first.text, day, sent, month_first):
        return day  # "Friday the 21st, not the 14th like I said on the phone. ..."
    for clause, day, recurs in days:  # the invoice set down for a day after the habit that
        # sets it ("nos règlements se font le 10 et le 25. Votre facture passera le 25")
        if _THE_INVOICE_SET_FOR.search(clause.text) and not recurs and not _aside(clause.text):
            return day
    paying = _sentences_where(text, lambda sentence: bool(
        _PAYING.search(sentence) and not _ASKS_IF_DONE.match(sentence)))
    named = [(clause, day, recurs) for clause, day, recurs in days if _within(clause, paying)]
    for clause, day, recurs in named:  # a clause about paying itself, not about money arriving
        if (_PAYING.search(clause.text) and not _aside(clause.text) and not recurs
                and not _money_coming_in(clause.text)):
            return day
    if named:
        if all(recurs for _clause, _day, recurs in named):
            # a habit of paying, then the day it makes ("Notre comptable passe les paiements le
            # 24 ... Ce sera donc le lendemain, le 25")
            return next((day for clause, day, recurs in days
                         if not recurs and not _aside(clause.text)), named[0][1])
        return next((day for clause, day, _repeats in named if not _aside(clause.text)),
                    named[0][1])
    vowed = _sentences_where(text, lambda sentence: bool(_VOWED.search(sentence)) and only_a_day(
        sentence, sent=sent, month_first=month_first))
    vowed_day = next((day for clause, day, recurs in days
                      if _within(clause, vowed) and not recurs), None)
    if vowed_day is not None:  # "... we spent the evening at the emergency vet. Friday, I promise."
        return vowed_day
    deadline = next((day for clause, day, recurs in days if _DEADLINE.search(clause.text)
                     and not recurs and not _aside(clause.text)), None)
    if deadline is not None:  # "no later than thurs 13 nov. I've flagged it with our bookkeeper."
        return deadline
    if (len(_WORD.findall(text)) > _FEW_WORDS or _NOT_ABOUT_PAYING.search(text)
            or _ASKS.match(text)):
        return None
    return days[0][1]


def _opens_with_a_day_not_another(clause: str, day: date, sent: date, month_first: bool) -> bool:
    """Whether `clause` opens with `day` and then turns down another ("Friday the 21st, not
    the 14th", "Le 20, pas le 19")."""
    mentions = find_dates(clause, sent=sent, month_first=month_first)
    return (len(mentions) > 1 and mentions[0].value == day
            and _OPENS_WITH.fullmatch(clause, 0, mentions[0].start) is not None
            and _NOT_ANOTHER.match(clause, mentions[0].end) is not None
            and mentions[1].value != day)


_NOT_ANOTHER = re.compile(r"\s*[,;:—–-]?\s*(?:not|no|nicht|pas|non)\s+(?:the\s+|el\s+|le\s+|den\s+"
                          r"|am\s+)?\w", re.IGNORECASE)


# A day vowed in a sentence that says no more ("Friday, I promise.", "El lunes, sin falta.").
_VOWED = re.compile(
    r"\b(?:i promise|promise|i swear|swear|guaranteed|for sure|definitely|without fail|lo prometo|"
    r"te lo prometo|sin falta|seguro|promis|promet|je (?:te|vous) le promets|sans faute|"
    r"versprochen|ganz sicher|garantiert)\b", re.IGNORECASE)


# The invoice itself set down for a day to come ("Your invoice is scheduled for the 21st",
# "Votre facture passera le 25 novembre", "Su factura está programada para el 25"): the day
# paid on, whatever habit or outage was told before it.
_THE_INVOICE_SET_FOR = re.compile(
    # "I'm putting it down for Monday the 23rd"
    r"\b(?:i'm|we're|i am|we are|i've|we've) (?:putting|put|pencilled|penciled) (?:it|this|you|"
    r"the payment|yours) (?:down |in )?for\b|"
    r"\b(?:your|the|this|our|votre|la|cette|ihre|die|diese|su|esta) (?:invoice|bill|facture|"
    r"rechnung|factura)\b(?: (?:no\.? ?)?[\w/-]*\d[\w/-]*)? (?:is |has been |'s |est |ist |"
    r"está |esta |wurde |will be |sera |a été |ha sido )?(?:now )?(?:scheduled|booked|queued|"
    r"lined up|set|passera|partira|programm[ée]e|pr[ée]vue|eingeplant|vorgemerkt|programada|"
    r"prevista|agendada)\b(?! (?:to be|back))", re.IGNORECASE)


def a_deadline_named(text: str) -> bool:
    """Whether the reply gives a day as the last one allowed ("no later than thurs 13 nov",
    "spätestens", "au plus tard"): a commitment, however little else it says."""
    return _DEADLINE.search(text) is not None


# A day given as the last one allowed: the day paid by, whatever else the reply says.
_DEADLINE = with_start_lookahead(re.compile(
    r"\b(?:no later than|at the (?:very )?latest|latest|sp(?:ä|ae)testens|au plus tard|dernier "
    r"délai|como muy tarde|a más tardar|a mas tardar)\b", re.IGNORECASE))


_WORDS_BESIDE_A_DAY = 3


def only_a_day(text: str, *, sent: date, month_first: bool = False,
               beside: int = _WORDS_BESIDE_A_DAY) -> bool:
    """Whether a reply says nothing but a day, in at most three words more (`beside`) and asking
    nothing ("Eighteenth.", "wed 12th", "Thursday at 3.", "Nov 20 latest"): the answer to
    "when will you pay?", whatever else a reply of a few words may be."""
    if "?" in text:
        return False
    rest, start = [], 0
    for mention in find_dates(text, sent=sent, month_first=month_first):
        rest.append(text[start:mention.start])
        start = mention.end
    if start == 0:
        return False
    rest.append(text[start:])
    return len(_WORD.findall(" ".join(rest))) <= beside


def only_a_time(text: str) -> bool:
    """Whether a reply says nothing but when it will pay, with no single day, in at most
    three words more and asking nothing ("ASAP!", "Courant décembre.", "In den nächsten
    Tagen.", "Fin de semana como muy tarde."): the answer to "when will you pay?" too."""
    if "?" in text:
        return False
    found = _A_TIME.search(text)
    if found is None:
        return False
    rest = text[:found.start()] + " " + text[found.end():]
    return (len(_WORD.findall(rest)) <= _WORDS_BESIDE_A_DAY
            and _NOT_ABOUT_PAYING.search(rest) is None and _ANOTHER_ACT.search(rest) is None)


# What else a few words may say will happen soon ("Will revert shortly", "I'll reply soon").
_ANOTHER_ACT = re.compile(r"\b(?:revert|reply|respond|answer|get back|be in touch|e-?mail|write|"
                          r"send|confirm|come back)\b", re.IGNORECASE)


_A_TIME = with_start_lookahead(re.compile(
    r"\b(?:asap|a\.s\.a\.p|soon(?: come)?|after pay ?day|demnächst|bald|pronto|bientôt|"
    r"prochainement|as soon as (?:possible|poss|i can|we can)|(?:in )?the next (?:few|"
    r"couple of) days|early next month|after (?:the holidays|christmas|the new year|new year|"
    r"thanksgiving|easter)|"
    r"lo antes posible|cuanto antes|lo m[áa]s pronto posible|en los pr[óo]ximos d[íi]as|en cuanto "
    r"(?:pueda|podamos)|a primeros de(?:l mes que viene| (?:" + MONTH_NAME + r"))|fin de semana|"
    r"despu[ée]s de (?:las fiestas|reyes|navidad)|"
    r"d[èe]s que possible|au plus vite|dans les (?:prochains jours|jours qui viennent)|courant "
    r"(?:de la semaine prochaine|du mois(?: prochain)?|(?:" + MONTH_NAME + r"))|"
    r"apr[èe]s les f[êe]tes|sobald (?:wie |als )?m(?:ö|oe)glich|so (?:bald|schnell) wie "
    r"m(?:ö|oe)glich|"
    r"schnellstm(?:ö|oe)glich|in den n(?:ä|ae)chsten tagen|nach den feiertagen|nach (?:ostern|"
    r"weihnachten|neujahr))\b",
    re.IGNORECASE,
))


def a_reply_or_call_promised(text: str) -> bool:
    """Whether the reply promises an answer or a call ("Will reply soon", "I'll get back to you",
    "je vous rappelle", "ich melde mich"): a commitment, though not to pay."""
    return _A_REPLY_OR_CALL_PROMISED.search(text) is not None


_A_REPLY_OR_CALL_PROMISED = re.compile(
    r"\b(?:will|'ll|shall|going to|gonna)(?: \w+)? (?:call|ring|phone|reply|respond|revert|answer|"
    r"get back|be in touch|come back to you)\b|\b(?:te|le|les|os) (?:llamo|llamaré|respondo|"
    r"responderé|contesto|contestaré)\b|\bje (?:vous |te )?(?:rappelle|r[ée]ponds|recontacte)\b|"
    r"\b(?:r?appellerai|r?appelerai|r[ée]pondrai|reviendrai vers)\b|\bmelde (?:ich )?mich\b|"
    r"\b(?:rufe|antworte) (?:ich )?(?:sie|dich|euch|ihnen)?\b", re.IGNORECASE)


def names_a_day(text: str, *, sent: date, month_first: bool = False) -> bool:
    """Whether the reply names any day, to pay on or not, gone, turned down or to come."""
    return bool(find_dates(text, sent=sent, month_first=month_first))


# The money brought in by hand, or seen to ("I'll drop it by the office, cash", "I'll see to it
# the day after tomorrow when I'm back"): about paying, though the clause names an office or a
# return.
_BROUGHT_IN = re.compile(
    r"\b(?:drop|bring|pop|hand|carry) (?:it|(?:the )?(?:money|cash|cheque|check|payment)|them) "
    r"(?:off "
    r"|in |round |over |by |down )?(?:to|at|by|in|into)?\b|\bsee to it\b", re.IGNORECASE)


def a_day_to_pay_on(text: str, *, sent: date, month_first: bool = False) -> date | None:
    """The first day still to come that a reply names in a clause not about something other
    than paying (a call, a visit, a look at the matter, photos) nor in a question whether it
    was paid: a day it may promise to pay on, in words no rule ties to paying. None when it
    names none."""
    asked = _sentences_where(text, lambda sentence: bool(_ASKS_IF_DONE.match(sentence)))
    found = [(clause, day) for clause, day, _repeats in _days_to_come(text, sent, month_first)
             if (not _NOT_ABOUT_PAYING.search(clause.text) or _BROUGHT_IN.search(clause.text))
             and not _within(clause, asked)]
    # not a day the debtor waits for ("payday's the 25th so ill clear it two days after that")
    return next((day for clause, day in found if not _aside(clause.text)),
                found[0][1] if found else None)


def _sentences_where(text: str, holds: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where each sentence of `text` for which `holds` is true starts and ends."""
    return [(part.start, part.end) for part in sentences(text) if holds(part.text)]


def _within(clause: Clause, spans: list[tuple[int, int]]) -> bool:
    """Whether `clause` starts inside one of `spans` (`_sentences_where`)."""
    return any(start <= clause.start < end for start, end in spans)


# A plan whose first sum is paid at once ("half now and half on the 28th", "£150 now, then
# £150 a month", "la mitad ahora"): its first instalment is on the day of the reply.
_FIRST_SUM_NOW = with_start_lookahead(re.compile(
    r"(?:[£$€]\s?\d[\d,.]*|\b(?:half|part|some|one|the first (?:half|part|payment|"
    r"instalment|installment|lot|one)|\d[\d,.]*\s?k|(?:r|rs|eur|chf)\s?\d[\d,.]*|"
    r"\d[\d,.]*\s?(?:€|eur|euros?|dollars?|bucks|pounds?|quid|rand|chf)|\d+\s?%|la mitad|"
    r"una parte|(?:la )?moiti[ée]|une partie|(?:die )?h[äa]lfte|einen teil|una|la primera))\s+"
    r"(?:now|today|right now|straight away|right away|ahora|hoy|ya|"
    r"maintenant|aujourd'hui|tout de suite|jetzt|heute|sofort)\b",
    re.IGNORECASE,
))


def first_instalment_now(text: str) -> bool:
    """Whether a plan's first sum is paid on the day of the reply (`_FIRST_SUM_NOW`), not
    a sum they cannot pay now ("I'm not able to pay the full $1,375 right now")."""
    return any(not _CANNOT_BEFORE.search(text, max(0, found.start() - 40), found.start())
               for found in _FIRST_SUM_NOW.finditer(text))


_CANNOT_BEFORE = re.compile(
    r"\b(?:not|\w+n't|cannot|unable|no puedo|no podemos|pas|nicht|kein\w*)\b[^.;]*$", re.IGNORECASE)


def instalment_dates(text: str, *, sent: date, month_first: bool = False) -> list[date]:
    """The days still to come named in clauses about paying (or naming a sum: "400 € am
    20.11., 400 € am 20.12."), in order, each once."""
    days: list[date] = []
    for clause, day, _repeats in _days_to_come(text, sent, month_first):
        if day not in days and (_PAYING.search(clause.text) or _A_SUM.search(clause.text)):
            days.append(day)
    return days


# A sum put on a day ("400 € am 20.11.", "£200 on the 5th", "1/3 on Nov 12").
_A_SUM = re.compile(r"(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|euros?\b|£|\$|usd\b|gbp\b|chf\b)|"
                    r"\b[12]/[234]) (?:on|am|le|el|by|bis|zum|au|al) (?:the )?\d",
                    re.IGNORECASE)


def promised_date(text: str, *, sent: date, month_first: bool = False) -> date | None:
    """The date the debtor promises to pay (or to start paying) by, or None: the first day in
    a clause that commits to paying ("we're closed from the 19th, so it will be paid on 6
    January"), failing that in a clause that commits, failing that in one about paying,
    failing that the first day named. A day someone is away until ("absente jusqu'au 8 mars")
    or the money should arrive by ("so you should see it by Monday") comes last, then a day
    the debtor's own money comes in ("I'm paid on the 15th"), and a day that recurs ("we pay
    on the 5th of the month") after them."""
    committed: date | None = None
    paying: date | None = None
    fallback: date | None = None
    aside: date | None = None
    income: date | None = None
    recurring: date | None = None
    days = _days_to_come(text, sent, month_first)
    if days and not days[0][2] and _a_sentence_of_a_day(text, days[0][0], sent, month_first):
        return days[0][1]  # "Sat 6 Dec. My brother's paying me back on the 5th, so ..."
    then = _PAID_THEN.search(text)
    if then is not None and not any(clause.start <= then.start() < clause.start + len(clause.text)
                                    for clause, _day, _recurs in days):
        named = {day for clause, day, recurs in days if clause.start < then.start() and not recurs}
        last = [mention.value for mention in find_dates(text[: then.start()], sent=sent,
                                                        month_first=month_first)
                if mention.value in named]
        if last:
            return last[-1]  # "the company pays us on the Friday before. I'll do it then."
    for clause, day, recurs in days:
        if recurs:
            recurring = recurring or day
            continue
        if _AWAY_OR_ARRIVING.search(clause.text) or (
                _BUSY_ON_THE_DAY.match(clause.text) and not _PAYING.search(clause.text)):
            aside = aside or day
            continue
        if _money_coming_in(clause.text):
            income = income or day
            continue
        if _THE_INVOICE_SET_FOR.search(clause.text):
            return day
        if (_COMMITS.search(clause.text) or _FUTURE_TENSE.search(clause.text)
                or _PAYING_SOON.search(clause.text)):
            if _PAYING.search(clause.text):
                return day
            committed = committed or day
        elif _PAYING.search(clause.text):
            paying = paying or day
        fallback = fallback or day
    return committed or paying or fallback or aside or income or recurring


# Paying on the day just named, in a clause that names none ("I'll do it then", "Ese día te
# pago", "je vous règle ce jour-là").
_PAID_THEN = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i can|we can)\s+(?:do it|pay(?: it| you| the \w+)?|send (?:it|"
    r"the \w+|the money|payment)|transfer (?:it|the \w+)|clear it|settle(?: it| up)?)\s+(?:then|on "
    r"that day|that day)\b|\bese (?:mismo )?d[ií]a (?:te|le|les|os) (?:pago|transfiero|hago)\b|"
    r"\bce jour-l[àa]\b|\ban (?:dem|diesem) tag (?:zahle|überweise)\b|\bda (?:kümmere?|mach) ich "
    r"(?:mich drum|mich darum|das|es)\b", re.IGNORECASE)


def _a_sentence_of_a_day(text: str, clause: Clause, sent: date, month_first: bool) -> bool:
    """Whether the sentence `clause` is in says nothing but a day, in a word more at most
    ("Sat 6 Dec.", "The 19th."): the answer to "when will you pay?", whatever the sentences
    after it explain."""
    sentence = next((part for part in sentences(text) if part.start <= clause.start < part.end),
                    None)
    return sentence is not None and only_a_day(sentence.text, sent=sent, month_first=month_first,
                                               beside=1)


# A clause that opens with a day and what keeps the writer busy on it ("Tomorrow I'm at the tip
# all day", "Mañana tengo médico toda la mañana", "Demain je suis en déplacement à Lyon",
# "Morgen bin ich beim Arzt"): not a day paid on.
_BUSY = (r",?\s+(?:i'm|i am|i've got|i have|we're|we are|we've got|je suis|j'ai|on est|nous "
         r"sommes|tengo|estoy|estamos|tenemos|bin ich|sind wir|habe ich|hab ich|haben wir)\s+"
         r"(?!(?:to\s+)?(?:pay|paying|sending|transferring)\b)")
# what may come before the day a clause opens with ("Nee, morgen hab ich Zahnarzt")
_OPENING = (r"\W*(?:(?:no|non|nein|nee|nah|na|bueno|pues|bon|alors|also)\W+)?"
            r"(?:(?:on|el|le|am|the)\s+)?")
_BUSY_ON_THE_DAY = re.compile(
    _OPENING + r"(?:tomorrow|today|tonight|\w+day|ma[ñn]ana|hoy|demain|"
    r"aujourd'hui|ce soir|morgen|heute|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w+tag|mittwoch|\d{1,2}(?:st|nd|rd|th|\.)?)"
    r"(?:\s+(?:morning|afternoon|matin|soir|por la ma[ñn]ana|fr(?:ü|ue)h|vormittag))?" + _BUSY,
    re.IGNORECASE)
_OPENS_WITH = re.compile(_OPENING, re.IGNORECASE)
# ... said right after a day, with another day in the same clause ("Demain je suis en
# déplacement à Lyon, jeudi matin je m'en occupe").
_BUSY_AFTER = re.compile(_BUSY, re.IGNORECASE)


# A clause about someone being away until a day, or about when the money should arrive after
# it is sent: its day is not the one promised when another is named. (So is one about money
# coming in to the debtor, `_BEFORE_PAYING`.)
_AWAY_OR_ARRIVING = with_start_lookahead(re.compile(
    r"\b(?:away|off|out of (?:the )?office|absent\w*|abwesend|urlaub|ferien|de viaje|de ruta|de "
    r"vacaciones|en vacances|trip|en d[ée]placement|dienstreise|en cong[ée]|on (?:holiday|leave|"
    r"vacation)|travell?ing|shut|closed|"
    r"ferm[ée]e?s?|cerrad[oa]s?|geschlossen)\b[^.;:]{0,40}"
    r"\b(?:until|till|jusqu'(?:au|à)|hasta|bis)\b"
    r"|\b(?:off|away|on (?:\w+ )?leave|out of (?:the )?office)\b[^.;:,]{0,30}\b(?:from|starting)\b"
    # someone on holiday then ("nächste Woche ist Frau Kühn ... im Urlaub"), or somewhere for a
    # span ("je suis sur le chantier de Lyon du 3 au 7")
    r"|\b(?:ist|sind|bin|is|are|est|sont|suis|está|están|estoy)\b[^.;:]{0,60}\b(?:im urlaub|in den "
    r"ferien|on (?:holiday|leave|vacation)|en (?:vacances|cong[ée])|de vacaciones)\b"
    r"|\b(?:je suis|nous sommes|on est|estoy|estamos|ich bin|wir sind|i'm|i am|we're|we are)\b"
    r"[^.;:]{0,40}\b(?:du|del|vom|from)\s+(?:the\s+)?\d{1,2}\w*\.?\s+(?:au|al|bis|to|till|until)\s"
    # somewhere until a day ("Estoy en Lisboa en una feria hasta el lunes 10", "je suis au
    # service militaire jusqu'au 14")
    r"|\b(?:estoy|estamos|est[áa]|est[áa]n|je suis|nous sommes|on est|il est|elle est|i'm|i am|"
    r"we're|we are|he's|she's|they're) (?:en|à|au|in|at) "
    r"[^.;:]{0,40}\b(?:until|till|jusqu'(?:au|à)|hasta)\b"
    # a span away ("Je pars en séminaire du 17 au 21")
    r"|\b(?:je pars|en s[ée]minaire|en d[ée]placement|auf (?:gesch(?:ä|ae)fts)?reise|de viaje)\b"
    r"[^.;:]{0,30}\b(?:du|vom|del|from)\s+\d"
    r"|\byou(?: should| will|'ll| shall) (?:see|have|get|receive)\b(?=(?:[^.;:]|"
    r"\.(?=\d)){0,30}\b(?:by|before|"
    r"on|in|until|early|next|this|first)\b)"
    r"|\b(?:should|will|'ll) (?:land|arrive|reach you|show up|"
    # (not "we'll clear it", paying)
    r"clear(?! (?:it|this|that|the|your|up|off|everything|[£$€\d]))\b)"
    r"|\b(?:closed|shut) (?:from|after|over)\b|\b(?:ich )?bin (?:noch )?(?:bis|über den)\b"
    # someone not in on the day ("next Tuesday's Cup Day and she won't be in")
    r"|\b(?:won't|will not|wont) be in\b(?! (?:a position|time|funds|credit)\b)"
    r"|\b(?:es|is|being|étant|ist) (?:a )?(?:festivo|feriado|f[ée]ri[ée]|feiertag|bank holiday|"
    r"public holiday)\b|\bno hay banco\b|\ben puente\b|\bpuente de\b"
    r"|\b(?:shut-?down|closure|break|holidays?) (?:starts?|begins?)\b"
    r"|\b(?:until|till|bis(?: zum)?|jusqu'(?:au|à)|hasta(?: el)?)\b(?:[^.;:]|(?<=\d)\.){0,30}"
    r"\b(?:away|off|"
    r"out of (?:the )?office|on (?:holiday|leave|vacation)|urlaub|ferien|abwesend|en vacances|"
    r"en cong[ée]|de vacaciones|de viaje)\b",
    re.IGNORECASE,
))
# Within one clause, days that are not the day paid on: a day that recurs ("$150 every second
# Thursday starting the 13th", "nuestro día de pago es el 5 de cada mes, así que ... el 5 de
# diciembre"), and a day a state lasts until when a later day follows ("à découvert jusqu'au
# 1er, je paie le 2 décembre"); and the day a clause gives as the latest, after an earlier one
# ("heute noch, allerspätestens morgen früh"), which is the one promised.
_RECURS_BEFORE = re.compile(
    r"\b(?:every|each|cada|chaque|tous les|toutes les|jeden|jede|jedes|alle|jeweils)\s+"
    r"(?:other\s+|"
    r"second\s+|2nd\s+|third\s+|zweiten\s+|deux\s+)?(?:\w+\s+)?$|\b(?:de |on )?(?:los|les)\s+$|"
    # a habit: "Notre comptable passe les paiements le 24", "our bookkeeper does the payments on
    # the 24th"
    r"\b(?:passe|fait|effectue|does|runs|makes|hace|realiza|macht)\s+(?:les |the |los |die )?"
    r"(?:paiements|virements|payments|pagos|transferencias|zahlungen|überweisungen)\s+(?:on "
    r"(?:the )?|le |el |am )?$",
    re.IGNORECASE,
)
_RECURS_AFTER = re.compile(
    r"\s*(?:of )?(?:each|every|cada|chaque|jede[ns]?) (?:month|mes|mois|monats?)\b"
    r"|\s*(?:de )?cada mes\b|\s*de chaque mois\b|\s*du mois\b(?! (?:prochain|de))",
    re.IGNORECASE,
)
_EVERY = re.compile(r"\b(?:each|every)\b", re.IGNORECASE)  # "the last working day of each month"
# A weekday in the plural ("our bookkeeper only posts on Wednesdays", "mittwochs"): a day that
# recurs.
_WEEKDAYS_PLURAL = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|\w+(?:tags|chs)",
                              re.IGNORECASE)
# What a day is counted from ("30 days from month end", "net 30 from the invoice date"): not
# the day paid.
_COUNTED_FROM = re.compile(r"\b(?:days?|weeks?|months?|jours?|d[ií]as|tage[n]?) (?:from|after|"
                           r"of|fin|nach|apr[eè]s|despu[eé]s de) (?:the )?$", re.IGNORECASE)
_UNTIL_IN = re.compile(r"(?:until|till|jusqu|hasta|bis)\b", re.IGNORECASE)
_A_STATE_BEFORE = re.compile(r"\b(?:bin|sind|ist|am|is|are|estoy|estamos|suis|sommes)\b[^.]{0,12}$",
                             re.IGNORECASE)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|jusqu'(?:au|à)?|hasta|bis(?: zum| zur)?)\s*$|"
    # the end of a span ("from the 17th to the 21st")
    r"\b(?:du \d{1,2}(?:er)? au|del \d{1,2} al|from (?:the )?\d{1,2}\w* to)\s*$", re.IGNORECASE)
_SPAN_END_IN = re.compile(r"(?:au|al|to|bis)\b", re.IGNORECASE)
_SPAN_START_BEFORE = re.compile(r"\b(?:du|del|from|vom)\s+(?:the\s+)?\d{1,2}\w*\.?\s*$",
                                re.IGNORECASE)
_BACK_ON = re.compile(r"\b(?:(?:i'm|i am|we're|we are|he's|she's|they're|is|are) back|returns?|"
                      r"de retour|est[áa] de vuelta|vuelve|zurück)\b[^.;:]{0,25}$", re.IGNORECASE)
_LATEST_NEAR = re.compile(
    r"\b(?:(?:at )?(?:the )?(?:very |absolute )?latest|no later than|(?:aller)?spätestens|"
    r"au plus tard|a (?:más|mas) tardar|como (?:muy )?tarde)\W*$",
    re.IGNORECASE,
)
_LATEST_AFTER = re.compile(
    r"\W*(?:(?:at )?(?:the )?(?:very |absolute )?latest|(?:aller)?spätestens|au plus tard|"
    r"a (?:más|mas) tardar|como (?:muy )?tarde)\b",
    re.IGNORECASE,
)


# Said of a day just named: that nobody works then ("Monday is a bank holiday, so Tuesday").
_DAY_OFF = re.compile(
    r"[^.;:]{0,40}?\b(?:festivo|feriado|f[ée]ri[ée]|feiertag|bank holiday|public holiday|no hay "
    r"banco|puente|"
    r"noch weg|geschlossen|ferm[ée]s?|cerrad[oa]s?|closed|shut)\b", re.IGNORECASE)


# A day said again in other words right after ("à 30 jours fin de mois, soit le 31 décembre",
# "a 30 días, o sea el 4 de diciembre", "sous quinzaine, soit au plus tard le mardi 22
# septembre", "Before the 11th - so Monday the 10th", "the Tuesday after the end of the month -
# 2nd Dec"): the second saying is the one to go by.
_RESTATED = re.compile(
    r"(?:\W*(?:danach|after that|d'après|después))?"  # "am Montag danach, also am 17."
    r"(?:\W*(?:soit|o sea|es decir|esto es|c'est-à-dire|à savoir|d\.\s?h\.|das heißt|also|sprich|"
    r"i\.\s?e\.|that is|that's|namely|so(?= )|donc|entonces|konkret|genauer(?: gesagt)?|"
    r"concretamente|"
    r"en concreto|"
    r"(?:plus )?pr[ée]cis[ée]ment)\W*|(?P<dash>\s*[-–—(]\s*)|(?P<comma>\s*,\s*))"
    r"(?:(?:au plus tard|at the latest|by|no later than|spätestens|a más tardar|"
    r"como muy tarde)\W*)?"
    r"(?:on |le |el |the |am |den )?",
    re.IGNORECASE,
)
# A day named with its month, or as 15/12 or 15.12.
_NAMED_IN_FULL = re.compile(rf"\b(?:{MONTH_NAME})\b|\d{{1,2}}[./]\d{{1,2}}", re.IGNORECASE)


_A_DIGIT = re.compile(r"\d")
_NEAR = 7  # days: how near a day in figures after a comma must be to a time in words to say it
_WITHIN_A_MONTH_NAMED = 14  # and to a time in a month named ("Fin novembre, le vendredi 28")


def _said_again(text: str, after: int, mention: DateMention, *, offset: int = 0,
                earlier: str = "", earlier_day: date | None = None) -> bool:
    """Whether `mention` (at `offset` in `text`) says again the day `earlier` that ends at
    `after`; set off by a dash alone, only a day named in full does ("Mid-December - the 15th"
    is the 15th of December, not the next 15th), and by a comma alone, only a day in figures
    after one in words ("before Christmas, on the 19th of December", "avant Noël, le 23"; "28
    Nov, 31 Dec and 30 Jan" and "end of this month, end of December" are days of a list)."""
    again = _RESTATED.fullmatch(text, after, offset + mention.start)
    if again is None:
        return False
    in_full = _NAMED_IN_FULL.search(mention.phrase) is not None
    if again.group("comma") is not None:
        if _A_DIGIT.search(mention.phrase) is None or _A_DIGIT.search(earlier) is not None:
            return False
        if (earlier_day is not None and _WEEKDAY_IN.search(earlier) is not None
                and mention.value.weekday() != earlier_day.weekday()):
            return False  # "ce vendredi, le 1er décembre et le 1er janvier": a list of days
        if _NAMED_IN_FULL.search(earlier) is not None:  # "Anfang Dezember, am Dienstag, den 2."
            return (earlier_day is not None and mention.value.month == earlier_day.month
                    and abs((mention.value - earlier_day).days) <= _WITHIN_A_MONTH_NAMED)
        return in_full or (earlier_day is not None
                           and abs((mention.value - earlier_day).days) <= _NEAR)
    return again.group("dash") is None or in_full


# A weekday, then a few words on, the day of the month that falls on that weekday ("the Monday
# before, the 24th", "the Monday I'm back, so the 17th", "Wednesday di 12th"): the same day,
# named in full the second time; unless the words between start another payment ("Monday and
# the rest on the 24th") or turn the first down.
_WEEKDAY_IN = re.compile(rf"\b(?:{WEEKDAY_NAME})\b", re.IGNORECASE)
_ANOTHER_PAYMENT_BETWEEN = re.compile(
    r"\b(?:and|or|then|rest|remainder|balance|other|one|second|next|not|y|o|luego|resto|otr[oa]|"
    r"segund[oa]|et|ou|puis|autre|seconde?|"
    r"reste|und|oder|dann)\b|[£$€\d.!?;:]", re.IGNORECASE)
_WEEKDAY_TO_DATE = 40  # characters
_A_DAY_NUMBER = re.compile(r"\d|(?:st|nd|rd|th)\b")  # "the 26th", "the twenty-sixth"


def _weekday_dated(between: str, weekday: DateMention, dated: DateMention) -> bool:
    return (_WEEKDAY_IN.search(weekday.phrase) is not None
            and _A_DIGIT.search(weekday.phrase) is None
            and _A_DAY_NUMBER.search(dated.phrase) is not None
            and _WEEKDAY_IN.search(dated.phrase) is None
            and dated.value != weekday.value
            and dated.value.weekday() == weekday.value.weekday()
            and len(between) <= _WEEKDAY_TO_DATE
            and _ANOTHER_PAYMENT_BETWEEN.search(between) is None)


# A time of the month named in words, then in the same breath the day in figures within it
# ("in our end of month run on 28/11"): the day, as `_weekday_dated` is for a weekday.
_A_TIME_OF_THE_MONTH = re.compile(
    r"\b(?:end|middle|mid|close|turn|start|beginning)\b|\bfin\b|\bfinal\w*\b|\bmitte\b|"
    r"\bende\b|\banfang\b|\bd[ée]but\b|\bprincipios\b|\bmediados\b|\beom\b", re.IGNORECASE)


def _time_of_the_month_dated(between: str, time: DateMention, dated: DateMention) -> bool:
    return (_A_TIME_OF_THE_MONTH.search(time.phrase) is not None
            and _A_DIGIT.search(time.phrase) is None
            and _A_DIGIT.search(dated.phrase) is not None
            and 0 < abs((dated.value - time.value).days) <= _NEAR
            and _ONLY_LEADS_TO_THE_DAY.fullmatch(between) is not None)


# What may stand between the time of the month and its day: no one else's doing ("end of next
# month, November, our big client settles on the 28th" names another's day).
_ONLY_LEADS_TO_THE_DAY = re.compile(
    r"[\s,;:\-–—(]*(?:(?:so|that's|that is|i\.e\.?|probably|likely|exactly|namely|which is|"
    r"(?:payment |pay |cheque |check |supplier )?run|on|the|by|around|about)[\s,;:\-–—(]+)*",
    re.IGNORECASE)


def _recurs(text: str, mention: DateMention) -> bool:
    """Whether `mention` in `text` (a clause) names a day that recurs, or one a term is
    counted from, rather than a day to pay on."""
    return bool(_RECURS_BEFORE.search(text, 0, mention.start)
                or _RECURS_AFTER.match(text, mention.end) or _EVERY.search(mention.phrase)
                or _WEEKDAYS_PLURAL.fullmatch(mention.phrase.split()[-1])
                or _COUNTED_FROM.search(text, 0, mention.start))


# The month a monthly day starts in, after that day ("£250 on the 1st of each month starting in
# March", "el día 5 de cada mes a partir de marzo", "le 10 de chaque mois à partir de mars").
_STARTING_IN = re.compile(
    rf"\b(?:starting|beginning|commencing|from|a partir de|à partir de|ab)(?: in| from)? "
    rf"(?P<month>{MONTH_NAME})\b", re.IGNORECASE)


_STARTING_NEXT_MONTH = re.compile(
    r"\b(?:starting|beginning|commencing|from)(?: from| in)? next month|\ba partir del (?:mes que "
    r"viene|pr[óo]ximo mes)|\bà partir du mois prochain|\bab (?:dem )?n(?:ä|ae)chsten monat",
    re.IGNORECASE)
_NEXT_MONTH = re.compile(r"next month|(?:el )?(?:mes que viene|pr[óo]ximo mes)|(?:le )?mois "
                         r"prochain|(?:dem )?n(?:ä|ae)chsten monat", re.IGNORECASE)
# What says when a monthly day starts, before the day that names it ("on the 1st of each month
# starting next month"): not a day paid on of its own.
_STARTING_WORD_BEFORE = re.compile(
    r"\b(?:starting|beginning|commencing|from|a partir del?|à partir du|ab)(?: from| in)?\s+$",
    re.IGNORECASE)


def _first_monthly_day(text: str, mention: DateMention, sent: date) -> date:
    """A monthly day's first date: in the month it is said to start in, if one is named after
    it in the clause (or next month: "the 10th of every month, starting from next month"), else
    the next such day."""
    if _STARTING_NEXT_MONTH.search(text, mention.end):
        following = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
        last = calendar.monthrange(following.year, following.month)[1]
        return following.replace(day=min(mention.value.day, last))
    starting = _STARTING_IN.search(text, mention.end)
    if starting is None:
        return mention.value
    return that_day_from(starting.group("month"), mention.value.day, sent) or mention.value


# The words of a day counted from another named before it ("the day after", "le lendemain",
# "am Tag danach", "the next morning"): in one clause, the day paid on, the other the event.
# Words between two days that are more than a comma or an "or" ("Friday or the day after": a
# choice of days, the first promised).
_ANOTHER_CLAUSE_BETWEEN = re.compile(r"(?!\W*(?:or|o|ou|oder)\W*$)\W*\w", re.IGNORECASE)
# A day counted from today ("within two days", "tomorrow"): no day that the money coming in
# comes before.
_FROM_TODAY = re.compile(r"\b(?:within|in|today|tonight|tomorrow|now|heute|morgen|hoy|ma[ñn]ana|"
                         r"aujourd'hui|demain|dentro de|dans|innerhalb)\b", re.IGNORECASE)
_A_DAY_COUNTED_FROM_ANOTHER = re.compile(
    r"\b(?:day after|next (?:day|morning)|morning after|following (?:day|morning)|lendemain|tag "
    r"(?:danach|drauf|darauf)|n(?:ä|ae)chsten tag|folgetag|d[ií]a (?:siguiente|despu[ée]s)|otro "
    r"d[ií]a)\b",
    re.IGNORECASE)


def _paid_on_first(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days of one clause, the one most likely paid on first (see above), else in order."""
    if len(mentions) < 2:
        return mentions

    def recurs(mention: DateMention) -> bool:
        return _recurs(text, mention)

    def lasts_until(index: int) -> bool:  # or a day someone is back on, a later day to pay
        mention = mentions[index]
        return bool(_UNTIL_BEFORE.search(text, 0, mention.start)
                    or (_UNTIL_IN.match(mention.phrase)  # "ich bin bis zum 20. auf Geschäftsreise"
                        and _A_STATE_BEFORE.search(text, max(0, mention.start - 20), mention.start))
                    or (_SPAN_END_IN.match(mention.phrase)  # "en séminaire du 17 au 21"
                        and _SPAN_START_BEFORE.search(text, 0, mention.start))
                    or _BACK_ON.search(text, max(0, mention.start - 40), mention.start)) and any(
            later.value > mention.value for later in mentions[index + 1:])

    def latest(index: int) -> bool:
        mention = mentions[index]
        after = _LATEST_AFTER.match(text, mention.end)
        if after and index + 1 < len(mentions) and not text[
                after.end():mentions[index + 1].start].strip():
            after = None  # "Anfang nächster Woche, spätestens am 12.": the next day's word
        return bool(_LATEST_NEAR.search(text, 0, mention.start) or after) and all(
            earlier.value < mention.value for earlier in mentions[:index])

    def comes_in(index: int) -> bool:  # "we get our payment on the 24th, you'll have ..."
        # (or the day before it: "we get paid on the 3rd ... it'll go in the day before")
        mention = mentions[index]
        since = mentions[index - 1].end if index else 0
        return bool(_BEFORE_PAYING.search(text, since, mention.start)) and any(
            later.value > mention.value or (later.value < mention.value
                                            and _FROM_TODAY.search(later.phrase) is None)
            for later in mentions[index + 1:])

    def day_off(index: int) -> bool:  # "le 11/11 étant férié, le virement partira le 12"
        # (or the day before it: "el lunes 20 de julio es festivo ..., sale antes, el viernes 17")
        mention = mentions[index]
        return bool(_DAY_OFF.match(text, mention.end)) and any(
            other.value != mention.value for other in mentions)

    def restated(index: int) -> bool:
        return index + 1 < len(mentions) and (_said_again(
            text, mentions[index].end, mentions[index + 1], earlier=mentions[index].phrase,
            earlier_day=mentions[index].value) or any(
                dated(text[mentions[index].end:mentions[index + 1].start],
                      *mentions[index:index + 2])
                for dated in (_weekday_dated, _time_of_the_month_dated)))

    def counted_from(index: int) -> bool:  # "Le salaire tombe le 25, je vous verse ... le
        # lendemain": the 25th is what the day paid on is counted from
        # (not a day described by it: "Thursday, the day after my bonus lands")
        # nor one named again after it: "le lendemain du salaire ... non, le jour même, le 25")
        mention = mentions[index]
        return any(_A_DAY_COUNTED_FROM_ANOTHER.search(later.phrase)
                   and later.value != mention.value
                   and _ANOTHER_CLAUSE_BETWEEN.match(text, mention.end, later.start) is not None
                   and all(again.value != mention.value for again in mentions[place + 1:])
                   for place, later in enumerate(mentions) if place > index)

    def busy(index: int) -> bool:  # the day the clause opens with (not "I'll pay on Saturday
        # 29th, I'm at the market all day the Friday": what keeps the writer busy is the other's)
        mention = mentions[index]
        return (_OPENS_WITH.fullmatch(text, 0, mention.start) is not None
                and _BUSY_AFTER.match(text, mention.end) is not None
                and any(other.value != mention.value for other in mentions[index + 1:]))

    another_event = [lasts_until(index) or comes_in(index) or day_off(index)
                     or counted_from(index) or busy(index) for index in range(len(mentions))]
    aside = [recurs(mention) or another_event[index] or any(  # or the day of another event
        # named again ("we get paid on the 3rd and with that being Good Friday ... the day before")
        another_event[earlier] for earlier in range(index)
        if mentions[earlier].value == mention.value) for index, mention in enumerate(mentions)]
    ranked = sorted(range(len(mentions)), key=lambda index: (
        restated(index), not latest(index), aside[index], index))
    return [mentions[index] for index in ranked]


@lru_cache(maxsize=4)
def _days_to_come(text: str, sent: date,
                  month_first: bool) -> tuple[tuple[Clause, date, bool], ...]:
    """Each day on or after `sent` named in a clause that is not about the past or what was
    missed, nor in the condition of an "if" (before its first comma), with its clause: clause
    by clause, and within a clause the day most likely paid on first (`_paid_on_first`), and
    whether the day recurs; days that recur, or that a term is counted from, after all the
    others ("we pay 30 days from month end, so this will be paid on 31 December", "on paie le
    5 du mois, donc ce sera le 5 décembre").

    Kept for the last few replies: reading one reply asks for its days up to three times
    (the day paid on, a day the model may make a promise of, the plan's instalments)."""
    days: list[tuple[Clause, date, bool]] = []
    recurring: list[tuple[Clause, date, bool]] = []
    alone_ends = -1  # where the day ends that a clause just before named alone, in `text`
    alone: DateMention | None = None  # and that day
    earlier: date | None = None  # the last day named so far, for "the day after"
    told: set[date] = set()  # days told before ("I said Monday on the phone but ...")
    named: list[tuple[int, date]] = []  # where each day is named in `text`, and the day
    for clause, possible in dated_clauses(text):
        found = find_dates(clause.text, sent=sent, month_first=month_first, possible=possible,
                           earlier=earlier)
        anchors = [mention for mention in found  # (not "on Mondays": any Monday)
                   if not _WEEKDAYS_PLURAL.search(mention.phrase)]
        if anchors:
            earlier = anchors[-1].value
        named.extend((clause.start + mention.start, mention.value) for mention in found)
        if clause.is_conditional:  # only a day the promise names once the condition is met
            stated_from = clause.condition_end
            if stated_from < 0:
                continue
            promised = [mention for mention in found if mention.start > stated_from]
            if promised or not _AT_ONCE.search(clause.text, stated_from):
                found = promised  # else "wenn das Gehalt am 1. kommt, zahl ich sofort": that day
        if _PAST_OR_MISSED.search(clause.text) or _PAST_EVENT.search(clause.text):
            found = _not_in_the_past(clause.text, found)
        # a day turned down for the one after it ("el lunes que viene no, el otro") is that one,
        # which no earlier mention of the day turned down stands beside ("Thursday - not this
        # Thursday, the one after")
        one_after = []
        for index, mention in enumerate(found):
            after = _the_one_after(text, clause, mention)
            if after is not mention:
                days[:] = [day for day in days if day[1] != mention.value]
                found[index] = after
                one_after.append(after)
        told.update(mention.value for mention in found if _told_before(clause.text, mention))
        refused = [mention for mention in found
                   if mention not in one_after and _refused(text, clause, mention)]
        refused += [mention for mention in found if mention not in refused and any(
            _within_the_refusal(clause.text, turned_down, mention) for turned_down in refused)]
        # "I'll pay the first £200 on the 10th ... Sorry - not the 10th, ... my pay goes in on
        # the 12th now": a day turned down takes its earlier mention with it, when another day
        # is named after it (not "The 11th. Not tomorrow, not Thursday, the 11th.")
        named_after_clause: bool | None = None
        for mention in refused:
            if not any(later.start > mention.start and later not in refused for later in found):
                if named_after_clause is None:
                    named_after_clause = bool(find_dates(  # ("..., so the Wednesday after")
                        text[clause.end:], sent=sent, month_first=month_first,
                        earlier=found[-1].value))
                if not named_after_clause:
                    continue
            days[:] = [day for day in days if day[1] != mention.value]
        mentions = [mention for mention in found
                    if mention.value >= sent and not _far_off(mention, sent)
                    and mention not in refused
                    and (mention in one_after
                         or not _CORRECTED.match(text, clause.start + mention.end))]
        if mentions and alone is not None and alone_ends >= 0 and (_said_again(
                text, alone_ends, mentions[0], offset=clause.start, earlier=alone.phrase,
                earlier_day=alone.value) or _weekday_dated(
                    text[alone_ends:clause.start + mentions[0].start], alone, mentions[0])):
            days.pop()  # "Mitte nächster Woche, also am Mittwoch": the day said again counts
        made = next((mention for mention in mentions
                     if _MAKE_IT.search(clause.text, 0, mention.start)), None)
        if made is not None:  # "so make it Friday": another day before it no longer stands
            days[:] = [day for day in days if day[1] == made.value]
            mentions = [mention for mention in mentions if mention.start >= made.start]
        if any(_recurs(clause.text, mention) for mention in mentions):
            mentions = [mention for mention in mentions  # "... starting next month"
                        if _recurs(clause.text, mention)
                        or not (_STARTING_WORD_BEFORE.search(clause.text, 0, mention.start)
                                and _NEXT_MONTH.fullmatch(mention.phrase))]
        for mention in _paid_on_first(clause.text, mentions):
            if _recurs(clause.text, mention):
                recurring.append((clause, _first_monthly_day(clause.text, mention, sent), True))
            else:
                days.append((clause, mention.value, False))
        alone_ends = (clause.start + mentions[0].end
                      if len(mentions) == 1 and not _recurs(clause.text, mentions[0]) else -1)
        alone = mentions[0] if mentions else None
    if any(day not in told for _clause, day, _recurs in days):
        days = [day for day in days if day[1] not in told]
    corrected = _CORRECTION.search(text)
    if corrected is not None and any(clause.end > corrected.start() for clause, _day, _r in days):
        # "I'll pay it on the 1st when my wages go in - no wait, the 1st is a Sunday, so Monday
        # the 2nd": the days named before the correction no longer stand, nor the same days
        # named again after it to say why ("Friday - no hang on, make it Monday ... nothing
        # landing this Friday", "le 12... non le 13, le 12 j'ai le contrôle technique")
        taken_back = {day for start, day in named if start < corrected.start()}
        days = [day for day in days if day[0].end > corrected.start()]
        days = [day for day in days if day[1] not in taken_back or _PAYING.search(day[0].text)
                or _A_SUM.search(day[0].text)] or days  # (but "Actually no - can I do £250
        # on Friday and the other £250 at the end of the month?": Friday still, in a plan)
    return tuple(days + recurring)


# Paying as soon as a condition is met, with no day of its own: the condition's day is the one.
_AT_ONCE = re.compile(
    r"\b(?:sofort|umgehend|direkt|straight away|right away|immediately|at once|(?:the )?same day|"
    r"enseguida|inmediatamente|de inmediato|en el acto|tout de suite|aussitôt|imm[ée]diatement|"
    r"le jour m[êe]me|dans la foul[ée]e)\b", re.IGNORECASE)


# Words that take back what was just said ("no, wait", "bueno no", "äh, nein"): right after a day
# (`_CORRECTED`), or anywhere in the reply.
_TAKING_BACK = (r"no,? wait|wait,? no|scratch that|bueno,? no|no,? espera|perd[oó]n,? quise decir|"
                r"me corrijo|non,? pardon|euh,? non|je me corrige|äh,? nein|nein,? moment|"
                r"ich korrigiere|"
                # "Friday - no hang on, make it Monday", "Tomorrow - actually no, Thursday", "Je
                # vous paie jeudi. Ah non, ...", "am Mittwoch – nein, halt", "el jueves... no,
                # pará", "Nee, sorry, meinte Donnerstag", "le 12... non le 13", "el día 10...
                # espera"
                r"no,? hang on|actually,? no|ah,? non|nein,? halt|no,? par[áa]|nee,? sorry|"
                r"nah(?=,)|ach,? quatsch|"
                r"(?:\.\.\.|…),? ?(?:no|non|nein|espera)")
# A correction of what was just said, wherever it falls (`_CORRECTED` reads one right after a day).
_CORRECTION = re.compile(rf"\b(?:{_TAKING_BACK})\b", re.IGNORECASE)


# A day named without its year that falls most of a year away ("We lost our biggest contract
# just before Christmas", written on 12 January): the one just gone, not the next.
_FAR_OFF_DAYS = 300
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b")


def _far_off(mention: DateMention, sent: date) -> bool:
    return (mention.value - sent).days > _FAR_OFF_DAYS and not _A_YEAR.search(mention.phrase)


# A day the debtor turns down ("Can't pay today, but Friday", "Tomorrow's no good"), unless
# what turns it down is a limit ("not before the 15th", "can't pay until Friday").
_REFUSED_BEFORE = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|won't|not|unable to|not in a position to|no puedo|no "
    r"podr[ée]|no podremos|no voy a poder|je ne peux pas|je ne pourrai pas|nous ne pourrons pas|"
    r"kann nicht|no pago|no pagamos|ne paie pas|ne paierai pas)(?! wait\b)(?: \w+){0,2}"
    r"(?: (?:on|el|le|am))? $"
    r"|(?:^|[.!,;:]\s*)(?:pas|nicht|no)\s+$|\b(?:n'est|n'était|ne sera) pas\s+$"
    # "Scratch what I said about Friday the 14th"
    r"|\b(?:scratch|forget|ignore) what (?:i|we) (?:said|told you|wrote) (?:about|re)\s+$"
    # a day meant once ("Iba a ser mañana pero al final el viernes", "I was going to say Friday")
    r"|\b(?:iba a ser|iba a (?:pagar|transferir|depositar|mandar)\w*|(?:i|we) (?:was|were) "
    r"going to (?:pay(?: it)?|say|do it)|it was going to be|was meant to be|je (?:comptais|devais) "
    r"(?:vous )?(?:payer|r[ée]gler)|ich wollte (?:eigentlich )?)\s+(?:on\s+|el\s+|le\s+|am\s+)?$"
    r"|\bnicht (?:am|den)\s+$"
    # "no va a ser el miércoles 12 sino el jueves 13", "le paiement ne partira pas le 19 mais le
    # 20", "die Zahlung wird nicht am Freitag ... erfolgen"
    r"|\b(?:no (?:va a ser|es|ser[áa]|sale|saldr[áa])|ne (?:sera|partira|part|passera) pas|wird "
    r"nicht)\s+(?:el\s+|le\s+|am\s+)?$",
    re.IGNORECASE,
)
# A day written as a limit itself ("avant le 10", "bis zum 15."): "Pas avant le 10" promises it.
_A_LIMIT_IN = re.compile(r"(?:avant|antes|vor|bis|hasta|jusqu|before|until|till|by)\b",
                         re.IGNORECASE)
_A_LIMIT_BEFORE = re.compile(
    r"\b(?:until|till|before|by|after|later than|earlier than|later|avant|antes(?: del?)?|vor|"
    r"bis|hasta|jusqu'(?:au|à))\s+(?:the\s+)?$",
    re.IGNORECASE)
# "Not this Friday but the one after": the day still tells the week it is paid in.
_ONE_AFTER = (r"the (?:following|next) one|(?:le|la) suivante?|cel(?:ui|le) d'apr[eè]s|"
              r"el siguiente|el otro|(?:den|die|das) (?:nächsten?|darauf)")
_THE_ONE_AFTER = re.compile(
    rf"\W*(?:but|mais|sino|sondern) (?:the (?:one|week) after|{_ONE_AFTER})|[\s.…]+(?:no|not|non|"
    # ("el lunes que viene... no, el que viene no, el otro")
    rf"nein),?\s+(?:(?:el|the one|this one|celui) (?:que viene|coming|qui vient) (?:no|not|non),?"
    rf"\s+)?(?:the one after|{_ONE_AFTER})\b", re.IGNORECASE)
# The same with nothing joining them, after a day turned down ("Pas ce vendredi, celui
# d'après"; not "Friday 21st - the week after next").
_THE_ONE_AFTER_BARE = re.compile(rf"\W*(?:the one after|{_ONE_AFTER})", re.IGNORECASE)
_REFUSED_AFTER = re.compile(
    r"(?:'s|\s+is)?\s+(?:no good|not (?:possible|good|going to work)|a no)\b"
    # a day taken by an occasion ("the 7th is my daughter's birthday")
    r"|(?:'s|\s+is)?\s+(?:my|our|his|her|the)\s+(?:\w+(?:'s|s')\s+)?(?:\w+\s+)?(?:birthday|"
    r"wedding|anniversary|funeral|christening|graduation|confirmation|(?:first )?communion|"
    r"baptism|burial|court date|operation|surgery|hearing)\b"
    # "Friday isn't going to happen", "Thursday won't work"
    r"|\s+(?:isn't|is not|won't|will not|ain't)\s+(?:going to |gonna )?(?:happen|work|be "
    r"possible|be doable)\b"
    r"|(?:'s|\s+is)\s+too (?:soon|early|tight)\b"
    # a time that is hard for the writer ("Month-end is tight here", "the 1st is difficult")
    r"|(?:'s|\s+is)\s+(?:always |very |really |a bit |quite )?(?:tight|difficult|hard|a struggle|"
    r"a problem|awkward)\b"
    r"|,?\s+(?:i|we) (?:can't|cannot|can not)\b(?! wait\b)"
    r"|,?\s+(?:no puedo|no podemos|no tengo|no tenemos|je ne peux pas|nous ne pouvons pas|on ne "
    r"peut pas|kann ich nicht|können wir nicht)\b"
    r"|,?\s+(?:imposible|impossible|unmöglich)\b"
    # a day that falls on a weekend ("the 1st is a Sunday", "que es sábado", "c'est un dimanche")
    r"|(?:'s|\s+is|\s+is falling on|\s+falls on)\s+a?\s*(?:saturday|sunday)\b"
    r"|[,.\s]+(?:que |ya que |porque )?es\s+(?:s[áa]bado|"
    r"domingo|(?:d[ií]a )?festivo|(?:d[ií]a )?feriado)\b|[,\s]+(?:c'est|qui est|qui tombe|"
    r"tombe)\s+(?:sur\s+)?un\s+(?:samedi|dimanche)\b|"
    # a day that is a holiday ("el jueves es la Diada", "Friday's Good Friday")
    r"(?:'s|\s+is|\s+es|\s+est|\s+ist|,?\s+c'est)(?:\s+(?:ja|doch|halt|eben|aber|actually|en "
    r"fait))?\s+(?:la |le |el |der |the )?(?:" + HOLIDAY_NAME
    + r")\b|\s+(?:br(?:ü|ue)cke|br(?:ü|ue)ckentag|puente|pont)\b|"
    r"[,\s]+(?:das )?ist\s+(?:ein\s+)?(?:samstag|sonntag)\b"
    r"|,?\s+(?:auch\s+)?(?:no|non|nein|nicht|tampoco|pas)\s*(?:[,;:.!—–-]|$)"
    # "El 4 de diciembre no me viene bien", "ne me convient pas", "passt mir nicht"
    r"|\s+(?:no me viene bien|ne me convient pas|passt (?:mir|uns) nicht|doesn't suit)\b"
    r"|\s+(?:schaffe? ich|schaffen wir)(?: leider)? nicht\b|\s+wird (?:das |es )?(?:nix|nichts)\b"
    r"|\s(?:doesn't|won't) work\b|\s+no (?:llego|llegamos|llegaré|llegaremos|me da|nos da)\b"
    r"|\s+(?:geht|klappt)(?:'?s)? (?:bei (?:mir|uns) )?(?:nicht|nimmer)\b"
    r"|\s+(?:ça ne va pas|ce n'est pas possible|c'est non)\b"
    # "Este viernes no me alcanza", "ce vendredi c'est impossible", "Montag wird's nichts"
    # ("Dienstag? Nein, ..." ends the clause at its question mark: `_CORRECTED` reads it)
    r"|\s+no (?:me|nos) alcanza\b|\s+no alcanzo\b|\s+(?:c'est|ce sera|ça sera) impossible\b"
    r"|\s+wird'?s (?:nix|nichts)\b"
    # no payment run that day ("vor Weihnachten allerdings kein Zahlungslauf mehr", "no payment
    # run that week")
    r"|\s+(?:\w+\s+){0,3}(?:kein(?:e|en)? (?:zahlungslauf|zahlungen|überweisungen)|no (?:payment "
    r"run|payments go out)|aucun (?:paiement|virement) ne part|no (?:sale|hay) ning[úu]n pago)\b",
    re.IGNORECASE)


# A day the debtor corrects at once ("Friday — sorry, I mean Thursday", "Friday. Actually,
# scratch that, Thursday", "the 31st. Hang on, November hasn't got a 31st"): the day after the
# correction is the one.
_CORRECTED = re.compile(
    r"[\s.,;:!—–-]*(?:(?:sorry|perd[oó]na|perd[oó]n|pardon|entschuldigung),?\s+|no,?\s+|"
    r"oh,?\s+)?(?:i mean|i meant|meant to (?:type|say|write)|actually,? scratch|make that|"
    r"no,? it isn't|no,? it's not|"
    r"correction|or rather|hang on|"
    r"pardon,? je voulais dire|ich meine|me equivoqu[ée]|espera,? no|non,? attendez|moment,? nein|"
    r"nein,? sorry|ähm?,? nein|" + _TAKING_BACK + r")\b"
    # a day trailed off and taken back ("el lunes 2... no, ese día es Día de Muertos", "el lunes
    # 10... ay no, ese día pago la renta")
    r"|(?:\s+[\w']+){0,3}\s*(?:\.{2,}|…)\s*(?:ay\s+|oh\s+|ah\s+)?(?:no|non|nein|nee)\b"
    r"(?!\s+(?:s[ée]|sais|wei(?:ß|ss)|rush|worries|problem|prob|hay|pasa))"
    # or asked and answered ("Dienstag? Nein, Dienstag ist Elternabend")
    r"|\?\s*(?:no|non|nein|nee|nö)\s*[,.!—–-](?!\s*(?:problem|prob|worries|hay|pasa|probl[èe]me|"
    r"souci))"
    # a bare apology and the day meant ("el lunes... perdón, el martes")
    r"|(?:\.\.\.|…|[\s.,;:!—–-])*(?:sorry|perd[oó]n|perdona|pardon|entschuldigung)[,\s]+"
    r"(?=(?:el|la|le|the|am|on|den)\s+\d|(?:(?:el|la|le|the|am|on|den)\s+)?(?:(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag)\b)",
    re.IGNORECASE)
# A day that replaces every day before it ("Thursday. Actually, I'm at a trade show Thursday,
# so make it Friday", "let me get back to you on a date - actually no, let's just say Friday").
_MAKE_IT = re.compile(r"\b(?:make (?:it|that)|let(?:'s| us) (?:just )?(?:say|call it|go with)|"
                      r"call it|bref|in short|en resumen|kurzum|(?<!as )well,|(?:that|which) "
                      r"means|meaning|genau genommen|genauer gesagt|to be exact|to be precise|"
                      r"pour être précis)\s+"
                      r"(?:the |on )?$", re.IGNORECASE)


def _the_one_after(text: str, clause: Clause, mention: DateMention) -> DateMention:
    """`mention`, or the same weekday a week on when the debtor turns it down for the one after
    it ("Not this Friday but the one after", "Pas ce vendredi mais le suivant")."""
    if not (_THE_ONE_AFTER.match(text, clause.start + mention.end) or (
            _THE_ONE_AFTER_BARE.match(text, clause.start + mention.end)
            and _REFUSED_BEFORE.search(clause.text[max(0, mention.start - 30) : mention.start]))):
        return mention
    return DateMention(mention.start, mention.end, mention.phrase,
                       mention.value + timedelta(days=7))


# A day that turns out a holiday ("mardi prochain, le 11, mais c'est férié"), though the words
# saying so start the next clause.
_A_HOLIDAY_AFTER = re.compile(
    r"[,\s—–-]+(?:but|mais|pero|aber|actually|en fait|eigentlich),? (?:it's|that's|c'est|es|ist) "
    r"(?:a (?:bank |public )?holiday|the bank holiday|f[ée]ri[ée]|festivo|(?:ein )?feiertag)\b",
    re.IGNORECASE)


# A day the debtor says they named before ("I said Monday on the phone", "Ich habe am Telefon
# den 12. gesagt", "je vous avais dit mardi"): it gives way to any other day the reply names.
_TOLD_BEFORE_IT = re.compile(
    r"(?:\b(?:i|we) (?:said|told (?:you|him|her|them|your \w+)|mentioned)|\bj'(?:avais|ai) dit|"
    r"\b(?:je|nous) (?:vous |lui )?(?:avais|avions|ai|avons) dit|\b(?:le |les |te )?dij(?:e|imos))"
    r"(?: (?:on the phone|by phone|au t[ée]l[ée]phone|por tel[ée]fono|earlier|before|avant|"
    r"antes))?(?: que)?\W*\Z", re.IGNORECASE)
_TOLD_AFTER_IT = re.compile(r"\W*(?:\w+\W+){0,3}?gesagt\b", re.IGNORECASE)
_I_HAVE = re.compile(r"\b(?:habe|hatte|haben|hatten)\b", re.IGNORECASE)


def _told_before(clause: str, mention: DateMention) -> bool:
    """Whether the debtor says they named `mention`'s day before, in words around it."""
    if _TOLD_BEFORE_IT.search(clause, 0, mention.start):
        return True
    return bool(_TOLD_AFTER_IT.match(clause, mention.end)
                and _I_HAVE.search(clause, max(0, mention.start - 40), mention.start))


def _within_the_refusal(clause: str, turned_down: DateMention, mention: DateMention) -> bool:
    """Whether `mention` is named in the words that turn down the day before it ("el jueves es
    la Diada": the holiday is that Thursday, turned down with it)."""
    if mention.start < turned_down.end:
        return False
    refusal = _REFUSED_AFTER.match(clause, turned_down.end)
    return refusal is not None and refusal.end() >= mention.end


def _refused(text: str, clause: Clause, mention: DateMention) -> bool:
    """Whether the debtor turns down the day `mention` names in `clause` of `text`."""
    before = clause.text[max(0, mention.start - 30) : mention.start]
    if (_REFUSED_BEFORE.search(before) and not _A_LIMIT_BEFORE.search(before)
            and not _A_LIMIT_IN.match(mention.phrase)
            and not _THE_ONE_AFTER.match(text, clause.start + mention.end)
            and not _THE_ONE_AFTER_BARE.match(text, clause.start + mention.end)):
        return True
    after = clause.start + mention.end
    if _ANYWAY.search(text, after, after + _ANYWAY_WITHIN):
        return False  # "El lunes 17 es día feriado pero igual le hago la transferencia"
    return (_REFUSED_AFTER.match(clause.text, mention.end) is not None
            or _A_HOLIDAY_AFTER.match(text, after) is not None)


# A day said hard or a holiday, and paid on all the same.
_ANYWAY = re.compile(r"\b(?:pero|but|mais|aber|bueno),?\s+(?:\w+\s+){0,2}?(?:igual|de todas formas|"
                     r"de todos modos|anyway|all the same|quand m[êe]me|tout de m[êe]me|trotzdem|"
                     r"dennoch)\b", re.IGNORECASE)
_ANYWAY_WITHIN = 60  # characters


# Another's payment the debtor waits for ("We're waiting on stage payment from the client"):
# no commitment of theirs, though it holds "from".
_WAITING_ON_THEIR_PAYMENT = (
    r"\b(?:waiting (?:on|for)|awaiting) (?:a |the |our )?(?:\w+ )?(?:payment|funds|money) from\b|"
    # "j'attends moi-même le règlement d'un chantier", "espero el pago de un cliente", "ich warte
    # selbst auf die Zahlung eines Kunden"
    r"\bj'attends (?:moi-m[êe]me )?(?:le |un |les )?(?:r[èe]glement|paiement|virement)s?\b|"
    r"\bespero (?:yo )?(?:el |un )?(?:pago|cobro|dinero)\b|\bich warte (?:selbst |noch )?auf "
    r"(?:die |eine |das )?(?:zahlung|geld|überweisung)\b")
# What a debtor waits for before paying: money coming in to them ("we get our contract payment
# on the 24th", "nuestro cliente nos paga el viernes 21", "our grant comes through at the start
# of December"), their own return ("je rentre jeudi soir"), a meeting or an approval ("goes to
# our board at the meeting on 10/13"). In a clause that commits to nothing itself, the day it
# names is when that happens, not when they pay.
# Someone else paying the writer ("they'll pay us", "the mine pays us"): money awaited.
_SOMEONE_PAYS_US = (r"\b(?:they|he|she|the \w+)(?:'ll| will)? (?:pays?|settles?|transfers?) "
                    r"(?:us|me)\b")
_BEFORE_PAYING = with_start_lookahead(re.compile(
    r"\b(?:we|i)(?: (?:get|receive|are paid|get paid|got paid|am paid|expect to receive|"
    r"should receive|"
    r"should get)|'re paid|'m paid)\b(?! back\b| (?:it|this|that|the (?:invoice|bill|money|"
    r"payment)) (?:to you|paid|sorted|done|over|across|out)\b)"
    r"|\b(?:nos|me) (?:ingresan|ingresar[áa]n|pagan|abonan|depositan|liquida(?:n|r[áa])?)\b"
    r"|\bcobrar(?:la|lo)\b"
    # goods or a trip awaited ("Je réceptionne jeudi le reste de la commande", "Nos vamos de
    # vacaciones el 1 de agosto")
    r"|\bje r[ée]ceptionne\b|\b(?:je|nous) (?:re[çc]ois|recevons) (?:le|la|les) (?:reste|"
    r"commande|marchandise|livraison)\b|\b(?:recibo|recibimos) (?:el|la|los|las) (?:pedido|"
    r"material|mercanc[íi]a|resto|entrega)\b|\b(?:nos vamos|me voy) de (?:vacaciones|viaje)\b"
    r"|\btheir (?:payment|pay|ap|cheque|check) run\b"
    r"|\b(?:our|my) (?:clients?|customers?|tenants?|debtors?|buyers?)(?: [\w']+){0,3}? (?:pays?|"
    r"settles?) (?:us|me)\b|" + _SOMEONE_PAYS_US + r"|"
    # pay credited, goods awaited, the writer away ("salary will get credited on 1st", "delivery
    # of the new stock is wed 12th, once thats booked in", "We're away for Remembrance Sunday"),
    # or another bill of theirs going out ("the kids' school trip gets paid on the 14th")
    r"\b(?:salary|wages?|pay|pension|money|funds)\b(?: \w+){0,2} (?:credited|paid in)\b|"
    r"\bje pars\b|\b(?:delivery|shipment|new stock|container)\b(?: [\w']+){0,4} (?:is|'s|"
    r"arrives?|comes?|lands?|due)\b|\b(?:i'm|i am|we're|we are|i'll be|we'll be) away\b|"
    r"\b(?:rent|mortgage|car tax|council tax|insurance|school trip|school fees|fees|loan "
    r"repayment)\b (?:gets? paid|is due|goes out|comes out|is paid)\b|"
    # someone else to be paid first ("the fitter wants paying on the day")
    r"\b(?:he|she|they|the \w+) (?:wants?|needs?|expects?) (?:paying|to be paid)\b|"
    r"\bzahltag\b|\b(?:my|our) (?:wages?|salary|pension|benefits?|universal credit|pay ?cheque|"
    r"paycheck|payday|"
    r"pay day)\b|\b(?:nos|me) paga(?:n|rá|ran)?\b|"
    r"\bcobr(?:o|amos|aré)\b|\b(?:ma|notre) (?:paie|paye|pension|retraite)\b|\bmon salaire\b|"
    r"\b(?:mein|unser) (?:gehalt|lohn)\b|\bmeine rente\b|\b(?:wir|ich) (?:bekommen?|erhalten?) "
    r"(?:unser|mein|das geld)|\b(?:grant|funding|pension|wages?|salary|refund|loan|benefits?|"
    r"payout|settlement|payment|cheque|check|money|draw|drawdown|funds)\b(?: [\w']+){0,4} "
    r"(?:comes?|coming|arrives?|lands?|(?:is|isn't|is not|won't be|will be|'ll be|'s) in "
    r"(?:till|until|on|by))\b"
    r"|\b(?:i'm|i am|we're|we are|he's|she's|they're|i'll be|we'll be) back\b|\bi "
    r"get back\b|\b(?:i|we) go back\b|\b(?:doctor'?s?|dentist|hospital|medical|vet|clinic) "
    r"appointment\b|\bje (?:rentre|reviens)\b|\b(?:à|dès) mon retour\b|\bregres[oa]\b|\bvuelvo\b|"
    r"\bzurück\b|\bnach meiner rückkehr\b|\b(?:meeting|board|approv\w*|sign-?off|freigabe|réunion|"
    r"reunión|comité)\b"
    r"|\b(?:salary|wages?|payday|pay day|payroll|pension)(?:'s| is)?\b(?: \w+){0,2} (?:comes?|"
    r"arrives?|lands?|hits?|goes in|due|the)\b|\bpayday(?:'s| is)\b|\b(?:client|customer) "
    r"payment is expected\b|\bmoney (?:is )?due\b|"
    r"\b(?:notre|nos|mon|mes) (?:\w+ )?clients?(?: \w+)? (?:nous|me|m') ?(?:paie|paient|paiera|"
    r"paieront|r[èe]gle\w*|vers\w+)\b|\b(?:unser|mein)e? (?:\w+ )?(?:kunde|auftraggeber|"
    r"kundin) (?:zahlt|überweist|bezahlt)\b|" + _WAITING_ON_THEIR_PAYMENT,
    re.IGNORECASE,
))


def _aside(clause: str) -> bool:
    """Whether the day of `clause` is not the one promised when another is named."""
    return _AWAY_OR_ARRIVING.search(clause) is not None or _money_coming_in(clause)


def _money_coming_in(clause: str) -> bool:
    """Whether `clause` tells of what the debtor waits for (`_BEFORE_PAYING`) and commits to
    nothing itself."""
    if not _BEFORE_PAYING.search(clause):
        return False
    own = _THEY_PAY_US.sub("", clause)  # a client's "they'll pay us" is no commitment of theirs
    own = _FROM_WHOM.sub("", own)  # "our draw from the lender comes through": no "from the 1st"
    return not (_COMMITS.search(own) or _FUTURE_TENSE.search(own) or _I_PAY.search(own))


_FROM_WHOM = re.compile(r"\bfrom (?:the |our |my |a )?\w+(?= (?:comes?|coming|arrives?|lands?)\b)",
                        re.IGNORECASE)
_THEY_PAY_US = re.compile(
    r"\b(?:our|my) \w+(?:'ll| will)? (?:pays?|settles?|transfers?) (?:us|me)\b|"
    + _SOMEONE_PAYS_US + r"|\btheir (?:payment|pay|ap|cheque|check) run\b|"
    + _WAITING_ON_THEIR_PAYMENT, re.IGNORECASE)


# Paying said in the present for the future ("dès mon retour, lundi 17, je vous fais le
# virement", "el martes te pago", "am Montag zahle ich").
_PAYING_SOON_WORDS = (
    r"\b(?:je vous|je|on vous|nous vous) (?:fais|fait|faisons|paie|paye|r[èe]gle|vire)\b|"
    r"\b(?:te|le|os|les|se lo)(?: lo| la)? (?:pago|transfiero|hago|abono|deposito|pagamos|"
    r"transferimos|hacemos|abonamos|depositamos)\b|"
    r"\b(?:ich|wir) (?:zahle|zahlen|überweise|überweisen|mache die überweisung|machen die "
    r"überweisung)\b|\b(?:zahle|überweise|mache) ich\b|"
    r"\b(?:zahlen|überweisen) wir\b")
_I_PAY = re.compile(_PAYING_SOON_WORDS + r"|\bi pay\b", re.IGNORECASE)
# ... in Spanish, French and German, where the present is how the future is said ("el viernes
# 21 le transfiero"); not the English "I pay at ten working days", a habit.
_PAYING_SOON = re.compile(_PAYING_SOON_WORDS, re.IGNORECASE)


def _not_in_the_past(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of a clause that speaks of the past (or of what was missed) that are not
    themselves spoken of so: a past word in the few words before it (after the mention
    before it) or after it marks it ("the invoice was due on the 5th", "Friday, we were
    closed", but not "ACH set up for 03/13 for the 1480, sorry, the bookkeeper was out
    sick"); a past word after it does not when a future comes before it ("I'll pay
    tomorrow, had a crazy week")."""
    kept = []
    start = 0
    for mention in mentions:
        before = text[max(start, mention.start - _BEFORE_A_DAY) : mention.start]
        after = text[mention.start : mention.end + _AFTER_A_DAY]
        if not _told_as_past(before) and (
                not _PAST_OR_MISSED.search(after)
                or _WILL.search(before) or _FUTURE_TENSE.search(before)
                or _SCHEDULED_FOR.search(before) or _MAKE_IT.search(before)):
            kept.append(mention)
        start = mention.end
    return kept


_WAS_GOING_TO = re.compile(r"\A\s*(?:going to|gonna)\b", re.IGNORECASE)


def _told_as_past(before: str) -> bool:
    """Whether the words before a day tell of the past (`_PAST_OR_MISSED`, `_PAST_EVENT`), with
    no future after the last such word ("completely forgot, will do it monday")."""
    ends = [told.end() for past in (_PAST_OR_MISSED, _PAST_EVENT) for told in past.finditer(before)]
    if not ends:
        return False
    rest = _WAS_GOING_TO.sub("", before[max(ends):])  # "Was going to say Friday": still past
    return not (_WILL.search(rest) or _FUTURE_TENSE.search(rest)
                or _SCHEDULED_FOR.search(before, max(ends)))
