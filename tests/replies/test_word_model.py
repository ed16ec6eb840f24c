"""The word model: a second reading that may raise the rules' answer, or take it back when very
sure, shipped trained on the labelled replies as they are now."""

from __future__ import annotations

import gzip
import json
import math
from datetime import date

import pytest

from bot.domain.replies.classifier import (
    CEASE_LIKELY,
    DISPUTE_LIKELY,
    MODEL_CONFIDENCE,
    RAISING_TO_DISPUTE,
    RAISING_TO_PROMISE,
    TAKING_BACK,
    word_model_answer,
)
from bot.domain.replies.intents import PRIORITY, ReplyIntent
from bot.domain.replies.phrases import stop_request_denied, strongest_said
from bot.domain.replies.word_model import MODEL_FILE, WordModel, features, word_model
from bot.mail.parse_reply import parse_reply
from tests.replies.labelled import fingerprint
from tests.replies.messages import reply

LEARNED = [ReplyIntent(name) for name in sorted(str(intent) for intent in PRIORITY)
           if name not in ("auto_reply", "bounce")]


def _exported() -> dict[str, object]:
    exported: dict[str, object] = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
    return exported


def test_the_shipped_model_was_trained_on_the_labelled_replies_as_they_are_now() -> None:
    assert word_model().trained_on == fingerprint(), (
        "the labelled replies changed since the word model was trained: run `make model`")


def test_scoring_the_exported_model_gives_what_scikit_learn_gave_when_it_was_trained() -> None:
    checks = _exported()["checks"]
    assert isinstance(checks, list) and len(checks) >= 20
    model = word_model()
    for check in checks:
        probabilities = model.probabilities(check["text"])
        for intent, expected in zip(model.intents, check["probabilities"], strict=True):
            assert probabilities[intent] == pytest.approx(expected, abs=1e-4)


def test_the_model_reads_words_and_pairs_of_neighbouring_words() -> None:
    assert features("We never got it, never!") == [
        "we", "never", "got", "it", "never", "we never", "never got", "got it", "it never"]


def _sure_of(intent: ReplyIntent, word: str = "mystery") -> WordModel:
    """A model that reads `intent` in any text holding `word`, nearly certain of it."""
    return _reads(intent, 1.0 - 1e-8, word)


@pytest.mark.parametrize("rules_said", [
    ReplyIntent.UNCLEAR, ReplyIntent.ACKNOWLEDGED, ReplyIntent.QUESTION, ReplyIntent.PAID])
def test_a_confident_reading_of_a_stronger_intent_raises_the_rules_answer(
        rules_said: ReplyIntent) -> None:
    model = _sure_of(ReplyIntent.DISPUTE)
    assert word_model_answer(rules_said, "a mystery charge", model=model) is (
        ReplyIntent.DISPUTE)


def _with_chances(chances: dict[ReplyIntent, float], word: str = "mystery") -> WordModel:
    """A model that gives each intent of `chances` its chance in any text holding `word`, the
    rest shared evenly by the other intents."""
    rest = (1.0 - sum(chances.values())) / (len(LEARNED) - len(chances))
    logits = {intent: math.log(chance / rest) for intent, chance in chances.items()}
    return WordModel({
        "intents": [str(each) for each in LEARNED],
        "intercepts": [0.0] * len(LEARNED),
        "features": {word: [1.0, *(logits.get(each, 0.0) for each in LEARNED)]},
        "trained_on": "",
    })


def _reads(intent: ReplyIntent, confidence: float, word: str = "mystery") -> WordModel:
    """A model that reads `intent` in any text holding `word`, with `confidence`."""
    return _with_chances({intent: confidence}, word)


def test_a_dispute_is_raised_on_a_little_less_certainty_than_any_other_intent() -> None:
    between = (RAISING_TO_DISPUTE + MODEL_CONFIDENCE) / 2
    assert RAISING_TO_DISPUTE < between < MODEL_CONFIDENCE
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=_reads(
        ReplyIntent.DISPUTE, between)) is ReplyIntent.DISPUTE
    for other in (ReplyIntent.WRONG_PERSON, ReplyIntent.PAID):
        assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=_reads(
            other, between)) is ReplyIntent.UNCLEAR


