"""Promises and payment plans: the terms a debtor agreed, folded from the account log, and what
keeping track of them decides. Pure: no I/O, `today` is passed in.

An agreement is made by one event and then followed by the log:

- PROMISE_MADE makes a **promise** (one date, one amount; no amount means "the balance of the
  invoices it covers", read from the INVOICE_UPDATED events before it);
- PLAN_AGREED makes a **payment plan** (instalments with dates and amounts, a method, who
  agreed it);
- PAYMENT_RECORDED events after it pay its instalments: what a payment applied to the invoices
  the agreement covers goes to the oldest instalment not yet paid in full, the rest to the next
  (so a partial payment leaves the instalment part paid, an overpayment runs on);
- PROMISE_KEPT / PLAN_COMPLETED close it as kept; PROMISE_BROKEN / INSTALMENT_MISSED close it as
  broken; a newer agreement on any of the same invoices supersedes it.

An agreement names the invoices it covers (none: every invoice of the account). Its id is
`promise-N` / `plan-N`, N the seq of the event that made it, so it is stable and unique within
the account: emails about it have deterministic idempotency keys.

While an agreement is active it holds the normal cadence on the invoices it covers, until the
first instalment not paid in full is more than `grace_days` past its date. `review` says what
is due about it today: the recap, a gentle note before each date, a thank-you for each
payment, the closing (kept or broken).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from bot.domain.event_data import data_date, data_decimal
from bot.domain.events import Event, EventType

if TYPE_CHECKING:
    from bot.config import AgreementsConfig

ZERO = Decimal(0)

AGREEMENT_STEP_PREFIX = "agreement:"
RECAP_STEP = "agreement:recap"
NOTE_STEP = "agreement:note"
THANKS_STEP = "agreement:thanks"
COMPLETE_STEP = "agreement:complete"

# The pause reason written once a plan is agreed, and every reason written while one is being
# asked for or agreed; a broken plan lifts them (and only them) so the normal cadence resumes.
PLAN_PAUSE = "payment_plan"
PLAN_PAUSE_REASONS = frozenset((PLAN_PAUSE, "asked for a payment plan"))


def is_agreement_step(step: str) -> bool:
    """Is this outbox/email step one of the agreement emails (recap, note, thanks, complete)?"""
    return step.startswith(AGREEMENT_STEP_PREFIX)


class AgreementKind(StrEnum):
    PROMISE = "promise"
    PLAN = "plan"


class AgreementSource(StrEnum):
    REPLY = "reply"
    CALL = "call"
    MANUAL = "manual"


class AgreementStatus(StrEnum):
    ACTIVE = "active"
    KEPT = "kept"
    BROKEN = "broken"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class Instalment:
    """One date and amount of an agreement (a promise has exactly one)."""

    due_on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Receipt:
    """The part of one payment that went to an agreement's invoices."""

    reference: str
    received_on: date
    amount: Decimal
    instalment: int | None = None  # the plan instalment (1-based) the payer said it is for


class InstalmentState(StrEnum):
    PAID = "paid"
    PAID_LATE = "paid_late"
    PART_PAID = "part_paid"
    DUE = "due"
    LATE = "late"  # past its date, inside the grace
    MISSED = "missed"  # past its date and the grace


@dataclass(frozen=True, slots=True)
class InstalmentProgress:
    """An instalment with the money allocated to it so far."""

    number: int  # 1-based
    due_on: date
    amount: Decimal
    paid: Decimal
    paid_on: date | None  # the day it was paid in full, if it was

    @property
    def settled(self) -> bool:
        return self.paid >= self.amount

    @property
    def remaining(self) -> Decimal:
        return max(self.amount - self.paid, ZERO)

    def state(self, today: date, grace_days: int) -> InstalmentState:
        if self.settled:
            late = self.paid_on is not None and self.paid_on > self.due_on
            return InstalmentState.PAID_LATE if late else InstalmentState.PAID
        if today <= self.due_on:
            return InstalmentState.PART_PAID if self.paid > 0 else InstalmentState.DUE
        if today <= self.due_on + timedelta(days=grace_days):
            return InstalmentState.LATE
        return InstalmentState.MISSED


