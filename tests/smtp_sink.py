"""A real SMTP server (aiosmtpd) on a free loopback port that keeps what it receives.

Tests can make it answer like a real server would: refuse an address (5xx at RCPT), defer
(4xx at DATA) for a while, or be slow.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass
class SinkBehaviour:
    refuse: dict[str, str] = field(default_factory=dict)  # address -> "550 ..." reply
    defer_next: int = 0  # answer this many DATA commands with 451
    delay_seconds: float = 0.0


class SmtpSink:
    def __init__(self) -> None:
        self.behaviour = SinkBehaviour()
        self.received: list[bytes] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._controller = Controller(self, hostname="127.0.0.1", port=0)

    @property
    def port(self) -> int:
        return int(self._controller.server.sockets[0].getsockname()[1])

    def start(self) -> SmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

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
            if self.behaviour.defer_next > 0:
                self.behaviour.defer_next -= 1
                return "451 4.3.0 Temporary local problem, try later"
            self.received.append(bytes(envelope.original_content or b""))
            self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 Message accepted"

    def messages(self) -> list[Message]:
        with self._lock:
            return [message_from_bytes(raw) for raw in self.received]

    def message_ids(self) -> Counter[str]:
        return Counter(str(m["Message-ID"]) for m in self.messages())
