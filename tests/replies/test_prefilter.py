"""The regex prefilter rules a pattern out only when it cannot match: never a missed match."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from bot.domain.pattern_starts import first_characters
from bot.domain.replies import (
    amounts,
    automatic,
    classifier,
    dates,
    figures,
    invoices,
    phrases,
    promises,
)
from bot.domain.replies.clauses import sentences, statements
from bot.domain.replies.intents import PRIORITY, ReplyIntent
from bot.domain.replies.prefilter import (
    Folded,
    Prefiltered,
    WordIndex,
    required_words,
    top_level_alternatives,
    window_width,
    with_start_lookahead,
)
from bot.mail import bounces, quotes

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

TRICKY = [
    "We have PAID it yesterday.",
    "PAİD İT",  # dotted capital I matches i ignoring case
    "ſtop emailing me",  # long s matches s ignoring case
    "We will pay on the 15th, \u212aind regards",  # Kelvin sign matches k
    "Nous avons payé la facture.",
    "Wir haben die Rechnung bereits überwiesen.",
    "Hemos pagado la factura.",
    "Re: Undeliverable: Invoice",
    "Mail delivery failed: returning message to sender",
    "I am out of the office until Monday 3 March.",
    "",
    "a",
    "On Tue, 4 Nov 2025 at 09:00, Accounts <a@b.example> wrote:",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    if CORPORA.is_dir():
        for path in sorted((CORPORA / "debtor-replies").glob("*.eml"))[:40]:
            body = path.read_bytes().decode("utf-8", "replace")
            texts.append(body)
            texts.extend(line for line in body.splitlines() if line.strip())
    return texts


def _patterns() -> list[re.Pattern[str]]:
    found = [p for group in phrases.PHRASES.values() for p in group]
    for module in (automatic, classifier, phrases, amounts, promises, figures, bounces, quotes):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found.append(value)
            elif isinstance(value, Prefiltered):
                found.append(value.pattern)
            elif isinstance(value, WordIndex):
                found.extend(member.pattern for member in value.members)
    return found


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:40])
def test_a_pattern_is_never_ruled_out_for_a_text_it_matches(pattern: re.Pattern[str]) -> None:
    candidate = Prefiltered.of(pattern)
    for text in _texts():
        if pattern.search(text):
            assert candidate.may_match(Folded(text)), text
            assert candidate.search(text) is not None


def test_required_words_are_read_from_the_pattern() -> None:
    def words(source: str, ascii_text: bool = True) -> frozenset[str] | None:
        return required_words(re.compile(source, re.IGNORECASE), ascii_text=ascii_text)

    assert words(r"\bwe (?:have )?paid\b") == {"we paid", "we have paid"}
    assert words(r"^(?:From|To|Cc):") == {"from:", "to:", "cc:"}
    assert words(r"\b(?:dispute|disagree)\w*") == {"dispute", "disagree"}
    assert words(r"\bpayé\b") == frozenset()  # cannot match ASCII text at all
    assert words(r"\bPAYÉ\b", ascii_text=False) == {"payé"}
    assert words(r"\bpayς\b", ascii_text=False) == {"pay"}  # Σ, σ and ς match each other
    assert words(r"\d+ days") == {" days"}
    # a group that matches case as written needs the same words, found in the folded text
    assert words(r"(?-i:\b[A-Z][a-z]+ (?:has )?died)\b|\bpassed away\b") == {
        " died", " has died", "passed away"}
    assert words(r"(?-i:Dad) died") == {"dad died"}
    assert words(r"(?:a|b)c") is None  # too short to be of use
    assert words(r"\w+") is None


def test_a_word_index_rules_out_for_each_span_only_what_cannot_match_it() -> None:
    members = [Prefiltered.of(pattern) for group in phrases.PHRASES.values() for pattern in group]
    index = WordIndex(members)
    for text in _texts():
        spans = [(part.start, part.end) for part in sentences(text)]
        found = index.candidates(Folded(text), spans)
        for (start, end), ids in zip(spans, found, strict=True):
            for number, member in enumerate(members):
                if member.pattern.search(text[start:end]):
                    assert number in ids, (member.pattern.pattern, text[start:end])


def _said_sentence_by_sentence(words: str) -> set[ReplyIntent]:
    said: set[ReplyIntent] = set()
    for sentence in statements(words):
        text = sentence.text.strip()
        if phrases._DISCLAIMER.pattern.search(text):
            continue
        for intent in phrases.PHRASES:
            if (not sentence.is_conditional or intent is ReplyIntent.QUESTION) and phrases.says(
                    intent, text):
                said.add(intent)
    return said


def _said_with_the_prefilter(words: str) -> set[ReplyIntent]:
    return {intent for intent, sentences in phrases._may_say(words).items()
            if any(sentence.says(intent) for sentence in sentences)}


def _strongest(said: set[ReplyIntent]) -> ReplyIntent:
    return next((intent for intent in PRIORITY if intent in said), ReplyIntent.UNCLEAR)


def test_the_strongest_intent_said_is_what_asking_each_sentence_with_every_pattern_gives(
) -> None:
    """The prefilter's sentences (`phrases._may_say`) say what every pattern finds; what the
    reply as a whole then takes back (a contact gone while someone pays, a dispute denied...)
    is `strongest_said`'s, tested by the intents."""
    for text in [*_texts(), "If you have paid, ignore this. Who is this invoice for",
                 "If it hasn't reached you yet, it will - we sent it Tuesday."]:
        assert _strongest(_said_with_the_prefilter(text)) is _strongest(
            _said_sentence_by_sentence(text)), text


