"""A throwaway Dovecot IMAP server for tests and benches.

`DovecotServer` runs `dovecot -F` with a scratch config on a free loopback port, with its mail,
state, logs and passwd-file under one scratch folder. Helpers deliver mail (Maildir writes for
speed, IMAP APPEND for realism), reset a folder's UIDVALIDITY and stop, kill or restart the
server mid-test. Nothing here touches a system Dovecot instance.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from imap_tools import MailBoxUnencrypted

DEFAULT_PASSWORD = "secret"
_START_TIMEOUT_SECONDS = 10.0
_STOP_TIMEOUT_SECONDS = 10.0


class DovecotMissing(RuntimeError):
    """The `dovecot` binary is not installed (run scripts/ensure-dovecot.sh)."""


class DovecotFailed(RuntimeError):
    """Dovecot did not start or stop as expected; carries the tail of its log."""


def find_dovecot() -> str | None:
    """Path of the dovecot binary, also looking in sbin folders not on an ordinary PATH."""
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True, slots=True)
class MailUser:
    name: str
    password: str
    home: Path

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"


class DovecotServer:
    """One private Dovecot instance. Use as a context manager or call start()/stop()."""

    def __init__(
        self,
        root: Path | None = None,
        *,
        capabilities: str | None = None,
        extra_config: str = "",
    ) -> None:
        binary = find_dovecot()
        if binary is None:
            raise DovecotMissing("dovecot is not installed (run scripts/ensure-dovecot.sh)")
        self.binary = binary
        self._own_root = root is None
        self.root = Path(tempfile.mkdtemp(prefix="duebot-dovecot-")) if root is None else root
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o755)
        self.host = "127.0.0.1"
        self.port = free_port()
        self.capabilities = capabilities
        self.extra_config = extra_config
        self._process: subprocess.Popen[bytes] | None = None
        self._started_once = False
        if os.geteuid() == 0:
            self.mail_uid = pwd.getpwnam("nobody").pw_uid
            self.mail_gid = pwd.getpwnam("nobody").pw_gid
        else:
            self.mail_uid = os.getuid()
            self.mail_gid = os.getgid()
        (self.root / "mail").mkdir(exist_ok=True)
        self._chown(self.root / "mail")
        (self.root / "users").mkdir(exist_ok=True)
        self._write_config()

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write_config(self) -> None:
        root = self.root
        owner_lines = ""
        login_chroot = ""
        if os.geteuid() != 0:
            login_chroot = "  chroot =\n"
            me = pwd.getpwuid(os.getuid()).pw_name
            group = grp.getgrgid(os.getgid()).gr_name
            owner_lines = (
                f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                f"default_internal_group = {group}\n"
                "service anvil {\n  chroot =\n}\n"
            )
        capability_line = f"imap_capability = {self.capabilities}\n" if self.capabilities else ""
        self.config_path.write_text(
            f"""protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = duebot-test-{self.port}-{uuid.uuid4().hex[:8]}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u/Maildir
