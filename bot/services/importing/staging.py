"""The store as an import will leave it: the repository with the import's changes staged on
top, read by the import itself and, in a dry run, by payment planning."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.domain.events import Event, EventType
from bot.domain.models import Account, Invoice, Payment
from bot.services.importing.records import AccountRef
from bot.services.payments import PaymentApplication
from bot.store.repository import Repository


class AmbiguousAccount(Exception):
    def __init__(self, name: str, ids: Iterable[str]) -> None:
        listed = ", ".join(sorted(ids))
        super().__init__(f"more than one account is named {name!r} ({listed}); use the account id")
        self.name = name
        self.ids = tuple(ids)


@dataclass(frozen=True, slots=True)
class Write:
    """A put and its event, waiting for the transaction."""

    record: Account | Invoice
    event_type: EventType
    invoices: tuple[str, ...]
    data: dict[str, Any]


@dataclass
class Staged:
    """The store as it will be after this import: the repository, with staged changes on top.
    Satisfies `payments.Books`, so a dry run can plan payments against it."""

    repo: Repository
    accounts_by_id: dict[str, Account] = field(default_factory=dict)
    invoices_by_number: dict[str, Invoice] = field(default_factory=dict)
    payments_by_reference: dict[str, Payment] = field(default_factory=dict)
    writes: list[Write] = field(default_factory=list)
    _names: dict[str, set[str]] | None = None
    _logs: dict[str, list[Event]] = field(default_factory=dict)

    def account(self, account_id: str) -> Account | None:
        return self.accounts_by_id.get(account_id) or self.repo.account(account_id)

    def invoice(self, number: str) -> Invoice | None:
        return self.invoices_by_number.get(number) or self.repo.invoice(number)

    def invoices(self, account_id: str | None = None) -> list[Invoice]:
        merged = {i.number: i for i in self.repo.invoices(account_id)}
        merged.update(
            (n, i)
            for n, i in self.invoices_by_number.items()
            if account_id is None or i.account_id == account_id
        )
        return list(merged.values())

    def payment(self, reference: str) -> Payment | None:
        return self.payments_by_reference.get(reference) or self.repo.payment(reference)

    def log(self, account_id: str) -> list[Event]:
        if account_id not in self._logs:
            self._logs[account_id] = self.repo.log(account_id)
        return self._logs[account_id]

    def ids_named(self, name: str) -> set[str]:
        if self._names is None:
            self._names = {}
            for account in self.repo.accounts():
                self._names.setdefault(account.name.casefold(), set()).add(account.id)
        return self._names.get(name.casefold(), set())

    def stage_account(self, account: Account, write: Write | None = None) -> None:
        self.accounts_by_id[account.id] = account
        self.ids_named(account.name)
        assert self._names is not None
        self._names.setdefault(account.name.casefold(), set()).add(account.id)
        if write:
            self.writes.append(write)

    def stage_invoice(self, invoice: Invoice, write: Write | None = None) -> None:
        self.invoices_by_number[invoice.number] = invoice
        if write:
            self.writes.append(write)

    def stage_plan(self, plan: PaymentApplication) -> None:
        self.payments_by_reference[plan.payment.reference] = plan.payment
        self.accounts_by_id[plan.account.id] = plan.account
        for invoice in plan.invoices:
            self.invoices_by_number[invoice.number] = invoice

    def resolve(self, ref: AccountRef) -> Account | None:
        """The account a row means: by id, else by id or name equal to the name given."""
        if ref.id:
            found = self.account(ref.id)
            if found is not None or not ref.name:
                return found
        if not ref.name:
            return None
        found = self.account(ref.name)
        if found is not None:
            return found
        ids = self.ids_named(ref.name)
        if len(ids) > 1:
            raise AmbiguousAccount(ref.name, ids)
        return self.account(next(iter(ids))) if ids else None
