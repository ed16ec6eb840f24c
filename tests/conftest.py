"""IMAP fixtures: throwaway Dovecot servers (see tests/imap_server.py).

Dovecot missing: a failure when $CI is set (CI must test against a real server), a skip with the
reason elsewhere. Other test areas keep their fixtures in their own sub-conftests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from tests.imap_server import DovecotFactory, DovecotServer, MailUser, find_dovecot

# Property tests state what holds, not how fast: a per-example deadline fails on a busy CI
# machine (the first example pays for loading locale data) and says nothing about the rule.
settings.register_profile("duebot", deadline=None)
settings.load_profile("duebot")


def _require_dovecot() -> None:
    if find_dovecot() is not None:
        return
    reason = "dovecot is not installed (scripts/ensure-dovecot.sh installs dovecot-imapd)"
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason}; CI must run the IMAP tests against a real server")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot shared by the session: give each test its own user (`mail_user`), and never
    stop it; tests that stop or reconfigure a server use `dovecot_factory`."""
    _require_dovecot()
    with DovecotServer() as server:
        yield server


@pytest.fixture
def mail_user(dovecot: DovecotServer) -> MailUser:
    return dovecot.add_user()


@pytest.fixture
def dovecot_factory() -> Iterator[DovecotFactory]:
    """Private servers for one test (stop, kill, restart, other capabilities); all are gone
    when the test ends."""
    _require_dovecot()
    servers: list[DovecotServer] = []

    def make(*, capabilities: str | None = None, extra_config: str = "") -> DovecotServer:
        server = DovecotServer(capabilities=capabilities, extra_config=extra_config)
        servers.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.kill()
            server.close()

