"""End to end on a simulated clock: reminders go out, nobody pays, duebot asks staff to call,
the call ends in a promise recorded with one click, and the reminders pause until then."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from bot.clock import SimulatedClock
from bot.domain.account_state import fold_account_state
from bot.domain.agreements import RECAP_STEP, is_agreement_step
from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.domain.tasks import TaskKind
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import App, open_app
from bot.services.call_outcomes import Outcome
from bot.slack.cards import outcome_action_id
from tests.integration.conftest import make_config
from tests.slack.conftest import STAFF, running_world, slack_config
from tests.slack.stub_slack import StubSlack

DUE = date(2026, 3, 2)
PROMISED_FOR = date(2026, 4, 10)


def book_overdue_invoice(app: App, at: datetime) -> None:
    with app.repo.transaction() as tx:
        tx.put_account(Account("ACME", "Acme Joinery Supplies",
                               (Contact("ap@acme.example", "Jo Bloggs", "+44 1632 960 123"),)))
        tx.put_invoice(Invoice("INV-7", "ACME", "GBP", Decimal("480.00"), Decimal("480.00"),
                               DUE - timedelta(days=30), DUE))
        tx.append("ACME", EventType.INVOICE_UPDATED, at=at, actor="test", invoices=("INV-7",),
                  data={"number": "INV-7", "amount": "480.00", "balance": "480.00",
                        "currency": "GBP", "due_on": DUE.isoformat(), "status": "open",
                        "source": "test"})


async def sweep_daily_until(app: App, clock: SimulatedClock, last: date) -> None:
    while clock.now().date() < last:
        clock.advance(timedelta(days=1))
        await app.sweep.run()


def emails_queued(app: App) -> int:
    """Reminders queued (the recap of agreed terms is not a reminder)."""
    return sum(1 for e in app.repo.log("ACME") if e.type == EventType.EMAIL_QUEUED
               and not is_agreement_step(e.data["step"]))


async def test_reminders_then_a_call_prompt_then_a_promise_that_pauses_reminders(
    tmp_path: Path, stub: StubSlack,
) -> None:
    clock = SimulatedClock(datetime(2026, 3, 1, 10, 0, tzinfo=UTC))
    sink = LocalMailServer().start()
    try:
        with open_app(make_config(tmp_path / "data", sink.port), clock=clock) as app:
            book_overdue_invoice(app, clock.now())
            await sweep_daily_until(app, clock, DUE + timedelta(days=14))

            assert emails_queued(app) >= 1
            [call] = [t for t in app.repo.tasks(open_only=True) if t.kind is TaskKind.CALL]
            async with running_world(app.repo, stub, slack_config(stub.url), clock=clock,
                                     seeded=False) as world:
                ts = await world.post_tasks()
                await world.click(outcome_action_id(Outcome.PROMISED_TO_PAY), call.id,
                                  message_ts=ts)
                [opened] = await stub.wait_for("views.open")
                status, _ = await world.submit(opened.args["view"], {
                    "date": {"type": "datepicker", "selected_date": PROMISED_FOR.isoformat()}})
                await stub.wait_for("chat.update")
            assert status == 200

            [promise] = [e for e in app.repo.log("ACME") if e.type == EventType.PROMISE_MADE]
            assert promise.data["date"] == PROMISED_FOR.isoformat()
            assert promise.actor == f"slack:{STAFF}"
            emails_before = emails_queued(app)
            await sweep_daily_until(app, clock, DUE + timedelta(days=35))

            assert emails_queued(app) == emails_before
            recaps = [e for e in app.repo.log("ACME") if e.type == EventType.EMAIL_QUEUED
                      and e.data["step"] == RECAP_STEP]
            assert len(recaps) == 1, "the promise made on the call is recapped in writing"
            state = fold_account_state(app.repo.log("ACME"))
            assert state.promise_on("INV-7", clock.now().date()) is not None
    finally:
        sink.stop()
