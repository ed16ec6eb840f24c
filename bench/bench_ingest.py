"""How fast duebot ingests a mailbox end to end, against plain imap-tools, from a throwaway
Dovecot.

Builds N messages (default 5,000) from the labelled corpora in ../shared/corpora: debtor
replies, other people's replies with quoted threads and signatures, bounces and auto-replies,
each copy with its own Message-ID, and most of the human replies addressed so that they match
one of a few hundred accounts seeded in a fresh store (by the reply token in To, or by the
sender being a known contact); the rest are strangers and become triage tasks. The messages
are written into a fresh Dovecot's Maildir, then, in the same run and alternating, it times:

- raw: plain imap-tools, `MailBox.fetch(mark_seen=False, bulk=BATCH)` over the folder;
- duebot: `Inbox.round()` (bot/services/ingest.py) on a freshly seeded store until the folder
  is drained: search, fetch in batches, keep the raw bytes, parse, classify, match, append the
  events and tasks, commit them durably with the checkpoint, flag the messages on the server.

and prints messages per second for both and the ratio. Memory: mailboxes of 1,000, 2,500 and N
messages are ingested into fresh stores, the last 1,000 of each (the same 1,000 messages each
time) traced with tracemalloc from where the store was before them: the peak, what the store
still holds afterwards (it keeps every event in memory, by design), and the difference, the
working memory of the ingest itself, which must not grow with the mailbox.

    .venv/bin/python bench/bench_ingest.py [--messages 5000] [--batch 200] [--repeat 3]
                                           [--accounts 300] [--profile FILE]
"""

from __future__ import annotations

import cProfile
import csv
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_imap_fetch import bench_parser, check, rates, raw_round, timed

from bot.clock import SystemClock
from bot.config import Config, parse_config
from bot.domain.addressing import reply_address
from bot.domain.events import EventType
from bot.domain.models import Account, Contact, Invoice
from bot.mail.parse_pool import default_workers
from bot.mail.parse_reply import ParsedReply, parse_reply
from bot.mail.priming import prime_parser
from bot.services.ingest import Inbox, IngestReport
from bot.store import open_repository
from bot.store.repository import Repository
from tests.imap_server import DovecotServer, MailUser

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
REPLY_TO = "accounts@brightwater.example"
TAIL = 1000  # messages measured for memory at the end of each mailbox size
MIX = {"debtor": 0.55, "human": 0.15, "bounce": 0.20, "auto": 0.10}
"""Share of each kind of message in the bench mailbox: mostly debtors answering reminders,
a good share of bounces (old addresses), some out-of-office notices."""

