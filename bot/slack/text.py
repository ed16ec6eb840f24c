"""Small text helpers for Slack messages: mrkdwn escaping, money, clipping."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency


def escape(text: str) -> str:
    """Slack mrkdwn control characters, escaped as Slack asks (`&`, `<`, `>`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def money(amount: Decimal, currency: str, locale: str) -> str:
    return str(format_currency(amount, currency, locale=locale))


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
