"""Turning a file's bytes into rows: its encoding, its delimiter and where its header is."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from bot.services.importing.columns import recognised

_DELIMITERS = (",", ";", "\t", "|")
_PREAMBLE_LINES = 15


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with BOM,
    else Excel's Windows-1252, else Latin-1 (which reads any bytes)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: list[str]


@dataclass(frozen=True, slots=True)
class Table:
    header_line: int
    header: list[str]
    rows: list[Row]


def _rows(text: str, delimiter: str) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_end = 0
    for cells in reader:
        yield Row(previous_end + 1, cells)
        previous_end = reader.line_num


def _header_in(text: str, delimiter: str) -> tuple[int, int]:
    """(index of the best header candidate among the first rows, how many names it knows)."""
    best = (-1, 0)
    try:
        for index, row in enumerate(_rows(text, delimiter)):
            if index >= _PREAMBLE_LINES:
                break
            score = recognised(row.cells)
            if score > best[1]:
                best = (index, score)
            if score >= 2:
                break
    except csv.Error:
        return (-1, 0)
    return best


def read_table(text: str) -> Table | None:
    """The header row (after any report preamble, such as QuickBooks' title lines) and the
    rows under it; None when no row looks like a header."""
    text = text.lstrip("\ufeff")
    candidates = [(delimiter, *_header_in(text, delimiter)) for delimiter in _DELIMITERS]
    delimiter, index, score = max(candidates, key=lambda c: c[2])
    if index < 0 or score == 0:
        return None
    rows = list(_rows(text, delimiter))
    header = rows[index]
    body = [r for r in rows[index + 1 :] if any(c.strip() for c in r.cells)]
    return Table(header.line, [h.strip() for h in header.cells], body)
