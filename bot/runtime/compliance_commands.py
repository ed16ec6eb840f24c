"""Commands a person uses to keep contact deliberate and lawful.

`duebot confirm ACCOUNT STEP`: lets an escalation step go (or says not yet). The final notice
and the hand-over to a collection agency never leave by accident: the sweep holds them
"awaiting confirmation" (see `duebot tick --dry-run` and `duebot tasks`) until a person
confirms here or with the Confirm button on the Slack card.

`duebot mark-employer ACCOUNT ADDRESS`: an address is the debtor's employer's; consumer
profiles never email it.
"""

from __future__ import annotations

import getpass
import sys

import click
from rich.console import Console

from bot.runtime.cli import CliState, pass_state

console = Console()
err_console = Console(stderr=True)


def _who(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "staff"


@click.command("confirm")
@click.argument("account")
@click.argument("step")
@click.option("--reason", help="Why (kept in the account log with who and when).")
@click.option("--not-yet", "not_yet", is_flag=True,
              help="Say not yet: the step keeps waiting and duebot asks again in a week.")
@click.option("--by", help="Who is deciding (default: your login name).")
@pass_state
def confirm_command(state: CliState, account: str, step: str, reason: str | None,
                    not_yet: bool, by: str | None) -> None:
    """Confirm an escalation STEP (e.g. final_notice, agency) for ACCOUNT, so it may go."""
    from bot.runtime.app import open_app
    from bot.services.escalation import ConfirmationError, decide_step

    with open_app(state.config) as app:
        try:
            result = decide_step(app.repo, app.config, account, step, confirmed=not not_yet,
                                 by=_who(by), now=app.clock.now(), reason=reason)
        except ConfirmationError as exc:
            err_console.print(f"[red]Not recorded:[/red] {exc}", highlight=False)
            sys.exit(2)
        console.print(result.message, highlight=False, markup=False)


@click.command("mark-employer")
@click.argument("account")
@click.argument("address")
@click.option("--reason", help="How you know (kept in the account log with who and when).")
@click.option("--by", help="Who is marking it (default: your login name).")
@pass_state
def mark_employer_command(state: CliState, account: str, address: str, reason: str | None,
                          by: str | None) -> None:
    """Mark ADDRESS as the debtor's employer's: consumer profiles never email it."""
    from bot.runtime.app import open_app
    from bot.services.employer_addresses import EmployerAddressError, mark_employer_address

    with open_app(state.config) as app:
        try:
            marked = mark_employer_address(app.repo, account, address, by=_who(by),
                                           now=app.clock.now(), reason=reason)
        except EmployerAddressError as exc:
            err_console.print(f"[red]Not recorded:[/red] {exc}", highlight=False)
            sys.exit(2)
        console.print(f"{marked} is marked as {account}'s employer's address: consumer "
                      "profiles will not email it.", highlight=False, markup=False)
