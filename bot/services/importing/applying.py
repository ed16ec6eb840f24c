"""Applying read import files to the store: the second half of `duebot import`.

Accounts first, then invoices, then payments, whatever order the files were given in. A row
that says what the store already holds writes nothing, so importing the same file twice
changes nothing. A changed row updates the record and logs what changed; a new row creates it.
Accounts and invoices are written in one transaction; each payment goes through
`record_payment`, exactly as `duebot pay` does. A dry run works everything out against a staged
copy and writes nothing.

An import never raises a balance that a payment recorded in duebot has lowered since the last
import of that invoice: the export may predate the payment, and chasing money already paid is
the worst thing duebot could do. Such a row is reported and the invoice left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice, Payment
from bot.services.importing.changes import changes_between, describe_changes
from bot.services.importing.columns import ImportKind
from bot.services.importing.records import (
    AccountRecord,
    AccountRef,
    ImportBatch,
    InvoiceRecord,
    PaymentRecord,
    SourceLine,
)
from bot.services.importing.report import ImportReport, Outcome, ReportLine
from bot.services.importing.staging import AmbiguousAccount, Staged, Write
from bot.services.payments import (
    PaymentError,
    PaymentReceived,
    UnknownAccount,
    invoice_event_data,
    plan_payment,
    record_payment,
)
from bot.store.repository import Repository

SOURCE = "import"
_ORDER = {ImportKind.ACCOUNTS: 0, ImportKind.INVOICES: 1, ImportKind.PAYMENTS: 2}


def apply_import(
    repo: Repository,
    batch: ImportBatch | Iterable[ImportBatch],
    *,
    now: datetime,
    actor: str,
    dry_run: bool = False,
) -> ImportReport:
    """Apply one or more read files; see the module docstring. Returns what was (or would be)
    created, updated and left unchanged, and every row refused, each with file and line."""
    batches = [batch] if isinstance(batch, ImportBatch) else list(batch)
    batches.sort(key=lambda b: _ORDER[b.kind])
    report = ImportReport(dry_run=dry_run)
    staged = Staged(repo)
    for one in batches:
        report.lines.extend(
            ReportLine(
                e.file,
                e.line,
                one.kind.rstrip("s"),
                "",
                Outcome.ERROR,
                _error_detail(e.column, e.reason),
            )
            for e in one.errors
        )
        for account_record in one.accounts:
            report.lines.append(_apply_account(staged, account_record))
        for invoice_record in one.invoices:
            report.lines.extend(_apply_invoice(staged, invoice_record))
    if not dry_run and staged.writes:
        with repo.transaction() as tx:
            for write in staged.writes:
                if isinstance(write.record, Account):
                    tx.put_account(write.record)
                    account_id = write.record.id
                else:
                    tx.put_invoice(write.record)
                    account_id = write.record.account_id
                tx.append(
                    account_id,
                    write.event_type,
                    at=now,
                    actor=actor,
                    invoices=write.invoices,
                    data=write.data,
                )
    for one in batches:
        for payment_record in one.payments:
            report.lines.append(
                _apply_payment(staged, repo, payment_record, now=now, actor=actor, dry_run=dry_run)
            )
    return report


def _error_detail(column: str, reason: str) -> str:
    return f"column {column!r}: {reason}" if column else reason


def _line(
    source: SourceLine, what: str, key: str, outcome: Outcome, detail: str = ""
) -> ReportLine:
    return ReportLine(source.file, source.line, what, key, outcome, detail)


def _apply_account(staged: Staged, record: AccountRecord) -> ReportLine:
    try:
        by_name = record.name is not None and record.id == record.name
        existing = staged.resolve(
            AccountRef(None, record.name) if by_name else AccountRef(record.id, None)
        )
    except AmbiguousAccount as exc:
        return _line(record.source, "account", record.id, Outcome.ERROR, str(exc))
    updated = record.applied_to(existing)
    if existing is not None:
        updated = replace(updated, id=existing.id)
    changes = changes_between(existing, updated)
    if existing is not None and not changes:
        return _line(record.source, "account", updated.id, Outcome.UNCHANGED)
    staged.stage_account(
        updated, _account_write(updated, changes, record.source, created=existing is None)
    )
    if existing is None:
        return _line(record.source, "account", updated.id, Outcome.CREATED, updated.name)
    return _line(record.source, "account", updated.id, Outcome.UPDATED, describe_changes(changes))


def _account_write(
    account: Account, changes: Mapping[str, list[Any]], source: SourceLine, *, created: bool
) -> Write:
    data: dict[str, Any] = {"name": account.name, "source": SOURCE, "file": Path(source.file).name}
    data.update({"created": True} if created else {"changes": dict(changes)})
    return Write(account, EventType.ACCOUNT_UPDATED, (), data)


def _apply_invoice(staged: Staged, record: InvoiceRecord) -> list[ReportLine]:
    lines: list[ReportLine] = []
    try:
        account = staged.resolve(record.account)
    except AmbiguousAccount as exc:
        return [_line(record.source, "invoice", record.number, Outcome.ERROR, str(exc))]
    if account is None:
        if not record.account.name:
            problem = UnknownAccount(str(record.account))
            return [
                _line(
                    record.source,
                    "invoice",
                    record.number,
                    Outcome.ERROR,
                    f"{problem}; import it with the accounts first",
                )
            ]
        account = _account_from_invoice(record)
        staged.stage_account(account, _account_write(account, {}, record.source, created=True))
        lines.append(
            _line(
                record.source,
                "account",
                account.id,
                Outcome.CREATED,
                f"{account.name} (from the invoice row)",
            )
        )
    elif record.contact_email and not account.emails:
        account = replace(
            account, contacts=(Contact(email=record.contact_email), *account.contacts)
        )
        staged.stage_account(
            account,
            _account_write(
                account, {"emails": [[], [record.contact_email]]}, record.source, created=False
            ),
        )
        lines.append(
            _line(
                record.source,
                "account",
                account.id,
                Outcome.UPDATED,
                f"email {record.contact_email} added from the invoice row",
            )
        )
    existing = staged.invoice(record.number)
    if existing is not None and existing.account_id != account.id:
        return [
            *lines,
            _line(
                record.source,
                "invoice",
                record.number,
                Outcome.ERROR,
                f"invoice {record.number} belongs to account "
                f"{existing.account_id!r}, not {account.id!r}",
            ),
        ]
    invoice = Invoice(
        number=record.number,
        account_id=account.id,
        currency=record.currency or (existing.currency if existing else ""),
        amount=record.amount,
        balance=record.balance,
        issued_on=record.issued_on,
        due_on=record.due_on,
        status=record.status,
        pdf_path=record.values.get("pdf_path", existing.pdf_path if existing else None),
        payment_link=record.values.get("payment_link", existing.payment_link if existing else None),
    )
    note = ""
    if (
        existing is not None
        and invoice.balance > existing.balance
        and _paid_since_import(staged, existing)
    ):
        invoice = replace(invoice, balance=existing.balance, status=existing.status)
        note = (
            f"kept the balance at {existing.balance}: a payment was recorded in duebot "
            f"since this invoice was last imported (the file says {record.balance})"
        )
    changes = changes_between(existing, invoice)
    if existing is not None and not changes:
        return [*lines, _line(record.source, "invoice", invoice.number, Outcome.UNCHANGED, note)]
    data: dict[str, Any] = {
        **invoice_event_data(invoice, SOURCE),
        "file": Path(record.source.file).name,
    }
    data.update({"created": True} if existing is None else {"changes": changes})
    staged.stage_invoice(
        invoice, Write(invoice, EventType.INVOICE_UPDATED, (invoice.number,), data)
    )
    if existing is None:
        due = invoice.due_on.isoformat()
        detail = (
            f"{invoice.balance} {invoice.currency} owed, due {due}"
            if invoice.is_open
            else f"{invoice.status} ({invoice.amount} {invoice.currency}), due {due}"
        )
        return [*lines, _line(record.source, "invoice", invoice.number, Outcome.CREATED, detail)]
    detail = "; ".join(d for d in (describe_changes(changes), note) if d)
    return [*lines, _line(record.source, "invoice", invoice.number, Outcome.UPDATED, detail)]


def _account_from_invoice(record: InvoiceRecord) -> Account:
    account_id = record.account.id or record.account.name or ""
    contacts = (Contact(email=record.contact_email),) if record.contact_email else ()
    return Account(id=account_id, name=record.account.name or account_id, contacts=contacts)


def _paid_since_import(staged: Staged, invoice: Invoice) -> bool:
    """Whether a payment recorded in duebot reached this invoice after its last import."""
    paid = False
    for event in staged.log(invoice.account_id):
        if event.type == EventType.PAYMENT_RECORDED:
            paid = paid or invoice.number in event.data.get("allocations", {})
        elif (
            event.type == EventType.INVOICE_UPDATED
            and event.data.get("source") == SOURCE
            and event.data.get("number") == invoice.number
        ):
            paid = False
    return paid


def _apply_payment(
    staged: Staged,
    repo: Repository,
    record: PaymentRecord,
    *,
    now: datetime,
    actor: str,
    dry_run: bool,
) -> ReportLine:
    try:
        account = staged.resolve(record.account) if record.account else None
        if record.account and account is None:
            raise UnknownAccount(str(record.account), record.reference)
        received = PaymentReceived(
            reference=record.reference,
            amount=record.amount,
            received_on=record.received_on,
            account_id=account.id if account else None,
            currency=record.currency,
            invoices=record.invoices,
            method=record.method,
        )
        if dry_run:
            plan = plan_payment(staged, received)
            if isinstance(plan, Payment):
                return _line(
                    record.source,
                    "payment",
                    record.reference,
                    Outcome.UNCHANGED,
                    "already recorded",
                )
            staged.stage_plan(plan)
            allocations, credit = plan.allocations, plan.credit_left
            currency = plan.payment.currency
        else:
            outcome = record_payment(repo, received, now=now, actor=actor, source=SOURCE)
            if not outcome.recorded:
                return _line(
                    record.source,
                    "payment",
                    record.reference,
                    Outcome.UNCHANGED,
                    "already recorded",
                )
            allocations, credit, currency = (
                outcome.allocations,
                outcome.credit_left,
                outcome.currency,
            )
    except (PaymentError, AmbiguousAccount) as exc:
        return _line(record.source, "payment", record.reference, Outcome.ERROR, str(exc))
    parts = [
        f"{a.applied} to {a.number}" + (" (paid in full)" if a.paid_in_full else "")
        for a in allocations
    ]
    if credit > 0:
        parts.append(f"{credit} {currency} left as credit")
    return _line(
        record.source,
        "payment",
        record.reference,
        Outcome.CREATED,
        f"{record.amount} {currency}: " + ", ".join(parts),
    )
