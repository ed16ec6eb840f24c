"""Dates a debtor writes, resolved against the day their message was sent.

"Friday", "the 15th", "end of the month", "15/03", "March 5th", "next week", "el viernes",
"le 15 janvier", "am 15.09.2025" ... in English, Spanish, French and German. Mentions are found
with our own patterns (so we know where each sits in the text); month names and relative
phrases are resolved by dateparser with `RELATIVE_BASE` = the message date and
`PREFER_DATES_FROM='future'`; weekdays, bare days of the month and month ends by the rules
below, because they are the ones that matter most and must be exact:

- a weekday is the next such day strictly after the message date ("next Friday": the Friday
  of the following calendar week; "last Friday", "el viernes pasado": the one before it);
- "the 15th" is the next 15th on or after the message date;
- "next week" is the Friday of the following week (the day a promise for "next week" is due);
- a date without a year is the next such date on or after the message date, unless it went
  by less than half a year before it ("paid on 14/3" written on 18 March);
- "15/03" is day first unless the first number cannot be a day's month pair the other way
  round, or the text is in dollars (month first).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from dateutil.easter import easter

from bot.domain.replies.clauses import Clause, clauses_of, sentences
from bot.domain.replies.prefilter import Folded, Prefiltered, WordIndex, with_start_lookahead

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene janvier janv januar jänner jän",
        "february feb febrero février févr fév fevrier februar",
        "march mar marzo mars märz maerz mrz",
        "april apr abril abr avril avr",
        "may mayo mai",
        "june jun junio juin juni",
        "july jul julio juillet juil juli",
        "august aug agosto août aout",
        "september sep sept septiembre setiembre septembre",
        "october oct octubre octobre oktober okt",
        "november nov noviembre novembre",
        "december dec diciembre dic décembre déc decembre dezember dez",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Month names as typed in a hurry ("novmber 24", "decemebr 4th", "febuary").
for _number, _names in enumerate(
    (
        "janurary januray janaury", "febuary feburary febraury febrary", "", "", "", "", "",
        "agust augest", "septmber setember sepember septemeber", "octuber ocotber",
        "novmber novemeber novemebr noveber novembr", "decmber decemeber decemebr decembr",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

# "tomorrow" as typed in a hurry or in dialect ("tommorow", "tomorrer", "tmrw", "2moro").
_TOMORROW_SPELLINGS = r"tomm?orr?ow|tomorr?[ae]r?|tomoro|tmrw|2moro|2morr?ow|2mrw|tomoz|2moz"

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "monday mundy mundee mondee munday lunes lundi lundie montag mäntig mentig",
        "tuesday tues tue tuesdee chewsday martes mardi mardie dienstag ziischtig zischtig",
        "wednesday wednsday wensday wendsday wendesday wensdee wednesdee wed miércoles miercoles "
        "mercredi mittwoch",
        "thursday thurs thur thu thursdee thirsday jueves juebes jeudi jeudie donnerstag dunschtig "
        "donnschtig",
        "friday fri fridee fridi frydee viernes biernes vendredi vendredie freitag fritig friitig",
        "saturday satterdee setturday saturdee sábado sabado samedi samstag sonnabend samschtig",
        "sunday sundee domingo dimanche sonntag sunntig",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number
# Typed in a hurry: a letter left out or two swapped ("firday", "Thrusday", "Monady",
# "Frday", "vienres", "Donnertag", "Freitg"), never the first letter nor the last ("Frida" is
# a name), nor a word of its own ("domino"); the names of five letters or fewer are left as
# they are ("lune", "mates").
for _name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "viernes", "miercoles", "jueves", "sabado", "domingo", "vendredi", "mercredi",
              "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
              "samstag", "sonntag"):
    _typos = {_name[:at] + _name[at + 1:] for at in range(1, len(_name) - 1)} | {
        _name[:at] + _name[at + 1] + _name[at] + _name[at + 2:] for at in range(1, len(_name) - 1)}
    for _typo in _typos - {_name, "domino"}:
        _WEEKDAYS.setdefault(_typo, _WEEKDAYS[_name])

# The short weekdays that are words of their own ("sat", "mon", German "do", "mi"): kept out of
# the names every weekday pattern tries; the second "weekday" pattern reads them only in their
# plain places ("on Sat", "am Mo").
_SHORT_WEEKDAYS = {"mon": 0, "sat": 5, "sun": 6, "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4,
                   "sa": 5}
# ... and the Spanish and French ones, read only before a day of the month ("el vie 21")
_SHORT_WEEKDAYS_ABROAD = {"lun": 0, "mar": 1, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5,
                          "sab": 5, "dom": 6, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}

def _alternation(words: Iterable[str]) -> str:
    """The words as one alternation, escaped, longest first."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_MONTH = _alternation(_MONTHS)
MONTH_NAME = _MONTH
"""An alternation of every month name and abbreviation the reader knows, in the four
languages, longest first (for other readers' patterns: `rf"\b(?:{MONTH_NAME})\b"`)."""
_WEEKDAY = _alternation(_WEEKDAYS)
WEEKDAY_NAME = _WEEKDAY
"""The same for every weekday name and abbreviation."""
# Put before a month or weekday name, a look-ahead for the letters they start with: the regex
# engine tries a long alternation of names at every place it reaches, and this rules most
# places out at once. With the same flags, a character matches the class exactly when it
# matches one of those first letters, so the patterns match the same. (Before the `\b`, not
# inside the group: `prefilter` then still reads the names as whole words.)
_MONTH_AHEAD = "(?=[{}])".format("".join(sorted({name[0] for name in _MONTHS})))
_WEEKDAY_AHEAD = "(?=[{}])".format("".join(sorted({name[0] for name in _WEEKDAYS})))
_ORDINAL = r"(?:st|nd|rd|th|er|ère|º|°)"
_YEAR = r"(?:,?\s*(?P<year>\d{4})\b)?"
_NEXT = (r"next|coming|following|próximo|proximo|prochain|nächsten|nächster|nächste|naechsten|"
         r"naechster|naechste|kommenden|kommender|kommende")

_LAST = r"last|letzten|letzte|vergangenen|vergangene|pasado|dernier"
# ("Thursday gone", "Friday just gone": British and Caribbean English for the last one)
_BEFORE = frozenset(_LAST.split("|")) | {"passé", "passe", "gone", "just gone"}

