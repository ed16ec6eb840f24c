"""The compliance guard: the single gate every outbound contact passes through.

"Never assume: check before every contact." The planner asks the guard before it proposes a
contact, and the outbox asks it again, with the account's state at that moment, right before
the email goes. The answer is `Allowed()` or `Held(rule, reason, final, not_before)`:

- `final=True`: the contact as planned must never happen (an invoice is no longer open, is
  paused or under a promise, an address asked us to stop...). The outbox cancels the message;
  the planner will plan afresh from the new facts.
- `final=False`: not now (outside the send window, a holiday, the 7-day cap, an auto-reply
  deferral); `not_before` says when to try again, when known.

Rules are plain functions of (request, state, context), applied in order, first hold wins.
Each applies to some channels; later profiles (e.g. consumer calling hours, call attempt
limits) add rules here via `ComplianceGuard(extra_rules=...)`, never elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from bot.config import Config
from bot.domain.account_state import AccountState, normalise_address
from bot.domain.calendar import SendCalendar
from bot.domain.models import Account, Invoice, InvoiceStatus

Channel = Literal["email", "staff_call", "escalate"]
EMAIL: Channel = "email"
STAFF_CALL: Channel = "staff_call"
ESCALATE: Channel = "escalate"
ALL_CHANNELS: frozenset[Channel] = frozenset((EMAIL, STAFF_CALL, ESCALATE))
CAP_PERIOD = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class ContactRequest:
    """A contact someone wants to make: on `channel`, about `invoices` (their current
    records), to `to` (email only). `key` is the email's idempotency key when it is already
    queued, so the email itself is not counted against the 7-day cap at send time."""

    account: Account
    channel: Channel
    invoices: tuple[Invoice, ...]
    to: tuple[str, ...] = ()
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Allowed:
    allowed: bool = field(default=True, init=False)


@dataclass(frozen=True, slots=True)
class Held:
    """Not allowed: which rule, why (in words a person can act on), and whether for good."""

    rule: str
    reason: str
    final: bool = False
    not_before: datetime | None = None
    allowed: bool = field(default=False, init=False)


Verdict = Allowed | Held


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What every rule may consult: the moment (UTC and on the debtor's clock), the config
    and the send calendar."""

    now: datetime
    local: datetime
    today: date
    config: Config
    calendar: SendCalendar


Rule = Callable[[ContactRequest, AccountState, CheckContext], Held | None]


def invoice_hold(invoice: Invoice, state: AccountState, today: date) -> Held | None:
    """Why this invoice may not be chased today, or None when it may (open, not paused, not
    under a promise). Used by every rule set and by the planner to explain held invoices."""
    if invoice.status is not InvoiceStatus.OPEN:
        return Held("invoice_closed", f"invoice {invoice.number} is {invoice.status}", final=True)
    if invoice.balance <= 0:
        return Held("invoice_closed", f"invoice {invoice.number} has nothing left to pay",
                    final=True)
    pause = state.pause_on(invoice.number, today)
    if pause is not None:
        until = f" until {pause.until.isoformat()}" if pause.until else ""
        return Held("invoice_paused",
                    f"invoice {invoice.number} is paused{until} ({pause.reason})", final=True)
    promise = state.promise_on(invoice.number, today)
    if promise is not None:
        return Held("promise_to_pay",
                    f"invoice {invoice.number} is under a promise to pay by "
                    f"{promise.due_on.isoformat()}", final=True)
    return None


def rule_invoices_open(request: ContactRequest, state: AccountState,
                       ctx: CheckContext) -> Held | None:
    if not request.invoices:
        return Held("nothing_open", "there is no open invoice to write about", final=True)
    for invoice in request.invoices:
        if invoice.account_id != request.account.id:
            return Held("wrong_account",
                        f"invoice {invoice.number} belongs to account {invoice.account_id}",
                        final=True)
        hold = invoice_hold(invoice, state, ctx.today)
        if hold is not None:
            return hold
    return None


