"""Reading an import file into records: the pure half of `duebot import`.

`read_import_file` reads one CSV file; `parse_import_text` does the same for text already in
hand. Neither touches the store: every good row becomes a record, every bad row one or more
`RowError`s (file, line, column, reason), and one bad row never stops the others.
"""

from __future__ import annotations

import csv
from pathlib import Path

from bot.services.importing.columns import Column, ColumnMap, ImportKind, detect_kind, map_columns
from bot.services.importing.records import ImportBatch
from bot.services.importing.rows import ReadOptions, RowReader
from bot.services.importing.text import Row, decode, read_table
from bot.services.importing.values import (
    DateOrder,
    DateStyle,
    ValueProblem,
    date_order_of_locale,
    evidence_of_order,
)

_DATE_COLUMNS = (
    Column.ISSUED_ON,
    Column.DUE_ON,
    Column.RECEIVED_ON,
    Column.BIRTHDAY,
    Column.LAST_PAYMENT_ON,
)


class ImportFileError(Exception):
    """A file that cannot be imported at all (unreadable, no header, unknown kind)."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


def read_import_file(
    path: str | Path,
    kind: ImportKind | str | None = None,
    date_order: str | None = None,
    *,
    locale: str | None = None,
    default_currency: str | None = None,
) -> ImportBatch:
    """Read one CSV export of accounts, invoices or payments (`kind` None: tell by its header)."""
    file = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(file, f"cannot read the file ({exc.strerror or exc})") from exc
    text, encoding = decode(data)
    options = ReadOptions(date_order, locale, default_currency)
    return parse_import_text(text, file=file, kind=kind, options=options, encoding=encoding)


def parse_import_text(
    text: str,
    *,
    file: str,
    kind: ImportKind | str | None = None,
    options: ReadOptions | None = None,
    encoding: str = "utf-8",
) -> ImportBatch:
    options = options or ReadOptions()
    try:
        table = read_table(text)
    except csv.Error as exc:
        raise ImportFileError(file, f"not a readable CSV file ({exc})") from exc
    if table is None:
        raise ImportFileError(
            file, "no header row with known column names (docs/csv-import.md lists them)"
        )
    if kind is None:
        found = detect_kind(table.header)
        if found is None:
            raise ImportFileError(
                file,
                "cannot tell whether this file holds accounts, invoices or payments "
                "from its header; give the kind (--kind accounts|invoices|payments)",
            )
        kind = found
    try:
        kind = ImportKind(kind)
    except ValueError:
        raise ImportFileError(file, f"unknown kind {kind!r}") from None
    columns = map_columns(table.header, kind)
    if columns.missing():
        raise ImportFileError(
            file, f"not an {kind} file: it needs a column named {'; '.join(columns.missing())}"
        )
    try:
        style = DateStyle.from_hint(options.date_format)
    except ValueProblem as exc:
        raise ImportFileError(file, exc.reason) from None
    if style.order is None and style.pattern is None:
        style = DateStyle(
            order=_file_date_order(table.rows, columns) or date_order_of_locale(options.locale)
        )
    reader = RowReader(file, columns, style, options)
    return reader.read(table.rows, encoding)


def _file_date_order(rows: list[Row], columns: ColumnMap) -> DateOrder | None:
    """The day/month order the file's own dates prove, if they prove exactly one."""
    seen: set[DateOrder] = set()
    for row in rows:
        for column in _DATE_COLUMNS:
            if column in columns:
                position = columns.positions[column]
                if position < len(row.cells):
                    order = evidence_of_order(row.cells[position])
                    if order is not None:
                        seen.add(order)
    return seen.pop() if len(seen) == 1 else None
