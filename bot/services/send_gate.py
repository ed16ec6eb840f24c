"""The compliance gate at send time: the same `ComplianceGuard` the planner used, asked again
with the account's state and invoices as they are at the moment of sending (a payment, a
reply or a stop request may have arrived since the email was queued)."""

from __future__ import annotations

from datetime import datetime

from bot.config import Config
from bot.domain.account_state import fold_account_state
from bot.domain.calendar import SendCalendar
from bot.domain.compliance import EMAIL, ComplianceGuard, ContactRequest, Held, purpose_of
from bot.domain.owner_recap import OWNER_LOG
from bot.services.outbox import GateVerdict, SendGate
from bot.store.repository import OutboxEntry, Repository


def send_gate(repo: Repository, config: Config) -> SendGate:
    guards: dict[int, ComplianceGuard] = {}

    def guard_for(now: datetime) -> ComplianceGuard:
        if now.year not in guards:
            guards[now.year] = ComplianceGuard(config, SendCalendar.from_config(config, now))
        return guards[now.year]

    def check(entry: OutboxEntry, now: datetime) -> GateVerdict:
        if entry.account_id == OWNER_LOG:
            return GateVerdict(True)  # the owner's own recap: internal, not a debtor contact
        account = repo.account(entry.account_id)
        if account is None:
            return GateVerdict(False, f"account {entry.account_id} no longer exists", final=True)
        invoices = []
        for number in entry.invoices:
            invoice = repo.invoice(number)
            if invoice is None:
                return GateVerdict(False, f"invoice {number} no longer exists", final=True)
            invoices.append(invoice)
        state = fold_account_state(repo.log(entry.account_id))
        request = ContactRequest(account=account, channel=EMAIL, invoices=tuple(invoices),
                                 to=entry.to, key=entry.key, step=entry.step,
                                 purpose=purpose_of(entry.step))
        verdict = guard_for(now).check(request, state, now)
        if isinstance(verdict, Held):
            return GateVerdict(False, verdict.reason, final=verdict.final)
        return GateVerdict(True)

    return check
