"""`duebot parse-reply FILE... [--json]`: classify saved messages without a database.

With --json, one JSON object per file per line in DESIGN.md's shape; without, a table. A file
that cannot be read or parsed is reported on stderr with its name and the reason, and the
others are still processed; the exit code is 1 if any failed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from bot.mail.parse_reply import ParsedReply


@click.command("parse-reply")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file per line.")
def parse_reply_command(files: tuple[Path, ...], as_json: bool) -> None:
    """Classify saved messages (.eml): intent, promised date, amount, bounce, new text."""
    # The reader's phrase lists take a second or two to build: imported when the command
    # runs, not when `duebot --help` lists it.
    from bot.mail.parse_reply import ReplyParseError, parse_reply, parsed_reply_json

    parsed: list[tuple[str, ParsedReply]] = []
    failed = False
    for path in files:
        try:
            reply = parse_reply(path.read_bytes())
        except OSError as error:
            click.echo(f"{path}: cannot read: {error.strerror or error}", err=True)
            failed = True
            continue
        except ReplyParseError as error:
            click.echo(f"{path}: cannot parse: {error}", err=True)
            failed = True
            continue
        if as_json:
            click.echo(json.dumps(parsed_reply_json(str(path), reply), ensure_ascii=False))
        else:
            parsed.append((str(path), reply))
    if parsed:
        Console().print(_table(parsed))
    if failed:
        raise SystemExit(1)


def _table(rows: list[tuple[str, ParsedReply]]) -> Table:
    from bot.mail.parse_reply import parsed_reply_json

    table = Table(title="Replies", show_lines=True)
    for column in ("file", "intent", "promised", "amount", "return", "bounce", "invoices"):
        table.add_column(column, overflow="fold", no_wrap=column != "file")
    table.add_column("new text", overflow="fold", min_width=20)
    for file, reply in rows:
        data = parsed_reply_json(file, reply)
        bounce = data["bounce"]
        amount = f"{data['amount']} {data['currency'] or ''}".strip() if data["amount"] else ""
        new_text = " ".join(reply.new_text.split())
        new_text = new_text if len(new_text) <= 120 else new_text[:117] + "..."
        table.add_row(
            file,
            data["intent"],
            data["promised_date"] or "",
            amount,
            data["return_date"] or "",
            _bounce_cell(bounce),
            ", ".join(data["invoices"]),
            new_text,
        )
    return table


def _bounce_cell(bounce: dict[str, str | None] | None) -> str:
    if not bounce:
        return ""
    parts = (bounce["kind"], bounce["status"], bounce["recipient"])
    return " ".join(part for part in parts if part)
