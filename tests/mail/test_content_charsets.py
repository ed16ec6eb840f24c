"""`content_charset` reads a part's charset as `Message.get_content_charset` does."""

from __future__ import annotations

import random
from email.message import Message

import pytest

from bot.mail.content_charsets import content_charset

_VALUES = [
    "text/plain; charset=utf-8", 'text/plain; charset="UTF-8"', "text/plain;charset=iso-8859-1",
    'text/plain; format=flowed; charset="windows-1252"; delsp=yes', "text/plain",
    "text/plain;", "text/plain; ;charset=x", 'text/html;\r\n\tcharset="us-ascii"',
    "text/plain; CHARSET=Latin1", 'text/plain; charset=""', "text/plain; charset=",
    'text/plain; charset=" utf-8 "', "text/plain; charset*=utf-8''x", "text/plain; charset",
    "text/plain; charset=<utf-8>", 'text/plain; charset="a;b"', 'text/plain; charset="a\\"b"',
    "text/plain; name=a; charset=one; charset=two", "text/plain (comment); charset=x",
    "text/plain; charset=caf\u00e9", "text/plain; charset=\x0butf-8", "multipart/mixed; b=\"=_x\"",
]


def _part(value: str | None) -> Message:
    part = Message()
    if value is not None:
        part["Content-Type"] = value
    return part


@pytest.mark.parametrize("value", [*_VALUES, None])
def test_a_charset_is_read_as_the_stdlib_reads_it(value: str | None) -> None:
    part = _part(value)
    assert content_charset(part) == part.get_content_charset()


def test_random_parameter_lists_give_the_stdlib_charset() -> None:
    shuffle = random.Random(5)
    pieces = [";", " ", "charset", "CharSet", "=", '"', "utf-8", "x", "\t", "\r\n ", "*", "<", ">",
              "\\", "name", "format=flowed", "'"]
    for _ in range(5000):
        value = "text/plain" + "".join(shuffle.choice(pieces) for _ in range(shuffle.randint(0, 9)))
        part = _part(value)
        assert content_charset(part) == part.get_content_charset(), value