mail_uid = {self.mail_uid}
mail_gid = {self.mail_gid}
first_valid_uid = 1
first_valid_gid = 0
{owner_lines}{capability_line}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
{login_chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
{self.extra_config}
"""
        )

    def start(self) -> None:
        """Start (or start again, on the same port) and wait until it greets."""
        if self.running:
            return
        for _ in range(3):
            try:
                self._launch()
            except DovecotFailed as failure:
                # Another process took the free port meanwhile: on a first start only, take
                # another (a restart must keep the port clients were given).
                if self._started_once or "Address already in use" not in str(failure):
                    raise
                self.port = free_port()
                self._write_config()
                continue
            self._started_once = True
            return

    def _launch(self) -> None:
        self._process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + _START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                stderr = self._process.stderr
                err = stderr.read().decode(errors="replace") if stderr else ""
                self._process = None
                raise DovecotFailed(f"dovecot exited at start: {err.strip()}\n{self.log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection(
                (self.host, self.port), timeout=0.5
            ) as probe:
                if probe.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.02)
        self.kill()
        raise DovecotFailed(
            f"dovecot did not accept connections on port {self.port}\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """Graceful stop (SIGTERM), then make sure no process of this instance is left."""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=_STOP_TIMEOUT_SECONDS)
        self._kill_group(process)
        self._process = None

    def kill(self) -> None:
        """Make the server vanish at once: every process of the instance gets SIGKILL, so open
        connections drop mid-command."""
        process = self._process
        if process is None:
            return
        self._kill_group(process)
        self._process = None

    def _kill_group(self, process: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=_STOP_TIMEOUT_SECONDS)
        if process.stderr is not None:
            process.stderr.close()

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server and remove the scratch folder if this object created it."""
        self.stop()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no dovecot log)"

    # users and folders

    def add_user(self, name: str | None = None, password: str = DEFAULT_PASSWORD) -> MailUser:
        name = name or f"u{uuid.uuid4().hex[:10]}@example.test"
        home = self.root / "mail" / name
        user = MailUser(name=name, password=password, home=home)
        for sub in ("cur", "new", "tmp"):
            (user.maildir / sub).mkdir(parents=True, exist_ok=True)
        for path in (home, user.maildir, *(user.maildir / s for s in ("cur", "new", "tmp"))):
            self._chown(path)
        # One passwd-file per user: Dovecot caches a passwd-file by its mtime (in seconds), so
        # users added to one shared file within the same second would not be seen.
        (self.root / "users" / name).write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        return user

    def folder_path(self, user: MailUser, folder: str = "INBOX") -> Path:
        if folder.upper() == "INBOX":
            return user.maildir
        return user.maildir / ("." + folder.replace("/", "."))

    def create_folder(self, user: MailUser, folder: str) -> Path:
        path = self.folder_path(user, folder)
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
            self._chown(path / sub)
        self._chown(path)
        return path

    def _chown(self, path: Path) -> None:
        if os.geteuid() == 0:
            os.chown(path, self.mail_uid, self.mail_gid)

    # delivery

    def deliver(self, user: MailUser, raw: bytes, folder: str = "INBOX") -> Path:
        """Drop one message into the folder's Maildir `new/` (what an MDA does); Dovecot picks it
        up on the next command that checks the folder."""
        return next(iter(self.deliver_many(user, [raw], folder)))

    def deliver_many(
        self, user: MailUser, raws: Iterable[bytes], folder: str = "INBOX"
    ) -> list[Path]:
        base = self.folder_path(user, folder)
        if not (base / "new").is_dir():
            self.create_folder(user, folder)
        host = socket.gethostname().replace("/", "_").replace(":", "_")
        paths: list[Path] = []
        for index, raw in enumerate(raws):
            name = f"{time.time_ns()}.P{os.getpid()}Q{index}.{host},S={len(raw)}"
            tmp = base / "tmp" / name
            with tmp.open("wb") as handle:
                handle.write(raw)
            self._chown(tmp)
            final = base / "new" / name
            os.rename(tmp, final)
            paths.append(final)
        return paths

    def append(
        self, user: MailUser, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = ()
    ) -> None:
        with self.mailbox(user, initial_folder=None) as box:
            if not box.folder.exists(folder):
                box.folder.create(folder)
            box.append(raw, folder, flag_set=list(flags) or None)

    @contextlib.contextmanager
    def mailbox(
        self, user: MailUser, initial_folder: str | None = "INBOX"
    ) -> Iterator[MailBoxUnencrypted]:
        """A plain imap-tools connection for arranging and inspecting test state."""
        box = MailBoxUnencrypted(self.host, self.port, timeout=30)
        box.login(user.name, user.password, initial_folder=initial_folder)
        try:
            yield box
        finally:
            with contextlib.suppress(Exception):
                box.logout()

    def reset_uidvalidity(self, user: MailUser, folder: str = "INBOX") -> None:
        """Make Dovecot forget the folder's UIDs: the next SELECT reports a new UIDVALIDITY and
        renumbers every message from 1 (what happens when a mailbox is rebuilt or restored).
        No session may have the folder open while this runs."""
        base = self.folder_path(user, folder)
        old = _read_uidvalidity(base / "dovecot-uidlist")
        for name in os.listdir(base):
            if name == "dovecot-uidlist" or name.startswith("dovecot.index"):
                (base / name).unlink()
        for name in os.listdir(user.maildir):
            if name.startswith("dovecot.list.index"):
                (user.maildir / name).unlink()
        uidlist = base / "dovecot-uidlist"
        uidlist.write_text(f"3 V{_new_uidvalidity(old)} N1\n")
        self._chown(uidlist)

    def raw_files(self, user: MailUser, folder: str = "INBOX") -> list[Path]:
        base = self.folder_path(user, folder)
        return sorted(p for sub in ("cur", "new") for p in (base / sub).iterdir())


def _read_uidvalidity(uidlist: Path) -> int:
    try:
        header = uidlist.read_text(errors="replace").split("\n", 1)[0]
    except OSError:
        return 0
    match = re.search(r"\bV(\d+)", header)
    return int(match.group(1)) if match else 0


def _new_uidvalidity(old: int) -> int:
    """A UIDVALIDITY different from the old one (Dovecot's own choice is the current second, so
    a folder created this second would otherwise get the same value back)."""
    return max(int(time.time()), old + 1)



DovecotFactory = Callable[..., DovecotServer]
