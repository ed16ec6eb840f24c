"""How fast duebot reads a mailbox, against plain imap-tools, from a throwaway Dovecot.

Delivers N messages (default 5,000) into a fresh Dovecot by writing Maildir files, then, in the
same run and alternating, times:

- raw: plain imap-tools, `MailBox.fetch(mark_seen=False, bulk=BATCH)` over the folder;
- duebot: the adapter's full round (search, sizes and Message-IDs, bodies in batches, the
  checkpoint bookkeeping of bot.mail.inbox_checkpoint) handing each message to `process`.

and prints messages per second for both, the ratio, and the adapter's peak traced memory
(tracemalloc) for a 1,000- and an N-message mailbox, to show it does not grow with the mailbox.

`process` is the plug-in point for the end-to-end figure (parse + classify + store): pass any
callable taking a FetchedMessage to `run_bench(process=...)`, or name one on the command line
with `--process package.module:function`. By default it does nothing.

    .venv/bin/python bench/bench_imap_fetch.py [--messages 5000] [--batch 200] [--repeat 3]
                                               [--process package.module:function]
"""

from __future__ import annotations

import argparse
import importlib
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from imap_tools import MailBoxUnencrypted

from bot.mail.imap import (
    FetchedMessage,
    FetchStatus,
    ImapMailbox,
    ImapSettings,
    Security,
)
from bot.mail.inbox_checkpoint import (
    FolderCheckpoint,
    Verdict,
    advance,
    judge,
    plan_fetch,
)
from tests.imap_server import DovecotServer, MailUser

Process = Callable[[FetchedMessage], None]

_FIRST = ["Alan", "Beth", "Conor", "Diane", "Ellie", "Frank", "Gemma", "Jess", "Rick", "Wanda"]
_REPLIES = [
    "We paid this yesterday by bank transfer, reference {ref}. It may take a day to show.",
    "Sorry for the delay, I will pay the full amount on Friday.",
    "Could you send me a copy of invoice {inv}? I can't find it in our system.",
    "I'm out of the office until Monday and will reply when I'm back.",
    "We dispute the amount on {inv}: only half of the order arrived.",
    "Would you accept three monthly payments? Cash flow is tight this quarter.",
]


def process_nothing(message: FetchedMessage) -> None:
    """The default plug-in: fetch only."""


def make_messages(count: int, seed: int = 7) -> list[bytes]:
    """Realistic debtor replies of 1 to 6 KB: a text part and an HTML part, quoting our
    reminder, some without a Message-ID."""
    rng = random.Random(seed)
    messages = []
    for n in range(count):
        name = rng.choice(_FIRST)
        inv = f"INV-{rng.randint(1000, 9999)}"
        reply = rng.choice(_REPLIES).format(ref=f"REF{rng.randint(10000, 99999)}", inv=inv)
        quoted = "\r\n".join(
            f"> Dear {name}, this is a friendly reminder that {inv} is now due. {'.' * i}"
            for i in range(rng.randint(5, 40))
        )
        text = f"{reply}\r\n\r\n{name}\r\n\r\nOn Mon, 2 Mar 2026, Accounts wrote:\r\n{quoted}\r\n"
        html = (f"<html><body><p>{reply}</p><p>{name}</p>"
                f"<blockquote>{quoted}</blockquote></body></html>")
        message_id = f"Message-ID: <bench-{n}@example.test>\r\n" if n % 50 else ""
        messages.append(
            (
                f"From: {name} <{name.lower()}{n}@debtor.example>\r\n"
                f"To: accounts+t-{n % 97:x}@brightwater.example\r\n"
                f"Subject: Re: Payment reminder {inv}\r\n"
                f"Date: Mon, 02 Mar 2026 10:{n % 60:02d}:00 +0000\r\n{message_id}"
                f"In-Reply-To: <rem-{n}@brightwater.example>\r\nMIME-Version: 1.0\r\n"
                'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
                "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                f"{text}\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                f"{html}\r\n--b1--\r\n"
            ).encode()
        )
    return messages


@dataclass
class IngestState:
    """What the store would hold: the folder checkpoint and every identity examined."""

    checkpoint: FolderCheckpoint | None = None
    seen: set[str] = field(default_factory=set)
    ingested: int = 0


def duebot_round(settings: ImapSettings, state: IngestState, process: Process) -> int:
    """One ingest round as the service will run it; returns how many messages were examined."""
    examined = 0
    with ImapMailbox(settings) as box:
        selected = box.select()
        plan = plan_fetch(state.checkpoint, selected.uidvalidity)
        for fetched in box.fetch_new(plan, skip_identities=state.seen):
            verdict = judge(plan, fetched.uid, fetched.identity, state.seen)
            if verdict is Verdict.INGEST and fetched.status is not FetchStatus.KNOWN:
                process(fetched)
                state.ingested += 1
            state.seen.add(fetched.identity)
            state.checkpoint = advance(state.checkpoint, fetched.uidvalidity, fetched.uid)
            examined += 1
    return examined


def raw_round(server: DovecotServer, user: MailUser, batch: int) -> int:
    count = 0
    with MailBoxUnencrypted(server.host, server.port, timeout=60) as box:
        box.login(user.name, user.password)
        for message in box.fetch(mark_seen=False, bulk=batch):
            if message.uid:
                count += 1
    return count


