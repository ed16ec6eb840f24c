"""Spanish: the words debtors use for each intent, merged into `phrases.py`'s lists.

Patterns are matched case-insensitively against one sentence at a time of the debtor's own
words (quoted text, signature and "if ..." clauses already removed), as `phrases.py` says.
Keep them general: the ways people write, not the wording of any one sample.
"""

from __future__ import annotations

from bot.domain.replies.intents import ReplyIntent

PHRASES: dict[ReplyIntent, tuple[str, ...]] = {}
#: What a question may be about, besides `phrases._TOPICS`.
QUESTION_TOPICS: tuple[str, ...] = ()
#: Words that, just before a "paid" phrase, mean it is not paid (yet).
NOT_PAID: tuple[str, ...] = ()
#: A debtor saying in so many words that they do not dispute.
NOT_A_DISPUTE: tuple[str, ...] = ()
