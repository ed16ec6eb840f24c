"""The `duebot` command line. Each command is a thin shell over a service."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

import click
from rich.console import Console

from bot.config import Config, ConfigError, load_config

console = Console()
err_console = Console(stderr=True)


class CliState:
    """What every command may need: where the config is, loaded lazily."""

    def __init__(self, config_path: Path, verbose: bool) -> None:
        self.config_path = config_path
        self.verbose = verbose
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            try:
                self._config = load_config(self.config_path)
            except ConfigError as exc:
                err_console.print(f"[red]Configuration error[/red] {exc}")
                sys.exit(2)
        return self._config


pass_state = click.make_pass_decorator(CliState)


class LazyGroup(click.Group):
    """Commands whose modules are imported only when they run (or when help lists them), so
    that e.g. the reply parser's language data does not slow down every other command."""

    lazy: ClassVar[dict[str, str]] = {
        "parse-reply": "bot.runtime.parse_reply_command:parse_reply_command",
        "confirm": "bot.runtime.compliance_commands:confirm_command",
        "mark-employer": "bot.runtime.compliance_commands:mark_employer_command",
        "recap": "bot.runtime.recap_command:recap_command",
        "export": "bot.runtime.export_command:export_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, _, attr = self.lazy[cmd_name].partition(":")
            command = getattr(importlib.import_module(module), attr)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


def parse_now(value: str | None) -> datetime | None:
    """`--now` accepts an ISO date or date-time; naive values are read as UTC."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO date or date-time") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=lambda: os.environ.get("DUEBOT_CONFIG", "config.toml"),
    show_default="$DUEBOT_CONFIG or ./config.toml",
    help="The owner's TOML configuration.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log more detail.")
@click.version_option(package_name="duebot")
@click.pass_context
def cli(ctx: click.Context, config_path: Path, verbose: bool) -> None:
    """duebot: a courteous accounts-receivable assistant.

    It reminds debtors politely on the cadence you set, reads their replies, asks your staff
    to call when a person is needed, and writes everything down in each account's log.
    """
    ctx.obj = CliState(config_path, verbose)


@cli.command()
@click.option("--days", default=60, show_default=True, help="Simulated days to run.")
@click.option("--quiet", is_flag=True, help="Print only the summary.")
def demo(days: int, quiet: bool) -> None:
    """Run the real engine on a simulated clock with sample accounts and a local mail server.

    Needs no network, no Slack and no config; nothing leaves this machine.
    """
    from bot.runtime.demo import run_demo

    sys.exit(run_demo(days=days, quiet=quiet, console=console))


@cli.command()
@click.option("--dry-run", is_flag=True,
              help="Show what would be sent and held back; send nothing.")
@click.option("--now", "now_text", metavar="DATE", help="Plan as if it were this ISO date/time.")
@pass_state
def tick(state: CliState, dry_run: bool, now_text: str | None) -> None:
    """Run one reminder sweep now: plan, queue and send what is due."""
    from bot.runtime.app import open_app
    from bot.runtime.report import print_sweep

    now = parse_now(now_text)
    if now is not None and not dry_run:
        raise click.UsageError("--now is only for --dry-run: real sends happen at the real time")
    with open_app(state.config, now=now) as app:
        report = asyncio.run(app.sweep_once(dry_run=dry_run))
        print_sweep(console, report, app, dry_run=dry_run)


@cli.command()
@pass_state
def run(state: CliState) -> None:
    """Run duebot: the reminder sweep on its schedule, until SIGTERM or Ctrl-C."""
    from bot.runtime.service import run_forever

    sys.exit(run_forever(state.config, verbose=state.verbose))


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--kind", type=click.Choice(["accounts", "invoices", "payments"]),
              help="What the files hold (default: recognised from the header row).")
@click.option("--date-order", type=click.Choice(["DMY", "MDY", "YMD"]),
              help="How to read dates like 03/04/2026 (default: from the business locale).")
@click.option("--dry-run", is_flag=True, help="Check and report; write nothing.")
@pass_state
def import_(state: CliState, files: tuple[Path, ...], kind: str | None,
            date_order: str | None, dry_run: bool) -> None:
    """Import accounts, invoices or payments from CSV exports (Xero, QuickBooks, Sage...).

    Re-importing is safe: unchanged rows change nothing. A bad row is reported with its file,
    line and column, and the good rows are still imported.
    """
    from bot.runtime.app import open_app
    from bot.runtime.report import print_import

    with open_app(state.config) as app:
        report = app.importer.import_files(files, kind=kind, date_order=date_order,
                                           dry_run=dry_run)
        print_import(console, err_console, report, verbose=state.verbose)
    sys.exit(1 if report.errors else 0)


@cli.command()
@click.argument("account")
@click.argument("amount")
@click.option("--currency", help="ISO code (default: the invoices' currency).")
@click.option("--reference", help="Bank or receipt reference; recording it twice is a no-op.")
@click.option("--date", "received", metavar="YYYY-MM-DD",
              help="When it was received (default today).")
@click.option("--invoice", "invoices", multiple=True, help="Apply to this invoice (repeatable).")
@click.option("--instalment", type=click.IntRange(min=1), metavar="N",
              help="For a payment plan: the instalment this pays (default: the oldest unpaid).")
@pass_state
def pay(state: CliState, account: str, amount: str, currency: str | None, reference: str | None,
        received: str | None, invoices: tuple[str, ...], instalment: int | None) -> None:
    """Record a payment by hand. Reminders stop at once for what it covers."""
    from bot.runtime.app import open_app
    from bot.runtime.report import print_payment

    value = _money(amount, "AMOUNT")
    from bot.services.payments import PaymentError

    with open_app(state.config) as app:
        try:
            report = app.record_manual_payment(account, value, currency=currency,
                                               reference=reference, received=received,
                                               invoices=invoices, instalment=instalment)
        except PaymentError as exc:
            err_console.print(f"[red]Not recorded:[/red] {exc}", highlight=False)
            sys.exit(2)
        print_payment(console, report)


def _agreed_by(by: str | None) -> str:
    return by or f"cli:{os.environ.get('USER') or os.environ.get('USERNAME') or 'staff'}"


def _iso_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-31",
                                 param_hint=option) from exc


def _money(value: str, option: str) -> Decimal:
    try:
        amount = Decimal(value.replace(",", ""))
    except InvalidOperation as exc:
        raise click.BadParameter(f"{value!r} is not an amount", param_hint=option) from exc
    if not amount.is_finite():
        raise click.BadParameter(f"{value!r} is not an amount", param_hint=option)
    return amount


@cli.command()
@click.argument("account")
@click.option("--date", "due", required=True, metavar="YYYY-MM-DD",
              help="The day they promised to pay by.")
@click.option("--amount", help="How much they promised (default: the balance of the invoices).")
@click.option("--currency", help="ISO code (default: the invoices' currency).")
@click.option("--invoice", "invoices", multiple=True,
              help="An invoice the promise covers (repeatable; default: every open invoice).")
@click.option("--by", help="Who agreed it (default: cli:$USER).")
@click.option("--dry-run", is_flag=True, help="Check and show the promise; record nothing.")
@pass_state
def promise(state: CliState, account: str, due: str, amount: str | None, currency: str | None,
            invoices: tuple[str, ...], by: str | None, dry_run: bool) -> None:
    """Record a promise to pay by a date. Reminders on what it covers pause until then; the
    debtor gets a recap email, a note the day before, and a call follows if it is missed."""
    from bot.runtime.app import open_app
    from bot.services.agreements import AgreementError, record_promise

    day = _iso_day(due, "--date")
    value = _money(amount, "--amount") if amount is not None else None
    with open_app(state.config) as app:
        try:
            terms = record_promise(app.repo, app.config, account, due_on=day, amount=value,
                                   invoices=invoices, currency=currency, now=app.clock.now(),
                                   by=_agreed_by(by), dry_run=dry_run)
        except AgreementError as exc:
            err_console.print(f"[red]Not recorded:[/red] {exc}", highlight=False)
            sys.exit(2)
        for line in terms.lines():
            console.print(line, highlight=False, markup=False)


@cli.command("plan")
@click.argument("account")
@click.option("--instalment", "instalments", multiple=True, required=True,
              metavar="YYYY-MM-DD:AMOUNT",
              help="One instalment: its date and amount (repeat for each).")
@click.option("--method", help="How they will pay (e.g. 'bank transfer', 'direct debit').")
@click.option("--invoice", "invoices", multiple=True,
              help="An invoice the plan covers (repeatable; default: every open invoice).")
@click.option("--by", help="Who agreed it (default: cli:$USER).")
@click.option("--dry-run", is_flag=True, help="Check and show the plan; record nothing.")
@pass_state
def plan_command(state: CliState, account: str, instalments: tuple[str, ...],
                 method: str | None, invoices: tuple[str, ...], by: str | None,
                 dry_run: bool) -> None:
    """Record a payment plan. The instalments must add up to the balance of the invoices it
    covers; reminders on them pause while it is kept, and the debtor gets a recap email."""
    from bot.runtime.app import open_app
    from bot.services.agreements import AgreementError, record_plan

    rows = []
    for text in instalments:
        day, sep, amount = text.partition(":")
        if not sep or not amount.strip():
            raise click.BadParameter(f"{text!r} is not DATE:AMOUNT (e.g. 2026-04-30:250.00)",
                                     param_hint="--instalment")
        rows.append((_iso_day(day.strip(), "--instalment"),
                     _money(amount.strip(), "--instalment")))
    with open_app(state.config) as app:
        try:
            terms = record_plan(app.repo, app.config, account, instalments=rows, method=method,
                                invoices=invoices, now=app.clock.now(), by=_agreed_by(by),
                                dry_run=dry_run)
        except AgreementError as exc:
            err_console.print(f"[red]Not recorded:[/red] {exc}", highlight=False)
            sys.exit(2)
        for line in terms.lines():
            console.print(line, highlight=False, markup=False)


@cli.command("agreements")
@click.argument("account", required=False)
@click.option("--all", "show_all", is_flag=True, help="Include kept, broken and replaced ones.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per agreement per line.")
@pass_state
def agreements_command(state: CliState, account: str | None, show_all: bool,
                       as_json: bool) -> None:
    """List promises and payment plans: each date and amount, what has been paid, and how
    each stands (active, kept, broken, replaced)."""
    from rich.table import Table

    from bot.runtime.app import open_app
    from bot.services.agreements import agreements_of

    with open_app(state.config) as app:
        if account is not None and app.repo.account(account) is None:
            err_console.print(f"[red]No account {account!r}.[/red]")
            sys.exit(2)
        found = [a for a in agreements_of(app.repo, account) if show_all or a.is_active]
        today = app.clock.now().date()
        grace = app.config.agreements.grace_days
        if as_json:
            for a in found:
                click.echo(json.dumps({
                    "account": a.account_id, "id": a.id, "kind": str(a.kind),
                    "source": a.source, "by": a.by, "made_at": a.made_at.isoformat(),
                    "status": str(a.status), "invoices": list(a.invoices),
                    "currency": a.currency, "method": a.method,
                    "instalments": [{"due_on": row.due_on.isoformat(),
                                     "amount": str(row.amount), "paid": str(row.paid),
                                     "state": str(row.state(today, grace))}
                                    for row in a.progress()]}, ensure_ascii=False))
            return
        table = Table(title=f"Promises and payment plans ({len(found)})")
        for col in ("account", "agreement", "source", "status", "invoices", "dates"):
            table.add_column(col)
        for a in found:
            dates = "; ".join(
                f"{row.due_on.isoformat()} {row.amount} ({row.state(today, grace)}"
                f"{f', {row.paid} paid' if 0 < row.paid < row.amount else ''})"
                for row in a.progress())
            status = str(a.status) + (f": {a.end_reason}" if a.end_reason else "")
            table.add_row(a.account_id, f"{a.id} by {a.by}", a.source or "-", status,
                          ", ".join(a.invoices) or "all", dates)
        console.print(table)


@cli.command()
@click.argument("account")
@click.option("--verify", is_flag=True, help="Check the hash chain; name the first broken link.")
@click.option("--json", "as_json", is_flag=True, help="One JSON event per line.")
@pass_state
def log(state: CliState, account: str, verify: bool, as_json: bool) -> None:
    """Show an account's log: every email, reply, call, payment and promise."""
    from bot.domain.events import verify_chain
    from bot.runtime.app import open_app
    from bot.runtime.report import print_log

    with open_app(state.config) as app:
        if app.repo.account(account) is None and app.repo.last_event(account) is None:
            err_console.print(f"[red]No account {account!r}.[/red]")
            sys.exit(2)
        events = app.repo.log(account)
        if verify:
            broken = verify_chain(events)
            if broken is None:
                console.print(f"[green]OK[/green] {account}: {len(events)} events, chain intact.")
                return
            console.print(f"[red]BROKEN[/red] {account}: event #{broken.seq}: {broken.reason}")
            sys.exit(1)
        if as_json:
            for event in events:
                click.echo(json.dumps(event.to_doc(), ensure_ascii=False))
        else:
            print_log(console, account, events)


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include tasks already done.")
@click.option("--json", "as_json", is_flag=True, help="One JSON task per line.")
@pass_state
def tasks(state: CliState, show_all: bool, as_json: bool) -> None:
    """List staff tasks: calls to make, payments to verify, replies to read."""
    from bot.runtime.app import open_app
    from bot.runtime.report import print_tasks, task_doc

    with open_app(state.config) as app:
        found = app.repo.tasks(open_only=not show_all)
        if as_json:
            for task in found:
                click.echo(json.dumps(task_doc(task), ensure_ascii=False))
        else:
            print_tasks(console, found)


@cli.command()
@click.option("--unmatched", is_flag=True, help="List mail no account could be found for.")
@click.option("--quarantined", is_flag=True, help="List mail the parser could not read.")
@click.option("--retry-quarantined", is_flag=True,
              help="Read quarantined mail again (after an upgrade) and record what now parses.")
@pass_state
def inbox(state: CliState, unmatched: bool, quarantined: bool, retry_quarantined: bool) -> None:
    """Read debtors' replies from the collections mailbox once, or list what needs a person."""
    from bot.mail.imap import MailboxError
    from bot.runtime.app import open_app
    from bot.runtime.report import print_ingest, print_tasks
    from bot.services.ingest import Inbox
    from bot.services.replies import UNMATCHED

    config = state.config
    if config.imap is None:
        err_console.print("[red]No [imap] section in the configuration[/red]: duebot does not "
                          "know which mailbox to read (see config.example.toml).")
        sys.exit(2)
    with open_app(config) as app:
        reader = Inbox(app.repo, config, app.clock)
        if unmatched:
            print_tasks(console, [t for t in app.repo.tasks() if t.account_id == UNMATCHED])
            return
        if quarantined:
            for identity, blob in reader.quarantined():
                console.print(f"{identity}  raw message: {blob}", highlight=False)
            return
        try:
            report = reader.retry_quarantined() if retry_quarantined else reader.round()
        except MailboxError as exc:
            err_console.print(f"[red]Mailbox problem:[/red] {exc}", highlight=False)
            sys.exit(1)
        print_ingest(console, report)


@cli.command()
@click.option("--state", "states", multiple=True,
              type=click.Choice(["queued", "attempting", "sent", "deferred", "rejected",
                                 "unknown", "cancelled"]),
              help="Only entries in this state (repeatable).")
@pass_state
def outbox(state: CliState, states: tuple[str, ...]) -> None:
    """List outgoing emails and where each stands."""
    from bot.runtime.app import open_app
    from bot.runtime.report import print_outbox
    from bot.store.repository import OutboxState

    with open_app(state.config) as app:
        wanted = [OutboxState(s) for s in states] or None
        print_outbox(console, app.repo.outbox_entries(wanted))


@cli.command()
@pass_state
def accounts(state: CliState) -> None:
    """List accounts with what they owe."""
    from bot.runtime.app import open_app
    from bot.runtime.report import print_accounts

    with open_app(state.config) as app:
        print_accounts(console, app.repo.accounts(), app.repo.invoices(), app.clock.now())


@cli.command()
@click.argument("step")
@click.argument("account")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write the HTML part (default preview-STEP-ACCOUNT.html).")
@pass_state
def preview(state: CliState, step: str, account: str, out: Path | None) -> None:
    """Render the email a cadence STEP would send ACCOUNT: text to the terminal, HTML to a file."""
    from bot.runtime.app import open_app

    with open_app(state.config) as app:
        subject, text, html = app.preview(step, account)
        target = out or Path(f"preview-{step}-{account}.html")
        target.write_text(html, encoding="utf-8")
        console.rule(f"Subject: {subject}")
        console.print(text, markup=False, highlight=False)
        console.rule()
        console.print(f"HTML part written to {target}")


def main(argv: list[str] | None = None) -> Any:
    return cli.main(args=argv, prog_name="duebot")
