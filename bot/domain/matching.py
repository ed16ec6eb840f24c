"""Which account a debtor's message is about, and how we know.

Tried in order of confidence, the first that names exactly one account wins:
1. a Message-ID duebot sent, in In-Reply-To / References (or in a bounce's returned original);
2. the per-account reply token in a To / Delivered-To address;
3. the sender's address among the account's contacts;
4. invoice numbers the message mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

_DUEBOT_MESSAGE_ID = re.compile(r"<?duebot\.([0-9a-f]{32})@[^>\s]+>?", re.IGNORECASE)


class MatchedBy(StrEnum):
    MESSAGE_ID = "message_id"
    REPLY_TOKEN = "reply_token"
    SENDER = "sender"
    INVOICE = "invoice"


@dataclass(frozen=True, slots=True)
class Match:
    account_id: str
    by: MatchedBy
    evidence: str


@dataclass(frozen=True, slots=True)
class MessageClues:
    """What a message says about where it belongs."""

    message_ids: tuple[str, ...]  # In-Reply-To, References, a bounce's original ids
    addresses: tuple[str, ...]  # To and Delivered-To
    sender: str
    invoices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AccountDirectory:
    """Lookups from the store, handed to the pure matcher."""

    account_for_key: Callable[[str], str | None]
    account_for_address: Callable[[str], str | None]  # reply-token addresses
    accounts_by_contact: Mapping[str, frozenset[str]]  # lower-cased email -> account ids
    account_by_invoice: Mapping[str, str]


def duebot_keys(message_ids: Iterable[str]) -> list[str]:
    """The idempotency keys in Message-IDs duebot made (see `message_id_for`)."""
    keys = []
    for value in message_ids:
        for found in _DUEBOT_MESSAGE_ID.finditer(value or ""):
            keys.append(found.group(1).lower())
    return keys


def match_account(clues: MessageClues, directory: AccountDirectory) -> Match | None:
    for key in duebot_keys(clues.message_ids):
        account = directory.account_for_key(key)
        if account is not None:
            return Match(account, MatchedBy.MESSAGE_ID, key)
    for address in clues.addresses:
        account = directory.account_for_address(address)
        if account is not None:
            return Match(account, MatchedBy.REPLY_TOKEN, address)
    by_sender = directory.accounts_by_contact.get(clues.sender.strip().lower(), frozenset())
    if len(by_sender) == 1:
        return Match(next(iter(by_sender)), MatchedBy.SENDER, clues.sender)
    named = {directory.account_by_invoice[n] for n in clues.invoices
             if n in directory.account_by_invoice}
    if by_sender:
        named &= by_sender
    if len(named) == 1:
        return Match(next(iter(named)), MatchedBy.INVOICE, ", ".join(clues.invoices))
    return None
