"""`duebot run` as an owner runs it, against a real SMTP server and a real Dovecot: the sweep
sends a reminder, the debtor replies with a promise, the reader picks the reply up while it
listens, and the promise is recapped in writing at once, long before the next scheduled
sweep. SIGTERM then stops the reader mid-listen and the process cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from pathlib import Path

from bot.mail.local_server import LocalMailServer
from bot.store import open_repository
from tests.imap_server import DovecotServer, MailUser
from tests.integration.book import account, invoice, seed
from tests.integration.test_inbox import reply

REPO_ROOT = Path(__file__).resolve().parents[2]
SAFETY_NET_SECONDS = 60  # a broken run fails here instead of hanging

CONFIG = """
[business]
name = "Brightwater Joinery Ltd"
from_address = "accounts@brightwater.example"
reply_to = "accounts@brightwater.example"
timezone = "UTC"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"

[send_window]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
start = 00:00:00
end = 23:59:59

[holidays]
country = ""

[schedule]
sweep_every_minutes = 600

[storage]
data_dir = "{data_dir}"

[imap]
host = "{imap_host}"
port = {imap_port}
security = "none"
user = "{imap_user}"
password = "{imap_password}"
check_every_minutes = 1
"""


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + SAFETY_NET_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.05)


def test_a_promise_by_reply_is_recapped_at_once_while_duebot_runs(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser,
) -> None:
    now = datetime.now(UTC)
    data_dir = tmp_path / "data"
    repo = open_repository(data_dir)
    seed(repo, now, [account("ACME")], [invoice("INV-1", "ACME", (now - timedelta(days=2)).date())])
    repo.close()
    with LocalMailServer() as smtp:
        config = tmp_path / "config.toml"
        config.write_text(CONFIG.format(
            smtp_port=smtp.port, data_dir=data_dir, imap_host=dovecot.host,
            imap_port=dovecot.port, imap_user=mail_user.name, imap_password=mail_user.password))
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(config), "run"], cwd=REPO_ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            wait_until(lambda: smtp.received_count() >= 1, "the first reminder")
            [reminder] = smtp.messages()
            dovecot.deliver(mail_user, reply("Thanks for the reminder, we will pay on Friday.",
                                             in_reply_to=reminder["Message-ID"], date=now))
            wait_until(lambda: smtp.received_count() >= 2, "the recap of the promise")
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=SAFETY_NET_SECONDS)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        messages = smtp.messages()

    assert proc.returncode == 0, err.decode()[-2000:]
    assert b"duebot stopped" in err
    assert len(messages) == 2 and len({m["Message-ID"] for m in messages}) == 2
    assert "INV-1" in messages[0]["Subject"]
    recap_subject = str(make_header(decode_header(messages[1]["Subject"])))
    assert recap_subject.startswith("Confirming your payment of £100.00 by")
    assert messages[1]["To"].endswith("<ap@acme.example>")