def test_a_window_is_as_wide_as_the_widest_match_and_none_when_unbounded_or_looking_ahead(
) -> None:
    assert window_width(re.compile(r"\bboxbe\b")) == 5
    assert window_width(re.compile(r"(?<!not )paid")) == 4  # lookbehind reads before the window
    assert window_width(re.compile(r"[^.]{0,40}ab")) == 42
    assert window_width(re.compile(r"a+")) is None
    assert window_width(re.compile(r"paid(?! by)")) is None
    assert window_width(re.compile(r"(?:x|y(?:z(?=w))?)")) is None


def test_searching_near_the_words_answers_as_searching_the_whole_text() -> None:
    sources = [
        r"\bpaid\b", r"^\W*stop\W*$", r"(?<!not )\bpaid (?:it|this)\b", r"\bpaid$",
        r"\bwe (?:have )?paid\b[^.\n]{0,20}\btoday\b", r"\bboxbe\b", r"\bpaid\w*",
        r"(?:^|\n)thanks\b",
    ]
    index = WordIndex(Prefiltered.of(re.compile(source, re.I | re.M)) for source in sources)
    texts = [*_texts(), "paid", "paidx", "not paid it", "xx not paid it. We have paid, today!",
             "We\u212aind paid\nstop\n", "boxbe" * 3, "Stop", " STOP \n", "paid\n",
             "x paid\nz", "ok\nThanks", "PAİD", "we have paid it all today"]
    for pattern in (member.pattern for member in index.members):
        alone = WordIndex([Prefiltered.of(pattern)])
        for text in texts:
            assert alone.any_match(text, Folded(text)) == bool(pattern.search(text)), (
                pattern.pattern, text)
    for text in texts:
        expected = any(member.pattern.search(text) for member in index.members)
        assert index.any_match(text, Folded(text)) == expected, text
    if CORPORA.is_dir():
        texts += [path.read_bytes().decode("utf-8", "replace")
                  for path in sorted((CORPORA / "autoreplies").rglob("*.eml"))]
    for module_index in (automatic._BODY, automatic._CHALLENGE, automatic._CHALLENGE_OR_BODY):
        for text in texts:
            expected = any(member.pattern.search(text) for member in module_index.members)
            assert module_index.any_match(text, Folded(text)) == expected, text


def test_an_alternation_is_cut_only_at_its_own_bars() -> None:
    assert top_level_alternatives(r"a|(b|c)|[|]|\||[]|]x|[^]|]y|") == [
        "a", "(b|c)", "[|]", r"\|", "[]|]x", "[^]|]y", ""]
    assert top_level_alternatives(r"(?<!not )paid(?=\s|$)") == [r"(?<!not )paid(?=\s|$)"]


