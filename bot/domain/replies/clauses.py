"""Splitting a reply into clauses, the unit in which a debtor states one thing.

"This one missed the cutoff for the 1st, so it'll go out on the 15th" is two statements; the
date that matters is in the second. Sentences end at . ! ? ; and line breaks, except the break
of a hard-wrapped line (after a word or a comma and before a lower-case word, or after a comma
that ends a long line); a sentence is cut again before "so", "but", "then" (and their Spanish,
French and German equivalents), and after a leading condition ("Provided ..., "). A
conditional sentence states nothing, up to a dash (`statements`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A full stop after a number ends no sentence ("am 15. November", "die 2. Rate"), unless a
# word follows that no date or ordinal is followed by: a pronoun or article that opens a
# sentence ("Cobramos por quincenas, el 15 y el 30. Les pago el día 15.").
_OPENER_AFTER_A_NUMBER = (
    r"(?:I|We|You|It|Please|Thanks|Le|La|Je|Nous|Vous|Il|On|Merci|Yo|Lo|Los|Las|El|Les|"
    r"Gracias|Ich|Wir|Es|Das|Bitte|Danke|This|That|The|So|But|Then|Ese|Esa|Este|Esta|Ce|Cette|"
    r"Pero|Mais|Aber|Dann)\b")
# `(?<!\d)[.!?;](?!\d)|\n|[¿¡]` (and an emoji before a capital), but not the dot of a title,
# of a month or weekday before its day ("Wednesday, Nov. 12", "Wed. 11/19") or of an article
# before its number ("Art. 15 DSGVO"), nor the line break of a hard-wrapped paragraph, written
# so that every alternative starts with its character: the regex engine then skips at once to
# the next of those characters.
_SENTENCE_END = re.compile(
    r"\.(?:(?<!\d\.)|(?=[ \t]+"
    + _OPENER_AFTER_A_NUMBER
    + r"))"
    r"(?<!\bDr\.)(?<!\bM\.)(?<!\bMme\.)(?<!\bMlle\.)(?<!\bMe\.)(?<!\bSr\.)(?<!\bSra\.)(?<!\bRs\.)(?<!\bS\.L\.)(?<!\bS\.A\.)(?!(?<=\bS\.)[LA]\.)"
    r"(?<!\bNr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bbzw\.)"
    r"(?<!\bca\.)(?<!\bHr\.)(?<!\bFr\.)(?<!\bz\.)(?<!\bz\.B\.)(?<!\bu\.)(?<!\bu\.a\.)(?<!\bMwSt\.)(?<!\binkl\.)(?<!\bTel\.)(?<!\bStr\.)"
    r"(?<!\bvs\.)(?!\d)(?!(?:(?<=\b[Aa]rt\.)|(?<=\bAbs\.))\s\d)"
    r"(?!(?:(?<=\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\.)|"
    r"(?<=\b(?i:sept|tues|thur)\.)|(?<=\b(?i:thurs)\.))\s\d)|"
    r"!(?<!\d!)(?!\d)|\?(?<!\d\?)(?!\d)|;(?<!\d;)(?!\d)|"
    r"\n(?!(?<=[\w,]\n)[a-zß-öø-ÿ])(?<![^\n]{40},\n)|¿|¡|"
    # an emoji before a capital ("se me pasó completamente 🙈 El miércoles 26 te lo pago")
    "[\U0001F300-\U0001FAFF\u2600-\u27BF](?=\uFE0F?[ \t]+[A-ZÀ-ÖØ-Þ¿¡])"
)
# (and a comma before "and I'll", "nous réglerons": what the debtor will do, after what
# another does: "waiting on payment from the client, and I'll pay on 3 March")
# (not "donc" or "also" inside a verb's phrase: "je ferai donc le virement", "überweise ich also
# am Freitag")
_BREAK_WORD = (r"\b(?:so|but|then|although|pero|aunque|entonces|as[íi] que|mais|puis|"
               r"(?<!rai )(?<!rons )(?<!ais )(?<!ait )donc|aber|dann|(?<!ich )(?<!wir )also|"
               r"(?<=,\s)and(?=\s+(?:i|we)(?:'ll| will| shall)\b)|"
               r"(?<=,\s)(?:nous|je)(?=\s+(?:r[ée]gl|pai|pay|vir|vers|fer)\w*(?:rons|rai)\b))\b\s+")
# `,?\s+{_BREAK_WORD}|\s+[-–—]\s+` (a dash before a sum only sets it beside what was said:
# "Paid by BACS - £1,234.50"), written so that it starts with one character class (a
# comma or a space), which lets the regex engine skip to the next one; the lookbehinds tell
# which of the two it was.
_DASH_BREAK = r"[-–—]\s+(?![£$€\d])"
_CLAUSE_BREAK = re.compile(
    rf"[\s,](?:(?<=,)\s+{_BREAK_WORD}|(?<!,)\s*{_BREAK_WORD}|(?<!,)\s*{_DASH_BREAK})",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"^\W*(?:if|in case|unless|si|en caso de|au cas où|falls|wenn|sofern|sollten)\b"
    r"(?!\s+(?:that|this|it)(?:'s|\s+is)?\s+(?:works?|ok|okay|alright|all right|acceptable|fine|"
    r"agreeable|suits(?: you)?)\b|\s+you(?:'re|\s+are)?\s+(?:agree|accept|happy|ok|okay)\b|"
    r"\s+agreeable\b|\s+(?:vous êtes d'accord|ça vous va|cela vous convient|ça vous convient|le "
    r"parece bien|les parece bien|est[áa] de acuerdo|est[áa]n de acuerdo|les va bien|le va bien|"
    r"(?:das|es) (?:für sie )?(?:passt|in ordnung ist|ok ist)|sie einverstanden sind)\b)",
    re.IGNORECASE,
)


class Clause(NamedTuple):
    """A stretch of text and where it starts in the reply (a named tuple: a reply has
    many, and they are made often)."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def is_conditional(self) -> bool:
        """'If you have already paid, ...' states nothing about what happened; 'If that works,
        I can pay the first one on the 10th' asks only for the creditor's yes, and states."""
        return bool(_CONDITIONAL.match(self.text))

    @property
    def condition_end(self) -> int:
        """Where the condition of an "If ..., ..." clause ends (`condition_end`)."""
        return condition_end(self.text)


