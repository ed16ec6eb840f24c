"""What a debtor's reply means, by DESIGN.md's intents and priority rule."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.replies import automatic, phrases
from bot.domain.replies.automatic import is_auto_reply
from bot.domain.replies.classifier import ReplyFacts, human_intent, understand
from bot.domain.replies.intents import PRIORITY, ReplyIntent
from bot.mail.parse_reply import parse_reply
from tests.replies.messages import QUOTED_REMINDER, read_above_the_reminder, reply


def test_the_priority_order_is_the_one_in_design_md() -> None:
    assert [str(intent) for intent in PRIORITY] == [
        "bounce", "auto_reply", "cease", "wrong_person", "dispute", "paid", "payment_plan",
        "promise_to_pay", "question", "acknowledged", "unclear",
    ]


def test_a_please_ignore_if_you_have_paid_line_in_the_quoted_reminder_never_makes_a_reply_paid(
) -> None:
    parsed = parse_reply(reply(f"Thanks, I'll look into it.\n\n{QUOTED_REMINDER}"))
    assert parsed.intent is ReplyIntent.ACKNOWLEDGED


def test_dispute_and_stop_words_in_the_quoted_reminder_never_count() -> None:
    parsed = parse_reply(reply(f"Sent from my iPhone\n\n{QUOTED_REMINDER}"))
    assert parsed.intent is ReplyIntent.UNCLEAR


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Please stop emailing me about this.", ReplyIntent.CEASE),
        ("Do not contact me again. Speak to my lawyer.", ReplyIntent.CEASE),
        ("We have filed for bankruptcy.", ReplyIntent.CEASE),
        ("Bitte kontaktieren Sie mich nicht mehr.", ReplyIntent.CEASE),
        ("Dejen de escribirme, por favor.", ReplyIntent.CEASE),
        ("Arrêtez de m'envoyer ces messages.", ReplyIntent.CEASE),
        ("You have the wrong email address, I don't know this company.", ReplyIntent.WRONG_PERSON),
        ("John no longer works here.", ReplyIntent.WRONG_PERSON),
        ("I never received the goods, so I won't pay this.", ReplyIntent.DISPUTE),
        ("This invoice is wrong, you charged us twice.", ReplyIntent.DISPUTE),
        ("Wir bestreiten die Rechnung, die Ware war defekt.", ReplyIntent.DISPUTE),
        ("We paid this last week by bank transfer.", ReplyIntent.PAID),
        ("Payment was sent on Monday.", ReplyIntent.PAID),
        ("Ya hemos pagado la factura.", ReplyIntent.PAID),
        ("J'ai réglé la facture hier.", ReplyIntent.PAID),
        ("Could we pay in three monthly instalments?", ReplyIntent.PAYMENT_PLAN),
        ("I need a bit more time, money is tight.", ReplyIntent.PAYMENT_PLAN),
        ("I will pay on Friday.", ReplyIntent.PROMISE_TO_PAY),
        ("Payment will go out next week.", ReplyIntent.PROMISE_TO_PAY),
        ("Wir werden den Betrag am 15.09. überweisen.", ReplyIntent.PROMISE_TO_PAY),
        ("Can you send me a copy of the invoice?", ReplyIntent.QUESTION),
        ("How do I pay by card?", ReplyIntent.QUESTION),
        ("Noted, thanks.", ReplyIntent.ACKNOWLEDGED),
        ("I've forwarded this to our accounts team.", ReplyIntent.ACKNOWLEDGED),
        ("Are you coming to the barbecue on Saturday?", ReplyIntent.UNCLEAR),
        ("", ReplyIntent.UNCLEAR),
    ],
)
def test_a_debtors_words_have_one_intent(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


def test_saying_they_have_not_paid_yet_is_not_paid() -> None:
    assert human_intent("We haven't paid it yet, sorry.") is not ReplyIntent.PAID


def test_a_promise_to_be_paid_is_not_paid() -> None:
    assert human_intent("It will be paid on Friday.") is ReplyIntent.PROMISE_TO_PAY


def test_asking_not_to_be_contacted_wins_over_saying_it_was_paid() -> None:
    assert human_intent("I paid this already! Stop emailing me.") is ReplyIntent.CEASE


def test_a_dispute_wins_over_a_promise_for_the_undisputed_part() -> None:
    words = "The $60 late fee isn't right. I'll pay the $1,250 on Friday, please remove the fee."
    assert human_intent(words) is ReplyIntent.DISPUTE


def test_a_confidentiality_disclaimer_about_attorneys_is_not_a_cease() -> None:
    words = (
        "Our check went out last Thursday.\n\nCONFIDENTIALITY NOTICE: this message may contain "
        "privileged attorney-client information intended for the recipient only."
    )
    assert human_intent(words) is ReplyIntent.PAID


def test_an_auto_submitted_header_makes_an_auto_reply() -> None:
    raw = reply("I am away until Monday 17 November.", headers="Auto-Submitted: auto-replied\n")
    parsed = parse_reply(raw)
    assert parsed.intent is ReplyIntent.AUTO_REPLY
    assert parsed.return_date is not None and parsed.return_date.isoformat() == "2025-11-17"


def test_only_the_headers_an_auto_reply_is_told_by_are_read_and_each_still_tells_it() -> None:
    said = {"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-vacation": "1",
            "x-auto-response-suppress": "OOF", "precedence": "bulk"}
    unsaid = {"auto-submitted": "no", "x-autoreply": " NO ", "x-vacation": "",
              "x-auto-response-suppress": "None", "precedence": "list"}
    words = "I will pay on Friday."
    for name, value in said.items():
        assert is_auto_reply({name: value, "subject": "Re: invoice"}, "", words), name
        assert not is_auto_reply({name: unsaid[name], "from": "a@b.example"}, "", words), name
    assert not is_auto_reply({}, "", words)
    assert not is_auto_reply({"X-Autoreply": "yes"}, "", words)  # names are read lower-cased


class _ReadNames(dict[str, str]):
    """Headers that remember the names asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.asked.add(key)
        return super().get(key, default)


def test_the_headers_an_auto_reply_is_told_by_are_all_in_the_list_looked_for_first() -> None:
    headers = _ReadNames()
    assert not automatic._says_so_in_headers(headers)
    assert headers.asked and headers.asked <= automatic._HEADERS_READ


def test_a_challenge_the_caller_already_recognised_is_not_looked_for_again() -> None:
    challenge = "Please confirm that you are a human: this account is protected by Boxbe."
    words = "I will pay on Friday."
    assert understand(ReplyFacts(words, context=challenge)).intent is ReplyIntent.AUTO_REPLY
    assert understand(ReplyFacts(words, context=challenge, is_challenge=True)).intent is (
        ReplyIntent.AUTO_REPLY)
    assert understand(ReplyFacts(words, context=words, is_challenge=False)).intent is (
        ReplyIntent.PROMISE_TO_PAY)


def test_an_out_of_office_without_headers_is_recognised_by_its_subject_and_words() -> None:
    raw = reply(
        "Ich bin bis 22.08.2025 nicht im Büro. Ab dem 25.08.2025 bin ich wieder erreichbar.",
        subject="Automatische Antwort: Zahlungserinnerung",
        date="Wed, 13 Aug 2025 08:00:01 +0200",
    )
    parsed = parse_reply(raw)
    assert parsed.intent is ReplyIntent.AUTO_REPLY
    assert parsed.return_date is not None and parsed.return_date.isoformat() == "2025-08-25"