@pytest.mark.parametrize("index", [phrases._NOT_A_DISPUTE, phrases._SETTLED_HERE])
def test_the_branches_of_an_alternation_kept_apart_match_where_it_matches(index: WordIndex) -> None:
    whole = re.compile("|".join(member.pattern.pattern for member in index.members),
                       index.members[0].pattern.flags)
    texts = [*_texts(), "It's not a dispute, just a question.", "Dispute resolved, paying Friday",
             "until the dispute is resolved we won't pay", "Ce n'est pas une contestation.",
             "Je conteste. Ce n'est pas une réclamation ?", "kein Widerspruch von uns",
             "We were charged twice but you refunded the duplicate straight away, so all good.",
             "Die beschädigte Markise wurde ersetzt, von unserer Seite also alles gut.",
             "La facture en double a été annulée, merci Claire."]
    for text in texts:
        assert index.any_match(text, Folded(text)) == bool(whole.search(text)), text


def test_phrases_are_the_required_words_uncut_with_their_word_boundaries() -> None:
    member = Prefiltered.of(re.compile(r"\b(?:out of work|ill|serious ill)\b", re.IGNORECASE))
    assert member.words == ("ill", "work")  # "serious ill" holds "ill"
    assert member.phrases == ("\0ill\0", "\0out of work\0", "\0serious ill\0")
    assert Prefiltered.of(re.compile(r"\b(?:xyz|(?:long )?sick\w*)")).phrases == (
        "\0long sick", "\0sick", "\0xyz")


def test_a_phrase_at_a_word_boundary_counts_only_where_a_word_starts_or_ends() -> None:
    index = WordIndex([Prefiltered.of(re.compile(r"\b(?:ill|sick)\b", re.IGNORECASE)),
                       Prefiltered.of(re.compile(r"(?i)ill\b")),
                       Prefiltered.of(re.compile(r"\b_ill"))])
    text = "I will pay. ILL. Still ill? fill_ill_ sickly (sick) _ill"
    for spans in ([(part.start, part.end) for part in sentences(text)], [(6, 9)], [(3, 7)]):
        found = index.candidates(Folded(text), spans)
        for (start, end), ids in zip(spans, found, strict=True):
            for number, member in enumerate(index.members):
                assert (number in ids) == bool(member.pattern.search(text[start:end])), (
                    member.pattern.pattern, text[start:end])


def test_folding_a_character_keeps_whether_it_is_a_word_character() -> None:
    def is_word(char: str) -> bool:
        return re.fullmatch(r"\w", char) is not None

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = Folded(char).lower
        assert len(folded) == 1 and is_word(folded) == is_word(char), hex(code)


def test_a_latin1_lower_case_letter_is_matched_ignoring_case_only_where_folding_gives_it(
) -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    for letter in "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ":
        for char in re.findall(re.escape(letter), every, re.IGNORECASE):
            assert Folded(char).lower == letter, (letter, hex(ord(char)))


def test_the_first_characters_are_read_from_the_pattern() -> None:
    def first(source: str) -> frozenset[str] | None:
        return first_characters(source, re.IGNORECASE)

    assert first(r"\b(?:will|'ll)\b") == {"w", "'"}
    assert first(r"(?<!\bno )\b(?:disput\w*|contest)|\bpush back") == {"d", "c", "p"}
    assert first(r"(?:ab)+c|[xY]z") == {"a", "x", "Y"}
    assert first(r"^\W*stop") is None  # may start with any character but a word's
    assert first(r"(?:the )?day|(?:a?)b") == {"t", "d", "a", "b"}
    assert first(r"\b(?:on\s+)?\d+(?:st|nd)") == {"o", "\\d"}
    assert first(r"[A-Ea-c]x") == frozenset("ABCDEabc")  # a short range, each character
    assert first(r"[^A-Z]x") is None
    assert first(r"[\x00-\uffff]x") is None  # too long a range to list
    assert first(r"\b") is None  # an empty match
    assert first(r"a?") is None
    led = with_start_lookahead(re.compile(r"(?:on )?\d", re.IGNORECASE))
    assert led.pattern == r"(?=[\do])(?:(?:on )?\d)"
    assert with_start_lookahead(re.compile(r"\bwill")).pattern == r"\bwill"  # case matters
    verbose = re.compile(r"will  # a comment", re.IGNORECASE | re.VERBOSE)
    assert with_start_lookahead(verbose) is verbose
    flagged = re.compile(r"(?i)will|shall")  # global flags cannot go inside a group
    assert with_start_lookahead(flagged) is flagged


