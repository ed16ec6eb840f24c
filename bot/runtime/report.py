"""How CLI commands show things to a person: rich tables, one function per view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from bot.domain.events import Event
from bot.domain.models import Account, Invoice
from bot.domain.tasks import StaffTask, TaskKind
from bot.store.repository import OutboxEntry

if TYPE_CHECKING:
    from bot.runtime.app import App
    from bot.services.importing import ImportReport
    from bot.services.ingest import IngestReport
    from bot.services.payments import PaymentReport
    from bot.services.reminders import SweepReport


def print_sweep(console: Console, report: SweepReport, app: App, *, dry_run: bool) -> None:
    decided = report.plan
    names = {a.id: a.name for a in app.repo.accounts()}
    title = "Would send" if dry_run else "Due now"
    table = Table(title=f"{title} ({len(decided.due)})", show_lines=False)
    for col in ("account", "step", "to", "invoices", "why"):
        table.add_column(col)
    for r in decided.due:
        table.add_row(f"{names.get(r.account_id, r.account_id)} ({r.account_id})", r.step,
                      ", ".join(r.to), ", ".join(r.invoices), r.reason)
    console.print(table)
    if decided.tasks:
        verb = "to create" if dry_run else "due"
        tasks = Table(title=f"Staff tasks {verb} ({len(decided.tasks)})")
        for col in ("account", "kind", "why"):
            tasks.add_column(col)
        for t in decided.tasks:
            tasks.add_row(t.account_id, str(t.kind), t.reason)
        console.print(tasks)
    if decided.held:
        held = Table(title=f"Held back ({len(decided.held)})")
        for col in ("account", "step", "invoices", "why"):
            held.add_column(col)
        for h in decided.held:
            held.add_row(h.account_id, h.step or "-", ", ".join(h.invoices), h.reason)
        console.print(held)
    if decided.skipped:
        console.print(f"{len(decided.skipped)} missed step(s) superseded by a later one "
                      f"{'would be' if dry_run else 'were'} logged as skipped.")
    if not dry_run:
        s = report.summary()
        console.print(f"Queued {s['queued']}, sent {s['sent']}, deferred {s['deferred']}, "
                      f"rejected {s['rejected']}, cancelled {s['cancelled']}, "
                      f"new tasks {s['tasks_created']}.")
        tracked = report.agreements
        if tracked is not None and (tracked.queued or tracked.kept or tracked.broken):
            console.print(f"Promises and plans: {len(tracked.queued)} email(s) queued "
                          f"(recaps, notes, thank-yous), {len(tracked.kept)} kept, "
                          f"{len(tracked.broken)} broken (call task created).")


def print_import(console: Console, err: Console, report: ImportReport, *, verbose: bool) -> None:
    """Row lines (errors to stderr, with file, line, column and reason), then the summary."""
    errors = {error.text(dry_run=report.dry_run) for error in report.errors}
    summary, *rows = report.format(verbose=verbose)
    for row in rows:
        (err if row in errors else console).print(row, markup=False, highlight=False)
    console.print(summary, markup=False, highlight=False)


def print_payment(console: Console, report: PaymentReport) -> None:
    console.print(str(report))


def print_log(console: Console, account_id: str, events: Sequence[Event]) -> None:
    table = Table(title=f"Account log: {account_id} ({len(events)} events)")
    for col in ("#", "when (UTC)", "what", "who", "invoices", "details"):
        table.add_column(col)
    for e in events:
        details = ", ".join(f"{k}={_short(v)}" for k, v in e.data.items())
        table.add_row(str(e.seq), e.at.strftime("%Y-%m-%d %H:%M"), e.type, e.actor,
                      ", ".join(e.invoices), details)
    console.print(table)


def _short(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def task_doc(task: StaffTask) -> dict[str, Any]:
    return {
        "id": task.id,
        "account": task.account_id,
        "kind": str(task.kind),
        "reason": task.reason,
        "created_at": task.created_at.isoformat(),
        "due_on": task.due_on.isoformat(),
        "invoices": list(task.invoices),
        "assigned_to": task.assigned_to,
        "done_at": task.done_at.isoformat() if task.done_at else None,
        "outcome": task.outcome,
        "step": task.step,
        "status": task_status(task),
    }


def task_status(task: StaffTask) -> str:
    """How `duebot tasks` describes where a task stands."""
    if not task.is_open:
        return f"done: {task.outcome}"
    if task.kind is TaskKind.CONFIRM_STEP:
        return (f"awaiting confirmation: duebot confirm {task.account_id} {task.step} "
                "(or --not-yet)")
    return "open"


def print_tasks(console: Console, tasks: Iterable[StaffTask]) -> None:
    table = Table(title="Staff tasks")
    for col in ("due", "account", "kind", "why", "status"):
        table.add_column(col)
    for t in sorted(tasks, key=lambda t: (t.due_on, t.account_id)):
        table.add_row(t.due_on.isoformat(), t.account_id, str(t.kind), t.reason,
                      task_status(t))
    console.print(table)


def print_outbox(console: Console, entries: Iterable[OutboxEntry]) -> None:
    table = Table(title="Outbox")
    for col in ("updated (UTC)", "account", "step", "to", "state", "attempts", "note"):
        table.add_column(col)
    for e in sorted(entries, key=lambda e: e.updated_at):
        table.add_row(e.updated_at.strftime("%Y-%m-%d %H:%M"), e.account_id, e.step,
                      ", ".join(e.to), str(e.state), str(e.attempts), e.last_error or "")
    console.print(table)


def print_accounts(console: Console, accounts: Sequence[Account], invoices: Sequence[Invoice],
                   now: datetime) -> None:
    today = now.date()
    owed: dict[str, dict[str, Decimal]] = {}
    oldest: dict[str, int] = {}
    for inv in invoices:
        if inv.is_open:
            per = owed.setdefault(inv.account_id, {})
            per[inv.currency] = per.get(inv.currency, Decimal(0)) + inv.balance
            oldest[inv.account_id] = max(oldest.get(inv.account_id, 0), inv.days_overdue(today))
    table = Table(title="Accounts")
    for col in ("id", "name", "owes", "most overdue (days)", "contacts"):
        table.add_column(col)
    for a in sorted(accounts, key=lambda a: a.id):
        balance = ", ".join(f"{amount} {cur}" for cur, amount in owed.get(a.id, {}).items())
        table.add_row(a.id, a.name, balance or "-", str(oldest.get(a.id, "-")),
                      ", ".join(a.emails))
    console.print(table)


def print_ingest(console: Console, report: IngestReport) -> None:
    s = report.summary()
    console.print(f"Examined {s['examined']} message(s): {s['ingested']} recorded, "
                  f"{s['duplicates']} already known, {s['unmatched']} unmatched, "
                  f"{s['quarantined']} quarantined; {s['tasks']} new staff task(s).")
    if report.intents:
        console.print("By intent: " + ", ".join(f"{k} {v}" for k, v in
                                               sorted(report.intents.items())))