def _weekday_in_month(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` `weekday` of the month (the last one for `nth` -1): the holidays that move."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)


def _thanksgiving(year: int) -> date:
    """The fourth Thursday of November (the United States')."""
    return _weekday_in_month(year, 11, 3, 4)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


# The holidays debtors pay by or around, each as the day it falls on in a given year.
_HOLIDAY_NAMES: dict[str, Callable[[int], date]] = {
    **dict.fromkeys(("christmas day", "christmas", "xmas", "navidad", "noël", "noel",
                     "weihnachten", "1. weihnachtstag", "erster weihnachtstag"), _fixed(12, 25)),
    **dict.fromkeys(("boxing day", "st stephen's day", "2. weihnachtstag", "zweiter weihnachtstag",
                     "zweiten weihnachtstag", "2. weihnachtsfeiertag", "zweiter weihnachtsfeiertag",
                     "zweiten weihnachtsfeiertag"), _fixed(12, 26)),
    **dict.fromkeys(("1. weihnachtsfeiertag", "erster weihnachtsfeiertag",
                     "ersten weihnachtsfeiertag", "ersten weihnachtstag"), _fixed(12, 25)),
    **dict.fromkeys(("nikolaustag", "saint-nicolas", "saint nicolas", "st-nicolas", "chlaustag",
                     "klaustag", "samichlaustag"), _fixed(12, 6)),
    **dict.fromkeys(("leopolditag",), _fixed(11, 15)),
    **dict.fromkeys(("virgen de guadalupe", "día de la virgen de guadalupe"), _fixed(12, 12)),
    # the Sunday before the first Sunday of Advent
    **dict.fromkeys(("totensonntag", "ewigkeitssonntag"),
                    lambda year: date(year, 12, 24) - timedelta(
                        days=(date(year, 12, 24).weekday() + 1) % 7 + 28)),
    **dict.fromkeys(("bastille day", "fête nationale"), _fixed(7, 14)),
    **dict.fromkeys(("saint-jean", "la saint-jean", "saint-jean-baptiste"), _fixed(6, 24)),
    **dict.fromkeys(("waitangi day",), _fixed(2, 6)),
    **dict.fromkeys(("la diada", "diada"), _fixed(9, 11)),
    # the Monday after the Federal Fast (the third Sunday of September)
    **dict.fromkeys(("lundi du jeûne", "lundi du jeûne fédéral", "bettagsmontag"),
                    lambda year: _weekday_in_month(year, 9, 6, 3) + timedelta(days=1)),
    **dict.fromkeys(("anzac day",), _fixed(4, 25)),
    **dict.fromkeys(("melbourne cup", "melbourne cup day", "cup day"),
                    lambda year: _weekday_in_month(year, 11, 1, 1)),
    **dict.fromkeys(("new year's day", "new years day", "año nuevo", "jour de l'an",
                     "neujahr", "neujahrstag"), _fixed(1, 1)),
    **dict.fromkeys(("reyes", "día de reyes", "dia de reyes", "epiphanie", "épiphanie",
                     "dreikönigstag", "heilige drei könige"), _fixed(1, 6)),
    **dict.fromkeys(("halloween",), _fixed(10, 31)),
    **dict.fromkeys(("toussaint", "allerheiligen", "todos los santos"), _fixed(11, 1)),
    **dict.fromkeys(("armistice", "remembrance day", "veterans day", "veterans' day",
                     "jour du souvenir"),
                    _fixed(11, 11)),
    **dict.fromkeys(("st patrick's day", "st. patrick's day", "paddy's day"), _fixed(3, 17)),
    **dict.fromkeys(("st andrew's day", "st. andrew's day", "st andrews day"), _fixed(11, 30)),
    **dict.fromkeys(("bonfire night", "guy fawkes night", "guy fawkes day"), _fixed(11, 5)),
    **dict.fromkeys(("martinstag", "la saint-martin", "st martin's day"), _fixed(11, 11)),
    **dict.fromkeys(("burns night",), _fixed(1, 25)),
    **dict.fromkeys(("australia day",), _fixed(1, 26)),
    **dict.fromkeys(("valentine's day", "valentines day", "san valentín", "saint-valentin",
                     "valentinstag"), _fixed(2, 14)),
    **dict.fromkeys(("st david's day", "st. david's day"), _fixed(3, 1)),
    **dict.fromkeys(("tag der arbeit", "fête du travail", "día del trabajo", "dia del trabajo"),
                    _fixed(5, 1)),
    **dict.fromkeys(("tag der deutschen einheit",), _fixed(10, 3)),
    **dict.fromkeys(("buß- und bettag", "buss- und bettag", "buß und bettag", "bußtag"),
                    lambda year: date(year, 11, 22) - timedelta(  # the Wednesday before the 23rd
                        days=(date(year, 11, 22).weekday() - 2) % 7)),
    **dict.fromkeys(("día de muertos", "dia de muertos", "día de los muertos",
                     "dia de los muertos"), _fixed(11, 2)),
    **dict.fromkeys(("día de la constitución", "dia de la constitucion"), _fixed(12, 6)),
    **dict.fromkeys(("la inmaculada", "día de la inmaculada", "dia de la inmaculada",
                     "mariä empfängnis", "maria empfängnis"),
                    _fixed(12, 8)),
    **dict.fromkeys(("assomption", "mariä himmelfahrt", "la asunción"), _fixed(8, 15)),
    **dict.fromkeys(("pentecost", "whitsun", "whit sunday", "pentecôte", "pfingsten",
                     "pfingstsonntag", "pentecostés"),
                    lambda year: easter(year) + timedelta(days=49)),
    **dict.fromkeys(("corpus christi", "fronleichnam", "fête-dieu"),
                    lambda year: easter(year) + timedelta(days=60)),
    **dict.fromkeys(("memorial day",), lambda year: _weekday_in_month(year, 5, 0, -1)),
    **dict.fromkeys(("labor day",), lambda year: _weekday_in_month(year, 9, 0, 1)),
    **dict.fromkeys(("l'ascension", "christi himmelfahrt", "himmelfahrt", "ascension day",
                     "auffahrt"),
                    lambda year: easter(year) + timedelta(days=39)),
    **dict.fromkeys(("whit monday", "lundi de pentecôte", "pfingstmontag"),
                    lambda year: easter(year) + timedelta(days=50)),
    **dict.fromkeys(("fourth of july", "4th of july"), _fixed(7, 4)),  # ("Independence Day"
    # alone names no day: India's is in August, Mexico's in September, Barbados' in November)
    **dict.fromkeys(("canada day",), _fixed(7, 1)),
    **dict.fromkeys(("thanksgiving", "thanksgiving day"), _thanksgiving),
    **dict.fromkeys(("black friday",), lambda year: _thanksgiving(year) + timedelta(days=1)),
    **dict.fromkeys(("cyber monday",), lambda year: _thanksgiving(year) + timedelta(days=4)),
    **dict.fromkeys(("easter", "easter sunday", "pascua", "pâques", "paques", "ostern",
                     "ostersonntag"), easter),
    **dict.fromkeys(("good friday", "viernes santo", "vendredi saint", "karfreitag"),
                    lambda year: easter(year) - timedelta(days=2)),
    **dict.fromkeys(("easter monday", "lundi de pâques", "lundi de paques", "ostermontag"),
                    lambda year: easter(year) + timedelta(days=1)),
}


HOLIDAY_NAME = "|".join(re.escape(name) for name in sorted(_HOLIDAY_NAMES, key=len, reverse=True))
"""An alternation of every holiday name the reader knows, longest first."""


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_DAY_WORDS: dict[str, int] = {
    **{word: number for number, word in enumerate(_UNITS, start=1)},
    **{word: number for number, word in enumerate(
        ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=10)},
    **{f"twenty{joint}{word}": 20 + number for number, word in enumerate(_UNITS, start=1)
       for joint in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}
# A day of the month in words ("on the twenty-first", "Eighteenth."), from the third on ("the
# first"/"the second" are too often something else), followed by nothing that makes it a
# rank ("the fifth instalment").
_DAY_WORD = _alternation(word for word, number in _DAY_WORDS.items() if number >= 3)
_ALL_DAY_WORDS = _alternation(_DAY_WORDS)
_AFTER_A_DAY_WORD = (r"(?=\s*(?:[.!?,;:)\-–—]|$|(?:of|at|and|or|latest|then|please|if|when|as|so|"
                     r"is|would|works?|ok|okay|without|via|by|through|into|for|that|cheers|"
                     r"thanks|full stop|comma)\b))")  # (the last two dictated)

# Days of the month in words in Spanish and French (cardinals: "el veinte", "le quinze") and
# German (ordinals: "am Zwanzigsten", "zehnter Dezember"), from the third on as in English.
# Keys are written with single spaces for hyphens ("dix-sept", "vingt-et-un").
_ES_DAY_WORDS = {word: number for number, word in enumerate((
    "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
    "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
    "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
    "veintisiete", "veintiocho", "veintinueve", "treinta"), start=3)}
_ES_DAY_WORDS |= {"dieciseis": 16, "veintidos": 22, "veintitres": 23, "veintiseis": 26,
                  "treinta y uno": 31}
# (the first two only before their month: "el uno de diciembre", not "el uno o el otro")
_ES_DAY_WORDS |= {"uno": 1, "primero": 1, "dos": 2}
_FR_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_DAY_WORDS = {word: number for number, word in enumerate((
    *_FR_UNITS[2:], "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
    "dix sept", "dix huit", "dix neuf", "vingt"), start=3)}
_FR_DAY_WORDS |= {f"vingt {unit}": 20 + number for number, unit in enumerate(_FR_UNITS, start=1)
                  if number > 1}
_FR_DAY_WORDS |= {"vingt et un": 21, "trente": 30, "trente et un": 31}
_DE_DAY_STEMS = {word: number for number, word in enumerate((
    "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft",
    "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt",
    "zwanzigst"), start=3)}
_DE_DAY_STEMS |= {f"{unit}undzwanzigst": 20 + number for number, unit in enumerate(
    ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"), start=1)}
_DE_DAY_STEMS |= {"siebent": 7, "dreißigst": 30, "dreissigst": 30, "einunddreißigst": 31,
                  "einunddreissigst": 31}


def _words_alternation(words: Iterable[str]) -> str:
    """The words as one alternation, longest first, a space in them matching a space or a
    hyphen."""
    return "|".join(re.escape(word).replace(r"\ ", r"[\s-]") for word in
                    sorted(words, key=len, reverse=True))


# What may not follow a day in words for it to be one: what it then counts ("quince días",
# "vingt euros", "el veinte por ciento").
_COUNTED_AFTER = (r"(?!\s*(?:d[ií]as?|jours?|semanas?|semaines?|mes(?:es)?\b|mois|años|ans\b|"
                  r"euros?|€|%|por ciento|pour ?cent|mil\b|cents?|centimes|c[ée]ntimos|pesos|"
                  r"d[óo]lares|dollars|francs|horas?|heures?|minut|veces|fois|personas|personnes|"
                  r"de (?:los|las|ellos|ellas|nosotros)|des\b|sur\b|\d))")
# A weekday in the day's own language before a day in words ("el miércoles veinte"; in
# "Friday once I'm paid" the "once" is no eleventh).
_WEEKDAY_BEFORE_ES = r"\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
_WEEKDAY_BEFORE_FR = r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_WEEKDAY_BEFORE_DE = r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"

# Counts in English words beyond the few every language has, of days only ("fifteen days from
# now", "within seven days"; "in six weeks" is as often how long something took), for the
# patterns and for `_COUNT_WORDS`.
_ENGLISH_COUNTS = {"six": 6, "seven": 7, "eight": 8, "nine": 9, "eleven": 11, "twelve": 12,
                   "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30}
_COUNTED_IN_WORDS = "|".join(_ENGLISH_COUNTS)
# Days or weeks counted from the day of writing in the other languages ("30 días desde hoy",
# "trente jours à compter d'aujourd'hui", "14 Tage ab heute").
_COUNTED_ABROAD = r"diez|quince|veinte|treinta|dix|quinze|vingt|trente|zehn|vierzehn|dreißig"
_FROM_TODAY_ABROAD = (r"(?:(?:desde|a partir de|contados? desde) hoy|à (?:compter|partir) "
                      r"d'aujourd'hui|(?:à compter )?de ce jour|ab heute|von heute an)")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)"
                       r"(?P<day>\d{1,2})\b")),
    (
        "numeric",
        re.compile(
            r"(?<![\d$£€.,/])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|"
            r"\d{2})\b"
            r"(?![.,]\d)"
        ),
    ),
    (
        "day_month",
        re.compile(
            # (a weekday with "this" before it is a day of its own, whose agreement with the
            # date after it `find_dates` checks: "ce vendredi, le 1er décembre et le 1er janvier")
            rf"(?:(?<!\bce )(?<!\bthis )(?<!\beste )(?<!\bdiesen )(?<!\bdiesem )"
            rf"{_WEEKDAY_AHEAD}\b(?P<weekday>{_WEEKDAY}),?\s+)?(?:\b(?:the|el|le|den|dem|am)\s+)?"
            rf"\b(?P<day>\d{{1,2}}){_ORDINAL}?\.?(?:\s*|-)(?:de\s+|of\s+)?{_MONTH_AHEAD}"
            rf"(?P<month>{_MONTH})\b\.?{_YEAR}",
            re.IGNORECASE,
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"(?:{_WEEKDAY_AHEAD}\b(?P<weekday>{_WEEKDAY}),?\s+)?{_MONTH_AHEAD}\b"
            rf"(?P<month>{_MONTH})\.?\s+(?:the\s+)?"
            rf"(?P<day>\d{{1,2}}){_ORDINAL}?\b(?!:\d){_YEAR}",
            re.IGNORECASE,
        ),
    ),
    (
        # a month named, then the day in it ("En enero, el día 9", "En janvier, le 15", "Im
        # Januar, am 12.", "In March, on the 3rd")
        "month_then_day",
        re.compile(
            r"\b(?:en|in|im|au mois de|a|à|(?:a )?(?:principios|comienzos|mediados|finales) de|"
            r"(?:au |en )?(?:d[ée]but|fin)|mi-|anfang|mitte|ende|early|late|mid-?|(?:the )?(?:"
            r"beginning|start|end|middle) of)\s*"
            rf"{_MONTH_AHEAD}(?P<month>{_MONTH}),?\s+"
            r"(?:(?:el|del)\s+(?:d[ií]a\s+)?|le\s+|am\s+|(?:on\s+)?the\s+)(?P<day>\d{1,2})"
            r"(?:st|nd|rd|th|er|\.)?(?![\w:/]|[.,]\d)(?!\s+(?:invoice|instal\w*|payment|time|"
            r"one|factura|facture|rechnung|cuota|rate|plazo|versement|mensualit)\w*)",
            re.IGNORECASE,
        ),
    ),
    (
        "short_numeric",
        re.compile(
            r"(?<![\d$£€.,/])(?<!re[çc]u )(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.,]\d)"
            r"|(?:\b(?:am|bis|zum|ab|den|dem|per|le|el|au|on|by|until|till|the)\s+"
            r"(?:(?:aller)?sp(?:ä|ae)testens\s+)?(?:zum\s+)?"
            rf"|{_WEEKDAY_AHEAD}\b(?:{_WEEKDAY}),?\s+(?:(?:den|dem)\s+)?"
            # or, with nothing before it, a day and month each closed by a dot, one of them in
            # two figures ("15.11.", "3.12."; "3.5." ends a sentence on a figure as often)
            r"|(?<![\w$£€.,/])(?=(?:\d\d\.\d{1,2}|\d\.\d\d)\.(?![\d.])))"
            r"(?P<c>\d{1,2})\.(?P<d>\d{1,2})(?:\.(?!\d)|\b(?![.,]\d|\s?(?:€|eur|chf|%|\$|h\b|"
            r"uhr)))",
            re.IGNORECASE,
        ),
    ),
    (
        "month_start",
        re.compile(
            rf"\b(?:early|beginning of|start of|first of|anfang|début|debut|principios de|"
            rf"comienzos de|inicios? de|(?P<working>(?:the )?first (?:working|business) day of|"
            rf"ersten (?:werk|arbeits|bank)tag (?:im|des)|premier jour (?:ouvr[ée]|ouvrable) de|"
            rf"primer d[ií]a h[áa]bil de))"
            rf"\s+(?:de\s+)?(?P<month>{_MONTH})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month_last",
        re.compile(
            rf"\b(?:end of|late|ende|fin|finales de|final de|(?:the )?(?:last|final) "
            rf"(?:(?P<working>business|working) )?day of|(?:el )?[úu]ltimo d[ií]a "
            rf"(?:(?P<habil>h[áa]bil) )?de|(?:le )?dernier jour (?:(?P<ouvre>ouvr[ée]|ouvrable) )?"
            rf"(?:de|d')|letzten (?:(?P<arbeit>arbeits|werk))?tag im|antes de que (?:se )?"
            rf"(?:acabe|termine|finalice))\s*(?:de\s+)?"
            rf"(?P<month>{_MONTH})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "mid_month",
        re.compile(
            rf"\b(?:mid|mid-|middle of|mediados de|mi-|mitte)\s*(?P<month>{_MONTH})\b", re.I
        ),
    ),
    (
        "month_end",
        re.compile(
            r"\b(?:(?:the\s+)?end (?:of|o'?) (?:the |this )?month|month[- ]end|end month|eom|"
            r"e\.o\.m|"
            r"last (?:working |business )?"
            r"day of (?:the |this |each |every )?month|(?:a |al )?(?:fin|final)"
            r"(?:es)? de(?:l)? (?:este )?mes(?! que viene| pr[óo]ximo| siguiente| entrante| que "
            r"entra)|(?:à la |a la )?fin (?:du |de |de ce )?mois(?! prochain)|"
            r"ende (?:des |dieses )?monats|ende (?:vom )?monat|"
            r"(?:bis |per |zum |auf )(?:monats)?ultimo|"
            r"monatsletzten|antes de que (?:se )?(?:acabe|termine|finalice) el mes|"
            r"before the month(?: is|'s) (?:out|over|up)|before the month (?:runs out|ends)|"
            r"(?:el )?[úu]ltimo d[ií]a (?:h[áa]bil )?del mes(?! que viene| pr[óo]ximo| siguiente| "
            r"entrante)|(?:le )?dernier jour (?:ouvr[ée] |ouvrable )?du mois(?! prochain)|"
            r"(?:am )?letzten (?:arbeits|werk|bank)?tag (?:des|im) monats?|"
            r"monatsende|"
            # of the month to come ("el último día del mes que viene", "the last day of next
            # month", "le dernier jour du mois prochain")
            r"(?P<next>(?:el )?[úu]ltimo d[ií]a (?:h[áa]bil )?del (?:mes que viene|pr[óo]ximo mes|"
            r"mes siguiente|mes entrante)|(?:the )?last (?:working |business )?day of next month|"
            r"(?:le )?dernier jour (?:ouvr[ée] |ouvrable )?du mois prochain|(?:am )?letzten "
            r"(?:arbeits|werk|bank)?tag des n(?:ä|ae)chsten monats))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "day_next_month",
        re.compile(
            r"(?<!-)(?<!twenty )(?<!thirty )"
            r"\b(?:on |le |el |del |am |the )?(?:(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?|(?P<first>"
            r"first|premier|primero|ersten|primer(?= d[ií]a))(?:\s+(?:(?P<working>(?:working|"
            r"business) day|jour ouvr[ée]|jour ouvrable|d[ií]a h[áa]bil|werktag|arbeitstag|"
            r"bankarbeitstag)|day|jour|d[ií]a|tag))?)\s+"
            r"(?:of next month|du mois prochain|del (?:mes que viene|próximo mes|proximo mes|mes "
            r"que entra|mes entrante|mes siguiente)|"
            r"(?:des )?nächsten monats|prox(?:imo)?|"
            r"(?P<this>of this month|de este mes|de ce mois(?:-ci)?|dieses monats|inst(?:ant)?))"
            r"\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ordinal_day",
        re.compile(
            rf"(?:{_WEEKDAY_AHEAD}\b(?P<weekday>{_WEEKDAY}),?\s+)?\b(?:the\s+)?(?P<day>\d{{1,2}})"
            # "our 13th month pay": a bonus, not a day; "1st half monday": a share
            r" ?(?:st|nd|rd|th|rst)\b(?![ -]month\b)(?! (?:half|part|instal\w*|payment)\b)"
            # "1st one the 28th", "1st on the 10th": the first payment
            r"(?!(?<=\b1st|\b2nd|\b3rd|\b4th) (?:one\b|on the \d))"
            # (the 1st to the 5th before a weekday count weekdays: "the 2nd Friday"; a later day
            # is a date with its weekday: "on 14th Friday")
            r"(?!(?<=\b[1-5]st|\b[1-5]nd|\b[1-5]rd|\b[1-5]th)"
            rf"\s+(?:and \d+(?:st|nd|rd|th)\s+)?{_WEEKDAY_AHEAD}(?:{_WEEKDAY})\b)"
            r"|\b(?:el (?:pr[óo]ximo )?(?:día |dia )?|del (?:pr[óo]ximo )?(?:día|dia) |d[íi]a |le |"
            r"este (?:d[íi]a )?(?=\d{1,2}\b(?!\s*%))|"
            r"am |au |(?:on )?the day |"
            r"bis (?:(?:einschlie(?:ß|ss)lich|inklusive|inkl\.) (?:zum )?|zum )|zum |ab dem |"
            r"(?:um|gegen) den |"
            r"antes del |a partir del |"
            r"avant le |du |vor dem )"
            r"(?P<day2>\d{1,2})(?:er|\.)?(?![\d:/]|[.,]\d| ?\d\d\b)"
            r"|\bden (?P<day4>\d{1,2})\.(?![\d.])"  # "also den 14."
            # a day in figures with no ending, after a word of paying or of time ("I will pay on
            # the 19 when the government pay we", "I pay the 15."), with nothing after it that
            # it could count
            r"|\b(?:on|by|before|until|till|from|starting|pay|make(?: it)?)\s+the\s+"
            r"(?P<day6>\d{1,2})(?=\s*(?:[.;:!?)]|,(?!\d)|\Z|\s(?:when|if|and|or|as|because|cos|so|"
            r"of (?:this|next|the) month|at the latest)\b))"
            # "es wird aber der 13., Donnerstag", not "der 3. Mahnung" (a noun after it)
            r"|\b(?:der|(?<!nach )(?<!seit )dem) (?P<day5>\d{1,2})\.(?![\d.])"
            r"(?=\s*(?:[,;:!?)]|\Z|(?-i:[a-zäöüß])))"
            rf"|(?:\b(?:next|this) week,?\s+(?:on\s+)?)?"  # "next week Thursday, the 13."
            rf"(?:{_WEEKDAY_AHEAD}\b(?P<weekday3>{_WEEKDAY})|\b(?:el|le) (?P<short>"
            + _alternation(_SHORT_WEEKDAYS_ABROAD) + r")\.?),?\s+(?:le |el |den |dem |the )?"
            r"(?P<day3>\d{1,2})\.?"
            r"(?![\d:/]|[.,]\d| ?\d\d\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "day_word",
        re.compile(
            rf"\b(?:the\s+)?(?P<word>{_DAY_WORD})\b(?:\s+of\s+{_MONTH_AHEAD}(?P<month>{_MONTH})\b"
            rf"|{_AFTER_A_DAY_WORD})"
            # right after a weekday, whatever follows ("Thursday the thirteenth comma sorry")
            rf"|(?<=day )the\s+(?P<word2>{_DAY_WORD})\b",
            re.IGNORECASE,
        ),
    ),
    (
        # a month and a day in words ("December second", "the second of December", "May
        # the twenty-first"): "first" and "second" too, which alone are too often a rank
        "day_word_en",
        re.compile(
            rf"{_MONTH_AHEAD}\b(?P<month>{_MONTH})\s+(?:the\s+)?(?P<word>{_ALL_DAY_WORDS})\b"
            rf"|\b(?:the\s+)?(?P<word2>first|second)\s+of\s+{_MONTH_AHEAD}(?P<month2>{_MONTH})\b"
            # "on twenty eighth November"
            rf"|\b(?P<word3>{_ALL_DAY_WORDS})\s+{_MONTH_AHEAD}(?P<month3>{_MONTH})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "day_word_es",  # "el (día) veinte", "diez de diciembre", "el miércoles veinte"
        re.compile(
            rf"(?P<lead>{_WEEKDAY_BEFORE_ES},?\s+|\b(?:el|del|al)\s+(?:d[ií]a\s+)?|\bd[ií]a\s+)?"
            rf"\b(?P<word>{_words_alternation(_ES_DAY_WORDS)})\b"
            rf"(?:\s+de\s+{_MONTH_AHEAD}(?P<month>{_MONTH})\b|(?(lead)(?<!\buno)(?<!\bprimero)"
            rf"(?<!\bdos){_COUNTED_AFTER}|(?!)))",
            re.IGNORECASE,
        ),
    ),
    (
        "day_word_fr",  # "le vingt", "dix décembre", "jeudi vingt novembre"
        re.compile(
            rf"(?P<lead>{_WEEKDAY_BEFORE_FR},?\s+|\b(?:le|du|au)\s+)?"
            rf"\b(?P<word>{_words_alternation(_FR_DAY_WORDS)})\b"
            rf"(?:\s+{_MONTH_AHEAD}(?P<month>{_MONTH})\b|(?(lead){_COUNTED_AFTER}|(?!)))",
            re.IGNORECASE,
        ),
    ),
    (
        # "am Zwanzigsten", "zehnter Dezember", "Donnerstag, dem zwanzigsten November": an
        # ordinal before a month, or one written as a noun after "am", "zum", "bis zum"
        # (capitalised: "zum fünften Mal" is a count)
        "day_word_de",
        re.compile(
            rf"(?:{_WEEKDAY_BEFORE_DE},?\s+)?(?:\b(?:am|zum|bis zum|ab dem|vom|den|dem)\s+)?"
            rf"\b(?P<stem>{_words_alternation(_DE_DAY_STEMS)})(?:e[nrs]?)\b\.?"
            rf"\s+{_MONTH_AHEAD}(?P<month>{_MONTH})\b"
            rf"|\b(?:am|zum|bis zum|ab dem|vor dem)\s+(?:(?-i:(?=[A-ZÄÖÜ]))"
            rf"(?P<noun>{_words_alternation(_DE_DAY_STEMS)})en\b"
            r"(?:\s+(?:dieses|des) monats\b)?"
            # or typed in lower case, before no noun ("Am zwanzigsten ist das Geld da", not
            # "zum fünften mal")
            rf"|(?P<noun2>{_words_alternation(_DE_DAY_STEMS)})en\b"
            r"(?=\s*(?:[.,;:!?]|\Z)|\s+(?!mal\b)(?-i:[a-zäöüß])))",
            re.IGNORECASE,
        ),
    ),
    (
        "first_of_month",
        re.compile(
            rf"\b(?:(?:le )?premier|(?:el )?primero\s+de|(?:am |zum |den )?erste[nr]?)\s+"
            rf"{_MONTH_AHEAD}(?P<month>{_MONTH})\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "zahlen wir am Ersten", "spätestens zum Monatsersten": the first of the month to come
        # (not "zum ersten Mal")
        "the_first",
        re.compile(r"\b(?:am|zum|bis zum|ab dem) (?:(?-i:Ersten)\b(?!\s+(?-i:[A-ZÄÖÜ]))|"
                   r"Ersten\b(?!\s+\w)|Monatsersten\b)"
                   r"|\b(?:on |by )?(?:the )?(?:first|1st) of the month\b"
                   r"|\ble (?:premier|1er) du mois\b(?! prochain)"
                   r"|\bel (?:d[ií]a )?primero (?:de|del) mes\b",
                   re.IGNORECASE),
    ),
    (
        "last_weekday",
        re.compile(
            rf"\b(?:last|final|[úu]ltimo|dernier|letzten?)\s+{_WEEKDAY_AHEAD}"
            rf"(?P<weekday>{_WEEKDAY})\s+"
            r"(?:of (?:the |this |each |every )?month|del mes|de cada mes|du mois|de chaque mois|"
            r"(?:des|im|jedes|eines jeden) monats?|"
            rf"(?:of|in|de|del|du|im) {_MONTH_AHEAD}(?P<month>{_MONTH}))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "nth_weekday",
        re.compile(
            r"\b(?P<nth>second|2nd|third|3rd|fourth|4th|segundo|tercer|cuarto|deuxi[èe]me|"
            r"troisi[èe]me|quatri[èe]me|zweiten|dritten|vierten)\s+"
            rf"{_WEEKDAY_AHEAD}(?P<weekday>{_WEEKDAY})\s+"
            r"(?:(?:of|in|del|du|de|im|des)\s+)?(?:(?P<next>(?:the\s+)?next month|el mes que viene|"
            r"el pr[óo]ximo mes|mois prochain|nächsten monats?)|(?:the |each |every |el |du |des |"
            r"cada |chaque |jedes )?(?:month|mes|mois|monats?)|"
            rf"{_MONTH_AHEAD}(?P<month>{_MONTH}))\b"
            # "SOCIAL SECURITY COMES THE 3RD WEDNESDAY": this month's, or next month's once gone
            r"|(?<!every )(?<!each )\bthe (?P<nth2>second|2nd|third|3rd|fourth|4th)\s+"
            rf"{_WEEKDAY_AHEAD}(?P<weekday2>{_WEEKDAY})\b(?!\s+(?:after|from|of|in|on|week)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "first_weekday",
        re.compile(
            rf"\b(?:first|1st|primer|premier|ersten?)\s+{_WEEKDAY_AHEAD}(?P<weekday>{_WEEKDAY})\s+"
            r"(?:of|in|del|du|de|im|des)\s+(?:(?P<next>(?:the\s+)?next month|el mes que viene|"
            r"el pr[óo]ximo mes|mois prochain|prochain mois|nächsten monats?)|"
            r"(?:the |el |du |des |each |every |cada |chaque |jedes )?(?:month|mes|mois|monats?)|"
            rf"{_MONTH_AHEAD}(?P<month>{_MONTH}))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "holiday",
        re.compile(
            rf"\b(?:(?P<offset>the day|am tag|(?:the |am |den |el |le )?(?:{_WEEKDAY}))\s+"
            r"(?P<side>before|after|vor|nach|despu[ée]s de(?:l| la)?|antes de(?:l| la)?|"
            r"apr[èe]s(?: la)?|avant(?: la)?)"
            r"\s+(?:dem\s+|der\s+)?|"
            r"(?P<bare>before|after|antes de(?: la)?|despu[ée]s de(?: la)?|avant|apr[èe]s|vor|"
            r"nach)\s+)?"
            r"(?P<of>(?!lundi |lunes )\w+ (?:de|del|du|des) )?"  # (not "lundi de Pentecôte")
            r"(?<!merry )(?<!happy )(?<!feliz )(?<!joyeux )(?<!joyeuses )(?<!frohe )(?<!frohes )"
            r"(?<!over )(?<!during )(?<!around )"  # a stretch of days, not one
            r"(?:the\s+)?(?P<holiday>" + HOLIDAY_NAME
            + r")\b(?!'s eve| eve\b|\s+(?:trade|rush|part(?:y|ies)|period|season|holidays?|"
            r"break|shut-?down|closure|bonus|cards?|sales?|stock|orders?|markets?|fair|tree|"
            r"dinner|lunch|do|weekend|week|shopping|deals?|fête|feiertage?|catalogues?|catalogs?|"
            r"brochures?|hampers?|decorations?|lights|menus?|presents?|gifts?|jumpers?))",
            re.IGNORECASE,
        ),
    ),
    (
        "holiday_eve",
        re.compile(
            r"\b(?:christmas eve|xmas eve|before (?:christmas|xmas)|nochebuena|antes de (?:la )?"
            r"navidad(?:es)?|veille de no[eë]l|avant no[eë]l|heilig(?:abend|en abend)|vor "
            r"weihnachten|new year's eve|nochevieja|saint-sylvestre|silvester)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "iso_week",
        re.compile(
            rf"(?:{_WEEKDAY_AHEAD}\b(?P<weekday>{_WEEKDAY})\s+(?:in |der |de la |en la )?)?"
            r"\b(?:kw|kalenderwoche|calendar week|cw|(?:in|by|bis|en|dans|la|im|in der) "
            r"(?:week|wk|semaine|semana|woche)) ?(?P<week>\d{1,2})\b(?![.,/:]\d)"
            # the weekday named after it ("in KW 47, am Mittwoch", "semaine 47, le mercredi")
            r"(?:,?\s+(?:(?:spätestens|au plus tard|at the latest)\s+)?(?:am|le|el|on)\s+"
            rf"{_WEEKDAY_AHEAD}(?P<weekday_after>{_WEEKDAY})\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "day_after",  # the day after the one named before it: see `find_dates`
        re.compile(
            r"\b(?:(?P<count>\d|one|two|three|four|five|six|seven|ten) (?P<working>working |"
            r"business )?days? after(?: (?:that|this|it|then))?|the day after(?! tomorrow)|"
            r"(?P<daybefore>the day before|la veille)(?! yesterday\b| de\b| du\b)|"
            # "the first working day after the 1st"
            r"(?:the |le |el |am )?(?:first|premier|primer|ersten) (?P<working2>working |"
            r"business |jour ouvr[ée] |jour ouvrable |d[ií]a h[áa]bil |werktag |arbeitstag )"
            r"(?:day )?(?:after|apr[eè]s|despu[ée]s de(?:l)?|tras|nach)\b|the "
            r"(?:following|next) day|(?:le|au) lendemain(?! de (?:la|l'))|"
            rf"(?:the |el |le |am |den )?{_WEEKDAY_AHEAD}(?P<weekday>{_WEEKDAY}) "
            r"(?:(?:straight|right|just|immediately) after|after|following|nach|danach|drauf|"
            r"darauf|despu[ée]s de|apr[eè]s(?!-)|qui suit|"
            r"d'apr[eè]s|que sigue)"
            r"(?: (?:that|this|it|then|we get back|i get back|i'm back|we're back|my return))?"
            r"(?! (?:(?:next|the \d|my|our|his|her|their|work|lunch|school|hours|midi)\b|\d))|"
            rf"the following {_WEEKDAY_AHEAD}(?P<weekday2>{_WEEKDAY})|"
            # the weekday before the day named ("the 27th is a Saturday so work pays us on the
            # Friday before", "el viernes anterior", "am Freitag davor")
            rf"(?:the |el |le |am |den )?{_WEEKDAY_AHEAD}(?P<weekday3>{_WEEKDAY}) "
            r"(?P<before>before|prior|davor|vorher|anterior|d'avant)"
            r"(?! (?:last|i|we|you|he|she|they|my|our|that|"
            r"this|it(?![,.;])|then)\b)|"
            r"(?P<same>(?:the|that) same day|(?:el|ese) mismo d[ií]a|le (?:jour )?m[êe]me"
            r"(?: jour)?|am (?:selben|gleichen) tag|"
            # "Ese mismo viernes te hago la transferencia", "that same Friday"
            rf"(?:(?:that|the) same|(?:ese|este|el) mismo|ce m[êe]me|(?:am )?(?:selben|gleichen)) "
            rf"(?:{_WEEKDAY}))|"
            r"al d[ií]a siguiente|el d[ií]a (?:despu[ée]s|siguiente)|al otro d[ií]a|"
            # "the next morning", "the morning after", "Day after I will pay", "am Tag drauf"
            r"(?:the )?(?:next|following) morning|the morning after|(?<!the )(?<!day )(?<!by )"
            r"(?<!\w)day after(?! (?:tomorrow|tmrw|tmr|tomorow|tomoz|2moro|day)\b)|"
            r"am tag d(?:a)?rauf|"
            r"un d[ií]a (?:despu[ée]s|m[áa]s tarde)|un jour (?:plus tard|apr[èe]s)|"
            r"einen tag (?:sp[äa]ter|danach)|am (?:tag danach|n[äa]chsten tag|folgetag))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            # (not "closed on a Saturday", "any Friday": any such day; nor the weekday a day
            # named before falls on: "the 15th, but that's a Saturday", "el 31 cae en sábado")
            r"(?<!\bon a )(?<!\bany )(?<!\bis a )(?<!'s a )(?<!\bcae en )(?<!\bcae )"
            r"(?<!\btombe un )(?<!\bauf einen )(?<!\bist ein )(?<!c'est un )(?<!falling on )"
            r"(?<!falls on )(?<!falling )(?<!falls )"
            rf"\b(?:(?P<modifier>(?:the )?week after next,?(?:\s+(?:on|in))?(?:\s+the)?|"
            # (not "à la fin de la semaine, vendredi donc": this week's)
            rf"(?:(?:{_NEXT})\s+(?:week|woche|semaine|semana)(?:\s+(?:prochaine|que viene|"
            rf"pr[óo]xima))?|la\s+(?:semaine|semana)\s+(?:prochaine|que viene|pr[óo]xima)),?"
            rf"(?:\s+(?:on|am|el|le))?|"
            rf"a w(?:ee|i)k(?: on)?|w(?:ee|i)k on|a fortnight(?: on)?|(?:two|2) weeks on|this|"
            rf"(?<![£$€\d] )(?:one|two|three|[123]) weeks? (?:from|after)(?: this)?|"
            rf"(?:am |den )?(?:ü|ue)bern(?:ä|ae)chste[nr]?|"
            rf"{_NEXT}|{_LAST}|este|ce|diesen|dieser|el|le|am|on)\s+)?"
            rf"{_WEEKDAY_AHEAD}(?P<weekday>{_WEEKDAY})(?:'s|s)?\b"
            r"(?:,?\s+(?P<after>(?:de )?la semaine prochaine|(?:de )?la semana que viene|"
            r"de la otra semana|"
            r"de la próxima semana|der nächsten woche|"
            rf"(?:in der )?(?:{_NEXT}|nächster) woche|(?:of )?next week|of the following week|"
            r"prochain|próximo|que viene|"
            r"week|wik|"
            r"fortnight|en huit|en quinze|in einer woche|in acht tagen|pasado|dernier(?! d[ée]lai)|"
            r"pass[ée]|"
            r"(?:after|efter) next|"
            r"the week after next|(?:just )?gone)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        # The short weekdays that are words of their own ("sat", "sun", "mon"; German "Mo",
        # "Do", "Fr" ...), only where a day is plainly meant: "I'll transfer it over on Sat.",
        # "pay u sat", "sat morning I'll pay it", "am Mo kommt das Geld", "bis Fr" (not "am Do."
        # before its date: the dot may end the sentence).
        "weekday",
        re.compile(
            r"\b(?P<modifier>next|this|coming|on|by|till|until|til|u)\s+(?P<weekday>sat|sun|mon)"
            r"(?!\.?\s*\d)\.?(?![\w'-])|\b(?P<weekday2>sat|mon)(?=\s+(?:morning|morn|arvo|"
            r"afternoon|evening|night)\b)|\b(?P<modifier2>am|bis|ab|bis zum|n[äa]chsten|diesen|"
            r"kommenden)\s+(?P<weekday3>mo|di|mi|do|fr|sa)(?![.\w'-])(?!\s*\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:this afternoon|cet apr[eè]s-midi|esta tarde|heute nachmittag|today|tonight|"
            r"tonite|2nite|"
            r"this evening|this arvo|(?<!à )(?<!a )tant[ôo]t|the morra|"  # ("à tantôt": bye)
            r"(?<!in )the morn(?!ing|'s)\b|"
            r"(?:in|within) (?:the next|an|the) hour|"
            r"(?:in|within|give (?:me|us)) \d{1,2} ?(?:minutes|mins?)\b|(?:first thing )?in the "
            r"morning|first thing tomorrow|tomorrow week|today week|next tomorrow|tmr|\d{1,3} "
            r"?hours from (?:now|today)|heute in (?:acht|vierzehn|\d{1,2}) tagen|heute in (?:einer|"
            r"zwei|drei|vier|\d) wochen?|tomorrow|"
            + _TOMORROW_SPELLINGS + "|"
            r"day after (?:" + _TOMORROW_SPELLINGS + r"|tmr)|this day week|"
            r"(?:a|one|two|three|four|\d) (?:weeks?|fortnights?) "
            r"(?:(?:from )?(?:today|tomorrow)|from now)|(?:\d{1,2}|one|two|three|four|five|ten|"
            + _COUNTED_IN_WORDS + r") (?:business |working )?days from (?:now|today)|"
            # working days said alone: "7 working days and it'll be done", "2 business days."
            r"(?<!took )(?<!for )(?<!after )(?<!last )(?<!past )(?<!over )"
            r"(?:\d{1,2}|two|three|four|five|ten|" + _COUNTED_IN_WORDS + r") (?:business|working) "
            r"days(?= and (?:it|it'll|it will|you|you'll|we|i)\b|\W*$| (?:max|tops|at most|at the "
            r"latest|latest)\b)|(?:\d{1,2}|"
            + _COUNTED_ABROAD + r") (?:d[ií]as|jours|tage|semanas|semaines|wochen) "
            + _FROM_TODAY_ABROAD + r"|(?:in|within) (?:"
            + _COUNTED_IN_WORDS + r") (?:business |working )?days|hoy|pasado mañana|"
            r"apr[eè]s[- ]demain|ce soir|esta noche|heute abend|"
            r"de hoy en (?:(?:ocho|quince)(?: d[ií]as)?|una semana|dos semanas)|d'aujourd'hui en "
            r"(?:huit|quinze)|"
            r"mid[- ]?next week|(?:the )?middle of next week|(?:en |au )?milieu de (?:la )?semaine "
            r"prochaine|mitte (?:der )?n[äa]chste[nr]? woche|a mitad de (?:la )?(?:pr[óo]xima "
            r"semana|semana que viene)|"
            r"eow|e\.o\.w|this weekend|ce week-end|este fin de semana|(?:dieses|am) wochenende|"
            r"(?:en |à la "
            r")?fin de (?:la )?semaine(?: prochaine)?|a finales de la (?:próxima semana|semana "
            r"que viene)|a finales de (?:la|esta) semana|ende (?:der )?nächste[nr]? woche|ende "
            r"(?:der|dieser) woche|(?:en )?d[ée]but de (?:la )?semaine prochaine|principios de la "
            r"(?:próxima semana|semana que viene)|anfang (?:der )?nächste[nr]? woche|d[ée]but du "
            r"mois prochain|principios del (?:mes que viene|próximo mes)|anfang (?:des )?nächsten "
            r"monats|(?:a )?mediados de(?:l)? mes|mid-?month|(?:the )?middle of the month|mi-mois|"
            r"mitte (?:des|dieses) monats|(?:zur )?monatsmitte|"
            r"(?<!esta )(?<!la )ma[ñn]ana(?! por(?! la (?:ma[ñn]ana|tarde|noche)))|"
            r"(?:ahorita|hoy) (?:en|por) la (?:tarde|noche)|"
            r"mñn|mañna|demin|übermorgn|this day next week|(?:this|the same|same) time next week|"
            r"heut noch|"
            r"\bby day after(?!\s+(?:the|that|this|tomorrow|tmr|next|\w+day)\b)|"
            r"aujourd'hui|"
            r"après-demain|demain|heute|übermorgen|(?<!guten )morgen(?!s)|"
            # (not "nächste Woche Donnerstag, den 13.": the weekday says which day of the week)
            rf"(?:next week|(?:la )?semana que viene|(?:la )?próxima semana|(?:la )?semaine "
            rf"prochaine|(?:{_NEXT}) woche)(?!,?\s+(?:on\s+|am\s+|el\s+|le\s+)?{_WEEKDAY}\b)|"
            r"end of (?:the |this )?week|"
            r"(?:early|beginning of|start of|first of|end of|late) next (?:week|month)|next month|"
            r"(?:straight |right )?after the weekend|nach dem wochenende|despu[ée]s del (?:fin de "
            r"semana|finde)|apr[èe]s le week-?end|"
            r"(?:à la |a la )?fin du mois prochain|(?:a |al )?(?:fin|final)(?:es)? del (?:mes que "
            r"viene|pr[óo]ximo mes|mes siguiente|mes entrante|mes que entra)|ende (?:des )?"
            r"nächsten monats?|"
            r"in a fortnight|sous (?:huitaine|quinzaine)|(?:in|within|"
            r"dans|d'ici|en|give? (?:me|us)|dame|denme|donnez-moi|laissez-moi|geben sie (?:mir|"
            r"uns)|dentro de|innerhalb von|binnen) (?:the next )?\d{1,3} ?(?:hours|heures|h|horas|"
            r"stunden)|(?:in|within|en|dans|sous|end[ée]ans(?: les)?|innerhalb von|innert|d'ici|"
            r"dentro de|binnen|give? (?:me|us)|dame|denme|deme|donnez-moi|geben sie (?:mir|uns)) "
            r"(?:the next )?(?:\d{1,2}|one|two|three|four|five|ten|a|un|une|una|un par de|deux|"
            r"trois|cinq|huit|dix|quinze|dos|tres|cinco|ocho|diez|quince|zwei|drei|fünf|acht|zehn|"
            r"vierzehn|einer|einem) (?:business |working )?(?:days?|weeks?|wks?|fortnights?|"
            r"(?:d[ií]as|jours)(?: h[áa]biles| ouvr[ée]s| ouvrables)?|"
            r"semanas?|semaines?|(?:bank)?(?:werk|arbeits)tagen?|tagen?|wochen?))\b",
            re.IGNORECASE,
        ),
    ),
)

_LANGUAGES = ["en", "es", "fr", "de"]
_COUNT_WORDS = {
    "one": 1, "a": 1, "un": 1, "une": 1, "una": 1, "einer": 1, "einem": 1,
    "two": 2, "deux": 2, "dos": 2, "zwei": 2, "de": 2,  # "un par de días"
    "three": 3, "trois": 3, "tres": 3, "drei": 3, "four": 4,
    "five": 5, "cinq": 5, "cinco": 5, "fünf": 5, "ten": 10, "dix": 10, "diez": 10, "zehn": 10,
    "quinze": 15, "quince": 15, "vierzehn": 14, "veinte": 20, "vingt": 20, "treinta": 30,
    "trente": 30, "dreißig": 30, **_ENGLISH_COUNTS,
}
# "dans huit jours", "in acht Tagen" is a week, "quinze jours" two: the idiom counts the day it
# starts from. ("Dentro de quince días" is read as fifteen, as its writers do.)
_WEEKS_IN_DAYS = {"huit": 7, "acht": 7, "quinze": 14}
_COUNTED = re.compile(
    r"(?<!\w)(?P<number>\d{1,2}|[^\W\d_]+) (?P<business>business |working )?"
    r"(?P<unit>days?|weeks?|wks?|fortnights?|días|dias|semanas?|jours?|semaines?|tagen?|wochen?|"
    r"(?:bank)?(?:werk|arbeits)tagen?)(?P<business_after> h[áa]biles| ouvr[ée]s| ouvrables)?$"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: where it is, what was written, and the day it means."""

    start: int
    end: int
    phrase: str
    value: date


# For the patterns that try long alternations of names at every character, or match only
# around a few characters: a shorter pattern that finds the part of every match they cannot
# do without (a digit and what must follow or come before it, with the same flags). Where it
# finds nothing in a text, the pattern cannot match there and is not tried.
_DIGIT_JOINED = re.compile(r"\d[./-]\d")  # iso, numeric and short_numeric all hold one
_DIGIT_AFTER = re.compile(r"\w\W{1,3}\d|\d ?(?:st|nd|rd|th)\b", re.IGNORECASE)  # ordinal_day's
_CORE: dict[str, re.Pattern[str]] = {
    "iso": _DIGIT_JOINED,
    "numeric": _DIGIT_JOINED,
    "short_numeric": _DIGIT_JOINED,
    "ordinal_day": _DIGIT_AFTER,
}
_WITH_DIGITS = frozenset({"iso", "numeric", "day_month", "month_day", "month_then_day",
                          "short_numeric",
                          "ordinal_day", "iso_week"})  # every match of these holds a digit
_INDEX = WordIndex(Prefiltered.of(pattern) for _kind, pattern in _PATTERNS)
# What a text is searched with: the same patterns, behind a look-ahead for how their matches
# start where that is known (the index reads the words from the patterns as written).
_SEARCHED = tuple((kind, with_start_lookahead(pattern)) for kind, pattern in _PATTERNS)
_DIGIT = re.compile(r"\d")
_NEED_DIGITS = frozenset(number for number, (kind, _pattern) in enumerate(_PATTERNS)
                         if kind in _WITH_DIGITS)


# Words only Spanish, French or German prose is full of, and words only English prose is.
_OTHER_LANGUAGES_WORDS = re.compile(
    r"\b(?:el|la|los|las|que|del|por|para|con|le|les|des|du|je|nous|vous|est|une|pour|avec|"
    r"der|die|das|und|ich|wir|ist|nicht|bitte|wird|den|dem)\b", re.IGNORECASE)
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|to|of|i|we|you|will|it|is|this|for|on|be|pay|paid)\b", re.IGNORECASE)


def reads_month_first(words: str, context: str) -> bool:
    """Whether short dates in a reply read month first ("12/11": 11 December): when the bill
    or the reply is in dollars and the reply is in English. A Spanish, French or German writer
    puts the day first even when paying in dollars (Mexico, Colombia, Quebec)."""
    if "$" not in words and "$" not in context:
        return False
    if _DAY_AND_MONTH_IN_FIGURES.search(words) is None:
        return False  # without "12/11" or "12.11" in the words, no reading depends on it
    return len(_ENGLISH_WORDS.findall(words)) >= len(_OTHER_LANGUAGES_WORDS.findall(words))


_DAY_AND_MONTH_IN_FIGURES = re.compile(r"\d[./-]\d")  # what the dates read month first need


# Three figures after a day's number, a space between: the rest of a sum written with spaces
# between its thousands ("2 385,00 $").
_THOUSANDS_AFTER = re.compile(r"(?<=\d)[ \u00a0\u202f]\d{3}(?:[.,]\d{2})?(?!\d)")


_THE_BEFORE = re.compile(r"\b(?:on )?the\s+$", re.IGNORECASE)


def find_dates(text: str, *, sent: date, month_first: bool = False,
               possible: Set[int] | None = None,
               earlier: date | None = None) -> list[DateMention]:
    """Every date mentioned in `text`, in order, resolved against the sending day.
    `possible`: the patterns that may match it, if known (`possible_dates`). `earlier`: the
    last day named before `text`, which "the day after" follows when `text` names none
    before it."""
    mentions: list[DateMention] = []
    days_after: list[re.Match[str]] = []
    taken: list[tuple[int, int]] = []
    weekdays: set[int] = set()  # where the mentions of a weekday alone start
    if possible is None:
        [possible] = possible_dates(text, [(0, len(text))])
    cores: dict[re.Pattern[str], bool] = {}
    for number, (kind, pattern) in enumerate(_SEARCHED):
        if number not in possible:
            continue
        core = _CORE.get(kind)
        if core is not None:
            if core not in cores:
                cores[core] = core.search(text) is not None
            if not cores[core]:
                continue
        for found in pattern.finditer(text):
            if any(found.start() < end and start < found.end() for start, end in taken):
                continue
            if kind == "day_after":
                days_after.append(found)
                taken.append((found.start(), found.end()))
                continue
            if _THOUSANDS_AFTER.match(text, found.end()):
                continue  # "le 2 385,00 $": the first figures of a sum, not a day
            value = _resolve(kind, found, sent, month_first)
            if value is None:
                continue
            if (kind == "ordinal_day" and earlier is not None and earlier >= sent
                    and earlier.day == value.day):
                value = earlier  # "Christmas Eve at the latest ... it'll be the 24th": that 24th
            if (kind == "weekday" and earlier is not None and value <= earlier
                    and not found.group("modifier") and _THE_BEFORE.search(text, 0, found.start())):
                # "I am not back until the Tuesday after. ... I will do it on the Wednesday when
                # I am home": the Wednesday of that Tuesday's week, the nearest to it ("the
                # 20th. That's the Thursday": that day itself; "paid the last Friday of the
                # month, which this month is Christmas Day, so ... on the Thursday instead")
                ahead = (value.weekday() - earlier.weekday()) % 7
                nearest = earlier + timedelta(days=ahead if ahead <= 3 else ahead - 7)
                value = nearest if nearest >= sent else value
            taken.append((found.start(), found.end()))
            mentions.append(DateMention(found.start(), found.end(), found.group(0), value))
            if kind == "weekday":
                weekdays.add(found.start())
    for found in days_after:
        following = _named_right_after(text, mentions, found.end())
        if following is not None:  # "the day after the Fourth of July": after that day
            mentions.remove(following)
            named: date | None = following.value
            end = following.end
        else:
            end = found.end()
            before = [mention for mention in mentions if mention.end <= found.start()]
            named = max(before, key=lambda mention: mention.start).value if before else earlier
        weekday_named = (found.group("weekday") or found.group("weekday2")
                         or found.group("weekday3"))
        if named is None:
            weekday = _named(_WEEKDAYS, weekday_named) if weekday_named else None
            if weekday is not None:  # "the following Monday" with no day before it
                modifier = ("" if found.group("before") or _AN_EVENT_AFTER.match(text, found.end())
                            else "following")
                mentions.append(DateMention(found.start(), found.end(), found.group(0),
                                            _weekday(sent, weekday, modifier)))
            continue
        count = found.group("count")
        days = (0 if found.group("same") else 1 if count is None else int(count)
                if count.isdigit() else _COUNT_WORDS.get(count.lower(), 1))
        if found.group("working") or found.group("working2"):
            value = _add_working_days(named, days)
        elif weekday_named:
            weekday = _named(_WEEKDAYS, weekday_named)
            if weekday is None:
                continue
            value = (named - timedelta(days=(named.weekday() - weekday) % 7 or 7)
                     if found.group("before") else
                     named + timedelta(days=(weekday - named.weekday()) % 7 or 7))
        else:
            value = named + timedelta(days=-1 if found.group("daybefore") else days)
        mentions.append(DateMention(found.start(), end, text[found.start():end], value))
    mentions.sort(key=lambda mention: mention.start)
    kept: list[DateMention] = []
    replaced: dict[int, DateMention] = {}
    for index, found_mention in enumerate(mentions):
        mention = replaced.get(index, found_mention)
        beside = _date_beside(text, mentions, index) if mention.start in weekdays else None
        if beside is not None:
            agreed = _agreeing(replaced.get(beside, mentions[beside]), mention.value.weekday(),
                               sent)
            if agreed is not None:  # one day, written twice: the date says which
                if beside < index and kept and kept[-1].start == agreed.start:
                    kept[-1] = agreed
                else:
                    replaced[beside] = agreed
                continue
        kept.append(mention)
    return kept


# An event after which a weekday is named, no day ("saturday after the market"): that weekday
# is the coming one, not the one after it ("Saturday after" alone, "the following Monday").
_AN_EVENT_AFTER = re.compile(r" (?:the|la|le|el|dem|der) ", re.IGNORECASE)


# What may come between "the day after" and the day it follows ("le lendemain du 14 juillet",
# "the day after the 14th").
_BEFORE_THE_DAY_FOLLOWED = re.compile(r"\s*(?:(?:of|du|de|del|dem|der|de l')\s*)?",
                                      re.IGNORECASE)


def _named_right_after(text: str, mentions: list[DateMention], end: int) -> DateMention | None:
    """The day named right after `end` in `text`, if any."""
    for mention in mentions:
        if mention.start >= end and _BEFORE_THE_DAY_FOLLOWED.fullmatch(text, end, mention.start):
            return mention
    return None


def _date_beside(text: str, mentions: list[DateMention], index: int) -> int | None:
    """Where in `mentions` the date in figures is that is written right before or after the
    weekday `mentions[index]` ("Thurs 20/11", "Mittwoch, dem 19. November", "14 Nov (Fri)")."""
    mention = mentions[index]
    if index + 1 < len(mentions):
        following = mentions[index + 1]
        if _DIGIT.search(following.phrase) and _NAMES_THE_SAME_DAY.fullmatch(
                text, mention.end, following.start):
            return index + 1
    if index > 0:
        previous = mentions[index - 1]
        if _DIGIT.search(previous.phrase) and _WEEKDAY_AFTER_ITS_DATE.fullmatch(
                text, previous.end, mention.start):
            return index - 1
        if _WEEKDAY_SAYING_AGAIN.fullmatch(text, previous.end, mention.start):
            return index - 1  # "le lendemain, soit mercredi", "the day after, i.e. Wednesday"
    return None


_SHORT_FIGURES = re.compile(r"(\d{1,2})[/.-](\d{1,2})\b")


def _agreeing(dated: DateMention, weekday: int, sent: date) -> DateMention | None:
    """`dated` as the day that falls on `weekday`: as read, or read the other way round ("7/11
    (this Friday)" in a reply read month first is 7 November), a day still to come first;
    None when neither falls on it: the weekday and the date then say different things, and
    both are kept."""
    readings = [dated.value]
    figures = _SHORT_FIGURES.match(dated.phrase.strip())
    if figures is not None:
        first, second = int(figures.group(1)), int(figures.group(2))
        for day, month in ((first, second), (second, first)):
            other = _next_month_day(sent, month, day) if 1 <= month <= 12 else None
            if other is not None and other not in readings:
                readings.append(other)
    agreeing = [value for value in readings if value.weekday() == weekday]
    if not agreeing:
        return None
    value = next((value for value in agreeing if value >= sent), agreeing[0])
    return DateMention(dated.start, dated.end, dated.phrase, value)


# Between a weekday and the date in figures that follows it ("Thurs 20/11", "Mittwoch, dem 19.
# November", "le mercredi 12", "el viernes, día 19", "Friday (26 June)"): one day, the date
# says which.
_NAMES_THE_SAME_DAY = re.compile(r"\.?[,\s]*\(?\s*(?:(?:the|le|el|den|dem|der|am|d[íi]a)\s+)?",
                                 re.IGNORECASE)
# Between a date in figures and its weekday after it ("14 Nov (Fri)", "el 12, miércoles"), or
# the words that say which weekday it falls on ("the 15th is Saturday", "le 25 est samedi", "der
# 25. fällt auf Samstag"; after "is a", "cae en", "tombe un" and the like the weekday pattern
# finds no weekday at all, whichever clause it stands in).
_WEEKDAY_AFTER_ITS_DATE = re.compile(
    r"[,\s]*\(?\s*(?:(?:(?:which|that|que|qui|der|das)\s+)?(?:is|falls|lands|cae|tombe|est|"
    r"f(?:ä|ae)llt|ist)(?:\s+(?:on|en|auf))?"
    r"(?:\s+(?:a|un|einen?|el|le))?\s+|(?:a|un|une|ein|el|le)\s+)?", re.IGNORECASE)


# Between a day and its weekday named again to say which day it is ("le lendemain, soit
# mercredi", "the day after, i.e. Wednesday", "al día siguiente, o sea el miércoles").
_WEEKDAY_SAYING_AGAIN = re.compile(
    r"\s*,?\s*(?:soit|c'est-à-dire|i\.\s?e\.|that is|that's|o sea|es decir|also|d\.\s?h\.|"
    r"das heißt|sprich)\s*,?\s+(?:(?:le|el|am|on|the)\s+)?", re.IGNORECASE)


def possible_dates(text: str, spans: Sequence[tuple[int, int]]) -> list[set[int]]:
    """For each stretch (start, end) of `text`, the date patterns that may match it alone:
    the words of all stretches are looked for at once."""
    found = _INDEX.candidates(Folded.of(text), spans)
    for (start, end), numbers in zip(spans, found, strict=True):
        if _DIGIT.search(text, start, end) is None:
            numbers -= _NEED_DIGITS
    return found


def dated_clauses(text: str) -> Iterator[tuple[Clause, set[int]]]:
    """The clauses of `text` that a date pattern may match, each with those patterns
    (`possible_dates`, for `find_dates`): a clause none may match names no date.

    Only the sentences a pattern may match are cut into clauses: a clause holds no words its
    sentence does not, and it is cut from the rest of its sentence just before a space or a
    comma, where no word starts or ends, so what its words let match, theirs let match too. A
    sentence that is one clause is the same stretch of text: its patterns are those already
    found for it."""
    parts = sentences(text)
    pieces: list[Clause] = []
    possible: list[set[int] | None] = []
    for sentence, numbers in zip(parts, possible_dates(text, [(part.start, part.end)
                                                              for part in parts]), strict=True):
        if not numbers:
            continue
        cut = clauses_of(sentence)
        if cut == [sentence]:
            pieces.append(sentence)
            possible.append(numbers)
        else:
            pieces.extend(cut)
            possible.extend(None for _clause in cut)
    unknown = [index for index, numbers in enumerate(possible) if numbers is None]
    if unknown:
        spans = [(pieces[index].start, pieces[index].end) for index in unknown]
        for index, numbers in zip(unknown, possible_dates(text, spans), strict=True):
            possible[index] = numbers
    for clause, found in zip(pieces, possible, strict=True):
        if found:
            yield clause, found


def _resolve(kind: str, found: re.Match[str], sent: date, month_first: bool) -> date | None:
    groups = found.groupdict()
    if kind == "iso":
        return _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    if kind == "numeric":  # figures joined by dots are day first wherever they are written
        day, month = _day_month(int(groups["a"]), int(groups["b"]),
                                month_first and groups["sep"] != ".")
        year = int(groups["year"])
        return _safe_date(year + 2000 if year < 100 else year, month, day)
    if kind in ("day_month", "month_day", "month_then_day"):
        named = _named(_MONTHS, groups["month"].rstrip("."))
        if named is None:
            return None
        day = int(groups["day"])
        if groups.get("year"):
            return _safe_date(int(groups["year"]), named, day)
        return _next_month_day(sent, named, day)
    if kind == "short_numeric":
        if groups.get("a") and _A_SHARE.match(found.string, found.end()) and (
                groups["a"], groups["b"]) in _FRACTIONS:
            return None  # "1/3 on Nov 12, 1/3 on Dec 12": a share of the bill, no day
        if groups.get("a"):
            pair = int(groups["a"]), int(groups["b"])
            day, month = _day_month(*pair, month_first)
            if month_first and day == pair[1] <= 12:
                return _nearer_reading(sent, _next_month_day(sent, month, day),
                                       _next_month_day(sent, pair[1], pair[0]))
        else:
            day, month = int(groups["c"]), int(groups["d"])
        return _next_month_day(sent, month, day)
    if kind in ("month_start", "month_last", "mid_month"):
        named = _named(_MONTHS, groups["month"])
        if named is None:
            return None
        if kind == "month_start":
            if groups.get("working"):  # the first weekday of that month
                first = _next_month_day(sent, named, 1)
                return first + timedelta(days=max(0, 7 - first.weekday()) if first.weekday() > 4
                                         else 0) if first is not None else None
            if named == sent.month and sent.day <= 10:
                return None  # "early March" written in early March: now, no day to pin
            return _next_month_day(sent, named, 1)
        if kind == "mid_month":
            return _next_month_day(sent, named, 15)
        for year in (sent.year, sent.year + 1):  # the month's last day still to come
            last = date(year, named, calendar.monthrange(year, named)[1])
            if groups.get("working") or groups.get("habil") or groups.get("ouvre") or groups.get(
                    "arbeit"):
                last -= timedelta(days=max(0, last.weekday() - 4))
            if last >= sent:
                return last
        return last
    if kind == "month_end":
        year, month = sent.year, sent.month
        if groups.get("next"):
            year, month = year + month // 12, month % 12 + 1
        last = date(year, month, calendar.monthrange(year, month)[1])
        if re.search(r"working|business|h[áa]bil|ouvr|arbeits|werk|bank", found.group(0),
                     re.IGNORECASE):
            last -= timedelta(days=max(0, last.weekday() - 4))
        return last
    if kind == "day_next_month":
        day = 1 if groups.get("first") else int(groups["day"])  # "le premier du mois prochain"
        if groups.get("this"):  # "the 25th of this month", "el 25 de este mes"
            return _safe_date(sent.year, sent.month, day)
        following = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
        if groups.get("working"):  # that month's first weekday
            return following + timedelta(days=max(0, 7 - following.weekday())
                                         if following.weekday() > 4 else 0)
        return _safe_date(following.year, following.month, day)
    if kind == "the_first":
        return _next_day_of_month(sent, 1)
    if kind == "first_of_month":
        named = _named(_MONTHS, groups["month"])
        return _next_month_day(sent, named, 1) if named is not None else None
    if kind == "last_weekday":
        weekday = _named(_WEEKDAYS, groups["weekday"])
        named = _named(_MONTHS, groups["month"]) if groups.get("month") else None
        return (_last_weekday_of_month(sent, weekday, named) if weekday is not None
                else None)
    if kind == "nth_weekday":
        weekday = _named(_WEEKDAYS, groups["weekday"] or groups["weekday2"] or "")
        named = _named(_MONTHS, groups["month"]) if groups.get("month") else None
        if weekday is None:
            return None
        return _nth_weekday(sent, weekday, _NTH[(groups["nth"] or groups["nth2"]).lower()], named,
                            next_month=bool(groups.get("next")))
    if kind == "first_weekday":
        weekday = _named(_WEEKDAYS, groups["weekday"])
        named = _named(_MONTHS, groups["month"]) if groups.get("month") else None
        return None if weekday is None else _first_weekday(sent, weekday, named,
                                                           next_month=bool(groups.get("next")))
    if kind == "holiday":
        return _holiday(groups, sent)
    if kind == "holiday_eve":  # Christmas Eve (or the last day before Christmas), New Year's Eve
        eve = 31 if re.search(r"year|vieja|s[iy]lvest", found.group(0), re.IGNORECASE) else 24
        return _next_month_day(sent, 12, eve)
    if kind == "iso_week":  # that calendar week's Friday, as for "next week", or the weekday
        week = int(groups["week"])  # named in it; a week gone by less than half a year ago
        in_week = groups.get("weekday") or groups.get("weekday_after")
        named = _named(_WEEKDAYS, in_week) if in_week else None
        for year in (sent.year, sent.year + 1):  # stays in the past
            friday = _safe_week_friday(year, week)
            if friday is None or friday >= sent or (sent - friday).days < 183:
                if friday is not None and named is not None:
                    return friday - timedelta(days=4 - named)
                return friday
        return None
    if kind == "weekday":
        modifier = (groups.get("after") or groups.get("modifier") or groups.get("modifier2")
                    or "").lower()
        named_day = groups.get("weekday") or groups.get("weekday2") or groups.get("weekday3") or ""
        weekday = _named(_WEEKDAYS, named_day)
        if weekday is None:
            weekday = _SHORT_WEEKDAYS.get(named_day.lower())
        return _weekday(sent, weekday, modifier) if weekday is not None else None
    if kind.startswith("day_word"):
        day = _day_in_words(kind, groups)
        if not day:
            return None
        month_word = groups.get("month") or groups.get("month2") or groups.get("month3")
        named = _named(_MONTHS, month_word.rstrip(".")) if month_word else None
        return (_next_day_of_month(sent, day) if named is None
                else _next_month_day(sent, named, day))
    if kind == "ordinal_day":
        written = (groups.get("day") or groups.get("day2") or groups.get("day3")
                   or groups.get("day4") or groups.get("day5") or groups.get("day6") or "0")
        weekday_named = groups.get("weekday") or groups.get("weekday3")
        weekday = (_named(_WEEKDAYS, weekday_named) if weekday_named
                   else _SHORT_WEEKDAYS_ABROAD.get((groups.get("short") or "").lower()))
        return (_next_day_of_month(sent, int(written)) if weekday is None
                else _next_day_of_month_on(sent, int(written), weekday))
    return _relative(found.group(0), sent)


def _day_in_words(kind: str, groups: dict[str, str | None]) -> int:
    """The day of the month a `day_word*` pattern matched, as a number."""
    if kind == "day_word_en":
        return _DAY_WORDS.get((groups.get("word") or groups.get("word2") or groups.get("word3")
                               or "").lower(), 0)
    if kind == "day_word_de":
        stem = (groups.get("stem") or groups.get("noun") or groups.get("noun2") or "").lower()
        return _DE_DAY_STEMS.get(stem, _DE_DAY_STEMS.get(stem.casefold(), 0))
    word = re.sub(r"[\s-]+", " ", (groups.get("word") or groups.get("word2") or "").lower())
    return (_ES_DAY_WORDS if kind == "day_word_es" else _FR_DAY_WORDS if kind == "day_word_fr"
            else _DAY_WORDS).get(word, 0)


_FRACTIONS = frozenset((("1", "2"), ("1", "3"), ("2", "3"), ("1", "4"), ("3", "4")))
_A_SHARE = re.compile(r"\s+(?:on|of|now|today|by|in|at|next|upfront|up front|down|then|el|le|am|"
                      r"de|du|del|des|ahora|maintenant|jetzt|hoy|heute)\b", re.IGNORECASE)


def that_day_from(month_word: str, day: int, sent: date) -> date | None:
    """Day `day` of the month named `month_word`, the next such on or after `sent` (or just
    gone): where a monthly day starts ("the 1st of each month starting in March")."""
    month = _named(_MONTHS, month_word.rstrip("."))
    return None if month is None else _next_month_day(sent, month, day)


def _named(names: dict[str, int], word: str) -> int | None:
    """The number of a month or weekday name as matched. The patterns match ignoring case,
    which also lets letters through that only fold to the name's ("Auguſt" with a long s,
    a Kelvin sign for "k"): those are looked up folded, and a word no name folds to means
    no date rather than a failure."""
    return names.get(word.lower(), names.get(word.casefold()))


_HOLIDAY_JUST_GONE = 60  # days: "over Christmas" in January is the one just gone


def _holiday(groups: dict[str, str | None], sent: date) -> date | None:
    """The day of the holiday next after the sending day, or the one gone by in the last two
    months ("over Christmas" in January is the one just gone), or the day or the weekday just
    before or after it ("the day before Thanksgiving", "the Monday after Easter"). None for a
    holiday that only says when something else is ("le marché de Noël") and for a time before
    or after it with no day ("after Christmas"; "before Christmas" is Christmas Eve, see
    `holiday_eve`)."""
    falls_on = _HOLIDAY_NAMES.get((groups["holiday"] or "").lower().replace("’", "'"))
    of = (groups.get("of") or "").split(" ")[0].lower()
    if falls_on is None or groups.get("bare") or (
            of and of not in ("jour", "día", "dia", "lendemain", "veille")):
        return None
    day = min(day for day in (falls_on(year) for year in (sent.year - 1, sent.year, sent.year + 1))
              if (sent - day).days <= _HOLIDAY_JUST_GONE)
    if of in ("lendemain", "veille"):  # "le lendemain du jour de l'An", "la veille de Noël"
        return day + timedelta(days=1 if of == "lendemain" else -1)
    offset = (groups.get("offset") or "").lower()
    after = (groups.get("side") or "").lower().split(" ")[0] in (
        "after", "nach", "después", "despues", "après", "apres")
    if offset in ("the day", "am tag"):
        return day + timedelta(days=1 if after else -1)
    if offset:
        weekday = _named(_WEEKDAYS, offset.split()[-1])
        if weekday is None:
            return None
        if after:
            return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)
        return day - timedelta(days=(day.weekday() - weekday) % 7 or 7)
    return day


def _day_month(first: int, second: int, month_first: bool) -> tuple[int, int]:
    if first > 12:
        return first, second
    if second > 12:
        return second, first
    return (second, first) if month_first else (first, second)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _safe_week_friday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 5)
    except ValueError:
        return None


def _nearer_reading(sent: date, read_month_first: date | None, read_day_first: date | None
                    ) -> date | None:
    """A short date in figures read month first ("03/11": 11 March), unless that day is
    months off or already past and the day-first reading falls within the next weeks ("We'll
    pay the $4,620 on 03/11" written on 28 October, from Australia: 3 November; "Paying on
    6/11" written on 4 November: the 6th, not last June)."""
    if (read_month_first is None or read_day_first is None or not sent <= read_day_first
            or (read_day_first - sent).days > _NEAR_DAYS
            or 0 <= (read_month_first - sent).days <= _FAR_DAYS):
        return read_month_first
    return read_day_first


_NEAR_DAYS = 45  # a day-first reading this close is the likelier, when month first is
_FAR_DAYS = 90  # farther than this


def _next_month_day(sent: date, month: int, day: int) -> date | None:
    """That day of that month still to come, unless it went by less than half a year ago:
    "mailed a check on 3/14" written on 18 March is this year's, not next year's."""
    this_year = _safe_date(sent.year, month, day)
    if this_year is not None and (this_year >= sent or (sent - this_year).days < _RECENT_DAYS):
        return this_year
    return _safe_date(sent.year + 1, month, day) or this_year


_RECENT_DAYS = 183  # how long ago a day and month without a year may be and still be this year's


def _next_day_of_month(sent: date, day: int) -> date | None:
    if not 1 <= day <= 31:
        return None
    year, month = sent.year, sent.month
    for _ in range(3):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate >= sent:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _next_day_of_month_on(sent: date, day: int, weekday: int) -> date | None:
    """The next `day` of a month that falls on `weekday` ("jeudi 4", written on Tuesday 4
    November, is 4 December), within the next three such days, unless the next is not and the
    one just gone, in the past week, is ("left our account on Monday the 2nd", written on
    Thursday 5 November); else simply the next one (the weekday is then a slip)."""
    first = _next_day_of_month(sent, day)
    if first is not None and first.weekday() != weekday:
        for back in range(1, _JUST_GONE_DAYS + 1):
            gone = sent - timedelta(days=back)
            if gone.day == day and gone.weekday() == weekday:
                return gone
    candidate = first
    for _ in range(3):
        if candidate is None or candidate.weekday() == weekday:
            return candidate or first
        candidate = _next_day_of_month(candidate + timedelta(days=1), day)
    return first


_JUST_GONE_DAYS = 7


def _last_weekday_of_month(sent: date, weekday: int, named: int | None = None) -> date:
    """The last `weekday` of the named month still to come, or of the sending month (of the
    next month once that has passed)."""
    year, month = sent.year, sent.month
    if named is not None:
        year, month = (sent.year if named >= sent.month else sent.year + 1), named
    for _ in range(2):
        last = date(year, month, calendar.monthrange(year, month)[1])
        found = last - timedelta(days=(last.weekday() - weekday) % 7)
        if found >= sent:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _nth_weekday(sent: date, weekday: int, nth: int, month: int | None, *,
                 next_month: bool) -> date:
    """The `nth` `weekday` of the named month still to come, of the next month, or of the
    sending month (of the next month once that has gone by): "the 2nd Friday of every month"."""
    following = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
    if next_month:
        start = following
    elif month is None:
        start = date(sent.year, sent.month, 1)
    else:
        start = date(sent.year if month >= sent.month else sent.year + 1, month, 1)
    found = start + timedelta(days=(weekday - start.weekday()) % 7, weeks=nth - 1)
    if found < sent and month is None and not next_month:
        found = following + timedelta(days=(weekday - following.weekday()) % 7, weeks=nth - 1)
    return found


def _first_weekday(sent: date, weekday: int, month: int | None, *, next_month: bool) -> date:
    """The first `weekday` of the next month, of the named month still to come, or of the
    sending month (of the next month once that has passed)."""
    if next_month:
        year, month = (sent.year + 1, 1) if sent.month == 12 else (sent.year, sent.month + 1)
    elif month is None:
        year, month = sent.year, sent.month
    else:
        year = sent.year if month >= sent.month else sent.year + 1
    for _ in range(13):
        first = date(year, month, 1)
        found = first + timedelta(days=(weekday - first.weekday()) % 7)
        if found >= sent:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


_IN_NEXT_WEEK = re.compile(r"week|woche|semaine|semana")
_AFTER_THE_NEXT = re.compile(r"(?:ü|ue)bern(?:ä|ae)chste")
_NTH = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "segundo": 2,
        "tercer": 3, "cuarto": 4, "deuxième": 2, "deuxieme": 2, "troisième": 3, "troisieme": 3,
        "quatrième": 4, "quatrieme": 4, "zweiten": 2, "dritten": 3, "vierten": 4}
# "the coming Saturday", "kommenden Freitag", and Spanish "el próximo viernes" (the nearest
# Friday to come: written so, a Friday of this week in every labelled reply that named one)
_COMING = frozenset(("coming", "kommenden", "kommender", "kommende", "próximo", "proximo"))


def _weekday(sent: date, weekday: int, modifier: str) -> date:
    modifier = modifier.replace("wik", "week")  # the Black Country's "Thursdee wik"
    if modifier in _BEFORE:  # "last Thursday", "el jueves pasado", "vom letzten Donnerstag"
        return sent - timedelta(days=(sent.weekday() - weekday) % 7 or 7)
    ahead = (weekday - sent.weekday()) % 7 or 7
    coming = sent + timedelta(days=ahead)
    next_week_monday = sent + timedelta(days=7 - sent.weekday())
    if modifier in ("week", "a week on", "week on", "a week"):  # "Friday week"
        return coming + timedelta(days=7)
    counted = re.match(r"(one|two|three|[123]) weeks? (?:from|after)", modifier)
    if counted:  # "two weeks from Friday"
        weeks = int(counted.group(1)) if counted.group(1).isdigit() else _COUNT_WORDS[
            counted.group(1)]
        return coming + timedelta(weeks=weeks)
    if "week after next" in modifier:  # "the week after next, on the Wednesday"
        return next_week_monday + timedelta(days=weekday + 7)
    if modifier in ("after next", "efter next") or _AFTER_THE_NEXT.search(modifier):
        return coming + timedelta(days=7)  # "the Monday after next", "übernächsten Freitag"
    if modifier in ("fortnight", "a fortnight", "a fortnight on", "two weeks on", "2 weeks on"):
        # "Friday fortnight", "two weeks on Thursday"
        return coming + timedelta(days=14)
    if modifier in ("in acht tagen", "in einer woche"):  # "Mittwoch in acht Tagen", "Dienstag
        # in einer Woche": as "mercredi en huit"
        modifier = "en huit"
    if modifier in ("en huit", "en quinze"):  # "mardi en huit": a week after the Tuesday
        # coming (today, if it is one), said on a Thursday the Tuesday 12 days on; "en quinze"
        # two weeks after it
        return sent + timedelta(days=(weekday - sent.weekday()) % 7
                                + (7 if modifier == "en huit" else 14))
    if modifier in _COMING:  # "the coming Saturday", "kommenden Freitag": the next one
        return coming
    if modifier and (modifier in _NEXT.split("|") or _IN_NEXT_WEEK.search(modifier)):
        return next_week_monday + timedelta(days=weekday)
    return coming


def _add_working_days(start: date, count: int) -> date:
    current = start
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def _relative(phrase: str, sent: date) -> date | None:
    lowered = phrase.lower()
    next_monday = sent + timedelta(days=7 - sent.weekday())
    following_month = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
    if re.search(r"next month|mois prochain|mes que viene|pr[óo]ximo mes|mes siguiente|"
                 r"mes entrante|mes que entra|nächsten monats?", lowered):
        if re.search(r"early|beginning|start|first|d[ée]but|principios|comienzos|inicio|anfang",
                     lowered):
            return following_month
        last = calendar.monthrange(following_month.year, following_month.month)[1]
        return following_month.replace(day=last)
    if re.search(r"(?:early|beginning of|start of|first of) next week|after the weekend|nach dem "
                 r"wochenende|despu[ée]s del (?:fin de semana|finde)|apr[èe]s le week-?end",
                 lowered):
        return next_monday
    from_today = re.match(r"(a|one|two|three|four|\d) (week|fortnight)s? (?:from )?(\w+)",
                          lowered)
    if from_today:  # "two weeks today", "three weeks tomorrow", "a fortnight from now"
        count = from_today.group(1)
        weeks = (int(count) if count.isdigit() else _COUNT_WORDS[count]) * (
            2 if from_today.group(2) == "fortnight" else 1)
        return sent + timedelta(weeks=weeks, days=1 if from_today.group(3) == "tomorrow" else 0)
    if re.fullmatch(_TOMORROW_SPELLINGS, lowered):
        return sent + timedelta(days=1)
    if lowered == "next tomorrow":  # West African English: the day after tomorrow
        return sent + timedelta(days=2)
    if lowered == "tmr":
        return sent + timedelta(days=1)
    if lowered in ("this day week", "this day next week", "this time next week",
                   "same time next week", "the same time next week"):  # a week today
        return sent + timedelta(days=7)
    if re.fullmatch(r"(tomorrow|today) week", lowered):
        return sent + timedelta(days=8 if lowered.startswith("tomorrow") else 7)
    lowered = re.sub(rf"^heute (?=in )| from (?:now|today)$| (?:{_FROM_TODAY_ABROAD})$", "",
                     lowered)  # counted from today
    if "fortnight" in lowered and not re.search(r"\d", lowered):
        return sent + timedelta(days=14)
    # ("by day after" alone: Indian English for the day after tomorrow)
    if re.search(r"day after\b|pasado mañana|apr[eè]s[- ]demain|übermorge?n", lowered):
        return sent + timedelta(days=2)
    if lowered in ("the morra", "the morn"):  # Scots: tomorrow
        return sent + timedelta(days=1)
    if re.search(r"tonight|tonite|2nite|soir|noche|abend|afternoon|apr[eè]s-midi|tarde|"
                 r"nachmittag|evening|arvo|tant|(?:next|an|the) hour|minutes|\bmins?\b", lowered):
        return sent
    if re.search(r"morning|first thing", lowered):  # a reply is mostly written after it
        return sent + timedelta(days=1)
    if re.match(r"de hoy en|d'aujourd'hui en", lowered):  # a week (or two) today
        return sent + timedelta(days=14 if re.search(r"quince|quinze|dos", lowered) else 7)
    if re.search(r"mid[- ]?next|middle of next|milieu de (?:la )?semaine|"
                 r"mitte (?:der )?n[äa]chste[nr]? woche|mitad de", lowered):
        return next_monday + timedelta(days=2)  # the Wednesday of next week
    if re.search(r"weekend|week-end|fin de semana|wochenende", lowered):
        return sent + timedelta(days=(5 - sent.weekday()) % 7)
    if re.search(r"fin de (?:la )?semaine prochaine|finales de la (?:próxima|semana que)|"
                 r"ende (?:der )?nächste[nr]? woche", lowered):  # next week's Friday
        return next_monday + timedelta(days=4)
    if re.search(r"end of (?:the |this )?week|^e\.?o\.?w$|fin de (?:la )?semaine|"
                 r"finales de (?:la|esta) semana|"
                 r"ende (?:der|dieser) woche", lowered):  # this week's Friday
        return sent + timedelta(days=(4 - sent.weekday()) % 7)
    if re.search(r"d[ée]but de (?:la )?semaine|principios de la|anfang (?:der )?nächste[nr]? woche",
                 lowered):
        return next_monday
    if re.search(r"d[ée]but du mois|principios del|anfang (?:des )?nächsten monats", lowered):
        return following_month
    if re.search(r"mediados|mid-?month|middle of the month|mi-mois|mitte", lowered):
        middle = sent.replace(day=15)
        return middle if middle >= sent else following_month.replace(day=15)
    hours = re.search(r"(\d{1,3}) ?(?:hours|heures|h|horas|stunden)\b", lowered)
    if hours:
        return sent + timedelta(days=-(-int(hours.group(1)) // 24))
    if re.match(r"sous (?:huitaine|quinzaine)", lowered):  # within eight days, fifteen
        return sent + timedelta(days=8 if "huitaine" in lowered else 15)
    if re.search(r"next week|semana que viene|próxima semana|semaine prochaine|"
                 r"(?:nächste|naechste|kommende)\w* woche", lowered):
        return sent + timedelta(days=7 - sent.weekday() + 4)
    counted = _COUNTED.search(lowered)
    if counted:
        number = counted.group("number")
        count = int(number) if number.isdigit() else _COUNT_WORDS.get(number, 1)
        if number in _WEEKS_IN_DAYS and counted.group("unit").startswith(("jour", "día", "dia",
                                                                           "tag")):
            return sent + timedelta(days=_WEEKS_IN_DAYS[number])
        if counted.group("unit").startswith("fortnight"):
            return sent + timedelta(weeks=2 * count)
        if counted.group("unit").startswith(("week", "wk", "seman", "semain", "woche")):
            return sent + timedelta(weeks=count)
        if (counted.group("business") or counted.group("business_after")
                or counted.group("unit").endswith(("werktag", "werktage", "werktagen",
                                                   "arbeitstag", "arbeitstage", "arbeitstagen"))):
            return _add_working_days(sent, count)
        return sent + timedelta(days=count)
    if lowered in _TODAY or lowered in _TODAY_TYPED:
        return sent
    if lowered in _TOMORROW or lowered in _TOMORROW_TYPED:
        return sent + timedelta(days=1)
    return _parsed_day(phrase, sent)


# The day words most replies use, read as dateparser reads them (a test holds them to it)
# without calling it: one call costs several milliseconds against each message's own date.
_TODAY = frozenset(("today", "hoy", "aujourd'hui", "heute"))
_TOMORROW = frozenset(("mañana", "manana", "demain", "morgen"))
_TODAY_TYPED = frozenset(("heut noch",))  # Austrian and Bavarian: today still
_TOMORROW_TYPED = frozenset(("mñn", "mañna", "demin"))  # as typed on a phone


@lru_cache(maxsize=1024)
def _parsed_day(phrase: str, sent: date) -> date | None:
    """The day dateparser reads `phrase` as, at noon on `sent`. Kept per phrase and day, as
    one call costs about half a millisecond: its answer depends on nothing else that can
    change in a process. The phrases that reach it ("tomorrow", "demain", "heute" ...) it
    reads against `RELATIVE_BASE`; the local time zone it also reads is looked up once per
    process (tzlocal keeps it), and the clock it falls back to is never read when
    `RELATIVE_BASE` is set and no `date_formats` are given."""
    base = datetime(sent.year, sent.month, sent.day, 12, 0)
    parsed = dateparser.parse(
        phrase,
        languages=_LANGUAGES,
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"},
    )
    return parsed.date() if parsed is not None else None
