"""The header patterns that may match a text, told from the phrases before its colons: never
fewer than the Aho-Corasick index finds (a search may skip only patterns that cannot match)."""

from __future__ import annotations

import random

from bot.domain.replies.prefilter import Folded, Prefiltered, WordIndex
from bot.mail.phrase_candidates import PhraseCandidates
from bot.mail.quote_searches import split_alternatives
from bot.mail.thread_reading import HEADERS

_PIECES = (
    ":", "::", " :", "From:", "FROM :", "to:", "To", "cc :", "Cc:", "  :", "wrote:", "WROTE",
    "schrieb", "Betreff:", "Objet :", "À :", "Envoyé :", "escribió:", "napisał(a):", "skrev",
    "-----Original Message-----", "original message", "Från:", "Ämne:", "İ", "K", "ſ", "ı",
    "\n", "> ", "*", "x", "Date:", "Datum:", "Organización:", "a écrit", "ha scritto:",
    "\nDa: Mario", "\nA: Luigi", "\nOGGETTO: x", "\na: b", "\nInviato: ieri", "\nCc: y",
)


def _texts() -> list[str]:
    chooser = random.Random(11)
    texts = ["", ":", "to:", "x:", ":to:", "wrote:\n", "From: a\nTo: b\n"]
    for _ in range(3000):
        texts.append("".join(chooser.choice(_PIECES) for _ in range(chooser.randint(1, 12))))
    return texts


def test_the_header_alternatives_found_include_every_one_the_word_index_finds() -> None:
    members = [Prefiltered.of(part) for part in split_alternatives(HEADERS.regex)]
    index, phrases = WordIndex(members), PhraseCandidates(members)
    found = 0
    for text in _texts():
        folded = Folded(text)
        expected = index.candidates(folded, [(0, len(text))])[0]
        assert expected <= phrases.candidates(folded), text
        found += len(expected)
    assert found > 3000


def test_every_header_alternative_that_matches_a_text_is_a_candidate() -> None:
    alternatives = split_alternatives(HEADERS.regex)
    phrases = HEADERS._phrases
    matched = 0
    for text in _texts():
        found = phrases.candidates(Folded(text))
        for index, alternative in enumerate(alternatives):
            if alternative.search(text):
                matched += 1
                assert index in found, (index, text)
    assert matched > 500


def test_the_italian_header_block_is_no_candidate_without_its_fields() -> None:
    italian = [index for index, part in enumerate(split_alternatives(HEADERS.regex))
               if "Oggetto" in part.pattern]
    assert italian
    assert not set(italian) & HEADERS._phrases.candidates(Folded("Paid on 3 May: thanks"))
    assert set(italian) <= HEADERS._phrases.candidates(Folded("Ok\nDa: M\nA: L\n"))
