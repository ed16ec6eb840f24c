"""Mail fixtures: a real aiosmtpd server on a free loopback port.

`mail_server(...)` starts a server whose answers tests can set per recipient (at RCPT) and for
DATA, that keeps every message it accepts and counts the connections it served. TLS variants
use a self-signed certificate made with the `openssl` command for the test.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from bot.config import SmtpConfig


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Mailbox:
    """The server's side: what it accepted, and how it answers."""

    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str | None = None
    hang_up_after_data: bool = False
    received: list[bytes] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    peers: set[tuple[str, int]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        with self._lock:
            self.peers.add(cast(tuple[str, int], session.peer))
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.hang_up_after_data:
            with self._lock:
                self.received.append(bytes(envelope.original_content or b""))
            assert server.transport is not None
            server.transport.close()
            return "250 never heard"
        if self.data_reply is not None:
            return self.data_reply
        with self._lock:
            self.received.append(bytes(envelope.original_content or b""))
            self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 2.0.0 Ok: queued"

    def messages(self) -> list[EmailMessage]:
        with self._lock:
            raw = list(self.received)
        return [cast(EmailMessage, message_from_bytes(r, policy=policy.default)) for r in raw]

    @property
    def connections(self) -> int:
        return len(self.peers)


@dataclass
class MailServer:
    mailbox: Mailbox
    controller: Controller
    port: int
    kwargs: dict[str, Any]

    def smtp_config(self, **overrides: Any) -> SmtpConfig:
        settings: dict[str, Any] = {"host": "127.0.0.1", "port": self.port, "security": "none",
                                    "connections": 2, "timeout_seconds": 5}
        settings.update(overrides)
        return SmtpConfig(**settings)

    def restart(self) -> None:
        """Stop and start again on the same port: every open connection is dropped."""
        self.controller.stop()
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port,
                                     **self.kwargs)
        self.controller.start()


MailServerFactory = Callable[..., MailServer]


@pytest.fixture
def mail_server() -> Iterator[MailServerFactory]:
    started: list[MailServer] = []

    def start(**kwargs: Any) -> MailServer:
        mailbox = Mailbox()
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        server = MailServer(mailbox, controller, port, kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.controller.stop()


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )
    return Certificate(cert, key)


def accept_login(user: str, password: str) -> Callable[..., AuthResult]:
    def authenticator(server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                      auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok)

    return authenticator
