"""What an import did (or, in a dry run, would do): counts and one line per row."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


_WOULD = {
    Outcome.CREATED: "would create",
    Outcome.UPDATED: "would update",
    Outcome.UNCHANGED: "unchanged",
    Outcome.ERROR: "error",
}


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One row's outcome. `what` is "account", "invoice" or "payment"; `key` its id, number or
    reference; `detail` says what changed, or why the row was refused. Line 0 means the
    whole file (it could not be read)."""

    file: str
    line: int
    what: str
    key: str
    outcome: Outcome
    detail: str = ""

    def text(self, *, dry_run: bool = False) -> str:
        verb = _WOULD[self.outcome] if dry_run else str(self.outcome)
        subject = f" {self.what} {self.key}" if self.key else ""
        detail = f": {self.detail}" if self.detail else ""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {verb}{subject}{detail}"

    def __str__(self) -> str:
        return self.text()


@dataclass(slots=True)
class ImportReport:
    dry_run: bool
    lines: list[ReportLine] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for line in self.lines if line.outcome is outcome)

    @property
    def created(self) -> int:
        return self.count(Outcome.CREATED)

    @property
    def updated(self) -> int:
        return self.count(Outcome.UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(Outcome.UNCHANGED)

    @property
    def errors(self) -> list[ReportLine]:
        """The rows (and files) refused, each with file, line, column and reason."""
        return [line for line in self.lines if line.outcome is Outcome.ERROR]

    def summary(self) -> str:
        counts = f"{self.unchanged} unchanged, {len(self.errors)} errors"
        if self.dry_run:
            return (
                f"dry run, nothing written: {self.created} would be created, "
                f"{self.updated} would be updated, {counts}"
            )
        return f"{self.created} created, {self.updated} updated, {counts}"

    def format(self, *, verbose: bool = True) -> list[str]:
        """The summary line, then a line per row (only errors and changes unless verbose).

        Files keep the order they were reported in (unreadable files first, then as
        applied), rows within a file go by line number: the same on every machine."""
        file_rank = {
            name: rank for rank, name in enumerate(dict.fromkeys(x.file for x in self.lines))
        }
        shown = [
            line.text(dry_run=self.dry_run)
            for line in sorted(self.lines, key=lambda x: (file_rank[x.file], x.line))
            if verbose or line.outcome is not Outcome.UNCHANGED
        ]
        return [self.summary(), *shown]
