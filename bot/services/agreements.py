"""Promises and payment plans: recording them by hand (`duebot promise`, `duebot plan`), and
keeping track of every agreement on each sweep.

Replies (`promise_to_pay`) and Slack call outcomes (promised to pay, agreed a plan) write the
same PROMISE_MADE / PLAN_AGREED events, so every agreement, whatever its source, is followed
the same way (`AgreementTracker.run`): the pure review (`bot.domain.agreements.review`) says
what is due and this service applies it:

- the recap, the note before each date and the thank-yous are composed and queued in the same
  idempotent outbox as reminders, after the same compliance guard (as `terms` or `receipt`
  contacts); each has a deterministic key per agreement and occasion, so none goes twice;
- a date missed beyond the grace writes PROMISE_BROKEN or INSTALMENT_MISSED, a staff call
  task, and lifts the plan's pause, in one transaction: the normal cadence resumes;
- an agreement paid in full writes PROMISE_KEPT or PLAN_COMPLETED.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from babel.numbers import get_currency_precision

from bot.clock import Clock
from bot.config import Config
from bot.domain.account_state import AccountState, fold_account_state
from bot.domain.agreements import (
    AGREEMENT_PURPOSES,
    PLAN_PAUSE,
    PLAN_PAUSE_REASONS,
    Agreement,
    AgreementKind,
    AgreementSource,
    Broken,
    EmailDue,
    Kept,
    review,
    tracking_rules,
)
from bot.domain.calendar import SendCalendar
from bot.domain.compliance import EMAIL, ComplianceGuard, ContactRequest, Held
from bot.domain.events import EventType
from bot.domain.models import Account, Invoice
from bot.domain.reminders import Reminder, idempotency_key
from bot.domain.tasks import StaffTask, TaskKind
from bot.mail.agreement_email import AgreementComposer
from bot.services.outbox import Outbox, OutgoingEmail, record_task
from bot.store.repository import Repository, Transaction, logs_by_account

ACTOR = "duebot:agreements"


class AgreementError(Exception):
    """Terms that cannot be recorded as given; nothing was written."""


class UnknownAccount(AgreementError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id!r}")
        self.account_id = account_id


class InvalidTerms(AgreementError):
    """One input is wrong: `field` names it (an option of the command), `reason` says why."""

    def __init__(self, account_id: str, field: str, reason: str) -> None:
        super().__init__(f"account {account_id!r}: {field}: {reason}")
        self.account_id = account_id
        self.field = field
        self.reason = reason


@dataclass(frozen=True, slots=True)
class AgreedTerms:
    """What was (or, in a dry run, would be) recorded."""

    account_id: str
    kind: AgreementKind
    invoices: tuple[str, ...]
    instalments: tuple[tuple[date, Decimal], ...]
    currency: str
    balance: Decimal
    method: str | None
    by: str
    recorded: bool

    @property
    def total(self) -> Decimal:
        return sum((amount for _, amount in self.instalments), Decimal(0))

    def lines(self) -> list[str]:
        verb = "Recorded" if self.recorded else "Would record (dry run)"
        what = "promise to pay" if self.kind is AgreementKind.PROMISE else "payment plan"
        head = (f"{verb}: {what} for {self.account_id}, invoices {', '.join(self.invoices)} "
                f"(balance {self.balance} {self.currency})")
        rows = [f"  {due.isoformat()}  {amount} {self.currency}"
                for due, amount in self.instalments]
        tail = [f"  total {self.total} {self.currency}"
                + (f", by {self.method}" if self.method else "")]
        if self.recorded:
            tail.append("The recap email goes to the debtor with the next sweep; reminders on "
                        "these invoices are paused while the terms are kept.")
        return [head, *rows, *tail]


# -- recording by hand ------------------------------------------------------------------------


def _covered(repo: Repository, account_id: str, named: Sequence[str]) -> list[Invoice]:
    if named:
        invoices: list[Invoice] = []
        for number in dict.fromkeys(named):
            invoice = repo.invoice(number)
            if invoice is None:
                raise InvalidTerms(account_id, "--invoice", f"no invoice {number!r}")
            if invoice.account_id != account_id:
                raise InvalidTerms(account_id, "--invoice",
                                   f"invoice {number!r} belongs to account "
                                   f"{invoice.account_id!r}")
            if not invoice.is_open:
                raise InvalidTerms(account_id, "--invoice",
                                   f"invoice {number!r} is not open ({invoice.status}, "
                                   f"balance {invoice.balance})")
            invoices.append(invoice)
        return invoices
    invoices = sorted((i for i in repo.invoices(account_id) if i.is_open),
                      key=lambda i: (i.due_on, i.number))
    if not invoices:
        raise InvalidTerms(account_id, "--invoice", "the account has no open invoice")
    return invoices


def _currency(account_id: str, invoices: Sequence[Invoice], named: str | None) -> str:
    currencies = sorted({i.currency for i in invoices})
    if len(currencies) > 1:
        raise InvalidTerms(account_id, "--invoice",
                           f"the invoices are in {', '.join(currencies)}: name invoices in "
                           "one currency with --invoice")
    if named and named.upper() != currencies[0]:
        raise InvalidTerms(account_id, "--currency",
                           f"the invoices are in {currencies[0]}, not {named.upper()}")
    return currencies[0]


def _check_date(account_id: str, field: str, due: date, today: date, horizon: int) -> None:
    if due < today:
        raise InvalidTerms(account_id, field, f"{due.isoformat()} is in the past "
                                              f"(today is {today.isoformat()})")
    latest = today + timedelta(days=horizon)
    if due > latest:
        raise InvalidTerms(account_id, field, f"{due.isoformat()} is more than {horizon} days "
                                              f"ahead (latest {latest.isoformat()})")


def _check_amount(account_id: str, field: str, amount: Decimal, currency: str) -> None:
    if not amount.is_finite() or amount <= 0:
        raise InvalidTerms(account_id, field, f"{amount} is not a positive amount")
    digits = get_currency_precision(currency)
    if amount != amount.quantize(Decimal(1).scaleb(-digits)):
        raise InvalidTerms(account_id, field,
                           f"{amount} has more than {digits} decimal places for {currency}")


def _setup(repo: Repository, config: Config, account_id: str, named: Sequence[str],
           currency: str | None, now: datetime) -> tuple[list[Invoice], str, date]:
    """The open invoices the terms cover, their currency, and the debtor's today."""
    account = repo.account(account_id)
    if account is None:
        raise UnknownAccount(account_id)
    invoices = _covered(repo, account_id, named)
    code = _currency(account_id, invoices, currency)
    guard = ComplianceGuard(config, SendCalendar.from_config(config, now))
    return invoices, code, guard.context(account, now).today


