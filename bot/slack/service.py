"""Running the Slack side of duebot: one Web API client, the Bolt app, and either the HTTP
endpoint (an aiohttp web app; never Bolt's development server) or a Socket Mode connection.

`SlackService.start()` / `stop()` are for `duebot run` to call beside the scheduler, and
`post_tasks()` and `post_digest_if_due()` for each of its ticks. Everything shares one aiohttp
session.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.clock import Clock
from bot.domain.owner_recap import OwnerRecap
from bot.slack.access import StaffGate
from bot.slack.app import SlackDeps, build_app
from bot.slack.digest import DigestPoster
from bot.slack.poster import PostReport, TaskPoster
from bot.slack.recap import post_owner_recap
from bot.slack.settings import SlackConfig
from bot.slack.wording import SlackWording
from bot.store.repository import Repository

log = logging.getLogger(__name__)


class SlackNotStarted(RuntimeError):
    """The service was used before `start()` or after `stop()`."""


def slack_web_app(app: AsyncApp, path: str) -> web.Application:
    """An aiohttp web app that hands Slack's requests at `path` to the Bolt app."""

    async def handle(request: web.Request) -> web.Response:
        bolt_response = await app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

    web_app = web.Application()
    web_app.router.add_post(path, handle)
    return web_app


class SlackService:
    def __init__(
        self,
        config: SlackConfig,
        repo: Repository,
        clock: Clock,
        *,
        locale: str = "en_GB",
        timezone: str = "UTC",
        profile: str = "b2b",
        on_recorded: Callable[[], None] | None = None,
    ) -> None:
        self._config = config
        self._profile = profile
        self._on_recorded = on_recorded
        self._repo = repo
        self._clock = clock
        self._locale = locale
        self._timezone = timezone
        self._session: aiohttp.ClientSession | None = None
        self._client: AsyncWebClient | None = None
        self._app: AsyncApp | None = None
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._poster: TaskPoster | None = None
        self._digest: DigestPoster | None = None
        self._deps: SlackDeps | None = None
        self.port: int | None = None

    @property
    def client(self) -> AsyncWebClient:
        if self._client is None:
            raise SlackNotStarted("the Slack service is not running")
        return self._client

    @property
    def app(self) -> AsyncApp:
        if self._app is None:
            raise SlackNotStarted("the Slack service is not running")
        return self._app

    async def start(self) -> None:
        """Load and check the Slack texts (raising `WordingError`) and resolve secrets (raising
        `SlackSecretMissing`), then listen for Slack."""
        config = self._config
        wording = SlackWording.load(config.templates_dir)
        token = config.resolved_bot_token()
        http = config.mode == "http"
        signing_secret = config.resolved_signing_secret() if http else None
        app_token = None if http else config.resolved_app_token()
        self._session = aiohttp.ClientSession()
        self._client = AsyncWebClient(token=token, base_url=config.api_base_url,
                                      session=self._session)
        self._deps = SlackDeps(repo=self._repo, clock=self._clock,
                               gate=StaffGate(config.staff, self._client), locale=self._locale,
                               timezone=self._timezone, on_recorded=self._on_recorded,
                               wording=wording)
        self._app = build_app(self._deps, self._client, signing_secret=signing_secret)
        self._poster = TaskPoster(self._repo, self._client, self._clock, channel=config.channel,
                                  locale=self._locale, timezone=self._timezone,
                                  profile=self._profile, wording=wording)
        self._digest = DigestPoster(self._repo, self._client, self._clock,
                                    channel=config.channel, at=config.digest_time,
                                    locale=self._locale, timezone=self._timezone,
                                    wording=wording)
        if app_token is not None:
            self._socket = AsyncSocketModeHandler(self._app, app_token, web_client=self._client)
            await self._socket.connect_async()
            log.info("Slack: connected in Socket Mode")
            return
        self._runner = web.AppRunner(slack_web_app(self._app, config.http.path),
                                     access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, config.http.host, config.http.port)
        await site.start()
        self.port = _bound_port(self._runner, config.http.port)
        log.info("Slack: listening on http://%s:%s%s", config.http.host, self.port,
                 config.http.path)

    async def post_tasks(self) -> PostReport:
        """Post every open staff task that has no card yet."""
        if self._poster is None:
            raise SlackNotStarted("the Slack service is not running")
        return await self._poster.post_open_tasks()

    async def post_digest_if_due(self) -> bool:
        """Post today's digest to the channel once it is time (and only once a day)."""
        if self._digest is None:
            raise SlackNotStarted("the Slack service is not running")
        return await self._digest.post_if_due()

    async def post_owner_recap(self, recap: OwnerRecap) -> None:
        """Post the summary of the owner's weekly recap to the channel."""
        if self._deps is None:
            raise SlackNotStarted("the Slack service is not running")
        await post_owner_recap(self.client, self._config.channel, recap, self._locale,
                               self._deps.wording)

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._deps is not None:
            await asyncio.to_thread(self._deps.writer.shutdown, wait=True)
            self._deps = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._client = self._app = self._poster = self._digest = None


def _bound_port(runner: web.AppRunner, configured: int) -> int:
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return configured
