"""`duebot import`: CSV exports of accounts, invoices and payments into the store.

Reading (`read_import_file`) is pure: rows become records, bad rows become `RowError`s.
Applying (`apply_import`) writes them, idempotently, or with `dry_run` only reports.
The column names understood are listed in `columns.py` and in docs/csv-import.md.
"""

from bot.services.importing.applying import apply_import
from bot.services.importing.columns import Column, ImportKind, aliases, detect_kind
from bot.services.importing.files import import_files
from bot.services.importing.reading import (
    ImportFileError,
    ReadOptions,
    parse_import_text,
    read_import_file,
)
from bot.services.importing.records import (
    AccountRecord,
    AccountRef,
    ImportBatch,
    InvoiceRecord,
    PaymentRecord,
    RowError,
    SourceLine,
)
from bot.services.importing.report import ImportReport, Outcome, ReportLine
from bot.services.importing.staging import AmbiguousAccount
from bot.services.importing.values import DateOrder

__all__ = [
    "AccountRecord",
    "AccountRef",
    "AmbiguousAccount",
    "Column",
    "DateOrder",
    "ImportBatch",
    "ImportFileError",
    "ImportKind",
    "ImportReport",
    "InvoiceRecord",
    "Outcome",
    "PaymentRecord",
    "ReadOptions",
    "ReportLine",
    "RowError",
    "SourceLine",
    "aliases",
    "apply_import",
    "detect_kind",
    "import_files",
    "parse_import_text",
    "read_import_file",
]
