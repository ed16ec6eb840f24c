"""`duebot recap`: the owner's weekly recap in the terminal, as HTML, and (with --send) by email."""

from __future__ import annotations

import asyncio
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.domain.aging import AGING_BUCKETS
from bot.domain.money import format_money
from bot.domain.owner_recap import OwnerRecap
from bot.runtime.cli import CliState, console, err_console, parse_now, pass_state

if TYPE_CHECKING:
    from bot.runtime.app import App
    from bot.services.owner_recap import OwnerRecapService, RecapResult

BAR_WIDTH = 30


def print_recap(out: Console, recap: OwnerRecap, locale: str) -> None:
    from bot.mail.owner_recap import money_list  # not at import: `duebot --help` loads this

    week = f"{recap.week.first_day:%a %d %b} – {recap.week.last_day:%a %d %b %Y}"
    out.rule(f"Owner recap · {week}")
    figures = Table(show_header=False, box=None)
    figures.add_column(style="bold")
    figures.add_column()
    figures.add_row("Collected", f"{money_list(recap.collected, locale)} "
                                 f"({recap.payments} payment{'s' if recap.payments != 1 else ''})")
    figures.add_row("Promised", f"{len(recap.promised)} "
                                f"({money_list(recap.promised_totals, locale)})")
    figures.add_row("Promises broken", str(len(recap.broken)))
    figures.add_row("Active plans", str(len(recap.plans)))
    figures.add_row("Disputes open", str(len(recap.disputes)))
    figures.add_row("Owed", money_list(recap.owed, locale))
    for dso in recap.dso.values():
        more = "" if dso.complete else " or more (sales history ran out)"
        figures.add_row(f"DSO {dso.currency}", f"{dso.days} days{more} (countback)")
    out.print(figures)
    for currency, buckets in sorted(recap.aging.items()):
        chart = Table(title=f"Aging · {currency}", show_header=False, box=None)
        chart.add_column()
        chart.add_column()
        chart.add_column(justify="right")
        largest = max(buckets.values(), default=Decimal(0))
        for name in AGING_BUCKETS:
            amount = buckets.get(name, Decimal(0))
            width = 0 if largest <= 0 else int(amount * BAR_WIDTH / largest)
            chart.add_row(name, "█" * width, format_money(amount, currency, locale))
        out.print(chart)
    decisions = Table(title=f"Needs a decision ({len(recap.decisions)})")
    for col in ("account", "why", "owes"):
        decisions.add_column(col)
    for d in recap.decisions:
        decisions.add_row(f"{d.account_name} ({d.account_id})", "; ".join(d.reasons),
                          money_list(d.owed, locale))
    out.print(decisions)
    if recap.unmatched_replies:
        out.print(f"{recap.unmatched_replies} repl{'y' if recap.unmatched_replies == 1 else 'ies'}"
                  " matched no account (duebot inbox --unmatched).")


@click.command("recap")
@click.option("--now", "now_text", metavar="DATE",
              help="Build the recap as if it were this ISO date/time (preview only).")
@click.option("--send", is_flag=True,
              help="Email it to the owner now (once per week; a second send is a no-op).")
@click.option("--preview", "preview", type=click.Path(path_type=Path, dir_okay=False),
              metavar="FILE", help="Where to write the HTML (default owner-recap-DATE.html).")
@pass_state
def recap_command(state: CliState, now_text: str | None, send: bool,
                  preview: Path | None) -> None:
    """The owner's weekly recap: collected, promised and broken, plans, disputes, aging, DSO
    and the accounts that need a decision."""
    from bot.runtime.app import open_app
    from bot.services.owner_recap import (
        OwnerRecapError,
        RecapNotConfigured,
        owner_recap_service,
    )
    from bot.slack.wording import WordingError

    now = parse_now(now_text)
    if now is not None and send:
        raise click.UsageError("--now is only for previews: a real recap is sent as of now")
    config = state.config
    if send and not config.owner_recap.to:
        err_console.print(f"[red]Not sent:[/red] {escape(str(RecapNotConfigured()))}",
                          highlight=False)
        sys.exit(2)
    with open_app(config, now=now) as app:
        try:
            service = owner_recap_service(app.repo, config, app.clock, app.outbox)
        except WordingError as exc:
            err_console.print(f"[red]Not sent:[/red] {escape(str(exc))}", highlight=False)
            sys.exit(2)
        recap = service.build()
        print_recap(console, recap, config.business.locale)
        target = preview or Path(f"owner-recap-{recap.week.last_day.isoformat()}.html")
        target.write_text(service.render(recap).html, encoding="utf-8")
        console.print(f"HTML written to {target}")
        if not send:
            return
        try:
            result = asyncio.run(_send(app, service))
        except OwnerRecapError as exc:
            err_console.print(f"[red]Not sent:[/red] {escape(str(exc))}", highlight=False)
            sys.exit(2)
    if not result.queued:
        console.print(f"The recap for {result.week} was already queued; not sent again.")
    else:
        verdict = "sent" if result.delivered else "queued (the outbox will retry)"
        console.print(f"Recap for {result.week} {verdict} to {', '.join(config.owner_recap.to)}.")
    if result.slack_posted:
        console.print("Slack summary posted.")
    elif result.slack_error:
        err_console.print(f"[yellow]Slack summary not posted:[/yellow] {result.slack_error}",
                          highlight=False)


async def _send(app: App, service: OwnerRecapService) -> RecapResult:
    """Settle what a crash left mid-send, send, then close the SMTP connections."""
    app.outbox.recover()
    try:
        return await service.send()
    finally:
        await app.sender.close()
