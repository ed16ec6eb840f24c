"""The composition root: builds the store, clock, mail adapters and services from a Config.

Commands and the long-running process get everything through `open_app`; nothing else
constructs adapters, so there is one place to see how duebot is wired.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from bot.clock import Clock, SimulatedClock, SystemClock
from bot.config import Config
from bot.domain.models import Account, Invoice, Payment
from bot.domain.reminders import Reminder, idempotency_key
from bot.mail.compose import ReminderComposer
from bot.mail.smtp import SmtpSender
from bot.services.importing import ImportReport, apply_import, read_import_file
from bot.services.outbox import Outbox
from bot.services.payments import PaymentReport, record_payment
from bot.services.reminders import ComposedEmail, ReminderSweep
from bot.services.send_gate import send_gate
from bot.store import open_repository
from bot.store.repository import Repository


class UnknownAccount(LookupError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id!r}")
        self.account_id = account_id


@dataclass
class Importer:
    repo: Repository
    clock: Clock
    config: Config

    def import_file(self, path: Path, *, kind: str | None, date_order: str | None,
                    dry_run: bool) -> ImportReport:
        batch = read_import_file(path, kind=kind, date_order=date_order,
                                 default_currency=self.config.business.currency,
                                 locale=self.config.business.locale)
        return apply_import(self.repo, batch, now=self.clock.now(), actor=f"import:{path.name}",
                            dry_run=dry_run)


@dataclass
class App:
    config: Config
    repo: Repository
    clock: Clock
    composer: ReminderComposer
    sender: SmtpSender
    outbox: Outbox
    sweep: ReminderSweep
    importer: Importer

    def compose(self, reminder: Reminder, account: Account, invoices: list[Invoice]) -> ComposedEmail:
        return self.composer.compose(reminder, account, invoices)

    def preview(self, step_name: str, account_id: str) -> tuple[str, str, str]:
        account = self.repo.account(account_id)
        if account is None:
            raise UnknownAccount(account_id)
        step = self.config.step(step_name)
        template = step.template or step_name
        invoices = [i for i in self.repo.invoices(account_id) if i.is_open]
        numbers = tuple(i.number for i in invoices)
        reminder = Reminder(
            key=idempotency_key(account_id, step_name, numbers, salt="preview"),
            account_id=account_id, step=step_name, template=template, to=account.emails,
            invoices=numbers, reason="preview", planned_at=self.clock.now(),
        )
        return self.composer.preview(reminder, account, invoices)

    def record_manual_payment(self, account_id: str, amount: Decimal, *, currency: str | None,
                              reference: str | None, received: str | None,
                              invoices: Sequence[str]) -> PaymentReport:
        if self.repo.account(account_id) is None:
            raise UnknownAccount(account_id)
        now = self.clock.now()
        open_invoices = [i for i in self.repo.invoices(account_id) if i.is_open]
        cur = currency or (open_invoices[0].currency if open_invoices
                           else self.config.business.currency)
        on = date.fromisoformat(received) if received else now.date()
        ref = reference or f"manual-{account_id}-{now.strftime('%Y%m%dT%H%M%S')}"
        payment = Payment(reference=ref, account_id=account_id, amount=amount, currency=cur,
                          received_on=on,
                          allocations=tuple((n, Decimal(0)) for n in invoices), method="manual")
        return record_payment(self.repo, payment, now=now, actor="cli")


@contextmanager
def open_app(config: Config, *, now: datetime | None = None,
             clock: Clock | None = None) -> Iterator[App]:
    """Everything a command needs; `now` pins a simulated clock (for `tick --dry-run --now`)."""
    if clock is None:
        clock = SimulatedClock(now) if now is not None else SystemClock()
    repo = open_repository(config.storage.data_dir, snapshot_every=config.storage.snapshot_every)
    try:
        composer = ReminderComposer(config.business)
        sender = SmtpSender(config.smtp)
        outbox = Outbox(
            repo, clock, sender,
            envelope_from=config.business.from_address,
            gate=send_gate(repo, config),
            max_attempts=config.smtp.max_attempts,
            retry_base_seconds=config.smtp.retry_base_seconds,
            concurrency=config.smtp.connections,
        )
        sweep = ReminderSweep(repo, config, clock, outbox, composer.compose)
        yield App(config=config, repo=repo, clock=clock, composer=composer, sender=sender,
                  outbox=outbox, sweep=sweep, importer=Importer(repo, clock, config))
    finally:
        repo.close()