def imaplib_round(server: DovecotServer, user: MailUser, batch: int) -> int:
    """The floor: imap-tools' connection, bulk UID FETCH of raw bytes, no MIME parsing."""
    count = 0
    with MailBoxUnencrypted(server.host, server.port, timeout=60) as box:
        box.login(user.name, user.password)
        uids = box.uids()
        for start in range(0, len(uids), batch):
            typ, data = box.client.uid("FETCH", ",".join(uids[start : start + batch]),
                                       "(UID BODY.PEEK[])")
            if typ != "OK":
                raise SystemExit(f"imaplib: UID FETCH answered {typ}: {data!r}")
            count += sum(1 for part in data if isinstance(part, tuple))
    return count


def timed(action: Callable[[], int]) -> tuple[int, float]:
    start = time.perf_counter()
    count = action()
    return count, time.perf_counter() - start


def _peak(action: Callable[[IngestState], int]) -> tuple[int, int, int]:
    """(count, peak bytes, bytes still held after by the ingest state) traced while running
    action on a fresh state."""
    tracemalloc.start()
    try:
        state = IngestState()
        count = action(state)
        held, peak = tracemalloc.get_traced_memory()
        return count, peak, held
    finally:
        tracemalloc.stop()


def _settings(server: DovecotServer, user: MailUser, batch: int) -> ImapSettings:
    return ImapSettings(host=server.host, port=server.port, user=user.name,
                        password=user.password, security=Security.NONE, batch_size=batch)


def run_bench(
    messages: int = 5000, batch: int = 200, repeat: int = 3, process: Process = process_nothing
) -> dict[str, float]:
    small = min(1000, messages)
    with DovecotServer() as server:
        big_user, small_user = server.add_user(), server.add_user()
        corpus = make_messages(messages)
        start = time.perf_counter()
        server.deliver_many(big_user, corpus)
        deliver_seconds = time.perf_counter() - start
        server.deliver_many(small_user, corpus[:small])
        print(f"delivered {messages} messages ({sum(map(len, corpus)) / 2**20:.1f} MiB) "
              f"by Maildir write in {deliver_seconds:.2f} s; batch {batch}, {repeat} runs each")
        for user in (big_user, small_user):
            raw_round(server, user, batch)  # let Dovecot index the new mail before timing

        raw_rates: list[float] = []
        floor_rates: list[float] = []
        duebot_rates: list[float] = []
        for _ in range(repeat):
            count, seconds = timed(lambda: raw_round(server, big_user, batch))
            check(count, messages, "raw")
            raw_rates.append(count / seconds)
            count, seconds = timed(lambda: imaplib_round(server, big_user, batch))
            check(count, messages, "imaplib")
            floor_rates.append(count / seconds)
            state = IngestState()
            count, seconds = timed(
                lambda st=state: duebot_round(_settings(server, big_user, batch), st, process)  # type: ignore[misc]
            )
            check(count, messages, "duebot")
            duebot_rates.append(count / seconds)

        peaks = {}
        for label, user, n in (("small", small_user, small), ("big", big_user, messages)):
            settings = _settings(server, user, batch)
            count, peak, held = _peak(lambda st, s=settings: duebot_round(s, st, process))  # type: ignore[misc]
            check(count, n, "memory run")
            peaks[label] = (peak, held)

    raw, duebot = statistics.median(raw_rates), statistics.median(duebot_rates)
    floor = statistics.median(floor_rates)
    print(f"process: {getattr(process, '__qualname__', process)}")
    print(f"raw imap-tools fetch (parses MIME) : {raw:8.0f} msg/s  (runs: {rates(raw_rates)})")
    print(f"imaplib bulk bytes, no parsing     : {floor:8.0f} msg/s  (runs: {rates(floor_rates)})")
    print(f"duebot adapter round               : {duebot:8.0f} msg/s  "
          f"(runs: {rates(duebot_rates)})")
    print(f"ratio duebot/raw imap-tools: {duebot / raw:.2f}; "
          f"duebot/imaplib bytes: {duebot / floor:.2f}")
    for label, n in (("small", small), ("big", messages)):
        peak, held = peaks[label]
        print(f"adapter round, {n:>5} messages: peak traced {peak / 2**20:5.2f} MiB, of which "
              f"{held / 2**20:.2f} MiB is the seen-identity set kept after the round")
    working = {label: peak - held for label, (peak, held) in peaks.items()}
    print(f"working memory (peak - kept), {messages} vs {small} messages: "
          f"{working['big'] / 2**20:.2f} vs {working['small'] / 2**20:.2f} MiB")
    return {"raw_msgs_per_s": raw, "imaplib_msgs_per_s": floor,
            "duebot_msgs_per_s": duebot, "ratio": duebot / raw}


def check(count: int, expected: int, label: str, verb: str = "fetched") -> None:
    if count != expected:
        raise SystemExit(f"{label}: {verb} {count} messages, expected {expected}")


def rates(values: Sequence[float]) -> str:
    return ", ".join(f"{r:.0f}" for r in values)


def bench_parser(doc: str | None) -> argparse.ArgumentParser:
    """The options the mailbox benches share (--messages, --batch, --repeat), described by the
    first paragraph of `doc`."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0] if doc else None)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--process", default="", help="package.module:function to call per message")
    args = parser.parse_args(argv)
    process = _load_process(args.process) if args.process else process_nothing
    run_bench(messages=args.messages, batch=args.batch, repeat=args.repeat, process=process)
    return 0


def _load_process(spec: str) -> Process:
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise SystemExit(f"--process wants package.module:function, got {spec!r}")
    function = getattr(importlib.import_module(module_name), attribute, None)
    if not callable(function):
        raise SystemExit(f"--process: {spec} is not a callable")
    return function


if __name__ == "__main__":
    raise SystemExit(main())