def _torn(likeliest: ReplyIntent, likely: ReplyIntent, chances: tuple[float, float],
          word: str = "mystery") -> WordModel:
    """A model torn between two intents in any text holding `word`: `likeliest` and `likely`
    with the two `chances`, the rest shared evenly by the others."""
    return _with_chances({likeliest: chances[0], likely: chances[1]}, word)


@pytest.mark.parametrize("likeliest", [
    ReplyIntent.QUESTION, ReplyIntent.UNCLEAR, ReplyIntent.PAYMENT_PLAN, ReplyIntent.PAID])
def test_a_reply_the_rules_cannot_read_is_a_dispute_when_the_model_finds_one_likely(
        likeliest: ReplyIntent) -> None:
    just_likely = DISPUTE_LIKELY + 0.01
    model = _torn(likeliest, ReplyIntent.DISPUTE, (1.0 - just_likely - 0.01, just_likely))
    assert model.reading("mystery").intent is likeliest
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=model) is (
        ReplyIntent.DISPUTE)


def test_a_dispute_the_model_finds_less_likely_than_that_leaves_the_reply_unread() -> None:
    model = _torn(ReplyIntent.QUESTION, ReplyIntent.DISPUTE,
                  (1.0 - DISPUTE_LIKELY, DISPUTE_LIKELY - 0.02))
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=model) is (
        ReplyIntent.UNCLEAR)


def test_a_reply_the_rules_cannot_read_is_a_stop_request_when_the_model_finds_one_likely(
) -> None:
    just_likely = CEASE_LIKELY + 0.01
    model = _torn(ReplyIntent.QUESTION, ReplyIntent.CEASE, (1.0 - just_likely - 0.01, just_likely))
    assert model.reading("mystery").intent is ReplyIntent.QUESTION
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=model) is ReplyIntent.CEASE
    assert word_model_answer(ReplyIntent.QUESTION, "mystery", model=model) is (
        ReplyIntent.QUESTION)


def test_a_likely_stop_request_comes_before_a_likely_dispute_and_an_unlikely_one_reads_nothing(
) -> None:
    both = _with_chances({ReplyIntent.CEASE: CEASE_LIKELY + 0.01,
                          ReplyIntent.DISPUTE: DISPUTE_LIKELY + 0.01})
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=both) is ReplyIntent.CEASE
    unlikely = _torn(ReplyIntent.QUESTION, ReplyIntent.CEASE,
                     (1.0 - CEASE_LIKELY, CEASE_LIKELY - 0.02))
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=unlikely) is (
        ReplyIntent.UNCLEAR)


@pytest.mark.parametrize("rules_said", [
    ReplyIntent.CEASE, ReplyIntent.WRONG_PERSON, ReplyIntent.PAID, ReplyIntent.PROMISE_TO_PAY,
    ReplyIntent.QUESTION, ReplyIntent.ACKNOWLEDGED])
def test_a_likely_dispute_does_not_replace_what_the_rules_read(rules_said: ReplyIntent) -> None:
    model = _torn(ReplyIntent.UNCLEAR, ReplyIntent.DISPUTE, (0.5, 0.49))
    assert word_model_answer(rules_said, "mystery", model=model) is rules_said


@pytest.mark.parametrize(("rules_said", "model_reads"), [
    (ReplyIntent.DISPUTE, ReplyIntent.PROMISE_TO_PAY),
    (ReplyIntent.PAYMENT_PLAN, ReplyIntent.PROMISE_TO_PAY),
    (ReplyIntent.PAID, ReplyIntent.QUESTION),
])
def test_a_sure_reading_of_a_weaker_intent_takes_back_the_rules_answer(
        rules_said: ReplyIntent, model_reads: ReplyIntent) -> None:
    assert word_model_answer(rules_said, "mystery", model=_sure_of(model_reads)) is model_reads