def test_invoice_numbers_come_from_the_subject_and_the_new_text_only() -> None:
    parsed = parse_reply(reply(f"INV-1043 was paid too.\n\n{QUOTED_REMINDER}",
                               subject="Re: invoice INV-1042"))
    assert parsed.invoices == ("INV-1042", "INV-1043")


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("I do not wish to receive any further emails from you.", ReplyIntent.CEASE),
        ("All future correspondence should be directed to our solicitor.", ReplyIntent.CEASE),
        ("Mark retired last month, please write to accounts@x.example instead.",
         ReplyIntent.WRONG_PERSON),
        ("We already paid this invoice, you are charging us twice.", ReplyIntent.DISPUTE),
        ("The price doesn't match the quote you gave us.", ReplyIntent.DISPUTE),
        ("Paid in full yesterday, thanks.", ReplyIntent.PAID),
        ("I lost my job and need some time to pay this.", ReplyIntent.PAYMENT_PLAN),
        ("Should be paid by Friday.", ReplyIntent.PROMISE_TO_PAY),
        ("Bien reçu, merci.", ReplyIntent.ACKNOWLEDGED),
        ("I left the company in May. Also I believe this was paid.", ReplyIntent.WRONG_PERSON),
        ("I returned the goods last month, please issue a credit.", ReplyIntent.DISPUTE),
        ("This has been taken care of, thanks.", ReplyIntent.PAID),
        ("Can you give me until the end of the month?", ReplyIntent.PAYMENT_PLAN),
        ("Die Zahlung erfolgt am Montag.", ReplyIntent.PROMISE_TO_PAY),
        ("La transferencia se hará el día 15.", ReplyIntent.PROMISE_TO_PAY),
        ("Nous avons procédé au paiement hier.", ReplyIntent.PAID),
        ("We never received a copy of this invoice. Could you resend it?", ReplyIntent.QUESTION),
        ("Got your email, will sort it.", ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_phrasings_beyond_the_samples_are_understood(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    "words",
    [
        "There's no dispute, we just forgot. We will pay today.",
        "Our lawyer reviewed the contract and we're happy; payment will go out Friday.",
        "I'm the office administrator here; payment will go out Friday.",
    ],
)
def test_words_that_only_look_like_a_dispute_or_a_cease_do_not_count(words: str) -> None:
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


def test_a_person_mentioning_a_colleague_on_holiday_is_not_an_auto_reply() -> None:
    parsed = parse_reply(reply("Our accountant is on holiday, she'll pay it when she's back "
                               "next week."))
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date is not None and parsed.promised_date.isoformat() == "2025-11-14"


def test_a_question_topic_is_found_as_the_whole_topic_pattern_finds_it() -> None:
    texts = ["Can you resend the invoice?", "what is this for?", "What was the 3 pallets for?",
             "who is this?", "Need a W9?", "w-9 please?", "Where do I send it?", "¿Y la factura?",
             "Überweisung?", "PAYMENTS?", "ok?", "Can you re-send?", "How are you?", ""]
    for text in texts:
        whole = phrases._QUESTION_TOPIC.search(text) is not None
        sentence = phrases._Sentence(text, phrases._EVERY_ID, conditional=False)
        parts = [phrases._PATTERNS[index] for index in phrases._TOPIC_IDS]
        assert any(part.search(text) for part in parts) == whole, text
        if "?" in text:
            assert sentence.says(ReplyIntent.QUESTION) == whole, text


def test_an_intent_no_phrase_says_is_not_said() -> None:
    words = "I paid it yesterday, who are you?"
    for intent in ReplyIntent:
        if intent not in phrases.PHRASES:
            assert phrases.says(intent, words) is False, intent


@pytest.mark.parametrize(
    "words",
    [
        "The invoice is for 12 units but we only got 10.",
        "We were quoted a different price.",
        "Your quote said £400, not £520.",
        "I never signed up for this.",
        "This invoice has already been paid and you are charging us again.",
        "I'm withholding payment until the leak is repaired.",
        "We do not recognise this invoice.",
        "I have no record of this order.",
        "Why am I being charged a late fee? I paid on time.",
        "This was already credited on your statement last month.",
        "No reconocemos esta factura.",
        "El importe no coincide con el presupuesto.",
        "La mercancía llegó rota.",
        "No hemos recibido el pedido.",
        "Cette facture ne correspond pas à notre commande.",
        "La prestation n'a pas été réalisée.",
        "Der Betrag stimmt nicht mit dem Angebot überein.",
        "Wir erkennen diese Forderung nicht an.",
        "Die Rechnung ist falsch, wir haben nur 5 Stück bestellt.",
    ],
)
def test_a_debtor_who_contests_what_is_billed_is_disputing_in_any_of_the_four_languages(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    "words",
    [
        "This is harassment. I'm reporting you.",
        "I have asked you before not to email me.",
        "Leave me alone.",
        "I do not consent to being contacted by email.",
        "Any further emails will be reported as spam.",
        "Our lawyer will be in touch.",
        "Please refer this matter to our legal department.",
        "Laissez-moi tranquille.",
        "Je ne souhaite plus recevoir vos mails.",
        "Veuillez cesser toute communication.",
        "Déjenme en paz.",
        "No quiero recibir más correos.",
        "Lassen Sie mich in Ruhe.",
        "Bitte stellen Sie die Zusendung ein.",
    ],
)
def test_a_debtor_who_asks_to_be_left_alone_is_a_cease_in_any_of_the_four_languages(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("The money left our account yesterday.", ReplyIntent.PAID),
        ("Le virement est parti hier.", ReplyIntent.PAID),
        ("Die Überweisung ist heute rausgegangen.", ReplyIntent.PAID),
        ("La transferencia está hecha.", ReplyIntent.PAID),
        ("We're not disputing the invoice, we just need a copy.", ReplyIntent.QUESTION),
        ("This isn't my company.", ReplyIntent.WRONG_PERSON),
        ("¿Podría pagar en dos veces?", ReplyIntent.PAYMENT_PLAN),
        ("I only got paid today, so I'll transfer the money on Friday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("We only received part of our funding, can we pay half now?",
         ReplyIntent.PAYMENT_PLAN),
        ("Sorry for the delay, our lawyer reviewed the contract and we're happy to pay on "
         "Friday.", ReplyIntent.PROMISE_TO_PAY),
        ("It's not fair on you to wait this long, sorry. We'll pay on the 15th.",
         ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_money_leaving_an_account_is_paid_and_lookalikes_keep_their_own_intent(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Bezahlt.", ReplyIntent.PAID),
        ("Pagado.", ReplyIntent.PAID),
        ("Payé.", ReplyIntent.PAID),
        ("Done - paid online just now.", ReplyIntent.PAID),
        ("Überweisung erfolgte am 3.11.", ReplyIntent.PAID),
        ("Ich bin nicht zuständig.", ReplyIntent.WRONG_PERSON),
        ("Sorry, you have the wrong Sarah.", ReplyIntent.WRONG_PERSON),
        ("This is a personal email, I'm not the business owner.", ReplyIntent.WRONG_PERSON),
        ("Können wir die Summe in drei Raten zahlen?", ReplyIntent.PAYMENT_PLAN),
        ("Money's tight at the moment, could I have until the end of January?",
         ReplyIntent.PAYMENT_PLAN),
        ("Can I get an itemised breakdown?", ReplyIntent.QUESTION),
    ],
)
def test_terse_and_colloquial_replies_in_the_four_languages_are_understood(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "promised"),
    [
        ("Bonjour, désolé pour le retard, je fais le virement vendredi.", "2025-11-07"),
        ("hey dana i know i know. ill get this paid on friday, sorry!!", "2025-11-07"),
        ("No worries, my bad. I'll sort it first thing Monday.", "2025-11-10"),
        ("Le confirmo que la factura se abonará a finales de mes.", "2025-11-30"),
        ("Wir sichern Ihnen den Ausgleich der Rechnung bis zum 15.12. zu.", "2025-12-15"),
        ("Servus, ich überweis Ihnen das nächste Woche Mittwoch.", "2025-11-12"),
    ],
)
def test_a_reply_that_names_a_day_it_will_pay_on_is_a_promise_however_it_is_worded(
        words: str, promised: str) -> None:
    parsed = parse_reply(reply(words))
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date is not None and parsed.promised_date.isoformat() == promised


def test_a_day_named_without_any_word_of_paying_does_not_make_a_promise() -> None:
    parsed = parse_reply(reply("Thanks, I'll look into it and get back to you on Friday."))
    assert parsed.intent is ReplyIntent.ACKNOWLEDGED
    assert parsed.promised_date is None


@pytest.mark.parametrize(
    "words",
    [
        "This is not a complaint - could you send me a statement? I think a credit note from "
        "June is missing, but I may be wrong.",
        "Pourriez-vous m'envoyer un RIB à jour ? Ce n'est pas une contestation.",
        "Können Sie mir die Rechnung nochmals als PDF schicken? Keine Beanstandung.",
        "¿Me podéis mandar un duplicado de la factura? No es que no la queramos pagar.",
    ],
)
def test_a_debtor_who_says_it_is_not_a_dispute_is_taken_at_their_word(words: str) -> None:
    assert human_intent(words) is ReplyIntent.QUESTION


def test_paying_until_it_is_cleared_is_a_plan_not_a_payment() -> None:
    words = ("Could we pay it off at £250 a month? I can do the first payment on 5 March and "
             "then the 5th of every month until it's cleared.")
    assert human_intent(words) is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("We have paid £600 today for the doors we kept. The other two were returned because "
         "they were warped, so the balance you're showing is wrong.", ReplyIntent.DISPUTE),
        ("Nos habéis cargado 85 € de portes que no acordamos.", ReplyIntent.DISPUTE),
        ("Cette facture fait doublon avec la précédente, merci de nous envoyer un avoir.",
         ReplyIntent.DISPUTE),
        ("Den Montageanteil bezahlen wir nicht, bitte senden Sie eine korrigierte Rechnung.",
         ReplyIntent.DISPUTE),
        ("La empresa ha sido declarada en concurso voluntario de acreedores.", ReplyIntent.CEASE),
        ("You have the wrong Tom. Please check your records and take my email off this "
         "account.", ReplyIntent.WRONG_PERSON),
        ("Je ne fais plus partie de la société depuis fin août.", ReplyIntent.WRONG_PERSON),
        ("Yo no tengo ninguna relación con esa empresa ni con sus deudas.",
         ReplyIntent.WRONG_PERSON),
        ("Paiement effectué ce jour par virement SEPA.", ReplyIntent.PAID),
        ("Sent the 750 quid through this arvo mate.", ReplyIntent.PAID),
        ("Die Zahlung ist am 02.03. rausgegangen.", ReplyIntent.PAID),
        ("Wäre es möglich, die Rechnung in zwei Tranchen zu bezahlen?", ReplyIntent.PAYMENT_PLAN),
        ("Could we pay this off in bits over the next few months?", ReplyIntent.PAYMENT_PLAN),
        ("Danke für die Info, wir prüfen das und melden uns.", ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_more_ways_of_saying_each_intent(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Just so you know, the company went into administration last month. Please deal with "
         "the administrators from now on.", ReplyIntent.CEASE),
        ("stop stop STOP", ReplyIntent.CEASE),
        ("Contact me only by post from now on, I won't be reading emails from you.",
         ReplyIntent.CEASE),
        ("Our legal team is now handling this matter; kindly refrain from contacting our staff.",
         ReplyIntent.CEASE),
        ("Hi, Sarah left the company in June. Try accounts@example.com instead.",
         ReplyIntent.WRONG_PERSON),
        ("I sold the business in 2023 and the new owners are responsible for its bills.",
         ReplyIntent.WRONG_PERSON),
        ("Wrong Jack Murphy I'm afraid - I'm a teacher, not a builder!", ReplyIntent.WRONG_PERSON),
        ("The hours on this timesheet are inflated. We signed off on 12, not 20.",
         ReplyIntent.DISPUTE),
        ("There shouldn't be VAT on this, we're based outside the UK.", ReplyIntent.DISPUTE),
        ("We don't believe this is owed, your manager extended our trial.", ReplyIntent.DISPUTE),
        ("I'm not disputing the whole thing, just the extra hour nobody agreed to.",
         ReplyIntent.DISPUTE),
        ("The amount has been credited to your account on 31st Oct.", ReplyIntent.PAID),
        ("I paid it from my solicitor's client account on Monday.", ReplyIntent.PAID),
        ("Payment's gone through mate, should hit your account today.", ReplyIntent.PAID),
        ("Cheque's in the post!", ReplyIntent.PAID),
        ("I've been made redundant, so could we set up a monthly plan starting January 5th?",
         ReplyIntent.PAYMENT_PLAN),
        ("Can I pay half on Friday and the remainder at the end of the month?",
         ReplyIntent.PAYMENT_PLAN),
        ("You'll have the money in a fortnight, promise.", ReplyIntent.PROMISE_TO_PAY),
        ("Invoice approved. It's in our December 5 check run.", ReplyIntent.PROMISE_TO_PAY),
        ("Will revert shortly.", ReplyIntent.ACKNOWLEDGED),
        ("Cheers for the heads up.", ReplyIntent.ACKNOWLEDGED),
        ("Sorry, is this for the March job or the April one?", ReplyIntent.QUESTION),
        ("She has left you a voicemail about it.", ReplyIntent.UNCLEAR),
        ("I'll pay the balance by Friday.", ReplyIntent.PROMISE_TO_PAY),
        ("We'll pay in a week.", ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_how_english_speaking_debtors_write_beyond_the_samples(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("I make the transfer yesterday evening, please check.", ReplyIntent.PAID),
        ("Hi, I did the payment by PIX on friday, you didnt receive?", ReplyIntent.PAID),
        ("put it through on the card over the phone yesterday", ReplyIntent.PAID),
        ("Payment processed. Ref 00982716.", ReplyIntent.PAID),
        ("I have sent you a WhatsApp.", ReplyIntent.UNCLEAR),
        ("Remittance will follow on December 5th.", ReplyIntent.PROMISE_TO_PAY),
        ("Nov 20 latest.", ReplyIntent.PROMISE_TO_PAY),
        ("next tuesday ok?", ReplyIntent.PROMISE_TO_PAY),
        ("Within 48 hours.", ReplyIntent.PROMISE_TO_PAY),
        ("Call me on Monday.", ReplyIntent.UNCLEAR),
        ("I'll have a look at it tonight.", ReplyIntent.ACKNOWLEDGED),
        ("Can pay $200 today and $200 on Dec 1.", ReplyIntent.PAYMENT_PLAN),
        ("Hi po, can I pay in 2 gives? First one on Nov 30.", ReplyIntent.PAYMENT_PLAN),
        ("Money's tight until the 1st, so I'll do it on the 2nd of December.",
         ReplyIntent.PROMISE_TO_PAY),
        ("your guy broke my gate while he was here. ill pay when the gate is fixed",
         ReplyIntent.DISPUTE),
        ("Oh sure, I'll happily pay for a boiler that still doesn't work.", ReplyIntent.DISPUTE),
        ("The payment link in your email doesn't work. How else can I pay?",
         ReplyIntent.QUESTION),
        ("Why would I pay for a website that has been offline for three weeks?",
         ReplyIntent.DISPUTE),
        ("Under the FDCPA I am formally notifying you to cease communication with me.",
         ReplyIntent.CEASE),
        ("My attorney is Rachel Kim. Direct all inquiries to her office.", ReplyIntent.CEASE),
        ("My lawyer is releasing the settlement money on the 20th and I'll pay you from that.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Sorry, this is the front desk at a dental practice. We're not Ridgeway Dental Lab.",
         ReplyIntent.WRONG_PERSON),
        ("I only bought the house in June; the previous owner had the account with you.",
         ReplyIntent.WRONG_PERSON),
        ("Yes I know, I haven't forgotten about it.", ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_non_native_terse_and_sarcastic_english_is_understood(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


def test_a_promise_of_two_sums_on_two_days_is_a_plan_from_the_first_day() -> None:
    parsed = parse_reply(reply("Can pay $200 on Friday and $200 on Dec 1."))
    assert parsed.intent is ReplyIntent.PAYMENT_PLAN
    assert parsed.promised_date is not None and parsed.promised_date.isoformat() == "2025-11-07"


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("¿El precio incluye IVA?", ReplyIntent.QUESTION),
        ("I'm in an IVA, can we talk about a plan?", ReplyIntent.CEASE),
        ("Mi abogado revisó el contrato, pago el jueves.", ReplyIntent.PROMISE_TO_PAY),
        ("Hablen con mi abogado.", ReplyIntent.CEASE),
        ("Hice un abono de 500 pesos ayer.", ReplyIntent.PAID),
        ("Nos cobraron por error el envío.", ReplyIntent.DISPUTE),
        ("Este correo me llegó por error.", ReplyIntent.WRONG_PERSON),
        ("No me llamo Sofía Herrero.", ReplyIntent.WRONG_PERSON),
        ("Pague usted con tarjeta, por favor.", ReplyIntent.UNCLEAR),
        ("Estamos casi en quiebra, ¿podemos pagar en cuotas?", ReplyIntent.PAYMENT_PLAN),
        ("Mon avocat m'a confirmé que la facture est bien due, je vous paie donc mardi "
         "prochain.", ReplyIntent.PROMISE_TO_PAY),
        ("Je n'ai jamais reçu la facture, pouvez-vous me la renvoyer ?", ReplyIntent.QUESTION),
        ("Je ne paierai pas avant le 15.", ReplyIntent.PROMISE_TO_PAY),
        ("Le virement n'a pas été effectué, je le refais demain.", ReplyIntent.PROMISE_TO_PAY),
        ("Notre client a fait faillite, nous avons besoin de plus de temps.",
         ReplyIntent.PAYMENT_PLAN),
        ("Je ne travaille plus avec ce fournisseur, mais je paierai vendredi.",
         ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_a_word_that_only_sometimes_means_an_intent_counts_only_when_it_does(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("This is wrong. We agreed £85 an hour, you've charged £110.", ReplyIntent.DISPUTE),
        ("Good afternoon. The order confirmation states free delivery over £500. Kindly amend.",
         ReplyIntent.DISPUTE),
        ("hi you sent us the blue ones, we ordered grey. invoice is on hold until the right ones "
         "arrive", ReplyIntent.DISPUTE),
        ("We sent those back on 2 October, so I'm confused why we're still being chased.",
         ReplyIntent.DISPUTE),
        ("Under clause 7 fees are payable only after sign-off. So nothing is due yet.",
         ReplyIntent.DISPUTE),
        ("Invoice 5512 and 5519 are the same job. You've billed it twice.", ReplyIntent.DISPUTE),
        ("Warranty. Look it up. The part failed within 6 months.", ReplyIntent.DISPUTE),
        ("Services not rendered. Do not expect payment.", ReplyIntent.DISPUTE),
        ("The sofa has a tear in the fabric. I'd like a replacement before I pay the balance.",
         ReplyIntent.DISPUTE),
        ("Your fitter cracked two tiles and left, the invoice needs adjusting.",
         ReplyIntent.DISPUTE),
        ("Lo pagamos ayer, 1.234,50 €, con referencia 2026/0341.", ReplyIntent.PAID),
        ("Please deal with my representative at Citizens Advice from now on.", ReplyIntent.CEASE),
        ("I'm exercising my right to object to further processing of my data.",
         ReplyIntent.CEASE),
        ("I have asked you before: no emails, no calls. Letters only.", ReplyIntent.CEASE),
        ("We've appointed Hargreaves Law to act for us. Any further correspondence to them.",
         ReplyIntent.CEASE),
        ("One of our clients went into administration, but we'll clear this on Nov 20.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Our main client is in administration, so we need a bit more time.",
         ReplyIntent.PAYMENT_PLAN),
        ("Thanks. I've flagged it with our legal department who approve all spend.",
         ReplyIntent.ACKNOWLEDGED),
        ("Quick complaint about your portal: it won't accept Amex. What are your bank details?",
         ReplyIntent.QUESTION),
        ("The refund you owed us has arrived, thanks. I've paid this invoice in full as well.",
         ReplyIntent.PAID),
        ("My earlier email had the wrong figure, sorry. We actually transferred $1,450.",
         ReplyIntent.PAID),
        ("Right, I'll speak to my accountant about it.", ReplyIntent.ACKNOWLEDGED),
        ("What a week. Our lawyer, our accountant, now you. Ha.", ReplyIntent.UNCLEAR),
    ],
)
def test_contested_bills_and_stop_requests_said_any_way_and_their_lookalikes(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("You billed a full day of crane hire. It turned up at 1pm. We'll pay for the half day "
         "we actually had.", ReplyIntent.DISPUTE),
        ("Your terms say the fee is rebated if the candidate leaves within 12 weeks. She left "
         "after 5. By your own terms we owe nothing.", ReplyIntent.DISPUTE),
        ("Every bore is oversize and the parts are unusable. We're rejecting the batch and this "
         "invoice with it.", ReplyIntent.DISPUTE),
        ("The DJ packed up at 11pm when the contract says midnight. A discount is the very least "
         "we expect.", ReplyIntent.DISPUTE),
        ("Invoice 1187 still includes the support add-on we cancelled in July. You've kept "
         "charging it every month since.", ReplyIntent.DISPUTE),
        ("There's a 15% fuel surcharge on the invoice that appears nowhere in the rate card we "
         "agreed.", ReplyIntent.DISPUTE),
        ("The EPC certificate has the wrong number of bedrooms. I'm not paying for that.",
         ReplyIntent.DISPUTE),
        ("We were promised a 2-year warranty on the install. The pump failed after 11 months.",
         ReplyIntent.DISPUTE),
        ("Despite the warranty hassle with the manufacturer I've settled your invoice in full.",
         ReplyIntent.PAID),
        ("I cancelled the direct debit by mistake when I switched banks. I've just paid by card "
         "instead.", ReplyIntent.PAID),
        ("Which invoice is this for? We've had several and I don't want to pay the wrong one.",
         ReplyIntent.QUESTION),
        ("We did log a complaint, but about a different order - nothing to do with this "
         "invoice. This one will be paid Nov 21.", ReplyIntent.PROMISE_TO_PAY),
        ("Our old landlord going insolvent made a mess of our post. Thanks, I'll check it.",
         ReplyIntent.ACKNOWLEDGED),
        ("Our solicitor is handling the sale of the business. Could you send a statement of "
         "account?", ReplyIntent.QUESTION),
        ("Happy Tuesday! Did you catch the match last night?", ReplyIntent.UNCLEAR),
        ("a week on friday without fail, sorry for the wait", ReplyIntent.PROMISE_TO_PAY),
        ("My attorney has advised me not to communicate with you further.", ReplyIntent.CEASE),
        ("We filed a voluntary petition under Chapter 11 on October 30.", ReplyIntent.CEASE),
        ("Enough with the emails. Write to me if you must.", ReplyIntent.CEASE),
    ],
)
def test_a_bill_contested_by_its_facts_alone_is_a_dispute_and_lookalikes_keep_their_intent(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("You've charged me a £35 missed appointment fee but your engineer cancelled, not me.",
         ReplyIntent.DISPUTE),
        ("How exactly is a rush fee justified when the translation was three days late?",
         ReplyIntent.DISPUTE),
        ("The storage unit was emptied on 1 October. Why is there a November rent invoice?",
         ReplyIntent.DISPUTE),
        ("Your invoice adds a £25 small-order fee, but the order came to £540.",
         ReplyIntent.DISPUTE),
        ("With respect, this invoice is inaccurate: you have charged £12.40/kg.",
         ReplyIntent.DISPUTE),
        ("We only ever asked for a quote. Nobody gave the go-ahead and there's no signed order.",
         ReplyIntent.DISPUTE),
        ("I'll have payment to you by COB Thursday. We got one of those fake 'bank details have "
         "changed' emails last month.", ReplyIntent.PROMISE_TO_PAY),
        ("A wrong figure on our PO held it up in approvals. It's corrected now and scheduled "
         "for next Tuesday.", ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_a_bill_questioned_against_what_happened_is_a_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Our company entered voluntary administration. The administrators have asked that "
         "creditors not contact the directors directly.", ReplyIntent.CEASE),
        ("pls stop msging me. thx", ReplyIntent.CEASE),
        ("I'm not asking you to stop emailing, I just need to know - what's the amount?",
         ReplyIntent.QUESTION),
        ("I need to talk to my lawyer about the new lease before I commit to anything.",
         ReplyIntent.UNCLEAR),
        ("Hi, this doesn't look right - we agreed a 10% discount and that's not on here.",
         ReplyIntent.DISPUTE),
        ("No way. The tutor missed four of the ten sessions.", ReplyIntent.DISPUTE),
        ("Sorted - EFT done this arvo.", ReplyIntent.PAID),
        ("Our parent company in the UK paid this; it'll show under their name.", ReplyIntent.PAID),
        ("I'll pay it on the 3rd, that's when my student loan instalment lands.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Ill pay on wednsday sorry for the delay", ReplyIntent.PROMISE_TO_PAY),
        ("i will pay tomoro promise", ReplyIntent.PROMISE_TO_PAY),
        ("Given the current economy we'd like to request extended terms on this.",
         ReplyIntent.PAYMENT_PLAN),
        ("I was their bookkeeper but I stopped working for them in June.",
         ReplyIntent.WRONG_PERSON),
        ("I moved out of that flat in May. This bill is for the current occupant, not me.",
         ReplyIntent.WRONG_PERSON),
        ("Thanks, I'm aware of it.", ReplyIntent.ACKNOWLEDGED),
        ("Hi Tom, are we still on for golf on Saturday?", ReplyIntent.UNCLEAR),
    ],
)
def test_how_debtors_across_the_english_speaking_world_write(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    "words", ["No lo pago todavía.", "Der Zahlungslink funktioniert immer noch nicht."])
def test_not_yet_paid_or_a_broken_payment_link_is_not_a_dispute(words: str) -> None:
    assert parse_reply(reply(words)).intent is not ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("I'm not that Sarah Jones, I'm afraid. Wrong one.", ReplyIntent.WRONG_PERSON),
        ("You've confused us with another firm of the same name.", ReplyIntent.WRONG_PERSON),
        ("There's nobody by that name here, this is a dental surgery.", ReplyIntent.WRONG_PERSON),
        ("We don't own a garage and never have.", ReplyIntent.WRONG_PERSON),
        ("I've never lived at that address.", ReplyIntent.WRONG_PERSON),
        ("This is my dad's old address; he doesn't use this email any more.",
         ReplyIntent.WRONG_PERSON),
        ("They let me go in the summer, I can't help with their accounts.",
         ReplyIntent.WRONG_PERSON),
        ("I'm no longer affiliated with Harbour Foods Ltd.", ReplyIntent.WRONG_PERSON),
        ("That account belongs to our Cork franchise, which is a separate company.",
         ReplyIntent.WRONG_PERSON),
        ("I'm not that fussed about the reminders, it'll be paid Friday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Let me go through it with the accountant and I'll come back to you.",
         ReplyIntent.UNCLEAR),
        ("Your emails go straight into our spam folder from now on.", ReplyIntent.CEASE),
        ("I've blocked your domain.", ReplyIntent.CEASE),
        ("Please stop these reminder emails.", ReplyIntent.CEASE),
        ("A liquidator was appointed on Monday; contact them.", ReplyIntent.CEASE),
        ("One of our customers had receivers appointed, so can we pay in two parts?",
         ReplyIntent.PAYMENT_PLAN),
        ("All paid now, sorry for the delay!", ReplyIntent.PAID),
        ("transfered it this morning", ReplyIntent.PAID),
        ("Venmoed you the $120 yesterday.", ReplyIntent.PAID),
        ("The money left our bank on Friday.", ReplyIntent.PAID),
        ("I dropped off a cheque at your office this morning.", ReplyIntent.PAID),
        ("It went in one combined payment with your other two invoices.", ReplyIntent.PAID),
        ("This is an error on your end - we cancelled in March.", ReplyIntent.DISPUTE),
        ("That charge should have been removed when we changed plans.", ReplyIntent.DISPUTE),
        ("We've lodged a complaint about the last delivery and are waiting to hear back.",
         ReplyIntent.DISPUTE),
        ("I raised a complaint with my bank about the card, I'll pay on the 30th.",
         ReplyIntent.PROMISE_TO_PAY),
        ("The scaffolding still hasn't been collected.", ReplyIntent.DISPUTE),
        ("They installed the wrong model of heat pump.", ReplyIntent.DISPUTE),
        ("We shipped both faulty units back last week.", ReplyIntent.DISPUTE),
        ("Your rep told us the setup fee would be waived.", ReplyIntent.DISPUTE),
        ("Our lease with you expired in August and we handed the keys back.",
         ReplyIntent.DISPUTE),
        ("None of your cleaners turned up last Thursday.", ReplyIntent.DISPUTE),
        ("Which account should we pay into?", ReplyIntent.QUESTION),
        ("what reference do we put on the payment", ReplyIntent.QUESTION),
        ("Does this include the deposit we paid in June?", ReplyIntent.QUESTION),
        ("The card payment page is not working - is there another way to pay?",
         ReplyIntent.QUESTION),
        ("I'm not working at the moment. Can I pay £40 a month?", ReplyIntent.PAYMENT_PLAN),
        ("He's not working here any more.", ReplyIntent.WRONG_PERSON),
        ("The extractor fan is still not working.", ReplyIntent.DISPUTE),
        ("Could you put the account on hold for a couple of weeks while I sort things out?",
         ReplyIntent.PAYMENT_PLAN),
        ("We've put this invoice on hold until the credit note arrives.", ReplyIntent.DISPUTE),
        ("Could we pay it in three instalments?", ReplyIntent.PAYMENT_PLAN),
        ("Is there any flexibility on the due date? Cash is tight this month.",
         ReplyIntent.PAYMENT_PLAN),
        ("The funds will be credited by Thursday.", ReplyIntent.PROMISE_TO_PAY),
        ("Your reminder has been forwarded to our accounts payable team.",
         ReplyIntent.ACKNOWLEDGED),
        ("Cheers, will take a proper look at it this week.", ReplyIntent.ACKNOWLEDGED),
        ("Where should I send the remittance advice for this?", ReplyIntent.QUESTION),
        ("You charged delivery but we picked the pallets up ourselves.", ReplyIntent.DISPUTE),
        ("Your accounts team issued a full credit for this last month.", ReplyIntent.DISPUTE),
    ],
)
def test_wrong_people_stop_requests_payments_and_contested_bills_beyond_the_fifth_set(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


def test_a_help_desk_notice_that_asks_not_to_be_answered_is_an_auto_reply() -> None:
    words = ("Thank you for your email to Ridgeway Accounts. We aim to respond to all enquiries "
             "within 3 working days. Please do not reply to this message.")
    assert is_auto_reply({}, "Re: invoice", words)
    assert not is_auto_reply({}, "Re: invoice", "Thanks, we aim to pay by Friday.")


@pytest.mark.parametrize("words", [
    "Ich bin bis einschließlich 14.11.2025 nicht im Büro und habe keinen Zugriff auf E-Mails.",
    "Automatische Antwort: Ihre Nachricht ist bei uns eingegangen (Ticket 20418).",
    "Ceci est une réponse automatique. Votre message a bien été enregistré.",
    "Hemos recibido su correo y le responderemos en un plazo de 48 horas. Nº de ticket: 588.",
    "Dies ist eine automatische Eingangsbestätigung.",
    "Respuesta automática: Estaré de vacaciones del 3 al 14 de noviembre.",
    "Su correo ha sido recibido con el folio #377. Un ejecutivo le responderá pronto.",
    "Je suis présentement à l'extérieur du bureau et serai de retour le 10 novembre.",
    "Message automatique : nos bureaux sont fermés. Votre e-mail sera traité dès le 12.",
    "Ich bin bis am 12. November abwesend. Ihre E-Mail wird nicht weitergeleitet.",
])
def test_notices_of_absence_and_ticket_receipts_in_each_language_are_auto_replies(
        words: str) -> None:
    assert is_auto_reply({}, "Re: invoice", words)


@pytest.mark.parametrize("words", [
    "Im on leave til the 17th, will pay it that Monday when I'm back in.",
    "Estoy de vacaciones en Bariloche hasta el domingo. Cuando vuelva, el lunes 10, te pago todo.",
    "Je suis en congé jusqu'au 14 mais dès mon retour, lundi 17, je vous fais le virement.",
])
def test_someone_away_who_says_when_they_will_pay_is_a_person_not_an_auto_reply(
        words: str) -> None:
    assert not is_auto_reply({}, "Re: invoice", words)


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Sorry, wrong chap - I've never heard of your company.", ReplyIntent.WRONG_PERSON),
        ("I resigned from Parkside Motors last year.", ReplyIntent.WRONG_PERSON),
        ("I haven't worked for that firm since 2023.", ReplyIntent.WRONG_PERSON),
        ("I'm only the receptionist and I don't deal with invoices.", ReplyIntent.WRONG_PERSON),
        ("Dad has moved into a nursing home; I just check his inbox.", ReplyIntent.WRONG_PERSON),
        ("They are no longer one of our clients.", ReplyIntent.WRONG_PERSON),
        ("You sent it to me in error.", ReplyIntent.WRONG_PERSON),
        ("She won't be answering this - she has retired.", ReplyIntent.WRONG_PERSON),
        ("StepChange are handling my debts now, please deal with them only.", ReplyIntent.CEASE),
        ("I have a breathing space in place until January.", ReplyIntent.CEASE),
        ("My solicitor has advised me not to correspond with you.", ReplyIntent.CEASE),
        ("This office represents Ms Lee. Cease all contact with her.", ReplyIntent.CEASE),
        ("The company entered business rescue on Friday.", ReplyIntent.CEASE),
        ("I've done the transfer. Stop the reminders once it lands, please.", ReplyIntent.PAID),
        ("Paid £60 today, that should clear it.", ReplyIntent.PAID),
        ("The bank resent the money yesterday.", ReplyIntent.PAID),
        ("Paid through Wise this morning.", ReplyIntent.PAID),
        ("It was debited from our account on Monday.", ReplyIntent.PAID),
        ("Payment approved this morning; it goes out on Friday.", ReplyIntent.PROMISE_TO_PAY),
        ("Our customer finally paid us, so I'll pay you on Thursday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("I need more time - the van was broken into and I lost my tools.",
         ReplyIntent.PAYMENT_PLAN),
        ("My laptop's broken, so I'm writing from my wife's email. Will call.",
         ReplyIntent.UNCLEAR),
        ("The dishwasher you installed leaks every time we run it.", ReplyIntent.DISPUTE),
        ("The tiles are already cracking.", ReplyIntent.DISPUTE),
        ("Half the milk was past its use-by date.", ReplyIntent.DISPUTE),
        ("My daughter ordered this without my consent.", ReplyIntent.DISPUTE),
        ("I don't understand why there's a callout fee when you never came.",
         ReplyIntent.DISPUTE),
        ("The plumber went home without finishing the job.", ReplyIntent.DISPUTE),
        ("The app you built still doesn't open on Android.", ReplyIntent.DISPUTE),
        ("The payment link still doesn't work for me.", ReplyIntent.UNCLEAR),
        ("I'm querying the bill - the hours look wrong.", ReplyIntent.DISPUTE),
        ("Could someone explain the admin charge?", ReplyIntent.QUESTION),
        ("Would you be able to resend the proof of delivery?", ReplyIntent.QUESTION),
        ("Let me speak to my partner tonight.", ReplyIntent.ACKNOWLEDGED),
        ("I'll need to check our records first.", ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_wrong_people_stop_requests_payments_and_contested_bills_beyond_the_sixth_set(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


def test_a_person_on_leave_for_whom_money_is_tight_wrote_the_message_themselves() -> None:
    words = "I'm on maternity leave and money is tight. Could I have a bit more time."
    assert not is_auto_reply({}, "Re: invoice", words)


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Perdona que no te haya contestado antes. Te lo pago el lunes.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Je conteste cette facture.", ReplyIntent.DISPUTE),
        ("We've had a rotten quarter; can we pay £200 a month?", ReplyIntent.PAYMENT_PLAN),
        ("The rotten fruit went straight in the bin.", ReplyIntent.DISPUTE),
        ("We're short on cash right now. On 1 December we'll pay it all at once.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Wir sind knapp bei Kasse. Am 1. Dezember zahlen wir alles auf einmal.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Money's tight - can we pay half on the 1st and the rest in full on the 15th?",
         ReplyIntent.PAYMENT_PLAN),
        ("He finished up with us in March and I'm only on reception.",
         ReplyIntent.WRONG_PERSON),
        ("Half the boxes arrived crushed.", ReplyIntent.DISPUTE),
        ("Before I pay I need confirmation of your bank details.", ReplyIntent.QUESTION),
        ("Our bank shows the transfer left on the 26th.", ReplyIntent.PAID),
    ],
)
def test_words_read_right_in_whole_replies_of_the_eighth_writer(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


def test_a_spanish_help_desk_notice_with_an_incident_number_is_an_auto_reply() -> None:
    words = "Hemos recibido su mensaje. Su número de incidencia es #48211."
    assert is_auto_reply({}, "RE: factura", words)


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("I'll get on the banking app Monday evening and send it.", ReplyIntent.PROMISE_TO_PAY),
        ("You'll have the money by Thursday.", ReplyIntent.PROMISE_TO_PAY),
        ("Te lo mando el viernes.", ReplyIntent.PROMISE_TO_PAY),
        ("Mari, mañana te mando las fotos de la obra de Calatayud y el presupuesto de la "
         "cocina. Besos", ReplyIntent.UNCLEAR),
        ("Can you send me a copy by Friday?", ReplyIntent.QUESTION),
    ],
)
def test_a_day_named_with_a_way_of_sending_money_is_a_promise(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Shall we meet for lunch on Friday to discuss the new site?", ReplyIntent.UNCLEAR),
        ("I'll know more by Thursday.", ReplyIntent.UNCLEAR),
        ("Hablamos el lunes en la obra.", ReplyIntent.UNCLEAR),
        ("Je vous envoie les photos demain.", ReplyIntent.UNCLEAR),
        ("Wir treffen uns morgen um 9.", ReplyIntent.UNCLEAR),
        ("Monday at the latest.", ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_a_short_reply_naming_a_day_for_a_meeting_or_photos_is_no_promise(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Disculpa que te conteste en español. La transferencia saldrá el 15 de marzo.",
         ReplyIntent.PROMISE_TO_PAY),
        ("The €2,310 will go across first thing Monday.", ReplyIntent.PROMISE_TO_PAY),
        ("The banners came back nothing like the proof we signed off.", ReplyIntent.DISPUTE),
        ("We refused the 2/14 load at the dock, the lettuce was slimy.", ReplyIntent.DISPUTE),
        ("No idea why it's on our statement.", ReplyIntent.DISPUTE),
        ("Le plan de travail est fendu depuis le premier jour.", ReplyIntent.DISPUTE),
        ("mate that went thru on the 2nd, have another look", ReplyIntent.PAID),
        ("Ceci est un message généré automatiquement, merci de ne pas y répondre.",
         ReplyIntent.AUTO_REPLY),
        ("Leave it with me, it'll be cleared by COB thurs.", ReplyIntent.PROMISE_TO_PAY),
        ("Le montant sera versé pour la fin du mois.", ReplyIntent.PROMISE_TO_PAY),
        ("isch zahlt. gruess urs", ReplyIntent.PAID),
    ],
)
def test_words_read_right_in_terse_replies_of_the_ninth_writer(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("I PAID this on the 2nd of October.\n\nTake me off your mailing list.",
         ReplyIntent.CEASE),
        ("We had a client done over by a fake invoice and it's made me twitchy. Which account "
         "should it go to?", ReplyIntent.QUESTION),
        ("I thought Siobhan had it paid before she left. I'll get it out first thing Monday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Just thought I'd let you know the payment went out yesterday.", ReplyIntent.PAID),
        ("Mañana a primera hora te hago la transferencia y te mando el comprobante.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Ya te mandé el comprobante ayer.", ReplyIntent.PAID),
        ("Our bookkeeper went on leave a fortnight early. I'll have the £1,184.40 across by "
         "Thursday.", ReplyIntent.PROMISE_TO_PAY),
        ("The bill came late because of a courier mix-up. Payment will be released on the "
         "5th.", ReplyIntent.PROMISE_TO_PAY),
        ("There's been a mix-up with your invoice - we never had the second delivery.",
         ReplyIntent.DISPUTE),
        ("Shop opens at 7. The invoice shows BSB: 06 and nothing else - what's the full BSB?",
         ReplyIntent.QUESTION),
    ],
)
def test_words_read_right_in_long_replies_of_the_tenth_writer(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("I've sent it up the chain to their AP team with a note that it's legit.",
         ReplyIntent.ACKNOWLEDGED),
        ("I've sent it to our accountant to pay.", ReplyIntent.ACKNOWLEDGED),
        ("I've sent it to your account this morning.", ReplyIntent.PAID),
        ("Our contract rate is R650 per hour. This invoice uses R850.", ReplyIntent.DISPUTE),
    ],
)
def test_money_sent_on_inside_the_business_is_not_paid_and_rand_rates_are_compared(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Went by BACS on the 3rd, ref HF2307.", ReplyIntent.PAID),
        ("Don't need to opt out, just need you to find my money.", ReplyIntent.UNCLEAR),
        ("Please opt me out of these reminders.", ReplyIntent.CEASE),
    ],
)
def test_paying_by_a_named_way_is_paid_and_not_needing_to_opt_out_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Before I can process this I need to confirm one thing: is it in Canadian or US "
         "dollars?", ReplyIntent.QUESTION),
        ("Before Friday I'll have it paid.", ReplyIntent.PROMISE_TO_PAY),
    ],
)
def test_paying_named_only_as_a_condition_is_no_promise(words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize("words", [
    "Honestly, don't stop sending these, I'd never remember otherwise.",
    "No dejen de escribirme, me ayuda a acordarme.",
    "There's no need to stop the emails, I just need a week.",
    "We are not insolvent, just slow this month.",
    "We're not in administration, whatever the rumour says.",
])
def test_asking_for_the_reminders_to_go_on_or_denying_an_insolvency_is_no_stop_request(
        words: str) -> None:
    assert parse_reply(reply(words)).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "No, stop sending these.",
    "Dejen de escribirme, por favor.",
    "We are now in administration; write to the administrators.",
    "Don't email me again.",
])
def test_a_stop_request_or_an_insolvency_stated_plainly_still_stops_the_emails(
        words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Your lads left the job half finished and nobody called me back about it.",
    "Das Paket wurde an eine falsche Adresse in Köln zugestellt.",
])
def test_work_left_unfinished_or_goods_sent_astray_are_not_a_wrong_person(words: str) -> None:
    assert parse_reply(reply(words)).intent is not ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize("words", [
    "UR GUYS LEFT MY GARDEN IN A STATE AND THE FENCE IS STILL LEANING. NOT PAYING A PENNY TILL "
    "ITS FIXED",
    "Note the left door sitting an inch lower than the right. Not paying for that.",
    "cash was left with your lad dean when he finished on thurs, he gave me a receipt",
])
def test_only_a_name_written_as_one_leaves_a_contact_gone(words: str) -> None:
    """'Sarah left' tells of a contact gone; 'UR GUYS LEFT', 'Note the left door' or 'cash
    was left' do not: the name must be written with its capital."""
    assert parse_reply(reply(words)).intent is not ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize("words", [
    "Megan left the job in March, I'm afraid.",
    "Sarah Jones left in the summer, try accounts@example.com.",
    "There's nobody called Dave here.",
])
def test_a_contact_who_left_or_never_was_here_is_still_a_wrong_person(words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize(("words", "intent"), [
    ("Our query about the freight charge is resolved now, so the transfer goes Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("My mistake, I paid £300 instead of £330. The other £30 went this morning.",
     ReplyIntent.PAID),
    ("Keinerlei Beanstandung, die Überweisung geht am Freitag raus.", ReplyIntent.PROMISE_TO_PAY),
    ("Litige réglé, merci. Le virement part vendredi.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_dispute_now_settled_or_a_short_payment_owned_up_to_is_no_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize("words", [
    "Please hold off until the dispute is resolved: the units arrived broken.",
    "This is not our mistake, we were charged twice for one delivery.",
])
def test_a_dispute_still_open_stays_a_dispute(words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Not paying it today, sorry, but Thursday without fail.",
    "Our office manager is off with a broken arm, hence the delay. It'll be paid on Monday.",
])
def test_a_payment_put_off_for_a_day_or_a_broken_bone_is_no_dispute(words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize("words", [
    "Not paying this, the pump arrived broken.",
    "I'm not paying for work that was never finished.",
])
def test_a_refusal_to_pay_is_still_a_dispute(words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Nuestro principal cliente ha entrado en concurso de acreedores y no nos paga.",
         ReplyIntent.UNCLEAR),
        ("Notre plus gros client est en redressement judiciaire, pouvons-nous étaler le "
         "paiement ?", ReplyIntent.PAYMENT_PLAN),
        ("One of our GCs filed Chapter 11 last month and we're out $60k. Could we split it "
         "into four monthly payments?", ReplyIntent.PAYMENT_PLAN),
        ("Talked to my lawyer about the boundary and she says your invoice is fine. I'll pay "
         "it Friday.", ReplyIntent.PROMISE_TO_PAY),
        ("J'ai consulté mon avocat, il dit que la facture est correcte. Je paie vendredi.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Ich habe mit meinem Anwalt gesprochen, die Rechnung ist korrekt. Zahlung am Freitag.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Hören Sie bitte nicht auf, mir Erinnerungen zu schicken, das hilft mir.",
         ReplyIntent.ACKNOWLEDGED),
        ("Our reference is AP-CASE-0048213, please quote it in any further correspondence. "
         "It is scheduled for our payment run on Monday.", ReplyIntent.PROMISE_TO_PAY),
        ("Aucune réclamation sur le travail, nous payons vendredi.", ReplyIntent.PROMISE_TO_PAY),
        # and what they only look like still counts
        ("Please address any further correspondence to my solicitor.", ReplyIntent.CEASE),
        ("Nous sommes en redressement judiciaire.", ReplyIntent.CEASE),
        ("Nuestra empresa está en concurso de acreedores.", ReplyIntent.CEASE),
        ("We filed for bankruptcy last week.", ReplyIntent.CEASE),
        ("My lawyer says the invoice is not correct, talk to her from now on.",
         ReplyIntent.CEASE),
    ],
)
def test_a_customers_insolvency_a_lawyer_who_found_the_invoice_in_order_or_keep_sending_is_no_stop_request(  # noqa: E501
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("The firm that went bust was our supplier, not us. It has left us short though; "
         "could we pay in two halves?", ReplyIntent.PAYMENT_PLAN),
        ("The follow-up visit never happened - nobody turned up and nobody called.",
         ReplyIntent.DISPUTE),
        ("Kate left us in March, please use accounts@harlow.example.", ReplyIntent.WRONG_PERSON),
        ("There's nobody called Sarah here.", ReplyIntent.WRONG_PERSON),
        ("Nobody by that name works here.", ReplyIntent.WRONG_PERSON),
    ],
)
def test_someone_who_left_or_no_one_by_that_name_is_a_wrong_person_and_lookalikes_are_not(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


def test_someone_covering_for_a_colleague_on_leave_is_a_person_not_an_auto_reply() -> None:
    words = ("I'm covering for Jim Reeves while he's on paternity leave and I can't match "
             "INV-6021 to anything. Could you send me a copy of the invoice?")
    assert parse_reply(reply(words)).intent is ReplyIntent.QUESTION
    assert is_auto_reply({}, "Re: invoice", "I'm on paternity leave until 2 March.")


@pytest.mark.parametrize("words", [
    "Paying it as soon as possible.",
    "Ce sera payé au plus vite, désolée.",
    "Ich zahl so bald wie möglich.",
    "Lo pagamos lo antes posible, ya está en autorización con dirección.",
])
def test_paying_as_soon_as_possible_is_a_promise_without_a_day(words: str) -> None:
    parsed = parse_reply(reply(words))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, None)


