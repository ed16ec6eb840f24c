"""Who may record outcomes: the staff the owner allowed by user ID, user group or channel.

Group and channel memberships are asked of Slack and kept for `ttl_seconds`, so a burst of
clicks costs one lookup. When Slack cannot answer, nobody is admitted through that route.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.settings import AllowedStaff

log = logging.getLogger(__name__)

REFUSAL = ("Sorry, only the staff duebot's owner has allowed can record outcomes. "
           "Nothing was recorded.")


class StaffGate:
    def __init__(
        self,
        staff: AllowedStaff,
        client: AsyncWebClient,
        *,
        ttl_seconds: float = 300,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._staff = staff
        self._client = client
        self._ttl = ttl_seconds
        self._monotonic = monotonic
        self._members: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = asyncio.Lock()

    async def allows(self, user_id: str) -> bool:
        """May this Slack user record outcomes?"""
        if user_id in self._staff.users:
            return True
        if self._staff.usergroup and user_id in await self._group_members(self._staff.usergroup):
            return True
        return bool(self._staff.channel
                    and user_id in await self._channel_members(self._staff.channel))

    async def _group_members(self, group: str) -> frozenset[str]:
        async def fetch() -> frozenset[str]:
            response = await self._client.usergroups_users_list(usergroup=group)
            return frozenset(response.get("users") or ())

        return await self._cached(f"group:{group}", fetch)

    async def _channel_members(self, channel: str) -> frozenset[str]:
        async def fetch() -> frozenset[str]:
            members: set[str] = set()
            cursor: str | None = None
            while True:
                response = await self._client.conversations_members(
                    channel=channel, cursor=cursor, limit=1000)
                members.update(response.get("members") or ())
                cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
                if not cursor:
                    return frozenset(members)

        return await self._cached(f"channel:{channel}", fetch)

    async def _cached(
        self, key: str, fetch: Callable[[], Awaitable[frozenset[str]]]
    ) -> frozenset[str]:
        async with self._lock:
            hit = self._members.get(key)
            if hit is not None and self._monotonic() - hit[0] < self._ttl:
                return hit[1]
            try:
                members = await fetch()
            except SlackApiError as exc:
                log.warning("cannot read %s members from Slack: %s", key, exc.response.get("error"))
                return frozenset()
            self._members[key] = (self._monotonic(), members)
            return members