def record_promise(
    repo: Repository,
    config: Config,
    account_id: str,
    *,
    due_on: date,
    amount: Decimal | None,
    invoices: Sequence[str] = (),
    currency: str | None = None,
    now: datetime,
    by: str,
    source: AgreementSource = AgreementSource.MANUAL,
    dry_run: bool = False,
) -> AgreedTerms:
    """A promise to pay `amount` (default: the balance) by `due_on` for `invoices` (default:
    every open invoice of the account). Raises `AgreementError` and writes nothing if wrong."""
    covered, code, today = _setup(repo, config, account_id, invoices, currency, now)
    balance = sum((i.balance for i in covered), Decimal(0))
    _check_date(account_id, "--date", due_on, today, config.agreements.horizon_days)
    value = balance if amount is None else amount
    _check_amount(account_id, "--amount", value, code)
    if value > balance:
        raise InvalidTerms(account_id, "--amount",
                           f"{value} {code} is more than the balance of "
                           f"{', '.join(i.number for i in covered)} ({balance} {code})")
    numbers = tuple(i.number for i in covered)
    terms = AgreedTerms(account_id, AgreementKind.PROMISE, numbers, ((due_on, value),), code,
                        balance, None, by, recorded=not dry_run)
    if dry_run:
        return terms
    with repo.transaction() as tx:
        tx.append(account_id, EventType.PROMISE_MADE, at=now, actor=by, invoices=numbers,
                  data={"date": due_on.isoformat(), "amount": str(value), "currency": code,
                        "source": str(source), "by": by})
    return terms