@pytest.mark.parametrize(("rules_said", "model_reads"), [
    (ReplyIntent.CEASE, ReplyIntent.WRONG_PERSON),
    (ReplyIntent.CEASE, ReplyIntent.UNCLEAR),
    (ReplyIntent.WRONG_PERSON, ReplyIntent.DISPUTE),
])
def test_a_stop_request_or_a_not_us_the_rules_found_is_never_taken_back(
        rules_said: ReplyIntent, model_reads: ReplyIntent) -> None:
    model = _sure_of(model_reads)
    assert word_model_answer(rules_said, "mystery", model=model) is rules_said


def test_a_dispute_is_taken_back_only_by_a_reading_surer_than_one_that_may_raise() -> None:
    middling = _reads(ReplyIntent.PROMISE_TO_PAY, 0.75)
    assert middling.reading("mystery").confidence == pytest.approx(0.75)
    assert MODEL_CONFIDENCE < 0.75 < TAKING_BACK[ReplyIntent.DISPUTE]
    assert word_model_answer(ReplyIntent.DISPUTE, "mystery", model=middling) is (
        ReplyIntent.DISPUTE)
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=middling) is (
        ReplyIntent.PROMISE_TO_PAY)


@pytest.mark.parametrize(("rules_said", "model_reads"), [
    (ReplyIntent.QUESTION, ReplyIntent.UNCLEAR),
    (ReplyIntent.ACKNOWLEDGED, ReplyIntent.UNCLEAR),
])
def test_the_weakest_answers_are_not_taken_back(
        rules_said: ReplyIntent, model_reads: ReplyIntent) -> None:
    assert word_model_answer(rules_said, "mystery", model=_sure_of(model_reads)) is rules_said


@pytest.mark.parametrize("rules_said", [ReplyIntent.AUTO_REPLY, ReplyIntent.BOUNCE])
def test_the_model_does_not_read_bounces_or_auto_replies(rules_said: ReplyIntent) -> None:
    model = _sure_of(ReplyIntent.CEASE)
    assert word_model_answer(rules_said, "mystery", model=model) is rules_said


def test_an_unsure_reading_leaves_the_rules_answer() -> None:
    unsure = WordModel({
        "intents": [str(each) for each in LEARNED],
        "intercepts": [0.0] * len(LEARNED),
        "features": {"mystery": [1.0, *(0.5 if each is ReplyIntent.DISPUTE else 0.0
                                        for each in LEARNED)]},
        "trained_on": "",
    })
    assert unsure.reading("mystery").confidence < MODEL_CONFIDENCE
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", model=unsure) is (
        ReplyIntent.UNCLEAR)


def test_the_model_raises_only_to_the_intents_it_is_allowed() -> None:
    model = _sure_of(ReplyIntent.PROMISE_TO_PAY)
    allowed = frozenset({ReplyIntent.DISPUTE})
    assert word_model_answer(ReplyIntent.UNCLEAR, "mystery", to=allowed, model=model) is (
        ReplyIntent.UNCLEAR)


def test_a_promise_with_no_day_is_raised_only_by_a_surer_reading_than_one_with_a_day() -> None:
    middling = _reads(ReplyIntent.PROMISE_TO_PAY, 0.75)
    sure = _reads(ReplyIntent.PROMISE_TO_PAY, 0.9)
    assert MODEL_CONFIDENCE < 0.75 < RAISING_TO_PROMISE < 0.9
    allowed = frozenset({ReplyIntent.DISPUTE, ReplyIntent.PROMISE_TO_PAY})
    for said in (ReplyIntent.UNCLEAR, ReplyIntent.QUESTION, ReplyIntent.ACKNOWLEDGED):
        assert word_model_answer(said, "mystery", to=allowed, model=middling,
                                 promise_at=RAISING_TO_PROMISE) is said
        assert word_model_answer(said, "mystery", to=allowed, model=sure,
                                 promise_at=RAISING_TO_PROMISE) is ReplyIntent.PROMISE_TO_PAY
        assert word_model_answer(said, "mystery", to=allowed, model=middling) is (
            ReplyIntent.PROMISE_TO_PAY)  # with a day, `MODEL_CONFIDENCE` is enough