@dataclass(slots=True)
class Agreement:
    """A promise or a payment plan, and how it stands."""

    id: str
    account_id: str
    kind: AgreementKind
    source: str
    made_at: datetime
    made_seq: int
    by: str
    currency: str | None
    invoices: tuple[str, ...]
    instalments: tuple[Instalment, ...]
    method: str | None = None
    status: AgreementStatus = AgreementStatus.ACTIVE
    ended_at: datetime | None = None
    end_reason: str = ""
    receipts: list[Receipt] = field(default_factory=list)

    @property
    def is_active(self) -> bool:
        return self.status is AgreementStatus.ACTIVE

    @property
    def total(self) -> Decimal:
        return sum((i.amount for i in self.instalments), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((r.amount for r in self.receipts), ZERO)

    @property
    def made_on(self) -> date:
        return self.made_at.date()

    def covers(self, invoice: str) -> bool:
        return not self.invoices or invoice in self.invoices

    def overlaps(self, invoices: tuple[str, ...]) -> bool:
        if not self.invoices or not invoices:
            return True
        return bool(set(self.invoices) & set(invoices))

    def progress(self) -> tuple[InstalmentProgress, ...]:
        """Each instalment with what has been paid towards it. Receipts are applied in the
        order they came: one the payer said was for instalment N goes there first; the rest
        of it, and every receipt that names none, fills the oldest instalment not yet paid in
        full, then the next."""
        paid = [ZERO for _ in self.instalments]
        paid_on: list[date | None] = [None for _ in self.instalments]
        everything = list(range(len(self.instalments)))
        for receipt in self.receipts:
            stated = receipt.instalment
            order = everything
            if stated is not None and 1 <= stated <= len(self.instalments):
                order = [stated - 1, *everything]
            left = receipt.amount
            for index in order:
                if left <= 0:
                    break
                take = min(left, self.instalments[index].amount - paid[index])
                if take <= 0:
                    continue
                paid[index] += take
                left -= take
                if paid[index] >= self.instalments[index].amount:
                    paid_on[index] = receipt.received_on
        return tuple(
            InstalmentProgress(number, instalment.due_on, instalment.amount, paid[number - 1],
                               paid_on[number - 1])
            for number, instalment in enumerate(self.instalments, start=1))

    def next_unsettled(self) -> InstalmentProgress | None:
        return next((row for row in self.progress() if not row.settled), None)

    def holds_on(self, today: date, grace_days: int) -> bool:
        """Does it still hold the normal cadence today? While active and its first unpaid
        instalment is not more than `grace_days` past its date."""
        if not self.is_active:
            return False
        pending = self.next_unsettled()
        return pending is not None and today <= pending.due_on + timedelta(days=grace_days)

    def describe(self) -> str:
        currency = f" {self.currency}" if self.currency else ""
        if self.kind is AgreementKind.PROMISE:
            only = self.instalments[0]
            return f"promise to pay {only.amount}{currency} by {only.due_on.isoformat()}"
        last = self.instalments[-1].due_on.isoformat() if self.instalments else "?"
        return (f"payment plan of {len(self.instalments)} instalments, {self.total}{currency} "
                f"in all, the last on {last}")


@dataclass(slots=True)
class _Balance:
    balance: Decimal
    currency: str
    open: bool


@dataclass(slots=True)
class AgreementBook:
    """Every agreement of one account, folded from its log (feed events in order to `apply`)."""

    agreements: dict[str, Agreement] = field(default_factory=dict)
    _balances: dict[str, _Balance] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Agreement]:
        return iter(self.agreements.values())

    def active(self) -> list[Agreement]:
        return [a for a in self.agreements.values() if a.is_active]

    def why_no_instalment(self, number: int) -> str | None:
        """Why a payment cannot be said to be for instalment `number` (1-based) of this
        account's active payment plans; None when one of them has it."""
        plans = [a for a in self.active() if a.kind is AgreementKind.PLAN]
        if not plans:
            return f"there is no active payment plan, so there is no instalment {number} to pay"
        most = max(len(plan.instalments) for plan in plans)
        if number > most:
            return f"the payment plan has {most} instalments; there is no instalment {number}"
        return None

    def holding(self, invoice: str, today: date, grace_days: int) -> Agreement | None:
        """The agreement that holds the cadence on this invoice today, if any."""
        for agreement in self.agreements.values():
            if agreement.covers(invoice) and agreement.holds_on(today, grace_days):
                return agreement
        return None

    def apply(self, event: Event) -> None:
        handler = _BOOK_HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    # -- event handlers -------------------------------------------------------------------

    def _supersede(self, newer: Agreement, event: Event) -> None:
        for older in self.agreements.values():
            if older.is_active and older.overlaps(newer.invoices):
                older.status = AgreementStatus.SUPERSEDED
                older.ended_at = event.at
                older.end_reason = f"replaced by {newer.id}"

    def _open_balance(self, invoices: tuple[str, ...], currency: str | None) -> Decimal | None:
        numbers = invoices or tuple(self._balances)
        total = ZERO
        seen = False
        for number in numbers:
            known = self._balances.get(number)
            if known is None or not known.open:
                continue
            if currency and known.currency != currency:
                continue
            total += known.balance
            seen = True
        return total if seen else None

    def _on_invoice_updated(self, event: Event) -> None:
        data = event.data or {}
        number = data.get("number") or (event.invoices[0] if event.invoices else None)
        balance = data_decimal(data.get("balance"))
        if not number or balance is None:
            return
        status = str(data.get("status") or "open")
        self._balances[str(number)] = _Balance(balance, str(data.get("currency") or ""),
                                               status == "open" and balance > 0)

    def _on_promise_made(self, event: Event) -> None:
        data = event.data or {}
        due_on = data_date(data.get("date"))
        if due_on is None:
            return
        currency = data.get("currency") or None
        amount = data_decimal(data.get("amount"))
        if amount is None:
            amount = self._open_balance(tuple(event.invoices), currency)
        if amount is None or amount <= 0:
            return
        source = str(data.get("source") or "")
        agreement = Agreement(
            id=f"{AgreementKind.PROMISE}-{event.seq}", account_id=event.account_id,
            kind=AgreementKind.PROMISE, source=source, made_at=event.at, made_seq=event.seq,
            by=str(data.get("by") or event.actor), currency=currency,
            invoices=tuple(event.invoices), instalments=(Instalment(due_on, amount),),
            method=data.get("method") or None)
        self._supersede(agreement, event)
        self.agreements[agreement.id] = agreement

    def _on_plan_agreed(self, event: Event) -> None:
        data = event.data or {}
        rows: list[Instalment] = []
        for row in data.get("instalments") or ():
            if not isinstance(row, Mapping):
                continue
            due_on, amount = data_date(row.get("due_on")), data_decimal(row.get("amount"))
            if due_on is not None and amount is not None and amount > 0:
                rows.append(Instalment(due_on, amount))
        if not rows:
            return
        rows.sort(key=lambda i: i.due_on)
        agreement = Agreement(
            id=f"{AgreementKind.PLAN}-{event.seq}", account_id=event.account_id,
            kind=AgreementKind.PLAN, source=str(data.get("source") or "call"),
            made_at=event.at, made_seq=event.seq, by=str(data.get("by") or event.actor),
            currency=data.get("currency") or None, invoices=tuple(event.invoices),
            instalments=tuple(rows), method=data.get("method") or None)
        self._supersede(agreement, event)
        self.agreements[agreement.id] = agreement

    def _on_payment(self, event: Event) -> None:
        data = event.data or {}
        allocations = data.get("allocations") or {}
        if not isinstance(allocations, Mapping):
            return
        received_on = data_date(data.get("received_on")) or event.at.date()
        currency = data.get("currency")
        for agreement in self.agreements.values():
            if not agreement.is_active or agreement.made_seq >= event.seq:
                continue
            if agreement.currency and currency and agreement.currency != currency:
                continue
            applied = sum((data_decimal(v) or ZERO for number, v in allocations.items()
                           if agreement.covers(str(number))), ZERO)
            if applied > 0:
                agreement.receipts.append(Receipt(str(data.get("reference") or event.seq),
                                                  received_on, applied,
                                                  _instalment_number(data.get("instalment"))))

    def _close(self, event: Event, status: AgreementStatus,
               kind: AgreementKind | None = None) -> None:
        data = event.data or {}
        reason = str(data.get("reason") or status)
        named = data.get("agreement")
        if named:
            targets = [a for a in (self.agreements.get(str(named)),) if a is not None]
        else:
            # An older event that names no agreement: it closes every active one of that kind
            # on the invoices it names (or on the whole account).
            targets = [a for a in self.agreements.values()
                       if (kind is None or a.kind is kind)
                       and a.overlaps(tuple(event.invoices))]
        for agreement in targets:
            if agreement.is_active:
                agreement.status = status
                agreement.ended_at = event.at
                agreement.end_reason = reason

    def _on_promise_broken(self, event: Event) -> None:
        self._close(event, AgreementStatus.BROKEN, AgreementKind.PROMISE)

    def _on_instalment_missed(self, event: Event) -> None:
        self._close(event, AgreementStatus.BROKEN, AgreementKind.PLAN)

    def _on_kept(self, event: Event) -> None:
        self._close(event, AgreementStatus.KEPT)


