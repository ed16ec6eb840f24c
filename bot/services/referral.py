"""The referral package for a collection agency: everything duebot knows about one account.

`export_referral(repo, account_id, out, now=...)` writes, into a directory or a `.zip`:

- `summary.txt`: the account, its contacts, open invoices and totals, and whether the log's
  hash chain holds;
- `log.csv`: one row per event (seq, time, type, actor, invoices, data JSON, prev_hash, hash);
- `log.html`: the same log as a readable timeline;
- `emails/sent/*.eml`: the exact bytes of every email sent (or possibly sent) to the debtor,
  as the outbox stored them;
- `emails/received/*.eml`: the raw bytes of every reply received, as read from the mailbox;
- `MANIFEST.sha256`: the SHA-256 of each file above (`sha256sum -c` checks it).

The chain is verified first. A broken chain stops the export with `BrokenChain`, naming the
first broken link, unless `allow_broken=True`: then the package is written with the break
stated at the top of the summary and of the timeline.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from bot.domain.events import BrokenLink, Event, EventType, verify_chain
from bot.domain.models import Account, Invoice
from bot.domain.money import totals_by_currency
from bot.store.errors import BlobMissing
from bot.store.repository import OutboxEntry, OutboxState, Repository, StoreError

CSV_COLUMNS = ("seq", "time", "type", "actor", "invoices", "data", "prev_hash", "hash")
SENT_STATES = (OutboxState.SENT, OutboxState.UNKNOWN)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class ExportError(Exception):
    """The referral package cannot be produced."""


class UnknownAccount(ExportError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"No account {account_id!r}: nothing in the books or the log")
        self.account_id = account_id


class BrokenChain(ExportError):
    """The account's log does not verify: it may have been edited."""

    def __init__(self, account_id: str, link: BrokenLink) -> None:
        super().__init__(f"account {account_id!r}: the log's hash chain is broken at event "
                         f"#{link.seq}: {link.reason}")
        self.account_id = account_id
        self.link = link


@dataclass(slots=True)
class ReferralPackage:
    """What was written, where, and what could not be included."""

    account_id: str
    path: Path
    events: int
    broken: BrokenLink | None
    files: list[str] = field(default_factory=list)
    sent_emails: int = 0
    received_emails: int = 0
    missing: list[str] = field(default_factory=list)


