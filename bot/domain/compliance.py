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
Each applies to some channels. The owner's compliance profile (`[compliance] profile`) adds the
rules of its world here, never elsewhere:

- `b2b`: the default rules only.
- `us_consumer`: no contact before 08:00 or after 21:00 on the debtor's clock, and where their
  zone is not known, only when it is 08:00-21:00 in every zone they could be in (from the
  phone number's area code, else the address's country, else every US zone from Honolulu to
  New York); at most 7 call attempts about a debt in 7 days and none within 7 days of a
  conversation about it; never an email to an address known to be an employer's.
- `uk_consumer`: the default rules; a hardship reply stops fees and prompts a plan offer (the
  reply service records the fact, the planner plans the offer through this same gate).

Escalation steps (the final notice, hand to an agency) wait for a person's confirmation: a
request naming such a `step` is held "awaiting confirmation" until a STEP_CONFIRMED event
covers all its invoices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import timezone as phone_zones

from bot.config import ComplianceProfile, Config
from bot.domain.account_state import AccountState, normalise_address
from bot.domain.agreements import AGREEMENT_PURPOSES
from bot.domain.calendar import SendCalendar, zone
from bot.domain.models import Account, Invoice, InvoiceStatus

Channel = Literal["email", "staff_call", "escalate"]
EMAIL: Channel = "email"
STAFF_CALL: Channel = "staff_call"
ESCALATE: Channel = "escalate"
ALL_CHANNELS: frozenset[Channel] = frozenset((EMAIL, STAFF_CALL, ESCALATE))
CAP_PERIOD = timedelta(days=7)

Purpose = Literal["chase", "terms", "receipt"]
#: "chase": a reminder about what is owed (held while an invoice is paused or under a promise).
#: "terms": an email about terms being agreed or kept (a plan offer, a recap): it may go while
#: the invoices are paused for those very terms, but never about a closed invoice.
CHASE: Purpose = "chase"
TERMS: Purpose = "terms"
#: "receipt": a thank-you for money received (bot.domain.agreements): it may be about invoices
#: that very payment closed.
RECEIPT: Purpose = "receipt"

HARDSHIP_OFFER_STEP = "hardship_offer"
#: Email steps that do not chase: the hardship plan offer, and the promise/plan recaps, notes
#: and thank-yous (bot.domain.agreements). Every other step chases.
STEP_PURPOSES: dict[str, Purpose] = {HARDSHIP_OFFER_STEP: TERMS, **AGREEMENT_PURPOSES}


def purpose_of(step: str | None) -> Purpose:
    """How an email of this cadence step passes the gate (see `Purpose`)."""
    return STEP_PURPOSES.get(step or "", CHASE)


AWAITING_CONFIRMATION = "awaiting_confirmation"

# US consumer rules.
US_CONSUMER_HOURS: tuple[time, time] = (time(8, 0), time(21, 0))
#: Every US zone from Hawaii to Eastern: where a US consumer could be when nothing says where.
US_ZONES: tuple[str, ...] = (
    "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Phoenix",
    "America/Denver", "America/Chicago", "America/New_York",
)
CALL_ATTEMPT_LIMIT = 7
CALL_ATTEMPT_PERIOD = timedelta(days=7)
AFTER_CONVERSATION = timedelta(days=7)
#: Call outcomes that are call attempts (the other outcomes settle reply tasks, not calls).
CALL_ATTEMPT_OUTCOMES: frozenset[str] = frozenset((
    "promised_to_pay", "plan_agreed", "paid_already", "disputed", "left_voicemail",
    "no_answer", "wrong_number", "call_back_later",
))
#: Call outcomes that mean the debtor was reached: a conversation about the debt.
CONVERSATION_OUTCOMES: frozenset[str] = frozenset((
    "promised_to_pay", "plan_agreed", "paid_already", "disputed",
))
#: Reply intents that are not the debtor speaking (machines answering).
_NOT_A_CONVERSATION = frozenset(("bounce", "auto_reply"))
_UNKNOWN_ZONE = "Etc/Unknown"


