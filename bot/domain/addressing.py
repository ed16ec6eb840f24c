"""Per-account reply addresses: replies to a reminder come back to the collections mailbox with
a token naming the account, via plus-addressing (`accounts+acme-ltd-3f2a9c1e@example.com`).

The token is a short readable slug of the account id plus a hash of the exact id, so any id
(spaces, unicode, `+`, `@`) gives a token that is safe in an address's local part, lowercase
(some servers fold case), and distinct for distinct ids. It is recovered to the account id by
looking it up among the known ids (`account_for_token` / `TokenIndex`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from email.utils import parseaddr
from functools import lru_cache

SLUG_MAX = 20
HASH_LEN = 8
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
ADDR_SPEC = r"[^\s\"(),:;<>@\[\]\\]+@[^\s\"(),:;<>@\[\]\\]+"
"""A plain address, local@domain, with none of the characters that need the full parser."""
_BARE_ADDRESS = re.compile(ADDR_SPEC + r"\Z")
_TOKEN = re.compile(rf"^(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?[0-9a-f]{{{HASH_LEN}}}$")


class AddressError(ValueError):
    """An address duebot cannot build a reply address from."""

    def __init__(self, address: str, reason: str) -> None:
        super().__init__(f"{address!r}: {reason}")
        self.address = address
        self.reason = reason


def _slug(account_id: str) -> str:
    ascii_text = (
        unicodedata.normalize("NFKD", account_id).encode("ascii", "ignore").decode("ascii")
    )
    slug = _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-")
    return slug[:SLUG_MAX].rstrip("-")


@lru_cache(maxsize=65536)
def account_token(account_id: str) -> str:
    """The token that stands for `account_id` in reply addresses."""
    digest = hashlib.sha256(account_id.encode("utf-8")).hexdigest()[:HASH_LEN]
    slug = _slug(account_id)
    return f"{slug}-{digest}" if slug else digest


def reply_address(reply_to: str, account_id: str) -> str:
    """`reply_to` with the account's token added: `ar@x.com` -> `ar+<token>@x.com`."""
    parts = reply_to.split()
    local, at, domain = (parts[0] if len(parts) == 1 else "").rpartition("@")
    if not at or not local or not domain:
        raise AddressError(reply_to, "not a plain address like accounts@example.com")
    return f"{local}+{account_token(account_id)}@{domain}"


def account_token_in(address: str) -> str | None:
    """The account token in an address duebot made (`Name <ar+tok@x.com>` or `ar+tok@x.com`),
    or None when the address carries none."""
    if _BARE_ADDRESS.match(address):
        addr_spec = address  # the usual case, an address already parsed: nothing to unwrap
    else:
        _, addr_spec = parseaddr(address)
    local, at, _ = (addr_spec or address).strip().rpartition("@")
    if not at:
        return None
    _, plus, token = local.rpartition("+")
    token = token.lower()
    if not plus or not _TOKEN.match(token):
        return None
    return token


class TokenIndex:
    """Recovers account ids from tokens, for a known set of accounts."""

    def __init__(self, account_ids: Iterable[str]) -> None:
        self._by_token = {account_token(account_id): account_id for account_id in account_ids}

    def account_for(self, address_or_token: str) -> str | None:
        token = account_token_in(address_or_token)
        if token is None:
            token = address_or_token.strip().lower()
        return self._by_token.get(token)


def account_for_token(address_or_token: str, account_ids: Iterable[str]) -> str | None:
    """The account whose token is in `address_or_token` (an address or a bare token), if any."""
    return TokenIndex(account_ids).account_for(address_or_token)
