"""`duebot export ACCOUNT`: the referral package for a collection agency."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape

from bot.runtime.cli import CliState, console, err_console, pass_state


@click.command("export")
@click.argument("account")
@click.option("--out", type=click.Path(path_type=Path), metavar="DIR",
              help="Where to write it: a new or empty directory, or a file ending in .zip "
                   "(default ./referral-ACCOUNT-DATE).")
@click.option("--allow-broken", is_flag=True,
              help="Write the package even if the log's hash chain is broken (the break is "
                   "stated at the top of the summary and the timeline).")
@pass_state
def export_command(state: CliState, account: str, out: Path | None, allow_broken: bool) -> None:
    """Write ACCOUNT's referral package: the verified account log as HTML and CSV, the raw
    emails sent and received, and a summary of contacts, open invoices and totals."""
    from bot.runtime.app import open_app
    from bot.services.referral import (
        BrokenChain,
        ExportError,
        UnknownAccount,
        export_referral,
        safe_name,
    )

    with open_app(state.config) as app:
        now = app.clock.now()
        target = out or Path(f"referral-{safe_name(account)}-{now:%Y%m%d}")
        try:
            package = export_referral(app.repo, account, target, now=now,
                                      allow_broken=allow_broken)
        except UnknownAccount as exc:
            err_console.print(f"[red]Not exported:[/red] {escape(str(exc))}", highlight=False,
                              soft_wrap=True)
            sys.exit(2)
        except BrokenChain as exc:
            err_console.print(
                f"[bold red]BROKEN[/bold red] {escape(str(exc))}. Nothing was exported: the log "
                "may have been edited. Check it with `duebot log ACCOUNT --verify`; --allow-broken "
                "exports it anyway with the break stated.", highlight=False)
            sys.exit(1)
        except ExportError as exc:
            err_console.print(f"[red]Not exported:[/red] {escape(str(exc))}", highlight=False,
                              soft_wrap=True)
            sys.exit(2)
    if package.broken is not None:
        err_console.print(
            f"[bold red]WARNING: the hash chain is broken at event #{package.broken.seq}"
            f"[/bold red]: {escape(package.broken.reason)}. Exported anyway (--allow-broken).",
            highlight=False)
    else:
        console.print(f"[green]Hash chain intact[/green]: {package.events} events.")
    console.print(f"Referral package for {account} written to {package.path}: "
                  f"{package.sent_emails} emails sent, {package.received_emails} replies, "
                  f"{len(package.files)} files.", highlight=False)
    for missing in package.missing:
        err_console.print(f"[yellow]Missing from the data directory:[/yellow] {missing}",
                          highlight=False)