@dataclass(frozen=True, slots=True)
class ContactRequest:
    """A contact someone wants to make: on `channel`, about `invoices` (their current
    records), to `to` (email only). `key` is the email's idempotency key when it is already
    queued, so the email itself is not counted against the 7-day cap at send time. `step` names
    the cadence step asking (steps that need a person's confirmation wait for it); `purpose`
    says whether it chases the debt or is about terms (see `Purpose`)."""

    account: Account
    channel: Channel
    invoices: tuple[Invoice, ...]
    to: tuple[str, ...] = ()
    key: str | None = None
    step: str | None = None
    purpose: Purpose = CHASE


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
        if request.purpose == RECEIPT:
            hold = None
        elif request.purpose == TERMS:
            hold = _closed_hold(invoice)
        else:
            hold = invoice_hold(invoice, state, ctx.today)
        if hold is not None:
            return hold
    return None


def _closed_hold(invoice: Invoice) -> Held | None:
    if not invoice.is_open:
        return Held("invoice_closed", f"invoice {invoice.number} is no longer open", final=True)
    return None


def rule_step_confirmed(request: ContactRequest, state: AccountState,
                        ctx: CheckContext) -> Held | None:
    """Escalation happens deliberately: a step that needs a person's confirmation (the final
    notice, hand to an agency) waits until someone confirmed it for every invoice it covers."""
    if request.step is None:
        return None
    step = next((s for s in ctx.config.cadence if s.name == request.step), None)
    if step is None or not step.needs_confirmation:
        return None
    waiting = [inv.number for inv in request.invoices
               if not state.step_confirmed(inv.number, step.name)]
    if not waiting:
        return None
    declined = state.step_declined(step.name)
    reason = (f"awaiting confirmation: a person must confirm '{step.name}' for "
              f"{', '.join(waiting)} before anything leaves")
    if declined is not None:
        reason += (f" ({declined.by} said not yet on {declined.at:%Y-%m-%d}"
                   f"{f': {declined.reason}' if declined.reason else ''})")
    return Held(AWAITING_CONFIRMATION, reason)


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
    if request.purpose == RECEIPT:
        return None  # a thank-you for money received is never held back by the cap
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


# --- US consumer rules -------------------------------------------------------------------


def _valid_zone(name: str) -> bool:
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _phone_zones(phone: str, default_region: str | None) -> tuple[tuple[str, ...], str | None]:
    """The zones a phone number's area code places it in, and its country; ((), None) when the
    number cannot be read."""
    try:
        number = phonenumbers.parse(phone, default_region)
    except phonenumbers.NumberParseException:
        return (), None
    region = phonenumbers.region_code_for_number(number)
    if region is None and number.country_code:  # unknown to the plan: its code's country
        main = phonenumbers.region_code_for_country_code(number.country_code)
        region = None if main == phonenumbers.UNKNOWN_REGION else main
    zones = tuple(z for z in phone_zones.time_zones_for_number(number)
                  if z != _UNKNOWN_ZONE and _valid_zone(z))
    return zones, region


@lru_cache(maxsize=256)
def country_zones(country: str) -> tuple[str, ...]:
    """Every zone a debtor in `country` (ISO 3166 code) could be in: for the US, Hawaii to
    Eastern; elsewhere the zones of the country's telephone numbering plan."""
    code = country.strip().upper()
    if code == "US":
        return US_ZONES
    calling = phonenumbers.country_code_for_region(code)
    if not calling:
        return ()
    table: dict[str, tuple[str, ...]] = getattr(phone_zones, "TIMEZONE_DATA", {})
    zones = table.get(str(calling), ())
    return tuple(z for z in zones if z != _UNKNOWN_ZONE and _valid_zone(z))


def candidate_zones(account: Account) -> tuple[str, ...]:
    """The time zones the debtor could be in, most specific knowledge first: their own zone;
    else the zones their phone numbers' area codes mean; else their address's country; else
    (a US consumer with nothing known) every US zone from Honolulu to New York."""
    phones = tuple(contact.phone for contact in account.contacts if contact.phone)
    return _candidate_zones(account.timezone, account.country, phones)