def test_asking_how_to_pay_quickly_is_no_promise() -> None:
    assert human_intent("Can you tell me how to pay asap?") is ReplyIntent.QUESTION


@pytest.mark.parametrize("words", [
    "ignore my last, sent in error",
    "ignore that last one lads, it was meant for my brother, wrong thread",
])
def test_a_debtor_calling_back_their_own_stray_message_is_no_wrong_person(words: str) -> None:
    assert human_intent(words) is ReplyIntent.UNCLEAR


@pytest.mark.parametrize("words", [
    "Thanks, I've put it on the agenda for Friday's finance meeting.",
    "Thanks, passed it onto Gemma who does our books",
    "ta, on it",
    "We're not disputing it. It's with our approvals team.",
    "Got this thanks. I'll have to check with my husband, he looks after the bills.",
    "Continuez à m'envoyer ces rappels, ça m'évite d'oublier !",
    "Schicken Sie ruhig weiter solche Erinnerungen, sonst vergesse ich das immer.",
    "Te pongo en copia a administración para que lo gestionen ellos.",
    "Habe ich gesehen, geht an unsere Buchhaltung weiter.",
    "It's been passed up the chain.",
    "I've kicked it up to the regional office; they hold the purse strings.",
    "I'll flag it with procurement, they sort the POs.",
    "I've printed it out and put it in the boss's tray.",
    "will ask Darren when he's back off site, he signs the cheques",
    "roger that",
    "Acuso recibo de su correo. Lo he remitido al área de contabilidad para su revisión.",
    "Entendido, ya le pasé la cuenta de cobro a tesorería.",
])
def test_passing_it_on_or_asking_for_more_reminders_is_an_acknowledgement(words: str) -> None:
    assert human_intent(words) is ReplyIntent.ACKNOWLEDGED


def test_a_one_letter_signature_is_no_acknowledgement() -> None:
    words = "Yeah Saturday's sound, 10am at the astro. Bring the bibs.\n\nK"
    assert human_intent(words) is ReplyIntent.UNCLEAR


@pytest.mark.parametrize("words", [
    "Sent on Friday from our HSBC account, amount £2,140.00.",
    "It went over Sunday night, should show Monday or Tuesday.",
    "I lodged it to your account on Monday at the post office.",
    "We did a same-day CHAPS on Friday afternoon.",
    "Went in on the 30th, proof attached.",
    "Hi, fully paid on 02/11 via online banking. Could you send a receipt please?",
    "The cheque was given to your rep Kevin when he called in on Thursday.",
    "It went on the 3rd, Monday. Should have landed by now.",
    "The cheque for £640.00 went in the post on Tuesday, first class.",
    "Not sure why you're asking, I handed a cheque to the lady at your front desk on Monday.",
    "Bien reçu votre rappel. Il s'est croisé avec notre paiement, parti ce lundi.",
    "Creo que se han cruzado los correos: lo pagamos el lunes.",
    "Le confirmo que hoy hemos ordenado el pago con fecha valor 5 de noviembre.",
    "Die Zahlung erfolgte bereits am 27.10. Wurde sie vielleicht falsch zugeordnet?",
    "The full £540 went on the 2nd by bank transfer. Maybe it went against the wrong account?",
])
def test_money_that_moved_on_a_day_gone_by_is_paid_not_a_promise_for_that_day_next_week(
        words: str) -> None:
    parsed = parse_reply(reply(words))
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PAID, None)


def test_going_to_the_bank_is_not_paying() -> None:
    words = "Went to the bank but it was closed, I'll go Friday."
    assert parse_reply(reply(words)).intent is not ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "I'll have it lodged on Friday.",
    "Will pay Friday.\n\nSent from my Verizon, Samsung Galaxy smartphone",
])
def test_the_same_words_about_a_payment_still_to_come_are_a_promise(words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Consider this my last reply. I won't be engaging with you by email again.",
         ReplyIntent.CEASE),
        ("I'd prefer you didn't email me again about this.", ReplyIntent.CEASE),
        ("I'm not replying to these any more. Final answer.", ReplyIntent.CEASE),
        ("I have nothing to say to you. Don't write again.", ReplyIntent.CEASE),
        ("Please take this address off whatever list it's on.", ReplyIntent.CEASE),
        ("We've appointed administrators as of last Thursday.", ReplyIntent.CEASE),
        ("We're under a statutory moratorium from 2 November. No chasing please.",
         ReplyIntent.CEASE),
        ("My debt adviser at Clearpath deals with this now. Please contact them, not me.",
         ReplyIntent.CEASE),
        ("Dad died in July. The estate is being handled by the executor.",
         ReplyIntent.WRONG_PERSON),
        ("Tom Fairley died in a road accident in August. Please update your records.",
         ReplyIntent.WRONG_PERSON),
        ("Mr Patel no longer lives at this address.", ReplyIntent.WRONG_PERSON),
        ("I think this was meant for a different Claire Morgan.", ReplyIntent.WRONG_PERSON),
        ("Who are you? I've never done any business with Pemberton Supplies.",
         ReplyIntent.WRONG_PERSON),
        ("The remaining £240 is for work that wasn't done.", ReplyIntent.DISPUTE),
        ("We never had a contract with you.", ReplyIntent.DISPUTE),
        ("None of the snagging has been done.", ReplyIntent.DISPUTE),
        # and their lookalikes
        ("My phone died, so I'm writing from my wife's account. Paying Friday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Settled. And sorry about the complaint email last month, that was meant for a "
         "different supplier.", ReplyIntent.PAID),
        ("Please don't phone me at work, email is fine. I'll pay Friday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("No me llamen al trabajo, por favor; por email está bien. Lo pago el viernes.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Bitte keine SMS mehr aufs Handy, E-Mail reicht völlig. Ich bezahle am Donnerstag.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Don't call me and don't email me.", ReplyIntent.CEASE),
        ("We did have a dispute about the tiling but we settled it with Gareth and paid the "
         "agreed £1,400 last Friday.", ReplyIntent.PAID),
        ("Le litige sur les quantités est réglé depuis longtemps et nous avons payé le solde hier.",
         ReplyIntent.PAID),
        ("Die Reklamation vom letzten Monat ist erledigt, den Restbetrag haben wir am Freitag "
         "bezahlt.", ReplyIntent.PAID),
    ],
)
def test_stop_requests_wrong_persons_and_disputes_said_indirectly_and_their_lookalikes(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Can I pay by card", ReplyIntent.QUESTION),
        ("is there a late fee on this or is it just the original amount", ReplyIntent.QUESTION),
        ("Need the sort code and account number for this, the one on the invoice is cut off",
         ReplyIntent.QUESTION),
        ("Kindly share the remittance details so I can process from my end.",
         ReplyIntent.QUESTION),
        ("Can you send a statement showing what's been paid and what's still owing",
         ReplyIntent.QUESTION),
        ("Flagged to Sandra in accounts.", ReplyIntent.ACKNOWLEDGED),
        ("Logged on our system, thanks.", ReplyIntent.ACKNOWLEDGED),
        ("It's with approvals at the moment.", ReplyIntent.ACKNOWLEDGED),
        ("Thank you for your patience. I have escalated this internally.",
         ReplyIntent.ACKNOWLEDGED),
        ("Will check with my partner tonight and get back to you.", ReplyIntent.ACKNOWLEDGED),
        ("There's no Gareth Lowe at this practice and there never has been.",
         ReplyIntent.WRONG_PERSON),
        ("This is Harlow Dental Lab, not Harlow Dental Practice. Happens all the time!",
         ReplyIntent.WRONG_PERSON),
        ("Hi, this is Olu's wife. Olu died in August.", ReplyIntent.WRONG_PERSON),
        ("Mark doesn't work for us anymore and we don't have a forwarding address for him.",
         ReplyIntent.WRONG_PERSON),
        # lookalikes
        ("Hi Tom, are we still on for the site visit Thursday?", ReplyIntent.UNCLEAR),
        ("Laptop died, writing from my phone. Will check with the office and revert.",
         ReplyIntent.ACKNOWLEDGED),
        ("Friday doesn't work for us, sorry.", ReplyIntent.UNCLEAR),
    ],
)
def test_questions_without_a_question_mark_quiet_acknowledgements_and_wrong_persons(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Les informamos que el pago de la factura F-0388 fue ordenado el pasado 31 de octubre.",
         ReplyIntent.PAID),
        ("Listo, transferido. Fijate que te mandé $ 86.500 al CBU que me pasaste.",
         ReplyIntent.PAID),
        ("Le virement de 478 € est parti hier. Bien à vous.", ReplyIntent.PAID),
        ("bonjour jai fait le virement la semaine passée, le montant c 1250 euros. merci",
         ReplyIntent.PAID),
        ("Wir haben den offenen Betrag von € 1.180,– am 31. Oktober auf Ihr Konto überwiesen.",
         ReplyIntent.PAID),
        ("Je croyais avoir déjà payé ? Vous pouvez vérifier de votre côté ?",
         ReplyIntent.QUESTION),
        ("basta de mails por favor!!!", ReplyIntent.CEASE),
        ("Mein Mann ist im Sommer verstorben. Von dieser Rechnung weiß ich nichts.",
         ReplyIntent.WRONG_PERSON),
        ("Die Paletten sind nie angekommen.", ReplyIntent.DISPUTE),
        ("Die Kartenzahlung funktioniert bei mir nicht, es kommt immer eine Fehlermeldung.",
         ReplyIntent.UNCLEAR),
        ("Hola. Laura ya no está en la empresa, ahora llevo yo sus cuentas. Esta factura la "
         "pagamos el día 20.", ReplyIntent.PROMISE_TO_PAY),
        ("Bonjour, M. Lambert a quitté l'entreprise et c'est moi qui reprends ses dossiers. Je "
         "vous paie le 14.", ReplyIntent.PROMISE_TO_PAY),
        ("Herr Brandt ist nicht mehr bei uns, ich habe seine Kunden übernommen. Ich veranlasse "
         "die Zahlung am 12.11.", ReplyIntent.PROMISE_TO_PAY),
        ("Je vais passer au bureau samedi pour payer en argent comptant.",
         ReplyIntent.PROMISE_TO_PAY),
        ("So bald wie möglich, versprochen.", ReplyIntent.PROMISE_TO_PAY),
        ("Surtout n'arrêtez pas de m'envoyer ces rappels, ça m'aide à ne rien oublier !",
         ReplyIntent.ACKNOWLEDGED),
        ("Ya le pregunto a mi socio, que es el que lleva los pagos.", ReplyIntent.ACKNOWLEDGED),
        ("Ich vertrete Herrn Kaiser während seines Urlaubs und gebe Ihre Nachricht an ihn weiter.",
         ReplyIntent.ACKNOWLEDGED),
        ("Haben Sie am Samstag geöffnet?", ReplyIntent.UNCLEAR),
    ],
)
def test_spanish_french_and_german_replies_beyond_the_seventh_set(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Morning - the transfer left us yesterday afternoon, ref SPARK-0448.", ReplyIntent.PAID),
        ("The money's gone. Left us at 8:15 this morning.", ReplyIntent.PAID),
        ("It cleared on the 2nd according to our bank. Can you check your end?",
         ReplyIntent.PAID),
        ("I'm after paying it this morning, sorry for the delay lads", ReplyIntent.PAID),
        ("Posted the check on Halloween, it should reach you this week.", ReplyIntent.PAID),
        ("Money sent over the weekend, mate.", ReplyIntent.PAID),
        ("dun it yesterday x", ReplyIntent.PAID),
        ("Pretty sure we paid in October - can you check?", ReplyIntent.QUESTION),
        ("I think we paid this in October, can you check please?", ReplyIntent.QUESTION),
        ("wasn't this paid on the 30th? please check", ReplyIntent.QUESTION),
        ("I believe I paid this through the portal last week - I got a confirmation email. "
         "Could you double-check on your end?", ReplyIntent.PAID),
        ("Could we do £150 on the 15th and £150 on the 15th of December?",
         ReplyIntent.PAYMENT_PLAN),
        ("Can I send half today and the remaining half on the 28th when I'm paid?",
         ReplyIntent.PAYMENT_PLAN),
        ("I haven't got round to it yet, but I will do it tomorrow night.",
         ReplyIntent.PROMISE_TO_PAY),
        ("Not sure why it didn't go on Friday, I'll redo it on Wednesday.",
         ReplyIntent.PROMISE_TO_PAY),
        ("My bank keeps rejecting the transfer to your account, no idea why.",
         ReplyIntent.UNCLEAR),
        ("Kate left us in March, please use accounts@harlow.example.", ReplyIntent.WRONG_PERSON),
    ],
)
def test_when_money_moved_said_every_way(words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Don't stop sending these, they help.", ReplyIntent.ACKNOWLEDGED),
        ("I'm on sick leave and only getting statutory pay. I'll pay what I can each month but I "
         "can't clear it in one go.", ReplyIntent.PAYMENT_PLAN),
        ("Je ne conteste pas, j'ai juste besoin d'un peu plus de temps, ma situation est "
         "compliquée en ce moment.", ReplyIntent.PAYMENT_PLAN),
        ("Vous avez compté la TVA deux fois sur la facture F-7731.", ReplyIntent.DISPUTE),
        ("Nunca hemos firmado nada con ustedes. ¿De qué contrato hablan?", ReplyIntent.DISPUTE),
        ("Diese Bestellung haben wir nie aufgegeben.", ReplyIntent.DISPUTE),
        ("Considérenlo mi última respuesta.", ReplyIntent.CEASE),
        ("Mi gestor lo revisará esta semana y les digo algo.", ReplyIntent.ACKNOWLEDGED),
        ("Einer unserer Lieferanten ist insolvent, das betrifft aber nicht uns. Ich schaue mir "
         "Ihre Rechnung in Ruhe an.", ReplyIntent.ACKNOWLEDGED),
        ("Half went Monday, other half goes at the end of the month.", ReplyIntent.PAID),
        ("Please could we have an extra 60 days? The season's been dreadful.",
         ReplyIntent.PAYMENT_PLAN),
        ("Hi Deb, I'll square it up on Saturday when I'm in the shop.",
         ReplyIntent.PROMISE_TO_PAY),
        ("I tried paying on Sunday but the website crashed twice.", ReplyIntent.UNCLEAR),
    ],
)
def test_more_replies_from_the_tenth_sets(words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("Before I can put this through I need a copy of the invoice. It may have been sent to "
         "Dave's old address.", ReplyIntent.QUESTION),
        ("i was sure we paid this back in march?? can you check your end please",
         ReplyIntent.QUESTION),
        ("My husband Kevin paid this on Tuesday over the phone with his Amex.", ReplyIntent.PAID),
        ("Hey Brett, just transferred $150 towards it, should show Tuesday.", ReplyIntent.PAID),
        ("Your direct debit took £42.00 on 3 October and again on 5 October. That is the "
         "subscription paid twice.", ReplyIntent.DISPUTE),
        ("I did not receive the original bill. Kindly share a copy of the invoice.",
         ReplyIntent.QUESTION),
        ("Can you please stop sending me the text message version of these? Emailing me is "
         "absolutely fine.", ReplyIntent.UNCLEAR),
        ("Wir bestreiten die Forderung keineswegs. Wäre es möglich, den Betrag in drei Raten zu "
         "begleichen?", ReplyIntent.PAYMENT_PLAN),
        ("Mein Vater ist am 14. Januar verstorben.", ReplyIntent.WRONG_PERSON),
        ("I'm not saying we won't pay, I'm not saying when either. It's with finance.",
         ReplyIntent.ACKNOWLEDGED),
    ],
)
def test_replies_from_the_later_development_messages(words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


def test_a_person_answering_through_a_ticketing_system_is_no_auto_reply() -> None:
    words = ("Reply above this line.\n\nKevin Nguyen commented:\n\nHi Becky, we have received your "
             "request. Could you send a current W-9?")
    assert not is_auto_reply({}, "Re: invoice", words)
    # The system that relays the agent's words marks its mail auto-generated (RFC 3834): the
    # words are still a person's.
    assert not is_auto_reply({"auto-submitted": "auto-generated"}, "Re: invoice", words)
    assert is_auto_reply({"auto-submitted": "auto-replied"}, "Re: invoice", words)
    assert is_auto_reply({"auto-submitted": "auto-generated"}, "Re: invoice",
                         "Your request (#88213) has been received and is being reviewed.")


@pytest.mark.parametrize(("words", "intent"), [
    ("Sorry, I replied from the wrong account last time - this is my business email. "
     "I'll transfer the balance on Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("We were waiting on the dispute with our landlord to settle (nothing to do with you). "
     "That's done, so your transfer is booked for Thursday.", ReplyIntent.PROMISE_TO_PAY),
    ("Je sais que votre transporteur a été placé en liquidation judiciaire, mais les deux "
     "moteurs ne nous ont jamais été livrés. Merci d'annuler la facture.", ReplyIntent.DISPUTE),
])
def test_a_wrong_account_of_their_own_a_matter_not_about_you_or_a_carrier_s_insolvency_are_not_it(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize("words", [
    "Hola Jordi, llámame mañana al 612 48 90 33 y lo hablamos, por escrito es un lío. Gracias",
    "Can you ring me tomorrow morning on 07700 900 123? Thanks",
])
def test_a_closing_thanks_after_something_else_is_a_courtesy_not_an_acknowledgement(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.UNCLEAR


def test_thanks_alone_is_an_acknowledgement() -> None:
    assert human_intent("Thanks!") is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(("words", "intent"), [
    ("Sweet as, I'll flick it to our bookkeeper.", ReplyIntent.ACKNOWLEDGED),
    ("Have cc'd Marguerite in accounts, she'll pick this up.", ReplyIntent.ACKNOWLEDGED),
    ("Thank you for your email. I have referred it to our finance department for review.",
     ReplyIntent.ACKNOWLEDGED),
    ("Much appreciated, I'll let our treasurer know.", ReplyIntent.ACKNOWLEDGED),
    ("Hi, thanks for this, I've put it in front of the directors.", ReplyIntent.ACKNOWLEDGED),
    ("Righto.", ReplyIntent.ACKNOWLEDGED),
    ("cheers", ReplyIntent.ACKNOWLEDGED),
    ("Tell Darren the side gate code's changed to 2580 for Thursday's drop. Ta\nSteve",
     ReplyIntent.UNCLEAR),
    ("Sorry, wrong thread! That was meant for the roofer.", ReplyIntent.UNCLEAR),
    ("Wrong email sorry - that was for my accountant.", ReplyIntent.UNCLEAR),
    ("When is the last day I can pay before interest starts?", ReplyIntent.QUESTION),
    ("not sure what this is for", ReplyIntent.QUESTION),
    ("Just wondering when this was actually due, as I don't seem to have the original invoice.",
     ReplyIntent.QUESTION),
    ("I'd like to see the hours broken down by day if that's possible.", ReplyIntent.QUESTION),
    ("How do I get into the customer portal? I never got a password email.",
     ReplyIntent.QUESTION),
    ("Kindly resend the invoice with your GSTIN mentioned, our auditors have rejected the copy "
     "without it.", ReplyIntent.QUESTION),
    ("The bank app crashes every time I try to add you as a payee.", ReplyIntent.UNCLEAR),
])
def test_quiet_replies_read_as_what_they_are(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize("words", [
    "OK, I had my lawyer look over the contract because I thought the late fee was bogus. He "
    "says it's legit and the invoice is fine, so I'll pay the full $3,480 on Friday.",
    "Notre juriste a regardé, rien à redire sur la facture. Paiement programmé pour mardi.",
    "Unsere Anwältin hat die Zahlung freigegeben, sie geht übermorgen raus.",
    "The firm that went into administration is Hargreaves Joinery, my old employer, not me. "
    "I'll pay your invoice in full on the 25th.",
])
def test_a_lawyer_who_found_the_bill_due_or_an_insolvency_not_theirs_is_no_stop_request(
        words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.PROMISE_TO_PAY


def test_a_lawyer_who_found_the_bill_due_does_not_undo_a_plain_stop_request() -> None:
    words = "My lawyer says the invoice is correct. I'll pay it, but stop emailing me."
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Oh and re the invoice, I sent the £1,500 over on Thursday before we left. Let me know if "
     "it hasn't turned up.", ReplyIntent.PAID),
    ("Merci mille fois pour les chocolats de Noël, ils n'ont pas fait long feu au bureau !",
     ReplyIntent.UNCLEAR),
])
def test_an_if_about_arrival_and_an_idiom_are_no_dispute(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Voy a revisarlo con mi socio y te digo algo.", ReplyIntent.ACKNOWLEDGED),
    ("vale ok se lo digo a mi mujer q es la q lleva las cuentas", ReplyIntent.ACKNOWLEDGED),
    ("Enterado, lo turno al área de finanzas.", ReplyIntent.ACKNOWLEDGED),
    ("mon fils s'occupe de mes factures je lui fais suivre", ReplyIntent.ACKNOWLEDGED),
    ("ok ich sags meiner frau die macht das mit den rechnungen", ReplyIntent.ACKNOWLEDGED),
    ("Ihre Mahnung liegt unserer Kreditorenbuchhaltung vor und wird geprüft.",
     ReplyIntent.ACKNOWLEDGED),
    ("Buenas tardes, favor enviar certificación bancaria para registrarlos como proveedor.",
     ReplyIntent.QUESTION),
    ("Buen día. Solicito estado de cuenta al 31 de octubre. Gracias.", ReplyIntent.QUESTION),
    ("Bitte senden Sie uns eine Saldenbestätigung zum 31.10.2025.", ReplyIntent.QUESTION),
    ("No estoy en desacuerdo con la factura, para nada. Solo pido unas semanas más.",
     ReplyIntent.PAYMENT_PLAN),
    ("Nous sollicitons un échelonnement en trois mensualités. Nous avons toujours honoré nos "
     "engagements envers votre société.", ReplyIntent.PAYMENT_PLAN),
    ("Der Link in Ihrer Mail funktioniert nicht, da kommt nur eine Fehlermeldung.",
     ReplyIntent.UNCLEAR),
    ("Mein Laptop ist kaputt, ich komm an nichts ran.", ReplyIntent.UNCLEAR),
    ("Bis zum 25. bräuchte ich noch, die Nachzahlung vom Finanzamt hat mich kalt erwischt.",
     ReplyIntent.PAYMENT_PLAN),
])
def test_quiet_replies_in_spanish_french_and_german_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Je suis en congés jusqu'au 11, je m'en occupe dès mon retour, le mercredi 12.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Le redressement judiciaire concerne notre ancienne filiale, pas nous. Je vous fais le "
     "virement lundi.", ReplyIntent.PROMISE_TO_PAY),
    ("Merci pour votre message. Je suis en déplacement jusqu'au 18 novembre avec un accès "
     "limité à mes e-mails. Je vous répondrai dès mon retour.", ReplyIntent.AUTO_REPLY),
    ("Dieses Postfach wird nicht mehr betreut. Diese Nachricht wurde automatisch erstellt.",
     ReplyIntent.AUTO_REPLY),
    ("Reçu 5/5.", ReplyIntent.ACKNOWLEDGED),
])
def test_whole_replies_in_french_and_german_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Can you stop sending these to my old Hotmail and use accounts@brightwell.example instead? "
     "Also what's the sort code?", ReplyIntent.QUESTION),
    ("Please don't contact my wife about this, it's my business account, not hers. Email me "
     "here instead. I've seen the invoice.", ReplyIntent.ACKNOWLEDGED),
    ("Unsubscribe me from the newsletter please - not these, just the marketing ones. Can you "
     "tell me what INV-5520 covers?", ReplyIntent.QUESTION),
    ("Nous ne sommes pas en redressement judiciaire, contrairement à ce qui circule. Pourrions-"
     "nous payer en deux fois ?", ReplyIntent.PAYMENT_PLAN),
    ("Bankruptcy? No, nothing like that. We're paying the £615 on Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Bien reçu, merci. Je le transmets à Maître Garnier, notre avocate, qui valide toutes les "
     "factures au-dessus de 5 000 € avant paiement.", ReplyIntent.ACKNOWLEDGED),
    ("Diane left us in October so your reminder sat in a dead inbox. I'm her replacement and "
     "I'll pay INV-3012 on Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("Since Mum died I've taken over the shop and all its bills. Could I pay £300 on 14 "
     "November and the same each month after?", ReplyIntent.PAYMENT_PLAN),
    ("Why is there VAT on this one when the quote was zero-rated? Not having a go, genuinely "
     "asking.", ReplyIntent.QUESTION),
    ("not sure if the credit note for the damaged tiles has been applied to this one or if it "
     "comes separately?", ReplyIntent.QUESTION),
])
def test_lookalikes_of_a_stop_a_wrong_person_or_a_dispute_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize("words", [
    "we're in the hands of the liquidator now. nothing I can do, sorry mate",
    "I have instructed solicitors in this matter. Please direct all communication to them and "
    "do not contact me directly.",
    "Remove this email address from your records please and don't contact me here again.",
])
def test_a_stop_request_that_sends_nowhere_else_of_the_debtor_s_own_stays_one(words: str) -> None:
    assert parse_reply(reply(words)).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("We've been paid a visit by the auditors all week so I'm drowning. I'll look into this one "
     "once they're out of our hair.", ReplyIntent.ACKNOWLEDGED),
    ("Apologies - we stopped the cheque we posted on the 2nd because it was made out to the "
     "wrong name. The £2,904.00 will go out by bank transfer on Thursday instead.",
     ReplyIntent.PROMISE_TO_PAY),
    ("No I haven't paid it yet, my bad - I thought it went through the insurance but apparently "
     "not. I'll do the £135 on Monday.", ReplyIntent.PROMISE_TO_PAY),
    ("Ich dachte eigentlich, wir hätten die Rechnung schon im April bezahlt? Können Sie bitte "
     "nochmals nachschauen?", ReplyIntent.QUESTION),
    ("I'm replying on behalf of Sandra Poole, who is on annual leave this week. She has left "
     "instructions for INV-6630 to be included in the supplier payment run on Wednesday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Sorry, I'm the new PTA treasurer. Is IH-10871 for the summer fair posters or the raffle "
     "tickets? Our old treasurer paid everything by cheque, can we do bank transfer instead?",
     ReplyIntent.QUESTION),
])
def test_idioms_cancelled_payments_beliefs_and_new_contacts_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert parse_reply(reply(words)).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Depuis le décès de mon mari en janvier, je n'arrive pas à régler 312 € d'un coup. Serait-"
     "il possible de payer en trois fois ?", ReplyIntent.PAYMENT_PLAN),
    ("My husband passed away in June and the account was his. I can pay it off at £50 a month "
     "if that's all right.", ReplyIntent.PAYMENT_PLAN),
    ("My husband passed away in June. Please update your records; his estate is being handled by "
     "his sister.", ReplyIntent.WRONG_PERSON),
])
def test_someone_bereaved_who_pays_the_bill_themself_is_no_wrong_person(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Mrs Patel retired last month. Her nephew runs the shop now and wants this cleared - what "
     "is the balance?", ReplyIntent.QUESTION),
    ("Gary has left the company, I'm the contact now. We'll pay it on Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("The old owner passed away and I bought the business from the family. Can you send the "
     "invoice again?", ReplyIntent.QUESTION),
    ("Mi socio ya no trabaja aquí; me he hecho cargo de todo. ¿Me mandan el detalle de la "
     "deuda?", ReplyIntent.QUESTION),
    ("Mme Roux est partie, c'est moi qui la remplace. Pouvez-vous me renvoyer la facture ?",
     ReplyIntent.QUESTION),
    ("Sorry, my mother died in March and I've been off work. Could you resend the invoice with "
     "your bank details?", ReplyIntent.QUESTION),
    ("Wrong address on the invoice, we've moved premises. Otherwise all fine, paying Monday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Tom left us in the spring and nobody has taken over his accounts. Please update your "
     "records.", ReplyIntent.WRONG_PERSON),
])
def test_someone_who_took_over_from_a_contact_who_left_or_died_answers_for_the_debt(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please don't ring me at work, email is fine. The transfer goes out on Thursday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("No me llame más al fijo, mejor por correo. Le pago el viernes.", ReplyIntent.PROMISE_TO_PAY),
    ("Plus de lettres papier s'il vous plaît, l'e-mail suffit. Je paie vendredi.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Take me off the marketing newsletter, but keep the invoices coming. How much is left?",
     ReplyIntent.QUESTION),
    ("I'm not asking you to stop sending these. I just need to pay it over three months.",
     ReplyIntent.PAYMENT_PLAN),
    ("Our US parent filed for Chapter 11, but the UK company is unaffected. You'll be paid on the "
     "20th.", ReplyIntent.PROMISE_TO_PAY),
    ("Our IVA ended in the summer, things are better now. I'll pay on the 12th.",
     ReplyIntent.PROMISE_TO_PAY),
    ("My solicitor is handling my divorce at the moment, it's all a mess. I'll pay by the 28th.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Stop emailing me. Talk to my solicitor.", ReplyIntent.CEASE),
    ("We're in an IVA now.", ReplyIntent.CEASE),
    ("Please stop contacting my wife about this, she is unwell, and nothing more to her inbox.",
     ReplyIntent.CEASE),
])
def test_a_channel_preferred_an_insolvency_not_theirs_or_over_and_a_private_lawyer_are_no_stop(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("¿Quién me escribe? No veo el nombre de ninguna empresa.", ReplyIntent.QUESTION),
    ("Qui êtes-vous exactement ?", ReplyIntent.QUESTION),
    ("Wer schreibt mir hier? Ich sehe keinen Firmennamen.", ReplyIntent.QUESTION),
    ("Is INV-5521 for the June service or the repair?", ReplyIntent.QUESTION),
    ("Thanks, I've passed this on to Linda who does our payments.", ReplyIntent.ACKNOWLEDGED),
    ("Got it, forwarded it on.", ReplyIntent.ACKNOWLEDGED),
])
def test_who_is_writing_and_what_a_bill_is_for_are_questions_and_a_relay_is_an_acknowledgement(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Por favor no me llamen al celular, prefiero que me escriban. Les pago el viernes.",
     ReplyIntent.PROMISE_TO_PAY),
    ("No le estoy reclamando nada, quedó todo muy bien. ¿Le puedo pagar en dos partes?",
     ReplyIntent.PAYMENT_PLAN),
])
def test_spanish_calls_refused_for_email_a_reminder_kept_and_no_claim_are_what_they_say(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "No me deis de baja de los avisos, que me vienen bien. La reviso esta semana.",
    "No me den de baja de la lista de recordatorios, por favor.",
])
def test_asking_not_to_be_taken_off_the_reminders_is_no_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Please advise your remittance address, have you moved?", ReplyIntent.QUESTION),
    ("Please send your bank details so that we can process the same at the earliest.",
     ReplyIntent.QUESTION),
    ("Which account is right? I don't want to send it to the wrong place.", ReplyIntent.QUESTION),
    ("We're in a dispute with our landlord, so post won't reach us. Can you email a copy of the "
     "invoice?", ReplyIntent.QUESTION),
    ("Our own bank charged us twice for the transfer fee, nothing to do with you. Payment went "
     "out Monday.", ReplyIntent.PAID),
    ("I was going to query the delivery charge, but you're right. Transferred this morning.",
     ReplyIntent.PAID),
    ("One box came broken but you replaced it the next day, so no issue at all. Paying Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Seen, thanks.", ReplyIntent.ACKNOWLEDGED),
    ("copy that", ReplyIntent.ACKNOWLEDGED),
    ("Thanks - I've added it to the list for Thursday's approvals meeting.",
     ReplyIntent.ACKNOWLEDGED),
    ("Thanks, I've cc'd our bookkeeper.", ReplyIntent.ACKNOWLEDGED),
    ("Will have a word with Phil.", ReplyIntent.ACKNOWLEDGED),
])
def test_requests_relays_and_settled_doubts_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_payment_that_bounced_back_is_no_payment() -> None:
    words = "The transfer bounced back from your bank this morning, it said the account was closed."
    assert read_above_the_reminder(words).intent is not ReplyIntent.PAID


