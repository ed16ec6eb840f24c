"""The shortcuts in quotes.py give what the steps they skip would give."""

from __future__ import annotations

import random

from bot.mail import quotes

_LINES = (
    "", " ", "\t", "\x0b", "\x1c", "\u2028", "\u00a0", "Thanks, paid yesterday.", "Bob",
    "On Mon, 3 Nov 2025 at 09:00, Accounts <a@b.example> wrote:",
    "Am 03.11.2025 um 09:00 schrieb Accounts <a@b.example>:", "Accounts <a@b.example> wrote:",
    "> quoted", ">", " > quoted", "\t>", "\x1c> quoted", "\u2028>", "x > y", "<a@b.example>",
    ">> deeper", "Sure, see below.", "--", "-----Original Message-----", "From: Accounts",
    "To: Bob", "Subject: Invoice", "Cheers,", "Sent from my iPhone", "   ", ">  ",
    "___", "ᐧ", "— —", "*", "a_b", "\u3000", "-- ", "Regards",
)


def _bodies() -> list[str]:
    chooser = random.Random(20251103)
    bodies = ["", ">", "\n>", "a\n>", "> a\nb", "a >\nb", "On x <a@b> wrote:\n> q\nanswer"]
    for _ in range(3000):
        bodies.append("\n".join(chooser.choice(_LINES) for _ in range(chooser.randint(1, 9))))
    return bodies


_BODIES = _bodies()


def _first_quoted_line(text: str) -> int:
    """The slow definition: the ">" of the first line that begins with one."""
    offset = 0
    for line in text.split("\n"):
        if line.lstrip().startswith(">"):
            return offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
    return -1


def test_the_first_quote_mark_is_the_one_that_begins_the_first_quoted_line() -> None:
    for body in _BODIES:
        assert quotes._first_quote_mark(body) == _first_quoted_line(body), body


def test_inline_answers_skip_only_bodies_without_any() -> None:
    found = 0
    for body in _BODIES:
        answers = quotes._answers_below_header(body)
        assert quotes._inline_answers(body) == answers, body
        found += bool(answers)
    assert found > 50  # the bodies do hold answers


def _tidy_line_by_line(text: str) -> str:
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or quotes._RULE_LINE.match(lines[-1])):
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def test_tidying_from_both_ends_keeps_the_lines_tidying_line_by_line_keeps() -> None:
    for text in _BODIES:
        assert quotes._tidy(text) == _tidy_line_by_line(text), text


def test_a_text_without_quote_marks_is_all_unquoted() -> None:
    for text in _BODIES:
        expected = "\n".join(
            line for line in text.split("\n") if not line.lstrip().startswith(">"))
        assert quotes._unquoted_lines(text) == expected, text


def _without_mobile_footer_line_by_line(text: str) -> str:
    lines = text.rstrip().split("\n")
    if len(lines) > 1 and quotes._MOBILE_FOOTER.match(lines[-1]):
        return "\n".join(lines[:-1])
    return text


def test_the_mobile_footer_is_read_from_the_last_line_alone() -> None:
    for text in (*_BODIES, "Sent from my iPhone", "Ok\nSent from my iPhone\n\n", "\nSent via x"):
        assert quotes._without_mobile_footer(text) == _without_mobile_footer_line_by_line(text)