@lru_cache(maxsize=16384)
def _candidate_zones(timezone: str | None, country: str | None,
                     phones: tuple[str, ...]) -> tuple[str, ...]:
    """`candidate_zones` from what it reads of the account, remembered: the planner asks it
    for every check on every account, sweep after sweep, and reading a phone number is slow."""
    if timezone and _valid_zone(timezone):
        return (timezone,)
    from_phones: list[str] = []
    countries: list[str] = []
    default_region = country.upper() if country else None
    for phone in phones:
        zones, region = _phone_zones(phone, default_region)
        from_phones.extend(zones)
        if region and not zones:
            countries.append(region)
    if from_phones:
        return tuple(dict.fromkeys(from_phones))
    for where in (country, *countries):
        if where:
            zones = country_zones(where)
            if zones:
                return zones
    return US_ZONES


def _inside_hours(moment: datetime, zone_name: str) -> bool:
    start, end = US_CONSUMER_HOURS
    clock = moment.astimezone(zone(zone_name)).time().replace(tzinfo=None)
    return start <= clock < end


def _next_hours_start(moment: datetime, zone_name: str) -> datetime:
    """The next 08:00 on that zone's clock at or after `moment`, in UTC."""
    start, _ = US_CONSUMER_HOURS
    tz = zone(zone_name)
    local = moment.astimezone(tz)
    day = local.date() if local.time().replace(tzinfo=None) < start else (
        local.date() + timedelta(days=1))
    return datetime.combine(day, start, tzinfo=tz).astimezone(UTC)


def consumer_hours_opening(now: datetime, zones: Sequence[str]) -> datetime | None:
    """The first moment at or after `now` that is 08:00-21:00 in every one of `zones` (UTC),
    or None when no such moment comes in two days (zones too far apart to share one)."""
    moment = now
    limit = now + timedelta(days=2)
    while moment <= limit:
        outside = [z for z in zones if not _inside_hours(moment, z)]
        if not outside:
            return moment
        moment = max(_next_hours_start(moment, z) for z in outside)
    return None


def consumer_hours_hold(account: Account, now: datetime) -> Held | None:
    """Why a US consumer may not be contacted at `now` (outside 08:00-21:00 on their clock, or
    in some zone they could be in when theirs is not known), or None when they may."""
    zones = candidate_zones(account)
    outside = [z for z in zones if not _inside_hours(now, z)]
    if not outside:
        return None
    opening = consumer_hours_opening(now, zones)
    if len(zones) == 1:
        local = now.astimezone(zone(zones[0]))
        reason = (f"{local:%H:%M} is outside 08:00-21:00 on the debtor's clock [{zones[0]}]")
    else:
        clocks = ", ".join(f"{now.astimezone(zone(z)):%H:%M} in {z}" for z in outside)
        reason = (f"the debtor's time zone is not known and it is outside 08:00-21:00 in some "
                  f"zone they could be in ({clocks})")
    return Held("consumer_hours", reason, not_before=opening)


def rule_consumer_hours(request: ContactRequest, state: AccountState,
                        ctx: CheckContext) -> Held | None:
    """A US consumer is contacted only between 08:00 and 21:00 on their own clock; when their
    zone is not known, only at times inside those hours in every zone they could be in."""
    return consumer_hours_hold(request.account, ctx.now)


@dataclass(frozen=True, slots=True)
class CallHold:
    """Why calls about a debt may not be prompted now, and until when."""

    rule: str
    reason: str
    until: datetime


def _about(invoices: Iterable[str], wanted: frozenset[str]) -> bool:
    named = tuple(invoices)
    return not named or not wanted or bool(wanted.intersection(named))