_BOOK_HANDLERS: dict[str, Callable[[AgreementBook, Event], None]] = {
    EventType.INVOICE_UPDATED: AgreementBook._on_invoice_updated,
    EventType.PROMISE_MADE: AgreementBook._on_promise_made,
    EventType.PLAN_AGREED: AgreementBook._on_plan_agreed,
    EventType.PAYMENT_RECORDED: AgreementBook._on_payment,
    EventType.PROMISE_BROKEN: AgreementBook._on_promise_broken,
    EventType.INSTALMENT_MISSED: AgreementBook._on_instalment_missed,
    EventType.PROMISE_KEPT: AgreementBook._on_kept,
    EventType.PLAN_COMPLETED: AgreementBook._on_kept,
}
AGREEMENT_EVENTS = frozenset(_BOOK_HANDLERS)


def _instalment_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def fold_agreements(events: Iterable[Event]) -> AgreementBook:
    """The agreements of one account from its events, in log order."""
    book = AgreementBook()
    for event in events:
        book.apply(event)
    return book


# -- keeping track ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackingRules:
    """What keeping track needs from the owner's `[agreements]` settings."""

    grace_days: int = 2
    note_lead_days: int = 1
    send_recap: bool = True
    send_notes: bool = True
    thank_you: bool = True


