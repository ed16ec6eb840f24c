"""The compliance gate at send time: the same `ComplianceGuard` the planner used, asked again
with the account's state and invoices as they are at the moment of sending (a payment, a
reply or a stop request may have arrived since the email was queued)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.config import Config
from bot.domain.account_state import fold_account_state
from bot.domain.agreements import AGREEMENT_PURPOSES
from bot.domain.calendar import SendCalendar
from bot.domain.compliance import (
    CHASE,
    EMAIL,
    TERMS,
    TERMS_STEPS,
    ComplianceGuard,
    ContactRequest,
    Held,
)
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
                                 purpose=TERMS if entry.step in TERMS_STEPS else CHASE)
        purpose = AGREEMENT_PURPOSES.get(entry.step)
        if purpose is not None:  # a promise/plan recap, note or thank-you
            request = replace(request, purpose=purpose)
        verdict = guard_for(now).check(request, state, now)
        if isinstance(verdict, Held):
            return GateVerdict(False, verdict.reason, final=verdict.final)
        return GateVerdict(True)

    return check
