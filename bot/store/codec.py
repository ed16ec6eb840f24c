"""Domain values <-> JSON documents, the form the store keeps them in.

Decimals are stored as strings (never floats), dates and datetimes as ISO 8601 strings. Every
encoder writes every field, so a stored document is always a complete replacement of the last.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from bot.domain.models import Account, Contact, Invoice, InvoiceStatus, Payment, PaymentHistory
from bot.domain.tasks import StaffTask, TaskKind
from bot.store.repository import OutboxEntry, OutboxState

Doc = dict[str, Any]
T = TypeVar("T")


def _date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _to_datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def json_copy(value: Any) -> Any:
    """`value` as it will read back from storage (tuples become lists, keys strings...).

    Raises TypeError for values JSON cannot hold, ValueError for NaN and Infinity (not JSON
    either), at the call site rather than at commit.
    Built by walking the value rather than by a JSON round trip: event data carries whole
    message texts, and encoding them only to decode them again was a large part of recording
    a reply. Values of unusual shapes still take the round trip, so the answer is always
    exactly what the store will read back.
    """
    try:
        return _plain_copy(value, True)
    except _Unusual:
        return json.loads(json.dumps(value, ensure_ascii=False, allow_nan=False))


def float_free_json_copy(value: Any) -> tuple[Any, bool]:
    """`json_copy(value)`, and True when the walk that built it met no float anywhere (so
    the copy's canonical JSON need not look for one again)."""
    try:
        return _plain_copy(value, False), True
    except _Unusual:
        return json_copy(value), False


class _Unusual(Exception):
    """A value whose JSON form `_plain_copy` does not build by itself (or a float, when
    floats are not wanted)."""


def _plain_copy(value: Any, floats: bool) -> Any:
    """`json_copy(value)` built by walking it; `_Unusual` for a shape the walk leaves to the
    JSON round trip, and for any float unless `floats` (`float_free_json_copy` asks)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if not floats:
            raise _Unusual
        if not math.isfinite(value):
            raise ValueError(f"{value} is not a JSON value")
        return value
    if kind is dict:
        copied: dict[str, Any] = {}
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            # a string as it is, without a call: most items are strings
            copied[key] = item if type(item) is str else _plain_copy(item, floats)
        return copied
    if kind is list or kind is tuple:
        return [item if type(item) is str else _plain_copy(item, floats) for item in value]
    raise _Unusual


def account_doc(account: Account) -> Doc:
    return {
        "id": account.id,
        "name": account.name,
        "contacts": [
            {"email": c.email, "name": c.name, "phone": c.phone, "role": c.role,
             "employer": c.employer}
            for c in account.contacts
        ],
        "timezone": account.timezone,
        "locale": account.locale,
        "assigned_to": account.assigned_to,
        "birthday": _date(account.birthday),
        "country": account.country,
        "history": {
            "invoices_paid": account.history.invoices_paid,
            "paid_on_time": account.history.paid_on_time,
            "last_payment_on": _date(account.history.last_payment_on),
        },
    }


def account_from(doc: Mapping[str, Any]) -> Account:
    history = doc.get("history") or {}
    return Account(
        id=doc["id"],
        name=doc["name"],
        contacts=tuple(
            Contact(c.get("email"), c.get("name", ""), c.get("phone"), c.get("role", ""),
                    bool(c.get("employer", False)))
            for c in doc.get("contacts", ())
        ),
        timezone=doc.get("timezone"),
        locale=doc.get("locale"),
        assigned_to=doc.get("assigned_to"),
        birthday=_to_date(doc.get("birthday")),
        country=doc.get("country"),
        history=PaymentHistory(
            invoices_paid=int(history.get("invoices_paid", 0)),
            paid_on_time=int(history.get("paid_on_time", 0)),
            last_payment_on=_to_date(history.get("last_payment_on")),
        ),
    )


def invoice_doc(invoice: Invoice) -> Doc:
    return {
        "number": invoice.number,
        "account_id": invoice.account_id,
        "currency": invoice.currency,
        "amount": str(invoice.amount),
        "balance": str(invoice.balance),
        "issued_on": invoice.issued_on.isoformat(),
        "due_on": invoice.due_on.isoformat(),
        "status": str(invoice.status),
        "pdf_path": invoice.pdf_path,
        "payment_link": invoice.payment_link,
    }


def invoice_from(doc: Mapping[str, Any]) -> Invoice:
    return Invoice(
        number=doc["number"],
        account_id=doc["account_id"],
        currency=doc["currency"],
        amount=Decimal(doc["amount"]),
        balance=Decimal(doc["balance"]),
        issued_on=date.fromisoformat(doc["issued_on"]),
        due_on=date.fromisoformat(doc["due_on"]),
        status=InvoiceStatus(doc.get("status", "open")),
        pdf_path=doc.get("pdf_path"),
        payment_link=doc.get("payment_link"),
    )


def payment_doc(payment: Payment) -> Doc:
    return {
        "reference": payment.reference,
        "account_id": payment.account_id,
        "amount": str(payment.amount),
        "currency": payment.currency,
        "received_on": payment.received_on.isoformat(),
        "allocations": [[number, str(amount)] for number, amount in payment.allocations],
        "method": payment.method,
    }


def payment_from(doc: Mapping[str, Any]) -> Payment:
    return Payment(
        reference=doc["reference"],
        account_id=doc["account_id"],
        amount=Decimal(doc["amount"]),
        currency=doc["currency"],
        received_on=date.fromisoformat(doc["received_on"]),
        allocations=tuple((n, Decimal(a)) for n, a in doc.get("allocations", ())),
        method=doc.get("method", ""),
    )


def task_doc(task: StaffTask) -> Doc:
    return {
        "id": task.id,
        "account_id": task.account_id,
        "kind": str(task.kind),
        "reason": task.reason,
        "created_at": task.created_at.isoformat(),
        "due_on": task.due_on.isoformat(),
        "invoices": list(task.invoices),
        "assigned_to": task.assigned_to,
        "done_at": task.done_at.isoformat() if task.done_at else None,
        "outcome": task.outcome,
        "step": task.step,
    }


def task_from(doc: Mapping[str, Any]) -> StaffTask:
    return StaffTask(
        id=doc["id"],
        account_id=doc["account_id"],
        kind=TaskKind(doc["kind"]),
        reason=doc["reason"],
        created_at=datetime.fromisoformat(doc["created_at"]),
        due_on=date.fromisoformat(doc["due_on"]),
        invoices=tuple(doc.get("invoices", ())),
        assigned_to=doc.get("assigned_to"),
        done_at=_to_datetime(doc.get("done_at")),
        outcome=doc.get("outcome"),
        step=doc.get("step"),
    )


def outbox_doc(entry: OutboxEntry) -> Doc:
    return {
        "key": entry.key,
        "message_id": entry.message_id,
        "account_id": entry.account_id,
        "to": list(entry.to),
        "step": entry.step,
        "invoices": list(entry.invoices),
        "message_blob": entry.message_blob,
        "state": str(entry.state),
        "attempts": entry.attempts,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "next_attempt_at": (
            entry.next_attempt_at.isoformat() if entry.next_attempt_at else None
        ),
        "last_error": entry.last_error,
    }


def outbox_from(doc: Mapping[str, Any]) -> OutboxEntry:
    return OutboxEntry(
        key=doc["key"],
        message_id=doc["message_id"],
        account_id=doc["account_id"],
        to=tuple(doc.get("to", ())),
        step=doc["step"],
        invoices=tuple(doc.get("invoices", ())),
        message_blob=doc["message_blob"],
        state=OutboxState(doc["state"]),
        attempts=int(doc.get("attempts", 0)),
        created_at=datetime.fromisoformat(doc["created_at"]),
        updated_at=datetime.fromisoformat(doc["updated_at"]),
        next_attempt_at=_to_datetime(doc.get("next_attempt_at")),
        last_error=doc.get("last_error"),
    )


def meta_doc(key: str, value: Any) -> Doc:
    return {"key": key, "value": json_copy(value)}


def meta_from(doc: Mapping[str, Any]) -> Any:
    """The stored value itself: callers get a `json_copy` of it, never the stored object."""
    return doc.get("value")


@dataclass(frozen=True, slots=True)
class Kind(Generic[T]):
    """One keyed collection: its name (the table prefix), its key field and its codec."""

    name: str
    key_field: str
    decode: Callable[[Mapping[str, Any]], T]


ACCOUNTS: Kind[Account] = Kind("accounts", "id", account_from)
INVOICES: Kind[Invoice] = Kind("invoices", "number", invoice_from)
PAYMENTS: Kind[Payment] = Kind("payments", "reference", payment_from)
TASKS: Kind[StaffTask] = Kind("tasks", "id", task_from)
OUTBOX: Kind[OutboxEntry] = Kind("outbox", "key", outbox_from)
META: Kind[Any] = Kind("meta", "key", meta_from)

KINDS: dict[str, Kind[Any]] = {
    k.name: k for k in (ACCOUNTS, INVOICES, PAYMENTS, TASKS, OUTBOX, META)
}
EVENTS = "events"