def condition_end(text: str) -> int:
    """Where the condition of a conditional clause ends: its first comma, after which it may
    promise what follows once the condition is met ("If you can resend it with the PO on it,
    we'll pay it on Thursday"); -1 when the clause is not conditional or has no comma."""
    return text.find(",") if _CONDITIONAL.match(text) else -1


def sentences(text: str) -> list[Clause]:
    """The sentences of a text with their offsets. The intent, the amount and the promised
    date are all read from the same words, so the sentences of the last text are kept."""
    last = _LAST_SENTENCES[0]
    if last is not None and last[0] is text:
        return list(last[1])
    found: list[Clause] = []
    start = 0
    for end in [boundary.end() for boundary in _SENTENCE_END.finditer(text)]:
        _add_sentence(found, text[start:end], start)
        start = end
    _add_sentence(found, text[start:], start)
    _LAST_SENTENCES[0] = (text, tuple(found))
    return found


def _add_sentence(found: list[Clause], piece: str, start: int) -> None:
    """Keep a sentence that has words, with the line breaks of a hard-wrapped paragraph
    inside it read as spaces (the same length: offsets in the text stay true)."""
    if not piece.strip():
        return
    if "\n" in piece[:-1]:
        piece = piece[:-1].replace("\n", " ") + piece[-1]
    found.append(Clause(start, piece))


def clauses(text: str) -> list[Clause]:
    """The clauses of a text with their offsets (sentences cut before so/but/then)."""
    return [clause for sentence in sentences(text) for clause in clauses_of(sentence)]


_LAST_SENTENCES: list[tuple[str, tuple[Clause, ...]] | None] = [None]
_DASH = re.compile(rf"\s{_DASH_BREAK}")  # where a conditional sentence's statement starts


def statements(text: str) -> list[Clause]:
    """The sentences of a text, except that a conditional one ends at a dash: what follows
    it is stated outright ("If the £720 hasn't reached you yet, it will - we sent it
    Tuesday")."""
    found: list[Clause] = []
    for sentence in sentences(text):
        dash = _DASH.search(sentence.text) if sentence.is_conditional else None
        if dash is None:
            found.append(sentence)
        else:
            found += [Clause(sentence.start, sentence.text[: dash.start()]),
                      Clause(sentence.start + dash.start(), sentence.text[dash.start() :])]
    return found


# A sentence that opens with what must happen first, up to its comma ("Provided the bank
# confirms the overdraft on Monday, we will pay on Tuesday"): a clause of its own, so that the
# day of the condition is not taken for the day the main clause names. ("If ..." sentences
# are read whole: see `Clause.is_conditional`.)
_LEADING_CONDITION = re.compile(
    r"\W*(?:provided|providing|once|as long as|as soon as|assuming|sobald|sofern|une fois que|"
    r"d[èe]s que|pourvu que|en cuanto|una vez que|siempre que)\b[^,;]{3,}?,(?=\s)",
    re.IGNORECASE)


def clauses_of(sentence: Clause) -> list[Clause]:
    """The clauses of one sentence (`sentences`), with their offsets in the whole text."""
    breaks = [found.start() for found in _CLAUSE_BREAK.finditer(sentence.text)]
    condition = _LEADING_CONDITION.match(sentence.text)
    if condition is not None:
        breaks = sorted({condition.end(), *breaks})
    if not breaks:  # most sentences: the sentence is its one clause
        return [sentence] if sentence.text.strip() else []
    found: list[Clause] = []
    start = 0
    for boundary in breaks:
        _append(found, sentence.text, start, boundary, offset=sentence.start)
        start = boundary
    _append(found, sentence.text, start, len(sentence.text), offset=sentence.start)
    return found


def _append(found: list[Clause], text: str, start: int, end: int, *, offset: int) -> None:
    piece = text[start:end]
    if piece.strip():
        found.append(Clause(offset + start, piece))
