from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.clock import SimulatedClock
from bot.domain.events import Event, EventType
from bot.domain.models import Account, Contact, Invoice, PaymentHistory
from bot.domain.tasks import StaffTask, TaskKind
from bot.services.outbox import record_task
from bot.slack.service import SlackService
from bot.slack.settings import SlackConfig
from bot.store import open_repository
from bot.store.repository import Repository
from tests.slack.requests import (
    SIGNING_SECRET,
    button_click,
    form_body,
    modal_submission,
    signed_headers,
)
from tests.slack.stub_slack import StubSlack

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
TODAY = NOW.date()
CHANNEL = "C0DUEBOT"
STAFF = "W111"
OTHER_STAFF = "W222"
STRANGER = "U999"
ACCOUNT = "ACME"
INVOICE = "INV-1001"
CALL_TASK = "call:ACME:INV-1001:call"
FORM = "application/x-www-form-urlencoded"


def seed(repo: Repository) -> StaffTask:
    """One overdue account with a reply on file and a call task for it."""
    account = Account(
        id=ACCOUNT, name="Acme Joinery Supplies",
        contacts=(Contact(email="ap@acme.example", name="Jo Bloggs",
                          phone="+44 1632 960 123", role="Accounts payable"),),
        history=PaymentHistory(invoices_paid=8, paid_on_time=6,
                               last_payment_on=date(2026, 9, 30)))
    invoice = Invoice(number=INVOICE, account_id=ACCOUNT, currency="GBP",
                      amount=Decimal("1200.00"), balance=Decimal("1200.00"),
                      issued_on=date(2026, 9, 15), due_on=date(2026, 10, 15))
    task = StaffTask(id=CALL_TASK, account_id=ACCOUNT, kind=TaskKind.CALL,
                     reason="38 days overdue after two reminders; time for a friendly call.",
                     created_at=NOW, due_on=TODAY, invoices=(INVOICE,))
    with repo.transaction() as tx:
        tx.put_account(account)
        tx.put_invoice(invoice)
        tx.append(ACCOUNT, EventType.EMAIL_SENT, at=datetime(2026, 10, 22, 9, tzinfo=UTC),
                  actor="duebot", invoices=(INVOICE,),
                  data={"key": "k1", "message_id": "<m1@duebot>", "to": ["ap@acme.example"],
                        "step": "firm"})
        tx.append(ACCOUNT, EventType.REPLY_RECEIVED, at=datetime(2026, 10, 23, 9, tzinfo=UTC),
                  actor="duebot", invoices=(INVOICE,),
                  data={"message_id": "<r1@acme>", "from": "ap@acme.example",
                        "subject": "Re: INV-1001", "intent": "acknowledged",
                        "new_text": "Thanks, we'll look into it next week."})
        record_task(tx, task)
    return task


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = open_repository(tmp_path / "data")
    try:
        yield repository
    finally:
        repository.close()


@dataclass
class SlackWorld:
    """duebot's Slack app in HTTP mode on loopback, talking to a stub Slack Web API."""

    repo: Repository
    stub: StubSlack
    service: SlackService
    http: aiohttp.ClientSession
    endpoint: str
    clock: SimulatedClock

    async def post_tasks(self) -> str:
        """Post the open tasks; the ts of the first card."""
        report = await self.service.post_tasks()
        return report.posted[0][1].ts

    async def send(self, payload: dict[str, Any], *, secret: str = SIGNING_SECRET,
                   timestamp: int | None = None, retry: int | None = None,
                   ) -> tuple[int, str]:
        """An interactivity payload, sent the way Slack sends it."""
        return await self.send_body(form_body(payload), secret=secret, timestamp=timestamp,
                                    retry=retry)

    async def send_body(self, body: str, *, content_type: str = FORM,
                        secret: str = SIGNING_SECRET, timestamp: int | None = None,
                        retry: int | None = None) -> tuple[int, str]:
        headers = signed_headers(body, secret=secret, timestamp=timestamp, retry=retry)
        headers["Content-Type"] = content_type
        async with self.http.post(self.endpoint, data=body, headers=headers) as response:
            return response.status, await response.text()

    async def click(self, action_id: str, task_id: str = CALL_TASK, *, user: str = STAFF,
                    message_ts: str, **options: Any) -> tuple[int, str]:
        payload = button_click(action_id, task_id, user=user, channel=CHANNEL,
                               message_ts=message_ts,
                               message_blocks=self.stub.posted_blocks(message_ts))
        return await self.send(payload, **options)

    async def submit(self, view: dict[str, Any], values: dict[str, dict[str, Any]], *,
                     user: str = STAFF) -> tuple[int, str]:
        return await self.send(modal_submission(view, values, user=user))

    def events(self, type: str) -> list[Event]:
        return [e for e in self.repo.log(ACCOUNT) if e.type == type]


def slack_config(stub_url: str, **staff: Any) -> SlackConfig:
    return SlackConfig.model_validate({
        "mode": "http", "bot_token": "xoxb-test-token", "signing_secret": SIGNING_SECRET,
        "channel": CHANNEL, "http": {"host": "127.0.0.1", "port": 0},
        "staff": staff or {"users": [STAFF, OTHER_STAFF]}, "api_base_url": stub_url,
    })


@pytest.fixture
async def stub() -> AsyncIterator[StubSlack]:
    server = await StubSlack(usergroup_members={"S0CREDIT": ["U333"]}).start()
    try:
        yield server
    finally:
        await server.stop()


@asynccontextmanager
async def running_world(repo: Repository, stub: StubSlack, config: SlackConfig, *,
                        clock: SimulatedClock | None = None, seeded: bool = True,
                        on_recorded: Callable[[], None] | None = None, profile: str = "b2b",
                        ) -> AsyncIterator[SlackWorld]:
    """duebot's Slack side serving on loopback (with the sample account unless `seeded`),
    under the owner's compliance `profile`."""
    if seeded:
        seed(repo)
    clock = clock or SimulatedClock(NOW)
    service = SlackService(config, repo, clock, profile=profile, on_recorded=on_recorded)
    await service.start()
    http = aiohttp.ClientSession()
    try:
        yield SlackWorld(repo, stub, service, http,
                         f"http://127.0.0.1:{service.port}{config.http.path}", clock)
    finally:
        await http.close()
        await service.stop()


@pytest.fixture
async def world(repo: Repository, stub: StubSlack) -> AsyncIterator[SlackWorld]:
    async with running_world(repo, stub, slack_config(stub.url)) as running:
        yield running
