"""Looking for the hardship words first answers as running the hardship pattern does."""

from __future__ import annotations

from bot.domain.replies import hardship
from bot.domain.replies.hardship import says_hardship

TEXTS = [
    "I will pay on Friday.", "Still waiting for the bill.", "I'm ill.", "ILL since May",
    "I have been ill_", "ill", "sick-leave", "ſick since March", "long-term sickness",
    "I can’t afford it", "I can`t afford this", "we are not struggling financially",
    "I lost my job", "I lost  my job", "LOST MY JOB", "lost my jobs", "made\nredundant",
    "illness", "chill", "skill ill", "On benefits now", "universal credit", "İll", "K",
    "my husband died last week", "Behind with our rent.", "no money", "nomoney", "",
]


def _plainly(words: str) -> bool:
    text = words.translate(str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"}))
    for found in hardship._HARDSHIP.finditer(text):
        if not hardship._NEGATED.search(text[max(0, found.start() - 30): found.start()]):
            return True
    return False


def test_the_words_first_answer_as_the_pattern_alone() -> None:
    for text in TEXTS:
        assert says_hardship(text) == _plainly(text), text
    assert says_hardship("I'm ill.") and not says_hardship("I will pay.")
