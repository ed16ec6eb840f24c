"""Readying the parser before the first real message: `prime_parser()`.

Much of what reading a reply needs is built on first use, not on import: dateparser loads
each language's tables and compiles its time-zone patterns on its first call (about a
quarter of a second of CPU), and many patterns in the libraries beneath are compiled when
first searched. A parsing worker that has not been primed pays all that on the first
messages it reads. Priming reads a few small messages written here, one per path the
parser has (the four languages' relative dates, an HTML body with a quoted thread, a
delivery-status report, an out-of-office notice), so a long-running reader pays it once,
when it starts.
"""

from __future__ import annotations

from email.message import EmailMessage

from bot.mail.parse_reply import ParsedReply, parse_reply

_SENT = "Mon, 02 Mar 2026 10:00:00 +0000"
_QUOTE = (
    "\n\nOn Fri, 27 Feb 2026 at 09:00, Accounts <accounts@sender.example> wrote:\n"
    "> Dear customer, invoice INV-1001 for GBP 480.00 is now overdue.\n"
    "> If you have already paid, please ignore this message.\n"
)


def _reply(body: str, *, subtype: str = "plain", headers: dict[str, str] | None = None
           ) -> bytes:
    message = EmailMessage()
    message["From"] = "ap@customer.example"
    message["To"] = "accounts@sender.example"
    message["Subject"] = "Re: invoice INV-1001"
    message["Date"] = _SENT
    message["Message-ID"] = "<priming@duebot.invalid>"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body, subtype=subtype)
    return message.as_bytes()


_DELIVERY_REPORT = b"""\
From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>
To: accounts@sender.example
Subject: Undelivered Mail Returned to Sender
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <priming-dsn@duebot.invalid>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

<gone@customer.example>: host mx.customer.example said: 550 5.1.1 User unknown

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sender.example

Final-Recipient: rfc822; gone@customer.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b1
Content-Type: message/rfc822

From: accounts@sender.example
To: gone@customer.example
Subject: Invoice INV-1001 is overdue
Message-ID: <priming-original@duebot.invalid>

Dear customer, invoice INV-1001 is now overdue.

--b1--
"""


def priming_messages() -> list[bytes]:
    """The messages `prime_parser` reads: one per language and kind of message."""
    return [
        _reply("Sorry for the delay, we will pay invoice INV-1001 tomorrow." + _QUOTE),
        _reply("Hola, pagaremos la factura INV-1001 mañana. Saludos"),
        _reply("Bonjour, nous paierons la facture INV-1001 demain. Cordialement"),
        _reply("Hallo, wir zahlen die Rechnung INV-1001 morgen. Viele Grüße"),
        _reply("<html><body><p>We paid the invoice yesterday.</p><blockquote>Dear customer, "
               "invoice INV-1001 is now overdue.</blockquote></body></html>", subtype="html"),
        _DELIVERY_REPORT,
        _reply("I am out of the office until Monday 9 March 2026 with no access to email.",
               headers={"Auto-Submitted": "auto-replied"}),
    ]


def prime_parser() -> list[ParsedReply]:
    """Read the priming messages; returns what was read (for tests)."""
    return [parse_reply(raw) for raw in priming_messages()]
