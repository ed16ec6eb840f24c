"""A real SMTP server (aiosmtpd) on a free loopback port that keeps what it receives.

`duebot demo` sends to it so that nothing leaves the machine; tests and benchmarks use it as
the peer. It can answer like a real server would: refuse an address (5xx at RCPT), defer
(4xx at DATA) for a while, or be slow.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerBehaviour:
    refuse: dict[str, str] = field(default_factory=dict)  # address -> "550 ..." reply
    defer_next: int = 0  # answer this many DATA commands with 451
    reject_data: str | None = None  # answer every DATA with this reply, e.g. "554 5.7.1 spam"
    delay_seconds: float = 0.0
    keep_messages: bool = True


class LocalMailServer:
    def __init__(self, port: int | None = None) -> None:
        self.behaviour = ServerBehaviour()
        self.received: list[bytes] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.connections = 0
        self.accepted = 0
        self._lock = threading.Lock()
        self.port = port or free_loopback_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    def start(self) -> LocalMailServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> LocalMailServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope,
                          hostname: str, responses: list[str]) -> list[str]:
        with self._lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address in self.behaviour.refuse:
            return self.behaviour.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.behaviour.delay_seconds:
            await asyncio.sleep(self.behaviour.delay_seconds)
        with self._lock:
            if self.behaviour.reject_data:
                return self.behaviour.reject_data
            if self.behaviour.defer_next > 0:
                self.behaviour.defer_next -= 1
                return "451 4.3.0 Temporary local problem, try later"
            self.accepted += 1
            if self.behaviour.keep_messages:
                self.received.append(bytes(envelope.original_content or b""))
                self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 Message accepted"

    def received_count(self) -> int:
        with self._lock:
            return len(self.received)

    def messages(self) -> list[Message]:
        with self._lock:
            return [message_from_bytes(raw) for raw in self.received]

    def message_ids(self) -> Counter[str]:
        return Counter(str(m["Message-ID"]) for m in self.messages())
