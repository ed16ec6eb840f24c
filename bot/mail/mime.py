"""Writing MIME by hand: header lines no data can break, text parts, multiparts, attachments.

`email.message.EmailMessage` costs about a millisecond per message, more than sending it, so
duebot writes the few shapes it needs directly. Every header value goes through `header` or
`mailbox`, which turn line breaks and control characters into spaces and RFC 2047-encode
anything non-ASCII, so no value (a name with CR/LF, a subject) can start a header of its own.
The tests hold the output to the RFCs by parsing it with the standard library.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from email.header import Header
from email.utils import formataddr
from functools import lru_cache
from pathlib import Path

CRLF = "\r\n"
MAX_LINE = 78
MAX_ANY_LINE = 998
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_BASE64_LINE = re.compile(r".{1,76}")
_FILENAME_JUNK = re.compile(r"[^A-Za-z0-9._-]+")


class UnsafeAddress(ValueError):
    """An email address that cannot go into a header as it is."""

    def __init__(self, what: str, address: str) -> None:
        super().__init__(f"{what}: {address!r} is not a plain email address")
        self.what = what
        self.address = address


def one_line(value: str) -> str:
    """Control characters and line breaks become spaces; runs of whitespace one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


def _fold_ascii(name: str, text: str) -> str:
    """Fold at spaces so lines stay within 78 characters where the words allow (RFC 5322)."""
    lines: list[str] = []
    line = f"{name}:"
    for word in text.split(" "):
        if len(line) + 1 + len(word) > MAX_LINE and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += f" {word}"
    lines.append(line)
    return CRLF.join(lines) + CRLF


def header(name: str, value: str) -> str:
    """One header field (folded if long), ending in CRLF; non-ASCII RFC 2047-encoded."""
    clean = one_line(value)
    if clean.isascii():
        if len(name) + 2 + len(clean) <= MAX_LINE:
            return f"{name}: {clean}{CRLF}"
        folded = _fold_ascii(name, clean)
        if max(len(line) for line in folded.split(CRLF)) <= MAX_ANY_LINE:
            return folded
    return f"{name}: {Header(clean, 'utf-8', header_name=name).encode(linesep=CRLF)}{CRLF}"


def checked_address(address: str, what: str) -> str:
    """`address` if it is a plain ASCII addr-spec, safe in a header; else UnsafeAddress."""
    if not _ADDRESS.match(address) or ".." in address:
        raise UnsafeAddress(what, address)
    return address


@lru_cache(maxsize=4096)
def _mailbox(name: str, address: str) -> str:
    return formataddr((one_line(name), address), charset="utf-8")


def mailbox(name: str, address: str, what: str) -> str:
    """`Name <address>` for a header, the name encoded when it is not plain ASCII."""
    return _mailbox(name, checked_address(address, what))


def _qp(text: str) -> str:
    body = text.replace("\r\n", "\n").replace("\n", CRLF).encode("utf-8")
    return binascii.b2a_qp(body, quotetabs=False, istext=True).decode("ascii")


def wrapped_base64(data: bytes) -> str:
    """Base64 in lines of 76 characters, each ending in CRLF (RFC 2045)."""
    encoded = base64.b64encode(data).decode("ascii")
    return CRLF.join(_BASE64_LINE.findall(encoded)) + CRLF


def text_part(body: str) -> str:
    """The plain text, quoted-printable: readable in the raw message, and short."""
    return (f'Content-Type: text/plain; charset="utf-8"{CRLF}'
            f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}{_qp(body)}")


def html_part(body: str) -> str:
    """The HTML, base64: several times cheaper to encode than quoted-printable for markup."""
    return (f'Content-Type: text/html; charset="utf-8"{CRLF}'
            f"Content-Transfer-Encoding: base64{CRLF}{CRLF}"
            f"{wrapped_base64(body.encode('utf-8'))}")


def multipart(subtype: str, boundary: str, parts: Sequence[str]) -> str:
    """A multipart body with its Content-Type header. The boundary must not occur in the parts
    (a `==`-containing one cannot occur in base64 or quoted-printable text)."""
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{CRLF}{CRLF}'
    body = "".join(f"--{boundary}{CRLF}{part}{CRLF}" for part in parts)
    return f"{head}{body}--{boundary}--{CRLF}"


def safe_filename(path: str, fallback: str) -> str:
    """An ASCII file name for an attachment (`INV 7/2.pdf` -> `INV-7-2.pdf`)."""
    stem = _FILENAME_JUNK.sub("-", Path(path).stem).strip("-.")
    stem = stem or _FILENAME_JUNK.sub("-", fallback).strip("-.") or "invoice"
    return f"{stem[:60]}.pdf"


class AttachmentCache:
    """Base64 MIME parts of PDF files, read again only when a file changes."""

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._parts: OrderedDict[tuple[str, int, int, str], str] = OrderedDict()

    def pdf_part(self, path: str, filename: str) -> str | None:
        """The attachment part, or None when the file cannot be read."""
        try:
            stat = os.stat(path)
        except OSError:
            return None
        key = (path, stat.st_mtime_ns, stat.st_size, filename)
        cached = self._parts.get(key)
        if cached is not None:
            self._parts.move_to_end(key)
            return cached
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        part = (f'Content-Type: application/pdf; name="{filename}"{CRLF}'
                f'Content-Disposition: attachment; filename="{filename}"{CRLF}'
                f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{wrapped_base64(data)}")
        self._parts[key] = part
        if len(self._parts) > self._size:
            self._parts.popitem(last=False)
        return part
