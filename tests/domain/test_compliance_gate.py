"""The compliance guard as the outbox uses it: the same gate, asked again right before sending."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.account_state import AccountState
from bot.domain.calendar import SendCalendar
from bot.domain.compliance import (
    Allowed,
    CheckContext,
    ComplianceGuard,
    ContactRequest,
    Held,
    Rule,
    check_contact,
)
from bot.domain.events import EventType
from bot.domain.models import Invoice, InvoiceStatus

from .builders import Log, account, invoice, london, make_config

CUSTOMER = account()
NOW = london("2026-03-03", 10)


def email(*invoices_: Invoice, to: tuple[str, ...] = ("ap@acme-1.example",),
          key: str | None = None) -> ContactRequest:
    invs = invoices_ or (invoice("INV-1", "2026-03-02"),)
    return ContactRequest(CUSTOMER, "email", invs, to, key)


def test_an_open_invoice_to_a_known_address_inside_the_window_is_allowed() -> None:
    verdict = check_contact(email(), Log().state(), make_config(), NOW)
    assert isinstance(verdict, Allowed) and verdict.allowed


def test_an_invoice_paid_after_the_email_was_queued_cancels_it() -> None:
    paid = invoice("INV-1", "2026-03-02", status=InvoiceStatus.PAID)
    verdict = check_contact(email(paid), Log().state(), make_config(), NOW)
    assert isinstance(verdict, Held) and verdict.final and verdict.rule == "invoice_closed"
    assert not verdict.allowed


def test_an_email_whose_recipient_stopped_since_queueing_is_cancelled() -> None:
    state = Log().add(EventType.CONTACT_STOPPED, NOW, address="ap@acme-1.example",
                      reason="cease").state()
    verdict = check_contact(email(), state, make_config(), NOW)
    assert isinstance(verdict, Held) and verdict.final and verdict.rule == "address_blocked"


def test_a_stop_can_be_lifted_by_a_person() -> None:
    log = Log().add(EventType.CONTACT_STOPPED, NOW, address="ap@acme-1.example", reason="cease")
    log.add(EventType.CONTACT_REENABLED, NOW, address="ap@acme-1.example", reason="by Sam")
    assert isinstance(check_contact(email(), log.state(), make_config(), NOW), Allowed)


def test_an_address_that_is_not_the_accounts_is_never_written_to() -> None:
    verdict = check_contact(email(to=("someone@else.example",)), Log().state(), make_config(),
                            NOW)
    assert isinstance(verdict, Held) and verdict.rule == "unknown_recipient"


def test_an_invoice_of_another_account_is_never_mentioned() -> None:
    other = invoice("X-1", "2026-03-02", account_id="OTHER")
    verdict = check_contact(email(other), Log().state(), make_config(), NOW)
    assert isinstance(verdict, Held) and verdict.rule == "wrong_account"


def test_the_email_being_sent_does_not_count_against_its_own_cap() -> None:
    log = Log().sent("heads_up", ("INV-1",), NOW - timedelta(days=3))
    log.add(EventType.EMAIL_QUEUED, NOW - timedelta(hours=1), ("INV-1",), key="k-gentle",
            step="gentle")
    state = log.state()
    config = make_config()
    assert isinstance(check_contact(email(key="k-gentle"), state, config, NOW), Allowed)
    held = check_contact(email(key="k-other"), state, config, NOW)
    assert isinstance(held, Held) and held.rule == "weekly_cap" and not held.final


def test_a_cancelled_email_does_not_count_against_the_cap() -> None:
    log = Log().sent("heads_up", ("INV-1",), NOW - timedelta(days=3))
    log.add(EventType.EMAIL_QUEUED, NOW - timedelta(hours=2), ("INV-1",), key="k1", step="x")
    log.add(EventType.EMAIL_CANCELLED, NOW - timedelta(hours=1), ("INV-1",), key="k1")
    assert isinstance(check_contact(email(), log.state(), make_config(), NOW), Allowed)


def test_outside_the_window_the_email_waits_rather_than_being_cancelled() -> None:
    verdict = check_contact(email(), Log().state(), make_config(), london("2026-03-07", 10))
    assert isinstance(verdict, Held) and not verdict.final
    assert verdict.not_before == london("2026-03-09", 9)


def test_staff_tasks_ignore_the_send_window_but_not_a_paused_invoice() -> None:
    saturday = london("2026-03-07", 22)
    inv = invoice("INV-1", "2026-03-02")
    call = ContactRequest(CUSTOMER, "staff_call", (inv,))
    config = make_config()
    assert isinstance(check_contact(call, Log().state(), config, saturday), Allowed)
    paused = Log().add(EventType.INVOICES_PAUSED, NOW, (), reason="paid, to verify").state()
    verdict = check_contact(call, paused, config, saturday)
    assert isinstance(verdict, Held) and verdict.rule == "invoice_paused"


def test_later_profiles_add_their_rules_to_the_same_gate() -> None:
    def no_calls_on_fridays(request: ContactRequest, state: AccountState,
                            ctx: CheckContext) -> Held | None:
        return Held("us_consumer_hours", "no calls on Fridays")

    rule: Rule = no_calls_on_fridays
    config = make_config()
    guard = ComplianceGuard(config, SendCalendar.from_config(config, NOW),
                            extra_rules=[(frozenset({"staff_call"}), rule)])
    call = ContactRequest(CUSTOMER, "staff_call", (invoice("INV-1", "2026-03-02"),))
    verdict = guard.check(call, Log().state(), NOW)
    assert isinstance(verdict, Held) and verdict.rule == "us_consumer_hours"
    assert isinstance(guard.check(email(), Log().state(), NOW), Allowed)
