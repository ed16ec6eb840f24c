"""Composing reminder emails: what a debtor receives, and what no data can break."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html import unescape
from pathlib import Path
from typing import cast

import pytest

from bot.domain.addressing import TokenIndex, account_token_in
from bot.domain.money import plain_spaces
from bot.domain.reminders import message_id_for
from bot.mail.compose import (
    ComposedEmail,
    ReminderComposer,
    UnknownTemplate,
    UnsafeAddress,
    render_preview,
)
from tests.mail.builders import PLANNED_AT, account, business, invoice, reminder

TEMPLATES = ("heads_up", "gentle", "firm", "final_notice", "birthday")
OPT_OUT = "reply with \"stop\" and we will only contact you by other means"


def parse(email: ComposedEmail) -> EmailMessage:
    return cast(EmailMessage, message_from_bytes(email.raw, policy=policy.default))


def text_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(cast(EmailMessage, part).get_content())


def html_of(message: EmailMessage) -> str:
    part = message.get_body(("html",))
    assert part is not None
    return str(cast(EmailMessage, part).get_content())


@pytest.fixture
def composer() -> ReminderComposer:
    return ReminderComposer(business())


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_lists_the_invoices_the_total_and_ends_with_the_opt_out(
    composer: ReminderComposer, template: str
) -> None:
    acct = account()
    invoices = [invoice("INV-1001", balance="100.00", payment_link="https://pay.example/1001"),
                invoice("INV-1002", balance="250.25")]
    message = parse(composer.compose(reminder(acct, invoices, template=template), acct,
                                     invoices))

    assert "INV-1001" in message["Subject"] and "INV-1002" in message["Subject"]
    for body in (text_of(message), unescape(html_of(message))):
        assert "INV-1001" in body and "INV-1002" in body
        assert "£100.00" in body and "£250.25" in body
        assert "£350.25" in body  # the total
        assert "https://pay.example/1001" in body
    assert text_of(message).rstrip().endswith(OPT_OUT + ".")
    assert "we will only contact you by other means" in html_of(message)


def test_the_message_carries_the_identity_and_routing_headers(
    composer: ReminderComposer,
) -> None:
    acct = account("Acme + Sons / Nord", contact_name="Jo Bloggs")
    invoices = [invoice(account_id=acct.id)]
    rem = reminder(acct, invoices)
    message = parse(composer.compose(rem, acct, invoices))

    assert message["Message-ID"] == message_id_for(rem.key, "brightwater.example")
    assert parsedate_to_datetime(message["Date"]) == PLANNED_AT
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Duebot-Key"] == rem.key
    assert message["To"].addresses[0].addr_spec == "jo@acme.example"
    assert message["To"].addresses[0].display_name == "Jo Bloggs"
    reply_to = message["Reply-To"].addresses[0].addr_spec
    assert reply_to.startswith("collections+") and reply_to.endswith("@brightwater.example")
    assert TokenIndex(["other", acct.id]).account_for(reply_to) == acct.id
    assert message["List-Unsubscribe"] == f"<mailto:{reply_to}?subject=stop>"
    assert account_token_in(reply_to) is not None


def test_text_and_html_are_alternatives_and_the_html_css_is_inlined(
    composer: ReminderComposer,
) -> None:
    acct = account()
    invoices = [invoice()]
    message = parse(composer.compose(reminder(acct, invoices), acct, invoices))

    assert message.get_content_type() == "multipart/alternative"
    html = html_of(message)
    assert "<style" not in html
    assert 'style="' in html


def test_the_invoice_pdf_is_attached_when_there_is_one(
    composer: ReminderComposer, tmp_path: Path
) -> None:
    pdf = tmp_path / "INV-1001.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"%%EOF\n")
    acct = account()
    invoices = [invoice(pdf_path=str(pdf)), invoice("INV-1002")]
    message = parse(composer.compose(reminder(acct, invoices), acct, invoices))

    assert message.get_content_type() == "multipart/mixed"
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["INV-1001.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert cast(EmailMessage, attachments[0]).get_content() == pdf.read_bytes()
    assert text_of(message) and html_of(message)


def test_a_missing_pdf_is_reported_not_fatal(composer: ReminderComposer, tmp_path: Path) -> None:
    acct = account()
    invoices = [invoice(pdf_path=str(tmp_path / "gone.pdf"))]
    email = composer.compose(reminder(acct, invoices), acct, invoices)

    assert email.missing_attachments == (str(tmp_path / "gone.pdf"),)
    assert list(parse(email).iter_attachments()) == []


def test_amounts_and_dates_follow_the_debtors_locale(composer: ReminderComposer) -> None:
    acct = account(locale="de_DE")
    invoices = [invoice(currency="EUR", balance="1234.50")]
    message = parse(composer.compose(reminder(acct, invoices), acct, invoices))

    for body in (text_of(message), unescape(html_of(message))):
        assert "1.234,50 €" in plain_spaces(body)
        assert "01.03.2026" in body


def test_the_business_locale_applies_when_the_debtor_has_none() -> None:
    composer = ReminderComposer(business(locale="en_US", currency="USD"))
    acct = account()
    invoices = [invoice(currency="USD", balance="1234.5")]
    text = text_of(parse(composer.compose(reminder(acct, invoices), acct, invoices)))

    assert "$1,234.50" in text and "Mar 1, 2026" in text


def test_invoices_in_two_currencies_are_totalled_per_currency(
    composer: ReminderComposer,
) -> None:
    acct = account()
    invoices = [invoice("A-1", balance="10"), invoice("A-2", currency="EUR", balance="20")]
    text = plain_spaces(text_of(parse(composer.compose(reminder(acct, invoices), acct,
                                                         invoices))))

    assert "Total: £10.00 + €20.00" in text


def test_a_name_with_line_breaks_cannot_add_headers(composer: ReminderComposer) -> None:
    acct = account(contact_name="Jo\r\nBcc: victim@evil.example\r\n\r\nInjected body",
                   name="Acme\nX-Evil: 1")
    invoices = [invoice("INV-1\r\nX-Also-Evil: yes")]
    email = composer.compose(reminder(acct, invoices), acct, invoices)
    message = parse(email)

    header_block = email.raw.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0] for line in header_block.split(b"\r\n")
             if line and not line[:1].isspace()]
    assert b"Bcc" not in names and b"X-Evil" not in names and b"X-Also-Evil" not in names
    assert message["Bcc"] is None and message["X-Also-Evil"] is None
    assert [a.addr_spec for a in message["To"].addresses] == ["jo@acme.example"]
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message.defects == []


def test_unicode_display_names_and_subjects_are_encoded(composer: ReminderComposer) -> None:
    acct = account(contact_name="Zoë Ångström, Ärger & Söhne", locale="de_DE")
    invoices = [invoice("RÉ-42", currency="EUR")]
    email = composer.compose(reminder(acct, invoices), acct, invoices)
    message = parse(email)

    assert email.raw.isascii()
    assert message["To"].addresses[0].display_name == "Zoë Ångström, Ärger & Söhne"
    assert message["To"].addresses[0].addr_spec == "jo@acme.example"
    assert "RÉ-42" in message["Subject"]


def test_an_address_that_is_not_plain_is_refused(composer: ReminderComposer) -> None:
    acct = account(email="jo@acme.example>\r\nBcc: x@evil.example")
    invoices = [invoice()]
    with pytest.raises(UnsafeAddress, match="not a plain email address"):
        composer.compose(reminder(acct, invoices), acct, invoices)


def test_html_escapes_what_comes_from_the_data(composer: ReminderComposer) -> None:
    acct = account(contact_name="<script>alert(1)</script>")
    invoices = [invoice("<b>INV</b>")]
    html = html_of(parse(composer.compose(reminder(acct, invoices), acct, invoices)))

    assert "<script>" not in html and "<b>INV</b>" not in html
    assert "&lt;script&gt;" in html


def test_composing_is_deterministic(composer: ReminderComposer) -> None:
    acct = account()
    invoices = [invoice()]
    rem = reminder(acct, invoices)

    assert composer.compose(rem, acct, invoices).raw == ReminderComposer(business()).compose(
        rem, acct, invoices).raw


def test_a_long_list_of_invoices_is_summarised_in_the_subject(
    composer: ReminderComposer,
) -> None:
    acct = account()
    invoices = [invoice(f"INV-{n}") for n in range(1, 8)]
    message = parse(composer.compose(reminder(acct, invoices), acct, invoices))

    assert message["Subject"] == "Reminder: invoices INV-1, INV-2, INV-3 and 4 more"
    assert all(f"INV-{n}" in text_of(message) for n in range(1, 8))


def test_overdue_days_are_counted_from_the_planned_day(composer: ReminderComposer) -> None:
    acct = account()
    invoices = [invoice(due_on=PLANNED_AT.date().replace(day=1))]
    text = text_of(parse(composer.compose(reminder(acct, invoices), acct, invoices)))

    assert "(9 days overdue)" in text


def test_an_unknown_template_is_a_clear_error(composer: ReminderComposer) -> None:
    acct = account()
    invoices = [invoice()]
    with pytest.raises(UnknownTemplate, match="polite_haiku"):
        composer.compose(reminder(acct, invoices, template="polite_haiku"), acct, invoices)


def test_owners_templates_can_live_elsewhere(tmp_path: Path) -> None:
    folder = tmp_path / "email"
    folder.mkdir()
    (folder / "gentle.txt.j2").write_text(
        "{% block subject %}Hi about {{ subject_numbers }}{% endblock %}Owed: {{ total }}\n")
    (folder / "gentle.html.j2").write_text("<p>Owed: {{ total }}</p>")
    acct = account()
    invoices = [invoice()]

    subject, text, html = render_preview(business(), acct, invoices, reminder(acct, invoices),
                                         templates_dir=tmp_path)

    assert (subject, text, html.count("£1,234.50")) == ("Hi about INV-1001", "Owed: £1,234.50\n",
                                                        1)


def test_preview_gives_subject_text_and_html(composer: ReminderComposer) -> None:
    acct = account()
    invoices = [invoice()]
    subject, text, html = composer.preview(reminder(acct, invoices, template="firm"), acct,
                                           invoices)

    assert subject == "Overdue: invoice INV-1001"
    assert "Hello Jo Bloggs," in text
    assert html.lstrip().lower().startswith("<!doctype html>")