def _led_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern searched behind a look-ahead, with the pattern as written."""
    pairs = [(member.pattern, led)
             for member, led in zip(phrases._INDEX.members, phrases._PATTERNS, strict=True)]
    pairs += [(written, led) for (_kind, written), (_same, led)
              in zip(dates._PATTERNS, dates._SEARCHED, strict=True)]
    for led in (promises._COMMITS, promises._PAST_OR_MISSED, automatic._RETURNING,
                automatic._UNTIL, amounts._DENIAL, amounts._NOT_A_PAYMENT,
                phrases._PAID_NEGATION, invoices._LABEL, promises._PAYING,
                promises._NOT_ABOUT_PAYING, figures._BILLED, phrases._EMAIL_WELCOME):
        inner = led.pattern[led.pattern.index("])(?:") + len("])(?:") : -1]
        pairs.append((re.compile(inner, led.flags), led))
    pairs = [(written, led) for written, led in pairs if led is not written]
    for written, led in pairs:
        assert with_start_lookahead(written).pattern == led.pattern
    return pairs


def test_a_character_a_pattern_may_start_with_passes_its_look_ahead() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    matching: dict[tuple[str, int], list[str]] = {}
    for pattern, led in _led_patterns():
        first = first_characters(pattern.pattern, pattern.flags)
        assert first is not None
        assert led.pattern.startswith("(?=[")
        ahead = re.compile(led.pattern[: led.pattern.index("])") + 2], led.flags)
        for char in first - {"\\d"}:  # (a digit is one ignoring case or not)
            key = (char, pattern.flags)
            if key not in matching:
                matching[key] = re.findall(re.escape(char), every, pattern.flags)
            for other in matching[key]:
                assert ahead.match(other), (pattern.pattern, char, hex(ord(other)))


def test_a_pattern_behind_its_look_ahead_matches_as_written() -> None:
    texts = [*_texts(), "WILL PAY İT", "ſent", "'ll pay", "\u212aindly paid", "Back on 3 March",
             "until the end of May, mid-June or early July", "not paid: fee of £40, cheque 1042"]
    for pattern, led in _led_patterns():
        for text in texts:
            assert [found.span() for found in led.finditer(text)] == [
                found.span() for found in pattern.finditer(text)], (pattern.pattern, text)


def test_a_pattern_without_multiline_matches_a_text_without_line_breaks_as_with_it() -> None:
    lines = [line for text in _texts() for line in text.split("\n")]
    lines += ["  ok, thanks!  ", "Paid", "- stop -", "Noted. Thanks", "Will pay tomorrow", ""]
    pairs = [(multiline, one_line) for multiline, one_line
             in zip(phrases._PATTERNS, phrases._ONE_LINE, strict=True) if one_line is not multiline]
    assert pairs
    for multiline, one_line in pairs:
        assert multiline.flags & re.MULTILINE and not one_line.flags & re.MULTILINE
        for line in lines:
            assert [found.span() for found in one_line.finditer(line)] == [
                found.span() for found in multiline.finditer(line)], (multiline.pattern, line)


def test_no_more_phrase_patterns_lack_a_word_to_look_up_first_than_the_few_known() -> None:
    """A pattern the word index cannot rule out is tried on every sentence of every reply: a
    long one merged with such a branch (as "pd" once was with "paid by my husband") slows the
    reader for nothing. The few left are anchored at the sentence's start ("^\\W*pd\\W*$"),
    start with a figure ("3 x £200") or are a question's topics."""
    unindexed = [member.pattern.pattern for member in phrases._INDEX.members
                 if member.words is None]
    topic = r"\b(?!(?:cardiac"
    assert all(branch.startswith(("^", r"\b\d", topic))
               for pattern in unindexed for branch in top_level_alternatives(pattern)), unindexed