@dataclass(frozen=True, slots=True)
class EmailDue:
    """An agreement email that should exist by now. `salt` makes its idempotency key unique
    to the agreement and the occasion (the recap, instalment 2's note, payment X's thanks)."""

    agreement_id: str
    step: str
    salt: str
    reason: str
    instalment: int | None = None
    receipt: str | None = None


@dataclass(frozen=True, slots=True)
class Broken:
    """An instalment (or the promise) was not paid in full by its date plus the grace."""

    agreement_id: str
    instalment: InstalmentProgress
    reason: str


@dataclass(frozen=True, slots=True)
class Kept:
    agreement_id: str
    paid_in_full: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Review:
    emails: tuple[EmailDue, ...] = ()
    broken: Broken | None = None
    kept: Kept | None = None


def review(agreement: Agreement, today: date, rules: TrackingRules, *,
           anything_open: bool = True) -> Review:
    """What is due about this agreement on the debtor's `today`.

    `anything_open` says whether any invoice it covers is still open: if none is (credited,
    settled some other way) an active agreement closes as kept without a thank-you.
    Emails are listed whenever they should exist by now; the caller sends those not yet sent
    (their keys are deterministic), so reviewing twice never says anything twice.
    """
    rows = agreement.progress()
    all_paid = all(row.settled for row in rows)
    emails: list[EmailDue] = []
    paid_back = agreement.status is AgreementStatus.KEPT and all_paid
    if not agreement.is_active and not paid_back:
        return Review()
    emails.extend(_thanks(agreement, all_paid, rules))
    if not agreement.is_active:
        return Review(tuple(emails))
    if all_paid:
        return Review(tuple(emails), kept=Kept(
            agreement.id, True, f"{agreement.describe()}: paid in full"))
    if not anything_open:
        return Review(tuple(emails), kept=Kept(
            agreement.id, False,
            f"{agreement.describe()}: the invoices it covers are settled or closed"))
    grace = timedelta(days=rules.grace_days)
    pending = next(row for row in rows if not row.settled)
    if today > pending.due_on + grace:
        what = ("the promised payment" if agreement.kind is AgreementKind.PROMISE
                else f"instalment {pending.number} of {len(rows)}")
        return Review(tuple(emails), broken=Broken(
            agreement.id, pending,
            f"{what} ({pending.amount} due {pending.due_on.isoformat()}) was not paid in full "
            f"within {rules.grace_days} days of its date: {pending.paid} received"))
    if rules.send_recap and today <= rows[0].due_on + grace:
        emails.insert(0, EmailDue(agreement.id, RECAP_STEP, "recap",
                                  f"recap of the {agreement.describe()}"))
    if rules.send_notes:
        emails.extend(_notes(agreement, rows, today, rules))
    return Review(tuple(emails))


