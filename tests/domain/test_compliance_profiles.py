"""The compliance profiles: one setting switches on the rules of the debtor's world for every
outbound contact and call prompt, through the one gate."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.config import Config
from bot.domain.account_state import AccountState
from bot.domain.calendar import SendCalendar
from bot.domain.compliance import (
    HARDSHIP_OFFER_STEP,
    TERMS,
    US_ZONES,
    Allowed,
    ComplianceGuard,
    ContactRequest,
    Held,
    call_hold,
    candidate_zones,
    check_contact,
)
from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.domain.planner import plan

from .builders import Log, invoice, make_config

NEW_YORK = ZoneInfo("America/New_York")
HONOLULU = ZoneInfo("Pacific/Honolulu")
ANY_HOUR = {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "start": "00:00:00", "end": "23:59:00"}


def profile(name: str, **sections: Any) -> Config:
    """A business whose own send window never gets in the way, so that only the profile's
    rules decide."""
    return make_config(compliance={"profile": name}, send_window=ANY_HOUR,
                       holidays={"country": None}, **sections)


def consumer(*contacts: Contact, timezone: str | None = None,
             country: str | None = None) -> Account:
    return Account(id="ACME-1", name="Pat Doe",
                   contacts=contacts or (Contact(email="pat@home.example", name="Pat"),),
                   timezone=timezone, country=country)


def at(zone: ZoneInfo, day: str, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour, minute),
                            tzinfo=zone).astimezone(UTC)


DEBT = invoice("INV-1", "2026-03-02")


def email_to(account: Account, *to: str, invoices: tuple[Invoice, ...] = (DEBT,)
             ) -> ContactRequest:
    return ContactRequest(account, "email", invoices, to or account.emails)


def call_about(account: Account, *invoices: Invoice) -> ContactRequest:
    return ContactRequest(account, "staff_call", invoices or (DEBT,))


def verdict(request: ContactRequest, config: Config, now: datetime,
            state: AccountState | None = None) -> Allowed | Held:
    return check_contact(request, state or Log().state(), config, now)


# --- US consumer: contact hours ------------------------------------------------------------


def test_a_us_consumer_is_never_emailed_at_2130_their_time() -> None:
    pat = consumer(timezone="America/New_York")
    held = verdict(email_to(pat), profile("us_consumer"), at(NEW_YORK, "2026-03-03", 21, 30))
    assert isinstance(held, Held) and held.rule == "consumer_hours" and not held.final
    assert held.not_before == at(NEW_YORK, "2026-03-04", 8)


def test_a_us_consumer_is_never_emailed_before_0800_their_time() -> None:
    pat = consumer(timezone="America/New_York")
    held = verdict(email_to(pat), profile("us_consumer"), at(NEW_YORK, "2026-03-03", 7, 59))
    assert isinstance(held, Held) and held.rule == "consumer_hours"
    assert held.not_before == at(NEW_YORK, "2026-03-03", 8)


def test_a_us_consumer_may_be_emailed_from_0800_until_just_before_2100_their_time() -> None:
    pat = consumer(timezone="America/New_York")
    for hour, minute in ((8, 0), (14, 0), (20, 59)):
        moment = at(NEW_YORK, "2026-03-03", hour, minute)
        assert isinstance(verdict(email_to(pat), profile("us_consumer"), moment), Allowed)


def test_a_b2b_debtor_may_be_emailed_at_2130_when_the_owners_window_allows() -> None:
    pat = consumer(timezone="America/New_York")
    moment = at(NEW_YORK, "2026-03-03", 21, 30)
    assert isinstance(verdict(email_to(pat), profile("b2b"), moment), Allowed)


def test_with_no_known_zone_a_us_consumer_is_contacted_only_when_it_is_0800_to_2100_from_honolulu_to_new_york() -> None:  # noqa: E501
    pat = consumer()
    config = profile("us_consumer")
    # 09:00 in New York is 04:00 in Honolulu: too early there.
    early = verdict(email_to(pat), config, at(NEW_YORK, "2026-03-03", 9))
    assert isinstance(early, Held) and early.rule == "consumer_hours"
    assert "Pacific/Honolulu" in early.reason
    # The first moment inside the hours everywhere: 08:00 in Honolulu (13:00 in New York).
    assert early.not_before == at(HONOLULU, "2026-03-03", 8)
    assert isinstance(verdict(email_to(pat), config, at(HONOLULU, "2026-03-03", 8)), Allowed)
    # 21:00 in New York is 16:00 in Honolulu: too late in New York.
    late = verdict(email_to(pat), config, at(NEW_YORK, "2026-03-03", 21))
    assert isinstance(late, Held) and "America/New_York" in late.reason


def test_with_nothing_known_a_us_consumer_could_be_anywhere_from_hawaii_to_eastern() -> None:
    zones = candidate_zones(consumer())
    assert zones == US_ZONES
    assert zones[0] == "Pacific/Honolulu" and zones[-1] == "America/New_York"


def test_a_us_consumers_area_code_says_which_zone_they_are_in() -> None:
    manhattan = consumer(Contact(email="pat@home.example", phone="+1 212 555 0147"))
    assert candidate_zones(manhattan) == ("America/New_York",)
    # So 09:00 in New York is fine, although it is 04:00 in Honolulu.
    moment = at(NEW_YORK, "2026-03-03", 9)
    assert isinstance(verdict(email_to(manhattan), profile("us_consumer"), moment), Allowed)


def test_a_number_whose_area_is_unknown_falls_back_to_the_country_of_the_address() -> None:
    unplaced = consumer(Contact(email="pat@home.example", phone="+1 555 555 0147"),
                        country="US")
    assert candidate_zones(unplaced) == US_ZONES


def test_a_number_without_a_placeable_area_is_placed_by_its_calling_code_country() -> None:
    drama = consumer(Contact(email="pat@home.example", phone="+44 1632 960 123"))
    assert "Europe/London" in candidate_zones(drama)
    assert "America/New_York" not in candidate_zones(drama)


def test_a_known_time_zone_wins_over_what_the_phone_number_suggests() -> None:
    moved = consumer(Contact(email="pat@home.example", phone="+1 212 555 0147"),
                     timezone="America/Los_Angeles")
    assert candidate_zones(moved) == ("America/Los_Angeles",)


def test_a_debtor_in_another_country_is_placed_by_that_countrys_zones() -> None:
    assert "Europe/London" in candidate_zones(consumer(country="GB"))


def test_a_call_to_a_us_consumer_is_not_prompted_at_night_their_time() -> None:
    pat = consumer(timezone="America/Chicago")
    night = at(ZoneInfo("America/Chicago"), "2026-03-03", 22)
    held = verdict(call_about(pat), profile("us_consumer"), night)
    assert isinstance(held, Held) and held.rule == "consumer_hours"


# --- US consumer: call attempts and conversations ------------------------------------------

NOON = at(NEW_YORK, "2026-03-10", 12)


def calls(log: Log, outcome: str, *moments: datetime, about: tuple[str, ...] = ("INV-1",)
          ) -> Log:
    for moment in moments:
        log.add(EventType.CALL_OUTCOME, moment, about, outcome=outcome, by="U1")
    return log


def test_an_eighth_call_attempt_in_7_days_is_not_prompted() -> None:
    pat = consumer(timezone="America/New_York")
    tries = [NOON - timedelta(days=6, hours=-i) for i in range(7)]
    state = calls(Log(), "no_answer", *tries).state()
    held = verdict(call_about(pat), profile("us_consumer"), NOON, state)
    assert isinstance(held, Held) and held.rule == "call_attempts"
    assert "7 call attempts in 7 days" in held.reason
    # The oldest attempt leaves the 7 days a week after it was made.
    assert held.not_before == tries[0] + timedelta(days=7)


def test_a_seventh_call_attempt_in_7_days_may_be_prompted() -> None:
    pat = consumer(timezone="America/New_York")
    state = calls(Log(), "left_voicemail",
                  *[NOON - timedelta(days=1, hours=i) for i in range(6)]).state()
    assert isinstance(verdict(call_about(pat), profile("us_consumer"), NOON, state), Allowed)


def test_attempts_older_than_7_days_do_not_count() -> None:
    pat = consumer(timezone="America/New_York")
    state = calls(Log(), "no_answer",
                  *[NOON - timedelta(days=8, hours=i) for i in range(9)]).state()
    assert isinstance(verdict(call_about(pat), profile("us_consumer"), NOON, state), Allowed)


def test_attempts_about_another_debt_do_not_count_against_this_one() -> None:
    pat = consumer(timezone="America/New_York")
    state = calls(Log(), "no_answer", *[NOON - timedelta(hours=i + 1) for i in range(7)],
                  about=("INV-9",)).state()
    assert isinstance(verdict(call_about(pat), profile("us_consumer"), NOON, state), Allowed)


def test_no_call_is_prompted_within_7_days_of_speaking_with_the_debtor() -> None:
    pat = consumer(timezone="America/New_York")
    spoke = NOON - timedelta(days=2)
    state = calls(Log(), "disputed", spoke).state()
    held = verdict(call_about(pat), profile("us_consumer"), NOON, state)
    assert isinstance(held, Held) and held.rule == "call_after_conversation"
    assert held.reason.startswith(f"calls paused until {(spoke + timedelta(days=7)):%Y-%m-%d}")
    assert f"spoke with the debtor on {spoke:%Y-%m-%d}" in held.reason
    assert held.not_before == spoke + timedelta(days=7)


def test_a_reply_from_the_debtor_is_a_conversation_too() -> None:
    pat = consumer(timezone="America/New_York")
    state = Log().add(EventType.REPLY_RECEIVED, NOON - timedelta(days=1), ("INV-1",),
                      intent="question").state()
    hold = call_hold(("INV-1",), state, NOON)
    assert hold is not None and hold.rule == "call_after_conversation"
    assert "by email" in hold.reason
    held = verdict(call_about(pat), profile("us_consumer"), NOON, state)
    assert isinstance(held, Held)


def test_an_out_of_office_reply_is_not_a_conversation() -> None:
    state = Log().add(EventType.REPLY_RECEIVED, NOON - timedelta(days=1), ("INV-1",),
                      intent="auto_reply").state()
    assert call_hold(("INV-1",), state, NOON) is None


def test_a_voicemail_is_an_attempt_not_a_conversation() -> None:
    state = calls(Log(), "left_voicemail", NOON - timedelta(hours=3)).state()
    assert call_hold(("INV-1",), state, NOON) is None


def test_calls_may_be_prompted_again_7_days_after_the_conversation() -> None:
    pat = consumer(timezone="America/New_York")
    state = calls(Log(), "promised_to_pay", NOON - timedelta(days=7, minutes=1)).state()
    assert isinstance(verdict(call_about(pat), profile("us_consumer"), NOON, state), Allowed)


def test_b2b_calls_have_no_attempt_limit() -> None:
    pat = consumer(timezone="America/New_York")
    state = calls(Log(), "no_answer", *[NOON - timedelta(hours=i + 1) for i in range(10)])
    state = calls(state, "disputed", NOON - timedelta(hours=1))
    assert isinstance(verdict(call_about(pat), profile("b2b"), NOON, state.state()), Allowed)


def test_the_planner_does_not_prompt_a_call_while_calls_are_paused() -> None:
    pat = consumer(timezone="America/New_York")
    config = profile("us_consumer")
    debt = invoice("INV-1", "2026-02-20")
    log = Log()
    for step in ("heads_up", "gentle", "firm"):
        log.sent(step, ("INV-1",), NOON - timedelta(days=10))
    calls(log, "paid_already", NOON - timedelta(days=1))
    result = plan([pat], [debt], log.states(), config, NOON)
    assert result.tasks == []
    assert [(h.step, h.rule) for h in result.held] == [("call", "call_after_conversation")]


# --- US consumer: employer addresses -------------------------------------------------------


def test_a_us_consumer_is_never_emailed_at_an_address_known_to_be_their_employers() -> None:
    pat = consumer(Contact(email="pat@home.example"),
                   Contact(email="pat.doe@bigcorp.example", employer=True),
                   timezone="America/New_York")
    moment = at(NEW_YORK, "2026-03-03", 10)
    held = verdict(email_to(pat, "pat.doe@bigcorp.example"), profile("us_consumer"), moment)
    assert isinstance(held, Held) and held.rule == "employer_address" and held.final
    assert isinstance(verdict(email_to(pat, "pat@home.example"), profile("us_consumer"),
                              moment), Allowed)


def test_an_address_staff_marked_as_the_employers_is_never_emailed() -> None:
    pat = consumer(timezone="America/New_York")
    state = Log().add(EventType.EMPLOYER_ADDRESS, NOON, address="PAT@home.example",
                      by="U1", reason="it is the office").state()
    held = verdict(email_to(pat), profile("us_consumer"), NOON, state)
    assert isinstance(held, Held) and held.rule == "employer_address"


def test_the_planner_leaves_the_employers_address_out_of_a_us_consumers_reminder() -> None:
    pat = consumer(Contact(email="pat@home.example"),
                   Contact(email="pat.doe@bigcorp.example", employer=True),
                   timezone="America/New_York")
    result = plan([pat], [invoice("INV-1", "2026-03-09")], {}, profile("us_consumer"), NOON)
    assert [r.to for r in result.due] == [("pat@home.example",)]


def test_a_b2b_reminder_still_goes_to_every_contact() -> None:
    pat = consumer(Contact(email="pat@home.example"),
                   Contact(email="pat.doe@bigcorp.example", employer=True),
                   timezone="America/New_York")
    result = plan([pat], [invoice("INV-1", "2026-03-09")], {}, profile("b2b"), NOON)
    assert [r.to for r in result.due] == [("pat@home.example", "pat.doe@bigcorp.example")]


# --- The one gate: the send-time check applies the same profile ----------------------------


@pytest.mark.parametrize("name", ["b2b", "us_consumer", "uk_consumer"])
def test_every_profile_is_one_setting_read_by_the_one_guard(name: str) -> None:
    config = profile(name)
    guard = ComplianceGuard(config, SendCalendar.from_config(config, NOON))
    assert guard.profile == name


def test_the_default_profile_is_b2b() -> None:
    assert make_config().compliance.profile == "b2b"


# --- UK consumer: hardship -----------------------------------------------------------------


def test_after_a_hardship_reply_a_uk_consumer_is_offered_a_plan_in_writing() -> None:
    london_zone = ZoneInfo("Europe/London")
    pat = consumer(timezone="Europe/London")
    debt = invoice("INV-1", "2026-02-20")
    told = at(london_zone, "2026-03-09", 9)
    log = (Log()
           .add(EventType.REPLY_RECEIVED, told, ("INV-1",), intent="payment_plan",
                hardship=True)
           .add(EventType.INVOICES_PAUSED, told, ("INV-1",), reason="asked for a payment plan",
                until=None)
           .add(EventType.FEES_STOPPED, told, reason="hardship", source="reply"))
    result = plan([pat], [debt], log.states(), profile("uk_consumer"),
                  at(london_zone, "2026-03-09", 10))
    assert [(r.step, r.template, r.invoices) for r in result.due] == [
        (HARDSHIP_OFFER_STEP, HARDSHIP_OFFER_STEP, ("INV-1",))]
    # Once it has gone, it is not offered again.
    offer = result.due[0]
    log.add(EventType.EMAIL_QUEUED, told, ("INV-1",), key=offer.key, step=offer.step)
    again = plan([pat], [debt], log.states(), profile("uk_consumer"),
                 at(london_zone, "2026-03-10", 10))
    assert again.due == []


def test_a_plan_offer_may_go_while_reminders_are_paused_for_that_plan() -> None:
    pat = consumer(timezone="Europe/London")
    state = Log().add(EventType.INVOICES_PAUSED, NOON, ("INV-1",), reason="plan",
                      until=None).state()
    config = profile("uk_consumer")
    offer = ContactRequest(pat, "email", (DEBT,), pat.emails, step=HARDSHIP_OFFER_STEP,
                           purpose=TERMS)
    assert isinstance(verdict(offer, config, NOON, state), Allowed)
    reminder = email_to(pat)
    held = verdict(reminder, config, NOON, state)
    assert isinstance(held, Held) and held.rule == "invoice_paused"


def test_a_b2b_account_with_fees_stopped_gets_no_plan_offer_email() -> None:
    pat = consumer(timezone="Europe/London")
    log = Log().add(EventType.FEES_STOPPED, NOON, reason="hardship", source="reply")
    result = plan([pat], [invoice("INV-1", "2026-03-20")], log.states(), profile("b2b"), NOON)
    assert all(r.step != HARDSHIP_OFFER_STEP for r in result.due)
