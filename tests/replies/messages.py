"""Raw messages for the reply tests, built the way mail clients write them."""

from __future__ import annotations

from bot.mail.parse_reply import ParsedReply, parse_reply

QUOTED_REMINDER = (
    "On Tue, 4 Nov 2025 at 09:00, Brightleaf Accounts <accounts@brightleaf.example> wrote:\n"
    "> Dear Rick,\n"
    "> Invoice INV-1042 for $1,250.00 was due on October 24, 2025.\n"
    "> If you have already paid, please ignore this message.\n"
    "> If you dispute this invoice, reply and we will look into it. Reply STOP to opt out.\n"
)


def reply(
    body: str,
    *,
    date: str = "Tue, 04 Nov 2025 16:42:38 -0500",
    subject: str = "Re: Friendly reminder: invoice INV-1042",
    headers: str = "",
    charset: str | None = "utf-8",
    content_type: str = "text/plain",
) -> bytes:
    """A reply to a reminder: headers, then the body (str, encoded as `charset`)."""
    declared = f"; charset={charset}" if charset else ""
    head = (
        "From: Rick Salazar <rick@salazar.example>\n"
        "To: Brightleaf Accounts <accounts@brightleaf.example>\n"
        f"Subject: {subject}\n"
        f"Date: {date}\n"
        "Message-ID: <reply-1@salazar.example>\n"
        "In-Reply-To: <reminder-1@brightleaf.example>\n"
        "References: <reminder-1@brightleaf.example>\n"
        f"{headers}"
        "MIME-Version: 1.0\n"
        f"Content-Type: {content_type}{declared}\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    return head.encode("ascii") + body.encode(charset or "utf-8")


def dsn(*, status: str, action: str = "failed", recipient: str = "gone@debtor.example",
        diagnostic: str = "smtp; 550 5.1.1 <gone@debtor.example>: Recipient address rejected: "
        "User unknown in virtual mailbox table") -> bytes:
    """An RFC 3464 delivery status notification for one of our reminders."""
    return f"""From: MAILER-DAEMON@mx.brightleaf.example (Mail Delivery System)
To: accounts@brightleaf.example
Subject: Undelivered Mail Returned to Sender
Date: Wed, 05 Nov 2025 10:00:00 +0000
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.brightleaf.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.brightleaf.example

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: {action}
Status: {status}
Diagnostic-Code: {diagnostic}

--BOUNDARY
Content-Type: message/rfc822

From: Brightleaf Accounts <accounts@brightleaf.example>
To: {recipient}
Subject: Friendly reminder: invoice INV-1042
Message-ID: <reminder-1@brightleaf.example>

Dear Rick, invoice INV-1042 is overdue.

--BOUNDARY--
""".encode("ascii")


def read_above_the_reminder(words: str) -> ParsedReply:
    """A reply of `words` written above the quoted reminder, as duebot reads it."""
    return parse_reply(reply(f"{words}\n\n{QUOTED_REMINDER}"))