_REWRITTEN = re.compile(
    rb"^(?:message-id|from|to|delivered-to|x-original-to)[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True, slots=True)
class Corpus:
    """Sample messages by kind: debtor, human, bounce, auto."""

    samples: dict[str, list[bytes]]

    def describe(self) -> str:
        return ", ".join(f"{len(v)} {k}" for k, v in self.samples.items())


def load_corpus(root: Path = CORPORA) -> Corpus:
    if not root.is_dir():
        raise SystemExit(f"no corpora at {root}")
    samples: dict[str, list[bytes]] = {
        "debtor": [p.read_bytes() for p in sorted((root / "debtor-replies").glob("*.eml"))],
        "human": _human_replies(root / "replies"),
        "bounce": [p.read_bytes() for p in sorted((root / "bounces").rglob("*.eml"))],
        "auto": [p.read_bytes() for p in sorted((root / "autoreplies").rglob("*.eml"))],
    }
    empty = [kind for kind, found in samples.items() if not found]
    if empty:
        raise SystemExit(f"no samples of {', '.join(empty)} under {root}")
    return Corpus(samples)


def _human_replies(folder: Path) -> list[bytes]:
    """The replies corpus as messages: .eml as they are, text and HTML bodies wrapped in a
    plain single-part message (as a mail client would send them)."""
    found: list[bytes] = []
    seen: set[str] = set()
    with (folder / "labels.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, kind = row["file"], row["format"]
            if name in seen or not (folder / name).is_file():
                continue
            seen.add(name)
            body = (folder / name).read_bytes()
            if kind == "eml":
                found.append(body)
            elif kind in ("text_body", "html_body"):
                message = EmailMessage()
                message["Subject"] = "Re: your invoice"
                message["Date"] = "Mon, 02 Mar 2026 10:00:00 +0000"
                subtype = "html" if kind == "html_body" else "plain"
                message.set_content(body.decode("utf-8", "replace"), subtype=subtype)
                found.append(message.as_bytes())
    return found


@dataclass(frozen=True, slots=True)
class Book:
    """The accounts seeded in the store, with one contact and two open invoices each."""

    accounts: list[Account]
    invoices: list[Invoice]


def make_book(count: int) -> Book:
    accounts = [
        Account(f"CUST-{n:04d}", f"Customer {n} Ltd",
                (Contact(f"ap{n}@customer{n}.example", "Accounts"),))
        for n in range(count)
    ]
    due = date(2026, 2, 1)
    invoices = [
        Invoice(f"INV-{10000 + 2 * n + k}", a.id, "GBP", Decimal("480.00"), Decimal("480.00"),
                due - timedelta(days=30), due)
        for n, a in enumerate(accounts) for k in range(2)
    ]
    return Book(accounts, invoices)


def seed(repo: Repository, book: Book) -> None:
    at = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    with repo.transaction() as tx:
        for account in book.accounts:
            tx.put_account(account)
            tx.append(account.id, EventType.ACCOUNT_UPDATED, at=at, actor="bench",
                      data={"name": account.name, "source": "bench"})
        for invoice in book.invoices:
            tx.put_invoice(invoice)
            tx.append(invoice.account_id, EventType.INVOICE_UPDATED, at=at, actor="bench",
                      invoices=[invoice.number], data={"number": invoice.number,
                                                       "source": "bench"})


def make_mailbox(corpus: Corpus, book: Book, count: int, seed_value: int = 3) -> list[bytes]:
    """`count` messages drawn from the corpus by MIX, each with a unique Message-ID. Of the
    human replies, 45% come from a known contact to the account's reply address, 25% from a
    known contact to the plain address, 30% from strangers; half the bounces come back to an
    account's reply address; auto-replies come from a known contact."""
    rng = random.Random(seed_value)
    kinds = list(MIX)
    weights = [MIX[k] for k in kinds]
    messages = []
    for n in range(count):
        kind = rng.choices(kinds, weights)[0]
        raw = rng.choice(corpus.samples[kind])
        account = rng.choice(book.accounts)
        contact = account.emails[0]
        headers: list[tuple[str, str]] = [("Message-ID", f"<bench.{n}.{kind}@bench.example>")]
        roll = rng.random()
        if kind in ("debtor", "human"):
            if roll < 0.45:
                headers += [("From", contact), ("To", reply_address(REPLY_TO, account.id))]
            elif roll < 0.70:
                headers += [("From", contact), ("To", REPLY_TO)]
            else:
                headers += [("From", f"someone{n}@stranger.example"), ("To", REPLY_TO)]
        elif kind == "bounce" and roll < 0.5:
            headers.append(("To", reply_address(REPLY_TO, account.id)))
        elif kind == "auto":
            headers += [("From", contact), ("To", reply_address(REPLY_TO, account.id))]
        messages.append(readdress(raw, headers))
    return messages


def readdress(raw: bytes, headers: Sequence[tuple[str, str]]) -> bytes:
    """The message with the named headers replaced (any old ones of those names removed)."""
    end = _HEAD_END.search(raw)
    head, body = (raw[: end.start()], raw[end.end() :]) if end else (raw.rstrip(b"\r\n"), b"")
    eol = b"\r\n" if b"\r\n" in head[:2000] else b"\n"
    names = {name.lower().encode() for name, _ in headers}

    def drop(found: re.Match[bytes]) -> bytes:
        return b"" if found.group(0).split(b":", 1)[0].strip().lower() in names else found.group(0)

    kept = _REWRITTEN.sub(drop, head + eol)
    added = b"".join(f"{name}: {value}".encode() + eol for name, value in headers)
    return added + kept + eol + body


def bench_config(server: DovecotServer, user: MailUser, data_dir: Path, batch: int) -> Config:
    return parse_config({
        "business": {"name": "Brightwater Joinery Ltd", "from_address": REPLY_TO,
                     "reply_to": REPLY_TO, "signature": "Sam", "timezone": "UTC"},
        "smtp": {"host": "127.0.0.1", "port": 2525, "security": "none"},
        "storage": {"data_dir": str(data_dir)},
        "imap": {"host": server.host, "port": server.port, "security": "none",
                 "user": user.name, "password": user.password, "batch_size": batch,
                 "after_processing": "flag"},
    })


@dataclass
class IngestRun:
    examined: int
    seconds: float
    report: IngestReport
    cpu_seconds: float = 0.0  # this process only: parsing workers are not counted
    warm_up_seconds: float = 0.0  # starting and priming the parsing workers, not timed
    peak_bytes: int = 0
    held_bytes: int = 0


def duebot_ingest(config: Config, book: Book, *, profile: cProfile.Profile | None = None,
                  traced_tail: Callable[[], object] | None = None,
                  parse: Callable[[bytes], ParsedReply] | None = None) -> IngestRun:
    """Seed a fresh store, then run Inbox rounds until one examines nothing; only the rounds
    are timed. With `traced_tail`, call it next (it delivers more mail) and read that too with
    tracemalloc on: the run's counts and memory are then those of the tail alone, its peak and
    what is still held after it measured from where it started."""
    data_dir = config.storage.data_dir
    shutil.rmtree(data_dir, ignore_errors=True)
    with open_repository(data_dir, snapshot_every=config.storage.snapshot_every) as repo:
        seed(repo, book)
        inbox = Inbox(repo, config, SystemClock(), parse=parse)
        warm_up_start = time.perf_counter()
        inbox.warm_up()  # start-up, paid once by a long-running reader: not reading the mail
        warm_up_seconds = time.perf_counter() - warm_up_start
        if traced_tail is not None:
            _drain(inbox)
            traced_tail()
            tracemalloc.start()
        if profile is not None:
            profile.enable()
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            total = _drain(inbox)
            seconds = time.perf_counter() - start
            cpu_seconds = time.process_time() - cpu_start
            held, peak = tracemalloc.get_traced_memory() if traced_tail else (0, 0)
        finally:
            if profile is not None:
                profile.disable()
            if traced_tail is not None:
                tracemalloc.stop()
    shutil.rmtree(data_dir, ignore_errors=True)
    return IngestRun(total.examined, seconds, total, cpu_seconds, warm_up_seconds, peak, held)


def _drain(inbox: Inbox) -> IngestReport:
    total = IngestReport()
    while True:
        report = inbox.round()
        _add(total, report)
        if report.examined == 0:
            return total


def _add(total: IngestReport, report: IngestReport) -> None:
    for name in ("examined", "ingested", "duplicates", "unmatched", "quarantined", "oversized"):
        setattr(total, name, getattr(total, name) + getattr(report, name))
    total.tasks.extend(report.tasks)
    for intent, count in report.intents.items():
        total.intents[intent] = total.intents.get(intent, 0) + count


@dataclass(frozen=True, slots=True)
class Breakdown:
    parse_us: float
    rest_rate: float
    rest_cpu_us: float


_MESSAGE_ID = re.compile(rb"(?im)^message-id:[ \t]*(<[^>\r\n]+>)")


def where_the_time_goes(server: DovecotServer, user: MailUser, scratch: Path, batch: int,
                        book: Book, mailbox: list[bytes]) -> Breakdown:
    """The CPU one message's reading costs in one process, and the rate of everything else:
    an ingest whose parser answers from a table made beforehand (by Message-ID)."""
    def message_id(raw: bytes) -> bytes:
        found = _MESSAGE_ID.search(raw)
        assert found is not None, "every bench message has a Message-ID"
        return found.group(1)

    prime_parser()  # as every parsing worker does when it starts
    start = time.process_time()
    answers = {message_id(raw): parse_reply(raw) for raw in mailbox}
    parse_us = (time.process_time() - start) / len(mailbox) * 1e6

    def looked_up(raw: bytes) -> ParsedReply:
        return answers[message_id(raw)]

    run = duebot_ingest(bench_config(server, user, scratch / "free-parse", batch), book,
                        parse=looked_up)
    check(run.examined, len(mailbox), "free-parse run", "examined")
    return Breakdown(parse_us, run.examined / run.seconds, run.cpu_seconds / run.examined * 1e6)


def run_bench(messages: int = 5000, batch: int = 200, repeat: int = 3, accounts: int = 300,
              profile_path: Path | None = None) -> dict[str, Any]:
    corpus = load_corpus()
    book = make_book(accounts)
    sizes = sorted({min(1000, messages), min(2500, messages), messages})
    scratch = Path(tempfile.mkdtemp(prefix="duebot-bench-ingest-"))
    try:
        with DovecotServer() as server:
            mailbox = make_mailbox(corpus, book, messages)
            users = {n: server.add_user() for n in sizes}
            start = time.perf_counter()
            for n, user in users.items():
                server.deliver_many(user, mailbox[: n - min(TAIL, n)])
            print(f"corpus: {corpus.describe()}")
            print(f"mailbox: {messages} messages ({sum(map(len, mailbox)) / 2**20:.1f} MiB), "
                  f"mix {', '.join(f'{k} {v:.0%}' for k, v in MIX.items())}; {accounts} "
                  f"accounts seeded; delivered in {time.perf_counter() - start:.1f} s")
            print(f"batch {batch}, {repeat} alternating runs each")
            big = server.add_user()
            server.deliver_many(big, mailbox)
            raw_round(server, big, batch)  # let Dovecot index the new mail before timing

            raw_rates: list[float] = []
            duebot_rates: list[float] = []
            last: IngestRun | None = None
            warm_up_seconds = 0.0
            for run in range(repeat):
                count, seconds = timed(lambda: raw_round(server, big, batch))
                check(count, messages, "raw")
                raw_rates.append(count / seconds)
                config = bench_config(server, big, scratch / f"data-{run}", batch)
                last = duebot_ingest(config, book)
                warm_up_seconds = max(warm_up_seconds, last.warm_up_seconds)
                check(last.examined, messages, "duebot", "examined")
                duebot_rates.append(last.examined / last.seconds)

            breakdown = where_the_time_goes(server, big, scratch, batch, book, mailbox)

            memory: dict[int, IngestRun] = {}
            for n, user in users.items():
                config = bench_config(server, user, scratch / f"mem-{n}", batch)
                tail = mailbox[len(mailbox) - min(TAIL, n) :]  # the same messages each time
                deliver_tail = partial(server.deliver_many, user, tail)
                memory[n] = duebot_ingest(config, book, traced_tail=deliver_tail)
                check(memory[n].examined, len(tail), "memory run", "examined")

            if profile_path is not None:
                profile = cProfile.Profile()
                config = bench_config(server, big, scratch / "profile", batch)
                duebot_ingest(config, book, profile=profile)
                profile.dump_stats(profile_path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    raw, duebot = statistics.median(raw_rates), statistics.median(duebot_rates)
    assert last is not None
    report = last.report
    print(f"outcome of one ingest: {report.ingested} ingested, {report.unmatched} unmatched, "
          f"{report.quarantined} quarantined, {report.duplicates} duplicates, "
          f"{len(report.tasks)} staff tasks")
    print("intents: " + ", ".join(f"{k} {v}" for k, v in Counter(report.intents).most_common()))
    print(f"raw imap-tools fetch        : {raw:8.0f} msg/s  (runs: {rates(raw_rates)})")
    print(f"duebot ingest, end to end   : {duebot:8.0f} msg/s  (runs: {rates(duebot_rates)})")
    print(f"ratio duebot/raw: {duebot / raw:.2f} (target >= 0.50)")
    print(f"where the time goes: reading one message (parse_reply: MIME, quotes, bounce, "
          f"intent) takes {breakdown.parse_us:.0f} µs of CPU in one process; with reading "
          f"made free (answers looked up), the rest of the ingest (fetch, match, store, flag) "
          f"runs at {breakdown.rest_rate:.0f} msg/s using {breakdown.rest_cpu_us:.0f} µs of "
          f"CPU per message; {default_workers() or 'no'} parsing "
          "worker(s) on this machine")
    print(f"not timed: starting the workers, each loading and priming the parser "
          f"(bot/mail/priming.py), took {warm_up_seconds:.1f} s before the first run (the "
          "workers then serve every run); a long-running reader pays it once")
    print(f"memory (tracemalloc) while reading the last {TAIL} messages of a mailbox, "
          "from where the store was before them:")
    for n, tail_run in memory.items():
        working = tail_run.peak_bytes - tail_run.held_bytes
        print(f"  {n:>6} messages: peak {tail_run.peak_bytes / 2**20:5.1f} MiB, kept by the "
              f"store after {tail_run.held_bytes / 2**20:5.1f} MiB "
              f"({tail_run.held_bytes / TAIL / 1024:.1f} "
              f"KiB/msg: it holds every event in memory), working (peak - kept) "
              f"{working / 2**20:4.1f} MiB")
    if profile_path is not None:
        print(f"profile of one ingest written to {profile_path}")
    return {"raw_msgs_per_s": raw, "duebot_msgs_per_s": duebot, "ratio": duebot / raw,
            "memory": {n: (r.peak_bytes, r.held_bytes) for n, r in memory.items()}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--accounts", type=int, default=300)
    parser.add_argument("--profile", type=Path, default=None,
                        help="also profile one ingest with cProfile and write the stats here")
    args = parser.parse_args(argv)
    if args.messages < 1 or args.repeat < 1 or args.accounts < 1:
        parser.error("--messages, --repeat and --accounts must be at least 1")
    run_bench(messages=args.messages, batch=args.batch, repeat=args.repeat,
              accounts=args.accounts, profile_path=args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
