"""quotes.py tries line-anchored patterns only at line starts (and the library's header-block
patterns only at field lines); what it finds must be what the patterns themselves find,
including at the very start of the text, after blank space and when searching on from a
position."""

from __future__ import annotations

import itertools
import random
import re

from bot.mail import quote_searches, thread_reading
from bot.mail.quotes import split_reply

TEXTS = [
    "",
    "From: A\nSent: Monday\nTo: B\nSubject: x\n\n> old",
    "Paid.\n\nFrom: A\nSent: Monday\nTo: B\nSubject: x\n\n> old",
    "Paid.\n> From: A\n> To: B\n> Subject: x\n",
    "Paid.\n\n   \n-- \nAnn\n\n\nSent from my iPhone",
    "Best regards\nAnn\n\nThanks,\nBob",
    "On Mon, 1 Jan 2024 Bob <b@c.d> wrote:\n> hi\n\nOk.\nOn Tue, 2 Jan 2024 Ann <a@c.d> wrote:",
    "Da: Mario\nA: Luigi\nOggetto: fattura\n\nData: oggi",
    "x" * 300 + "\nTo: a\nFrom: b\n",
    "Ok\n\n-----Oprindelig meddelelse-----\nFra: A\nSendt: 1\nTil: B\nEmne: x\n",
    "Ok\n> -----OPRINDELIG MEDDELELSE-----\n> Fra: A\n> Til: B\n",
    "Ok\nFra: A\nTil: B\n\n-----Original Message-----\nFrom: C",
]

LEADS = [
    re.compile(r"^(?:> ?)*From:.*$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"(^-{5,} ?Original Message ?-{5,}$)", re.MULTILINE | re.IGNORECASE),
    re.compile(r"(?<!\A)^(?:> ?)*(?:Best regards|Thanks,)", re.MULTILINE | re.IGNORECASE),
    re.compile(r"\s*^(?:> ?)*(?:--|Sent from my)", re.MULTILINE | re.IGNORECASE),
]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    return (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups()))


def test_a_line_start_search_finds_the_match_the_pattern_finds_from_any_position() -> None:
    for pattern in LEADS:
        fast = quote_searches.LineStartSearch.of(pattern)
        assert isinstance(fast, quote_searches.LineStartSearch)
        for text in TEXTS:
            for pos in range(len(text) + 1):
                assert _same(fast.search(text, pos), pattern.search(text, pos)), (
                    pattern.pattern, text, pos)


def test_a_pattern_that_looks_behind_itself_is_searched_as_it_is() -> None:
    pattern = re.compile(r"^(?<=\n)From:", re.MULTILINE)
    assert quote_searches.LineStartSearch.of(pattern) is pattern


def test_a_pattern_with_an_alternative_not_at_a_line_start_is_searched_as_it_is() -> None:
    for source in (r"^From:|Sent:", r"(^From:|Sent:)", r"(^From:)|(Sent:)"):
        pattern = re.compile(source, re.MULTILINE)
        assert quote_searches.LineStartSearch.of(pattern) is pattern


def test_the_danish_header_block_is_searched_at_field_lines_unless_it_has_its_lead_in() -> None:
    danish = [search for search in thread_reading.HEADERS._alternatives
              if isinstance(search, quote_searches.FieldLinesSearch) and search._lead_in]
    assert len(danish) == 1


def test_the_header_block_patterns_find_what_they_find_from_any_position() -> None:
    header = thread_reading.HEADERS
    blocks = [search for search in header._alternatives
              if isinstance(search, quote_searches.FieldLinesSearch)]
    assert len(blocks) >= 8
    for search in blocks:
        for text in TEXTS:
            for pos in range(len(text) + 1):
                assert _same(search.search(text, pos), search.regex.search(text, pos)), (
                    search.regex.pattern[:60], text, pos)


def test_a_reply_above_a_header_block_at_a_line_start_is_still_split() -> None:
    text = "Paid.\n\nFrom: A <a@b.example>\nSent: Monday\nTo: B\nSubject: x\n\n> old"
    assert split_reply(text).new_text == "Paid."
    quoted = "Paid.\n\n> From: A <a@b.example>\n> Sent: Monday\n> To: B\n> Subject: x\n> old"
    assert split_reply(quoted).new_text == "Paid."


def test_the_outlook_separator_is_found_where_the_pattern_finds_it() -> None:
    pattern = re.compile(quote_searches.RuleAfterBlankLinesSearch.SOURCE, re.MULTILINE)
    fast = quote_searches.RuleAfterBlankLinesSearch.of(pattern)
    assert fast is not None
    pieces = ["\n", " ", "_" * 32, "-" * 31, "_", "x"]
    texts = ["".join(p) for n in range(1, 6) for p in itertools.product(pieces, repeat=n)]
    for text in texts:
        for pos in range(len(text) + 1):
            assert _same(fast.search(text, pos), pattern.search(text, pos)), (text, pos)


def test_the_last_top_level_group_runs_to_the_end_of_the_pattern() -> None:
    last = quote_searches.last_top_level_group
    assert last(r"a(b)(c|d){1,2}x") == "(c|d){1,2}x"
    assert last(r"a(b)[(]\(") == "(b)[(]\\("
    assert last(r"a(b)|(c)") is None
    assert last(r"abc") is None
    assert quote_searches.top_level_alternatives(r"a|(b|c)|[|]|\|d") == [
        "a", "(b|c)", "[|]", r"\|d"]


def test_the_disclaimers_are_found_where_the_pattern_finds_them() -> None:
    disclaimers = thread_reading.DISCLAIMERS
    assert isinstance(disclaimers, quote_searches.TailFiltered)
    texts = [*TEXTS, "Confidential: this e-mail is for you.", "CONFIDENTIAL: this MAIL",
             "Disclaimer: nothing", "Hinweis: Diese E-Mail ist vertraulich.", "mail only",
             "Disclaimer: E-MAİL", "Warning:\nThis email came from outside."]
    for text in texts:
        assert disclaimers.findall(text) == disclaimers.pattern.findall(text), text


def test_a_pattern_whose_end_has_no_words_is_only_prefiltered() -> None:
    found = quote_searches.TailFiltered.of(re.compile(r"(?:Warning|Caution):(?:x)?"))
    assert not isinstance(found, quote_searches.TailFiltered)


def test_rules_after_text_are_dropped_as_the_library_drops_them() -> None:
    rule, short = "_" * 40, "-" * 31
    pieces = ["x", "\n", "\n\n", "\n\n\n", " ", rule, "-_" * 20, short, "\n\n " + rule, "y z"]
    chooser = random.Random(7)
    texts = [
        "", rule, "\n\n" + rule, "a\n\n" + rule, ("a\n\n" + rule) * 10, "a\n\n" + rule * 2,
        "a\n\n" + rule + "\n\n" + rule, "a\n\n" + short, "a\n\n  " + rule,
        *("".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 30)))
          for _ in range(3000)),
    ]
    dropped = 0
    for text in texts:
        expected = re.sub(
            f"([^\n]){thread_reading.OUTLOOK_MAIL_SEPARATOR}", "\\1\n", text, count=re.MULTILINE)
        found = thread_reading._RULE_AFTER_BLANK_LINES.search(text)
        assert thread_reading._without_rules_after_text(text, found) == expected, text
        dropped += expected != text
    assert dropped > 1000
