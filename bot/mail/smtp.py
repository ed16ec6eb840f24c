"""Sending prepared emails over SMTP (aiosmtplib), on a small pool of persistent connections.

`SmtpSender.send` runs one SMTP transaction and says how it went; it never raises for
anything the network or the server does, and it never touches the store (the outbox records
what happened and decides about retrying, see `bot.domain.retry`):

- delivered: the server accepted the message (for every recipient, or for some: then
  `refused_recipients` / `deferred_recipients` name the others);
- temporary: a 4xx reply, a dropped connection, a timeout, or trouble connecting or logging
  in: try again later;
- permanent: a 5xx reply, with the code, the server's reason, the stage (`mail`, `rcpt`,
  `data`) and which recipients it applies to.

A connection found dead before a transaction starts (the server closed it while idle) is
replaced and the transaction retried once: nothing was sent on it. A connection lost *during*
DATA is different: the server may or may not have taken the message, so the outcome is
temporary with `uncertain=True`, and the caller must not blindly resend.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from aiosmtplib import (
    SMTP,
    SMTPException,
    SMTPResponseException,
    SMTPServerDisconnected,
    SMTPTimeoutError,
)

from bot.config import SmtpConfig

SERVICE_CLOSING = 421
QUIT_TIMEOUT_SECONDS = 2.0


class Delivery(StrEnum):
    DELIVERED = "delivered"
    TEMPORARY = "temporary"
    PERMANENT = "permanent"


class Stage(StrEnum):
    CONNECT = "connect"
    MAIL = "mail"
    RCPT = "rcpt"
    DATA = "data"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What happened to one message. `code` is the SMTP reply code (None: no reply, e.g. the
    connection failed); `reason` is the server's text or the error."""

    status: Delivery
    code: int | None = None
    reason: str = ""
    stage: Stage = Stage.DONE
    refused_recipients: tuple[str, ...] = ()
    deferred_recipients: tuple[str, ...] = ()
    uncertain: bool = False

    @property
    def delivered(self) -> bool:
        return self.status is Delivery.DELIVERED

    @property
    def temporary(self) -> bool:
        return self.status is Delivery.TEMPORARY

    @property
    def permanent(self) -> bool:
        return self.status is Delivery.PERMANENT

    def describe(self) -> str:
        code = f"{self.code} " if self.code is not None else ""
        return f"{self.status} at {self.stage}: {code}{self.reason}".strip()


def classify_reply(code: int) -> Delivery:
    """5xx is permanent; anything else that is not success is worth trying again."""
    return Delivery.PERMANENT if 500 <= code < 600 else Delivery.TEMPORARY


class _StaleConnection(Exception):
    """The connection was dead before anything of this message was sent on it."""


class _Broken(Exception):
    """The connection cannot be used again; carries the outcome for this message."""

    def __init__(self, outcome: SendOutcome) -> None:
        super().__init__(outcome.describe())
        self.outcome = outcome


def _temporary(stage: Stage, reason: str, code: int | None = None, *,
               uncertain: bool = False) -> SendOutcome:
    return SendOutcome(Delivery.TEMPORARY, code, reason, stage, uncertain=uncertain)


def _error_text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