@pytest.mark.parametrize(("words", "intent"), [
    ("You may have read that Harlow Freight went into administration. That was our haulier, not "
     "us. We'll pay your invoice in a fortnight.", ReplyIntent.PROMISE_TO_PAY),
    ("Wir sind weder insolvent noch zahlungsunfähig. Können wir in drei Raten zahlen?",
     ReplyIntent.PAYMENT_PLAN),
    ("Seit mein Mann verstorben ist, ist es knapp. Wäre es möglich, den Betrag in drei Raten zu "
     "begleichen?", ReplyIntent.PAYMENT_PLAN),
    ("My mum passed away last month. Would it be okay to split the $300 into three payments?",
     ReplyIntent.PAYMENT_PLAN),
    ("Is the total inclusive of VAT? I need to know before I send this to our cashier.",
     ReplyIntent.QUESTION),
    ("Will forward this to our accounts team. Thank you.", ReplyIntent.ACKNOWLEDGED),
    ("That company went bust. Stop emailing me, it was our supplier, not us.", ReplyIntent.CEASE),
])
def test_a_supplier_s_insolvency_a_denied_one_and_a_bereaved_payer_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_an_invoice_made_out_to_someone_is_no_payment() -> None:
    words = "I bought the shop but not her old company, which this invoice is made out to."
    assert read_above_the_reminder(words).intent is not ReplyIntent.PAID


@pytest.mark.parametrize(("words", "intent"), [
    ("Hi — paid on Friday by bank transfer, reference SMITH ROOF. Thanks for waiting.",
     ReplyIntent.PAID),
    ("Sent via M-Pesa on Saturday, code QKT7H2MZ9A.", ReplyIntent.PAID),
    ("I'll get INV-2291 paid on Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("Me ha llegado el mismo correo tres veces hoy.", ReplyIntent.UNCLEAR),
    ("Ich bekomme diese Mail jetzt zum dritten Mal heute.", ReplyIntent.UNCLEAR),
    ("Merci de ne plus m'appeler au bureau, les mails me conviennent très bien. Quel est le "
     "montant restant dû ?", ReplyIntent.QUESTION),
    ("No me llaméis al móvil, mejor por aquí. ¿Cuánto queda pendiente?", ReplyIntent.QUESTION),
    ("Bonjour, je remplace Mme Roche qui a quitté la société. Ce sera payé le mercredi 12 "
     "novembre.", ReplyIntent.PROMISE_TO_PAY),
    ("Die Pleite bei Schmitz Logistik? Das betrifft uns nicht. Wir zahlen zum Monatsende.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Ist angekommen, geht an die Kreditorenbuchhaltung.", ReplyIntent.ACKNOWLEDGED),
    ("Ta, I've seen it.", ReplyIntent.ACKNOWLEDGED),
    ("Sorry, I'm not the homeowner, I just rent here.", ReplyIntent.WRONG_PERSON),
])
def test_a_payment_told_in_the_past_a_channel_preferred_and_a_relay_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Thanks, but I'm not asking for instalments. The whole lot goes out on Tuesday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Scheduled for the 28th. No need to stop the emails, but please STOP sending paper copies.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Sorry, wrong thread! That photo of the cracked tiles was meant for the tile supplier, not "
     "you. Please ignore.", ReplyIntent.UNCLEAR),
])
def test_instalments_declined_paper_refused_and_a_stray_complaint_read_as_what_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I'm not Mr Henderson, he moved out two years ago. Please take this address off whatever "
     "account it's on.", ReplyIntent.WRONG_PERSON),
    ("My mother passed away in August. This was her email. Please remove this address from your "
     "list.", ReplyIntent.WRONG_PERSON),
    ("I'm not Mr Henderson. Stop emailing this address.", ReplyIntent.CEASE),
    ("Please remove this address from your list. I won't discuss this any further.",
     ReplyIntent.CEASE),
    ("I'm not Mr Whitlock. This is a business line. Stop sending me his bills, I've no idea who "
     "he is.", ReplyIntent.WRONG_PERSON),
    ("Yo no soy la persona que buscan, no tengo ninguna cuenta con ustedes. Sáquenme de su lista "
     "por favor.", ReplyIntent.WRONG_PERSON),
    ("Je ne suis pas la personne que vous cherchez. Je n'ai jamais eu de compte chez vous. Merci "
     "de me retirer de votre liste.", ReplyIntent.WRONG_PERSON),
    ("Ich bin nicht die Person, die Sie suchen. Ich habe bei Ihnen nie etwas bestellt. Bitte "
     "streichen Sie mich aus Ihrem Verteiler.", ReplyIntent.WRONG_PERSON),
])
def test_someone_not_the_debtor_who_asks_to_drop_the_address_is_a_wrong_person(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I'll pay it on Friday, and after that I never want to hear from you again.",
     ReplyIntent.CEASE),
    ("I've handed this over to StepChange, they'll be in touch with you.", ReplyIntent.CEASE),
    ("You can stop the reminders now, payment goes out Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("I'll pay Friday so you can stop chasing.", ReplyIntent.PROMISE_TO_PAY),
    ("You can stop emailing me.", ReplyIntent.CEASE),
])
def test_never_again_and_a_debt_charity_stop_contact_while_leave_to_stop_with_a_payment_does_not(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please don't call me at work. I'll pay on Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("Sorry, I blocked your number by mistake. I'll pay Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("I nearly went bankrupt last year, but things are fine now; paying Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Please stop emailing my personal address and use billing@firm.example. Paying Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Stop calling me and stop emailing me.", ReplyIntent.CEASE),
    ("Please do not contact the company further. Calloway Ltd entered administration in May.",
     ReplyIntent.CEASE),
])
def test_calls_refused_a_block_by_mistake_and_a_near_bankruptcy_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please stop with the emails. I'll pay it on the 15th like I told your colleague.",
     ReplyIntent.CEASE),
    ("I would much rather not receive these by email any more. Could you post anything further "
     "to the shop instead?", ReplyIntent.CEASE),
    ("ok ta", ReplyIntent.ACKNOWLEDGED),
    ("Replying for Marek as he's off sick. I've printed this and put it on his desk with a note.",
     ReplyIntent.ACKNOWLEDGED),
    ("The company that went into administration was our adhesive supplier, not us. 14 of the 40 "
     "boxes were cracked when we opened them. We're not paying for broken stock.",
     ReplyIntent.DISPUTE),
    ("Os confirmo que se pagará a final de mes.\n\nDe acuerdo con el RGPD, le informamos de que "
     "sus datos serán tratados con la finalidad de gestionar la relación comercial.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Die Überweisung über € 980,– ist am Montag (03.11.2025) von unserem Konto rausgegangen.",
     ReplyIntent.PAID),
])
def test_stop_requests_relays_a_supplier_s_administration_and_a_legal_notice_read_as_said(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("No pido que dejen de escribirme, pido que corrijan la factura: nos cobran 12 cajas y "
     "llegaron 10.", ReplyIntent.DISPUTE),
    ("Je ne vous demande pas d'arrêter de m'écrire, je demande un avoir pour les cartons abîmés.",
     ReplyIntent.DISPUTE),
    ("No GDPR worries on my side, you're fine to keep emailing this address. I've passed the "
     "invoice to Dev who does our books.", ReplyIntent.ACKNOWLEDGED),
    ("Pourquoi vous continuez à m'écrire? Je veux plus de courriels.", ReplyIntent.CEASE),
])
def test_a_stop_request_disowned_or_waved_away_is_none_and_one_said_without_its_ne_is_one(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please don't stop sending these, honestly they help me keep track. I'll raise it at "
     "Monday's partners' meeting.\n\nBev\n\n\"Reply STOP to stop these reminders\"? Definitely "
     "not!", ReplyIntent.ACKNOWLEDGED),
    ("Pourriez-vous me renvoyer la facture en PDF ?\n\nClaire Lefèvre\nCabinet Lefèvre & Associés\n"
     "Avocats au barreau de Lyon", ReplyIntent.QUESTION),
    ("Notre avocat au barreau de Lyon vous contactera.", ReplyIntent.CEASE),
])
def test_the_reminder_s_stop_line_quoted_back_and_a_law_firm_s_signature_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Estamos cerrando el semestre. ¿Nos podrían enviar\nun extracto de cuenta con todas las "
     "facturas pendientes y los pagos que\ntienen registrados desde enero?", ReplyIntent.QUESTION),
    ("To be clear: we are NOT going under. But our main customer,\nBradwell Homes, went into "
     "administration last month owing us £40k. Your invoice is fine and we will pay it, but I "
     "need more time.", ReplyIntent.PAYMENT_PLAN),
])
def test_a_hard_wrapped_paragraph_is_read_as_the_sentences_it_holds(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("This isn't our invoice. The PO number on it belongs to Greenway Hotels Inc., which is a "
     "separate company - we get mixed up with them constantly. We have never ordered toner from "
     "you.", ReplyIntent.DISPUTE),
    ("This isn't our invoice - you've got the wrong email address, I'm at a different company.",
     ReplyIntent.WRONG_PERSON),
    ("Nunca pedimos esos equipos; el albarán está firmado por una persona que no trabaja en esta "
     "empresa. Por favor, anulen la factura.", ReplyIntent.DISPUTE),
    ("Este correo va dirigido a una persona que no trabaja en esta empresa.",
     ReplyIntent.WRONG_PERSON),
    ("Can you confirm your account number? I don't want to pay to the wrong account.",
     ReplyIntent.QUESTION),
    ("My husband Ron passed away in June and he always dealt with the bills. I've now paid the "
     "£74 by bank transfer this morning.", ReplyIntent.PAID),
])
def test_a_bill_disowned_is_a_dispute_and_only_a_wrong_address_or_person_is_a_wrong_person(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I thought I'd paid this on the 3rd? Can you check your end.", ReplyIntent.QUESTION),
    ("Creo que esta ya se pagó en la remesa del día 25. ¿Podéis comprobarlo?",
     ReplyIntent.QUESTION),
    ("Je crois que nous avons déjà payé cette facture, pouvez-vous vérifier ?",
     ReplyIntent.QUESTION),
    ("Ich glaube, wir haben das schon bezahlt. Können Sie das bitte prüfen?",
     ReplyIntent.QUESTION),
    ("This was included in today's payment run, extract below.", ReplyIntent.PAID),
    ("Dad is in hospital. I've made a note of this and I'll go through it with him when he's "
     "home.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_payment_only_believed_made_is_a_question_and_one_in_today_s_run_is_paid(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Great to see you at the Chamber breakfast. Are you going to the summer social at the "
     "Watershed?", ReplyIntent.UNCLEAR),
    ("Random one - are you still doing loft conversions in the Cardiff area?",
     ReplyIntent.UNCLEAR),
    ("Is the RIB on the invoice correct?", ReplyIntent.QUESTION),
    ("Can I pay by card?", ReplyIntent.QUESTION),
])
def test_a_question_about_something_else_than_the_bill_is_no_question_about_it(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I think you've got the wrong Pieter van Wyk, there's a few of us. Somebody must have given "
     "you my email by mistake. Please check your records and take me off this one.",
     ReplyIntent.WRONG_PERSON),
    ("I'm not Mr Fenwick - this email address came with the shop when I bought the business in "
     "2024. The shelving was ordered before my time, so it's not my invoice to pay.",
     ReplyIntent.WRONG_PERSON),
    ("The previous owner died in 2023 and I bought the business from his widow, so the account "
     "should be in my name now. Can you update it and resend?", ReplyIntent.QUESTION),
    ("Sure, keep emailing. My solicitor enjoys reading them. For the avoidance of doubt, "
     "everything on this account goes through Pryce & Okafor LLP from now on.",
     ReplyIntent.CEASE),
    ("All the money goes to the solicitors anyway, I'll pay you Friday.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_a_new_owner_who_disowns_the_bill_is_the_wrong_person_and_a_debt_sent_to_lawyers_stops(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Cette facture a déjà fait l'objet d'un avoir de votre part. Je vous remercie de mettre à "
     "jour votre relevé et de cesser les relances sur ce numéro de facture.",
     ReplyIntent.DISPUTE),
    ("This invoice was cancelled and credited. Please stop the reminders on this invoice.",
     ReplyIntent.CEASE),
    ("I dispute this invoice, the work was never done. Stop emailing me.", ReplyIntent.CEASE),
])
def test_reminders_stopped_only_for_a_bill_the_debtor_disputes_are_the_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Eish sorry bru, I'll sort it out just now. Not forgotten about you.",
     ReplyIntent.PROMISE_TO_PAY),
    ("I'll sort it right away.", ReplyIntent.PROMISE_TO_PAY),
    ("Cheque for £1,200.00 posted Thursday, first class. Should reach you early next week.",
     ReplyIntent.PAID),
    ("If the £720 hasn't reached you yet, it will - we sent it Tuesday. Our bank's been slow.",
     ReplyIntent.PAID),
    ("Yes, I was in an IVA, but it finished in 2024, so nothing to worry about on that front. "
     "The £2,140 will go over on payday, the 25th.", ReplyIntent.PROMISE_TO_PAY),
    ("I was declared bankrupt in March and the trustee is handling it now.", ReplyIntent.CEASE),
    ("We went through an insolvency with the old firm in 2021, long since discharged. The new "
     "company will pay this on the 30th.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_payment_sent_under_a_condition_is_paid_and_an_insolvency_that_is_over_stops_nothing(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Payment of £2,340.00 went out via BACS this afternoon. Could you please update your records "
     "and stop the reminders for INV-2291?", ReplyIntent.PAID),
    ("Please stop the reminders for INV-2291.", ReplyIntent.CEASE),
    ("I think this has been sent to us by mistake. The rewiring was ordered and agreed by the "
     "landlord - under our lease the electrics are his responsibility, not ours.",
     ReplyIntent.DISPUTE),
    ("Wir haben den Betrag von 1.250,00 € am Montag überwiesen. Können Sie mir bitte eine "
     "Zahlungsbestätigung schicken?", ReplyIntent.PAID),
    ("If you can resend it today with PO 77120 on it, we'll pay it on Thursday.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_a_bill_paid_then_stopped_is_paid_a_landlord_s_bill_disputed_and_an_if_then_promise_kept(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Fantastic, a fifth reminder before 8am on a Monday. Kindly lose my email address.",
     ReplyIntent.CEASE),
    ("Herr Vogt ist seit dem 1. März nicht mehr bei uns beschäftigt. Die Bestellung lief über "
     "ihn privat und nicht über die Kanzlei.", ReplyIntent.WRONG_PERSON),
    ("Zur Kenntnis genommen. Ich habe Ihre Erinnerung an unsere Treuhänderin weitergeleitet, die "
     "kümmert sich um die Zahlungen.", ReplyIntent.ACKNOWLEDGED),
    ("Alles Weitere bitte über meinen Treuhänder.", ReplyIntent.CEASE),
    ("May I ask for a copy of the SOA po? We need it for liquidation with the treasurer.",
     ReplyIntent.QUESTION),
    ("Die Rechnung RE-2026-0412 über 869,40 EUR haben wir bereits am 03.02. beglichen "
     "(Wertstellung 04.02.). Bitte prüfen Sie Ihren Zahlungseingang.", ReplyIntent.PAID),
    ("Done - EFT went through this arvo. $932.80. Ta", ReplyIntent.PAID),
])
def test_a_stop_in_other_words_and_a_trustee_a_firm_or_a_liquidation_that_stop_nothing(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_good_payment_record_is_no_payment_of_this_bill() -> None:
    for words in ("Le mando $150 el viernes y el resto a fin de mes. Vos sabés que siempre he "
                  "pagado.", "I've always paid on time, I'll pay Friday.",
                  "J'ai toujours payé à temps, je règle vendredi."):
        assert human_intent(words) is not ReplyIntent.PAID, words


@pytest.mark.parametrize(("words", "intent"), [
    ("Our position on INV-5903 is set out in our letter of 4 June. We would appreciate it if you "
     "would no longer contact us about this matter.", ReplyIntent.CEASE),
    ("Don't you dare stop sending these! It's the only way I remember owt. Got it, noted.",
     ReplyIntent.ACKNOWLEDGED),
    ("Paid half this morning (£400) by bank transfer. T'other half you're not getting till "
     "someone comes back and finishes the skirting in the back bedroom, it's been stood there "
     "bare plaster for six weeks.", ReplyIntent.DISPUTE),
    ("I'm driving so I'm dictating this the check for three hundred and twenty pounds went in "
     "the post on Tuesday", ReplyIntent.PAID),
    ("We went to your shop on Saturday and paid cash, R2 300. The lady at the till gave us a "
     "slip.", ReplyIntent.PAID),
    ("Die gelieferten Fenster sind mangelhaft: Bei zwei Flügeln ist das Glas gerissen, ein Rahmen "
     "ist verzogen und schließt nicht.", ReplyIntent.DISPUTE),
    ("Herr Maier ist leider unbekannt verzogen.", ReplyIntent.WRONG_PERSON),
])
def test_a_polite_stop_a_dared_reminder_work_unfinished_and_cash_paid_are_read_for_what_they_say(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "I've signed a protected trust deed. Any money owed will be dealt with through the trustee.",
    "Thanks for the reminder but I'd rather you didn't send any more.",
    "Please, I'm begging you, just stop.",
    "Pls dnt call dnt email dnt txt. thnks",
    "ok enough now, i dont want these emails anymore",
    "I'd appreciate it if this was the last message I got from you.",
    "Sorry but we've gone into admin. Can't pay anyone.",
    "Wow, another email. I'm sure my attorney will find that just as charming as I do.",
    "Our client has instructed us to handle this matter. Kindly channel all communications "
    "through our chambers.",
    "Please don't contact my mother about his business debts, it's upsetting her.",
    "Les ruego que se pongan en contacto con ellos y no conmigo.",
    "Adressez-vous désormais à notre cabinet d'avocats. Aucune autre réponse ne sera donnée.",
    "Ersuche um Einstellung jeder weiteren Kontaktaufnahme.",
    "Wir befinden uns in einem Schutzschirmverfahren.",
])
def test_a_stop_request_in_any_wording_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "I was bankrupt back in 2019 but I was discharged years ago, so I'm good for it. I'll pay on "
    "Wednesday.",
    "I spoke to my attorney about an unrelated matter and she reminded me I still owe you. I'll "
    "pay by Friday.",
    "I've checked with my solicitor and the contract caps call-out fees at £60, not £95.",
    "Our old payments provider went into administration, so could you confirm your bank details?",
    "Transferred $620 yesterday. Btw the company that filed Chapter 11 in your area is Beacon "
    "Roofing, not us.",
    "How do I unsubscribe from your monthly newsletter? Not this, just the marketing one. The "
    "invoice will be paid by the end of the month.",
    "Yeah nah all good, I'll sort it Monday. And can you quit sending the texts, emails are sweet.",
    "Hi team, this is for a website we asked you to STOP building in June when the scope changed.",
    "Hemos hablado con nuestro abogado y nos recomienda llegar a un acuerdo de pago. ¿Podemos "
    "pagar 300 € al mes?",
    "Merci de ne plus m'envoyer de SMS, je préfère le mail. Je vous règle le 20.",
    "Bitte keine Briefe mehr an die Privatadresse, nur noch an die Firmenmail. Wir zahlen bis "
    "zum 20.",
])
def test_a_consulted_lawyer_another_firm_s_insolvency_or_a_refused_channel_is_no_stop_request(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "hi the 10% repeat customer discount isnt on this one, it was on all the others.",
    "hey you guys charged me for the 6 month plan, i picked monthly.",
    "The tyres supplied were 2019 date codes sold to us as new. We want them swapped or the "
    "invoice reduced.",
    "The cover photos on our album are of a different couple?? Can't pay until we get OUR album.",
    "Frankly I'm astonished you're chasing this. Building control failed the inspection.",
    "Good evening. This amount was refunded to my card on 17 October after I complained.",
    "I think you have the wrong pallet count. Our goods-in log shows 14 pallets, your invoice "
    "bills 18.",
    "Der Wochenendzuschlag ist falsch, die Arbeiten fanden an einem Mittwoch statt.",
    "Ni idea de qué es esto. No os hemos contratado nada este año.",
    "Can't say I'm thrilled to see 3 days of scaffold hire on here, given our lads put the "
    "scaffold up themselves. Everything else on the invoice is fine by the way.",
    "Pretty sure the 10% trade discount we always get is missing from this one.",
    "INV-6104 and INV-6105 are identical apart from the number.",
    "We paid this by BACS on 14/10. Now its come back as overdue with a £40 late fee added on "
    "top. that fee shouldnt be there",
    "Guten Tag, diese Bestellung stammt nicht von uns.",
    "Les travaux de peinture faisaient partie de la garantie décennale. Vous ne pouvez pas me les "
    "facturer.",
    "Je ne sais pas qui a passé cette commande mais ce n'est pas nous.",
    "ese pedido lo hizo mi vecino del 3ºB, no yo. se equivocaron de piso",
])
def test_a_bill_contested_through_facts_is_a_dispute(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("Thanks for sorting out the missing boxes, the replacement arrived this morning. With that "
     "fixed I'll pay the invoice tomorrow.", ReplyIntent.PROMISE_TO_PAY),
    ("Thanks for the credit note for the broken tiles - I've paid the balance today.",
     ReplyIntent.PAID),
    ("Wir haben nichts zu beanstanden. Die Zahlung erfolgt morgen per E-Banking.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Hey, not a problem. Will pay on Monday. Also, could you stop cc'ing my old colleague? He "
     "doesn't work here.", ReplyIntent.PROMISE_TO_PAY),
    ("Cheque posted Friday. Please update your records to our new address, we've moved to Unit 7.",
     ReplyIntent.PAID),
    ("Don't stop, I need the nagging. Will get round to it.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_problem_put_right_or_a_colleague_gone_leaves_what_the_debtor_says_of_paying(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Regarding the balance on INV-2291, my attorney, Mark Ostrow, has asked that all "
     "communications about this account go through him from here on out.", ReplyIntent.CEASE),
    ("I would like to inform you that our company is now under corporate rehabilitation and the "
     "court has appointed a rehabilitation receiver.", ReplyIntent.CEASE),
    ("Quick thing on INV-8842: the hourly on there is $95, but our service agreement signed in "
     "March locks it at $78 for the whole year.", ReplyIntent.DISPUTE),
    ("The invoice has £90 call-out plus £65 for the first hour. That's not what we agreed.",
     ReplyIntent.DISPUTE),
    ("Yer lads left the job half done. Skirtin's not on, doors not hung. Ye'll get paid when it's "
     "finished, not before.", ReplyIntent.DISPUTE),
    ("Durante el transporte se rompieron dos cajas de vajilla. Así no me parece justo pagar el "
     "importe completo.", ReplyIntent.DISPUTE),
    ("Ihr Team war im Oktober nur zweimal da und nicht viermal, wie berechnet.",
     ReplyIntent.DISPUTE),
    ("The disagreement we had about the August delivery is all sorted now. INV-5560 is correct "
     "and I'll pay it at the end of the month.", ReplyIntent.PROMISE_TO_PAY),
    ("My brother's company went into administration and I've been helping him sort through it. "
     "I've seen your email and I'll look into the invoice this week.", ReplyIntent.ACKNOWLEDGED),
    ("I ain't filing no bankruptcy or nothing, I'm good. Just sending it Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("I don't want stop the contact, no no. Please continue send to me. I will pay the 15th.",
     ReplyIntent.PROMISE_TO_PAY),
    ("No digo que no lo deba, pero ¿me explican de dónde sale el recargo de 35 €?",
     ReplyIntent.QUESTION),
    ("Keine Beschwerde, nur zur Info: Betrag ist am 30.10. per Sofortüberweisung raus.",
     ReplyIntent.PAID),
    ("how much left 2 pay? lost track", ReplyIntent.QUESTION),
    ("Yeah nah yeah, paid it Monday. Should be in your account, check again bro.",
     ReplyIntent.PAID),
    ("cant do it all. 50 a wk from fri ok?", ReplyIntent.PAYMENT_PLAN),
])
def test_long_replies_and_many_voices_are_read_for_the_one_thing_that_decides(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "This is an auto generated mail. Your query has been registered with ticket no. AP-114873.",
    "G'day, thanks for your email. I'm out on site with no reception until Thursday 6 November.",
    "Thank you for your email. I am currently away on official duty and will respond upon my "
    "return on 11th November 2025.",
])
def test_a_notice_in_other_words_is_an_auto_reply(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.AUTO_REPLY


def test_a_debtor_who_had_no_signal_is_no_auto_reply() -> None:
    assert read_above_the_reminder(
        "Sent the 750 quid through this arvo mate, should land tomorrow. Sorry for the wait, been "
        "on a job out in the sticks with no signal.").intent is ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "Go away.",
    "Speak to my brief.",
    "Bonjour, pourriez-vous arrêter de m'appeler et de m'envoyer des e-mails ? Je traverse une "
    "période compliquée.",
    "Hallo, könnten Sie bitte aufhören, mich anzurufen und mir zu mailen?",
    "Tengo un asesor de deudas que me representa. Les agradecería que toda la correspondencia "
    "pase por él.",
    "Unsubscribe me from your newsletter and stop emailing me.",
    "The business was put under administration in October. Please address the administrators.",
    "Ye can talk to me solicitor aboot it.",
])
def test_a_stop_request_in_few_or_other_words_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Please remove me from the newsletter. Invoice 4410 was paid on Friday by bank transfer.",
     ReplyIntent.PAID),
    ("Bitte melden Sie mich vom Newsletter ab. Die Rechnung begleiche ich natürlich bis "
     "Monatsende.", ReplyIntent.PROMISE_TO_PAY),
    ("¡Ya está pagado! Ahora ya pueden dejar de perseguirme, jaja.", ReplyIntent.PAID),
    ("Payroll is on the 14th so I'll pay you in full on that day. Then you can stop chasing, I "
     "promise.", ReplyIntent.PROMISE_TO_PAY),
    ("Bon, d'accord, je paie vendredi et comme ça vous arrêtez de me relancer !",
     ReplyIntent.PROMISE_TO_PAY),
    ("Por favor, no me llamen al móvil, que estoy trabajando. Por email sin problema. Mañana "
     "hago la transferencia.", ReplyIntent.PROMISE_TO_PAY),
    ("Is there a way to opt out of the phone call reminders but still get emails? And can I pay "
     "by card?", ReplyIntent.QUESTION),
    ("Je ne vous demande pas d'arrêter de me contacter, simplement un délai. Je ne peux pas tout "
     "payer d'un coup.", ReplyIntent.PAYMENT_PLAN),
])
def test_the_newsletter_dropped_calls_refused_or_a_stop_allowed_after_paying_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Tuvimos un problema con un cargo doble, pero ustedes ya lo devolvieron. La factura "
     "pendiente la pagué hoy.", ReplyIntent.PAID),
    ("I had queried the rate with Alan but he explained the weekend uplift and I'm happy. "
     "Payment made yesterday, £1,785.", ReplyIntent.PAID),
    ("No the goods weren't damaged, that was a different delivery. INV-2617 was paid in full on "
     "Friday.", ReplyIntent.PAID),
    ("Your service desk kept us on hold for 40 minutes last week which was painful, but that's a "
     "separate gripe. We'll pay INV-3040 on Friday 14 November.", ReplyIntent.PROMISE_TO_PAY),
    ("Paid in full on Monday, together with the credit note you issued for the damaged tiles.",
     ReplyIntent.PAID),
    ("Il y a eu un retard sur la pose, mais je n'ai rien à redire sur le travail. Je paie le 20.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_a_trouble_settled_or_beside_the_point_is_no_dispute(words: str,
                                                              intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_trouble_credited_before_so_this_bill_is_correct_is_no_dispute_to_the_rules() -> None:
    words = ("We did send back two chairs, but they were credited on the March invoice, so this "
             "one is correct. Paying it Friday.")
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize("words", [
    "We sent back two chairs and I don't think this one is correct, they're still on it.",
    "Where is the credit note you promised for the damaged tiles? It's not on this bill.",
    "Il y a eu un retard sur la pose et le portail ne ferme toujours pas. On ne paiera pas ça.",
    "Die Pumpe ist eingebaut, aber die Fernbedienung fehlt bis heute. Sobald sie da ist, zahle "
    "ich.",
])
def test_a_trouble_not_settled_is_still_a_dispute(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("Sorry we're late - the company that went bankrupt was our parts supplier, not us, and it's "
     "left us chasing our own deposits back. We'll pay the £540 on the 15th.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Die Überweisung über 864,50 € ist am Freitag von unserem Konto rausgegangen.",
     ReplyIntent.PAID),
    ("Hiya Declan, grand, got this. I'll have a wee look at it the night when the kids are in "
     "bed.", ReplyIntent.ACKNOWLEDGED),
])
def test_what_the_development_sets_once_unseen_said_is_read(words: str,
                                                             intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Got this, thanks. I've passed INV-7731 to our accounts team and asked them to look into it.",
     ReplyIntent.ACKNOWLEDGED),
    ("I said I'd pay Friday but I've actually just done it now while I remembered. £59.99.",
     ReplyIntent.PAID),
    ("Our treasurer sent the €275 on Monday - sorry it took so long, the club committee only "
     "meets monthly.", ReplyIntent.PAID),
    ("Hi, I'm away at a trade show till Tuesday so I can't get to the company card, but the $780 "
     "will be paid Wednesday the 12th. Not an auto-reply, just me on my phone! - Kev",
     ReplyIntent.PROMISE_TO_PAY),
    ("Thank you for contacting Redwood Dental Group Accounts Payable. Our team is currently "
     "processing a high volume of requests. Your reference number is AP-20451.",
     ReplyIntent.AUTO_REPLY),
])
def test_mixed_messages_are_read_for_what_decides(words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_debtor_who_says_their_mailbox_is_no_longer_monitored_wrote_it_themself() -> None:
    assert read_above_the_reminder(
        "Mr Schmit has not been with Nord Logistics since 1 September and this mailbox is no "
        "longer monitored regularly. Please update your contact details.").intent is (
        ReplyIntent.WRONG_PERSON)


@pytest.mark.parametrize(("words", "intent"), [
    ("I went to a debt advice charity and they've helped me put together a plan. I can pay £50 "
     "now and £50 every Monday after.", ReplyIntent.PAYMENT_PLAN),
    ("My insolvency practitioner suggested I talk to creditors directly before anything formal. "
     "Could I pay £100 a month from 1 December?", ReplyIntent.PAYMENT_PLAN),
    ("I've no intention of declaring bankruptcy, I want to pay you back. I just need to do it in "
     "smaller amounts over the next few months.", ReplyIntent.PAYMENT_PLAN),
    ("Please stop emailing my colleague about this, I'm the right contact. I'll pay it tomorrow.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Got it. I'll chat to my lawyer friend about the contract wording for future jobs, but for "
     "now I'm just acknowledging this one.", ReplyIntent.ACKNOWLEDGED),
    ("Look, I'm not going to tell you to stop emailing — you're entitled to chase. I'll clear it "
     "on Monday.", ReplyIntent.PROMISE_TO_PAY),
    ("I've paid. Stop worrying. And stop sending me three reminders a week while you're at it, "
     "once is plenty.", ReplyIntent.PAID),
])
def test_an_adviser_who_helps_the_debtor_pay_or_a_word_on_how_often_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("We had a small issue last month with the supplier who sold us the faulty pumps. Regarding "
     "your invoice, we made the payment via M-Pesa on Friday.", ReplyIntent.PAID),
    ("I have not received the bank details for the fee payment. I will make the payment of Rs. "
     "14,400/- immediately on receipt of the same.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_third_party_s_faulty_goods_or_bank_details_not_received_are_no_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Apologies for the delay - our accountant retired in October and things slipped while we "
     "found a new one. The invoice will be settled by the end of the month.",
     ReplyIntent.PROMISE_TO_PAY),
    ("My husband passed away in September. I found your invoice among his papers and have paid "
     "it in full today.", ReplyIntent.PAID),
    ("Bonjour, je suis la fille de Mme Perrin. Ma mère est décédée en octobre et j'ai réglé sa "
     "facture aujourd'hui par virement.", ReplyIntent.PAID),
    ("Hello, our payroll person retired and I'm doing two jobs at once. I haven't forgotten you - "
     "payment will be Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("Soy la nueva administrativa, sustituyo a Carmen que se jubiló. Acabo de hacer la "
     "transferencia de 640 €.", ReplyIntent.PAID),
    ("Received. Please note I'm now the main contact as Grant has left.",
     ReplyIntent.ACKNOWLEDGED),
    ("Hi — Owen retired and I've taken on his clients. Can you tell me what this £320 is for?",
     ReplyIntent.QUESTION),
    ("Bien noté. Mme Caron a pris sa retraite, je suis désormais votre interlocutrice et je vais "
     "regarder ça.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_contact_gone_told_of_by_someone_who_deals_with_the_debt_is_no_wrong_person(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Afraid Lucas Byrne isn't known at this address. We're a family of four and none of us is "
    "called Lucas.",
    "John no longer works here. Please update your records.",
    "Mr Fraser died in September. Please update your records.",
])
def test_a_contact_gone_with_no_one_taking_the_debt_on_is_a_wrong_person(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize("words", [
    "The individual addressed is unknown to me.",
    "Hi - the person you are trying to reach, Amara, was let go in September.",
    "Aquí no hay nadie que se llame Andrés Vidal. Es el correo familiar de casa.",
    "Aucune d'entre elles ne connaît « Atelier Morin ».",
    "Sie haben den falschen Thomas Weber erwischt. Ich bin Lehrer in Kassel.",
])
def test_a_stranger_to_the_debt_in_other_words_is_a_wrong_person(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize(("words", "intent"), [
    ("Facturáis el transporte aparte (120 €) cuando en la oferta ponía bien clarito \"portes "
     "incluidos\".", ReplyIntent.DISPUTE),
    ("Mirá, las horas de diseño que figuran (60) no tienen nada que ver con lo que hablamos. "
     "Eran 25 horas cerradas.", ReplyIntent.DISPUTE),
    ("Eso ya me lo abonasteis. Revisad.", ReplyIntent.DISPUTE),
    ("C'est une blague ? Le toit fuit ENCORE après votre soi-disant réparation.",
     ReplyIntent.DISPUTE),
    ("Fehlen 3 Kartons. Zahle nur, was da ist.", ReplyIntent.DISPUTE),
    ("We are not liable for this. Structural repairs to the roof are the landlord's "
     "responsibility, not the tenant's.", ReplyIntent.DISPUTE),
    ("This was already paid by our insurance company directly to you. Please don't bill us for "
     "it.", ReplyIntent.DISPUTE),
    ("Lo del pedido duplicado ya nos lo anulasteis, gracias Sonia. La que queda la pagamos el 15.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Die Gutschrift ist angekommen, danke. Den Rest haben wir heute Morgen überwiesen.",
     ReplyIntent.PAID),
    ("Ich bestreite nichts, ich hab das Geld nur gerade nicht. Könnte ich Ihnen monatlich 150 € "
     "zahlen?", ReplyIntent.PAYMENT_PLAN),
    ("J'ai transféré la facture à notre expert-comptable, il s'en occupe.",
     ReplyIntent.ACKNOWLEDGED),
    ("Buenas. Le confirmo que se consignaron los $4.200.000 esta mañana en Bancolombia.",
     ReplyIntent.PAID),
    ("Désolé pour le retard, tout est correct de notre côté. Je fais le virement tout de suite.",
     ReplyIntent.PROMISE_TO_PAY),
    ("pd", ReplyIntent.PAID),
])
def test_disputes_and_their_lookalikes_in_spanish_french_german_and_english_are_read(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Hello, thanks for your email! I'm travelling in rural Kenya until 24 November with very "
    "patchy signal. I'll reply as soon as I'm back.",
    "Thanks for your message. Our office is closed for the Diwali holidays and will reopen on 10 "
    "November. We will respond to your query upon our return.",
])
def test_a_notice_of_absence_in_other_words_is_an_auto_reply(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.AUTO_REPLY


@pytest.mark.parametrize(("words", "intent"), [
    ("Hi, the debt adviser at Citizens Advice suggested I ask you for a payment plan. I can manage "
     "£40 a week starting Friday 5 June. Is that ok?", ReplyIntent.PAYMENT_PLAN),
    ("I'm working with StepChange on my debts. They've told me to ask creditors to contact them "
     "and not me.", ReplyIntent.CEASE),
    ("My debt adviser told me to ask you to deal with them from now on.", ReplyIntent.CEASE),
    ("The insolvency practitioner told me to write to all creditors to let them know I am "
     "entering an IVA.", ReplyIntent.CEASE),
    ("StepChange advised me to contact you and ask that you put my account on hold while they "
     "set up a plan.", ReplyIntent.CEASE),
    ("cheques in the post, posted it weds", ReplyIntent.PAID),
])
def test_an_adviser_who_sent_the_debtor_to_ask_for_terms_is_no_referral(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("This bill's wrong, I only ever had the one skip not two. And I'm sick to the back teeth of "
     "these emails, divn't email us again.", ReplyIntent.CEASE),
    ("This bill's wrong, I only ever had the one skip not two.", ReplyIntent.DISPUTE),
    ("Eh this one already settle under the combined invoice INV-4400 last month what. Why bill "
     "again?", ReplyIntent.DISPUTE),
    ("Done and dusted mate, transferred the $480 this arvo.", ReplyIntent.PAID),
    ("ok received", ReplyIntent.ACKNOWLEDGED),
    ("Pop into the office Thursday and I'll hand you the cash, no problem.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Sorry for the dispute last month, all resolved now and the full amount has gone through "
     "today.", ReplyIntent.PAID),
    ("We were in administration last year but we're well out of it now. Will pay by end of "
     "month.", ReplyIntent.PROMISE_TO_PAY),
    ("The stuff never arrived at first but it came in the end. Paying Friday.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_many_englishes_are_read_for_what_they_say(words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Kindly cease all further correspondence regarding this account. Regards, D. Okonkwo",
    "I'd rather not hear from you again, to be honest. Please make this the last email.",
    "Not interested in any further contact. Thank you.",
    "Could you not send me any more emails? Thank you.",
    "Your emails are unwanted. Please cease.",
    "My representative, Mr Grant Ellery of Ellery Debt Solutions, acts for me in all matters "
    "relating to this account. Please deal with him and not me.",
    "All contact via our accountant from now on please, not email.",
    "Please direct all further correspondence regarding this account to Hargreaves & Lomax "
    "Solicitors.",
    "I have instructed solicitors, Marsh Cowell LLP. Please deal with them from now on.",
    "Plz no more msgs. my lawyer is dealing w it",
    "We are under a company voluntary arrangement and the supervisor has asked creditors not to "
    "chase directly.",
    "We have filed for creditor protection under the CCAA. Please contact the monitor for any "
    "claims.",
    "Stop send mi dese email dem. Mi done tell unu already, talk to mi lawyer.",
    "Gonnae no email me again. If ye want yer money talk tae ma lawyer.",
])
def test_a_stop_request_the_rules_alone_now_read_without_the_word_model(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("My consumer proposal was completed last year and I got my certificate, so no issues there. "
     "I'll e-transfer you the full $410 on Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("My lawyer is dealing with my divorce so everything's chaos at the moment, sorry. I'll pay "
     "this by the end of the month.", ReplyIntent.PROMISE_TO_PAY),
])
def test_an_insolvency_completed_or_a_lawyer_busy_elsewhere_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is not ReplyIntent.CEASE
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "The cleaners have missed four of our last six Mondays. We'll pay for the two they actually "
    "turned up to.",
    "We had placed order for 200 units only on 14th October, your invoice is showing 250 units. "
    "Kindly revise.",
    "We were quoted £2,100 and the invoice says £2,650.",
    "Bro I never even got the cake. Shop was closed when I came for it at 3 like we agreed.",
    "Pls note our company is VAT exempt, which we told your office at the start. VAT should not "
    "be on this.",
    "Die Paletten sind nie bei uns angekommen.",
    "Los 12 termotanques que figuran en la factura no llegaron nunca.",
])
def test_a_dispute_the_rules_alone_now_read_without_the_word_model(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("Ich überweise die 980,00 € in 14 Tagen. Bitte bis dahin keine weiteren Mahnungen.",
     ReplyIntent.PROMISE_TO_PAY),
    ("I'll transfer the £480 on the 30th. No more reminders till then please.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Pagaré el viernes. Hasta entonces, no me manden más recordatorios.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Je vire les 480 € vendredi. D'ici là, merci de ne plus m'envoyer de relances.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Our attorney will be in touch about the photos. Until then, no more emails please.",
     ReplyIntent.CEASE),
    ("Je paierai quand je pourrai. D'ici là, ne m'écrivez plus.", ReplyIntent.CEASE),
    ("I've referred this to Citizens Advice. Until then, please leave me alone.",
     ReplyIntent.CEASE),
])
def test_reminders_paused_until_the_day_promised_are_no_stop_request_but_all_contact_stopped_is(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I spoke to a debt adviser at Citizens Advice and she suggested I offer what I can afford, "
     "which is £40 a month.", ReplyIntent.PAYMENT_PLAN),
    ("StepChange advised me to propose £25 a month until it's cleared.",
     ReplyIntent.PAYMENT_PLAN),
    ("Citizens Advice are looking at my debts and they've told me to ask you to stop contacting "
     "me while they do.", ReplyIntent.CEASE),
])
def test_a_debt_adviser_who_suggested_an_offer_is_no_one_the_creditor_is_sent_to(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Die Zahlung über 1.204,50 € wurde am 3. des Monats ausgeführt.", ReplyIntent.PAID),
    ("La factura ya la pagamos el lunes pasado por transferencia.", ReplyIntent.PAID),
    ("I will drop off the JMD $42,000 at the office on Saturday morning.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Ill pay you friday when my wages go in", ReplyIntent.PROMISE_TO_PAY),
    ("The fabric is nothing like the sample I picked. I don't want it.", ReplyIntent.DISPUTE),
])
def test_payments_promises_and_goods_refused_the_rules_alone_now_read(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "not_read_as"), [
    ("You left our lawn full of ruts and the gate post snapped. Come and put it right first.",
     ReplyIntent.WRONG_PERSON),
    ("It's been a tough year. Lots of customers not paying us either. Anyway.",
     ReplyIntent.DISPUTE),
    ("I'm holding off on paying anything until my business partner is back from holiday. I'll "
     "be in touch.", ReplyIntent.DISPUTE),
    ("Your reminder is noted and the invoice has been added to our monthly review with the "
     "client.", ReplyIntent.PAYMENT_PLAN),
    ("Als Steuerbüro bearbeiten wir den Zahlungsverkehr, zumal unsere Mandanten seit Jahren bei "
     "Ihnen kaufen.", ReplyIntent.CEASE),
])
def test_words_that_only_look_like_a_contact_gone_a_dispute_a_plan_or_a_lawyer_do_not_count(
        words: str, not_read_as: ReplyIntent) -> None:
    assert human_intent(words) is not not_read_as


