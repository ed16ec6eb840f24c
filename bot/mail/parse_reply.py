"""One incoming message understood, without a database: `parse_reply(raw) -> ParsedReply`.

Reads the bytes (`reading`), recognises delivery failures (`bounces`), separates the sender's
own words from the quoted thread and signature (`quotes`) and lets the domain classifier say
what they mean. `parsed_reply_json` gives the `duebot parse-reply --json` shape of DESIGN.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bot.domain.replies.automatic import is_challenge
from bot.domain.replies.classifier import ReplyFacts, understand
from bot.domain.replies.intents import ReplyIntent
from bot.domain.replies.invoices import invoice_numbers
from bot.mail.bounces import Bounce, find_bounce
from bot.mail.quotes import split_reply
from bot.mail.reading import Attachment, ReadMessage, ReplyParseError, read_message

__all__ = ["ParsedReply", "ReplyParseError", "parse_reply", "parsed_reply_json"]

_CENTS = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class ParsedReply:
    """Everything duebot needs from one incoming message to match it and act on it."""

    intent: ReplyIntent
    promised_date: date | None
    amount: Decimal | None
    currency: str | None
    return_date: date | None
    bounce: Bounce | None
    invoices: tuple[str, ...]
    new_text: str
    visible_text: str
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str
    to: tuple[str, ...]
    delivered_to: tuple[str, ...]
    date: datetime | None
    subject: str
    attachments: tuple[Attachment, ...]


def parse_reply(raw: bytes) -> ParsedReply:
    """Understand one raw message; raises `ReplyParseError` only if it cannot be read at all."""
    try:
        return _understood(read_message(raw))
    except ReplyParseError:
        raise
    except Exception as error:  # a message that trips a bug must not stop the ones after it
        raise ReplyParseError("unexpected failure while parsing", detail=repr(error)) from error


def _understood(message: ReadMessage) -> ParsedReply:
    headers = message.headers
    challenge = is_challenge(message.text)
    bounce = None if challenge else find_bounce(message)
    reply = split_reply(message.text, headers.sender)
    sent_on = headers.date.date() if headers.date else None
    understanding = understand(
        ReplyFacts(
            new_text=reply.new_text,
            visible_text=reply.visible,
            subject=headers.subject,
            headers=headers.raw,
            sent_on=sent_on,
            context=message.text,
            is_bounce=bounce is not None,
            is_challenge=challenge,
        )
    )
    money = understanding.amount
    return ParsedReply(
        intent=understanding.intent,
        promised_date=understanding.promised_date,
        amount=money.amount.quantize(_CENTS) if money else None,
        currency=money.currency if money else None,
        return_date=understanding.return_date,
        bounce=bounce,
        invoices=tuple(invoice_numbers(headers.subject, reply.new_text)),
        new_text=reply.new_text,
        visible_text=reply.visible,
        message_id=headers.message_id,
        in_reply_to=headers.in_reply_to,
        references=headers.references,
        sender=headers.sender,
        to=headers.to,
        delivered_to=headers.delivered_to,
        date=headers.date,
        subject=headers.subject,
        attachments=message.attachments,
    )


def parsed_reply_json(file: str, parsed: ParsedReply) -> dict[str, Any]:
    """The `duebot parse-reply --json` object for one file, exactly as DESIGN.md specifies."""
    bounce = parsed.bounce
    return {
        "file": file,
        "intent": str(parsed.intent),
        "promised_date": parsed.promised_date.isoformat() if parsed.promised_date else None,
        "amount": str(parsed.amount) if parsed.amount is not None else None,
        "currency": parsed.currency,
        "return_date": parsed.return_date.isoformat() if parsed.return_date else None,
        "bounce": (
            {"kind": bounce.kind, "status": bounce.status, "recipient": bounce.recipient}
            if bounce
            else None
        ),
        "invoices": list(parsed.invoices),
        "new_text": parsed.new_text,
    }
