"""The reminder sweep: plan what is due, record it, queue the emails and send them.

The planner (pure) decides; this service applies the decision: steps skipped after downtime
and staff tasks become events, each due reminder is composed and queued in the outbox, and
the outbox sends what is due through the compliance gate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock
from bot.config import Config
from bot.domain.account_state import AccountState, fold_account_state
from bot.domain.events import EventType
from bot.domain.models import Account, Invoice
from bot.domain.planner import Plan, plan
from bot.domain.reminders import Reminder
from bot.domain.tasks import StaffTask
from bot.mail.compose import ComposedEmail
from bot.services.agreements import AgreementTracker, TrackReport
from bot.services.outbox import ACTOR, DispatchReport, Outbox, OutgoingEmail, record_task
from bot.store.repository import Repository, logs_by_account

Composer = Callable[[Reminder, Account, Sequence[Invoice]], ComposedEmail]

QUEUE_BATCH = 64  # emails queued per durable step (one flush to disk for their bytes)


@dataclass(slots=True)
class SweepReport:
    plan: Plan
    queued: list[Reminder] = field(default_factory=list)
    tasks_created: list[StaffTask] = field(default_factory=list)
    dispatch: DispatchReport | None = None
    agreements: TrackReport | None = None  # promises and plans kept track of before planning

    def summary(self) -> dict[str, Any]:
        d = self.dispatch
        return {
            "due": len(self.plan.due),
            "held": len(self.plan.held),
            "queued": len(self.queued),
            "tasks_created": len(self.tasks_created),
            "sent": len(d.sent) if d else 0,
            "deferred": len(d.deferred) if d else 0,
            "rejected": len(d.rejected) if d else 0,
            "cancelled": len(d.cancelled) if d else 0,
        }


def load_states(repo: Repository) -> dict[str, AccountState]:
    """Fold every account's log into its current state."""
    return {account_id: fold_account_state(events)
            for account_id, events in logs_by_account(repo).items()}


class ReminderSweep:
    def __init__(
        self,
        repo: Repository,
        config: Config,
        clock: Clock,
        outbox: Outbox,
        composer: Composer,
        agreements: AgreementTracker | None = None,
    ) -> None:
        self._repo = repo
        self._config = config
        self._clock = clock
        self._outbox = outbox
        self._compose = composer
        self._agreements = agreements

    def plan(self) -> Plan:
        return plan(
            accounts=self._repo.accounts(),
            invoices=self._repo.invoices(),
            states=load_states(self._repo),
            config=self._config,
            now=self._clock.now(),
        )

    async def run(self, *, dry_run: bool = False) -> SweepReport:
        tracked = None
        if not dry_run and self._agreements is not None:
            # Promises and plans first: a broken one resumes the cadence in this same sweep,
            # and their recaps, notes and thank-yous go out with the reminders.
            tracked = self._agreements.run()
        report = SweepReport(plan=self.plan(), agreements=tracked)
        if dry_run:
            return report
        self._record_skipped(report.plan)
        self._record_tasks(report.plan, report)
        invoices_by_number = {inv.number: inv for inv in self._repo.invoices()}
        batch: list[OutgoingEmail] = []
        for reminder in report.plan.due:
            account = self._repo.account(reminder.account_id)
            if account is None or self._repo.outbox(reminder.key) is not None:
                continue
            invoices = [invoices_by_number[n] for n in reminder.invoices]
            email = self._compose(reminder, account, invoices)
            batch.append(OutgoingEmail(reminder, email.raw, email.message_id, email.subject))
            if len(batch) >= QUEUE_BATCH:
                report.queued.extend(self._outbox.queue_many(batch))
                batch = []
        report.queued.extend(self._outbox.queue_many(batch))
        report.dispatch = await self._outbox.dispatch()
        return report

    def _record_skipped(self, decided: Plan) -> None:
        if not decided.skipped:
            return
        now = self._clock.now()
        with self._repo.transaction() as tx:
            for skipped in decided.skipped:
                tx.append(skipped.account_id, EventType.STEP_SKIPPED, at=now, actor=ACTOR,
                          invoices=skipped.invoices,
                          data={"step": skipped.step, "reason": skipped.reason})

    def _record_tasks(self, decided: Plan, report: SweepReport) -> None:
        new = {task.id: task for task in decided.tasks if self._repo.task(task.id) is None}
        if not new:
            return
        with self._repo.transaction() as tx:
            for task in new.values():
                record_task(tx, task)
        report.tasks_created.extend(new.values())