class SmtpSender:
    """Sends raw messages through up to `config.connections` persistent connections.

    At most that many transactions run at once; callers may call `send` from as many tasks as
    they like. Connections are opened on demand and kept for reuse; `close()` ends them.
    A sender can be used from successive event loops (`asyncio.run` per sweep): connections
    from a finished loop are dropped, not reused.
    """

    def __init__(
        self,
        config: SmtpConfig,
        *,
        tls_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        self._config = config
        self._tls_context = tls_context
        self._local_hostname = local_hostname
        self._idle: list[SMTP] = []
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.connections_opened = 0

    def _pool_for_this_loop(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:
            self._idle = []
            self._slots = asyncio.Semaphore(self._config.connections)
            self._loop = loop
        return self._slots

    async def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> SendOutcome:
        """One SMTP transaction: `raw` from `sender` (envelope) to `recipients`."""
        if not recipients:
            raise ValueError("send needs at least one recipient")
        async with self._pool_for_this_loop():
            return await self._send_on_pool(raw, sender, list(recipients))

    async def _send_on_pool(self, raw: bytes, sender: str, recipients: list[str]) -> SendOutcome:
        client = self._idle.pop() if self._idle else None
        while True:
            fresh = client is None or not client.is_connected
            if fresh:
                if client is not None:
                    client.close()
                try:
                    client = await self._connect()
                except _Broken as broken:
                    return broken.outcome
            assert client is not None
            try:
                outcome = await self._transaction(client, raw, sender, recipients)
            except _StaleConnection as stale:
                client.close()
                client = None
                if fresh:
                    return _temporary(Stage.MAIL, f"connection lost: {stale}")
                continue
            except _Broken as broken:
                client.close()
                return broken.outcome
            if client.is_connected and outcome.code != SERVICE_CLOSING:
                self._idle.append(client)
            else:
                client.close()
            return outcome

    async def _connect(self) -> SMTP:
        config = self._config
        client = SMTP(
            hostname=config.host,
            port=config.port,
            timeout=config.timeout_seconds,
            use_tls=config.security == "tls",
            start_tls=config.security == "starttls",
            tls_context=self._tls_context,
            local_hostname=self._local_hostname,
        )
        where = f"{config.host}:{config.port}"
        try:
            await client.connect()
        except SMTPResponseException as exc:
            client.close()
            raise _Broken(_temporary(Stage.CONNECT, f"{where} answered: {exc.message}",
                                     exc.code)) from exc
        except (SMTPException, OSError) as exc:
            client.close()
            raise _Broken(_temporary(Stage.CONNECT, f"cannot connect to {where}: "
                                     f"{_error_text(exc)}")) from exc
        if config.username:
            try:
                await client.login(config.username, config.resolved_password() or "")
            except SMTPResponseException as exc:
                client.close()
                raise _Broken(_temporary(Stage.CONNECT, f"login as {config.username!r} at "
                                         f"{where} failed: {exc.message}", exc.code)) from exc
            except (SMTPException, OSError) as exc:
                client.close()
                raise _Broken(_temporary(Stage.CONNECT, f"login as {config.username!r} at "
                                         f"{where} failed: {_error_text(exc)}")) from exc
        self.connections_opened += 1
        return client

    async def _transaction(
        self, client: SMTP, raw: bytes, sender: str, recipients: list[str]
    ) -> SendOutcome:
        try:
            await client.mail(sender)
        except SMTPServerDisconnected as exc:
            raise _StaleConnection(_error_text(exc)) from exc
        except SMTPTimeoutError as exc:
            raise _Broken(_temporary(Stage.MAIL, f"timed out: {_error_text(exc)}")) from exc
        except SMTPResponseException as exc:
            if exc.code == SERVICE_CLOSING:
                raise _StaleConnection(exc.message) from exc
            await self._reset(client)
            return SendOutcome(classify_reply(exc.code), exc.code, exc.message, Stage.MAIL)
        except (SMTPException, OSError) as exc:
            raise _StaleConnection(_error_text(exc)) from exc

        accepted: list[str] = []
        refused: list[str] = []
        deferred: list[str] = []
        last_refusal: SMTPResponseException | None = None
        for recipient in recipients:
            try:
                await client.rcpt(recipient)
            except SMTPResponseException as exc:
                last_refusal = exc
                (refused if classify_reply(exc.code) is Delivery.PERMANENT else deferred).append(
                    recipient)
            except (SMTPException, OSError) as exc:
                raise _Broken(_temporary(Stage.RCPT, _error_text(exc))) from exc
            else:
                accepted.append(recipient)

        if not accepted:
            await self._reset(client)
            assert last_refusal is not None
            status = Delivery.TEMPORARY if deferred else Delivery.PERMANENT
            return SendOutcome(status, last_refusal.code, last_refusal.message, Stage.RCPT,
                               refused_recipients=tuple(refused),
                               deferred_recipients=tuple(deferred))

        try:
            response = await client.data(raw)
        except SMTPResponseException as exc:
            await self._reset(client)
            status = classify_reply(exc.code)
            return SendOutcome(status, exc.code, exc.message, Stage.DATA,
                               refused_recipients=tuple(refused) + (
                                   tuple(accepted) if status is Delivery.PERMANENT else ()),
                               deferred_recipients=tuple(deferred) + (
                                   tuple(accepted) if status is Delivery.TEMPORARY else ()))
        except (SMTPException, OSError) as exc:
            raise _Broken(_temporary(Stage.DATA, f"connection lost during DATA: "
                                     f"{_error_text(exc)}", uncertain=True)) from exc
        return SendOutcome(Delivery.DELIVERED, response.code, response.message, Stage.DONE,
                           refused_recipients=tuple(refused),
                           deferred_recipients=tuple(deferred))

    async def _reset(self, client: SMTP) -> None:
        """Abandon the current transaction so the connection can carry the next one."""
        try:
            await client.rset()
        except (SMTPException, OSError):
            client.close()

    async def close(self) -> None:
        """Say QUIT on every idle connection (briefly; a stuck server is just dropped)."""
        idle, self._idle = self._idle, []
        for client in idle:
            try:
                await asyncio.wait_for(client.quit(), QUIT_TIMEOUT_SECONDS)
            except (SMTPException, OSError, TimeoutError):
                client.close()

    async def __aenter__(self) -> SmtpSender:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