def _notes(agreement: Agreement, rows: tuple[InstalmentProgress, ...], today: date,
           rules: TrackingRules) -> Iterator[EmailDue]:
    """A gentle note `note_lead_days` before each date not yet paid for; none for a date so
    close to the agreement that the recap has just said it."""
    for row in rows:
        if row.settled:
            continue
        note_day = row.due_on - timedelta(days=rules.note_lead_days)
        if note_day <= today <= row.due_on and agreement.made_on < note_day:
            yield EmailDue(agreement.id, NOTE_STEP, f"note-{row.number}",
                           f"gentle note: {row.remaining} due {row.due_on.isoformat()}",
                           instalment=row.number)


def _thanks(agreement: Agreement, completes: bool, rules: TrackingRules) -> Iterator[EmailDue]:
    """A thank-you for each payment; the one that completes the agreement (`completes`: every
    instalment is paid in full) is the closing email (for a plan: a thank-you with the final
    recap, sent even when thank-yous are off)."""
    last = agreement.receipts[-1].reference if agreement.receipts else None
    for receipt in agreement.receipts:
        if completes and receipt.reference == last:
            if agreement.kind is AgreementKind.PLAN or rules.thank_you:
                yield EmailDue(agreement.id, COMPLETE_STEP, "complete",
                               f"{agreement.describe()} completed: thank you",
                               receipt=receipt.reference)
        elif rules.thank_you:
            yield EmailDue(agreement.id, THANKS_STEP, f"thanks-{receipt.reference}",
                           f"thank you for the payment {receipt.reference} "
                           f"({receipt.amount} received {receipt.received_on.isoformat()})",
                           receipt=receipt.reference)


def tracking_rules(settings: AgreementsConfig) -> TrackingRules:
    """The keeping-track rules from the owner's `[agreements]` settings."""
    return TrackingRules(grace_days=settings.grace_days, note_lead_days=settings.note_lead_days,
                         send_recap=settings.recap, send_notes=settings.notes,
                         thank_you=settings.thank_you)


#: How each agreement email passes the compliance gate (`bot.domain.compliance.Purpose`): the
#: recap and notes are about terms (held once the invoices are closed); the thank-yous are
#: receipts (they may be about invoices that very payment closed).
AGREEMENT_PURPOSES: dict[str, Literal["terms", "receipt"]] = {
    RECAP_STEP: "terms",
    NOTE_STEP: "terms",
    THANKS_STEP: "receipt",
    COMPLETE_STEP: "receipt",
}