def rule_recipients(request: ContactRequest, state: AccountState,
                    ctx: CheckContext) -> Held | None:
    if not request.to:
        return Held("no_recipient", "no address of this account may be emailed", final=True)
    known = {normalise_address(a) for a in request.account.emails}
    for address in request.to:
        if normalise_address(address) not in known:
            return Held("unknown_recipient",
                        f"{address} is not a contact of account {request.account.id}",
                        final=True)
        block = state.address_block(address)
        if block is not None:
            return Held("address_blocked", block, final=True)
    return None


def rule_deferral(request: ContactRequest, state: AccountState,
                  ctx: CheckContext) -> Held | None:
    deferral = state.deferral_on(ctx.today)
    if deferral is None:
        return None
    opening = ctx.calendar.next_opening(
        datetime.combine(deferral.until, ctx.config.send_window.start, tzinfo=ctx.local.tzinfo))
    reason = f"reminders deferred until {deferral.until.isoformat()}"
    if deferral.reason:
        reason += f" ({deferral.reason})"
    return Held("deferred", reason, not_before=opening)


def rule_send_window(request: ContactRequest, state: AccountState,
                     ctx: CheckContext) -> Held | None:
    check = ctx.calendar.check(ctx.now, request.account.timezone)
    if check.open:
        return None
    zone_name = request.account.timezone or ctx.calendar.business_timezone
    return Held("send_window", f"{check.reason} [{zone_name}]", not_before=check.next_opening)


def rule_weekly_cap(request: ContactRequest, state: AccountState,
                    ctx: CheckContext) -> Held | None:
    cap = ctx.config.limits.max_emails_per_7_days
    since = ctx.now - CAP_PERIOD
    recent = sorted(at for key, at in state.email_times.items()
                    if at > since and key != request.key)
    if len(recent) < cap:
        return None
    frees_at = recent[len(recent) - cap] + CAP_PERIOD
    return Held("weekly_cap",
                f"{len(recent)} emails in the last 7 days already (cap {cap})",
                not_before=frees_at)


DEFAULT_RULES: tuple[tuple[frozenset[Channel], Rule], ...] = (
    (ALL_CHANNELS, rule_invoices_open),
    (frozenset((EMAIL,)), rule_recipients),
    (frozenset((EMAIL, STAFF_CALL)), rule_deferral),
    (frozenset((EMAIL,)), rule_send_window),
    (frozenset((EMAIL,)), rule_weekly_cap),
)


class ComplianceGuard:
    """Asks every rule that applies to a contact's channel, in order; the first hold wins."""

    def __init__(
        self,
        config: Config,
        calendar: SendCalendar,
        extra_rules: Sequence[tuple[frozenset[Channel], Rule]] = (),
    ) -> None:
        self.config = config
        self.calendar = calendar
        rules = (*DEFAULT_RULES, *extra_rules)
        self._by_channel: dict[Channel, tuple[Rule, ...]] = {
            channel: tuple(rule for channels, rule in rules if channel in channels)
            for channel in ALL_CHANNELS
        }

    def context(self, account: Account, now: datetime) -> CheckContext:
        """The moment as the rules see it for this account (its own time zone)."""
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        local = self.calendar.local(now, account.timezone)
        return CheckContext(now=now, local=local, today=local.date(), config=self.config,
                            calendar=self.calendar)

    def check(
        self,
        request: ContactRequest,
        state: AccountState,
        now: datetime,
        context: CheckContext | None = None,
    ) -> Verdict:
        ctx = context if context is not None else self.context(request.account, now)
        for rule in self._by_channel[request.channel]:
            held = rule(request, state, ctx)
            if held is not None:
                return held
        return Allowed()


def check_contact(
    request: ContactRequest,
    state: AccountState,
    config: Config,
    now: datetime,
    calendar: SendCalendar | None = None,
) -> Verdict:
    """One-off check (builds the send calendar when none is given). For many checks, build a
    `ComplianceGuard` once and call `check`."""
    guard = ComplianceGuard(config, calendar or SendCalendar.from_config(config, now))
    return guard.check(request, state, now)
