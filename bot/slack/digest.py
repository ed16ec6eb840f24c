"""The daily digest: posted to the channel once a day, at the configured time or after it.

Call `post_if_due()` as often as you like (each scheduler tick): it posts when the business's
local time has reached `digest_time` and today's digest is not yet posted (remembered in the
store as meta `slack:digest:<date>`, so a restart does not post it twice).
"""

from __future__ import annotations

import asyncio
from datetime import time
from zoneinfo import ZoneInfo

from slack_sdk.web.async_client import AsyncWebClient

from bot.clock import Clock
from bot.slack.overview import digest_blocks, digest_text, gather_overview
from bot.slack.wording import SlackWording, default_wording
from bot.store.repository import Repository

_DIGEST_KEY = "slack:digest:"


class DigestPoster:
    def __init__(
        self,
        repo: Repository,
        client: AsyncWebClient,
        clock: Clock,
        *,
        channel: str,
        at: time,
        locale: str = "en_GB",
        timezone: str = "UTC",
        wording: SlackWording | None = None,
    ) -> None:
        self._repo = repo
        self._client = client
        self._clock = clock
        self._channel = channel
        self._at = at
        self._locale = locale
        self._zone = ZoneInfo(timezone)
        self._wording = wording or default_wording()
        self._lock = asyncio.Lock()

    async def post_if_due(self) -> bool:
        """Post today's digest if it is time and it is not posted yet. True when posted."""
        async with self._lock:
            local = self._clock.now().astimezone(self._zone)
            key = f"{_DIGEST_KEY}{local.date().isoformat()}"
            if local.time() < self._at or self._repo.meta(key) is not None:
                return False
            overview = await asyncio.to_thread(gather_overview, self._repo, self._clock.now(),
                                               locale=self._locale)
            response = await self._client.chat_postMessage(
                channel=self._channel, text=digest_text(overview, local.date(), self._wording),
                blocks=digest_blocks(overview, local.date(), self._wording))
            with self._repo.transaction() as tx:
                tx.put_meta(key, {"channel": str(response["channel"]), "ts": str(response["ts"])})
            return True
