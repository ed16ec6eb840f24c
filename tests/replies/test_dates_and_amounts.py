"""Promised dates resolved against the message's own Date, and amounts in four languages."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import dateparser
import pytest

from bot.domain.replies import amounts, dates
from bot.domain.replies.amounts import paid_or_promised_amount, parse_number
from bot.domain.replies.classifier import human_intent
from bot.domain.replies.clauses import clauses
from bot.domain.replies.dates import find_dates, possible_dates
from bot.domain.replies.intents import ReplyIntent
from bot.domain.replies.promises import promised_date
from bot.mail.parse_reply import parse_reply
from tests.replies.messages import QUOTED_REMINDER, read_above_the_reminder, reply

TUESDAY_4_NOV_2025 = date(2025, 11, 4)


def test_a_promise_to_pay_on_friday_resolves_to_the_friday_after_the_message_date() -> None:
    parsed = parse_reply(reply("I'll get the full $1,250 to you on Friday by ACH."))
    assert parsed.promised_date == date(2025, 11, 7)
    assert (parsed.amount, parsed.currency) == (Decimal("1250.00"), "USD")


def test_a_weekday_named_on_that_same_weekday_means_the_next_one() -> None:
    assert promised_date("I will pay on Tuesday", sent=TUESDAY_4_NOV_2025) == date(2025, 11, 11)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("I will pay on the 15th", date(2025, 11, 15)),
        ("I will pay on the 3rd", date(2025, 12, 3)),
        ("Payment will be made by the end of the month", date(2025, 11, 30)),
        ("I will pay on 15/03", date(2026, 3, 15)),
        ("I will pay on March 5th", date(2026, 3, 5)),
        ("I will pay next week", date(2025, 11, 14)),
        ("I will pay tomorrow", date(2025, 11, 5)),
        ("I will pay in two weeks", date(2025, 11, 18)),
        ("Os hago la transferencia el viernes sin falta", date(2025, 11, 7)),
        ("Le premier versement pourrait partir le 15 janvier", date(2026, 1, 15)),
        ("Die Überweisung wird am 15.09.2026 ausgeführt", date(2026, 9, 15)),
        ("Wir zahlen am Freitag", date(2025, 11, 7)),
        ("Je vais payer vendredi prochain", date(2025, 11, 14)),
    ],
)
def test_promised_dates_resolve_against_the_message_date(words: str, expected: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Wir zahlen nächste Woche Mittwoch.", date(2025, 11, 12)),
        ("We'll pay next week on Wednesday.", date(2025, 11, 12)),
        ("We'll pay Wednesday next week.", date(2025, 11, 12)),
        ("Nous paierons mercredi de la semaine prochaine.", date(2025, 11, 12)),
        ("Pagaremos la semana que viene el miércoles.", date(2025, 11, 12)),
        ("We'll pay next Wednesday.", date(2025, 11, 12)),
        ("We'll pay Wednesday week.", date(2025, 11, 12)),
        ("We'll pay on Wednesday.", date(2025, 11, 5)),
        ("We pay on the last working day of the month.", date(2025, 11, 28)),
        ("Le paiement sera fait sous huitaine.", date(2025, 11, 12)),
        ("Payment on 5 December.", date(2025, 12, 5)),
        ("Expect payment the day after tomorrow.", date(2025, 11, 6)),
        ("i get my wages thurs so will pay then", date(2025, 11, 6)),
        ("We pay suppliers on the last Friday of the month.", date(2025, 11, 28)),
        ("Wir zahlen am letzten Freitag im Monat.", date(2025, 11, 28)),
        ("We will pay within the next 10 days.", date(2025, 11, 14)),
        ("Should be with you by Wednesday.", date(2025, 11, 5)),
        ("Je paierai jeudi en huit.", date(2025, 11, 13)),
        ("Je paierai dimanche en quinze.", date(2025, 11, 23)),
        ("Je paierai fin novembre.", date(2025, 11, 30)),
        ("Je paierai dans deux semaines.", date(2025, 11, 18)),
        ("Je paierai le 5 du mois prochain.", date(2025, 12, 5)),
        ("Je paierai en début de semaine prochaine.", date(2025, 11, 10)),
        ("Je paierai dans dix jours.", date(2025, 11, 14)),
        ("Je paierai le premier décembre.", date(2025, 12, 1)),
        ("Je paierai d'ici 48 h.", date(2025, 11, 6)),
        ("Je paierai ce week-end.", date(2025, 11, 8)),
        ("Je paierai la semaine du 17.", date(2025, 11, 17)),
        ("Pagaré pasado mañana.", date(2025, 11, 6)),
        ("Pagaré dentro de dos semanas.", date(2025, 11, 18)),
        ("Pagaré en un par de días.", date(2025, 11, 6)),
        ("Pagaré antes del 20.", date(2025, 11, 20)),
        ("Pagaré a mediados de mes.", date(2025, 11, 15)),
        ("Pagaré el miércoles 12.", date(2025, 11, 12)),
        ("Pagaré el viernes de la semana que viene.", date(2025, 11, 14)),
        ("Ich zahle Anfang nächster Woche.", date(2025, 11, 10)),
        ("Ich zahle in zwei Wochen.", date(2025, 11, 18)),
        ("It will be paid two weeks from today.", date(2025, 11, 18)),
        ("Will pay Friday fortnight.", date(2025, 11, 21)),
        ("Je vous paie jeudi le 13.", date(2025, 11, 13)),
        ("Je vous paie cet après-midi.", date(2025, 11, 4)),
        ("Je paierai le 25, le jour où je touche mon salaire.", date(2025, 11, 25)),
        ("Le 3, je vous règle tout.", date(2025, 12, 3)),
        ("Ich zahle innert 10 Tagen.", date(2025, 11, 14)),
        ("Ich zahle Mittwoch nächster Woche.", date(2025, 11, 12)),
        ("I'll pay a fortnight from today.", date(2025, 11, 18)),
        ("I'll pay a week from today.", date(2025, 11, 11)),
        ("Will pay this fri for sure.", date(2025, 11, 7)),
        ("Will pay next wed.", date(2025, 11, 12)),
        ("Paying thu.", date(2025, 11, 6)),
        ("We're closed from the 19th, so it will be paid on 6 January.", date(2026, 1, 6)),
        ("Te lo pago antes de que acabe el mes.", date(2025, 11, 30)),
        ("I'll pay before the month is out.", date(2025, 11, 30)),
        ("Bis Ultimo ist das erledigt.", date(2025, 11, 30)),
        ("Wir zahlen bis Ende Monat.", date(2025, 11, 30)),
        ("D'ici la fin de la semaine prochaine vous serez payés.", date(2025, 11, 14)),
        ("Pagaré a finales de la semana que viene.", date(2025, 11, 14)),
        ("Wir zahlen Ende nächster Woche.", date(2025, 11, 14)),
        ("Je paie à la fin de la semaine.", date(2025, 11, 7)),
        ("Zahlung erfolgt in KW 47, spätestens am Freitag.", date(2025, 11, 21)),
        ("Wir zahlen in KW 2.", date(2026, 1, 9)),
        ("Die Zahlung erfolgt in KW 47, am Mittwoch.", date(2025, 11, 19)),
        ("Payment goes out in week 48, on Monday.", date(2025, 11, 24)),
        ("Payment will go out in week 48.", date(2025, 11, 28)),
        ("Le virement partira en semaine 49.", date(2025, 12, 5)),
        ("Give us 48 hours and it'll be done.", date(2025, 11, 6)),
        ("Dame 24 horas y te pago.", date(2025, 11, 5)),
        ("Christmas Eve at the absolute latest.", date(2025, 12, 24)),
        ("Je vous paie avant Noël.", date(2025, 12, 24)),
        ("Bis Silvester ist das überwiesen.", date(2025, 12, 31)),
        ("La tenemos incluida en la remesa de pagos del día 20.", date(2025, 11, 20)),
        ("Die Zahlung ist für den 17.11. freigegeben.", date(2025, 11, 17)),
        ("Su factura entra en la corrida del 25 de este mes.", date(2025, 11, 25)),
        ("Nuestro contador me dice que ya la programó para el 18 de noviembre.",
         date(2025, 11, 18)),
        ("We'll pay on the 20th of this month.", date(2025, 11, 20)),
        ("Je paie le 28 de ce mois.", date(2025, 11, 28)),
        ("Wir zahlen am 20. dieses Monats.", date(2025, 11, 20)),
        # A day that recurs, or that a state lasts until, gives way to the day paid on; a
        # later day given as the latest is the one promised.
        ("$150 every second Thursday starting the 13th.", date(2025, 11, 13)),
        ("Nuestro día de pago es el 5 de cada mes, así que la tendréis el 5 de diciembre.",
         date(2025, 12, 5)),
        ("We pay suppliers every Friday; yours will go out on the 14th.", date(2025, 11, 14)),
        ("I'll pay $100 every Friday starting next week.", date(2025, 11, 14)),
        ("Ich zahle am 15. jeden Monats 100 €.", date(2025, 11, 15)),
        ("On est à découvert jusqu'au 1er, je paie le 2 décembre.", date(2025, 12, 2)),
        ("I'm away until the 10th, will pay on the 12th.", date(2025, 11, 12)),
        ("No cobro hasta el 15, te pago el 16.", date(2025, 11, 16)),
        ("Laissez-moi jusqu'au 15.", date(2025, 11, 15)),
        ("Das Geld geht heute noch raus, allerspätestens morgen früh.", date(2025, 11, 5)),
        ("Hoy o como muy tarde mañana te lo pago.", date(2025, 11, 5)),
        ("I'll pay Friday, Monday at the latest.", date(2025, 11, 10)),
        ("Die Lieferung kam in KW 40, zahlen tun wir nächste Woche.", date(2025, 11, 14)),
        ("I'll pay on the 20th, but I can call you tomorrow.", date(2025, 11, 20)),
    ],
)
def test_a_weekday_in_next_week_and_other_spoken_dates_resolve_to_one_day(
        words: str, expected: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == expected


def test_a_terse_payment_date_is_a_promise_with_its_date_and_a_french_sum_in_euros_counts(
) -> None:
    assert parse_reply(reply("Payment by COB Thursday.")).promised_date == date(2025, 11, 6)
    parsed = parse_reply(reply("Nous paierons 560 euros vendredi."))
    assert (parsed.promised_date, parsed.amount, parsed.currency) == (
        date(2025, 11, 7), Decimal("560"), "EUR")


def test_a_missed_date_is_not_the_promised_one() -> None:
    words = (
        "Our AP cycle runs on the 1st and the 15th. "
        "This one missed the 1st, so it'll go out on the 15th."
    )
    assert promised_date(words, sent=date(2025, 7, 31)) == date(2025, 8, 15)


def test_a_dollar_reply_reads_short_dates_month_first() -> None:
    [mention] = find_dates("on 3/5", sent=TUESDAY_4_NOV_2025, month_first=True)
    assert mention.value == date(2026, 3, 5)


@pytest.mark.parametrize(("words", "day"), [
    ("Ok, pagaré el 12/11.", date(2025, 11, 12)),
    ("Bonjour, virement programmé le 12/11. Cdlt", date(2025, 11, 12)),
    ("I'll pay on 12/11.", date(2025, 12, 11)),
])
def test_under_a_dollar_reminder_english_puts_the_month_first_spanish_and_french_the_day(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("We'll pay by Thurs 20/11. Thx, Lee", date(2025, 11, 20)),
    ("Der Betrag wird am Mittwoch, 26.11., überwiesen.", date(2025, 11, 26)),
    ("Wir überweisen am Mittwoch, dem 19. November.", date(2025, 11, 19)),
    ("Le virement partira le mercredi 12.", date(2025, 11, 12)),
])
def test_a_weekday_written_before_a_date_is_that_date(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(
    ("written", "value"),
    [("1,250.00", "1250.00"), ("1.890,50", "1890.50"), ("1 380,00", "1380.00"),
     ("2317.60", "2317.60"), ("1,250", "1250"), ("700", "700"), ("1.250", "1250")],
)
def test_numbers_are_read_in_english_french_spanish_and_german_formats(
    written: str, value: str
) -> None:
    assert parse_number(written) == Decimal(value)


@pytest.mark.parametrize(
    ("words", "amount", "currency"),
    [
        ("We paid £1,120.00 yesterday.", "1120.00", "GBP"),
        ("Le virement de 1 380,00 € a été effectué.", "1380.00", "EUR"),
        ("Die Überweisung über 1.890,50 € wird ausgeführt.", "1890.50", "EUR"),
        ("Could I do 3 payments of $630?", "630", "USD"),
        ("Would you accept £300 a month?", "300", "GBP"),
        ("Could we split the $1,230 into three lots of $410?", "410", "USD"),
        ("Je propose d'échelonner le solde de 1 000 € en 4 mensualités de 250 €.", "250", "EUR"),
        ("No nos llega para los 900 € de golpe. ¿En tres plazos de 300 €?", "300", "EUR"),
        ("All sorted. $3,310.00 to your CBA account, ref WCC-7781.", "3310.00", "USD"),
        ("Paid this morning by BACS - £1,234.50, ref PF/2026/0088.", "1234.50", "GBP"),
        ("Könnten wir das in Raten machen? 3 x 600 €, die erste zum 1. Juli.", "600", "EUR"),
        ("El primero de 500 € el día 5 del mes que viene.", "500", "EUR"),
        ("Le principal, soit 612,50 €, sera viré ce vendredi.", "612.50", "EUR"),
        ("We have remitted Rs. 1,12,000/- against your invoice today via NEFT.", "112000", "INR"),
        ("Kindly allow 4 equal instalments of Rs. 22,500/- each.", "22500", "INR"),
        ("R12 650,00 is scheduled for the 5 March payment run.", "12650.00", "ZAR"),
        ("The $1,725.00 will be with you by the end of next week.", "1725.00", "USD"),
        ("I'll have the £1,184.40 across to you by Thursday.", "1184.40", "GBP"),
    ],
)
def test_the_amount_is_what_they_paid_or_will_pay(words: str, amount: str, currency: str) -> None:
    money = paid_or_promised_amount(words)
    assert money is not None
    assert (money.amount, money.currency) == (Decimal(amount), currency)


def test_an_amount_they_refuse_to_pay_is_not_the_amount() -> None:
    assert paid_or_promised_amount("We should not be paying the full $1,860 for that.") is None


def test_the_dates_a_clause_may_hold_are_told_from_the_whole_text_as_from_the_clause() -> None:
    texts = [
        "Paid.So we'll pay on Friday - or the 15th, but not 3/4; mañana.Le 15 janvier\n12.03.",
        "We will pay Friday.Then 2025-11-20 but since May nothing, Sunday? am 5. März",
        "Monday1 the 2nd3 Fri-day next week", "¿El viernes?¡Sí! fin de mois", "",
    ]
    for text in texts:
        parts = clauses(text)
        possible = possible_dates(text, [(part.start, part.end) for part in parts])
        for part, numbers in zip(parts, possible, strict=True):
            alone = find_dates(part.text, sent=TUESDAY_4_NOV_2025)
            assert find_dates(part.text, sent=TUESDAY_4_NOV_2025, possible=numbers) == alone
            assert numbers or not alone, part.text


def test_only_the_sentences_that_may_name_a_date_are_cut_into_clauses() -> None:
    words = ["Friday", "friday,", "the 15th", "15/03", "May", "mid-May", "next week", "so", "but",
             "then", "-", "—", ",", " ", "  ", ".", "\n", "pay", "x", "1", "am", "fin de mois"]
    texts = [" ".join(chosen) for chosen in itertools.product(words[:8], words[7:15], words[:8])]
    texts += ["Paid.So we'll pay on Friday - or the 15th, but not 3/4; mañana.Le 15 janvier\n1.3.",
              "We will pay Friday.Then 2025-11-20 but since May nothing, Sunday? am 5. März",
              "Monday1 the 2nd3 Fri-day next week", "¿El viernes?¡Sí! fin de mois", "", "so",
              "Friday,but the 15th, so next week — mid-May then heute"]
    for text in texts:
        parts = clauses(text)
        possible = possible_dates(text, [(part.start, part.end) for part in parts])
        plain = [(part, numbers) for part, numbers in zip(parts, possible, strict=True) if numbers]
        assert list(dates.dated_clauses(text)) == plain, text


def test_sums_are_looked_for_near_digits_only_and_found_as_everywhere() -> None:
    pieces = ["1", "23", ",", ".", " ", "$", "US$", "Sfr.", "€", "EUR", "x", "٣", "\u00a0"]
    texts = ["".join(chosen) for size in range(1, 5)
             for chosen in itertools.product(pieces, repeat=size)]
    texts += ["Paid $1,250.00 and 1.890,50 € then 1 380,00 € / 700 € par mois; CHF 12 000",
              "ref 12345 US$ 99 x Sfr. 5.50 at 10.30am, 2 dollars", "EUR\u00a0 5", ""]
    for text in texts:
        near = [found.span() + found.groups() for found in amounts._money_matches(text)]
        everywhere = [found.span() + found.groups() for found in amounts._MONEY.finditer(text)]
        assert near == everywhere, text


def test_a_clause_is_about_paying_as_the_whole_alternation_says() -> None:
    whole = re.compile(rf"\b(?:{'|'.join(amounts._PAYING_WORDS)})\b", re.IGNORECASE)
    texts = ["We will pay 300 now", "repaid", "PAYÉ 40 €", "Überweisung 40", "you'll have it",
             "youll get the 40", "achieved 40", "ach 40", "a  week", "per month", "ſent",
             "Zahlung erfolgt", "money sent!", "cheques", "Done.", "nothing here 12", ""]
    for text in texts:
        clause = clauses(text)[0] if text else None
        if clause is not None:
            expected = bool(whole.search(text)) and not amounts._DENIAL.search(text)
            assert amounts._is_about_paying(clause) == expected, text


def test_a_month_or_weekday_written_with_odd_letters_is_read_or_left_but_never_fails() -> None:
    # Matching ignoring case lets a long s through for "s" and a Kelvin sign for "k".
    assert promised_date("I will pay on 5 Auguſt", sent=date(2026, 7, 1)) == date(2026, 8, 5)
    assert promised_date("I will pay on ſunday", sent=TUESDAY_4_NOV_2025) == date(2025, 11, 9)
    assert promised_date("Zahlung am 3. O\u212atober", sent=date(2026, 7, 1)) == date(2026, 10, 3)
    parsed = parse_reply(reply("We will pay the balance by the end of Auguſt."))
    assert parsed.intent == "promise_to_pay"


_DAY_WORDS = ("tomorrow", "Tomorrow", "today", "tonight", "day after tomorrow", "hoy",
              "mañana", "pasado mañana", "demain", "après-demain", "aujourd'hui", "heute",
              "morgen", "übermorgen")


@pytest.mark.parametrize("sent", [date(2025, 12, 31), date(2024, 2, 28), date(2026, 3, 29),
                                  date(2025, 10, 26), TUESDAY_4_NOV_2025])
def test_a_day_word_kept_from_an_earlier_message_reads_as_dateparser_reads_it(sent: date) -> None:
    for word in _DAY_WORDS:
        first, again = dates._parsed_day(word, sent), dates._parsed_day(word, sent)
        base = datetime(sent.year, sent.month, sent.day, 12, 0)
        fresh = dateparser.parse(word, languages=["en", "es", "fr", "de"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
        assert first == again == (fresh.date() if fresh is not None else None), word


@pytest.mark.parametrize("sent", [date(2025, 12, 31), date(2024, 2, 28), date(2026, 3, 29)])
def test_the_day_words_read_without_dateparser_read_as_dateparser_reads_them(sent: date) -> None:
    base = datetime(sent.year, sent.month, sent.day, 12, 0)
    for word in dates._TODAY | dates._TOMORROW:
        fresh = dateparser.parse(word, languages=["en", "es", "fr", "de"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
        assert fresh is not None and dates._relative(word, sent) == fresh.date(), word


def test_a_day_word_is_read_against_each_message_s_own_date() -> None:
    for sent in (date(2025, 1, 31), date(2025, 2, 1), date(2025, 2, 28)):
        assert dates._parsed_day("tomorrow", sent) == sent + timedelta(days=1)


_NEAR_DATES = ("on the 15th", "the 1ST", "the 2nd.", "am 15. März", "am 3", "bis zum 12.",
               "zum 1er", "el día 5", "el dia 5", "le 3er", "au 30", "2025-03-04", "15/03",
               "15.03.2025", "3-4-25", "am 15.09.", "by 1.2.", "1ſt", "the 3rd, 4th and 5th",
               "Freitag, 15th", "friday the 2nd", "12 st", "15 th", "１５th", "٣rd", "no date",
               "15", "15 / 03", "1-", "$1.50", "el 5", "ZUM 7", "Le 3", "le3", "15thx")


@pytest.mark.parametrize("text", _NEAR_DATES)
def test_a_date_pattern_ruled_out_by_its_core_cannot_match(text: str) -> None:
    for kind, pattern in dates._PATTERNS:
        core = dates._CORE.get(kind)
        if core is not None and core.search(text) is None:
            assert pattern.search(text) is None, (kind, text)


def test_no_date_pattern_matches_where_its_core_finds_nothing() -> None:
    pieces = ("the ", "15", "3", "th", "ST", "am ", "el ", "día ", ".", "/", "-", "2025",
              "friday ", ",", " ", "er", "zum ", "ſ")
    for count in range(1, 4):
        for parts in itertools.product(pieces, repeat=count):
            text = "".join(parts)
            for kind, pattern in dates._PATTERNS:
                core = dates._CORE.get(kind)
                if core is not None and core.search(text) is None:
                    assert pattern.search(text) is None, (kind, text)


@pytest.mark.parametrize("names", [dates._MONTHS, dates._WEEKDAYS])
def test_the_look_ahead_before_a_name_lets_through_every_character_a_name_starts_with(
        names: dict[str, int]) -> None:
    ahead = re.compile(dates._MONTH_AHEAD if names is dates._MONTHS else dates._WEEKDAY_AHEAD,
                       re.IGNORECASE)
    any_name = re.compile("|".join(names), re.IGNORECASE)
    cased = (chr(code) for code in range(0x110000)
             if not 0xD800 <= code < 0xE000 and (chr(code).lower() != chr(code)
                                                 or chr(code).upper() != chr(code)))
    for char in cased:
        for name in names:
            if any_name.match(char + name[1:]):  # a name starts with `char` ignoring case
                assert ahead.match(char), (char, name)


def test_a_phone_number_is_not_a_day_of_the_month() -> None:
    assert find_dates("Rappelez-moi svp au 06 12 34 56 78.", sent=TUESDAY_4_NOV_2025) == []


@pytest.mark.parametrize(
    "words",
    ["Project week 12 went well.", "La factura del 20 no cuadra.",
     "Call me on 0049 47 1234.", "Paid on the 2nd of this month.", "Room 47, week of 3 people.",
     "KW 60 ist kein Datum."],
)
def test_a_number_near_week_or_day_words_is_no_day_to_come(words: str) -> None:
    assert [mention.value for mention in find_dates(words, sent=TUESDAY_4_NOV_2025)
            if mention.value >= TUESDAY_4_NOV_2025] == []


def test_a_calendar_week_gone_by_is_in_the_past_and_one_far_back_is_next_year_s() -> None:
    [gone] = find_dates("Lieferung in KW 40", sent=TUESDAY_4_NOV_2025)
    [coming] = find_dates("Zahlung in KW 2", sent=TUESDAY_4_NOV_2025)
    assert (gone.value, coming.value) == (date(2025, 10, 3), date(2026, 1, 9))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Nuestro contador me dice que ya la programó para el 18 de noviembre.",
         date(2025, 11, 18)),
        ("Notre comptable me dit qu'il l'a programmé pour le 18 novembre, pas d'inquiétude.",
         date(2025, 11, 18)),
        ("Our bookkeeper says she has it scheduled for the 18th, so don't worry about it.",
         date(2025, 11, 18)),
        ("Give us 48 hours and it'll be done.", date(2025, 11, 6)),
        ("Christmas Eve at the absolute latest. Honestly.", date(2025, 12, 24)),
        ("Programé una llamada con mi contador para el 18 de noviembre para revisar todo.",
         None),
        ("Our accountant has scheduled a meeting for the 18th to go over the statement.", None),
    ],
)
def test_a_reply_that_has_the_bill_scheduled_for_a_day_promises_that_day(
        words: str, expected: date | None) -> None:
    assert parse_reply(reply(words)).promised_date == expected


@pytest.mark.parametrize(
    ("words", "sent", "expected"),
    [
        ("La facture sera payée jeudi en huit.", date(2026, 7, 9), date(2026, 7, 16)),
        ("La facture sera payée jeudi en huit.", date(2026, 7, 6), date(2026, 7, 16)),
        ("Wir überweisen den Betrag bis spätestens 15.07.", date(2027, 7, 1), date(2027, 7, 15)),
        ("El primero lo pago a finales de este mes.", date(2026, 6, 10), date(2026, 6, 30)),
        ("Je vous paierai à la fin de ce mois.", date(2026, 6, 10), date(2026, 6, 30)),
        ("Check gets cut 4/7 and mailed same day - $2,080.00.", date(2026, 3, 30),
         date(2026, 4, 7)),
        ("Ich zahle naechste Woche Mittwoch.", date(2025, 11, 4), date(2025, 11, 12)),
        ("Die Überweisung geht bis spätestens zum 15.03. raus.", date(2026, 3, 2),
         date(2026, 3, 15)),
        ("ACH set up for 03/13 for the 1480, sorry, bookkeeper was out sick.", date(2026, 3, 9),
         date(2026, 3, 13)),
        ("The invoice was due on the 5th; I'll pay on the 12th.", date(2025, 11, 4),
         date(2025, 11, 12)),
        ("Die Förderung sollte Anfang März am Konto sein, die Überweisung geht dann bis "
         "spätestens zum 15.03. raus.", date(2026, 3, 2), date(2026, 3, 15)),
        ("El pago estaba programado para el 30 de noviembre pero el banco lo rechazó. Ya lo "
         "reprogramé para este viernes.", date(2025, 11, 4), date(2025, 11, 7)),
    ],
)
def test_promised_days_in_whole_replies_resolve_against_their_own_date(
        words: str, sent: date, expected: date) -> None:
    assert promised_date(words, sent=sent, month_first="$" in words) == expected


@pytest.mark.parametrize(("words", "day"), [
    ("The transfer goes out Thursday, so you should see it by Monday.", date(2025, 11, 6)),
    ("I'm away until the 12th, but my husband will pay it on the 20th.", date(2025, 11, 20)),
    ("Estoy fuera hasta el día 9. La factura la pagamos el 14.", date(2025, 11, 14)),
    ("Je suis en congé jusqu'au 10, le virement partira le 17.", date(2025, 11, 17)),
])
def test_the_promised_day_is_when_it_is_paid_not_when_it_lands_or_when_someone_is_back(
        words: str, day: date) -> None:
    assert promised_date(words, sent=date(2025, 11, 4)) == day  # a Tuesday


@pytest.mark.parametrize(("words", "day"), [
    ("Can't manage today I'm afraid, but Friday for sure.", date(2025, 11, 7)),
    ("Thursday's no good for us, Monday it is.", date(2025, 11, 10)),
    ("I can't pay until Friday.", date(2025, 11, 7)),
])
def test_a_day_the_debtor_turns_down_is_not_the_day_promised(words: str, day: date) -> None:
    assert promised_date(words, sent=date(2025, 11, 4)) == day  # a Tuesday


@pytest.mark.parametrize("words", [
    "Money's tight after the flood. Could I pay £200 now and £200 on the 1st of December?",
    "Con la baja no llego: ¿puedo pagar la mitad ahora y el resto en enero?",
])
def test_a_plan_that_pays_its_first_sum_at_once_starts_on_the_day_of_the_reply(
        words: str) -> None:
    parsed = parse_reply(reply(words))  # sent Tuesday 4 November 2025
    assert str(parsed.intent) == "payment_plan"
    assert parsed.promised_date == date(2025, 11, 4)


@pytest.mark.parametrize(("words", "day"), [
    ("Nous réglons à 45 jours fin de mois, soit le 15 décembre.", date(2025, 12, 15)),
    ("Se paga a 30 días desde hoy, es decir el 5 de diciembre.", date(2025, 12, 5)),
])
def test_a_day_said_again_in_other_words_is_read_as_said_the_second_time(
        words: str, day: date) -> None:
    assert promised_date(words, sent=date(2025, 11, 4)) == day


@pytest.mark.parametrize(("words", "day"), [
    ("It'll be with you a week on Monday.", date(2025, 11, 17)),
    ("Wir überweisen am Mittwoch kommender Woche.", date(2025, 11, 12)),
    ("Pagamos la semana próxima, el jueves.", date(2025, 11, 13)),
    ("I can do £40 a week from Monday.", date(2025, 11, 10)),
])
def test_a_weekday_in_the_week_after_is_read_in_that_week(words: str, day: date) -> None:
    assert promised_date(words, sent=date(2025, 11, 4)) == day  # a Tuesday


def test_a_day_and_month_gone_by_less_than_half_a_year_ago_is_this_years() -> None:
    [mailed] = find_dates("on 3/14", sent=date(2025, 3, 18), month_first=True)
    assert mailed.value == date(2025, 3, 14)
    [january] = find_dates("on 5 January", sent=date(2025, 12, 20))
    assert january.value == date(2026, 1, 5)
    parsed = parse_reply(reply("Mailed a check for $2,310.50 on 3/14, check #4417.",
                               date="Tue, 18 Mar 2025 11:02:04 -0600"))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAID, None)


@pytest.mark.parametrize(
    ("words", "sent", "expected"),
    [
        ("I'll do it a week Friday when payroll's cleared.", date(2026, 9, 14), date(2026, 9, 25)),
        ("Mitte nächster Woche, also am Mittwoch, ist das Geld bei Ihnen.", date(2026, 7, 9),
         date(2026, 7, 15)),
        ("La mairie nous a promis le virement pour fin mai. Je réglerai la totalité de votre "
         "facture le 5 du mois prochain.", date(2027, 5, 19), date(2027, 6, 5)),
        ("Could I split this into 3 payments of £750? If that works I can do the first one on "
         "10 September.", date(2027, 8, 31), date(2027, 9, 10)),
        ("I just can't do £3k in one go before Christmas. Can we do £750 on the 15th and then "
         "£750 on the 15th of each month?", date(2025, 12, 2), date(2025, 12, 15)),
    ],
)
def test_the_day_promised_is_the_one_the_debtor_commits_to_however_it_is_framed(
        words: str, sent: date, expected: date) -> None:
    assert promised_date(words, sent=sent) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Payment the first Monday of next month.", date(2025, 12, 1)),
        ("Je paierai le premier lundi du mois prochain.", date(2025, 12, 1)),
        ("Pagaremos el primer lunes de diciembre.", date(2025, 12, 1)),
        ("Wir zahlen am ersten Montag im Januar.", date(2026, 1, 5)),
        ("We pay on the first Friday of the month.", date(2025, 11, 7)),
    ],
)
def test_the_first_weekday_of_a_month_is_that_day(words: str, expected: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == expected


@pytest.mark.parametrize("words", [
    "paid last Thursday", "vom letzten Donnerstag", "el jueves pasado", "jeudi dernier",
    "am vergangenen Freitag", "el pasado viernes",
])
def test_a_weekday_gone_by_is_the_one_before_the_message_date(words: str) -> None:
    [mention] = find_dates(words, sent=TUESDAY_4_NOV_2025)
    assert date(2025, 10, 28) <= mention.value < TUESDAY_4_NOV_2025


def test_money_sent_with_last_weeks_payment_run_is_paid_not_promised() -> None:
    for words in ("Ist mit dem Zahlungslauf vom letzten Donnerstag rausgegangen.",
                  "Salió con la remesa de pagos del jueves pasado, ya les tendría que haber "
                  "llegado."):
        parsed = parse_reply(reply(words))
        assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAID, None), words


def test_a_day_in_a_question_whether_it_was_paid_is_no_promise_but_asking_to_pay_then_is() -> None:
    asked = parse_reply(reply("Did the standing order not go out on the 1st?"))
    assert (asked.intent, asked.promised_date) == (ReplyIntent.QUESTION, None)
    offered = parse_reply(reply("Is it ok if I pay on Friday?"))
    assert (offered.intent, offered.promised_date) == (ReplyIntent.PROMISE_TO_PAY,
                                                       date(2025, 11, 7))


@pytest.mark.parametrize(
    ("words", "sent", "expected"),
    [
        ("I'll settle INV-5120 in full a fortnight on Friday, if that works for you.",
         date(2025, 11, 4), date(2025, 11, 21)),
        ("We do our supplier payments on the first Monday of each month, so you'll be in the "
         "next run - the first Monday of next month.", date(2026, 6, 18), date(2026, 7, 6)),
        ("You'll have it before Christmas - I'll transfer it on the 19th when our payment run "
         "goes.", date(2025, 12, 1), date(2025, 12, 19)),
        ("You'll have it before Christmas – I do all my supplier payments on the 22nd and yours "
         "is top of the list.", date(2025, 12, 1), date(2025, 12, 22)),
    ],
)
def test_the_day_paid_on_not_the_day_it_arrives_by_nor_a_recurring_run(
        words: str, sent: date, expected: date) -> None:
    parsed = parse_reply(reply(words, date=sent.strftime("%a, %d %b %Y 10:00:00 +0000")))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, expected)


def test_a_few_words_asking_whether_it_went_out_on_a_day_are_no_promise() -> None:
    parsed = parse_reply(reply("Did the standing order not go out on the 1st?"))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.QUESTION, None)


@pytest.mark.parametrize(("words", "day"), [
    ("I'll send it the day before Thanksgiving.", date(2025, 11, 26)),
    ("Black Friday - that's when our big customer settles with us.", date(2025, 11, 28)),
    ("We will pay on Cyber Monday when our store payout hits.", date(2025, 12, 1)),
    ("The Monday before Christmas. I'll be off work and will sort it then.", date(2025, 12, 22)),
    ("I'll do it Boxing Day when it's quiet.", date(2025, 12, 26)),
    ("I'll pay it on New Year's Day.", date(2026, 1, 1)),
    ("Wir zahlen nach Ostern, spätestens am Ostermontag.", date(2026, 4, 6)),
    ("Je paierai avant Noël.", date(2025, 12, 24)),
    ("I'll pay on St Andrew's Day.", date(2025, 11, 30)),
    ("You'll have it by bonfire night.", date(2025, 11, 5)),
    ("Ich zahle bis Martinstag.", date(2025, 11, 11)),
    ("Lo pago el día de la Inmaculada.", date(2025, 12, 8)),
    ("I will pay by Burns Night.", date(2026, 1, 25)),
    ("Je paierai le lundi de Pentecôte, pas avant.", date(2026, 5, 25)),
])
def test_a_holiday_is_the_day_it_falls_on_this_season(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("Wir zahlen am Dienstag nach Pfingsten.", date(2026, 5, 12), date(2026, 5, 26)),
    ("Überweisung kommt Freitag nach Himmelfahrt.", date(2026, 5, 6), date(2026, 5, 15)),
    ("I'll drop it in on the Tuesday after Memorial Day.", date(2026, 5, 20), date(2026, 5, 26)),
    ("Le pagamos el lunes después de Pascua.", date(2026, 3, 2), date(2026, 4, 6)),
    ("Je vous règle le mardi après la Pentecôte.", date(2026, 5, 4), date(2026, 5, 26)),
    ("Lo pago el viernes antes de Navidad.", date(2025, 11, 4), date(2025, 12, 19)),
])
def test_a_weekday_before_or_after_a_holiday_is_that_weekday_next_to_it(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


@pytest.mark.parametrize(("words", "day"), [
    ("i will pay on novmber 24 thanks for waiting on me", date(2025, 11, 24)),
    ("i can pay on decemebr 4th. thats the earliest.", date(2025, 12, 4)),
    ("Will pay by 3rd febuary", date(2026, 2, 3)),
    ("Aye nae bother, I'll get that squared up the morn.", date(2025, 11, 5)),
    ("day after tmrw xx", date(2025, 11, 6)),
    ("El uno de diciembre tienes el dinero en tu cuenta.", date(2025, 12, 1)),
    ("Pago el dos de enero sin falta.", date(2026, 1, 2)),
    ("giv me 2 weeks and its done", date(2025, 11, 18)),
    ("mñn le hago la transferencia sin falta", date(2025, 11, 5)),
])
def test_a_day_typed_in_a_hurry_in_dialect_or_in_small_words_is_read(words: str, day: date
                                                                     ) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize("words", [
    "I did mean to pay on the 31st but the transfer came back. I'll redo it properly Thursday.",
    "I intended to pay on the 3rd but the bank held it. I'll resend it Thursday.",
])
def test_a_day_once_meant_to_pay_on_is_not_the_day_promised(words: str) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == date(2025, 11, 6)


def test_a_small_day_word_without_its_month_is_no_day() -> None:
    assert promised_date("El dos lo pago, o el uno, ya veremos.", sent=TUESDAY_4_NOV_2025) is None
    assert promised_date("I'll pay it in the morn.", sent=TUESDAY_4_NOV_2025) is None


def test_a_holiday_named_in_the_weeks_after_it_is_the_one_just_gone() -> None:
    [mention] = find_dates("We paid on Boxing Day.", sent=date(2026, 1, 10))
    assert mention.value == date(2025, 12, 26)


@pytest.mark.parametrize("words", [
    "I'll be able to pay after Christmas.",
    "Can I pay it off over Christmas and into January?",
    "Le marché de Noël m'a été refusé, je paierai quand je pourrai.",
    "Happy Christmas! I will sort it when I can.",
    "I'll pay once the Christmas trade kicks in.",
])
def test_a_holiday_that_names_no_single_day_to_pay_on_is_no_promised_date(words: str) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) is None


@pytest.mark.parametrize(("words", "day"), [
    ("The payment will go through on the twenty-first.", date(2025, 11, 21)),
    ("We'll pay on the fifteenth of December.", date(2025, 12, 15)),
    ("Payment will be released by 10th prox. Kindly bear with us.", date(2025, 12, 10)),
    ("The amount shall be credited to your account by 25th inst.", date(2025, 11, 25)),
    ("Will send on 19-Nov.", date(2025, 11, 19)),
    ("Payment will reflect on 2025/11/21. Regards, Kobus", date(2025, 11, 21)),
    ("We will pay on the last business day of November.", date(2025, 11, 28)),
    ("We pay on the final Friday of November, as always.", date(2025, 11, 28)),
    ("La factura se abonará el próximo día 20 mediante transferencia.", date(2025, 11, 20)),
    ("Le transfiero el jueves de la otra semana.", date(2025, 11, 13)),
    ("I'll pay the coming Saturday.", date(2025, 11, 8)),
    ("Will do the transfer tomorrow week.", date(2025, 11, 12)),
    ("Heute in acht Tagen ist das Geld bei Ihnen.", date(2025, 11, 11)),
    ("Will transfer 48 hours from now, once the funds clear.", date(2025, 11, 6)),
    ("Paying it in the next hour.", date(2025, 11, 4)),
    ("Will do it first thing in the morning.", date(2025, 11, 5)),
    ("19 Dec, without fail. We're closed from the 22nd so it'll be the last thing I do.",
     date(2025, 12, 19)),
    ("Payment against invoice 8842 dated 12/09/2025 shall be released on 20th Nov'25.",
     date(2025, 11, 20)),
])
def test_days_written_in_words_in_trade_shorthand_and_relative_to_now_resolve(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025, month_first=True) == day


@pytest.mark.parametrize("words", ["I'll pay the fifth instalment soon.",
                                   "This is the third time I've asked for a statement."])
def test_a_rank_in_words_is_no_day(words: str) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) is None


@pytest.mark.parametrize(("words", "day"), [("Eighteenth.", date(2025, 11, 18)),
                                            ("wed 12th", date(2025, 11, 12)),
                                            ("Viernes.", date(2025, 11, 7)),
                                            ("Thursday at 3.", date(2025, 11, 6))])
def test_a_reply_that_says_nothing_but_a_day_promises_to_pay_then(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


@pytest.mark.parametrize(("words", "day"), [
    ("Hey, we get our contract payment on the 24th, you'll have yours on the 25th.",
     date(2025, 11, 25)),
    ("Nuestro cliente nos paga el viernes 21 y el lunes 24 le hacemos la transferencia.",
     date(2025, 11, 24)),
    ("El lunes 17 es festivo y el banco no abre, así que se lo pago el martes 18.",
     date(2025, 11, 18)),
    ("Le 11/11 étant férié, le virement partira le mercredi 12.", date(2025, 11, 12)),
    ("Anfang nächster Woche, spätestens am 12., überweisen wir den Betrag.", date(2025, 11, 12)),
    ("Ich zahle am Freitag in einer Woche, also am 14.", date(2025, 11, 14)),
    ("Ich bin bis zum 16. im Urlaub, zahle aber direkt am Montag danach, also am 17.",
     date(2025, 11, 17)),
    ("I'll have it all on the 28th when my pension comes in.", date(2025, 11, 28)),
])
def test_the_day_paid_on_is_not_the_day_money_comes_in_nor_a_day_off_nor_one_said_again(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Le versement sera effectué le 27.11 comme convenu avec Mme Rochat.", date(2025, 11, 27)),
    ("Hallo, die QR-Rechnung ist im E-Banking erfasst, Ausführungsdatum 10.11.2025.",
     date(2025, 11, 10)),
])
def test_a_day_and_month_without_the_last_dot_and_an_execution_date_are_promised_days(
        words: str, day: date) -> None:
    parsed = parse_reply(reply(words))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


@pytest.mark.parametrize("words", ["Wir zahlen am 12.50 € weniger.", "Le 14.30h ça me va."])
def test_a_sum_or_a_time_is_not_a_day_and_month(words: str) -> None:
    assert not find_dates(words, sent=TUESDAY_4_NOV_2025)


@pytest.mark.parametrize(("words", "day"), [
    ("Am travelling till the 18th, will pay the day after I get back.", date(2025, 11, 19)),
    ("We expect to receive our VAT refund on the 19th and will pay you the following day.",
     date(2025, 11, 20)),
    ("They've confirmed they'll pay us next Tuesday, so I can pay you the day after.",
     date(2025, 11, 12)),
    ("Our grant payment comes through at the start of December and we'll pay your invoice "
     "in full by mid-December.", date(2025, 12, 15)),
    ("Your invoice goes to our board at the meeting on 11/13, and checks are mailed on 11/16.",
     date(2025, 11, 16)),
    ("Je rentre de Martinique jeudi soir, je fais le virement vendredi.", date(2025, 11, 7)),
    ("Our office is shut until the 4th of December. I'll pay on 5th December.",
     date(2025, 12, 5)),
    ("Je suis en congé jusqu'au 14 mais dès mon retour, lundi 17, je vous fais le virement.",
     date(2025, 11, 17)),
    ("My husband's away on the rigs till Sunday. He'll pay it Monday when he's back on shore.",
     date(2025, 11, 10)),
])
def test_the_day_paid_on_comes_after_what_the_debtor_waits_for(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025, month_first=True) == day


@pytest.mark.parametrize(("words", "day"), [
    ("I was laid off and I'm not able to pay the full $1,375 right now. Could I pay $125 a "
     "month? I can make the first one on the 21st.", date(2025, 11, 21)),
    ("On pourrait faire moitié maintenant et moitié à la fin du mois ?", date(2025, 11, 4)),
])
def test_a_plan_starts_today_only_with_a_sum_paid_now(words: str, day: date) -> None:
    parsed = parse_reply(reply(words))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAYMENT_PLAN, day)


@pytest.mark.parametrize(("words", "day"), [
    ("We pay 30 days from month end, so this will be paid on 31 December.", date(2025, 12, 31)),
    ("On paie toujours le 5 du mois chez nous, donc ce sera le 5 décembre pour celle-ci.",
     date(2025, 12, 5)),
    ("The cheque is signed but our bookkeeper only posts on Wednesdays, so it will be posted "
     "next Wednesday.", date(2025, 11, 12)),
    ("Our payment run is every second Friday; the next one is 21 November and you're on it.",
     date(2025, 11, 21)),
    ("Pas besoin d'échéancier, je règle la totalité sous dix jours.", date(2025, 11, 14)),
    ("Je vous fais le chèque dans quinze jours.", date(2025, 11, 18)),
    ("Le pago antes del último día de noviembre, cuente con ello.", date(2025, 11, 30)),
    ("Die Zahlung geht am letzten Arbeitstag des Monats raus.", date(2025, 11, 28)),
    ("I'll get it done this arvo.", date(2025, 11, 4)),
    ("Aye nae bother, will get it sorted the morra.", date(2025, 11, 5)),
])
def test_a_day_that_recurs_or_that_terms_count_from_gives_way_to_the_day_paid(
        words: str, day: date) -> None:
    assert parse_reply(reply(words)).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Not this Friday but the one after, I promise. Full amount.", date(2025, 11, 14)),
    ("Pas ce vendredi mais le suivant, promis, la totalité.", date(2025, 11, 14)),
    ("Sorry, I meant to pay on Friday but completely forgot. Doing it Thursday for sure.",
     date(2025, 11, 6)),
    ("The transfer didn't go through on Monday due to a bank error. We'll re-send it Thursday.",
     date(2025, 11, 6)),
    ("Bin noch bis Donnerstag auf Mallorca, Freitag überweise ich, versprochen!",
     date(2025, 11, 7)),
])
def test_a_day_turned_down_missed_or_lasted_until_gives_way_to_the_day_paid(
        words: str, day: date) -> None:
    assert parse_reply(reply(words)).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("We're away at the trade fair, back Wednesday 19th. I'll sort it the Monday after we get "
     "back.", date(2025, 11, 24)),
    ("payday's the 25th so ill clear INV-0823 two days after that once its definitely through.",
     date(2025, 11, 27)),
    ("Boss is on leave until 14 Nov (Fri). He will approve the following Monday.",
     date(2025, 11, 17)),
    ("Government contract money due the 19th, you will get yours the Friday after that.",
     date(2025, 11, 21)),
    ("Payment is scheduled in our next payment cycle which is on 2nd Friday of every month.",
     date(2025, 11, 14)),
    ("We settle on the 3rd Wednesday each month.", date(2025, 11, 19)),
    ("I'll pay it Friday — sorry, I mean Thursday, Friday I'm on a site in Leeds all day.",
     date(2025, 11, 6)),
    ("We'll pay it Friday. Actually, scratch that, Thursday — our bank's ACH cutoff moved.",
     date(2025, 11, 6)),
    ("Hi Mel, we'll pay 7/11 (this Friday). Ta, Pete", date(2025, 11, 7)),
    ("Good afternoon Ma, I will pay next tomorrow. Kindly bear with me.", date(2025, 11, 6)),
    ("We shall pay end month.", date(2025, 11, 30)),
    ("It'll be the first working day of December, when our new budget opens.",
     date(2025, 12, 1)),
    ("Our end-of-year shutdown starts 19 Dec, so I'll make sure it's in the payment run on "
     "Monday 15 Dec.", date(2025, 12, 15)),
])
def test_days_relative_to_another_corrected_or_counted_in_a_month_resolve(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Die 2.345,00 € gehen mit unserem Zahllauf am Mittwoch in KW 48 raus.", date(2025, 11, 26)),
    ("La incluimos en la remesa de pagos del próximo día 20.", date(2025, 11, 20)),
    ("El lunes 10 es festivo y la tesorería no programa pagos en puente. El valor queda "
     "programado para el martes 11 de noviembre.", date(2025, 11, 11)),
    ("El lunes 17 no hay banco por el puente, así que se lo transferimos el martes 18.",
     date(2025, 11, 18)),
])
def test_a_weekday_in_a_calendar_week_and_a_day_after_a_bank_holiday_are_the_days_paid(
        words: str, day: date) -> None:
    assert parse_reply(reply(words)).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("I'll transfer the $1,250 first thing tomorrow morning, had a crazy week. - Mike",
     date(2025, 11, 5)),
    ("We'll pay on the 18th, was away at a wedding all of last week.", date(2025, 11, 18)),
    ("Should have this cleared by the end of the month, sorry for the wait.",
     date(2025, 11, 30)),
    # what is already set up for the day, and "schon mal", for a start
    ("überweisung geht morgen raus, ist schon im banking vorgemerkt", date(2025, 11, 5)),
    ("Friday, already set up in the bank.", date(2025, 11, 7)),
    ("Ich überweise jetzt am Montag schon mal 250 €, der Rest folgt, wenn der Auftrag "
     "abgerechnet ist.", date(2025, 11, 10)),
])
def test_a_day_promised_in_the_future_stands_beside_words_about_the_past(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize("words", [
    "The invoice was due on the 5th and we were closed that week.",
    "Friday, we were closed, so nothing went out.",
    "Am Montag schon überwiesen.",
    "Friday, already sent it over.",
])
def test_a_day_spoken_of_in_the_past_is_not_promised(words: str) -> None:
    assert read_above_the_reminder(words).promised_date is None


@pytest.mark.parametrize(("words", "day"), [
    ("Je vous règle tout à la fin du mois prochain.", date(2025, 12, 31)),
    ("Le pagamos a finales del mes que viene.", date(2025, 12, 31)),
    ("Wir begleichen die Rechnung bis Ende nächsten Monats.", date(2025, 12, 31)),
    ("Je vous paie à la fin du mois.", date(2025, 11, 30)),
    ("Wir überweisen am ersten Werktag im Dezember.", date(2025, 12, 1)),
    ("Le virement part le premier jour ouvré de décembre.", date(2025, 12, 1)),
    ("Le pago el 5 del mes que entra, cuando cobre.", date(2025, 12, 5)),
])
def test_the_end_of_next_month_and_the_first_working_day_of_a_month_in_four_languages(
        words: str, day: date) -> None:
    assert parse_reply(reply(words)).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("I'll send it Thursday. Actually I'm at a trade fair Thursday with no laptop, so make it "
     "Friday.", date(2025, 11, 7)),
    ("Te lo transfiero el martes 11. Perdona, me corrijo: el miércoles 12.", date(2025, 11, 12)),
    ("End of next week — call it Friday the 14th.", date(2025, 11, 14)),
])
def test_a_day_the_debtor_replaces_gives_way_to_the_one_they_settle_on(
        words: str, day: date) -> None:
    assert parse_reply(reply(words)).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("I'll pay the Monday after next.", date(2025, 11, 17)),
    ("It will go out the week after next, on the Thursday.", date(2025, 11, 20)),
    ("Sorry, I'll have it sorted for you this day week.", date(2025, 11, 11)),
    ("I'll pay once our 13th month pay comes in on December 12.", date(2025, 12, 12)),
    ("I'm paid on the 15th, so you'll get it on Monday the 17th.", date(2025, 11, 17)),
    ("I'm off on leave from Friday, so I'm paying this today before I go.", date(2025, 11, 4)),
])
def test_days_counted_past_the_next_week_or_from_the_debtor_s_own_pay_resolve(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_person_paying_before_going_on_leave_is_no_auto_reply() -> None:
    words = "I'm off on maternity leave from Friday, so I'm paying this today before I go."
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


def test_not_this_friday_but_the_following_one_is_a_week_on() -> None:
    parsed = parse_reply(reply(f"Not this Friday but the following one.\n\n{QUOTED_REMINDER}"))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, date(2025, 11, 14))


def test_a_client_s_payment_run_is_not_the_day_the_debtor_pays() -> None:
    words = ("We're waiting on our client to pay us - their payment run is on the 28th. We'll pay "
             "you in full the day after it lands.")
    assert read_above_the_reminder(words).promised_date == date(2025, 11, 29)


@pytest.mark.parametrize(("words", "day"), [
    ("Os pagamos el próximo jueves.", date(2025, 11, 6)),
    ("El pago se hará por transferencia el próximo viernes, día 14.", date(2025, 11, 14)),
    ("We'll pay on Friday (14 November).", date(2025, 11, 14)),
    ("Your rep called my office Friday asking if we'd gone bust. You'll have the full amount on "
     "the 15th.", date(2025, 11, 15)),
    ("Check for $3,417.25 will be mailed 11/28.", date(2025, 11, 28)),
])
def test_the_nearest_spanish_weekday_a_date_beside_its_weekday_and_a_past_call_resolve(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


@pytest.mark.parametrize(("words", "day"), [
    ("Will settle on Wednesday, Nov. 12, after our counter receipt is released.",
     date(2025, 11, 12)),
    ("Paying on Thurs after my shift, around 6.", date(2025, 11, 6)),
    ("La semana que viene no llego, pero el martes 18 te transfiero el importe seguro.",
     date(2025, 11, 18)),
    ("No I havent paid yet sorry!! completely forgot, will do it monday when im back at work",
     date(2025, 11, 10)),
    ("Monday. Was going to say Friday but the signatory's in Perth all week.",
     date(2025, 11, 10)),
])
def test_a_short_month_name_a_weekday_before_my_shift_a_day_refused_and_a_future_after_a_lapse(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "intent", "day"), [
    ("Die Zahlung erfolgt übernächsten Freitag.", ReplyIntent.PROMISE_TO_PAY, date(2025, 11, 14)),
    ("Can't do this week or next, but it will be paid Tuesday the week after next.",
     ReplyIntent.PROMISE_TO_PAY, date(2025, 11, 18)),
    ("Provided the bank confirms our overdraft on Monday (a formality), we will pay in full on "
     "Tuesday.", ReplyIntent.PROMISE_TO_PAY, date(2025, 11, 11)),
    ("I can't pay the full €600 right now. I could pay €200 in 14 days and then €200 a month.",
     ReplyIntent.PAYMENT_PLAN, date(2025, 11, 18)),
    ("Wäre es möglich, dass ich ab dem 15. monatlich 150 € überweise?", ReplyIntent.PAYMENT_PLAN,
     date(2025, 11, 15)),
])
def test_the_week_after_next_a_day_after_its_condition_and_a_plan_s_first_day_resolve(
        words: str, intent: ReplyIntent, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (intent, day)


@pytest.mark.parametrize(("words", "day"), [
    ("If you can resend it today with PO 77120 on it, we'll pay it on Thursday.",
     date(2025, 11, 6)),
    ("If Castlemead pay us on the 14th like they've promised, you'll have your £2,340 on the "
     "17th.", date(2025, 11, 17)),
    ("We're waiting on stage payment from the client, which is confirmed for the start of next "
     "month, and I'll pay your £6,240.00 in full on 3 December.", date(2025, 12, 3)),
    ("Notre client final nous paie le 25, nous réglerons donc votre facture en totalité le 30 "
     "novembre par virement.", date(2025, 11, 30)),
    ("All good, invoice is approved. We'll pay the $4,620.00 on 03/12 when our next pay run goes "
     "through.", date(2025, 12, 3)),
    ("We'll pay the $4,620.00 on 12/01.", date(2025, 12, 1)),
    ("I paid it at the bank Thursday gone.", None),
])
def test_the_day_after_a_condition_or_another_s_payment_is_the_day_and_a_near_reading_wins(
        words: str, day: date | None) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_weekday_gone_is_the_last_one() -> None:
    for words in ("Mi pay it a di bank Thursday gone", "Paid it Thursday just gone"):
        assert [mention.value for mention in find_dates(words, sent=date(2025, 11, 4))] == [
            date(2025, 10, 30)]


def test_a_plan_from_the_15th_in_spanish_starts_on_the_15th() -> None:
    parsed = read_above_the_reminder("¿Puedo pagar $200 al mes a partir del 15?")
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAYMENT_PLAN, date(2025, 11, 15))


@pytest.mark.parametrize(("words", "day"), [
    ("Could we do £250 on the 1st of each month starting in March?", date(2026, 3, 1)),
    ("¿Puedo pagar 200 € el día 5 de cada mes a partir de enero?", date(2026, 1, 5)),
    ("Could we do £250 on the 1st of each month?", date(2025, 12, 1)),
])
def test_a_monthly_day_starts_in_the_month_it_is_said_to_start_in(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAYMENT_PLAN, day)


@pytest.mark.parametrize(("words", "day"), [
    ("Die Rechnung RG-27-00144 über EUR 7.350,00 wird zum Monatsultimo ausgeglichen.",
     date(2025, 11, 30)),
    ("Como el lunes 17 de noviembre es festivo y los bancos no operan, la transferencia sale "
     "antes, el viernes 14.", date(2025, 11, 14)),
    ("No problem with the invoice. We pay suppliers on the last working day of each month, so it "
     "will go out with this month's run.", date(2025, 11, 28)),
    ("Notre comptable passe les paiements le 24, mais les bureaux seront fermés. Ce sera donc le "
     "lendemain, le 25 novembre.", date(2025, 11, 25)),
])
def test_the_day_paid_on_is_not_a_holiday_nor_a_habit_and_a_month_s_last_working_day_counts(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_day_named_without_its_year_that_is_most_of_a_year_away_is_the_one_just_gone() -> None:
    body = ("We lost our biggest contract just before Christmas and cash is very tight. Could we "
            "have a bit more time?")
    parsed = parse_reply(reply(f"{body}\n\n{QUOTED_REMINDER}",
                               date="Tue, 12 Jan 2027 10:15:19 +0000"))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAYMENT_PLAN, None)


@pytest.mark.parametrize(("words", "amount", "currency"), [
    ("Abonamos S/ 2,000.00 hoy mismo y el saldo (S/ 3,460.00) el 15 de noviembre.", "2000.00",
     "PEN"),
    ("I pay RM500 first then the balance spread over next few months can?", "500", "MYR"),
    ("I will send the full GHS 1,200 via MoMo on Friday.", "1200", "GHS"),
    ("I have paid UGX 450,000 via MTN Mobile Money today morning.", "450000", "UGX"),
    ("I can send 5000 taka this Thursday by bKash and the remaining in two months.", "5000",
     "BDT"),
    ("Ya tenemos aprobado el pago por $ 5.600.000 COP, sale el viernes.", "5600000", "COP"),
])
def test_a_sum_in_the_currency_of_another_country_keeps_its_currency(
        words: str, amount: str, currency: str) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.amount, parsed.currency) == (Decimal(amount), currency)


def test_a_sum_now_and_the_balance_on_a_day_is_a_plan_starting_today() -> None:
    parsed = read_above_the_reminder(
        "Le propongo lo siguiente: abonamos S/ 2,000.00 hoy mismo y el saldo (S/ 3,460.00) el 15 "
        "de noviembre. ¿Le parece bien?")
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAYMENT_PLAN, date(2025, 11, 4))


@pytest.mark.parametrize(("words", "amount", "currency"), [
    ("Lodged the €640 into yer account there this morning from the credit union.", "640", "EUR"),
    ("We can't clear £3,900 in one go. Could we pay £300 a month, starting on the 1st?", "300",
     "GBP"),
    ("I didn't have anyone to authorise payments over £1,000 while she was off. I've sent "
     "£1,045.80 by BACS this afternoon.", "1045.80", "GBP"),
    ("Ich überweise die 615 Pfund am Montag.", "615", "GBP"),
    ("¿Te parece bien si pago 300 libras el viernes y el resto a mediados de noviembre?", "300",
     "GBP"),
    ("The £4.6k went out on Friday.", "4600", "GBP"),
    ("Je peux verser 150 € le 5 du mois prochain, puis le 5 des deux mois suivants.", "150",
     "EUR"),
    ("I'll clear the £3,000.00 on the 20th.", "3000.00", "GBP"),
])
def test_the_sum_paid_is_found_by_more_words_of_paying_and_not_in_a_limit_or_a_refusal(
        words: str, amount: str, currency: str) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.amount, parsed.currency) == (Decimal(amount), currency)


def test_a_credit_note_s_sum_is_not_a_payment() -> None:
    assert read_above_the_reminder(
        "This one was cleared as part of the £5k credit you gave us in March.").amount is None


def test_a_sum_written_with_spaces_between_its_thousands_is_not_a_day() -> None:
    assert promised_date(
        "Je vais vous envoyer le 2 385,00 $ par virement Interac jeudi le 11 décembre, au "
        "complet.", sent=date(2025, 12, 9)) == date(2025, 12, 11)


def test_the_first_instalment_asked_for_with_would_it_be_ok_if_i_paid_is_the_day_promised() -> None:
    assert promised_date("Would it be ok if I paid £50 a month starting on the 1st?",
                         sent=date(2025, 9, 30)) == date(2025, 10, 1)


def test_a_payment_told_of_as_a_reglement_has_its_sum() -> None:
    parsed = read_above_the_reminder(
        "Pas de souci sur la prestation. Le règlement de 760,00 € partira vendredi.")
    assert (parsed.amount, parsed.currency) == (Decimal("760.00"), "EUR")


@pytest.mark.parametrize(("words", "day"), [
    ("Aa'll pay it Mundy first thing.", date(2025, 11, 10)),
    ("AR WILL PAY IT SATTERDEE WHEN THE MISSUS GETS BACK.", date(2025, 11, 8)),
    ("It'll be in the bank by Fridee dinnertime, pet.", date(2025, 11, 7)),
    ("Ill pay it Thursdee wik when the council pays me.", date(2025, 11, 13)),
    ("Ill pay it a wik Friday when the big job pays out.", date(2025, 11, 14)),
    ("Tomorrer, hand on heart.", date(2025, 11, 5)),
])
def test_a_day_to_pay_in_a_dialect_spelling_is_read(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Ill pay it firday, sorry for the wait.", date(2025, 11, 7)),
    ("Thrusday I can pay the lot.", date(2025, 11, 6)),
    ("Monady first thing, promise.", date(2025, 11, 10)),
    ("Transfer goes out Frday.", date(2025, 11, 7)),
    ("El vienres pagamos todo.", date(2025, 11, 7)),
])
def test_a_weekday_typed_with_a_letter_left_out_or_two_swapped_is_read(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Two weeks today you'll have it.", date(2025, 11, 18)),
    ("Three weeks tomorrow I'll pay you the lot.", date(2025, 11, 26)),
    ("Heute in einer Woche ist das Geld bei Ihnen.", date(2025, 11, 11)),
    ("Week on Monday I'll pay it.", date(2025, 11, 17)),
])
def test_weeks_counted_from_today_tomorrow_or_a_weekday_name_the_day(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


def test_a_week_friday_is_one_day_not_a_weekly_instalment() -> None:
    words = "I can pay a week Friday, hope that's ok."
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == date(2025, 11, 14)


def test_weeks_gone_by_until_now_name_no_day() -> None:
    words = "He's been in hospital for three weeks now. Could I have a bit more time please?"
    assert read_above_the_reminder(words).promised_date is None


@pytest.mark.parametrize(("words", "day"), [
    ("Before the 11th - so Monday the 10th.", date(2025, 11, 10)),
    ("Thursday week - 13 November - you'll have it.", date(2025, 11, 13)),
    ("I'll pay before I fly out on Sunday - so Saturday.", date(2025, 11, 8)),
    ("Mid-December - the 15th - is the earliest we can pay.", date(2025, 12, 15)),
    ("The twenty-first, so. Friday.", date(2025, 11, 21)),
])
def test_a_day_said_again_after_so_or_a_dash_is_the_one_to_go_by(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Os pagamos el viernes 5 de dic., cuando cobremos.", date(2025, 12, 5)),
    ("Le 5 déc. c'est bon pour vous ?", date(2025, 12, 5)),
    ("Zahlung kommt am 15. Dez.", date(2025, 12, 15)),
    ("Überweisung bis 12. Jän. 2026, versprochen.", date(2026, 1, 12)),
    ("Erster Dezember.", date(2025, 12, 1)),
    ("Le pagamos el primero de diciembre.", date(2025, 12, 1)),
    ("Ich zahle am ersten Dezember.", date(2025, 12, 1)),
])
def test_months_abbreviated_with_a_dot_and_the_first_said_in_words_name_the_day(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Heute in zwei Wochen.", date(2025, 11, 18)),
    ("Heute in 14 Tagen ist das Geld da.", date(2025, 11, 18)),
    ("Fifteen days from now, no later.", date(2025, 11, 19)),
    ("I'll have it paid within fourteen days.", date(2025, 11, 18)),
    ("Before the month's out.", date(2025, 11, 30)),
    ("vendredi dernier délai", date(2025, 11, 7)),
])
def test_days_counted_in_words_from_today_and_a_last_day_allowed_name_the_day(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


def test_vendredi_dernier_alone_is_still_last_friday() -> None:
    assert promised_date("Je vous ai payé vendredi dernier.", sent=TUESDAY_4_NOV_2025) is None


def test_weeks_a_job_took_are_no_day_to_pay_on() -> None:
    words = "Rough month, barely worked in six weeks. Could we do £100 a month from Friday?"
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == date(2025, 11, 7)


@pytest.mark.parametrize(("words", "day"), [
    ("Ich schlage drei Raten à 500 € vor: 15.11., 15.12. und 15.01.", date(2025, 11, 15)),
    ("Zahlung erfolgt spätestens 20.11.", date(2025, 11, 20)),
])
def test_a_day_and_month_each_closed_by_a_dot_name_the_day(words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize("words", [
    "The fee went up 3.5. Nobody told us.",
    "Version 1.2. of the app still crashes.",
])
def test_a_short_figure_ending_a_sentence_is_no_day(words: str) -> None:
    assert find_dates(words, sent=TUESDAY_4_NOV_2025) == []


def test_the_last_invoice_paid_on_a_day_to_come_is_promised_then() -> None:
    words = "I'll pay this last invoice on the 15th when my cheque comes in."
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == date(2025, 11, 15)


@pytest.mark.parametrize(("words", "day"), [
    ("Je vous règle les 1 250,00 € le premier du mois prochain, sans faute.", date(2025, 12, 1)),
    ("Se lo pago el primero del mes que viene.", date(2025, 12, 1)),
    ("I'll pay it the first of next month.", date(2025, 12, 1)),
    ("Die CHF 2'340.00 zahlen wir am Ersten.", date(2025, 12, 1)),
    ("will pay tomoz first thing x", date(2025, 11, 5)),
])
def test_the_first_of_next_month_in_words_am_ersten_and_tomoz_name_the_day(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


def test_zum_ersten_mal_is_no_day() -> None:
    assert find_dates("Zum ersten Mal zahle ich zu spät.", sent=TUESDAY_4_NOV_2025) == []


def test_a_shop_asked_whether_open_on_a_day_promises_nothing() -> None:
    assert read_above_the_reminder("Good morning, allyuh still open on Sundays?").intent is not (
        ReplyIntent.PROMISE_TO_PAY)


def test_the_day_a_customer_pays_the_writer_is_not_the_day_promised() -> None:
    words = ("Bit of a wait on our end - the mine pays us 30 days EOM. You'll have the full "
             "$12,400.00 by the end of next month, no worries.")
    assert promised_date(words, sent=date(2026, 9, 30)) == date(2026, 10, 31)


@pytest.mark.parametrize(("words", "day"), [
    ("mid-month latest", date(2025, 11, 15)),
    ("Mitte des Monats kommt das Geld.", date(2025, 11, 15)),
    ("So gegen den 20. müsste es klappen.", date(2025, 11, 20)),
    ("no later than thurs 13 nov. I've flagged it with our bookkeeper.", date(2025, 11, 13)),
])
def test_mid_month_a_day_give_or_take_and_a_last_day_allowed_are_promised(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


def test_a_plans_first_instalment_at_mid_month_is_its_day() -> None:
    words = "Wäre eine Ratenzahlung möglich? Erste Rate zur Monatsmitte, dann monatlich 150 €."
    assert read_above_the_reminder(words).promised_date == date(2025, 11, 15)


def test_a_day_away_until_at_the_latest_is_no_day_to_pay() -> None:
    words = "I'm away until the 20th at the latest, will call then."
    assert read_above_the_reminder(words).intent is not ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(("words", "day"), [
    ("Le pagamos el día veintidós, sin falta.", date(2025, 11, 22)),
    ("Dieciocho de diciembre: ese día lo tendrán.", date(2025, 12, 18)),
    ("El viernes veintiuno les hago la transferencia.", date(2025, 11, 21)),
    ("Je règle le vingt-huit, c'est noté.", date(2025, 11, 28)),
    ("Virement prévu le mardi dix-huit novembre.", date(2025, 11, 18)),
    ("Treize décembre au plus tard.", date(2025, 12, 13)),
    ("Wir überweisen am Fünfundzwanzigsten.", date(2025, 11, 25)),
    ("Spätestens zum Zwölften dieses Monats.", date(2025, 11, 12)),
    ("Überweisung am Freitag, dem einundzwanzigsten November.", date(2025, 11, 21)),
])
def test_a_day_of_the_month_in_words_in_spanish_french_and_german_names_the_day(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "number"), [
    ("Les pagaré el quince por ciento ahora y el resto después.", "quince"),
    ("Il me reste vingt euros pour finir le mois.", "vingt"),
    ("Es ist das fünfte Mal, dass Sie mahnen.", "fünfte"),
    ("Zum zwanzigsten Mal: die Rechnung ist falsch.", "zwanzigsten"),
    ("I'll pay Friday once the client pays us.", "once"),
    ("Tengo quince días de vacaciones.", "quince"),
])
def test_a_number_in_words_that_counts_something_is_no_day(words: str, number: str) -> None:
    assert [m.phrase for m in find_dates(words, sent=TUESDAY_4_NOV_2025)
            if number in m.phrase] == []


@pytest.mark.parametrize(("words", "day"), [
    ("Wir zahlen grundsätzlich 14 Tage ab heute.", date(2025, 11, 18)),
    ("Pago a 20 días a partir de hoy.", date(2025, 11, 24)),
    ("Règlement à 30 jours à compter d'aujourd'hui.", date(2025, 12, 4)),
    ("Geben Sie mir fünf Tage.", date(2025, 11, 9)),
])
def test_days_counted_from_today_in_other_languages_name_the_day(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("This Friday we can't, but the 14th we can.", date(2025, 11, 14)),
    ("Este viernes no puedo; el lunes 10 sí.", date(2025, 11, 10)),
    ("Le jeudi 6 on ne peut pas, le lundi 10 oui, je paierai.", date(2025, 11, 10)),
    ("Heute nicht, morgen auch nicht, aber am Montag zahle ich.", date(2025, 11, 10)),
    ("Mañana no, el lunes te pago.", date(2025, 11, 10)),
    ("Pas demain, mais lundi je vous paie.", date(2025, 11, 10)),
    ("Pas ce vendredi, celui d'après, je vous paie.", date(2025, 11, 14)),
    ("I'll pay Friday. No, wait, Thursday.", date(2025, 11, 6)),
])
def test_a_day_turned_down_gives_way_to_the_day_that_follows(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Pas avant le 10, mais le 10 c'est sûr: je paierai.", date(2025, 11, 10)),
    ("Paying on Friday 21st - the week after next, not this Friday.", date(2025, 11, 21)),
    ("Friday, no problem, I'll pay then.", date(2025, 11, 7)),
])
def test_a_limit_or_a_day_said_again_is_not_turned_down(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("We'll pay the day after the Fourth of July.", date(2026, 6, 20), date(2026, 7, 5)),
    ("Je vous règle au lendemain du 14 juillet.", date(2026, 7, 1), date(2026, 7, 15)),
    ("Le virement partira le lendemain du jour de l'An.", date(2026, 12, 28), date(2027, 1, 2)),
    ("Wir zahlen am Tag nach dem zweiten Weihnachtsfeiertag.", date(2026, 12, 10),
     date(2026, 12, 27)),
    ("I can pay three days after the 10th.", TUESDAY_4_NOV_2025, date(2025, 11, 13)),
    ("Two days after the 19th I'll pay.", TUESDAY_4_NOV_2025, date(2025, 11, 21)),
    ("I'll pay on Friday or the day after.", TUESDAY_4_NOV_2025, date(2025, 11, 7)),
])
def test_a_day_counted_after_a_day_or_holiday_named_after_it_is_promised(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


@pytest.mark.parametrize(("words", "day"), [
    ("I'll pay on the first day of next month.", date(2025, 12, 1)),
    ("Lo pagamos el primer día del mes que viene.", date(2025, 12, 1)),
    ("Je paierai le premier jour du mois prochain.", date(2025, 12, 1)),
    ("Wir zahlen am ersten Tag des nächsten Monats.", date(2025, 12, 1)),
    ("I zahl des Ende vom Monat.", date(2025, 11, 30)),
    ("I can pay, but the 17th is too soon; the 24th then.", date(2025, 11, 24)),
])
def test_the_first_day_of_next_month_the_end_of_it_and_a_day_too_soon_are_read(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Le pago el jueves 6, no, espera, mejor el viernes 7.", date(2025, 11, 7)),
    ("Je vous règle le 12... non pardon, le 13.", date(2025, 11, 13)),
    ("Ich zahle am 12., äh nein, am 13. – am 12. wird die Miete abgebucht.", date(2025, 11, 13)),
    ("Este jueves imposible, el viernes 7 sí, se lo pago.", date(2025, 11, 7)),
    ("No pago el 12, pago el 21.", date(2025, 11, 21)),
    ("Ce n'est pas le 7 mais le 27 que je paierai.", date(2025, 11, 27)),
    ("Je paierai mardi, le 11, mais c'est férié... donc mercredi 12.", date(2025, 11, 12)),
])
def test_a_day_corrected_or_turned_down_in_spanish_french_and_german_gives_way(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Mon client me paie le 20, je vous règle le lendemain.", date(2025, 11, 21)),
    ("Unser Kunde zahlt am 20., wir dann einen Tag später.", date(2025, 11, 21)),
    ("En enero, el día 9, les pago todo.", date(2026, 1, 9)),
    ("Im Januar, am 12., überweise ich.", date(2026, 1, 12)),
    ("In March, on the 3rd, I'll pay.", date(2026, 3, 3)),
    ("On règle en milieu de semaine prochaine.", date(2025, 11, 12)),
    ("I'll pay mid next week.", date(2025, 11, 12)),
    ("En 5 días hábiles lo tiene.", date(2025, 11, 11)),
    ("Ich überweise innerhalb von 5 Werktagen.", date(2025, 11, 11)),
])
def test_a_customers_day_a_month_named_first_mid_next_week_and_working_days_are_read(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


def test_the_third_invoice_of_a_month_is_no_day_in_that_month() -> None:
    mentions = find_dates("I paid in May, the 3rd invoice too.", sent=TUESDAY_4_NOV_2025)
    assert [mention for mention in mentions if mention.value.month == 5] == []


def test_figures_joined_by_dots_are_day_first_even_where_dates_are_read_month_first() -> None:
    [mention] = find_dates("Überweisung erfolgt am 05.12.2025.", sent=TUESDAY_4_NOV_2025,
                           month_first=True)
    assert mention.value == date(2025, 12, 5)


@pytest.mark.parametrize(("words", "day"), [
    ("Pago a principios de diciembre, el día 2.", date(2025, 12, 2)),
    ("Ich überweise Anfang Dezember, am 3.", date(2025, 12, 3)),
    ("De hoy en ocho días te pago.", date(2025, 11, 11)),
    ("Je vous règle d'aujourd'hui en quinze.", date(2025, 11, 18)),
    ("Pagaré el segundo viernes de noviembre.", date(2025, 11, 14)),
    ("Am dritten Freitag im Dezember zahle ich.", date(2025, 12, 19)),
    ("Cobro el 15 y le pago el 17.", date(2025, 11, 17)),
    ("Will pay December second.", date(2025, 12, 2)),
    ("Will pay on the second of December.", date(2025, 12, 2)),
    ("Payment will be made by EOW.", date(2025, 11, 7)),
    ("Ya fue programado para el 30 de este mes.", date(2025, 11, 30)),
])
def test_a_day_in_a_month_named_before_it_counted_weeks_and_nth_weekdays_are_read(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("It'll be paid before Christmas, on the 19th of December to be exact.", date(2025, 12, 19)),
    ("Antes de Navidad, el 22 de diciembre, le liquido todo.", date(2025, 12, 22)),
    ("Wir zahlen vor Weihnachten, konkret am 19.12.", date(2025, 12, 19)),
    ("Juste après le pont du 11 novembre, donc mercredi 12, vous aurez votre argent.",
     date(2025, 11, 12)),
])
def test_a_time_said_again_as_its_day_is_that_day(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Could we pay on 28 Nov, 31 Dec and 30 Jan?", date(2025, 11, 28)),
    ("Three payments: end of this month, end of December, end of January.", date(2025, 11, 30)),
])
def test_days_listed_one_after_another_are_not_said_again(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


def test_a_share_of_the_bill_written_as_a_fraction_is_no_day() -> None:
    mentions = find_dates("Suggest: 1/3 on Nov 12, 1/3 on Dec 12, 1/3 on Jan 12.",
                          sent=TUESDAY_4_NOV_2025)
    assert [mention.value for mention in mentions] == [
        date(2025, 11, 12), date(2025, 12, 12), date(2026, 1, 12)]


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("Could we do $500 on the 1st of each month starting next month?", date(2025, 10, 15),
     date(2025, 11, 1)),
    ("Kindly allow me to pay Rs 5,000 on the 10th of every month, starting from next month.",
     date(2026, 1, 22), date(2026, 2, 10)),
    ("Could I pay £100 every other Friday starting 21 November?", TUESDAY_4_NOV_2025,
     date(2025, 11, 21)),
])
def test_a_monthly_day_starting_next_month_falls_in_next_month(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("I'll pay on the 1st when my wages go in - no wait, the 1st is a Sunday, so Monday the 2nd.",
     date(2026, 2, 27), date(2026, 3, 2)),
    ("Le hago la transferencia el lunes... perdón, el martes, que el lunes nos pagan.",
     TUESDAY_4_NOV_2025, date(2025, 11, 11)),
    ("Te lo pago el sábado 8... bueno no, que es sábado. El lunes 10 te hago la transferencia.",
     TUESDAY_4_NOV_2025, date(2025, 11, 10)),
    ("Je vous règle les 1 560 € avant Noël, le 23 au plus tard.", date(2027, 12, 20),
     date(2027, 12, 23)),
    ("Our client pays us on the 20th and I'll pay your £2,310 the same day.",
     TUESDAY_4_NOV_2025, date(2025, 11, 20)),
    ("Te pago el martes 11. Perdona el lío.", TUESDAY_4_NOV_2025, date(2025, 11, 11)),
])
def test_a_day_taken_back_later_or_set_by_another_is_read(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


def test_a_bare_day_after_a_holiday_in_words_must_be_near_it_to_say_it_again() -> None:
    words = "A más tardar en Nochebuena, el 24, ya les habré pagado."
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == date(2025, 12, 24)


@pytest.mark.parametrize(("words", "day"), [
    ("We're shut the week of the 17th, so I'll pay the Monday before, the 10th.",
     date(2025, 11, 10)),
    ("I'm away until the 12th, but I'll pay the Monday I'm back, so the 17th.", date(2025, 11, 17)),
    ("Mi a go pay it Friday di 14th, wen di hotel pay mi.", date(2025, 11, 14)),
    ("Wednesday the twenty-sixth. Full payment.", date(2025, 11, 26)),
])
def test_a_weekday_then_the_date_that_falls_on_it_is_that_date(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("I will pay Monday and the rest on the 24th.", date(2025, 11, 10)),
    ("Can we pay in 2 halves - one on Friday, one on the 21st?", date(2025, 11, 7)),
    ("I'll pay Monday. The 17th is too late for you, I know.", date(2025, 11, 10)),
])
def test_a_weekday_and_another_payment_on_a_later_date_are_two_days(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Je vous paie jeudi 4, sans faute.", date(2025, 12, 4)),
    ("I'll pay Thursday the 4th.", date(2025, 12, 4)),
    ("Wie wäre es mit 350 € am Mittwoch, dem 12., und 350 € Mitte Dezember?", date(2025, 11, 12)),
    ("Am Freitag, dem 21., überweise ich dann.", date(2025, 11, 21)),
    ("Ill pay it on the 14 th", date(2025, 11, 14)),
])
def test_a_weekday_with_a_day_of_the_month_is_the_month_where_they_agree(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Anfang Dezember, am Dienstag, den 2., kommt die Zahlung.", date(2025, 12, 2)),
    ("Fin novembre, le vendredi 28, on règle nos factures, la vôtre comprise.", date(2025, 11, 28)),
    ("Ende November, genauer am Donnerstag, den 27., zahlen wir.", date(2025, 11, 27)),
    ("Je vous règle début décembre, jeudi 4 plus précisément.", date(2025, 12, 4)),
])
def test_a_time_in_a_month_named_then_a_day_in_it_is_that_day(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("Je vous paierai mardi en huit.", date(2027, 10, 14), date(2027, 10, 26)),
    ("Je vous paierai mardi en huit.", TUESDAY_4_NOV_2025, date(2025, 11, 11)),
    ("Wir zahlen am Mittwoch in acht Tagen.", TUESDAY_4_NOV_2025, date(2025, 11, 12)),
    ("two weeks on Thursday", TUESDAY_4_NOV_2025, date(2025, 11, 20)),
    ("wir zahlen nach Ostern, am Dienstag nach dem Ostermontag.", date(2025, 4, 10),
     date(2025, 4, 22)),
    ("la facture sera réglée le premier jour ouvré du mois prochain.", date(2025, 11, 30),
     date(2025, 12, 1)),
    ("I'll pay on the first working day of next month.", date(2026, 1, 20), date(2026, 2, 2)),
])
def test_a_weekday_a_week_on_after_a_holiday_and_next_months_first_working_day_are_read(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Mittwoch schaff ich nicht, Donnerstag auch nicht – Freitag dann.", date(2025, 11, 7)),
    ("Je ne pourrai pas payer jeudi comme prévu, mais ce sera vendredi.", date(2025, 11, 7)),
    ("Kommenden Freitag geht nicht, erst den Freitag danach, also den 14.", date(2025, 11, 14)),
    ("Jeudi, pardon, vendredi. Vendredi c'est payé.", date(2025, 11, 7)),
    ("Je ne pourrai pas avant le 15 janvier, mais ce jour-là je paie tout.", date(2026, 1, 15)),
])
def test_a_day_turned_down_or_corrected_gives_way_to_the_next(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("wenn das Gehalt am 1. kommt, zahl ich sofort", date(2025, 12, 1)),
    ("Si je reçois mon salaire le 5, je vous règle tout de suite.", date(2025, 11, 5)),
    ("Our treasurer is back from leave on the 10th and will release the payment on Wednesday "
     "the 12th.", date(2025, 11, 12)),
    ("Sat 6 Dec. My brother's paying me back on the 5th so I'll pay you the day after.",
     date(2025, 12, 6)),
    ("Fri Dec 12th. The boss signs cheques on the 10th and it takes two days to post.",
     date(2025, 12, 12)),
])
def test_a_day_set_by_a_condition_a_return_or_a_first_sentence_alone_is_read(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Rappelez-moi jeudi après 14h.", date(2025, 11, 6)),
    ("I get paid the 15th. Can I pay you £100 the day after and then £100 a month till it's done",
     date(2025, 11, 16)),
])
def test_a_time_of_day_after_a_weekday_and_a_sentence_with_a_verb_are_not_a_day_alone(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("SOCIAL SECURITY COMES THE 3RD WEDNESDAY. I CAN PAY $75 THEN AND $75 THE MONTH AFTER.",
     date(2026, 3, 2), date(2026, 3, 18)),
    ("My pension comes the 2nd Friday, I'll pay you then.", date(2026, 3, 20), date(2026, 4, 10)),
    ("I can pay £50 every 2nd Friday.", date(2026, 3, 2), date(2026, 3, 6)),
    ("Our draw from the lender comes through next week; I'll release the full $4,800 in 14 days "
     "from today.", date(2025, 4, 8), date(2025, 4, 22)),
])
def test_the_nth_weekday_alone_and_money_from_a_lender_are_read(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


@pytest.mark.parametrize(("words", "day"), [
    ("We had a system outage from the 3rd to the 7th so everything's backed up. Your invoice is "
     "scheduled for the 21st.", date(2025, 11, 21)),
    ("Bonjour, nos règlements fournisseurs se font le 10 et le 25 du mois. Votre facture passera "
     "le 25 novembre. Bonne journée.", date(2025, 11, 25)),
    ("Fri Dec 12th. The boss signs cheques on the 10th and it takes two days to post.",
     date(2025, 12, 12)),
])
def test_the_invoice_set_down_for_a_day_and_a_day_said_first_alone_are_the_day_paid_on(
        words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)  # sent Tuesday 4 November 2025
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("I said Monday on the phone but that won't work; Friday 14th is the real date. Sorry for "
     "the confusion.", date(2025, 11, 14)),
    ("Ich habe am Telefon den 12. gesagt, es wird aber der 13., Donnerstag. Dann zahle ich.",
     date(2025, 11, 13)),
    ("As I told you, I'll pay on the 20th.", date(2025, 11, 20)),
])
def test_a_day_told_before_gives_way_to_the_day_named_now(words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_der_and_a_day_of_the_month_is_a_day_but_not_before_a_noun() -> None:
    found = find_dates("es wird der 13., Donnerstag", sent=TUESDAY_4_NOV_2025)
    assert [mention.value for mention in found][:1] == [date(2025, 11, 13)]
    assert find_dates("das ist der 3. Mahnbrief", sent=TUESDAY_4_NOV_2025) == []


def test_a_day_after_the_reply_says_it_was_paid_is_no_promise() -> None:
    parsed = read_above_the_reminder("I'm not disputing it, it's already paid! Check the 30th.")
    assert parsed.intent is ReplyIntent.PAID


def test_the_first_of_the_month_in_one_german_word_is_the_next_first() -> None:
    assert promised_date("Ich zahle spätestens zum Monatsersten.", sent=date(2025, 11, 14)) == (
        date(2025, 12, 1))


@pytest.mark.parametrize(("words", "day"), [
    ("7 working days and it'll be done.", date(2025, 11, 13)),
    ("2 business days. That's all I need.", date(2025, 11, 6)),
    ("Five working days from now and it'll be in your account.", date(2025, 11, 11)),
])
def test_working_days_counted_from_the_reply_are_the_day_paid_by(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)  # sent Tuesday 4 November 2025
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


def test_working_days_that_something_took_are_no_day() -> None:
    assert find_dates("The last transfer took 5 working days.", sent=TUESDAY_4_NOV_2025) == []


@pytest.mark.parametrize(("words", "day"), [
    ("I shall be sending the payment on Monday next, the 10th, as my bank is closed on a "
     "Saturday.", date(2025, 11, 10)),
    ("Hello, I am going to do the transference on the day 14. I stay in Portugal now but I not "
     "forget.", date(2025, 11, 14)),
    ("hola, le pago manana temprano, disculpe las molestias", date(2025, 11, 5)),
])
def test_days_written_loosely_are_read_and_a_weekday_of_habit_is_none(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("I will pay on Thursday the thirteenth comma sorry for the delay full stop",
     date(2025, 11, 13)),
    ("Ok I pay next week Thursday, the 13. Thank you", date(2025, 11, 13)),
])
def test_a_weekday_then_its_day_of_the_month_however_it_goes_on_is_that_day(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("We'll settle this in our end of month run on 28/11. Apologies for the delay.",
     TUESDAY_4_NOV_2025, date(2025, 11, 28)),
    ("Mid-month, probably the 14th.", TUESDAY_4_NOV_2025, date(2025, 11, 14)),
    ("Will pay by the end of the month - sorry, I mean end of NEXT month, November, our big "
     "client settles on the 28th.", date(2025, 10, 20), date(2025, 11, 30)),
])
def test_a_time_of_the_month_then_its_day_in_figures_is_that_day_unless_the_day_is_another_s(
        words: str, sent: date, day: date) -> None:
    assert promised_date(words, sent=sent) == day


@pytest.mark.parametrize(("words", "day"), [
    ("sorry for the delay I'll pay that on the twenty eighth full stop thanks full stop",
     date(2025, 11, 28)),
    ("I will send it on the nineteenth comma if that's alright", date(2025, 11, 19)),
])
def test_a_day_in_words_then_dictated_punctuation_is_that_day(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


def test_a_short_date_read_month_first_that_is_already_past_gives_way_to_the_near_day() -> None:
    words = "Paying on 6/11, apologies for the wait"
    assert promised_date(words, sent=TUESDAY_4_NOV_2025, month_first=True) == date(2025, 11, 6)
    assert promised_date("Paying on 12/15", sent=TUESDAY_4_NOV_2025,
                         month_first=True) == date(2025, 12, 15)


def test_a_first_half_is_a_share_not_the_first_of_the_month() -> None:
    words = "can i do it in 2 halves 🙏 1st half monday"
    assert read_above_the_reminder(words).promised_date == date(2025, 11, 10)


@pytest.mark.parametrize(("words", "day"), [
    ("mañna le deposito", date(2025, 11, 5)),
    ("demin matin je fais le virement", date(2025, 11, 5)),
    ("Mañana por la mañana paso por el banco y lo pago en ventanilla.", date(2025, 11, 5)),
    ("Übermorgn ist es auf Ihrem Konto, ich hab's schon vorgemerkt.", date(2025, 11, 6)),
    ("El biernes le mando el pago, se lo prometo.", date(2025, 11, 7)),
    ("El juebes le pago todo.", date(2025, 11, 6)),
    ("Je fais le virement vendredie, j'attends ma paye.", date(2025, 11, 7)),
    ("lundie promis jure, je paie", date(2025, 11, 10)),
    ("Donnertag bezahle ich, hab grad kein Netz aufm Bau.", date(2025, 11, 6)),
    ("Freitg ist das erledigt, Entschuldigung", date(2025, 11, 7)),
    ("Payment on the 21rst. Sorry for the wait.", date(2025, 11, 21)),
    ("Ahorita en la tarde le deposito en OXXO, nomás salgo de la chamba.", date(2025, 11, 4)),
])
def test_days_typed_in_a_hurry_are_the_days_meant(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Am Zahltag, dem 25., überweise ich Ihnen den Betrag.", date(2025, 11, 25)),
    ("Am Ersten geht die Überweisung raus. Grüße aus Bochum", date(2025, 12, 1)),
    ("I get my pension on the first of the month so I'll pay you then, dear.", date(2025, 12, 1)),
    ("Le premier du mois je fais le virement.", date(2025, 12, 1)),
    ("Te pago el primero de mes, sin falta.", date(2025, 12, 1)),
    ("I can get it to you Thursday of next week.", date(2025, 11, 13)),
    ("Our cheque run is this day next week so you'll have it then.", date(2025, 11, 11)),
])
def test_the_first_of_the_month_a_payday_and_a_day_of_next_week_are_one_day(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize("words", [
    "Am Ersten Advent zahle ich.",
    "Ich zahle in der Woche nach dem 15., das ist sicher.",
    "Opt me out of the Christmas catalogue please, I'll pay when my client pays me.",
    "That was a domino effect from the bank, I'll pay soon.",
])
def test_a_feast_a_week_after_a_day_or_a_christmas_catalogue_names_no_day(words: str) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) is None


@pytest.mark.parametrize(("words", "day"), [
    ("I'll transfer it over on Sat.", date(2025, 11, 8)),
    ("pay u sat", date(2025, 11, 8)),
    ("sat morning I'll pay it", date(2025, 11, 8)),
    ("Hallo, am Mo kommt das Geld, versprochen.", date(2025, 11, 10)),
    ("bis Fr ist es überwiesen", date(2025, 11, 7)),
    ("Ich zahle am Do. 13.11.", date(2025, 11, 13)),
    ("Paying it right now, give me 5 min.", date(2025, 11, 4)),
])
def test_short_weekdays_that_are_words_of_their_own_are_days_only_where_a_day_is_meant(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize("words", [
    "I sat down with the books last night and I'll pay soon.",
    "It sat in my drafts for a week, sorry, I'll pay it soon.",
])
def test_sat_as_a_verb_names_no_day(words: str) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) is None


@pytest.mark.parametrize(("words", "day"), [
    ("Friday - no hang on, make it Monday. Our payroll got shunted so there's nothing landing in "
     "the account this Friday. Monday the 10th, you have my word.", date(2025, 11, 10)),
    ("Tomorrow - actually no, Thursday, I've forgotten I've got the dentist tomorrow. Thursday.",
     date(2025, 11, 6)),
    ("Te lo pago el jueves... no, pará, el jueves tengo turno con el traumatólogo. El viernes "
     "temprano te lo transfiero.", date(2025, 11, 7)),
    ("Te lo paso el día 10... espera, que el 10 tengo la ITV del camión. Mejor el 11.",
     date(2025, 11, 11)),
    ("Je vous paie jeudi. Ah non, jeudi je suis chez le notaire à Namur toute la journée, ce sera "
     "vendredi.", date(2025, 11, 7)),
    ("Ich überweis am Mittwoch – nein, halt, Mittwoch bin ich in Linz auf Montage. Donnerstag "
     "dann.", date(2025, 11, 6)),
    ("I'll pay Friday. Actually no - can I do £250 on Friday and the other £250 at the end of the "
     "month?", date(2025, 11, 7)),
])
def test_a_day_taken_back_stays_taken_back_when_named_again_to_say_why(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("We'll issue payment Wed. 11/19. Thanks for your patience.", date(2025, 11, 19)),
    ("Dear Sir, the payment will be done by day after. Kindly bear with us.", date(2025, 11, 6)),
    ("The Friday efter next, I'll hae it. No sooner, sorry.", date(2025, 11, 14)),
    ("Heut noch überweis i's, versprochen!", date(2025, 11, 4)),
    ("Hoi zäme, ich zahl am Fritig, sorry, isch mir total undergange.", date(2025, 11, 7)),
    ("I zahl am Dunschtig.", date(2025, 11, 6)),
])
def test_days_as_they_are_said_in_india_scotland_austria_and_switzerland(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


def test_a_swiss_payment_on_a_friday_gone_is_paid() -> None:
    assert read_above_the_reminder("han scho zahlt am friitig, luegt mal nach").intent is (
        ReplyIntent.PAID)


@pytest.mark.parametrize(("words", "day"), [
    ("Hi, would you accept R500 per month from the 25th? Month-end is tight here.",
     date(2025, 11, 25)),
    ("Month-end is tight, but I'll pay on the 3rd.", date(2025, 12, 3)),
])
def test_a_time_said_to_be_hard_for_the_writer_is_no_day_paid_on(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("ill pay saturday after the market", date(2025, 11, 8)),
    ("I'll pay the Monday after the 15th.", date(2025, 11, 17)),
    ("We'll pay the Friday after.", date(2025, 11, 14)),
])
def test_a_weekday_after_an_event_is_the_coming_one_and_after_a_day_the_one_after_it(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


def test_of_two_paydays_the_one_the_debtor_pays_on_is_the_day() -> None:
    words = "Cobramos por quincenas, el 15 y el 30. Les pago el día 15."
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == date(2025, 11, 15)


def test_a_payment_getting_cleared_on_a_day_is_that_day() -> None:
    words = "Yours is getting cleared this Friday the 20th, the full £1,265."
    assert promised_date(words, sent=date(2026, 11, 16)) == date(2026, 11, 20)


@pytest.mark.parametrize(("words", "day"), [
    ("Payday's the 15th but that's a Saturday so we get paid the Friday before. I'll pay you that "
     "day.", date(2025, 11, 14)),
    ("Ma'am, month-end is our pay day but the 30th is a Sunday so the company pays us on the "
     "Friday before. I'll do it then.", date(2025, 11, 28)),
    ("We get paid on the 15th, which is a Saturday, so it's the Friday before. I'll pay you then.",
     date(2025, 11, 14)),
    ("I'll pay the Friday before the 21st.", date(2025, 11, 14)),
    ("Yo cobro el último día de cada mes, y como este mes el 30 cae en domingo me lo ingresan el "
     "viernes 28. Ese mismo viernes te hago la transferencia.", date(2025, 11, 28)),
    ("The January sales were dire and the exhibition money doesn't come in till the middle of the "
     "month. You'll have the £1,080 a fortnight on Friday - the 21st.", date(2025, 11, 21)),
    ("I'll do it Nov 17. The first cheque from the new job comes the 14th and I want it to clear "
     "before I send anything out.", date(2025, 11, 17)),
])
def test_a_payday_moved_off_a_weekend_and_paying_then_or_that_same_day_resolve_to_that_day(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Este viernes no me alcanza porque pago arriendo, pero el viernes 21 le transfiero todo.",
     date(2025, 11, 21)),
    ("Bonjour, ce vendredi c'est impossible, mon comptable est en congé. Vendredi prochain, le 14, "
     "c'est noté.", date(2025, 11, 14)),
    ("El jueves 6 tengo que pagar el arriendo, así que esa semana no alcanzo. El jueves "
     "siguiente, el 13, le transfiero.", date(2025, 11, 13)),
    ("Le deposito el lunes 10... ay no, ese día pago la renta. Mejor el viernes 14, seguro.",
     date(2025, 11, 14)),
    ("Invoice arrived on the 1st, I pay at ten working days so you'll get it the 14th.",
     date(2025, 11, 14)),
    ("¿Nos aceptaría pagar en tres mensualidades, la primera el 1 de diciembre? No queremos quedar "
     "mal con usted.", date(2025, 12, 1)),
])
def test_a_day_turned_down_or_trailed_off_gives_way_to_the_day_paid_on_in_the_present(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Le salaire tombe le 25, je vous verse le montant le lendemain. Salutations.",
     date(2025, 11, 26)),
    ("Grüß Gott, mein Gehalt kommt am 25., am Tag drauf überweise ich Ihnen den Betrag.",
     date(2025, 11, 26)),
    ("Gurpurab tomorrow so the shop is closed and I am with family. Day after I will pay.",
     date(2025, 11, 6)),
    ("My direct debits all come out on the 12th. I'll pay you the morning after once I can see "
     "what's left.", date(2025, 11, 13)),
    ("I'll pay Thursday, the day after my bonus lands.", date(2025, 11, 6)),
    ("Je serai payé le 25 et je vous réglerai le lendemain du salaire ... non, le jour même, le "
     "25.", date(2025, 11, 25)),
    ("Dear Sir, the payment will be done by day after. Kindly bear with us.", date(2025, 11, 6)),
])
def test_a_day_counted_from_another_in_the_same_clause_is_the_day_paid_on(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Tomorrow I'm at the tip all day clearing Mum's house. Thursday then.", date(2025, 11, 6)),
    ("Mañana tengo médico toda la mañana, pasado mañana se lo pago.", date(2025, 11, 6)),
    ("Demain je suis en déplacement à Lyon, jeudi matin je m'en occupe.", date(2025, 11, 6)),
    ("Morgen bin ich beim Arzt und danach im Krankenhaus. Donnerstag dann.", date(2025, 11, 6)),
    ("I'll pay on Saturday 29th, I'm at the market all day the Friday.", date(2025, 11, 29)),
    ("Gillian I'm away in Rotterdam with a load till Monday night. Soon as I'm home I'll get it "
     "squared, Tuesday week at the latest.", date(2025, 11, 18)),
])
def test_a_day_the_writer_is_busy_on_is_not_the_day_paid_on(words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


@pytest.mark.parametrize(("words", "day"), [
    ("Sir, 15th is Saturday and our office is closed. We will transfer on 14th Friday itself.",
     date(2025, 11, 14)),
    ("We pay on the 2nd Friday of the month.", date(2025, 11, 14)),
])
def test_a_date_written_before_its_weekday_is_that_date_and_the_first_five_count_weekdays(
        words: str, day: date) -> None:
    assert promised_date(words, sent=TUESDAY_4_NOV_2025) == day


def test_a_plan_s_first_day_is_not_the_day_the_writer_got_paid() -> None:
    words = ("Money's just real thin right now, I got paid the 15th and my next check is the 1st. "
             "Can I do $325 the Friday after next and then $325 each of the next two months?")
    sent = "Wed, 29 Sep 2027 18:18:18 -0500"
    read = parse_reply(reply(f"{words}\n\n{QUOTED_REMINDER}", date=sent))
    assert read.promised_date == date(2027, 10, 8)


@pytest.mark.parametrize(("words", "day"), [
    ("It won't be the 7th like I told your colleague on the phone, it'll be the 10th.",
     date(2025, 11, 10)),
    ("Christmas Eve at the latest, I swear. Ha. Seriously though, it'll be the 24th.",
     date(2025, 12, 24)),
])
def test_it_will_be_a_day_is_the_day_paid_on_and_a_day_of_the_month_said_again_keeps_its_month(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_day_the_writer_waits_for_another_s_payment_is_not_the_day_paid_on() -> None:
    words = ("Ce vendredi ce n'est pas possible, j'attends moi-même le règlement d'un chantier qui "
             "ne tombera qu'en début de semaine prochaine. Je vous règle les 2 340 € vendredi en "
             "huit, par virement.")
    assert read_above_the_reminder(words).promised_date == date(2025, 11, 14)


@pytest.mark.parametrize(("words", "day"), [
    ("Will do after the weekend, I'm at a wedding Friday to Sunday.", date(2025, 11, 10)),
    ("Nach dem Wochenende überweise ich es.", date(2025, 11, 10)),
    ("First of the month, when the rent from the flat upstairs comes in.", date(2025, 12, 1)),
    ("Mach ich nächste Woche Donnerstag, den 13.", date(2025, 11, 13)),
    ("I'll pay next week Thursday.", date(2025, 11, 13)),
    ("Je vous propose 3 versements de 150 € : ce vendredi, le 1er décembre et le 1er janvier.",
     date(2025, 11, 7)),
])
def test_after_the_weekend_the_first_of_the_month_and_next_week_s_weekday_are_days_paid_on(
        words: str, day: date) -> None:
    """"After the weekend" is the Monday after it; "first of the month" needs no "the"; "next
    week" before a weekday only says which week; a weekday with "this" before a date of another
    weekday is a day of a list, not that date said again."""
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Scratch what I said about Friday the 14th, the card's away on a work trip till the 20th. "
     "Friday the 21st then, definitely.", date(2025, 11, 21)),
    ("Friday isn't going to happen, honestly. Next week's Friday, the 14th, is realistic.",
     date(2025, 11, 14)),
    ("Not Friday, sorry, the 7th is my daughter's birthday. Monday 10th.", date(2025, 11, 10)),
    ("Iba a ser mañana pero al final el viernes, que me entra un dinero ese día.",
     date(2025, 11, 7)),
    ("I'll pay a week today... no, make it two weeks today, I forgot the car tax is due.",
     date(2025, 11, 18)),
    ("I'll pay Thursday - not this Thursday, the one after.", date(2025, 11, 13)),
    ("Le pago el lunes que viene no, el otro.", date(2025, 11, 17)),
    ("Mittwoch? Nee, morgen hab ich Zahnarzt und übermorgen Elternabend... ich mach's einfach "
     "Mittwoch nächste Woche, den 12.", date(2025, 11, 12)),
])
def test_a_day_scratched_refused_meant_once_or_given_up_for_the_one_after_is_not_paid_on(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Hi, salary will get credited on 1st, I will transfer on 2nd Dec for sure.",
     date(2025, 12, 2)),
    ("My customer in Kano pays me on the 19th, I will transfer to you on the 20th.",
     date(2025, 11, 20)),
    ("delivery of the new stock is wed 12th, once thats booked in ill pay you thurs 13th",
     date(2025, 11, 13)),
    ("We're away for Remembrance Sunday, I'll do it the Monday after.", date(2025, 11, 10)),
    ("the 20th - the kids' school trip gets paid on the 14th so after that I'm clear",
     date(2025, 11, 20)),
    ("Stopped in at the bank today to sort it out, the transfer goes through Thursday.",
     date(2025, 11, 6)),
])
def test_pay_credited_goods_awaited_a_trip_away_or_another_bill_paid_is_not_the_day_paid_on(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Meant to do it yesterday, then the dog ate a sock and we spent the evening at the "
     "emergency vet. Friday, I promise.", date(2025, 11, 7)),
    ("The dog ate a sock and we spent the evening at the vet. El lunes, sin falta.",
     date(2025, 11, 10)),
    ("Je vais passer au bureau jeudi vous porter un chèque.", date(2025, 11, 6)),
    # a person away "till then" wrote it; no notice says so
    ("Next Tuesday, a week today. I'm away on site till then with no signal half the time.",
     date(2025, 11, 11)),
])
def test_a_day_vowed_a_cheque_brought_or_a_day_before_being_away_till_then_is_a_promise(
        words: str, day: date) -> None:
    read = read_above_the_reminder(words)
    assert (read.intent, read.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


@pytest.mark.parametrize(("words", "sent", "day"), [
    # a day of the month with its weekday, just gone, is that day: paid, not promised
    ("£2,310.75 left our account on Monday the 2nd. If it isn't showing with you by Monday, let "
     "me know.", "Thu, 05 Nov 2026 10:41:56 +0000", None),
    # a day turned down, with another named after it, takes its earlier mention with it
    ("I'll pay the first £200 on the 10th and then the 10th of each month after.\n\nSorry - not "
     "the 10th, my pay goes in on the 12th now. So the 12th of each month, starting this month.",
     "Fri, 02 Oct 2026 18:40:51 +0100", date(2026, 10, 12)),
    # "the Wednesday" is the one nearest the day named before it
    ("I go to my daughter's on Thursday and I am not back until the Tuesday after. I will do it "
     "on the Wednesday when I am home.", "Mon, 01 Jun 2026 10:05:37 +0100", date(2026, 6, 10)),
    ("We're paid the last Friday of the month, which this month is Christmas Day, so work are "
     "putting it through on the Thursday instead. I'll pay the £96 that day.",
     "Mon, 14 Dec 2026 21:33:28 +0000", date(2026, 12, 24)),
    ("Os lo pago el último día del mes que viene sin falta.", "Fri, 29 May 2026 13:37:20 +0200",
     date(2026, 6, 30)),
    ("Je vous paie le dernier jour du mois prochain.", "Fri, 29 May 2026 13:37:20 +0200",
     date(2026, 6, 30)),
    ("te lo transfiero el lunes que viene... no, el que viene no, el otro.",
     "Wed, 10 Jun 2026 16:45:12 -0300", date(2026, 6, 22)),
])
def test_days_read_from_the_days_named_around_them(words: str, sent: str,
                                                    day: date | None) -> None:
    read = parse_reply(reply(f"{words}\n\n{QUOTED_REMINDER}", date=sent))
    assert read.promised_date == day


@pytest.mark.parametrize(("words", "sent", "day"), [
    ("i will pay it tonite ok", "Tue, 04 Nov 2025 16:42:38 -0500", date(2025, 11, 4)),
    ("card got declined on ur portal tonite, ill call my bank and pay it tomorow morning",
     "Sun, 30 Aug 2026 22:47:17 -0700", date(2026, 8, 31)),
])
def test_tonight_spelled_tonite_is_today_unless_it_tells_what_went_wrong(
        words: str, sent: str, day: date) -> None:
    read = parse_reply(reply(f"{words}\n\n{QUOTED_REMINDER}", date=sent))
    assert read.promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Servas, überweis's am Dienstag in einer Woche.", date(2025, 11, 11)),
    ("Ich bin bis zum 16. in Thailand in den Ferien. Am Montag danach zahle ich.",
     date(2025, 11, 17)),
    ("Nächste Woche geht's nimmer, bin auf Schulung, aber den Freitag drauf, am 21., sicher.",
     date(2025, 11, 21)),
    ("Je vous paie à la Saint-Nicolas, c'est là que je touche ma prime.", date(2025, 12, 6)),
    ("Bonjour, je fais le versement à la fin de la semaine, vendredi donc.", date(2025, 11, 7)),
    ("Hallo, ich bin bis zum 20. auf Geschäftsreise und überweise am Freitag, den 21.",
     date(2025, 11, 21)),
    ("Je pars en séminaire du 17 au 21, je ferai donc le virement le lundi 24, à mon retour.",
     date(2025, 11, 24)),
    ("Esta semana imposible, estoy de ruta con el camión hasta el jueves. El viernes de la "
     "semana que viene, el 14, lo tienes en tu cuenta.", date(2025, 11, 14)),
    ("Ich hab Montag Urlaub, da kümmer ich mich drum.", date(2025, 11, 10)),
    ("Zahltag ist bei uns am 20., am Tag darauf überweise ich.", date(2025, 11, 21)),
    ("El 4 de diciembre no me viene bien, tengo inventario. Mejor el viernes 5.",
     date(2025, 12, 5)),
])
def test_days_said_in_spanish_french_and_german_around_trips_paydays_and_weeks(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("I don't want stop the contact, no no. Please continue send to me. I pay the 15.",
     date(2025, 11, 15)),
    ("Morning. I will pay on the 19 when the government pay we. Alright?", date(2025, 11, 19)),
    ("Please I ask to divide in 4 payments. First payment I can make the 15.",
     date(2025, 11, 15)),
    ("I'll pay on the 2 invoices by Friday.", date(2025, 11, 7)),
])
def test_a_day_in_figures_with_no_ending_after_a_word_of_paying_is_that_day_of_the_month(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_figures_with_no_ending_that_count_things_are_no_day() -> None:
    assert find_dates("We ordered the 12 and got 10.", sent=TUESDAY_4_NOV_2025) == []


@pytest.mark.parametrize(("words", "day"), [
    ("Am zwanzigsten ist das Geld da.", date(2025, 11, 20)),
    ("zahle am zehnten.", date(2025, 11, 10)),
    ("Ich bin bis einschließlich 11. auf Montage in Rostock. Am Tag danach überweise ich.",
     date(2025, 11, 12)),
    ("Ja, das Material kam verspätet, aber das ist erledigt. Am 15. wird gezahlt.",
     date(2025, 11, 15)),
    ("Am Buß- und Bettag hab ich frei, da mach ich das.", date(2025, 11, 19)),
    ("Le jour du Souvenir je travaille pas, je vais m'en occuper ce jour-là.",
     date(2025, 11, 11)),
    ("Vale, sin problema. Lo dejo pagado antes de que acabe noviembre.", date(2025, 11, 30)),
    ("Le propongo abonarle 1,500 cada quincena empezando este 15, hasta completar.",
     date(2025, 11, 15)),
    ("Aye I'll settle up end o the month when the lambs are sold.", date(2025, 11, 30)),
    ("Our AP team pays on the last Thursday of every month, so you'll see it then.",
     date(2025, 11, 27)),
    # an emoji ends a sentence before a capital
    ("Perdona, se me pasó completamente 🙈 El miércoles 26 te lo pago, que es cuando me "
     "ingresan la nómina.", date(2025, 11, 26)),
    ("I was going to moan about the price but yours was the cheapest 😂 Paying Friday.",
     date(2025, 11, 7)),
])
def test_days_said_the_way_people_say_them_are_the_days_paid(words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_count_typed_in_lower_case_is_no_day() -> None:
    assert find_dates("Ich habe zum fünften mal angerufen.", sent=TUESDAY_4_NOV_2025) == []


def test_buss_und_bettag_is_the_wednesday_before_the_23rd_of_november() -> None:
    [day] = find_dates("am Buß- und Bettag", sent=date(2026, 11, 1))
    assert day.value == date(2026, 11, 18)


@pytest.mark.parametrize(("words", "day"), [
    ("Can't do it on Veterans Day, the bank's shut, so the Wednesday after.", date(2025, 11, 12)),
    ("Tomorrow's no good and Thursday's the funeral, so Friday it is.", date(2025, 11, 7)),
    ("I'll pay it Friday. Sorry, meant to type NEXT Friday, the 14th, our bookkeeper is on leave "
     "this week.", date(2025, 11, 14)),
    ("I'll do it Thursday. Nah, Monday, Thursday I've got the builder in.", date(2025, 11, 10)),
    ("I will pay today. Sorry, the bank app is down. Let us say Friday to be safe.",
     date(2025, 11, 7)),
    ("Mardi prochain, pas celui-ci, celui de la semaine d'après, bref le 18.", date(2025, 11, 18)),
    ("Una disculpa, le cambio la fecha: no va a ser el miércoles 12 sino el jueves 13.",
     date(2025, 11, 13)),
    ("Corrijo lo que te puse recién: no es el jueves 13, es el miércoles 12. Ese día transfiero.",
     date(2025, 11, 12)),
    ("Petite correction : le paiement ne partira pas le 19 mais le 20.", date(2025, 11, 20)),
    ("Die Zahlung wird nicht am Freitag, sondern am Montag erfolgen.", date(2025, 11, 10)),
])
def test_a_day_turned_down_taken_back_or_taken_by_an_occasion_gives_way_to_the_day_meant(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("School holidays start on the 19th of December so we'll clear it the Friday before.",
     date(2025, 12, 12)),
    ("Hola Sergio!! Estoy en Lisboa en una feria hasta el lunes 10 y desde aquí no me deja entrar "
     "la app del banco. El miércoles 12 lo transfiero, ok?", date(2025, 11, 12)),
    ("Je suis au service militaire jusqu'au 14, je m'en occupe le lundi qui suit.",
     date(2025, 11, 17)),
    ("Bonjour, le 11 étant férié, le paiement sera effectué le lendemain, soit mercredi. À tantôt "
     "peut-être au téléphone.", date(2025, 11, 12)),
    ("ok le pago el vie 21 xq el 14 ando de viaje en Monterrey", date(2025, 11, 21)),
])
def test_the_day_paid_on_is_told_from_days_for_being_away_and_days_said_again(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("This time next week you'll have it.", date(2025, 11, 11)),
    ("Same time next week, I'll have it for you.", date(2025, 11, 11)),
    ("De hoy en una semana lo tenés acreditado, palabra.", date(2025, 11, 11)),
    ("De hoy en ocho te lo pago, Manolo.", date(2025, 11, 11)),
    ("I will clear the balance before the month runs out.", date(2025, 11, 30)),
    ("Am Montag nach Totensonntag zahle ich.", date(2025, 11, 24)),
    ("Am Leopolditag zahl ich, da hab ich frei.", date(2025, 11, 15)),
    ("Ich bezahle am Samichlaustag, dann hab ich's sicher nicht vergessen.", date(2025, 12, 6)),
    ("Buenas. En esta empresa los pagos a proveedores se hacen el último viernes de cada mes, así "
     "que lo tendréis ese día.", date(2025, 11, 28)),
    ("Die Zahlung erfolgt in KW 47, am Mittwoch.", date(2025, 11, 19)),
])
def test_weeks_from_today_month_ends_and_regional_holidays_are_the_days_paid(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_tantot_of_farewell_is_no_day() -> None:
    assert find_dates("Merci, à tantôt.", sent=TUESDAY_4_NOV_2025) == []


def test_totensonntag_is_the_sunday_before_the_first_sunday_of_advent() -> None:
    assert [mention.value for mention in find_dates(
        "Totensonntag", sent=date(2023, 11, 1))] == [date(2023, 11, 26)]


@pytest.mark.parametrize(("words", "day"), [
    ("The cheque run is on the 20th but the MD only signs on Mondays, so it'll be the Monday "
     "after that.", date(2025, 11, 24)),
    ("Payday is the 25th, a Tuesday. The Monday after that I'll pay you.", date(2025, 12, 1)),
    ("The replacement boiler is being fitted on the 17th and the fitter wants paying on the day, "
     "so yours will have to be the Monday after, the 24th.", date(2025, 11, 24)),
    ("The 8th is my daughter's Confirmation and I'm paying for the do, so yours will go the "
     "Monday after.", date(2025, 11, 10)),
    ("Friday the 21st, not the 14th like I said on the phone. The 14th is my lad's court date.",
     date(2025, 11, 21)),
    ("Two weeks from Friday I'll have it for you.", date(2025, 11, 21)),
    ("Dear Sirs, I shall settle the account in full on the twenty-first of this month.",
     date(2025, 11, 21)),
    ("Respected Sir, payment will be made on twenty eighth November positively.",
     date(2025, 11, 28)),
    ("I can manage £50 a week from Friday if that helps.", date(2025, 11, 7)),
])
def test_a_day_counted_from_another_named_before_it_is_the_day_paid(words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


@pytest.mark.parametrize(("words", "day"), [
    ("Je vous envoie le virement Interac le lendemain de la Saint-Jean, promis.",
     date(2026, 6, 25)),
    ("Friday's no good, the money from the Dawson job isn't in till Monday night. You'll have it "
     "Tuesday.", date(2025, 11, 11)),
    ("Aye I'll get that sorted for the end of the month. Well, the Friday before it, seeing as the "
     "30th's a Sunday.", date(2025, 11, 28)),
    ("We get paid on the 14th and with that being a bank holiday here it'll go in the day before.",
     date(2025, 11, 13)),
    ("Kindly note the payment will be remitted on 16th November. Correction - 16th is falling on "
     "Sunday, hence please consider 17th November as the remittance date.", date(2025, 11, 17)),
    ("Our bookkeeper does payments on Tuesdays but next Tuesday she won't be in, so it'll be the "
     "Wednesday straight after.", date(2025, 11, 12)),
])
def test_a_day_moved_by_a_holiday_a_weekend_money_coming_in_or_someone_away_is_the_day_paid(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_melbourne_cup_day_is_the_first_tuesday_of_november() -> None:
    assert [mention.value for mention in find_dates(
        "Cup Day", sent=date(2026, 10, 29))] == [date(2026, 11, 3)]


@pytest.mark.parametrize(("words", "day"), [
    ("can i do 3 payments? 1st on the 10th then 10th dec and 10th jan", date(2025, 11, 10)),
    ("cn i pay in 4? 1st one the 28th", date(2025, 11, 28)),
    ("can we do it in 2 halves? one on the 15th one on 15th jan.", date(2025, 11, 15)),
    ("will pay u in 2 wks", date(2025, 11, 18)),
    ("can we do 25 quid every payday? that's the last fri of the month. starting this month",
     date(2025, 11, 28)),
])
def test_a_first_payment_counted_abbreviated_weeks_and_the_last_friday_typed_short_are_read(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_a_day_with_no_payment_run_gives_way_to_the_run_the_payment_is_set_for() -> None:
    words = ("Wegen des Jahresabschlusses läuft bei uns vor Weihnachten allerdings kein "
             "Zahlungslauf mehr – Ihre 8.900 € sind für den ersten Lauf im neuen Jahr am 8. Januar "
             "eingeplant.")
    assert read_above_the_reminder(words).promised_date == date(2026, 1, 8)


@pytest.mark.parametrize(("words", "day"), [
    ("Will pay the £415 tomorrow - actually it's the bank holiday, so Tuesday.",
     date(2025, 11, 11)),
    ("The socket was sparking after your lad left but Dean came back Tuesday and sorted it. Ill "
     "pay the full 640 on Monday when my wages go in.", date(2025, 11, 10)),
    ("Yep all good, we'll clear the full $2,480 the Monday after Waitangi Day (9 February) - "
     "office is shut Friday for the holiday.", date(2026, 2, 9)),
    ("Le 8 est férié, donc je ferai le virement la veille.", date(2025, 11, 7)),
    ("Je lance le virement le premier jour ouvré après le 15 novembre, c'est promis.",
     date(2025, 11, 17)),
])
def test_a_day_before_or_after_a_holiday_and_a_visit_gone_by_leave_the_day_paid(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_email_read_from_home_commits_to_no_day_and_a_sum_to_you_is_paying() -> None:
    words = ("We're closed today for Labor Day, I'm just catching up on email from home. So $860 "
             "to you on Friday by ACH.")
    assert read_above_the_reminder(words).promised_date == date(2025, 11, 7)


@pytest.mark.parametrize(("words", "day"), [
    ("Je réceptionne jeudi le reste de la commande, je veux d'abord voir que tout est arrivé, et "
     "je vous règle les 1 280 € jeudi en huit.", date(2025, 11, 13)),
    ("Freitag ist hier Feiertag und nächste Woche ist Frau Kühn, die bei uns die Überweisungen "
     "freigibt, im Urlaub. Die Zahlung geht übernächsten Montag raus.", date(2025, 11, 17)),
    ("Lo tenía apuntado para este jueves pero el jueves es la Diada, así que os hago la "
     "transferencia el viernes 7.", date(2025, 11, 7)),
    ("Ce mois-ci le 30 tombe un dimanche, donc elle fera le lot le vendredi d'avant, le 28.",
     date(2025, 11, 28)),
    ("Nos vamos de vacaciones el 1 de diciembre y no volvemos hasta el 18, así que antes de irnos "
     "lo dejo pagado: el miércoles 26 como muy tarde.", date(2025, 11, 26)),
    ("El cliente me liquida este jueves 6 sin falta, y en cuanto me caiga le deposito los 12,800, "
     "a mas tardar el viernes 7.", date(2025, 11, 7)),
    ("Je vous fais le virement le 5 décembre... ah non, attendez, je suis sur le chantier de Lyon "
     "du 3 au 7. Je le programme pour le lundi 8.", date(2025, 12, 8)),
    ("Hoy es día feriado y no hay servicio en el banco, pero mañana miércoles a primera hora "
     "hacemos el depósito.", date(2025, 11, 5)),
    ("El lunes 17 es día feriado pero igual le hago la transferencia desde el celular.",
     date(2025, 11, 17)),
    ("Te iba a transferir hoy pero mi socio está en Mendoza hasta el domingo. El lunes 10 es "
     "feriado, así que te lo transfiero el martes 11.", date(2025, 11, 11)),
    ("Diesen Donnerstag ist Auffahrt und wir machen am Freitag Brücke, darum habe ich die Zahlung "
     "auf Montag, 10. November terminiert.", date(2025, 11, 10)),
    ("We're paying everything outstanding at the end of the month - since the 30th is a Sunday "
     "that means Friday the 28th.", date(2025, 11, 28)),
    ("Once the draw clears we'll pay both invoices together - I'm putting it down for Monday the "
     "24th.", date(2025, 11, 24)),
])
def test_a_day_taken_by_a_holiday_a_trip_a_delivery_or_a_span_away_gives_way_to_the_day_paid(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day


def test_the_monday_after_the_swiss_federal_fast_is_the_lundi_du_jeune() -> None:
    assert [mention.value for mention in find_dates(
        "le Lundi du Jeûne", sent=date(2026, 9, 1))] == [date(2026, 9, 21)]


@pytest.mark.parametrize(("words", "day"), [
    ("Bezahlen werden wir die offene Rechnung zum Monatsende. Genau genommen am 28., weil der 30. "
     "ein Sonntag ist.", date(2025, 11, 28)),
    ("Ich überweise am Mittwoch, ach Quatsch, Mittwoch ist ja Buß- und Bettag, da ist hier alles "
     "zu. Also Donnerstag.", date(2025, 11, 6)),
    ("Ma paye rentre aux deux semaines, la prochaine c'est jeudi, pis je vous envoie les 275 $ "
     "vendredi par Interac, sans faute.", date(2025, 11, 7)),
    ("Samstag ist Feiertag, da geht eh nichts. Ich will das vorher vom Tisch haben, die 2.312,50 € "
     "überweise ich also spätestens am Freitag.", date(2025, 11, 7)),
])
def test_a_day_said_more_exactly_taken_back_or_paid_after_pay_comes_in_is_the_day_paid(
        words: str, day: date) -> None:
    assert read_above_the_reminder(words).promised_date == day