def record_plan(
    repo: Repository,
    config: Config,
    account_id: str,
    *,
    instalments: Sequence[tuple[date, Decimal]],
    method: str | None = None,
    invoices: Sequence[str] = (),
    now: datetime,
    by: str,
    source: AgreementSource = AgreementSource.MANUAL,
    dry_run: bool = False,
) -> AgreedTerms:
    """A payment plan: instalments (date, amount) adding up to the balance of `invoices`
    (default: every open invoice of the account). Reminders on them pause while it is kept."""
    covered, code, today = _setup(repo, config, account_id, invoices, None, now)
    settings = config.agreements
    if not instalments:
        raise InvalidTerms(account_id, "--instalment", "a plan needs at least one instalment")
    if len(instalments) > settings.max_instalments:
        raise InvalidTerms(account_id, "--instalment",
                           f"{len(instalments)} instalments; at most {settings.max_instalments}")
    rows = sorted(instalments, key=lambda row: row[0])
    for (due, amount), previous in zip(rows, [None, *rows], strict=False):
        _check_date(account_id, "--instalment", due, today, settings.horizon_days)
        _check_amount(account_id, "--instalment", amount, code)
        if previous is not None and previous[0] == due:
            raise InvalidTerms(account_id, "--instalment",
                               f"two instalments on {due.isoformat()}: one per date")
    balance = sum((i.balance for i in covered), Decimal(0))
    total = sum((amount for _, amount in rows), Decimal(0))
    if total != balance:
        raise InvalidTerms(account_id, "--instalment",
                           f"the instalments add up to {total} {code}; the balance of "
                           f"{', '.join(i.number for i in covered)} is {balance} {code}")
    numbers = tuple(i.number for i in covered)
    terms = AgreedTerms(account_id, AgreementKind.PLAN, numbers, tuple(rows), code, balance,
                        method or None, by, recorded=not dry_run)
    if dry_run:
        return terms
    with repo.transaction() as tx:
        tx.append(account_id, EventType.PLAN_AGREED, at=now, actor=by, invoices=numbers,
                  data={"instalments": [{"due_on": d.isoformat(), "amount": str(a)}
                                        for d, a in rows],
                        "currency": code, "total": str(total), "by": by,
                        "method": method or None, "source": str(source)})
        tx.append(account_id, EventType.INVOICES_PAUSED, at=now, actor=by, invoices=numbers,
                  data={"reason": PLAN_PAUSE, "until": None})
    return terms


# -- keeping track ----------------------------------------------------------------------------


@dataclass(slots=True)
class TrackReport:
    """What one round of keeping track did."""

    queued: list[Reminder] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # "ACCOUNT/agreement-id"
    broken: list[str] = field(default_factory=list)
    tasks: list[StaffTask] = field(default_factory=list)
    held: list[tuple[str, str, str]] = field(default_factory=list)  # (account, step, why)

    def summary(self) -> dict[str, Any]:
        return {"agreement_emails": len(self.queued), "kept": len(self.kept),
                "broken": len(self.broken), "held": len(self.held)}


_MAKES_AGREEMENT = frozenset((EventType.PROMISE_MADE, EventType.PLAN_AGREED))


def _states_with_agreements(repo: Repository) -> dict[str, AccountState]:
    """The folded state of every account that has ever made a promise or a plan (only those
    logs are folded)."""
    logs = logs_by_account(repo)
    agreeing = {account_id for account_id, log in logs.items()
                if any(event.type in _MAKES_AGREEMENT for event in log)}
    return {account_id: state for account_id in sorted(agreeing)
            if (state := fold_account_state(logs[account_id])).agreements.agreements}


