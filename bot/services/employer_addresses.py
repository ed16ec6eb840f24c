"""Marking an address as the debtor's employer's: consumer profiles never email it.

Staff who learn that an address is a debtor's work address (their employer's) mark it here
(`duebot mark-employer`); the fact is an EMPLOYER_ADDRESS event with who, when and why, and the
compliance guard refuses email to it from then on under the `us_consumer` profile.
"""

from __future__ import annotations

from datetime import datetime

from bot.domain.account_state import normalise_address
from bot.domain.events import EventType
from bot.store.repository import Repository


class EmployerAddressError(Exception):
    """An address cannot be marked as asked."""


class NoSuchAccount(EmployerAddressError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id!r}")
        self.account_id = account_id


class NotAnAccountAddress(EmployerAddressError):
    def __init__(self, account_id: str, address: str, known: tuple[str, ...]) -> None:
        super().__init__(f"{address} is not an address of account {account_id!r} "
                         f"(it has: {', '.join(known) or 'none'})")
        self.account_id = account_id
        self.address = address


def mark_employer_address(repo: Repository, account_id: str, address: str, *, by: str,
                          now: datetime, reason: str | None = None) -> str:
    """Record that `address` is the debtor's employer's. Returns the address as on file."""
    account = repo.account(account_id)
    if account is None:
        raise NoSuchAccount(account_id)
    wanted = normalise_address(address)
    on_file = next((a for a in account.emails if normalise_address(a) == wanted), None)
    if on_file is None:
        raise NotAnAccountAddress(account_id, address, account.emails)
    with repo.transaction() as tx:
        tx.append(account_id, EventType.EMPLOYER_ADDRESS, at=now, actor=f"cli:{by}",
                  data={"address": on_file, "by": by, "reason": reason or ""})
    return on_file
