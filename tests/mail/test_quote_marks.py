"""Quote marks made possessive find exactly what the pattern found, and are left alone where
giving marks back could matter."""

from __future__ import annotations

import itertools
import re

from mailparser_reply.parser import EmailMessage

from bot.mail import quotes, thread_reading
from bot.mail.quote_marks import atomic_quote_marks
from bot.mail.quote_searches import split_alternatives

FLAGS = re.MULTILINE | re.IGNORECASE

REWRITTEN = [
    r"^(?:> ?)*[* ]*(?:From|A|Cc):",
    r"^(?:> ?)*(?:On|Am)\s.*?wrote:$",
    r"(?<!\A)^(?:> ?)*(?:Thanks,|/\w+|Kh)",
    r"\s*^(?:> ?)*(?:[-_]{2}\n|- ?\w).*",
    r"^(?!On[.\s]*On)((?:> ?)*On\s(?:.+?)\s?wrote:)$",
    r"^(?:> ?)*(?:a|)x",
]
LEFT_ALONE = [
    r"^(?:> ?)*[* ]*(?:De |  |A):",  # a field name that begins with a space
    r"^(?:> ?)* x",
    r"^(?:> ?)*\s",
    r"^(?:> ?)*",  # nothing has to follow
    r"^(?:> ?)*(?:x|)",
    r"((?:^|\n(?:> ?)*)[* ]*From:)",  # what follows is outside the group
    r"^(?:> ?)*?On",
]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    return (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups()))


def _texts() -> list[str]:
    pieces = [">", " ", "*", "\n", "x", "A:", ":", "On", "From:", "--", "wrote:", "Thanks,", "/w"]
    texts = ["".join(p) for n in range(1, 6) for p in itertools.product(pieces[:8], repeat=n)]
    texts += ["".join(p) for p in itertools.product(pieces, repeat=3)]
    return texts


def test_possessive_quote_marks_find_what_the_pattern_finds() -> None:
    texts = _texts()
    for source in REWRITTEN:
        pattern = re.compile(source, FLAGS)
        faster = atomic_quote_marks(pattern)
        assert faster is not pattern, source
        for text in texts:
            for pos in (0, 1):
                assert _same(faster.search(text, pos), pattern.search(text, pos)), (source, text)


def test_quote_marks_are_left_alone_where_giving_them_back_can_matter() -> None:
    for source in LEFT_ALONE:
        pattern = re.compile(source, FLAGS)
        assert atomic_quote_marks(pattern) is pattern, source


def test_the_library_patterns_read_quote_marks_once() -> None:
    probe = EmailMessage(text="", languages=thread_reading.LANGUAGES)
    headers = split_alternatives(probe.HEADER_REGEX)
    rewritten = [atomic_quote_marks(pattern) is not pattern for pattern in headers]
    assert sum(rewritten) >= 9
    texts = ["> " * 3000 + "On Mon, Bob wrote:\n", ">" * 3000 + "x\n" + "On Mon Bob wrote:",
             "> > On 1 Jan 2024, Bob <b@c.d> wrote:\n> hi", "On x\n" + "> " * 50 + "wrote:"]
    for pattern in headers:
        faster = atomic_quote_marks(pattern)
        for text in texts:
            assert _same(faster.search(text), pattern.search(text)), pattern.pattern


def test_our_header_block_reads_its_quote_marks_once_and_finds_what_it_found() -> None:
    block = quotes._HEADER_BLOCK
    assert "[ \\t>*]*+" in block.pattern
    giving_back = re.compile(block.pattern.replace("[ \\t>*]*+", "[ \\t>*]*"), block.flags)
    lines = ["From: A", "> From: A", "> *From:* A", ">>  \t> De: A", "To: B", "> > Sent: x",
             "*Subject*: y", "> >", ">" * 500 + "x", " * > To: C", "hi"]
    for text in ("\n".join(p) for n in range(1, 4) for p in itertools.product(lines, repeat=n)):
        assert _same(block.search(text), giving_back.search(text)), text