@pytest.mark.parametrize(("words", "intent"), [
    ("Spoke to my solicitor about our row with the main contractor and she says your invoice is "
     "nothing to do with that and I should just pay it. So I will, Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("I'm not saying the bill is wrong, I'm just saying I can't pay before Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Sorry, this is a personal gmail and I am not connected to Shree Ganesh Traders in any way.",
     ReplyIntent.WRONG_PERSON),
    ("What name is the account under? My bank's confirmation of payee says it doesn't match.",
     ReplyIntent.QUESTION),
    ("The job sheet you sent is signed \"S. Wallis\" - we have no one by that name. Nobody came "
     "that day and that invoice isn't getting paid.", ReplyIntent.DISPUTE),
    ("La caja llegó algo abollada pero todo estaba perfecto por dentro. Transferencia hecha esta "
     "mañana.", ReplyIntent.PAID),
    ("Thanks for this. Yes we're aware it's outstanding.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_lawyer_busy_elsewhere_a_bill_not_called_wrong_and_a_dented_box_keep_their_sense(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_paying_in_dribs_and_drabs_is_a_plan_by_the_rules() -> None:
    assert human_intent("Look I'll pay it, but it'll have to be in dribs and drabs.") is (
        ReplyIntent.PAYMENT_PLAN)


@pytest.mark.parametrize("words", [
    "Überwiesen am Montag, 310,00 € auf Ihr Postbank-Konto. Sollte bald da sein.",
    "Bezahlt vom Geschäftskonto, gestern Abend.",
])
def test_a_german_reply_that_opens_with_the_payment_done_is_paid(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "Das Geld wird überwiesen am Freitag.",
    "Überwiesen am Freitag?",
])
def test_a_german_payment_still_to_come_or_asked_about_is_not_paid(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.PAID


@pytest.mark.parametrize("words", [
    "Guten Tag, ich dachte, das sei längst bezahlt? Könnten Sie bitte prüfen, ob im Oktober "
    "eine Zahlung über 212,00 € bei Ihnen eingegangen ist?",
    "Bonjour, je pensais que c'était réglé depuis longtemps ? Pouvez-vous vérifier de votre côté ?",
])
def test_a_payment_only_believed_made_in_german_or_french_is_a_question(words: str) -> None:
    assert phrases.payment_doubted(words)
    assert read_above_the_reminder(words).intent is ReplyIntent.QUESTION


def test_a_day_restated_at_the_latest_after_a_fortnight_is_the_day_to_go_by() -> None:
    parsed = read_above_the_reminder(
        "Nous vous verserons 1 200 € sous quinzaine, soit au plus tard le vendredi 14 novembre.")
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == date(2025, 11, 14)


@pytest.mark.parametrize(("words", "intent"), [
    ("You're thinking of Harlow Plumbing in Essex - we're Harlow Plumbing of Leeds, different "
     "people entirely.", ReplyIntent.WRONG_PERSON),
    ("This is Moss Lane Garage, no connection. Please check who you meant.",
     ReplyIntent.WRONG_PERSON),
    ("We never had any guttering fitted, so I've no idea what this bill is.", ReplyIntent.DISPUTE),
    ("I'm Priya, the new practice manager at Lane Dental. Our old manager retired in March. Could "
     "you resend the invoice to me so I can log it?", ReplyIntent.QUESTION),
])
def test_another_firm_of_the_name_work_never_had_and_a_contact_replaced_read_as_they_are(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("the card payment on your website keeps failing?? tried twice now", ReplyIntent.UNCLEAR),
    ("Why does my card keep getting declined on your payment page?", ReplyIntent.QUESTION),
    ("Can I pay by bank transfer instead? The card keeps failing.", ReplyIntent.QUESTION),
])
def test_a_failing_card_told_with_question_marks_asks_nothing_unless_the_sentence_asks(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize("words", [
    "just so you know citizens advice are sorting all this out for me now so can you speak to "
    "them instead",
    "I've got StepChange working on a plan for me. Ring them, not me.",
    "I know you're only doing your job. Still, I'd be grateful if this was the last email.",
    "Ich wäre Ihnen dankbar, wenn die Mahnungen per E-Mail künftig unterbleiben könnten.",
    "This address is for work, and I won't read anything further sent here.",
])
def test_a_stop_asked_politely_or_left_to_a_debt_charity_is_a_stop_request(words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("You can stop chasing. Paid in full last night.", ReplyIntent.PAID),
    ("Pueden dejar de enviarme recordatorios: ya pagué la factura el lunes.", ReplyIntent.PAID),
    ("We're not the company in liquidation, that's Harlow Glazing Ltd. We'll pay at the end of "
     "the month.", ReplyIntent.PROMISE_TO_PAY),
])
def test_the_chasing_allowed_to_stop_or_someone_elses_liquidation_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize("words", [
    "You don't need to stop emailing, just tell me what this invoice is for.",
    "Stop. Just stop. Sorry, wrong thread, ignore me.",
    "Bitte hören Sie auf, uns die Servicepauschale zu berechnen.",
])
def test_a_stop_not_needed_a_reply_to_the_wrong_thread_or_a_charge_to_stop_is_no_stop_request(
        words: str) -> None:
    assert human_intent(words) is not ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Deposit of £300 paid in May. The invoice shows the full £1,400 with no deduction.",
    "The price freeze you wrote to us about runs until March.",
    "Could you explain how a job you quoted at £250 became £475?",
    "Sent back unopened, 19th Sept.",
    "El precio de 70 €/hora es el de fin de semana. Vinieron un jueves.",
])
def test_a_deposit_left_off_a_price_freeze_a_quote_outgrown_or_goods_sent_back_are_disputes(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Our previous cleaning company charged us for weeks they never came. You've been great.",
    "The supplier we had before you sent us the wrong parts three times.",
    "Unser früherer Lieferant hat uns ständig falsche Mengen berechnet.",
])
def test_another_suppliers_failings_are_no_dispute_nor_a_payment(words: str) -> None:
    assert human_intent(words) not in (ReplyIntent.DISPUTE, ReplyIntent.PAID)


@pytest.mark.parametrize(("words", "asks"), [
    ("¿El precio incluye IVA?", True),
    ("Is VAT included in that price? And is there a discount for paying early?", True),
    ("Why is it £95 when you told me on the phone it'd be £60?", False),
    ("Surely the call-out fee comes off?", False),
    ("The price we agreed included VAT.", False),
])
def test_a_reply_that_only_asks_is_told_from_a_question_that_carries_a_claim(
        words: str, asks: bool) -> None:
    assert phrases.only_asks(words) is asks


@pytest.mark.parametrize(("words", "intent"), [
    ("Stop sending the paper statements please, email's fine. What is the £18 admin fee for?",
     ReplyIntent.QUESTION),
    ("Please stop sending the invoices to our Leeds office, we closed it. This one I'll pay "
     "Monday.", ReplyIntent.PROMISE_TO_PAY),
    ("Dejen de enviar las cartas a la dirección antigua, por favor. ¿Me pasan el IBAN?",
     ReplyIntent.QUESTION),
    ("I have asked twice for you to stop sending these to my personal address. STOP.",
     ReplyIntent.CEASE),
])
def test_paper_refused_while_email_is_welcome_or_an_old_office_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


