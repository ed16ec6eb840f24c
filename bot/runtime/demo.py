"""`duebot demo`: the real engine on a simulated clock, with sample accounts and an embedded
SMTP server, over about 60 days. Nothing leaves the machine; nothing needs configuring.

It exercises what an owner would want to see: the cadence (heads-up, gentle, firm, call,
final notice, escalation), one email per account for several invoices, the debtor's own
locale and time zone, grace for a loyal customer, weekends and bank holidays skipped, a
payment stopping reminders at once, a refused address, an outage after which only the
step that fits now is sent, and a payment plan agreed on a call: recapped in writing, a note
before each date, each payment thanked, and a missed instalment handed back to staff.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console

from bot.clock import SimulatedClock
from bot.config import Config, parse_config
from bot.domain.agreements import AgreementSource, is_agreement_step
from bot.domain.events import Event, EventType
from bot.domain.models import Account, Contact, Invoice, Payment, PaymentHistory
from bot.mail.local_server import LocalMailServer
from bot.runtime.app import App, open_app
from bot.services.agreements import record_plan
from bot.services.payments import record_payment

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # a Monday; Easter 2026 falls inside the run
OUTAGE = (24, 33)  # duebot is down from day 24 to day 33: no sweeps at all
REFUSED_ADDRESS = "old-accounts@tidewater.example"


def demo_config(data_dir: Path, smtp_port: int) -> Config:
    return parse_config({
        "business": {
            "name": "Brightwater Joinery Ltd",
            "from_address": "accounts@brightwater.example",
            "reply_to": "accounts@brightwater.example",
            "signature": "Sam Taylor\nAccounts, Brightwater Joinery Ltd\n01632 960 123",
            "locale": "en_GB", "currency": "GBP", "timezone": "Europe/London",
        },
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                 "retry_base_seconds": 600, "connections": 2},
        "holidays": {"country": "GB", "subdivision": "ENG"},
        "storage": {"data_dir": str(data_dir)},
    }, source="<demo>")


def _d(day: int) -> date:
    return (START + timedelta(days=day)).date()


def sample_book() -> tuple[list[Account], list[Invoice]]:
    """Seven customers, each showing one thing the engine does."""
    accounts = [
        Account("ACME", "Acme Build Supplies",
                (Contact("payables@acme-build.example", "Priya Shah", "+44 20 7946 0018"),)),
        Account("HARBOUR", "Harbour Café",
                (Contact("owner@harbourcafe.example", "Tom Reed", "+44 1632 960 555"),)),
        Account("KLEIN", "Klein & Söhne GmbH",
                (Contact("buchhaltung@klein-soehne.example", "Jana Klein", "+49 30 901820"),),
                timezone="Europe/Berlin", locale="de_DE"),
        Account("OAKFIELD", "Oakfield Dental",
                (Contact("practice@oakfield.example", "Dr Ruth Okafor"),),
                history=PaymentHistory(invoices_paid=12, paid_on_time=12,
                                       last_payment_on=_d(-40))),
        Account("SUNRISE", "Sunrise Bakery Inc.",
                (Contact("ap@sunrisebakery.example", "Luis Ortega", "+1 212 555 0147"),),
                timezone="America/New_York", locale="en_US", birthday=date(1980, 3, 27)),
        Account("TIDEWATER", "Tidewater Marine",
                (Contact(REFUSED_ADDRESS, "Accounts"),)),
        Account("MERIDIAN", "Meridian Print Co",
                (Contact("finance@meridianprint.example", "Alex Moss", "+44 161 496 0750"),)),
    ]

    def inv(number: str, account: str, amount: str, issued: int, due: int,
            currency: str = "GBP") -> Invoice:
        value = Decimal(amount)
        return Invoice(number, account, currency, value, value, _d(issued), _d(due),
                       payment_link=f"https://pay.brightwater.example/{number}")

    invoices = [
        inv("INV-1001", "ACME", "1250.00", -27, 3),
        inv("INV-1007", "ACME", "480.50", -22, 8),
        inv("INV-1002", "HARBOUR", "312.00", -26, 4),
        inv("INV-1003", "KLEIN", "2140.00", -25, 7, "EUR"),
        inv("INV-1004", "OAKFIELD", "860.00", -28, 2),
        inv("INV-1005", "SUNRISE", "1975.25", -10, 18, "USD"),
        inv("INV-1006", "TIDEWATER", "640.00", -20, 5),
        inv("INV-1008", "MERIDIAN", "600.00", -26, 4),
    ]
    return accounts, invoices


def scripted_payments() -> dict[int, Payment]:
    """Day of the run -> a payment that arrives that morning."""
    return {
        8: Payment("BACS-88213", "HARBOUR", Decimal("312.00"), "GBP", _d(8), method="bank"),
        12: Payment("BACS-90410", "OAKFIELD", Decimal("860.00"), "GBP", _d(12), method="bank"),
        40: Payment("SEPA-20260411", "KLEIN", Decimal("1000.00"), "EUR", _d(40), method="bank"),
        14: Payment("BACS-91001", "MERIDIAN", Decimal("200.00"), "GBP", _d(14), method="bank"),
        22: Payment("BACS-92230", "MERIDIAN", Decimal("200.00"), "GBP", _d(22), method="bank"),
    }


PLAN_DAY = 10  # Meridian agrees a plan on a call: one instalment on time, one late, one missed


def _agree_plan(app: App) -> None:
    record_plan(app.repo, app.config, "MERIDIAN", method="bank transfer",
                now=app.clock.now(), by="staff:sam", source=AgreementSource.CALL,
                instalments=[(_d(14), Decimal("200.00")), (_d(21), Decimal("200.00")),
                             (_d(38), Decimal("200.00"))])


def _load_book(app: App) -> None:
    accounts, invoices = sample_book()
    now = app.clock.now()
    with app.repo.transaction() as tx:
        for account in accounts:
            tx.put_account(account)
            tx.append(account.id, EventType.ACCOUNT_UPDATED, at=now, actor="demo",
                      data={"name": account.name, "source": "demo"})
        for invoice in invoices:
            tx.put_invoice(invoice)
            tx.append(invoice.account_id, EventType.INVOICE_UPDATED, at=now, actor="demo",
                      invoices=[invoice.number],
                      data={"number": invoice.number, "amount": str(invoice.amount),
                            "balance": str(invoice.balance), "currency": invoice.currency,
                            "due_on": invoice.due_on.isoformat(), "status": str(invoice.status),
                            "source": "demo"})


TIMELINE: dict[str, Callable[[Event], str]] = {
    EventType.EMAIL_SENT: lambda e: (f"emailed {_email_label(str(e.data.get('step')))} to "
                                     f"{', '.join(e.data.get('to', []))}"),
    EventType.PLAN_AGREED: lambda e: (f"payment plan agreed by {e.data.get('by')}: "
                                      + ", ".join(f"{i['amount']} on {i['due_on']}"
                                                  for i in e.data.get("instalments", []))),
    EventType.PROMISE_MADE: lambda e: f"promise to pay by {e.data.get('date')}",
    EventType.INSTALMENT_MISSED: lambda e: f"instalment missed: {e.data.get('reason')}",
    EventType.PROMISE_BROKEN: lambda e: f"promise broken: {e.data.get('reason')}",
    EventType.PLAN_COMPLETED: lambda e: f"plan completed: {e.data.get('reason')}",
    EventType.PROMISE_KEPT: lambda e: f"promise kept: {e.data.get('reason')}",
    EventType.EMAIL_REJECTED: lambda e: f"email refused by server: {e.data.get('reason')}",
    EventType.ADDRESS_UNDELIVERABLE: lambda e: f"marked {e.data.get('address')} undeliverable",
    EventType.TASK_CREATED: lambda e: f"staff task ({e.data.get('kind')}): {e.data.get('reason')}",
    EventType.PAYMENT_RECORDED: lambda e: (f"payment received: {e.data.get('amount')} "
                                           f"{e.data.get('currency')}"),
    EventType.STEP_SKIPPED: lambda e: (f"skipped missed step {e.data.get('step')}: "
                                       f"{e.data.get('reason')}"),
    EventType.EMAIL_CANCELLED: lambda e: f"email cancelled before sending: {e.data.get('reason')}",
}


def _email_label(step: str) -> str:
    if not is_agreement_step(step):
        return f"{step} reminder"
    return {"agreement:recap": "the recap of the agreed terms (with the dates as .ics)",
            "agreement:note": "a note before a plan date",
            "agreement:thanks": "a thank-you for a payment",
            "agreement:complete": "the closing thank-you"}.get(step, step)


def print_timeline(console: Console, app: App, names: dict[str, str]) -> int:
    events = sorted((e for e in app.repo.events() if e.type in TIMELINE),
                    key=lambda e: (e.at, e.account_id, e.seq))
    london = ZoneInfo("Europe/London")
    last_day = None
    for e in events:
        local = e.at.astimezone(london)
        if local.date() != last_day:
            last_day = local.date()
            console.print(f"[bold]{local:%a %d %b %Y}[/bold]")
        text = TIMELINE[e.type](e)
        invoices = f" [dim]({', '.join(e.invoices)})[/dim]" if e.invoices else ""
        console.print(f"  {local:%H:%M}  [cyan]{names.get(e.account_id, e.account_id):22}[/cyan] "
                      f"{text}{invoices}", highlight=False)
    return len(events)


async def _simulate(app: App, clock: SimulatedClock, days: int, console: Console,
                    quiet: bool) -> None:
    payments = scripted_payments()
    for day in range(days):
        if OUTAGE[0] <= day < OUTAGE[1]:
            continue
        if day in payments:
            clock.set(START + timedelta(days=day))
            record_payment(app.repo, payments[day], now=clock.now(), actor="demo:bank-feed")
        if day == PLAN_DAY:
            clock.set(START + timedelta(days=day))
            _agree_plan(app)
        for hour in range(0, 24):
            clock.set(START + timedelta(days=day, hours=hour))
            await app.sweep.run()
        if not quiet and day % 10 == 9:
            console.print(f"[dim]… simulated {day + 1} of {days} days[/dim]")
    await app.sender.close()


def run_demo(*, days: int = 60, quiet: bool = False, console: Console | None = None) -> int:
    console = console or Console()
    mailbox = LocalMailServer()
    mailbox.behaviour.refuse[REFUSED_ADDRESS] = (
        f"550 5.1.1 <{REFUSED_ADDRESS}>: mailbox unavailable")
    mailbox.start()
    try:
        port = mailbox.port
        with tempfile.TemporaryDirectory(prefix="duebot-demo-") as tmp:
            config = demo_config(Path(tmp) / "data", port)
            clock = SimulatedClock(START)
            with open_app(config, clock=clock) as app:
                _load_book(app)
                console.print(f"[bold]duebot demo[/bold]: {days} simulated days from "
                              f"{START:%a %d %b %Y}, duebot down on days {OUTAGE[0]}–"
                              f"{OUTAGE[1] - 1}, mail to a local server on port {port}.")
                asyncio.run(_simulate(app, clock, days, console, quiet))
                names = {a.id: a.name for a in app.repo.accounts()}
                if not quiet:
                    print_timeline(console, app, names)
                return _summary(console, app, mailbox)
    finally:
        mailbox.stop()


def _summary(console: Console, app: App, mailbox: LocalMailServer) -> int:
    ids = mailbox.message_ids()
    duplicates = sum(n - 1 for n in ids.values() if n > 1)
    sent = [e for e in app.repo.events() if e.type == EventType.EMAIL_SENT]
    open_tasks = app.repo.tasks(open_only=True)
    broken = _verify_all(app)
    console.print(
        f"\n[bold]Summary[/bold]: {len(sent)} emails sent, {len(mailbox.received)} received by "
        f"the mail server, {duplicates} duplicates; {len(open_tasks)} staff tasks open; "
        f"{app.repo.event_count()} events logged; hash chains "
        f"{'intact' if not broken else 'BROKEN: ' + ', '.join(broken)}.")
    return 0 if duplicates == 0 and len(sent) == len(mailbox.received) and not broken else 1


def _verify_all(app: App) -> list[str]:
    from bot.domain.events import verify_chain

    broken: list[str] = []
    for account in app.repo.accounts():
        if verify_chain(app.repo.log(account.id)) is not None:
            broken.append(account.id)
    return broken


