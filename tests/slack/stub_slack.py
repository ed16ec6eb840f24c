"""A local stand-in for Slack's Web API: answers like Slack and records every call."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

WAIT_LIMIT_SECONDS = 10  # a safety net so a broken test fails instead of hanging


@dataclass(frozen=True, slots=True)
class ApiCall:
    method: str
    args: dict[str, Any]
    answer: dict[str, Any]


@dataclass(slots=True)
class StubSlack:
    """Start with `await StubSlack().start()`; point WebClient's base_url at `url`."""

    usergroup_members: dict[str, list[str]] = field(default_factory=dict)
    channel_members: dict[str, list[str]] = field(default_factory=dict)
    calls: list[ApiCall] = field(default_factory=list)
    url: str = ""
    _runner: web.AppRunner | None = None
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ts: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    held: dict[str, asyncio.Event] = field(default_factory=dict)
    socket_replies: list[dict[str, Any]] = field(default_factory=list)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # newest first

    async def start(self) -> StubSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._answer)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/api/"
        return self

    async def stop(self) -> None:
        for socket in self._sockets:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def hold(self, method: str) -> asyncio.Event:
        """Make `method` answer only once the returned event is set (a slow Slack)."""
        self.held[method] = asyncio.Event()
        return self.held[method]

    def called(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    def posted_blocks(self, ts: str) -> list[dict[str, Any]] | None:
        """The blocks of the message posted with this ts, as Slack would send them back."""
        for call in self.called("chat.postMessage"):
            if call.answer.get("ts") == ts:
                blocks: list[dict[str, Any]] = call.args.get("blocks") or []
                return blocks
        return None

    async def wait_for(self, method: str, count: int = 1) -> list[ApiCall]:
        """Wait until `method` has been called `count` times (work after the ack is async)."""
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.called(method)) >= count),
                WAIT_LIMIT_SECONDS)
        return self.called(method)

    async def push(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Socket Mode: send an envelope to the connected app; wait for its acknowledgement."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: bool(self._sockets)),
                                   WAIT_LIMIT_SECONDS)
        await self._sockets[-1].send_json(envelope)
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: any(
                r.get("envelope_id") == envelope["envelope_id"] for r in self.socket_replies)),
                WAIT_LIMIT_SECONDS)
        return next(r for r in self.socket_replies
                    if r.get("envelope_id") == envelope["envelope_id"])

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"type": "hello", "num_connections": 1,
                                "connection_info": {"app_id": "A111"}})
        async with self._changed:
            self._sockets.append(socket)
            self._changed.notify_all()
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                async with self._changed:
                    self.socket_replies.append(json.loads(message.data))
                    self._changed.notify_all()
        return socket

    async def _answer(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if method in self.held:
            await self.held[method].wait()
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(await request.post())
        body = self._reply(method, args)
        async with self._changed:
            self.calls.append(ApiCall(method, args, body))
            self._changed.notify_all()
        return web.json_response(body)

    def _reply(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(self._ts):06d}"  # like Slack: the time it was posted
        channel = str(args.get("channel", ""))
        if method == "chat.postMessage":
            if channel.startswith(("U", "W")):
                channel = "D" + channel[1:]
            metadata = args.get("metadata")
            message = {"ts": ts, "text": args.get("text"), "blocks": args.get("blocks"),
                       "metadata": json.loads(metadata) if isinstance(metadata, str) else metadata}
            self.history.setdefault(channel, []).insert(0, message)
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "conversations.open":
            user = str(args.get("users", ""))
            return {"ok": True, "channel": {"id": "D" + user[1:]}}
        if method == "conversations.history":
            oldest = float(args.get("oldest") or 0)
            messages = [m for m in self.history.get(channel, []) if float(m["ts"]) >= oldest]
            if str(args.get("include_all_metadata")).lower() not in ("true", "1"):
                messages = [{k: v for k, v in m.items() if k != "metadata"} for m in messages]
            return {"ok": True, "messages": messages, "has_more": False}
        if method == "chat.update":
            return {"ok": True, "channel": channel, "ts": args.get("ts"), "text": args.get("text")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "views.open":
            view = args.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            return {"ok": True, "view": {**(view or {}), "id": "V0STUB"}}
        if method == "views.publish":
            return {"ok": True, "view": {"id": "V0HOME", "type": "home"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.url.replace("http://", "ws://").replace(
                "/api/", "/socket")}
        if method == "auth.test":
            return {"ok": True, "url": "https://duebot-test.slack.com/", "team": "Test",
                    "user": "duebot", "team_id": "T111", "user_id": "U0BOT", "bot_id": "B0BOT"}
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.usergroup_members.get(str(args.get("usergroup")), [])}
        if method == "conversations.members":
            return {"ok": True, "members": self.channel_members.get(channel, []),
                    "response_metadata": {"next_cursor": ""}}
        return {"ok": False, "error": "unknown_method"}
