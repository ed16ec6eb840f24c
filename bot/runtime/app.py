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
from bot.domain.agreements import fold_agreements
from bot.domain.models import Account, Invoice
from bot.domain.reminders import Reminder, idempotency_key
from bot.mail.agreement_email import AgreementComposer
from bot.mail.compose import ComposedEmail, ReminderComposer
from bot.mail.smtp import SmtpSender
from bot.services.agreements import AgreementTracker
from bot.services.importing import ImportReport, import_files
from bot.services.outbox import Outbox
from bot.services.payments import (
    InvalidPayment,
    PaymentReceived,
    PaymentReport,
    UnknownAccount,
    record_payment,
)
from bot.services.reminders import ReminderSweep, SweepReport
from bot.services.send_gate import send_gate
from bot.store import open_repository
from bot.store.repository import Repository


@dataclass
class Importer:
    repo: Repository
    clock: Clock
    config: Config

    def import_files(self, paths: Sequence[Path], *, kind: str | None, date_order: str | None,
                     dry_run: bool) -> ImportReport:
        """Accounts first, then invoices, then payments, whatever order the files are named in;
        an unreadable file is one error line and the other files still go in."""
        return import_files(self.repo, paths, now=self.clock.now(), actor="import",
                            kind=kind, date_format=date_order,
                            locale=self.config.business.locale,
                            default_currency=self.config.business.currency, dry_run=dry_run)


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

    def compose(
        self, reminder: Reminder, account: Account, invoices: list[Invoice]
    ) -> ComposedEmail:
        return self.composer.compose(reminder, account, invoices)

    async def sweep_once(self, *, dry_run: bool = False) -> SweepReport:
        """One sweep by a process that starts, sweeps and exits (`duebot tick`): first settle
        what a previous crash left mid-send, then sweep, then close the SMTP connections."""
        if not dry_run:
            self.outbox.recover()
        try:
            return await self.sweep.run(dry_run=dry_run)
        finally:
            await self.sender.close()

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
                              invoices: Sequence[str],
                              instalment: int | None = None) -> PaymentReport:
        if instalment is not None:
            self._check_instalment(account_id, instalment)
        now = self.clock.now()
        on = date.fromisoformat(received) if received else now.date()
        ref = reference or f"manual-{account_id}-{now.strftime('%Y%m%dT%H%M%S')}"
        payment = PaymentReceived(reference=ref, amount=amount, received_on=on,
                                  account_id=account_id, currency=currency,
                                  invoices=tuple(invoices), method="manual",
                                  instalment=instalment)
        return record_payment(self.repo, payment, now=now, actor="cli")

    def _check_instalment(self, account_id: str, number: int) -> None:
        problem = fold_agreements(self.repo.log(account_id)).why_no_instalment(number)
        if problem is not None:
            raise InvalidPayment(f"account {account_id!r}: {problem}")


@contextmanager
def open_app(config: Config, *, now: datetime | None = None,
             clock: Clock | None = None) -> Iterator[App]:
    """Everything a command needs; `now` pins a simulated clock (for `tick --dry-run --now`)."""
    if clock is None:
        clock = SimulatedClock(now) if now is not None else SystemClock()
    repo = open_repository(config.storage.data_dir, snapshot_every=config.storage.snapshot_every)
    try:
        composer = ReminderComposer(config.business, compliance=config.compliance)
        sender = SmtpSender(config.smtp)
        outbox = Outbox(
            repo, clock, sender,
            envelope_from=config.business.from_address,
            gate=send_gate(repo, config),
            max_attempts=config.smtp.max_attempts,
            retry_base_seconds=config.smtp.retry_base_seconds,
            concurrency=config.smtp.connections,
        )
        agreements = AgreementTracker(repo, config, clock, outbox,
                                      AgreementComposer(composer, config.agreements))
        sweep = ReminderSweep(repo, config, clock, outbox, composer.compose,
                              agreements=agreements)
        yield App(config=config, repo=repo, clock=clock, composer=composer, sender=sender,
                  outbox=outbox, sweep=sweep, importer=Importer(repo, clock, config))
    finally:
        repo.close()