def test_a_letter_that_says_the_old_bank_details_are_no_longer_valid_is_no_stop_request() -> None:
    words = ("Außerdem bräuchte ich Ihre IBAN, die alte Bankverbindung ist laut Ihrem Schreiben "
             "nicht mehr gültig.")
    assert human_intent(words) is not ReplyIntent.CEASE
    assert human_intent("Schreiben Sie mir bitte nicht mehr.") is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Please stop - I settled it last night.",
    "Could you take my email address off your system? It's the family iPad's account.",
    "Whoever gave you this address, I want it taken off. No more invoices or reminders to it.",
    "Mon fils s'occupe de mes papiers maintenant. Appelez-le, pas moi.",
    "Mein Neffe kümmert sich um alles. Bitte nur noch mit ihm sprechen, nicht mit mir.",
])
def test_a_bare_please_stop_an_address_taken_off_or_a_representative_named_are_stop_requests(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("We are not in any kind of administration, just a slow quarter. Could we pay in three "
     "instalments?", ReplyIntent.PAYMENT_PLAN),
    ("The administration scare is behind us and we're fully solvent. Paid the £420 today.",
     ReplyIntent.PAID),
    ("Le liquidateur judiciaire, c'est pour notre ancien client, pas nous. Je règle vendredi.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Dejen de enviarme promociones, por favor, pero ¿me pueden reenviar la factura FAC-77?",
     ReplyIntent.QUESTION),
    ("No necesito que dejen de escribirme. ¿Cuál es su número de cuenta?", ReplyIntent.QUESTION),
    ("Wir überweisen Ende des Monats, sobald unser Mandant uns bezahlt hat.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_an_insolvency_denied_or_someone_elses_marketing_refused_or_a_paying_client_is_no_stop(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Stop charging me late fees, the invoice was paid on time.",
    "Dejen de cobrarme intereses: la factura se pagó en plazo.",
    "Hören Sie auf, uns Verzugszinsen zu berechnen. Wir haben pünktlich bezahlt.",
    "Arrêtez de nous facturer des pénalités, le paiement était dans les délais.",
    "Since when does a ten-minute callout cost £180?",
    "Do you honestly expect we're going to pay £90 for a visit nobody turned up to?",
    "Qué bonito, 400 € por apretar dos tornillos.",
    "You've charged VAT at 20% but it's a new-build conversion, zero-rated.",
])
def test_fees_refused_a_price_mocked_or_vat_on_zero_rated_work_are_disputes(words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


def test_a_charge_to_stop_is_no_stop_request() -> None:
    assert human_intent("Dejen de reclamarme los recargos; la factura está pagada.") is not (
        ReplyIntent.CEASE)


@pytest.mark.parametrize(("words", "intent"), [
    ("Please stop phoning my mobile at work, email is better for me.", ReplyIntent.UNCLEAR),
    ("I'd like to stop getting robo-calls from your system at 7am.", ReplyIntent.UNCLEAR),
    ("No me llamen más al móvil, prefiero correo.", ReplyIntent.UNCLEAR),
    ("Stop ringing my phone and stop filling my inbox.", ReplyIntent.CEASE),
])
def test_calls_refused_while_email_is_welcome_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_the_bank_sending_a_payment_back_is_no_goods_sent_back() -> None:
    words = "The bank sent the payment back saying the account is closed?? Have you moved banks?"
    assert read_above_the_reminder(words).intent is not ReplyIntent.DISPUTE


def test_a_lawyer_who_agreed_the_figure_is_no_dispute() -> None:
    words = "Our solicitor went through the contract and agreed with your figure. Paying Friday."
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


def test_a_person_who_says_do_not_reply_and_names_their_lawyer_is_no_auto_reply() -> None:
    words = "Do not reply to this email. Do not send any more. Speak to my solicitor."
    assert not is_auto_reply({}, "Re: Reminder", words)
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


def test_a_short_forward_to_accounts_is_acknowledged() -> None:
    assert human_intent("Reenvío a contabilidad, ellos te dirán algo.") is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(("words", "intent"), [
    ("We ran it past our solicitor and there's no issue with the invoice. Paying on the 21st.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Insolvent ist die Firma seines Bruders, das hat mit uns nichts zu tun. Wir zahlen am "
     "Freitag.", ReplyIntent.PROMISE_TO_PAY),
    ("Please stop sending me invoices for the garage job, you already credited it, CN-118.",
     ReplyIntent.DISPUTE),
])
def test_a_lawyer_who_found_no_issue_a_scots_dont_stop_a_brothers_insolvency_or_one_jobs_bills(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_scots_dont_stop_is_no_stop_request() -> None:
    words = "Naw, dinnae stop sending these, they keep me right."
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


def test_seen_with_thanks_is_acknowledged() -> None:
    assert human_intent("Seen, cheers.") is ReplyIntent.ACKNOWLEDGED


def test_monthly_payments_until_all_is_settled_are_no_payment() -> None:
    assert human_intent("Ich kann ab dem 15. monatlich 200 € zahlen, bis alles beglichen ist.") is (
        ReplyIntent.PAYMENT_PLAN)


@pytest.mark.parametrize("words", [
    "Out of office: I'm travelling with intermittent email access until 11/14.",
    "Thank you for contacting Marsh Joinery. This mailbox is not monitored. Please resend your "
    "query to info@marshjoinery.example.",
])
def test_an_out_of_office_line_or_an_unmonitored_mailbox_notice_is_an_auto_reply(
        words: str) -> None:
    assert is_auto_reply({}, "Re: Reminder", words)


@pytest.mark.parametrize(("words", "intent"), [
    ("La empresa que entró en concurso fue nuestro antiguo proveedor, no nosotros. Les "
     "pagaremos el viernes.", ReplyIntent.PROMISE_TO_PAY),
    ("Oh great, keep emailing. My solicitor is going to love reading these. Send the next one "
     "straight to him.", ReplyIntent.CEASE),
    ("Your terms say no cancellation fee after the first year. I left after 30 months.",
     ReplyIntent.DISPUTE),
    ("We never ordered these pallets. I think you've got the wrong customer.", ReplyIntent.DISPUTE),
    ("Nunca hemos pedido esos vasos, creo que se han equivocado de cliente.", ReplyIntent.DISPUTE),
])
def test_a_suppliers_bankruptcy_a_lawyer_sent_the_next_one_a_contract_left_or_goods_never_ordered(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_wrong_customer_guessed_without_a_claim_on_the_bill_is_still_a_wrong_person() -> None:
    words = "I think you've got the wrong customer, we've never heard of your company."
    assert read_above_the_reminder(words).intent is ReplyIntent.WRONG_PERSON


@pytest.mark.parametrize("words", [
    "Paid on the day by card and now you've taken it by direct debit as well.",
    "I am not owing this, I paid your fitter cash and have his note.",
    "The mirror came in bits, glass all through the box.",
    "Nobody's been round to do any windows here, we're on the 9th floor.",
    "How is there a bill for curtains you have not even delivered?",
    "We paid a £300 deposit in March and it's not shown anywhere on this.",
    "¿Cómo que le debo la instalación si la caldera sigue en la caja?",
    "Me mandaron la talla equivocada. Ya lo devolví el lunes.",
])
def test_charged_twice_another_way_not_owing_broken_on_arrival_or_never_delivered_are_disputes(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Yep received, thanks",
    "Alright, cheers for letting me know.",
    "Much appreciated, thank you for the polite reminder.",
])
def test_short_thanks_for_the_reminder_are_acknowledged(words: str) -> None:
    assert human_intent(words) is ReplyIntent.ACKNOWLEDGED


def test_papers_with_a_wrong_address_on_them_tell_of_no_wrong_person() -> None:
    words = ("The certificate you issued has the wrong address on it, so the agent won't take it. "
             "Fix that and I'll pay.")
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


def test_an_insolvency_denied_with_no_or_only_reported_is_no_stop_request() -> None:
    words = "Somebody tell you I am in IVA? I have no IVA, no problem. I pay you on Monday."
    assert human_intent(words) is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize("words", [
    "ASAP!",
    "Sobald wie möglich.",
    "In den nächsten Tagen.",
    "Dans les prochains jours.",
    "Courant décembre.",
    "Après les fêtes.",
    "Fin de semana como muy tarde.",
    "A primeros del mes que viene.",
    "As soon as I can, sorry.",
])
def test_a_reply_that_says_only_when_it_will_pay_without_a_day_is_a_promise(words: str) -> None:
    parsed = read_above_the_reminder(words)
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date is None


@pytest.mark.parametrize(("words", "intent"), [
    ("Call me ASAP about the invoice?", ReplyIntent.UNCLEAR),
    ("Can you send the bank details asap?", ReplyIntent.QUESTION),
])
def test_asap_in_a_question_makes_no_promise(words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(("words", "intent"), [
    ("Sending half tomorrow, the other half when the job in Leeds pays out.",
     ReplyIntent.PAYMENT_PLAN),
    ("Mañana os mando la mitad y la otra mitad cuando nos paguen a nosotros.",
     ReplyIntent.PAYMENT_PLAN),
    ("¿Cuál era la fecha de vencimiento de la INV-3390? En mi copia pone 30 días pero no veo "
     "desde cuándo.", ReplyIntent.QUESTION),
    ("Welches Fälligkeitsdatum gilt denn? Auf der Rechnung steht 30 Tage netto, in der "
     "Auftragsbestätigung 14 Tage.", ReplyIntent.QUESTION),
    ("Bin gerade auf Montage bis Ende der Woche. Melde mich danach.", ReplyIntent.ACKNOWLEDGED),
])
def test_the_rest_paid_from_income_the_due_date_asked_and_time_away_are_no_disputes_or_days(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I was about to draft a cease and desist letter! But fine - I'll pay the £990 on Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("My solicitor told me to pay it and stop arguing, so I have. £1,125 transferred this "
     "afternoon.", ReplyIntent.PAID),
    ("The payment was made on 29th January by NEFT. I do not wish to receive such reminders when "
     "I have paid in time.", ReplyIntent.PAID),
    ("I am sending you a cease and desist letter.", ReplyIntent.CEASE),
    ("Do not send me any more reminders.", ReplyIntent.CEASE),
])
def test_a_step_only_thought_of_a_lawyer_who_says_pay_and_reminders_refused_once_paid(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "the cleaners only came twice in October, not four times.",
    "The skip was only there for 5 days, not the 14 on the invoice.",
    "A garden that's still half dug up with a digger on my lawn since April.",
    "The washing machine still won't spin.",
    "Hi, the 'repair' lasted until your van left the street.",
    "Kind of hard to pay for a sofa that's still in your showroom.",
    "Looks like our 15% trade discount has gone on holiday for Christmas.",
    "The quote was VAT inclusive. This invoice adds VAT on top.",
    "The agreed fee was £1,500 fixed.",
    "that's not the price",
    "I'd love to pay for a working website. Let me know when I have one.",
    "I'd hardly call three missing doors a 'completed' wardrobe.",
    "So you've charged me for the collection you failed to make.",
    "Not unreasonable to expect the lights to actually switch on before paying an electrician.",
    "Surprising, since the electrician never showed. We waited in all day.",
    "Wrong size. Sent it straight back.",
    "Returned.",
    "Did we order these? Because nobody here did.",
    "It isn't the model on the quote.",
    "The direct debit already took this on the 1st. Now you've invoiced it separately too.",
    "Me cobran un aire acondicionado que sigue sin enfriar.",
    "Una lavadora que sigue igual de rota.",
    "Ni siquiera terminaron de pintar el salón. Falta una pared entera.",
    "El presupuesto decía 350 €, no 520 €.",
    "El abono que nos prometieron no aparece por ningún lado.",
    "La garantía cubre la reparación.",
    "La fuite est toujours là.",
    "Votre technicien est resté à peine deux heures.",
    "Le tarif horaire appliqué n'est pas celui du contrat.",
    "Vous appelez ça réparé ?",
    "Je n'ai pas souvenir d'avoir commandé trois cartouches.",
    "Il ne manquait que la moitié des chaises.",
    "Sie haben uns 40 Stunden berechnet, gearbeitet wurden 26.",
    "Die drei Stunden Arbeitszeit waren höchstens eine.",
    "Nicht unser Auftrag.",
])
def test_fewer_visits_than_billed_work_left_undone_sarcasm_and_goods_sent_back_are_disputes(
        words: str) -> None:
    assert human_intent(words) is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "The plumber only came once and fixed it, thanks, I'll pay Friday.",
    "Sent it over this afternoon, let me know it arrived.",
    "That's not the invoice number I have, can you resend?",
])
def test_their_lookalikes_are_no_disputes(words: str) -> None:
    assert human_intent(words) is not ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("I return the rice cooker already last week to your branch, the receipt is with me.",
     ReplyIntent.DISPUTE),
    ("Do you genuinely think I'm going to pay for a dishwasher that flooded my kitchen?",
     ReplyIntent.DISPUTE),
    ("Do you really expect me to pay for a fence that fell down?", ReplyIntent.DISPUTE),
    ("Do you think I'll pay Friday? Yes I will.", ReplyIntent.PROMISE_TO_PAY),
    ("stop sending it to my work email pls, use my gmail, its on the form", ReplyIntent.UNCLEAR),
])
def test_goods_already_taken_back_and_paying_thought_absurd_but_a_mail_moved_is_no_stop(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("ye sorry mate been skint, will sort the 385 after payday no worries",
     ReplyIntent.PROMISE_TO_PAY),
    ("I'll sort it out once I get paid.", ReplyIntent.PROMISE_TO_PAY),
    ("I'll sort it when I'm back.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_bill_sorted_after_payday_is_a_promise(words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Nuestra abogada revisó el contrato y está todo en orden. Pagaremos el 14 de noviembre.",
     ReplyIntent.PROMISE_TO_PAY),
    ("No dispute here. It's just that my husband's business went into liquidation and we're "
     "catching up. Could I pay £100 a month starting the 21st?", ReplyIntent.PAYMENT_PLAN),
    ("Hören Sie auf, mich auf dem Festnetz anzurufen. Schreiben Sie lieber eine SMS.",
     ReplyIntent.UNCLEAR),
    ("Stop. Wrong attachment — that's the Hendry quote, not your invoice. Ignore my last email.",
     ReplyIntent.UNCLEAR),
    ("Hören Sie auf, mir zu schreiben.", ReplyIntent.CEASE),
    ("Your emails are going in the bin, and from next week they'll be going to my MP as well.",
     ReplyIntent.CEASE),
    ("Any further emails will be forwarded to my MP.", ReplyIntent.CEASE),
    ("Can't see why I'd pay for a boiler that still doesn't do hot water upstairs. Can you?",
     ReplyIntent.DISPUTE),
])
def test_a_lawyer_who_found_it_in_order_a_relatives_insolvency_a_landline_refused_and_an_mp(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("After payday. Sorry.", ReplyIntent.PROMISE_TO_PAY),
    ("Soon. Really sorry.", ReplyIntent.PROMISE_TO_PAY),
    ("Demnächst.", ReplyIntent.PROMISE_TO_PAY),
    ("Pronto, se lo prometo.", ReplyIntent.PROMISE_TO_PAY),
    ("I'll call you soon.", ReplyIntent.UNCLEAR),
    ("Will reply soon.", ReplyIntent.UNCLEAR),
    ("Speak soon.", ReplyIntent.UNCLEAR),
])
def test_soon_said_alone_promises_but_a_call_or_a_reply_soon_does_not(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Next Wednesday works for me. Sorry, I should have paid this weeks ago.",
    "I should've paid last month, I know. I'll pay Friday.",
])
def test_what_ought_to_have_been_paid_is_not_paid(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


def test_the_writers_pension_paid_to_them_is_no_payment_of_the_bill() -> None:
    words = ("My pension is paid fortnightly. Would you accept $80 a fortnight, starting on "
             "Thursday?")
    assert read_above_the_reminder(words).intent is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize(("words", "day"), [
    ("Hi, the 20th works for us.", date(2025, 11, 20)),
    ("Friday suits me, sorry for the wait.", date(2025, 11, 7)),
])
def test_a_day_the_reply_opens_with_and_agrees_to_is_promised(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


def test_a_day_that_suits_for_a_call_is_no_promise() -> None:
    assert read_above_the_reminder("Friday works for me for a call.").intent is not (
        ReplyIntent.PROMISE_TO_PAY)


@pytest.mark.parametrize("words", [
    "Paying it later this month, apologies for the delay.",
    "Paying the balance when my wages come in.",
])
def test_paying_it_at_a_time_to_come_is_a_promise(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize("words", [
    "Cut it out wi' the emails, pal. Am no answerin' any mair.",
    "knock it off with the reminders",
    "stp txtin n emailn me",
    "pls stp emailing",
])
def test_a_stop_request_in_idiom_or_text_speak_stops_the_emails(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


def test_an_insolvency_looked_into_and_turned_down_is_no_stop_request() -> None:
    words = "I looked into an IVA but decided against it. Could I pay £25 a week instead?"
    assert read_above_the_reminder(words).intent is ReplyIntent.PAYMENT_PLAN


def test_no_reminders_before_the_day_paid_is_a_pause_not_a_stop_request() -> None:
    words = ("Payment of INV-4410 is scheduled for Nov 19. Please do not send further reminders "
             "before that date.")
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY,
                                                     date(2025, 11, 19))


def test_a_person_on_sick_leave_who_offers_money_wrote_the_reply_themself() -> None:
    words = "I'm off on sick leave. I can put £25 down on the 20th and then £25 a week."
    assert not is_auto_reply({}, "Re: Reminder", words)
    parsed = read_above_the_reminder(words)
    assert parsed.intent is not ReplyIntent.AUTO_REPLY
    assert parsed.promised_date == date(2025, 11, 20)


@pytest.mark.parametrize("words", [
    "Lo pago en cuanto pueda, de verdad.",
    "Je vous paie dès que je peux, désolé.",
    "Ich zahle, sobald ich kann.",
    "I'm good for it, don't worry.",
])
def test_paying_as_soon_as_one_can_or_vouching_for_it_is_a_promise(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(("words", "day"), [
    ("Hab noch nicht gezahlt, mach ich Montag.", date(2025, 11, 10)),
    ("A más tardar en Nochebuena, el 24, ya les habré pagado.", date(2025, 12, 24)),
    ("Bis Silvester ist die Rechnung beglichen.", date(2025, 12, 31)),
])
def test_a_payment_done_by_a_day_to_come_is_promised_not_paid(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


def test_nothing_paid_yet_in_french_is_not_paid() -> None:
    words = ("Je n'ai encore rien payé, désolé. Est-ce que je peux payer 250 € le 1er décembre "
             "et 250 € le 15 décembre ?")
    assert read_above_the_reminder(words).intent is ReplyIntent.PAYMENT_PLAN


def test_an_invoice_said_to_be_all_correct_is_no_dispute() -> None:
    words = ("We're good for the £1,960 on the 28th. Invoice INV-3105, 4 boxes of board + "
             "delivery, all correct.")
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


def test_a_person_correcting_a_day_is_no_out_of_office_notice() -> None:
    words = "Am 3.12. – nein, Moment, am 4.12., am 3. bin ich gar nicht im Büro."
    assert not is_auto_reply({}, "AW: Erinnerung", words)


def test_a_bill_split_in_two_by_its_number_is_a_plan() -> None:
    words = "Can we split INV-8841 into two? £1,575.00 on the 15th and £1,575.00 on 15 December."
    assert read_above_the_reminder(words).intent is ReplyIntent.PAYMENT_PLAN


@pytest.mark.parametrize(("words", "day"), [
    ("We know. Check for the full $8,250.00 goes in the mail Wednesday.", date(2025, 11, 5)),
    ("Erledige ich morgen.", date(2025, 11, 5)),
])
def test_a_payment_that_goes_out_on_a_day_is_promised(words: str, day: date) -> None:
    parsed = read_above_the_reminder(words)
    assert (parsed.intent, parsed.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


@pytest.mark.parametrize(("words", "intent"), [
    ("Le hago un abono de 200 € mañana y el resto a fin de mes.", ReplyIntent.PAYMENT_PLAN),
    ("¿Se puede fraccionar? Pago el primer plazo el jueves 13.", ReplyIntent.PAYMENT_PLAN),
    ("Können Sie mir die Bankverbindung nochmal schicken? Dann zahle ich Donnerstag.",
     ReplyIntent.PROMISE_TO_PAY),
])
def test_a_part_now_a_first_instalment_and_a_day_after_a_question_are_read(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_a_paid_bill_whose_reminders_are_to_stop_for_this_one_is_paid() -> None:
    words = ("We paid this in full on 30 October (ref 3390-AP). Please update your ledger and "
             "stop the reminders for this one.")
    assert read_above_the_reminder(words).intent is ReplyIntent.PAID


def test_stopping_the_reminders_for_one_bill_without_more_is_still_a_stop_request() -> None:
    words = "Stop the reminders for this one, I'm not paying."
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("I'd rather not pay £340 for felling the oak I specifically asked you NOT to touch.",
     ReplyIntent.DISPUTE),
    ("I asked you not to contact me again.", ReplyIntent.CEASE),
])
def test_work_done_against_the_customers_word_is_disputed_not_a_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("We had a disagreement about the call-out charge in May but Priya sorted it with a credit "
     "note, and I paid the corrected amount on Monday.", ReplyIntent.PAID),
    ("C'est payé. On avait eu un désaccord sur le devis, mais c'est résolu.", ReplyIntent.PAID),
    ("Bereits bezahlt. Die Reklamation wegen der Kratzer wurde ja schon erledigt.",
     ReplyIntent.PAID),
    ("The wrong invoice you sent last week was corrected, thanks. I'll pass the new one to our "
     "accounts.", ReplyIntent.UNCLEAR),
])
def test_a_trouble_told_as_put_right_is_no_dispute(words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "The leak was never fixed, so I won't pay.",
    "You said it was resolved but nobody fixed it.",
    "The damage to the gate has not been resolved at all.",
    "The boiler was sorted out last month but you've charged us for two visits instead of one.",
])
def test_a_trouble_not_put_right_or_a_new_one_is_still_a_dispute(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("I'm not asking you to write it off. I lost my job in March and just need some breathing "
     "space. Could I pay £150 a month from 1 December?", ReplyIntent.PAYMENT_PLAN),
    ("I have a breathing space moratorium in place through StepChange.", ReplyIntent.CEASE),
    ("I sent the invoice to our solicitor over the wording of the contract, and he's confirmed "
     "it's all in order. I'll transfer the £640 on Friday.", ReplyIntent.PROMISE_TO_PAY),
])
def test_breathing_space_asked_for_and_a_lawyer_who_found_it_all_in_order_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("This is the front desk inbox of a dental practice. We don't have a patient or staff member "
     "called Mark Reilly and have no account with you. Please remove this address.",
     ReplyIntent.WRONG_PERSON),
    ("We bought this domain last year; the firm you are after closed down. This mailbox is not "
     "theirs and we hold no account with you. Please remove this address from your records.",
     ReplyIntent.WRONG_PERSON),
    ("I rent out the flat and the last tenant moved out in March. I have no connection with them. "
     "Please stop sending their invoices to me.", ReplyIntent.WRONG_PERSON),
    ("Stop sending these reminders, I'm sick of them.", ReplyIntent.CEASE),
])
def test_a_stranger_who_asks_for_the_address_to_be_dropped_is_the_wrong_person(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "we went bust in august. nothing left. theres no point emailing",
    "Its all gone. the bank pulled the plug and the receivers are in.",
    "the supplier in Poland folded and took our deposits with them, then the bank called in the "
    "overdraft and as of last Thursday we're in creditors voluntary liquidation, so your invoice "
    "will be dealt with by them like everyone else's.",
    "Pls stp sending these im at work n my boss can see my screen",
    "arrété de m'envoyé sa svp sa suffit",
    "Hi - could you please not send these to this email? It's my work address.",
])
def test_a_firm_gone_under_or_a_stop_typed_in_a_hurry_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Our biggest client went bust so we'll pay on the 20th instead.", ReplyIntent.PROMISE_TO_PAY),
    ("I recieved your letter by the e-mail today which my daughter set up for me last year. I "
     "went into the Post Office on the 28th of October and paid the £210.00 over the counter.",
     ReplyIntent.PAID),
    ("Please can you send me IBAN and BIC of your company? I want pay from my account in Poland. "
     "In the email I see only link for card and the card is not working with this link.",
     ReplyIntent.QUESTION),
    ("Hola buenas, yo esto ya lo pagé con tarjeta el mismo dia de la limpieza.", ReplyIntent.PAID),
])
def test_a_client_gone_bust_a_link_that_fails_and_paid_typed_wrong_are_read_for_what_they_say(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("👍", ReplyIntent.UNCLEAR),  # read as its writers label it: left to a person
    ("Thank you for your email. I have it printed off now and put it with the other bills on the "
     "dresser.", ReplyIntent.ACKNOWLEDGED),
    ("Good afternoon. I am currently on maternity leave and on statutory pay only. I would like "
     "to ask if I could have an extra two months to clear this. Thank you for understanding.",
     ReplyIntent.PAYMENT_PLAN),
    ("I'm currently working remotely with limited access to emails. I'll get back to you as soon "
     "as I can.", ReplyIntent.AUTO_REPLY),
    ("hiya ya il pay it 2mrw nite x", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_thumbs_up_a_person_on_leave_who_asks_for_time_and_an_away_notice_are_told_apart(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I think my husband Geoffrey paid this before he went into hospital but I can't find "
     "anything in his papers. Could you let me know whether you have received the money?",
     ReplyIntent.QUESTION),
    ("ich glaube, mein Mann hat die Rechnung schon überwiesen, er ist aber gerade in Norwegen. "
     "Können Sie bitte nachschauen, ob bei Ihnen etwas eingegangen ist?", ReplyIntent.QUESTION),
    ("can u stop sending it as a pdf my phone wont open them. can u put the amount and ur bank "
     "details in the email itself pls", ReplyIntent.QUESTION),
    ("Kindly furnish us with your full bank details for a USD wire transfer. Our bank has "
     "rejected the ACH details on the invoice as they cannot process ACH from Nigeria.",
     ReplyIntent.QUESTION),
    ("Eh? It's on a standing order. Went oot on Saturday same as it does on the 1st of every "
     "month, has done since 2022. £62.", ReplyIntent.PAID),
    ("I will go into the post office in Ennis on Monday and pay the €612.40 over the counter, "
     "they do the bills there for me.", ReplyIntent.PROMISE_TO_PAY),
])
def test_a_payment_only_believed_made_a_format_refused_and_money_paid_at_the_counter(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I won't pay a fee for being reminded of something I had already paid.",
     ReplyIntent.DISPUTE),
    ("Soll ich jetzt ernsthaft 1.100 € für einen Zaun zahlen, der nach einer Woche umgefallen "
     "ist?", ReplyIntent.DISPUTE),
    ("Money's gone over, sorry for the delay. Was waiting on one of my own customers to pay me.",
     ReplyIntent.PAID),
    ("Hi, just confirming I've received this. Thanks.", ReplyIntent.ACKNOWLEDGED),
    ("Thanks for fixing the alarm, it's been quiet for a week. I've passed the invoice to my "
     "husband who handles the bills.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_fee_refused_a_fence_fallen_money_gone_over_and_a_bill_passed_on_are_told_apart(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("The roof was still leaking after the first visit but Kev came back out and it's been bone "
     "dry through all this rain. I'll pay it on the 14th.", ReplyIntent.PROMISE_TO_PAY),
    ("Merci d'avoir appliqué l'avoir pour le vase cassé, je le vois bien sur le relevé.",
     ReplyIntent.UNCLEAR),
    ("Danke für die Gutschrift wegen der verspäteten Lieferung, die ist angekommen.",
     ReplyIntent.ACKNOWLEDGED),
])
def test_a_fault_put_right_or_a_credit_thanked_for_is_no_dispute_in_the_phrase_rules(
        words: str, intent: ReplyIntent) -> None:
    assert human_intent(words) is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please take my landline off your call list, my dad picks it up and worries. Email is the "
     "best way to reach me. I'll pay on Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("Dejen de llamar al fijo de mi madre, por mail todo bien. Pago el 20.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Arrêtez de m'appeler au travail svp, les courriels ça me va. Je paie vendredi.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Bitte keine Anrufe mehr aufs Handy, E-Mail ist mir lieber. Die Rechnung ist bezahlt.",
     ReplyIntent.PAID),
    ("Al móvil o por aquí por correo, lo que quieran, pero al fijo no llamen. Ya transferí.",
     ReplyIntent.PAID),
    ("Arrêtez de m'appeler à la maison. Écrivez-moi par courriel, c'est correct. Je paie lundi.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Bitte keine Anrufe mehr während der Arbeit. Per Mail gern jederzeit. Ich zahle Freitag.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Stop ringing me and stop emailing me too.", ReplyIntent.CEASE),
])
def test_calls_refused_while_email_is_welcomed_in_any_words_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please don't contact my wife about this, the account is mine. Keep writing to me here. "
     "I'll pay it Monday.", ReplyIntent.PROMISE_TO_PAY),
    ("Merci de ne pas contacter mon mari, c'est moi la titulaire. Vous pouvez m'écrire ici. Je "
     "paierai jeudi.", ReplyIntent.PROMISE_TO_PAY),
    ("Don't contact my partner about my bills please, just me, here. It was paid yesterday.",
     ReplyIntent.PAID),
    ("I'm writing for my father, who is in hospital. Please don't contact him, he can't cope "
     "with it.", ReplyIntent.CEASE),
    ("Please stop sending these to my son's email, and write to me by post instead.",
     ReplyIntent.CEASE),
])
def test_a_relative_spared_while_the_writer_asks_to_be_written_to_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Please stop sending the printed statements, we get the email anyway. Paid this morning.",
     ReplyIntent.PAID),
    ("Could you stop sending hard copies to the office? Also, which account do I pay into?",
     ReplyIntent.QUESTION),
    ("I told you to STOP the window cleaning visits in August, and you've billed me for two "
     "more. I'm not paying for cleans I cancelled.", ReplyIntent.DISPUTE),
    ("Our biggest builder went into administration last month owing us $40k. We're not "
     "insolvent ourselves. Could we pay this in three instalments?", ReplyIntent.PAYMENT_PLAN),
    ("You're gonna have me in bankruptcy court with these prices lol. Paid it online just now.",
     ReplyIntent.PAID),
    ("The haulage firm went under, but the freight company we used went into receivership too. "
     "Money's coming in now, you'll have it Friday.", ReplyIntent.PROMISE_TO_PAY),
    ("Our company was placed into liquidation by order of the court. Contact the liquidator.",
     ReplyIntent.CEASE),
    ("I am subject to a bankruptcy order. Contact the Official Receiver.", ReplyIntent.CEASE),
])
def test_paper_copies_a_service_stopped_and_someone_elses_insolvency_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "I don't use email for this stuff. Ring me on 07700 900123.",
    "email is not good for me, i can't read these. call me instead after 5",
    "This inbox is for orders only and I'd like the reminders to it to stop.",
    "Reported to trading standards. Blocked.",
    "Could whoever runs your system take this address off it? That's all I ask.",
    "Los hemos bloqueado. No insistan.",
    "Le escribe su hija: por favor ya no le manden correos a mi papá, llámenme a mí.",
    "bitte nix mehr schicken, ich hab genug Sorgen",
    "Bitte stellen Sie die Mahnungen an diese Adresse ein.",
])
def test_email_refused_the_sender_blocked_or_a_relative_spared_is_a_stop_request(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


def test_can_do_a_day_opens_no_question() -> None:
    assert human_intent("Can do Thursday.") is not ReplyIntent.QUESTION


@pytest.mark.parametrize(("words", "intent"), [
    ("I rang the office on Thursday and you took my card over the phone. Please check.",
     ReplyIntent.PAID),
    ("Your receptionist ran my card when I collected the dog on Monday.", ReplyIntent.PAID),
    ("Could you take my card over the phone?", ReplyIntent.QUESTION),
])
def test_a_card_taken_by_the_creditors_office_is_paid(words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Please don't send the reminders to me, my brother-in-law does the books now.",
    "can u ring me instead pls. dont email, my inbox is full of junk",
    "I'm out on the boat most days and won't be checking this.",
    "I've set up a filter so anything from your domain goes to deleted items.",
    "He's 91 and he doesn't want emails about money coming to him at all.",
    "I dont want no business over the email please, call the house phone.",
    "Please update your records so nothing further is sent to this address.",
    "Any contact about it comes to me, not to him at home.",
    "Our accountant is closing it all down, email her and leave me out of it.",
    "The lady at the advice centre deals with my bills now. Please ring her, not me.",
    "I'm withdrawing my consent for you to use this address.",
    "Could you please take Edna's email off your system and send everything to her nephew.",
    "Por aquí no contesto más porque no me aclaro, llámenme al fijo.",
    "Diese elektronische Post lese ich nicht mehr. Rufen Sie mich an.",
])
def test_email_turned_away_in_other_words_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Please stop sending me the same invoice. The fence panels were never fixed.",
     ReplyIntent.DISPUTE),
    ("Dejad de mandarme la misma factura, el técnico vino una sola vez, no dos.",
     ReplyIntent.DISPUTE),
    ("Entschuldigung, ich war mit dem Anwalt wegen der Scheidung beschäftigt. Ich zahle am "
     "Freitag.", ReplyIntent.PROMISE_TO_PAY),
    ("Sie brauchen mir nicht mehr zu schreiben, ich zahle am Montag.", ReplyIntent.PROMISE_TO_PAY),
    ("Paid on Saturday. My debt adviser suggested I clear the smallest ones first, so that's one "
     "off the list.", ReplyIntent.PAID),
    ("My debt adviser checked this one against my statements and said it's mine, so no "
     "argument. I'll pay it on the 13th.", ReplyIntent.PROMISE_TO_PAY),
    ("Merci de ne plus appeler mon épouse, c'est moi le titulaire. Écrivez-moi à cette adresse. "
     "Je réglerai mercredi.", ReplyIntent.PROMISE_TO_PAY),
    ("Please stop texting me, email only, the texts wake the baby. I'll pay it on the 15th.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Dejen de mandar las facturas en papel, ya nos llegan por mail. Pagamos el viernes.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Hi sent the £68 last night on my banking app. Should be with you today.",
     ReplyIntent.PAID),
    ("Can you call me on the landline? I don't do email very well.", ReplyIntent.UNCLEAR),
])
def test_a_bill_sent_twice_advice_taken_or_a_task_ticked_off_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Under GDPR I'd like to know who is processing my data and on what basis.",
    "She said grand, she'd take her off the list and credit the term.",
])
def test_data_asked_for_or_a_child_taken_off_a_list_is_no_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Thank you for refunding the deposit so quickly after we cancelled. Received today.",
    "Danke für die Rückerstattung der Kaution, ist heute auf dem Konto eingegangen.",
    "Bonjour, merci pour le remboursement de la caution, il est bien arrivé.",
    "Gracias por devolvernos la fianza tan rápido. Ya nos llegó.",
])
def test_a_refund_thanked_for_is_an_acknowledgement_in_the_phrase_rules(words: str) -> None:
    assert human_intent(words) is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(("words", "intent"), [
    ("Yeah all sorted, the roof's not leaking since the second go. Transferred you the lot this "
     "morning.", ReplyIntent.PAID),
    ("There's a charge for waste disposal, is that the skip or the tip run? Just curious.",
     ReplyIntent.QUESTION),
])
def test_a_fault_put_right_or_a_curious_question_is_no_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Hartland Home Stores went into administration before Christmas. They were our biggest "
     "customer and they owe us £38k. Could we pay half on the 15th and the rest at the end of "
     "March?", ReplyIntent.PAYMENT_PLAN),
    ("L'entreprise où je travaille a été placée en liquidation judiciaire et nous n'avons pas "
     "touché nos salaires. Puis-je vous régler 150 € par mois ?", ReplyIntent.PAYMENT_PLAN),
    ("Das Hotel, dem wir das Catering machen, ist in ein Sanierungsverfahren gegangen. Können "
     "wir das in drei Raten machen?", ReplyIntent.PAYMENT_PLAN),
    ("We went into administration last week. The administrators are Begbies.",
     ReplyIntent.CEASE),
    ("Le encargo que ya no me manden nada a este correo, es el de la empresa. Por acá ya no voy "
     "a responder.", ReplyIntent.CEASE),
    ("I hereby withdraw any consent for you to contact me at this address, for marketing, "
     "billing or any other purpose. I will not be reading further messages sent here.",
     ReplyIntent.CEASE),
])
def test_another_firms_insolvency_told_around_the_writer_is_no_stop_request_but_their_own_is(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "I don't do email for bills. Text me on 0412 887 301 or don't bother.",
    "WhatsApp me if you need anything. I never open emails from companies.",
    "Unbelievable. I said NO EMAIL. Phone. The. Office.",
    "Unsub",
    "STOPPP SENDING TGESE ITS BEEN 3 WEEKS",
    "Noch eine Mail und ich schalte meinen Anwalt ein. Reicht jetzt.",
    "Ruf mich halt an. Mails les ich eh nicht, also lass es.",
    "Otro correo más y los reporto con la Profeco.",
    "Le pido el favor de no volverme a escribir a este correo. Si necesita algo me llama.",
    "Téléphonez-moi au bureau, je ne lis pas ces mails.",
    "Appelez-moi sur le natel. Les mails, je ne les lis pas. Merci.",
    "Je suis la curatrice de M. Rochat. Merci de m'adresser dorénavant tout courrier le "
    "concernant.",
    "Tengo poder notarial y prefiero que todo lo de la factura me lo mandéis a mí por carta y no "
    "a ella por correo.",
    "Hablé con un abogado y me dijo que todo lo que sea deudas lo maneja él y que yo no conteste "
    "nada.",
    "La compagnie a fait faillite le 24 octobre. Le syndic va vous écrire.",
    "Hi, I'm in accounts at Brightwell Foods. I've been asked to tell suppliers the company went "
    "into administration on Friday and the administrators will be writing to all creditors.",
])
def test_email_refused_by_habit_or_threat_or_for_someone_in_care_is_a_stop_request(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Is there a way to unsubscribe from the text reminders but keep getting these emails? And "
     "what's your sort code?", ReplyIntent.QUESTION),
    ("¿Cómo hago para darme de baja de los mensajes de WhatsApp y que me lleguen solo los mails? "
     "Y ya que estamos, ¿me pasás el CBU?", ReplyIntent.QUESTION),
    ("Your colleague rang my wife about this. Please don't contact her, she's nothing to do with "
     "the business — write to me, here. I'll settle it on Thursday.", ReplyIntent.PROMISE_TO_PAY),
    ("C'est payé depuis hier par virement Interac. Pis svp arrêtez de m'appeler sur mon cell au "
     "travail, les courriels c'est correct.", ReplyIntent.PAID),
    ("Please stop the weekly window clean from now on. And take last Tuesday off the bill, nobody "
     "came.", ReplyIntent.DISPUTE),
    ("Unsubscribe me from the monthly plan you put me on without asking. I never agreed to a "
     "subscription, so these £24.99 invoices are not owed.", ReplyIntent.DISPUTE),
    ("Je me suis désabonné du contrat de maintenance en juin, par lettre recommandée. Cette "
     "facture n'a donc pas lieu d'être.", ReplyIntent.DISPUTE),
    ("I'm trying hard to stay out of an IVA. Could I pay £50 a week?", ReplyIntent.PAYMENT_PLAN),
    ("Our accountant thinks we'll trade through it, nobody's talking insolvency. Could you give "
     "us until January and we'll pay in two halves?", ReplyIntent.PAYMENT_PLAN),
    ("Je ne suis pas en surendettement et je ne veux pas en arriver là. Est-ce que je peux vous "
     "régler en quatre fois ?", ReplyIntent.PAYMENT_PLAN),
    ("Tranquilos, que ya está pagado. Hice la transferencia el viernes. Podéis dejar de reclamar.",
     ReplyIntent.PAID),
])
def test_texts_calls_a_service_or_an_insolvency_denied_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "I don't do email very well, sorry. Will pay Friday.",
    "I don't check emails on weekends, sorry for the delay. Paying Friday.",
])
def test_email_read_late_is_no_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("My grandson set this email up and I can never find anything on it. Please don't send things "
     "here, I won't see them. Ring the house any evening after six.", ReplyIntent.CEASE),
    ("Les pido por favor que no me llamen más al teléfono fijo de casa. Me pueden escribir por "
     "aquí todo lo que necesiten. La factura se la pago este viernes por transferencia.",
     ReplyIntent.PROMISE_TO_PAY),
    ("I never hired you. Stonegate went into liquidation in March, but your contract was with "
     "them, not me. Any money they owed you is a claim in their liquidation. I don't owe you "
     "£1,720.", ReplyIntent.DISPUTE),
    ("Grüezi, wir hatten Ärger mit unserem Treuhänder, der hat die Zahlungen verschlampt. Ihre "
     "Rechnung zahlen wir bis Freitag.", ReplyIntent.PROMISE_TO_PAY),
    ("Bitte wenden Sie sich an unseren Treuhänder, Herrn Koller.", ReplyIntent.CEASE),
])
def test_mail_sent_nowhere_it_is_read_stops_and_a_channel_or_firm_named_otherwise_does_not(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Muchas gracias por la nota crédito por el producto averiado. Ya quedó registrada.",
     ReplyIntent.ACKNOWLEDGED),
    ("Bonjour, merci pour la note de crédit concernant la livraison endommagée. Le solde de CHF "
     "1'240.– a été versé ce matin.", ReplyIntent.PAID),
    ("Your fitter turned up two hours late and didn't call. Wasn't happy. Work's fine though. "
     "Payment Monday.", ReplyIntent.PROMISE_TO_PAY),
    ("Votre livreur a été franchement désagréable. Ça n'enlève rien au fait que la commande était "
     "complète et conforme. Paiement demain.", ReplyIntent.PROMISE_TO_PAY),
    ("The work is fine but you charged me twice for the call-out.", ReplyIntent.DISPUTE),
])
def test_a_credit_thanked_for_or_a_grumble_beside_good_work_is_no_dispute_but_a_charge_is(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("yep", ReplyIntent.ACKNOWLEDGED),
    ("k ta", ReplyIntent.ACKNOWLEDGED),
    ("vu merci", ReplyIntent.ACKNOWLEDGED),
    ("Dale, visto", ReplyIntent.ACKNOWLEDGED),
    ("its wrong", ReplyIntent.DISPUTE),
    ("This invoice is completely wrong.", ReplyIntent.DISPUTE),
    ("ur emailing the wrong Sarah lol", ReplyIntent.WRONG_PERSON),
])
def test_a_few_words_typed_on_a_phone_say_what_they_mean(words: str, intent: ReplyIntent
                                                          ) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Bonjour, je préfère qu'on arrête les échanges par mail. Appelez-moi plutôt en fin de journée.",
    "Mira, ya os lo dije por teléfono: a este correo no. Lo que sea, por carta a casa.",
    "svp envoyez plus rien sur ce mail je l'ouvre jamais, whatsapp c'est mieux",
    "Coucou, c'est plus simple par WhatsApp pour moi, j'ouvre jamais mes mails.",
    "Hi, I'd prefer a phone call rather than email, it's easier for me.",
    "Hola guapa, mejor por whatsapp que el correo no lo miro nunca.",
])
def test_email_turned_away_for_another_channel_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Tuve que parar la obra porque el mandante se fue a quiebra. ¿Podría pagar en tres cuotas, "
     "la primera el 28 de noviembre?", ReplyIntent.PAYMENT_PLAN),
    ("El estudio contable donde laburaba cerró por quiebra. ¿Puedo pagar en cuotas, 30.000 por "
     "mes arrancando el 10 de diciembre?", ReplyIntent.PAYMENT_PLAN),
    ("Mon employeur est en redressement judiciaire et on n'est plus payés depuis deux mois. "
     "Pourriez-vous m'accorder un délai ? Je peux commencer par 50 € le 15 novembre.",
     ReplyIntent.PAYMENT_PLAN),
    ("My brother's restaurant just filed for bankruptcy. Could I split this in 3, first payment "
     "on the 21st?", ReplyIntent.PAYMENT_PLAN),
    ("Bitte keine Anrufe mehr am Handy. Per Mail passt eh. Ich überweis das bis Monatsende.",
     ReplyIntent.PROMISE_TO_PAY),
    ("No me llamen más al celular de la oficina, por mail está bárbaro. El viernes les "
     "transfiero.", ReplyIntent.PROMISE_TO_PAY),
    ("Ya no me manden los mensajes al whatsapp por favor, ese número es el de la camioneta. Mejor "
     "aquí por correo. El viernes 14 le hago la transferencia.", ReplyIntent.PROMISE_TO_PAY),
    ("Mein Anwalt prüft gerade den Mietvertrag, das hat mit Ihnen nix zu tun. Ihre Rechnung zahl "
     "ich am Freitag.", ReplyIntent.PROMISE_TO_PAY),
    ("Je ne veux plus de vos services. D'ailleurs cette facture porte sur un mois que j'avais "
     "déjà résilié, donc non.", ReplyIntent.DISPUTE),
    ("Ich bin in Privatinsolvenz, mein Arbeitgeber weiß Bescheid.", ReplyIntent.CEASE),
])
def test_an_employer_s_or_client_s_insolvency_calls_refused_or_a_lease_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Ist seit Freitag überwiesen. Bitte hören Sie jetzt mit den Mahnungs-Mails auf, das nervt.",
    "Jo eh, i zahl eh am Freitag. Aber hörts bitte auf mit die Mails, jeden zweiten Tag is echt "
    "zach.",
    "Réglé hier par virement. Merci d'arrêter les relances maintenant, ça devient pénible.",
    "Ya quedó pagado. Ahora sí, ya dejen de estarme mande y mande correos.",
    "Awright. Paid the lot this mornin. Noo gonnae stop it wi the emails.",
    "Whoever keeps sending these: the balance was paid 10/28 and I'm not answering another email "
    "about it.",
    "Mi a go pay when mi get paid end a di month. Stop send email to mi every day like mi a "
    "criminal.",
])
def test_a_stop_request_beside_a_payment_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "ring me. not doing this over email anymore. 07700 900412",
    "Hi pls dun email me anymore, call me at 9123 4567 can? Email I seldom check one.",
    "Can u just phone me instead of emailing, my ex still has the password to this account",
    "Appelle-moi au lieu d'écrire, j'suis pas devant l'ordi de la journée.",
    "Lee I know its late. Ill transfer it friday. Take this email off it. If you need me ring me, "
    "thats the only way from now on",
    "Please do not email Mr. Hollis at this address anymore. Send anything about this bill to his "
    "daughter, she has his power of attorney.",
    "I'll pay this on Friday. Can I ask you please not to send anything else to this email "
    "though, it's my work one.",
])
def test_email_refused_for_a_call_or_for_someone_else_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Inutile d'arrêter les relances, mais envoyez-les plutôt à compta@atelier-berger.fr, je ne "
     "m'occupe plus des factures.", ReplyIntent.WRONG_PERSON),
    ("Hören Sie bitte nicht auf mit diesen Erinnerungen, sonst vergess ich's. Ich schau's mir an.",
     ReplyIntent.ACKNOWLEDGED),
    ("Can youse stop sending the SMS reminders? I get the emails, that's plenty. Paid it this "
     "arvo anyway.", ReplyIntent.PAID),
    ("Plus de SMS svp, je les reçois à 7h du matin. Les mails c'est très bien. Paiement fait hier.",
     ReplyIntent.PAID),
    ("Ya os pagué el martes pasado. Y dejad de mandarme SMS, que para eso tenéis el correo.",
     ReplyIntent.PAID),
    ("Ya no me llamen al fijo porque ahí contesta mi abuela. Al correo sí, o al celular. El pago "
     "sale el lunes.", ReplyIntent.PROMISE_TO_PAY),
    ("Opt me out of the Christmas catalogue post please, I don't need a 40 page brochure. The "
     "invoice is fine, I'll pay it when my client pays me.", ReplyIntent.PROMISE_TO_PAY),
    ("Comment je fais pour me désabonner de votre infolettre? Pis en passant, c'est quoi le "
     "montant exact de la facture 3301?", ReplyIntent.QUESTION),
])
def test_stopping_texts_a_catalogue_or_a_newsletter_while_email_stays_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("I don transfer the money since Saturday, check am well", ReplyIntent.PAID),
    ("Mi pay it already, Western Union, yuh can check it", ReplyIntent.PAID),
    ("te lo he pasado por bizum ahora mismo", ReplyIntent.PAID),
    ("J'travaille pu là depuis l'été, appelez la réception", ReplyIntent.WRONG_PERSON),
    ("alright, appreciate the heads up", ReplyIntent.ACKNOWLEDGED),
    ("yep saw it", ReplyIntent.ACKNOWLEDGED),
    ("ok bud", ReplyIntent.ACKNOWLEDGED),
    ("👍", ReplyIntent.UNCLEAR),
    ("Je conteste les frais de retard, j'ai payé dans les délais.", ReplyIntent.DISPUTE),
])
def test_payments_and_nods_as_people_write_them_and_contesta_is_an_answer(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "I've put this through Citizens Advice and they've told me to write to you. The van hire was "
    "meant to be £60 a day for 3 days. You've charged 5 days because the van came back 'late'.",
    "Der Schlüsseldienst hat mir am Telefon 89 Euro genannt, vor Ort wurden dann 380 verlangt. "
    "Ich habe die Verbraucherzentrale eingeschaltet. Den Rest zahle ich nicht.",
    "I hab mich an die Arbeiterkammer gewandt. Der Rauchfangkehrer war gar nicht am Dach, das "
    "Überprüfungsprotokoll ist leer und nicht unterschrieben. Verrechnet wird's trotzdem.",
    "Ich habe mich bei der Schlichtungsstelle Telekommunikation gemeldet. Seit Juli habe ich statt "
    "100 Mbit höchstens 8. Trotzdem berechnen Sie den vollen Tarif.",
])
def test_a_charge_contested_before_a_consumer_body_is_a_dispute_not_a_stop_request(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Die Verbraucherzentrale vertritt mich jetzt, wenden Sie sich an sie. Die Rechnung ist falsch.",
    "Citizens Advice are helping me now, please speak to them instead. The amount is wrong anyway.",
])
def test_a_consumer_body_the_matter_is_handed_to_is_still_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("Got the credit note this morning, thank you. That squares everything up from our side.",
     ReplyIntent.ACKNOWLEDGED),
    ("Thanks Hannah, the credit note's come through and the balance is zero now.",
     ReplyIntent.ACKNOWLEDGED),
    ("Gutschrift ist angekommen, das Konto steht auf null. Besten Dank fürs schnelle Bearbeiten.",
     ReplyIntent.ACKNOWLEDGED),
    ("Note de crédit bien reçue, on est d'accord sur tout maintenant. Bonne continuation.",
     ReplyIntent.ACKNOWLEDGED),
    ("Ya me llegó la nota crédito por lo de las cajas rotas, mil gracias. Acabo de pagar el resto "
     "por PSE.", ReplyIntent.PAID),
    ("Got the credit note but it's for the wrong amount, you still owe us £40.",
     ReplyIntent.DISPUTE),
    ("Your statement says the balance is zero but you keep chasing me for £80.",
     ReplyIntent.DISPUTE),
])
def test_a_credit_that_settled_it_is_no_dispute_but_a_credit_still_wrong_is(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Your plumber turned up two hours late and didn't ring ahead. Not happy. But the leak's "
     "fixed and the bill's fair, I'll pay it Thursday.", ReplyIntent.PROMISE_TO_PAY),
    ("Righto, paid. The guy on your helpline kept me on hold for 40 minutes just to take a card "
     "payment, which is mad, but it's gone through.", ReplyIntent.PAID),
    ("Paid today. For the record, the dispute I mentioned to your sales guy was with the freight "
     "company, not with you.", ReplyIntent.PAID),
    ("Abonado hoy por transferencia. Para que conste: el reclamo que mencioné por teléfono era con "
     "la empresa de transporte, no con ustedes.", ReplyIntent.PAID),
    ("Désolé pour le retard, on est en plein litige avec notre ancien bailleur. Votre facture "
     "n'est pas en cause. Vous serez payés lundi.", ReplyIntent.PROMISE_TO_PAY),
    ("We agreed on a big ram for ₦250,000 and I do not think the price is fair for what was "
     "delivered.", ReplyIntent.DISPUTE),
    ("hiya what's the 'disposal' charge on the bottom? is that for the old units you took away?",
     ReplyIntent.QUESTION),
    ("Buenas tardes, ¿el renglón que dice \"flete zona 2\" se cobra siempre igual o depende del "
     "peso del pedido?", ReplyIntent.QUESTION),
])
def test_a_grumble_a_quarrel_with_another_firm_or_a_question_beside_a_fair_bill_is_no_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Stop sending the invoice as a link, our firewall blocks it. Could you attach the PDF "
     "directly please?", ReplyIntent.QUESTION),
    ("How do I unsubscribe from your promo emails without also blocking the billing ones? Don't "
     "want to miss an invoice.", ReplyIntent.QUESTION),
    ("Can you stop sending the invoices to my old PO box? I moved, new address is below. Also I "
     "already mailed a check for this one, it went out last Wednesday.", ReplyIntent.PAID),
    ("¿Me pueden dejar de mandar la factura física? Con la electrónica me basta. ¿Y cuál es el "
     "saldo pendiente a hoy?", ReplyIntent.QUESTION),
    ("The bloke who used to do our books went bankrupt and did a runner, so things are a mess "
     "here. Can you send me a statement of everything we owe you?", ReplyIntent.QUESTION),
    ("Sie haben wohl in der Zeitung gelesen, dass die Müller Bau insolvent ist. Das ist ein "
     "anderer Müller, nicht wir. Wir zahlen wie immer zum 15.", ReplyIntent.PROMISE_TO_PAY),
    ("Our attorney, Lisa Marchetti, is handling this now. Send everything to her, not us.",
     ReplyIntent.CEASE),
])
def test_the_bills_sent_another_way_or_someone_else_s_insolvency_is_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "I'm in an IVA now, stop sending the invoices to my old address",
    "We went into administration last week. Stop sending to our old office address.",
])
def test_a_debtor_s_own_insolvency_beside_an_old_address_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


