"""The day's work at a glance: the daily digest for the channel and each person's App Home.

`gather_overview` reads the store; `digest_blocks` and `home_view` are pure functions of what
it gathered and `today`, in the owner's words (`templates/slack/overview.toml`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from slack_sdk.models.blocks import (
    Block,
    DividerBlock,
    HeaderBlock,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.domain.account_state import fold_account_state
from bot.domain.aging import aging
from bot.domain.event_data import data_date
from bot.domain.events import EventType
from bot.domain.models import Account, Invoice
from bot.domain.tasks import StaffTask, TaskKind
from bot.slack.text import money
from bot.slack.wording import Mrkdwn, SlackWording, default_wording
from bot.store.repository import Repository

CALL_KINDS = frozenset({TaskKind.CALL, TaskKind.ESCALATE})
MAX_LINES = 15


@dataclass(frozen=True, slots=True)
class PromiseLine:
    account_id: str
    account_name: str
    due_on: date
    amount: str | None
    currency: str | None
    assigned_to: str | None = None


@dataclass(frozen=True, slots=True)
class Overview:
    """Open tasks, promises falling due, promises broken lately, and the open invoices."""

    tasks: tuple[StaffTask, ...]
    promises: tuple[PromiseLine, ...]
    broken: tuple[PromiseLine, ...]
    invoices: tuple[Invoice, ...]
    names: dict[str, str] = field(default_factory=dict)
    assigned: dict[str, str | None] = field(default_factory=dict)
    locale: str = "en_GB"

    def for_staff(self, user: str) -> Overview:
        """What is theirs: tasks and accounts assigned to them, and those assigned to no one."""
        def mine(owner: str | None) -> bool:
            return owner in (None, user)

        return Overview(
            tasks=tuple(t for t in self.tasks if mine(t.assigned_to)),
            promises=tuple(p for p in self.promises if mine(p.assigned_to)),
            broken=tuple(p for p in self.broken if mine(p.assigned_to)),
            invoices=tuple(i for i in self.invoices if mine(self.assigned.get(i.account_id))),
            names=self.names, assigned=self.assigned, locale=self.locale)


def gather_overview(repo: Repository, now: datetime, *, locale: str = "en_GB") -> Overview:
    """Everything the digest and the App Home show, as of `now`."""
    accounts = {a.id: a for a in repo.accounts()}
    promises: list[PromiseLine] = []
    broken: list[PromiseLine] = []
    since = now - timedelta(days=1)
    for account_id, account in accounts.items():
        log = repo.log(account_id)
        state = fold_account_state(log)
        seen: set[date] = set()
        for promise in state.promises.values():
            if promise.due_on not in seen:
                seen.add(promise.due_on)
                promises.append(_line(account, promise.due_on, promise.amount, promise.currency))
        for event in log:
            if event.type == EventType.PROMISE_BROKEN and event.at > since:
                due = data_date(event.data.get("promise_date")) or event.at.date()
                broken.append(_line(account, due, None, None))
    invoices = tuple(inv for inv in repo.invoices() if inv.is_open)
    return Overview(tasks=tuple(repo.tasks(open_only=True)), promises=tuple(promises),
                    broken=tuple(broken), invoices=invoices,
                    names={a.id: a.name for a in accounts.values()},
                    assigned={a.id: a.assigned_to for a in accounts.values()}, locale=locale)


def digest_blocks(overview: Overview, today: date,
                  wording: SlackWording | None = None) -> list[Block]:
    """The daily digest: today's queue and the aging of what is owed."""
    words = wording or default_wording()
    blocks: list[Block] = [HeaderBlock(text=words.plain("overview.digest_title", today=today)),
                           *_queue(overview, today, words), DividerBlock()]
    rows = aging(overview.invoices, today)
    if not rows:
        blocks.append(SectionBlock(text=words.mrkdwn("overview.owed_nothing")))
    for currency, buckets in sorted(rows.items()):
        cells = " · ".join(words.mrkdwn("overview.owed_bucket", bucket=name,
                                        total=money(total, currency, overview.locale))
                           for name, total in buckets.items())
        blocks.append(SectionBlock(text=words.mrkdwn("overview.owed", currency=currency,
                                                     buckets=Mrkdwn(cells))))
    return blocks


def digest_text(overview: Overview, today: date, wording: SlackWording | None = None) -> str:
    return (wording or default_wording()).plain(
        "overview.digest_text", calls=len(_calls_due(overview, today)),
        promises=len(_promises_due(overview, today)), broken=len(overview.broken),
        replies=len(_replies(overview)))


def home_view(overview: Overview, user: str, today: date,
              wording: SlackWording | None = None) -> View:
    """A staff member's App Home: their queue for today."""
    words = wording or default_wording()
    mine = overview.for_staff(user)
    blocks: list[Block] = [HeaderBlock(text=words.plain("overview.home_title", today=today)),
                           *_queue(mine, today, words)]
    return View(type="home", blocks=blocks)


def _queue(overview: Overview, today: date, words: SlackWording) -> list[Block]:
    return [
        _section(words, "overview.calls",
                 [_task_line(overview, t, words) for t in _calls_due(overview, today)]),
        _section(words, "overview.promises_due",
                 [_promise_line(p, words) for p in _promises_due(overview, today)]),
        _section(words, "overview.broken", [_promise_line(p, words) for p in overview.broken]),
        _section(words, "overview.replies",
                 [_task_line(overview, t, words) for t in _replies(overview)]),
    ]


def _calls_due(overview: Overview, today: date) -> list[StaffTask]:
    return sorted((t for t in overview.tasks if t.kind in CALL_KINDS and t.due_on <= today),
                  key=lambda t: (t.due_on, t.account_id))


def _promises_due(overview: Overview, today: date) -> list[PromiseLine]:
    return [p for p in overview.promises if p.due_on == today]


def _replies(overview: Overview) -> list[StaffTask]:
    return sorted((t for t in overview.tasks if t.kind not in CALL_KINDS),
                  key=lambda t: (t.created_at, t.id))


def _section(words: SlackWording, title: str, lines: Sequence[str]) -> SectionBlock:
    heading = words.mrkdwn(title)
    if not lines:
        return SectionBlock(text=words.mrkdwn("overview.section_empty", title=heading))
    shown = list(lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        shown.append(words.mrkdwn("overview.more", count=len(lines) - MAX_LINES))
    return SectionBlock(text=words.mrkdwn("overview.section", title=heading, count=len(lines),
                                          lines=Mrkdwn("\n".join(shown))))


def _task_line(overview: Overview, task: StaffTask, words: SlackWording) -> Mrkdwn:
    name = overview.names.get(task.account_id, task.account_id)
    assigned = Mrkdwn(f"<@{task.assigned_to}>") if task.assigned_to else None
    return words.mrkdwn("overview.task_line", name=name, reason=_first_sentence(task.reason),
                        assigned=assigned)


def _promise_line(promise: PromiseLine, words: SlackWording) -> Mrkdwn:
    return words.mrkdwn("overview.promise_line", name=promise.account_name,
                        amount=promise.amount, currency=promise.currency,
                        due_on=promise.due_on)


def _line(account: Account, due_on: date, amount: str | None,
          currency: str | None) -> PromiseLine:
    return PromiseLine(account.id, account.name, due_on, amount, currency, account.assigned_to)


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0]
    return head if len(head) <= 120 else head[:119] + "…"
