"""`duebot import FILE...` in one call: read each file, then apply them all together.

A file that cannot be read at all (no header, unknown kind) is reported as one error line and
the other files still go in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from bot.services.importing.applying import apply_import
from bot.services.importing.columns import ImportKind
from bot.services.importing.reading import ImportFileError, read_import_file
from bot.services.importing.records import ImportBatch
from bot.services.importing.report import ImportReport, Outcome, ReportLine
from bot.store.repository import Repository


def import_files(
    repo: Repository,
    paths: Iterable[str | Path],
    *,
    now: datetime,
    actor: str,
    kind: ImportKind | str | None = None,
    date_format: str | None = None,
    locale: str | None = None,
    default_currency: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    batches: list[ImportBatch] = []
    unreadable: list[ReportLine] = []
    for path in paths:
        try:
            batches.append(
                read_import_file(
                    path, kind, date_format, locale=locale, default_currency=default_currency
                )
            )
        except ImportFileError as exc:
            unreadable.append(ReportLine(exc.file, 0, "file", "", Outcome.ERROR, exc.reason))
    report = apply_import(repo, batches, now=now, actor=actor, dry_run=dry_run)
    report.lines[:0] = unreadable
    return report