def test_another_firm_s_insolvency_beside_an_old_address_is_no_stop_request() -> None:
    words = ("One of our customers went into administration, so money is tight. Stop sending to "
             "our old office address, use ap@harlow-fit.example instead.")
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("yeah nah its paid mate, BPAY'd it thursday arvo", ReplyIntent.PAID),
    ("che esto ya lo pague en septiembre y me lo volvieron a cobrar, fijense bien",
     ReplyIntent.DISPUTE),
    ("Können Sie mir bis zum 15. Zeit geben? Meine Frau ist krank und ich musste unbezahlten "
     "Urlaub nehmen.", ReplyIntent.PAYMENT_PLAN),
    ("okay thank you for the email have a good day", ReplyIntent.ACKNOWLEDGED),
])
def test_paid_charged_again_more_time_and_thanks_as_people_type_them(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("How long's the guarantee on the tyres you fitted? I've lost the paperwork somewhere in the "
     "car.", ReplyIntent.QUESTION),
    ("Buenas, ¿la garantía de la nevera es de un año o de dos? Perdí el papelito. Gracias.",
     ReplyIntent.QUESTION),
    ("Jusqu'à quand court la garantie sur l'installation électrique ? Notre gérance nous le "
     "demande.", ReplyIntent.QUESTION),
    ("Gilt die Garantie eigentlich auch noch, wenn wir mit der Waschmaschine umziehen?",
     ReplyIntent.QUESTION),
    ("Servus, also des passt so ned. Euer Monteur hat gsagt, des is alles Garantie, und jetzt "
     "kommt a Rechnung daher? Ned mit mir.", ReplyIntent.DISPUTE),
    ("Why am I being charged when the boiler is still under warranty?", ReplyIntent.DISPUTE),
    ("This invoice is completely wrong.", ReplyIntent.DISPUTE),
])
def test_what_the_guarantee_covers_is_asked_and_a_bill_it_should_cover_is_disputed(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Following our call on the 28th, where you agreed to knock off the price of the damaged "
     "panel, I've now paid the balance of £1,340.", ReplyIntent.PAID),
    ("Nachdem wir die Sache mit der beschädigten Lieferung im Oktober geklärt haben, habe ich "
     "heute den Restbetrag überwiesen.", ReplyIntent.PAID),
    ("Muchas gracias por corregir la factura tan rápido. Ya quedó con el RFC correcto y hoy mismo "
     "la pagué.", ReplyIntent.PAID),
    ("Ist überwiesen, komplett. Aber drei Stunden zu spät und kein Anruf, das geht eigentlich gar "
     "nicht.", ReplyIntent.PAID),
    ("Thank you, received. The short delivery back in September was fully credited so no "
     "concerns this time.", ReplyIntent.ACKNOWLEDGED),
])
def test_a_difference_settled_before_paying_the_rest_is_no_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_the_reminders_of_one_bill_charged_twice_stopped_is_a_dispute() -> None:
    words = ("I paid for Rocco's groom at the counter on the 3rd. Now I'm getting an invoice for "
             "the same groom. Looks like yall charged me twice. Please fix it on your end and "
             "stop the reminders on this one.")
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