@pytest.mark.parametrize("words", [
    "Cuando cobremos del cliente, pagamos.",
    "Promise to pay in full as soon as our client settles.",
])
def test_a_promise_in_words_no_rule_names_and_with_no_day_is_a_promise_with_no_date(
        words: str) -> None:
    assert strongest_said(words) is not ReplyIntent.PROMISE_TO_PAY  # no rule finds a promise
    parsed = parse_reply(reply(words))
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date is None  # a person is asked to confirm the date


@pytest.mark.parametrize("words", [
    "We were billed for a site visit that never took place.",
    "That quote was 1,200 and now you want 1,900.",
])
def test_a_bill_contested_in_words_no_rule_names_is_still_a_dispute(words: str) -> None:
    assert strongest_said(words) is not ReplyIntent.PROMISE_TO_PAY  # no rule finds a promise
    assert parse_reply(reply(words)).intent is ReplyIntent.DISPUTE


@pytest.mark.parametrize("words", [
    "Demain c'est payé.",
    "It'll be paid tomorrow.",
])
def test_a_payment_still_to_come_stays_a_promise_whatever_the_model_reads(words: str) -> None:
    parsed = parse_reply(reply(words))
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date is not None


@pytest.mark.parametrize(("words", "day"), [
    ("Sorry we're late with this one, it's on the list for the run on the 14th along with "
     "the others from October.", date(2025, 11, 14)),
    ("Apologies, things have been hectic with the move. That one will be sorted on Friday "
     "along with the rest.", date(2025, 11, 7)),
])
def test_a_reply_that_names_a_day_in_words_no_rule_ties_to_paying_is_a_promise_on_that_day(
        words: str, day: date) -> None:
    assert strongest_said(words) is not ReplyIntent.PROMISE_TO_PAY  # no rule finds a promise
    parsed = parse_reply(reply(words))  # sent Tuesday 4 November 2025
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day


@pytest.mark.parametrize("words", [
    "I can meet you on Friday to discuss.",
    "Our office is closed until Monday.",
])
def test_a_day_that_is_not_about_paying_makes_no_promise(words: str) -> None:
    parsed = parse_reply(reply(words))
    assert parsed.intent is not ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date is None


@pytest.mark.parametrize("words", [
    "We'll pay Friday - well, part of it, £800. The rest will have to wait till December.",
    "Is it possible to pay half on Friday and half at the end of the month? Things are tight "
    "since I was let go.",
])
def test_a_dated_promise_the_model_reads_as_terms_is_a_plan(words: str) -> None:
    parsed = parse_reply(reply(words))  # sent Tuesday 4 November 2025
    assert parsed.intent is ReplyIntent.PAYMENT_PLAN
    assert parsed.promised_date == date(2025, 11, 7)


@pytest.mark.parametrize(("words", "denied"), [
    ("Let me speak to my partner tonight.", True),
    ("I'll check with my accountant and come back to you.", True),
    ("I'll speak to my solicitor about this.", False),
    ("Don't email me again. I will talk to my husband and he will call you.", False),
])
def test_a_debtor_talking_it_over_with_their_own_people_is_no_stop_request_the_model_may_raise(
        words: str, denied: bool) -> None:
    assert stop_request_denied(words) is denied


@pytest.mark.parametrize(("words", "day"), [
    ("Next week Tuesday I'll drop it by the office, cash.", date(2025, 11, 11)),
    ("Och I'm awful sorry, it went clean out my head. I'll see to it the day after tomorrow when "
     "I'm back in Edinburgh.", date(2025, 11, 6)),
])
def test_money_brought_to_the_office_on_a_day_is_a_promise_on_that_day(
        words: str, day: date) -> None:
    parsed = parse_reply(reply(words))  # sent Tuesday 4 November 2025
    assert parsed.intent is ReplyIntent.PROMISE_TO_PAY
    assert parsed.promised_date == day
