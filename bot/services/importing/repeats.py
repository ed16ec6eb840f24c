"""Rows that repeat a key: merged when they agree, an error when they do not."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from bot.services.importing.records import (
    AccountRecord,
    InvoiceRecord,
    PaymentRecord,
    RowError,
)


def merge_repeats(
    records: list[AccountRecord | InvoiceRecord | PaymentRecord],
) -> tuple[list[AccountRecord | InvoiceRecord | PaymentRecord], list[RowError]]:
    """Rows that repeat a key: an account's extra contact rows (Zoho contact persons) add
    contacts; an invoice's line-item rows (Xero) must agree and count once; a payment's rows
    per invoice (Zoho) add invoices. Payments without a reference get a stable one."""
    out: dict[str, AccountRecord | InvoiceRecord | PaymentRecord] = {}
    errors: list[RowError] = []
    occurrences: dict[str, int] = {}
    for record in records:
        if isinstance(record, PaymentRecord) and not record.reference:
            basis = (
                f"{record.account}|{record.received_on}|{record.amount}|{record.currency}|"
                f"{','.join(record.invoices)}"
            )
            occurrences[basis] = occurrences.get(basis, 0) + 1
            digest = hashlib.sha256(f"{basis}|{occurrences[basis]}".encode()).hexdigest()[:12]
            record = replace(record, reference=f"auto-{digest}")
        key = _key(record)
        earlier = out.get(key)
        if earlier is None:
            out[key] = record
            continue
        merged = _merge(earlier, record)
        if merged is None:
            errors.append(
                RowError(
                    record.source.file,
                    record.source.line,
                    "",
                    f"{_describe(record)} already appears on line "
                    f"{earlier.source.line} with different values",
                )
            )
        else:
            out[key] = merged
    return list(out.values()), errors


def _key(record: AccountRecord | InvoiceRecord | PaymentRecord) -> str:
    if isinstance(record, AccountRecord):
        return record.id.casefold()
    if isinstance(record, InvoiceRecord):
        return record.number
    return record.reference


def _describe(record: AccountRecord | InvoiceRecord | PaymentRecord) -> str:
    if isinstance(record, AccountRecord):
        return f"account {record.id!r}"
    if isinstance(record, InvoiceRecord):
        return f"invoice {record.number!r}"
    return f"payment {record.reference!r}"


def _merge(
    earlier: AccountRecord | InvoiceRecord | PaymentRecord,
    later: AccountRecord | InvoiceRecord | PaymentRecord,
) -> AccountRecord | InvoiceRecord | PaymentRecord | None:
    if isinstance(earlier, AccountRecord) and isinstance(later, AccountRecord):
        known = {c.email.lower() for c in earlier.contacts if c.email}
        extra = tuple(c for c in later.contacts if not c.email or c.email.lower() not in known)
        return replace(
            earlier,
            name=earlier.name or later.name,
            contacts=earlier.contacts + extra,
            values={**later.values, **earlier.values},
        )
    if isinstance(earlier, InvoiceRecord) and isinstance(later, InvoiceRecord):
        return earlier if replace(later, source=earlier.source) == earlier else None
    if isinstance(earlier, PaymentRecord) and isinstance(later, PaymentRecord):
        same = replace(later, source=earlier.source, invoices=earlier.invoices) == earlier
        if not same:
            return None
        invoices = earlier.invoices + tuple(n for n in later.invoices if n not in earlier.invoices)
        return replace(earlier, invoices=invoices)
    return None