def test_a_dash_left_out_of_a_payment_reference_is_no_one_leaving() -> None:
    words = ("The €612.40 for the October fill went out of my Credit Union account on the 24th "
             "of November. Reference on it was SVO88412 (I left out the dash, the app wouldn't "
             "take it, maybe that's what has your system confused).")
    assert read_above_the_reminder(words).intent is ReplyIntent.PAID


@pytest.mark.parametrize(("words", "day"), [
    ("Hey - I'll run the card Friday 11/14. Sorry, month got away from me with the move.",
     date(2025, 11, 14)),
    ("Yes ma'am, I'll have that check in the mail Friday. Y'all have a blessed day.",
     date(2025, 11, 7)),
    ("I'll see you right Monday next. Sorry for the delay, Donal", date(2025, 11, 10)),
    ("On se voit mardi sur le chantier, je vous remettrai le chèque à ce moment-là.",
     date(2025, 11, 11)),
])
def test_a_card_run_a_check_in_the_mail_or_seeing_someone_right_on_a_day_is_a_promise(
        words: str, day: date) -> None:
    read = read_above_the_reminder(words)
    assert (read.intent, read.promised_date) == (ReplyIntent.PROMISE_TO_PAY, day)


def test_an_extension_asked_for_in_swiss_and_austrian_german_is_a_plan() -> None:
    read = read_above_the_reminder(
        "Aufgrund Krankheit ersuche ich um Fristerstreckung bis zum 15. Dezember.")
    assert (read.intent, read.promised_date) == (ReplyIntent.PAYMENT_PLAN, date(2025, 12, 15))


@pytest.mark.parametrize("words", [
    "The invoice is correct apart from the call-out fee, which we never agreed to.",
    "You agreed to knock off £50 but the invoice still shows the full amount.",
    "Gracias por corregir la factura, pero sigue mal el IVA.",
])
def test_a_bill_found_right_or_put_right_but_for_one_thing_is_still_a_dispute(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Leave me alone. You keep sending letters to my old address and now emails too.",
    "Dejen de molestarme, ni correos ni facturas físicas, nada.",
    "No me manden más correos ni la factura física.",
    "Stop emailing me. Also stop sending bills as links.",
])
def test_a_stop_request_that_also_names_an_old_address_or_paper_is_still_one(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


def test_a_credit_thanked_for_but_a_charge_still_on_the_bill_is_a_dispute() -> None:
    words = "Thanks for the credit note, but the delivery charge is still on there."
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "sorry to be a pain but can u call instead of email, i dont get on with computers",
    "I'll clear it Friday, promise. But please, phone not email.",
    "Could you mark my account as 'no email contact' please? Paper invoices are fine.",
    "Hola, prefiero que me llamen por teléfono en vez de escribirme aquí, no miro este correo.",
    "¿Me pueden llamar en vez de escribir? Lo hablamos mejor por teléfono.",
    "Bonjour, pourriez-vous passer par téléphone plutôt que par mail à l'avenir ?",
    "Bitte rufen Sie mich an statt zu mailen, ich schau in das Postfach kaum rein.",
])
def test_being_called_instead_of_emailed_is_a_stop_request_in_four_languages(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("I finished my IVA in the summer (finally!) so I'm back on my feet. I'll pay the whole thing "
     "on the 15th when my wages go in.", ReplyIntent.PROMISE_TO_PAY),
    ("Por suerte ya salí de la quiebra el año pasado, estoy rehabilitado. Les pago el total a fin "
     "de mes.", ReplyIntent.PROMISE_TO_PAY),
    ("Meine Privatinsolvenz ist seit März abgeschlossen, Restschuldbefreiung erteilt. Diese "
     "Rechnung ist neu und die zahle ich natürlich, bis Ende des Monats.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Our company is fine. It's our sister company Eastgate Supplies that went into liquidation. "
     "Your invoice is with us and we'll pay it by the 20th.", ReplyIntent.PROMISE_TO_PAY),
    ("Sorry I went quiet, I've been dealing with my brother's bankruptcy. Your bill isn't "
     "forgotten, I'll pay it on the 21st.", ReplyIntent.PROMISE_TO_PAY),
    ("The Leeds branch closed and went into liquidation but that was a separate company. This "
     "invoice is for our York shop and it's been paid, the transfer went out Friday.",
     ReplyIntent.PAID),
    ("We're in administration and a separate company has bought the assets.", ReplyIntent.CEASE),
])
def test_an_insolvency_come_out_of_or_a_relative_s_or_sister_company_s_stops_nothing(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("My ex is the one who went bankrupt, not me. I'll pay this Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("The liquidation was my father-in-law's, he sold us the shop afterwards. Paying Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Honestly that was the previous owners, they went bust in 2022. We bought the business in "
     "January and we'll pay you on the 14th.", ReplyIntent.PROMISE_TO_PAY),
    ("Our bookkeeper's firm went into administration and took our records with it. Could we pay "
     "in three parts, the first on the 20th?", ReplyIntent.PAYMENT_PLAN),
    ("C'est la société de mon frère qui est en liquidation, pas la mienne. Je paie vendredi.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Die Firma meiner Schwester ist insolvent, nicht meine. Ich zahle am Freitag.",
     ReplyIntent.PROMISE_TO_PAY),
    ("La que está en concurso es la empresa de mi cuñado, no la mía. Les pago el viernes.",
     ReplyIntent.PROMISE_TO_PAY),
    ("J'ai terminé mon plan de surendettement l'an dernier. Je vous paie en deux fois, d'accord ?",
     ReplyIntent.PAYMENT_PLAN),
    ("Our solicitor is handling a separate matter with your landlord team, nothing to do with "
     "this invoice. Noted, thanks.", ReplyIntent.ACKNOWLEDGED),
    # the debtor's own, written for them by a relative, still stops the emails
    ("Le escribo de parte de mi padre: su empresa está en concurso de acreedores, hablen con la "
     "administración concursal.", ReplyIntent.CEASE),
    ("I'm bankrupt. My accountant's firm handles my affairs now.", ReplyIntent.CEASE),
])
def test_a_relative_s_a_partner_s_or_a_previous_owner_s_insolvency_stops_nothing(
        words: str, intent: ReplyIntent) -> None:
    """Whose insolvency it is decides: the writer's sister's, business partner's, ex's or the
    flat's previous owner's is not the debtor's, nor one whose plan is over."""
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Esta dirección no es para temas de pagos. No la vuelvan a usar, por favor.",
     ReplyIntent.CEASE),
    ("Diese Adresse ist privat und darf für Mahnungen nicht verwendet werden.", ReplyIntent.CEASE),
    ("Paid in full today. Please close my account and don't send me anything else.",
     ReplyIntent.CEASE),
    ("Hiya, I've no problem with the emails but your calls to my landline need to stop. I'll "
     "transfer the money at the weekend.", ReplyIntent.PROMISE_TO_PAY),
    ("hi ya can you stop sending texts to this number, its my work phone. emails fine. whats the "
     "total now with the interest?", ReplyIntent.QUESTION),
    ("No me manden más SMS, por correo sí. ¿Me pueden pasar el número de cuenta para hacer la "
     "transferencia?", ReplyIntent.QUESTION),
    ("Dejen de mandarla en papel, mejor por aquí. ¿Me la pueden reenviar por correo? No encuentro "
     "la de octubre.", ReplyIntent.QUESTION),
])
def test_an_address_not_to_be_used_is_a_stop_request_and_texts_calls_or_paper_stopped_are_not(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Ye can send it by post to the farm, I don't want it coming to the email, that's a shared one.",
    "Our office policy is that this account gets paper statements only — no emails.",
    "I'll pay it when I get paid on the 28th, alright? But no more of these emails.",
    "As per my last call with your office, the account is flagged no-email.",
    "Payment sent, £95 ref 4471. Also please update your records: no emails, I prefer WhatsApp.",
    "Ich hab heut 200 € überwiesen. Aber schreibens mir bittschön nimmer auf die Adresse.",
    "Bonjour, mon compte client doit être en « pas d'e-mail », je l'avais demandé à l'ouverture.",
    "Buenos días, en la ficha de cliente marqué 'sin comunicaciones por email'.",
])
def test_email_refused_as_the_account_s_standing_is_a_stop_request(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


@pytest.mark.parametrize(("words", "intent"), [
    ("No letters to the house please, my mum opens all the post. Emails or texts are fine.",
     ReplyIntent.UNCLEAR),
    ("Please no more WhatsApp messages, I've left all those groups. Email is the way to reach me.",
     ReplyIntent.UNCLEAR),
    ("Can you stop leaving voicemails please. I don't listen to them. Email works.",
     ReplyIntent.UNCLEAR),
    ("Hi, please don't send any more letters, my landlord keeps getting them by mistake. Email's "
     "perfect. I'll pay the £95 Thursday after work.", ReplyIntent.PROMISE_TO_PAY),
    ("Bitte keine SMS mehr, die gehen an mein Diensthandy. E-Mail ist völlig okay. Ich überweise "
     "bis Freitag.", ReplyIntent.PROMISE_TO_PAY),
    ("Arrêtez les appels au bureau svp, mon patron n'aime pas ça. Écrivez-moi, c'est mieux. Je "
     "paie vendredi.", ReplyIntent.PROMISE_TO_PAY),
    ("Ché, no me manden más SMS que me cobran por recibirlos. Por mail todo joya. El viernes les "
     "transfiero.", ReplyIntent.PROMISE_TO_PAY),
    ("Please take my phone number off your records. You can write to me if you must, but no calls "
     "and no emails.", ReplyIntent.CEASE),
])
def test_letters_texts_or_voicemails_refused_while_email_is_welcome_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("mate can whoever keeps ringing my mobile knock it off, thats 4 calls this week. emails fine, "
     "just dont call. the 1127.60 will be in your account thursday", ReplyIntent.PROMISE_TO_PAY),
    ("Can you knock off the callout fee? It was 10 minutes.", ReplyIntent.DISPUTE),
    ("Coastline Homes, who were about 60% of our work this year, went into administration three "
     "weeks ago. Could we split the $3,300 into three lots of $1,100?", ReplyIntent.PAYMENT_PLAN),
    ("Our major off-taker, Greenfield Mills Ltd, was placed under receivership in July. We propose "
     "to pay in four monthly instalments of £987.50.", ReplyIntent.PAYMENT_PLAN),
])
def test_knock_it_off_alone_stops_and_a_customer_s_insolvency_stops_nothing(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Yes that's all fine now, your engineer came back Friday and sorted the leak. Thanks for "
     "arranging it.", ReplyIntent.ACKNOWLEDGED),
    ("Cheers for sorting the scratched door, the new one looks spot on. Happy days.",
     ReplyIntent.ACKNOWLEDGED),
    ("All sorted now the extra callout's been taken off. Paying it Wednesday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Following the replacement of the faulty inverter battery, I have paid the balance into your "
     "Zenith account.", ReplyIntent.PAID),
    ("Vale, ya está solucionado lo del contador, vino el técnico ayer. Gracias. Le paso la factura "
     "a mi marido.", ReplyIntent.ACKNOWLEDGED),
    ("The leak is fine now but you charged us for three visits and it was two.",
     ReplyIntent.DISPUTE),
    ("The rate agreed is HK$450 per hour, not HK$550. Please revise the invoice, we will settle "
     "after receive the revised one.", ReplyIntent.DISPUTE),
    ("Thanks for fixing the boiler but the bill is double what you quoted.", ReplyIntent.DISPUTE),
])
def test_a_fault_put_right_and_thanked_for_is_no_dispute_unless_something_is_still_wrong(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Recibida la factura rectificada, ahora sí cuadra con el albarán. Gracias por corregirlo tan "
     "rápido.", ReplyIntent.ACKNOWLEDGED),
    ("Merci pour la facture corrigée avec la bonne raison sociale. Tout est en ordre de notre "
     "côté.", ReplyIntent.ACKNOWLEDGED),
    ("Danke für die korrigierte Rechnung, jetzt stimmt auch die Hausnummer. Alles gut.",
     ReplyIntent.ACKNOWLEDGED),
    ("Thanks for taking the double-up off the invoice, looks right now. Appreciate it.",
     ReplyIntent.ACKNOWLEDGED),
    ("Good morning, received with thanks.", ReplyIntent.ACKNOWLEDGED),
    ("Die Differenz von 280 € werde ich nicht bezahlen. Bitte senden Sie mir eine korrigierte "
     "Rechnung.", ReplyIntent.DISPUTE),
])
def test_a_corrected_bill_received_with_thanks_is_an_acknowledgement_and_one_asked_for_a_dispute(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "The gluten-free mix-up was refunded in full by your manager and we're happy. Paying the rest "
    "tomorrow.",
    "Die Gutschrift für die verspätete Lieferung haben wir erhalten. Den Rest zahlen wir am "
    "Freitag.",
])
def test_a_refund_or_credit_received_before_paying_the_rest_is_no_dispute(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize("words", [
    "Je suis en déplacement du 17 au 25. Je m'en occupe le mercredi 26, premier jour au bureau.",
    "Demain je suis en déplacement à Lyon, jeudi matin je m'en occupe.",
])
def test_taking_care_of_it_on_a_day_is_a_promise(words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.PROMISE_TO_PAY


@pytest.mark.parametrize(("words", "intent"), [
    ("I've withdrawn my consent for marketing AND account emails. Phone or post please.",
     ReplyIntent.CEASE),
    ("Please stop the marketing emails, account emails are fine.", ReplyIntent.UNCLEAR),
    ("You've been sending these to my wife's email, not mine. Don't use her address again — "
     "letters to the house in my name, or ring me.", ReplyIntent.CEASE),
    ("Please stop sending these to my wife's email. Email me at john@example.com instead, or ring "
     "me.", ReplyIntent.UNCLEAR),
])
def test_email_refused_with_the_marketing_or_moved_off_email_altogether_is_a_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "k thx",
    "thnx 4 the reminder",
    "yep yep",
    "Fine.",
    "vale, anotado",
    "Ok, gesehen.",
    "Jo, passt, hab's gelesen",
    "d'acc, merci",
    "Got this, passing to our accounts dept.",
])
def test_a_reply_made_only_of_words_of_receipt_is_an_acknowledgement_in_any_language(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize("words", [
    "k",
    "for the",
    # a name that is also a word of receipt signs the message, it does not agree
    "Are you lot coming for drinks on the 19th?\n\nJo",
])
def test_a_k_alone_filler_alone_or_a_signature_is_no_acknowledgement(words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(("words", "intent"), [
    ("My business partner went personally bankrupt and took our working capital with him. "
     "Could we pay £300 a month from 1 December?", ReplyIntent.PAYMENT_PLAN),
    ("Honestly we're weeks away from going bust ourselves. Would you take £50 a fortnight?",
     ReplyIntent.PAYMENT_PLAN),
    ("I'm an insolvency practitioner myself, so this is embarrassing. Paying it tomorrow.",
     ReplyIntent.PROMISE_TO_PAY),
    # a spouse's bankruptcy told for them on their own address still stops the emails
    ("My husband has been declared bankrupt. This is his email and he's asked me to let you "
     "know.", ReplyIntent.CEASE),
])
def test_an_insolvency_near_but_not_yet_the_writer_s_trade_or_a_partner_s_stops_nothing(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


def test_not_seeing_how_one_owes_it_is_a_dispute() -> None:
    words = ("The old service contracts were all cancelled in the spring. So I don't see how I "
             "owe this.")
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize(("words", "intent"), [
    ("Paid in full yesterday. Please don't phone me again about it, email me if anything's "
     "wrong.", ReplyIntent.PAID),
    ("Dejen de mandarme mensajes de texto, parecen estafa. Al mail sí respondo.",
     ReplyIntent.UNCLEAR),
    ("Arrêtez de sonner chez ma mère svp, c'est moi qui ai le compte. Par mail c'est très bien.",
     ReplyIntent.UNCLEAR),
    ("Bitte keine Briefe mehr schicken, die Post kommt eh kaum an. Mails lese ich.",
     ReplyIntent.UNCLEAR),
    # email refused beside the calls still stops the emails
    ("Please don't ring or email me about the money any more. Put it in the post.",
     ReplyIntent.CEASE),
])
def test_calls_texts_letters_or_visits_refused_while_email_is_welcome_are_no_stop_request(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Could you stop sending two copies of every reminder? I'll pay it Friday.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Wir haben nie bei Ihnen bestellt und haben auch gar kein Kundenkonto.",
     ReplyIntent.WRONG_PERSON),
    ("We've had the liquidators in since Monday. I can't authorise any payments.",
     ReplyIntent.CEASE),
    ("I am under the corporate insolvency resolution process and an interim moratorium is in "
     "effect.", ReplyIntent.CEASE),
    ("Cheers for swapping the cracked basin so quickly. Transfer's gone through.",
     ReplyIntent.PAID),
    ("Gracias por resolver lo de las cajas mojadas. Ya pagué el saldo esta mañana.",
     ReplyIntent.PAID),
    ("Merci d'avoir remplacé la pompe défectueuse. Le virement est parti ce matin.",
     ReplyIntent.PAID),
    ("Glad we got the business with the missing parts straightened out. I've seen the new "
     "invoice.", ReplyIntent.ACKNOWLEDGED),
    # a fix thanked for that did not hold is still a dispute
    ("Cheers for swapping the basin, but the new one is cracked too.", ReplyIntent.DISPUTE),
])
def test_duplicates_no_account_administrators_in_and_fixes_thanked_for(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Could you send a statement with everything we've paid so far and what's left?",
     ReplyIntent.QUESTION),
    ("Can I have a receipt for the deposit I paid in August? It's for my tax return.",
     ReplyIntent.QUESTION),
    ("Paid today, please send me a receipt.", ReplyIntent.PAID),
])
def test_asking_what_was_paid_so_far_is_a_question_a_receipt_for_today_s_payment_is_not(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Good morning, acknowledging receipt of your reminder dated 3 Nov. Regards, J. Whitfield",
     ReplyIntent.ACKNOWLEDGED),
    ("Grand, that's with the boss now.", ReplyIntent.ACKNOWLEDGED),
    ("Yes, I know about it. The mix-up with the delivery was my end, not yours, I'd put the "
     "wrong address on the order.", ReplyIntent.ACKNOWLEDGED),
    ("Didn't order this. Don't know what this is.", ReplyIntent.DISPUTE),
    ("This address was given to me by my provider a month ago, it must have been someone "
     "else's before. I'm not who you're looking for.", ReplyIntent.WRONG_PERSON),
    ("I no longer monitor this mailbox regularly. Your message has been forwarded to "
     "accounts@example.com and someone will respond shortly.", ReplyIntent.AUTO_REPLY),
    ("Is this bill from before or after my bankruptcy discharge in 2021? If it's old it "
     "should have been wiped.", ReplyIntent.QUESTION),
])
def test_receipts_acknowledged_bills_disowned_addresses_inherited_and_notices(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize(("words", "intent"), [
    ("Just paid the VAT bill Friday and the quarter's rent this morning so I'm cleaned out, but "
     "you're next in the queue. £503.20 will be with you Friday week.",
     ReplyIntent.PROMISE_TO_PAY),
    ("Paid the rent and your invoice this morning, both by transfer.", ReplyIntent.PAID),
])
def test_other_bills_paid_before_this_one_is_no_payment_of_it(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Your roofer left the job with the flashing not done. I'm not paying until it's finished.",
    "I think you've got the wrong end of the stick. The piano was tuned in July and paid for "
    "then. This invoice is for a tuning in October. Nobody came in October.",
    "Your driver dropped the sofa at the wrong address and we had to fetch it ourselves. Refund "
    "the delivery charge and the balance is yours.",
])
def test_work_left_undone_an_idiom_or_goods_taken_to_the_wrong_address_are_disputes(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Grand, thanks.",
    "Gut, danke.",
    "Aye, seen it. Ah'll get back tae ye.",
    "Forwarding to my bookkeeper.",
    "Ok thanks, I'll forward this on to Jasmine who does our books.",
    "Copying in Jess from our finance team who handles supplier payments.",
    "I'm a temp covering for Rashid. I've put your email in his tray for when he's back.",
    "Thank you for your letter, I have read it.",
    "I'm going through a backlog of emails. I'll get to yours this week.",
    "J'ai vu votre mail. On en parle jeudi à la réunion.",
    "On a bien eu votre courriel, je le mets sur la pile de Josée.",
    "Nous examinons votre message et revenons vers vous.",
    "Ihre Mail ist bei uns angekommen, ich leg sie Frau Pichler hin.",
    "hab ich gesehen, geb es an die buchhaltung weiter",
    "Gracias Marcos, ya me llegó. Nuestro departamento lo revisa esta semana.",
    "Habe die Erinnerung erhalten, danke.",
])
def test_a_message_read_seen_received_or_handed_on_is_an_acknowledgement_in_four_languages(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize("words", [
    "4th November, my birthday, and this is the first email I open. Lovely.",
    "I'm in hospital after an op, only just seen this on my phone. Back home next week.",
    "I've read your emails and honestly I'd rather just talk it through with a human being.",
])
def test_irony_or_news_beside_a_message_seen_acknowledges_nothing(words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.ACKNOWLEDGED


@pytest.mark.parametrize(("words", "intent"), [
    ("Despite what the rumours say about us going into administration, we're trading fine. "
     "Payment run is Thursday the 13th and you're on it.", ReplyIntent.PROMISE_TO_PAY),
    ("Ma procédure de surendettement est clôturée depuis 2022. Vous aurez le paiement d'ici la "
     "fin du mois.", ReplyIntent.PROMISE_TO_PAY),
    ("Mein Anwalt kümmert sich gerade um den Hauskauf. Ihre Rechnung begleiche ich bis "
     "Monatsende.", ReplyIntent.PROMISE_TO_PAY),
    ("Sie hatten geschrieben, Ihre Firma sei insolvent. Auf welches Konto soll ich zahlen?",
     ReplyIntent.QUESTION),
    ("C'est payé depuis vendredi passé par virement. Svp arrêtez les appels, un courriel ça fait "
     "la job.", ReplyIntent.PAID),
    ("¿Me podría enviar la factura con el NIT correcto? Y le agradezco no volver a llamar a la "
     "oficina, por aquí respondo.", ReplyIntent.QUESTION),
    ("Paid on 31/10 by BACS. You can stop the paper letters though, they just duplicate your "
     "emails.", ReplyIntent.PAID),
    ("Could you stop putting my old address on the letters? Also what's the due date on this "
     "one?", ReplyIntent.QUESTION),
])
def test_rumours_denied_procedures_closed_and_calls_or_paper_refused_stop_nothing(
        words: str, intent: ReplyIntent) -> None:
    assert read_above_the_reminder(words).intent is intent


@pytest.mark.parametrize("words", [
    "Your email says at the bottom 'Reply STOP to opt out of reminders'. I'm not opting out, I "
    "just wanted to ask can I pay by card over the phone?",
    "In Ihrer Mail steht 'Antworten Sie mit STOPP, um keine Erinnerungen mehr zu erhalten'. Wie "
    "hoch ist denn jetzt die Mahngebühr genau?",
    "Oye, por favor no me mandéis más WhatsApps, que me saltan a todas horas. Por email bien. La "
    "factura os la pago el lunes.",
    "Bonjour, merci de ne plus m'appeler sur mon natel pendant les heures de bureau. Par e-mail, "
    "aucun souci. Je vous fais le versement d'ici vendredi.",
    "Bitte schicken Sie mir keine Briefe mehr, nur noch Mails, ich bin viel unterwegs. Die "
    "Rechnung zahle ich bis Ende des Monats.",
])
def test_the_reminder_s_stop_line_quoted_in_single_quotes_and_other_channels_refused_stop_nothing(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Yes I had a bankruptcy, in 2018, discharged a year later, and I've no idea why it came up. "
    "I've just paid it in full through your online link.",
    "Servus, ja ich war vor ein paar Jahren im Schuldenregulierungsverfahren, das ist aber seit "
    "2022 abgeschlossen und hat mit Ihrer Rechnung nix zu tun. Überweisung ist heute raus.",
    "Oui j'ai fait faillite en 2017, j'ai été libéré depuis longtemps. J'ai payé la facture hier "
    "par Interac.",
    "Our IVA proposal was rejected at the creditors' meeting so there's no arrangement. Can we "
    "agree £50 a month from the 1st?",
    "Hola, sí, la empresa estuvo en concurso preventivo pero ya se homologó el acuerdo y estamos "
    "operando normal. Tu factura sale el 20 por transferencia.",
    "Die Privatinsolvenz betrifft meinen Ex-Mann, nicht mich. Ich bezahle die Rechnung am "
    "Freitag.",
    "Soy abogada y justo estoy con un juicio que me tiene a mil, por eso no vi tu mail. Ya te "
    "transferí, fijate.",
])
def test_an_insolvency_discharged_refused_or_another_s_and_the_writer_s_trade_stop_nothing(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is not ReplyIntent.CEASE


@pytest.mark.parametrize("words", [
    "Hey! Quick favour, could you guys not use this email for the account anymore? It's my old "
    "uni one and I barely check it.",
    "We're moving to a new domain. Please don't use this one after today. Statements to the post "
    "box instead.",
    "Wir haben Privatinsolvenz angemeldet.",
    "J'ai fait faillite le mois dernier.",
    "Soy abogada y represento a la Sra. Pérez. Diríjanse a mí.",
])
def test_an_address_not_to_be_used_and_the_debtor_s_own_insolvency_are_stop_requests(
        words: str) -> None:
    assert read_above_the_reminder(words).intent is ReplyIntent.CEASE


def test_a_payment_pushed_through_a_supplier_portal_is_paid() -> None:
    words = "I pushed it through the supplier portal Tuesday, $5,125.00. Can you confirm it landed?"
    assert read_above_the_reminder(words).intent is ReplyIntent.PAID