def call_hold(invoices: Iterable[str], state: AccountState, now: datetime) -> CallHold | None:
    """US consumer call limits for a debt (the invoices named): none within 7 days of a
    conversation about it, and at most 7 call attempts in 7 days. None when a call may be
    prompted now."""
    wanted = frozenset(invoices)
    talks: list[tuple[datetime, str]] = []
    attempts: list[datetime] = []
    for call in state.calls:
        if not _about(call.invoices, wanted):
            continue
        if call.outcome in CALL_ATTEMPT_OUTCOMES and now - CALL_ATTEMPT_PERIOD < call.at <= now:
            attempts.append(call.at)
        if call.outcome in CONVERSATION_OUTCOMES:
            talks.append((call.at, f"on the phone: {call.outcome.replace('_', ' ')}"))
    for reply in state.replies:
        if reply.intent not in _NOT_A_CONVERSATION and _about(reply.invoices, wanted):
            talks.append((reply.at, f"by email: {reply.intent.replace('_', ' ')}"))
    recent = [(at, how) for at, how in talks if now - AFTER_CONVERSATION < at <= now]
    if recent:
        at, how = max(recent)
        until = at + AFTER_CONVERSATION
        return CallHold("call_after_conversation",
                        f"calls paused until {until:%Y-%m-%d}: spoke with the debtor on "
                        f"{at:%Y-%m-%d} ({how})", until)
    if len(attempts) >= CALL_ATTEMPT_LIMIT:
        attempts.sort()
        until = attempts[len(attempts) - CALL_ATTEMPT_LIMIT] + CALL_ATTEMPT_PERIOD
        return CallHold("call_attempts",
                        f"{len(attempts)} call attempts in 7 days (at most "
                        f"{CALL_ATTEMPT_LIMIT}); calls paused until {until:%Y-%m-%d %H:%M} UTC",
                        until)
    return None


def rule_call_limits(request: ContactRequest, state: AccountState,
                     ctx: CheckContext) -> Held | None:
    hold = call_hold((inv.number for inv in request.invoices), state, ctx.now)
    if hold is None:
        return None
    return Held(hold.rule, hold.reason, not_before=hold.until)


def employer_address(account: Account, state: AccountState, address: str) -> bool:
    """Is `address` known to be the debtor's employer's (flagged on the contact or by staff)?"""
    norm = normalise_address(address)
    if norm in state.employer_addresses:
        return True
    return any(c.employer and c.email and normalise_address(c.email) == norm
               for c in account.contacts)


def rule_no_employer_email(request: ContactRequest, state: AccountState,
                           ctx: CheckContext) -> Held | None:
    for address in request.to:
        if employer_address(request.account, state, address):
            return Held("employer_address",
                        f"{address} is known to be an employer's address: a consumer's "
                        "employer is never emailed about their debt", final=True)
    return None


DEFAULT_RULES: tuple[tuple[frozenset[Channel], Rule], ...] = (
    (ALL_CHANNELS, rule_invoices_open),
    (ALL_CHANNELS, rule_step_confirmed),
    (frozenset((EMAIL,)), rule_recipients),
    (frozenset((EMAIL, STAFF_CALL)), rule_deferral),
    (frozenset((EMAIL,)), rule_send_window),
    (frozenset((EMAIL,)), rule_weekly_cap),
)

#: The rules each compliance profile adds to the default ones.
PROFILE_RULES: dict[ComplianceProfile, tuple[tuple[frozenset[Channel], Rule], ...]] = {
    "b2b": (),
    "us_consumer": (
        (frozenset((EMAIL,)), rule_no_employer_email),
        (frozenset((EMAIL, STAFF_CALL)), rule_consumer_hours),
        (frozenset((STAFF_CALL,)), rule_call_limits),
    ),
    "uk_consumer": (),
}


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
        self.profile: ComplianceProfile = config.compliance.profile
        rules = (*DEFAULT_RULES, *PROFILE_RULES[self.profile], *extra_rules)
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

    def recipients(self, account: Account, state: AccountState) -> tuple[str, ...]:
        """The account's addresses that may be written to under this profile, each once."""
        seen: dict[str, str] = {}
        for address in account.emails:
            norm = normalise_address(address)
            if norm in seen or not state.may_email(address):
                continue
            if self.profile == "us_consumer" and employer_address(account, state, address):
                continue
            seen[norm] = address.strip()
        return tuple(seen.values())

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
