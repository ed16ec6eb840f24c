"""Sending over SMTP against a real aiosmtpd server: what arrives, and how failures are told."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.domain.addressing import TokenIndex
from bot.domain.reminders import message_id_for
from bot.mail.compose import ReminderComposer
from bot.mail.smtp import Delivery, SmtpSender, Stage
from tests.mail.builders import account, business, invoice, reminder
from tests.mail.conftest import Certificate, MailServerFactory, accept_login, free_port

SENDER = "accounts@brightwater.example"
RAW = (b"From: accounts@brightwater.example\r\nTo: jo@acme.example\r\nSubject: test\r\n"
       b"Message-ID: <t@brightwater.example>\r\n\r\nHello\r\n")


async def test_a_reminder_arrives_with_its_identity_both_parts_and_the_pdf(
    mail_server: MailServerFactory, tmp_path: Path
) -> None:
    server = mail_server()
    pdf = tmp_path / "INV-1001.pdf"
    pdf.write_bytes(b"%PDF-1.4\nsample\n%%EOF\n")
    acct = account()
    invoices = [invoice(pdf_path=str(pdf)), invoice("INV-1002")]
    rem = reminder(acct, invoices)
    email = ReminderComposer(business()).compose(rem, acct, invoices)

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(email.raw, SENDER, rem.to)

    assert outcome.delivered and outcome.code == 250
    [message] = server.mailbox.messages()
    assert server.mailbox.envelopes == [(SENDER, ["jo@acme.example"])]
    assert message["Message-ID"] == message_id_for(rem.key, "brightwater.example")
    assert TokenIndex([acct.id]).account_for(message["Reply-To"]) == acct.id
    assert "INV-1001" in message["Subject"] and "INV-1002" in message["Subject"]
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "INV-1001.pdf"


async def test_a_4xx_reply_is_temporary_with_its_code_and_reason(
    mail_server: MailServerFactory,
) -> None:
    server = mail_server()
    server.mailbox.data_reply = "451 4.3.0 Mailbox busy, try later"

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])

    assert outcome.status is Delivery.TEMPORARY and outcome.temporary
    assert (outcome.code, outcome.stage) == (451, Stage.DATA)
    assert "Mailbox busy" in outcome.reason
    assert not outcome.uncertain
    assert server.mailbox.received == []


async def test_a_5xx_for_a_recipient_is_permanent_and_names_the_recipient(
    mail_server: MailServerFactory,
) -> None:
    server = mail_server()
    server.mailbox.rcpt_replies["gone@acme.example"] = "550 5.1.1 No such user here"

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(RAW, SENDER, ["gone@acme.example"])

    assert outcome.permanent and not outcome.delivered
    assert (outcome.code, outcome.stage) == (550, Stage.RCPT)
    assert outcome.refused_recipients == ("gone@acme.example",)
    assert "No such user" in outcome.reason


async def test_a_5xx_for_the_message_is_permanent_for_every_recipient(
    mail_server: MailServerFactory,
) -> None:
    server = mail_server()
    server.mailbox.data_reply = "554 5.7.1 Message refused"

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example", "ap@acme.example"])

    assert outcome.permanent and outcome.stage is Stage.DATA
    assert set(outcome.refused_recipients) == {"jo@acme.example", "ap@acme.example"}


async def test_when_one_of_two_recipients_is_refused_the_other_still_gets_it(
    mail_server: MailServerFactory,
) -> None:
    server = mail_server()
    server.mailbox.rcpt_replies["gone@acme.example"] = "550 5.1.1 No such user here"

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example", "gone@acme.example"])

    assert outcome.delivered
    assert outcome.refused_recipients == ("gone@acme.example",)
    assert server.mailbox.envelopes == [(SENDER, ["jo@acme.example"])]


async def test_a_4xx_for_every_recipient_is_temporary(mail_server: MailServerFactory) -> None:
    server = mail_server()
    server.mailbox.rcpt_replies["jo@acme.example"] = "450 4.2.1 Mailbox temporarily full"

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])

    assert outcome.temporary and outcome.deferred_recipients == ("jo@acme.example",)


async def test_many_messages_share_a_few_connections(mail_server: MailServerFactory) -> None:
    server = mail_server()
    sender = SmtpSender(server.smtp_config(connections=3))

    outcomes = await asyncio.gather(*(
        sender.send(RAW, SENDER, [f"debtor{n}@acme.example"]) for n in range(60)))
    await sender.close()

    assert all(o.delivered for o in outcomes)
    assert len(server.mailbox.received) == 60
    assert server.mailbox.connections <= 3
    assert sender.connections_opened <= 3


async def test_a_connection_the_server_dropped_is_replaced_and_nothing_is_lost(
    mail_server: MailServerFactory,
) -> None:
    server = mail_server()
    sender = SmtpSender(server.smtp_config(connections=1))
    assert (await sender.send(RAW, SENDER, ["jo@acme.example"])).delivered

    server.restart()
    outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])
    await sender.close()

    assert outcome.delivered
    assert len(server.mailbox.received) == 2
    assert sender.connections_opened == 2


async def test_a_connection_lost_after_the_message_was_handed_over_is_uncertain(
    mail_server: MailServerFactory,
) -> None:
    server = mail_server()
    server.mailbox.hang_up_after_data = True

    async with SmtpSender(server.smtp_config()) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])

    assert outcome.temporary and outcome.uncertain and outcome.stage is Stage.DATA
    assert len(server.mailbox.received) == 1  # it did arrive: resending would duplicate it


async def test_nobody_listening_is_temporary_trouble_connecting() -> None:
    from bot.config import SmtpConfig

    config = SmtpConfig(host="127.0.0.1", port=free_port(), security="none", timeout_seconds=2)
    async with SmtpSender(config) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])

    assert outcome.temporary and outcome.stage is Stage.CONNECT and outcome.code is None
    assert "cannot connect" in outcome.reason


async def test_starttls_is_used_when_configured(
    mail_server: MailServerFactory, self_signed: Certificate
) -> None:
    server = mail_server(tls_context=self_signed.server_context(), require_starttls=True)
    sender = SmtpSender(server.smtp_config(security="starttls"),
                        tls_context=self_signed.client_context())

    outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])
    await sender.close()

    assert outcome.delivered
    assert len(server.mailbox.received) == 1


async def test_an_untrusted_certificate_is_not_accepted(
    mail_server: MailServerFactory, self_signed: Certificate
) -> None:
    server = mail_server(tls_context=self_signed.server_context(), require_starttls=True)

    async with SmtpSender(server.smtp_config(security="starttls")) as sender:
        outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])

    assert outcome.temporary and outcome.stage is Stage.CONNECT
    assert server.mailbox.received == []


async def test_implicit_tls_is_used_when_configured(
    mail_server: MailServerFactory, self_signed: Certificate
) -> None:
    server = mail_server(ssl_context=self_signed.server_context())
    sender = SmtpSender(server.smtp_config(security="tls"),
                        tls_context=self_signed.client_context())

    outcome = await sender.send(RAW, SENDER, ["jo@acme.example"])
    await sender.close()

    assert outcome.delivered


async def test_it_logs_in_when_a_username_is_set(
    mail_server: MailServerFactory, self_signed: Certificate
) -> None:
    server = mail_server(tls_context=self_signed.server_context(), require_starttls=True,
                         auth_required=True, authenticator=accept_login("duebot", "s3cret"),
                         auth_exclude_mechanism=["LOGIN"])

    good = SmtpSender(server.smtp_config(security="starttls", username="duebot",
                                         password="s3cret"),
                      tls_context=self_signed.client_context())
    bad = SmtpSender(server.smtp_config(security="starttls", username="duebot",
                                        password="wrong"),
                     tls_context=self_signed.client_context())
    delivered = await good.send(RAW, SENDER, ["jo@acme.example"])
    refused = await bad.send(RAW, SENDER, ["jo@acme.example"])
    await good.close()
    await bad.close()

    assert delivered.delivered
    assert refused.temporary and refused.stage is Stage.CONNECT and "login" in refused.reason


def test_one_sender_serves_successive_event_loops(mail_server: MailServerFactory) -> None:
    server = mail_server()
    sender = SmtpSender(server.smtp_config())

    first = asyncio.run(sender.send(RAW, SENDER, ["jo@acme.example"]))
    second = asyncio.run(sender.send(RAW, SENDER, ["jo@acme.example"]))

    assert first.delivered and second.delivered
    assert len(server.mailbox.received) == 2