class AgreementTracker:
    """Applies what the review of each agreement says is due (run on every sweep)."""

    def __init__(self, repo: Repository, config: Config, clock: Clock, outbox: Outbox,
                 composer: AgreementComposer) -> None:
        self._repo = repo
        self._config = config
        self._clock = clock
        self._outbox = outbox
        self._composer = composer
        self._rules = tracking_rules(config.agreements)

    def run(self) -> TrackReport:
        now = self._clock.now()
        report = TrackReport()
        guard = ComplianceGuard(self._config, SendCalendar.from_config(self._config, now))
        emails: list[OutgoingEmail] = []
        for account_id, state in _states_with_agreements(self._repo).items():
            account = self._repo.account(account_id)
            if account is None:
                continue
            today = guard.context(account, now).today
            invoices = self._repo.invoices(account_id)
            for agreement in list(state.agreements):
                covered = [i for i in invoices if agreement.covers(i.number)]
                decided = review(agreement, today, self._rules,
                                 anything_open=any(i.is_open for i in covered))
                if decided.kept is not None:
                    self._kept(account, agreement, decided.kept, state, covered, now, report)
                if decided.broken is not None:
                    self._broken(account, agreement, decided.broken, state, covered, now, today,
                                 report)
                for email in decided.emails:
                    outgoing = self._email(account, agreement, email, state, covered, guard,
                                           now, today, report)
                    if outgoing is not None:
                        emails.append(outgoing)
        report.queued.extend(self._outbox.queue_many(emails))
        return report

    def _numbers(self, agreement: Agreement, covered: Sequence[Invoice]) -> tuple[str, ...]:
        if agreement.invoices:
            return agreement.invoices
        open_ones = tuple(i.number for i in covered if i.is_open)
        return open_ones or tuple(i.number for i in covered)

    def _lift_plan_pause(self, tx: Transaction, account: Account, state: AccountState,
                         numbers: tuple[str, ...], reason: str, now: datetime) -> None:
        paused = tuple(n for n in numbers
                       if (p := state.pauses.get(n)) is not None and p.reason in
                       PLAN_PAUSE_REASONS)
        if paused:
            tx.append(account.id, EventType.INVOICES_RESUMED, at=now, actor=ACTOR,
                      invoices=paused, data={"reason": reason})

    def _kept(self, account: Account, agreement: Agreement, kept: Kept, state: AccountState,
              covered: Sequence[Invoice], now: datetime, report: TrackReport) -> None:
        numbers = self._numbers(agreement, covered)
        kind = (EventType.PROMISE_KEPT if agreement.kind is AgreementKind.PROMISE
                else EventType.PLAN_COMPLETED)
        with self._repo.transaction() as tx:
            tx.append(account.id, kind, at=now, actor=ACTOR, invoices=numbers,
                      data={"agreement": agreement.id, "reason": kept.reason,
                            "paid_in_full": kept.paid_in_full})
            self._lift_plan_pause(tx, account, state, numbers, kept.reason, now)
        report.kept.append(f"{account.id}/{agreement.id}")

    def _broken(self, account: Account, agreement: Agreement, broken: Broken,
                state: AccountState, covered: Sequence[Invoice], now: datetime, today: date,
                report: TrackReport) -> None:
        numbers = self._numbers(agreement, covered)
        row = broken.instalment
        currency = agreement.currency or ""
        task = StaffTask(
            id=f"agreement:{account.id}:{agreement.id}:broken",
            account_id=account.id,
            kind=TaskKind.CALL,
            reason=(f"Call {account.name}: {broken.reason} ({agreement.describe()}, made "
                    f"{agreement.made_on.isoformat()} by {agreement.by}). The usual "
                    "reminders have resumed."),
            created_at=now,
            due_on=today,
            invoices=numbers,
            assigned_to=account.assigned_to,
        )
        with self._repo.transaction() as tx:
            if agreement.kind is AgreementKind.PROMISE:
                tx.append(account.id, EventType.PROMISE_BROKEN, at=now, actor=ACTOR,
                          invoices=numbers,
                          data={"agreement": agreement.id,
                                "promise_date": row.due_on.isoformat(),
                                "amount": str(row.amount), "paid": str(row.paid),
                                "currency": currency, "reason": broken.reason})
            else:
                tx.append(account.id, EventType.INSTALMENT_MISSED, at=now, actor=ACTOR,
                          invoices=numbers,
                          data={"agreement": agreement.id, "instalment": row.number,
                                "due_on": row.due_on.isoformat(), "amount": str(row.amount),
                                "paid": str(row.paid), "currency": currency,
                                "reason": broken.reason})
            self._lift_plan_pause(tx, account, state, numbers, broken.reason, now)
            if self._repo.task(task.id) is None:
                record_task(tx, task)
                report.tasks.append(task)
        report.broken.append(f"{account.id}/{agreement.id}")

    def _email(self, account: Account, agreement: Agreement, email: EmailDue,
               state: AccountState, covered: Sequence[Invoice], guard: ComplianceGuard,
               now: datetime, today: date, report: TrackReport) -> OutgoingEmail | None:
        """The email composed, if it is not yet known and the compliance guard lets it go
        (else None; a hold is noted in the report)."""
        key = idempotency_key(account.id, email.step, agreement.invoices,
                              salt=f"{agreement.id}:{email.salt}")
        if state.knows_email(key) or self._repo.outbox(key) is not None:
            return None
        numbers = self._numbers(agreement, covered)
        by_number = {i.number: i for i in covered}
        about = tuple(by_number[n] for n in numbers if n in by_number)
        to = guard.recipients(account, state)
        request = ContactRequest(account, EMAIL, about, to, key=key, step=email.step,
                                 purpose=AGREEMENT_PURPOSES[email.step])
        verdict = guard.check(request, state, now)
        if isinstance(verdict, Held):
            report.held.append((account.id, email.step, verdict.reason))
            return None
        reminder = Reminder(key=key, account_id=account.id, step=email.step,
                            template=self._composer.template_for(email.step), to=to,
                            invoices=numbers, reason=email.reason, planned_at=now)
        composed = self._composer.compose(reminder, account, about, agreement, email, today)
        return OutgoingEmail(reminder, composed.raw, composed.message_id, composed.subject)


def agreements_of(repo: Repository, account_id: str | None = None) -> list[Agreement]:
    """Every promise and plan (of one account, or of all), oldest first."""
    if account_id is not None:
        found = list(fold_account_state(repo.log(account_id)).agreements)
    else:
        found = [a for state in _states_with_agreements(repo).values()
                 for a in state.agreements]
    return sorted(found, key=lambda a: (a.made_at, a.account_id, a.made_seq))