def safe_name(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "account"


def csv_rows(events: Iterable[Event]) -> list[list[str]]:
    """One row per event, in CSV_COLUMNS order; `data` as canonical JSON."""
    return [[str(e.seq), e.at.isoformat(), e.type, e.actor, " ".join(e.invoices),
             json.dumps(dict(e.data), sort_keys=True, ensure_ascii=False), e.prev_hash, e.hash]
            for e in events]


def log_csv(events: Sequence[Event]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(events))
    return buffer.getvalue()


def describe(event: Event) -> str:
    """One readable line for the timeline."""
    d: Mapping[str, Any] = event.data or {}
    kind = event.type
    if kind in (EventType.EMAIL_QUEUED, EventType.EMAIL_SENT):
        verb = "Email sent" if kind == EventType.EMAIL_SENT else "Email queued"
        subject = f" “{d['subject']}”" if d.get("subject") else ""
        to = d.get("to") or []
        to_text = to if isinstance(to, str) else ", ".join(str(a) for a in to)
        return f"{verb} ({d.get('step', '')}){subject} to {to_text}"
    if kind == EventType.REPLY_RECEIVED:
        text = str(d.get("new_text") or "").strip()
        quoted = f": “{text[:400]}”" if text else ""
        return f"Reply from {d.get('from', '?')} (read as {d.get('intent', '?')}){quoted}"
    if kind == EventType.PAYMENT_RECORDED:
        return (f"Payment received {d.get('amount')} {d.get('currency')} on "
                f"{d.get('received_on')} (ref {d.get('reference')})")
    if kind == EventType.INVOICE_UPDATED:
        return (f"Invoice {d.get('number')}: {d.get('balance')} of {d.get('amount')} "
                f"{d.get('currency')} owed, due {d.get('due_on')}, {d.get('status')}")
    if kind == EventType.PROMISE_MADE:
        amount = f"{d.get('amount')} {d.get('currency') or ''} " if d.get("amount") else ""
        return f"Promise to pay {amount}by {d.get('date')}"
    if kind == EventType.PROMISE_BROKEN:
        return f"Promise of {d.get('promise_date')} broken: {d.get('reason', '')}"
    if kind in (EventType.TASK_CREATED, EventType.TASK_DONE):
        what = d.get("reason") or d.get("outcome")
        return f"Staff task {d.get('kind') or d.get('task_id')}: {what}"
    if kind == EventType.NOTE:
        return f"Note: {d.get('text', '')}"
    return ", ".join(f"{k}: {v}" for k, v in d.items() if k not in ("key",))


def _money(totals: Mapping[str, Decimal]) -> str:
    return " + ".join(f"{v} {c}" for c, v in totals.items()) or "nothing"


def summary_text(account_id: str, account: Account | None, invoices: Sequence[Invoice],
                 events: Sequence[Event], broken: BrokenLink | None, now: datetime,
                 package: ReferralPackage) -> str:
    open_invoices = sorted((i for i in invoices if i.is_open), key=lambda i: (i.due_on, i.number))
    lines: list[str] = []
    if broken is not None:
        lines += ["WARNING: THE LOG'S HASH CHAIN IS BROKEN",
                  f"  first broken link: event #{broken.seq}: {broken.reason}",
                  "  events from there on may have been edited; do not rely on them unchecked.",
                  ""]
    lines += [f"Referral package for account {account_id}",
              f"Prepared {now.isoformat()} by duebot", ""]
    if account is not None:
        lines.append(f"Account: {account.name} ({account.id})")
        if account.timezone or account.locale:
            lines.append(f"  time zone {account.timezone or '-'}, locale {account.locale or '-'}")
        lines.append("Contacts:")
        for c in account.contacts or ():
            parts = [p for p in (c.name, c.role, c.email, c.phone) if p]
            lines.append(f"  - {', '.join(parts)}")
        if not account.contacts:
            lines.append("  (none on file)")
    else:
        lines.append(f"Account: {account_id} (no longer in the books; its log remains)")
    lines += ["", f"Open invoices ({len(open_invoices)}):"]
    for inv in open_invoices:
        lines.append(f"  - {inv.number}: issued {inv.issued_on}, due {inv.due_on}, "
                     f"{inv.balance} of {inv.amount} {inv.currency} owed "
                     f"({max(inv.days_overdue(now.date()), 0)} days overdue)")
    totals = totals_by_currency((i.balance, i.currency) for i in open_invoices)
    lines += [f"Total owed: {_money(totals)}", ""]
    chain = ("INTACT" if broken is None else f"BROKEN at event #{broken.seq}")
    lines += [f"Account log: {len(events)} events, hash chain {chain}",
              f"  first event {events[0].at.isoformat() if events else '-'}, "
              f"last event {events[-1].at.isoformat() if events else '-'}",
              f"  last hash {events[-1].hash if events else '-'}",
              f"Emails sent: {package.sent_emails} (emails/sent/)",
              f"Replies received: {package.received_emails} (emails/received/)"]
    if package.missing:
        lines += ["", "Not included (missing from the data directory):"]
        lines += [f"  - {m}" for m in package.missing]
    lines += ["", "Files: summary.txt, log.csv (one row per event), log.html (timeline), "
              "emails/, MANIFEST.sha256"]
    return "\n".join(lines) + "\n"


def timeline_html(account_id: str, account: Account | None, events: Sequence[Event],
                  broken: BrokenLink | None, now: datetime) -> str:
    e = html.escape
    title = (f"Account log: {account.name} ({account_id})" if account
             else f"Account log: {account_id}")
    rows = []
    for event in events:
        bad = broken is not None and event.seq >= broken.seq
        style = ' style="background-color: #fdecea;"' if bad else ""
        rows.append(
            f"<tr{style}><td>{event.seq}</td><td>{e(event.at.strftime('%Y-%m-%d %H:%M:%S'))} UTC"
            f"</td><td>{e(event.type)}</td><td>{e(event.actor)}</td>"
            f"<td>{e(', '.join(event.invoices))}</td><td>{e(describe(event))}</td>"
            f"<td><code>{e(event.hash[:12])}</code></td></tr>")
    if broken is None:
        banner = (f'<p style="color: #1e6b34;"><strong>Hash chain intact</strong>: '
                  f"{len(events)} events, each linked to the one before.</p>")
    else:
        banner = (f'<p style="background-color: #9b2c2c; color: #ffffff; padding: 12px;">'
                  f"<strong>WARNING: the hash chain is broken at event #{broken.seq}</strong>: "
                  f"{e(broken.reason)}. Events from there on (shaded) may have been edited.</p>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{e(title)}</title>\n"
        "<style>body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:24px;}"
        "table{border-collapse:collapse;width:100%;}th,td{border-bottom:1px solid #ddd;"
        "padding:6px 8px;text-align:left;vertical-align:top;font-size:13px;}"
        "th{background:#f4f5f7;}</style>\n</head>\n<body>\n"
        f"<h1>{e(title)}</h1>\n<p>Prepared {e(now.isoformat())} by duebot.</p>\n{banner}\n"
        "<table>\n<thead><tr><th>#</th><th>When</th><th>What</th><th>Who</th><th>Invoices</th>"
        "<th>Details</th><th>Hash</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows) + "\n</tbody>\n</table>\n</body>\n</html>\n")


def _sent_entries(repo: Repository, account_id: str) -> list[OutboxEntry]:
    entries = [e for e in repo.outbox_entries(SENT_STATES) if e.account_id == account_id]
    return sorted(entries, key=lambda e: (e.created_at, e.key))


def _received_blobs(events: Sequence[Event]) -> list[tuple[Event, str]]:
    found = []
    for event in events:
        if event.type != EventType.REPLY_RECEIVED:
            continue
        blob = (event.data or {}).get("raw_blob") or (event.data or {}).get("raw_path")
        if blob:
            found.append((event, Path(str(blob)).name))
    return found


def export_referral(
    repo: Repository,
    account_id: str,
    out: Path,
    *,
    now: datetime,
    allow_broken: bool = False,
    actor: str = "cli",
) -> ReferralPackage:
    """Write the referral package to `out` (a directory, or a zip when it ends in `.zip`), then
    record in the account's log that it was exported: what, where and the manifest's hash."""
    account = repo.account(account_id)
    events = repo.log(account_id)
    if account is None and not events:
        raise UnknownAccount(account_id)
    broken = verify_chain(events)
    if broken is not None and not allow_broken:
        raise BrokenChain(account_id, broken)
    invoices = repo.invoices(account_id)
    package = ReferralPackage(account_id=account_id, path=out, events=len(events), broken=broken)
    files: dict[str, bytes] = {}

    for entry in _sent_entries(repo, account_id):
        name = (f"emails/sent/{entry.created_at:%Y%m%dT%H%M%S}-{safe_name(entry.step)}-"
                f"{entry.key[:12]}")
        if entry.state is OutboxState.UNKNOWN:
            name += "-delivery-unknown"
        try:
            files[name + ".eml"] = repo.read_blob(entry.message_blob)
            package.sent_emails += 1
        except (BlobMissing, StoreError):
            package.missing.append(f"sent email {entry.message_id} ({entry.message_blob})")
    for event, blob in _received_blobs(events):
        name = f"emails/received/{event.seq:05d}-{event.at:%Y%m%dT%H%M%S}.eml"
        try:
            files[name] = repo.read_blob(blob)
            package.received_emails += 1
        except (BlobMissing, StoreError):
            package.missing.append(f"reply #{event.seq} ({blob})")

    files["log.csv"] = log_csv(events).encode("utf-8")
    files["log.html"] = timeline_html(account_id, account, events, broken, now).encode("utf-8")
    files["summary.txt"] = summary_text(account_id, account, invoices, events, broken, now,
                                        package).encode("utf-8")
    manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n"
                       for name, data in sorted(files.items()))
    files["MANIFEST.sha256"] = manifest.encode("utf-8")
    _write(out, files)
    package.files = sorted(files)
    with repo.transaction() as tx:
        tx.append(account_id, EventType.REFERRAL_EXPORTED, at=now, actor=actor,
                  data={"path": str(out), "events": len(events),
                        "chain_intact": broken is None,
                        "manifest_sha256": hashlib.sha256(files["MANIFEST.sha256"]).hexdigest(),
                        "sent_emails": package.sent_emails,
                        "received_emails": package.received_emails})
    return package


def _write(out: Path, files: Mapping[str, bytes]) -> None:
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(files.items()):
                archive.writestr(name, data)
        partial.replace(out)
        return
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(f"{out} is not empty; choose a new directory (nothing was written)")
    for name, data in files.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
