"""One transaction's writes, encoded and held until the repository commits them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from bot.domain.events import Event, next_event_and_doc
from bot.domain.models import Account, Invoice, Payment
from bot.domain.tasks import StaffTask
from bot.store import codec
from bot.store.codec import Doc, float_free_json_copy
from bot.store.errors import TransactionError
from bot.store.repository import OutboxEntry


class BufferedTransaction:
    """Buffers puts and appends; the repository writes them all at once on commit.

    `last_event` reads the committed log, so appends chain onto it and onto each other.
    `event_docs` holds each event's stored form, built with its hash.
    """

    def __init__(self, last_event: Callable[[str], Event | None]) -> None:
        self._last_event = last_event
        self.puts: list[tuple[str, Doc]] = []
        self.events: list[Event] = []
        self.event_docs: list[Doc] = []
        self._last: dict[str, Event] = {}
        self.active = True

    def _put(self, kind: str, doc: Doc) -> None:
        self._check()
        self.puts.append((kind, doc))

    def _check(self) -> None:
        if not self.active:
            raise TransactionError("this transaction has already ended")

    def put_account(self, account: Account) -> None:
        self._put(codec.ACCOUNTS.name, codec.account_doc(account))

    def put_invoice(self, invoice: Invoice) -> None:
        self._put(codec.INVOICES.name, codec.invoice_doc(invoice))

    def put_payment(self, payment: Payment) -> None:
        self._put(codec.PAYMENTS.name, codec.payment_doc(payment))

    def put_task(self, task: StaffTask) -> None:
        self._put(codec.TASKS.name, codec.task_doc(task))

    def put_outbox(self, entry: OutboxEntry) -> None:
        self._put(codec.OUTBOX.name, codec.outbox_doc(entry))

    def put_meta(self, key: str, value: Any) -> None:
        self._put(codec.META.name, codec.meta_doc(key, value))

    def append(
        self,
        account_id: str,
        type: str,
        *,
        at: datetime,
        actor: str,
        invoices: Iterable[str] = (),
        data: Mapping[str, Any] | None = None,
    ) -> Event:
        self._check()
        previous = self._last.get(account_id) or self._last_event(account_id)
        # stored as JSON: hand back now exactly what a reopened store will hand back
        stored, float_free = float_free_json_copy(_as_dict(data))
        event, doc = next_event_and_doc(
            previous,
            account_id=account_id,
            type=type,
            at=at,
            actor=actor,
            invoices=[str(number) for number in invoices],
            data=stored,
            data_float_free=float_free,
        )
        self._last[account_id] = event
        self.events.append(event)
        self.event_docs.append(doc)
        return event


def _as_dict(data: Mapping[str, Any] | None) -> dict[str, Any]:
    """`data` as a dict (itself when it is one: the copy made of it next is fresh anyway)."""
    return data if type(data) is dict else dict(data or {})
