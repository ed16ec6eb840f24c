"""The day's work at a glance: the daily digest for the channel and each person's App Home.

`gather_overview` reads the store; `digest_blocks` and `home_view` are pure functions of what
it gathered and `today`.
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
from bot.slack.text import escape, money
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


def digest_blocks(overview: Overview, today: date) -> list[Block]:
    """The daily digest: today's queue and the aging of what is owed."""
    blocks: list[Block] = [HeaderBlock(text=f"duebot · {today:%A %d %B %Y}"),
                           *_queue(overview, today), DividerBlock()]
    rows = aging(overview.invoices, today)
    if not rows:
        blocks.append(SectionBlock(text="*Owed:* nothing open"))
    for currency, buckets in sorted(rows.items()):
        cells = " · ".join(f"{name}: {money(total, currency, overview.locale)}"
                           for name, total in buckets.items())
        blocks.append(SectionBlock(text=f"*Owed in {currency}* — {cells}"))
    return blocks


def digest_text(overview: Overview, today: date) -> str:
    calls = len(_calls_due(overview, today))
    return (f"duebot today: {calls} calls due, {len(_promises_due(overview, today))} promises "
            f"due, {len(overview.broken)} broken, {len(_replies(overview))} replies waiting")


def home_view(overview: Overview, user: str, today: date) -> View:
    """A staff member's App Home: their queue for today."""
    mine = overview.for_staff(user)
    blocks: list[Block] = [HeaderBlock(text=f"Your duebot queue · {today:%A %d %B}"),
                           *_queue(mine, today)]
    return View(type="home", blocks=blocks)


def _queue(overview: Overview, today: date) -> list[Block]:
    return [
        _section("Calls due", [_task_line(overview, t) for t in _calls_due(overview, today)]),
        _section("Promises due today",
                 [_promise_line(p) for p in _promises_due(overview, today)]),
        _section("Promises broken", [_promise_line(p) for p in overview.broken]),
        _section("Replies waiting for a person",
                 [_task_line(overview, t) for t in _replies(overview)]),
    ]


def _calls_due(overview: Overview, today: date) -> list[StaffTask]:
    return sorted((t for t in overview.tasks if t.kind in CALL_KINDS and t.due_on <= today),
                  key=lambda t: (t.due_on, t.account_id))


def _promises_due(overview: Overview, today: date) -> list[PromiseLine]:
    return [p for p in overview.promises if p.due_on == today]


def _replies(overview: Overview) -> list[StaffTask]:
    return sorted((t for t in overview.tasks if t.kind not in CALL_KINDS),
                  key=lambda t: (t.created_at, t.id))


def _section(title: str, lines: Sequence[str]) -> SectionBlock:
    if not lines:
        return SectionBlock(text=f"*{title}:* none")
    shown = list(lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        shown.append(f"…and {len(lines) - MAX_LINES} more")
    return SectionBlock(text=f"*{title}* ({len(lines)})\n" + "\n".join(shown))


def _task_line(overview: Overview, task: StaffTask) -> str:
    name = overview.names.get(task.account_id, task.account_id)
    owner = f" · <@{task.assigned_to}>" if task.assigned_to else ""
    return f"• {escape(name)} — {escape(_first_sentence(task.reason))}{owner}"


def _promise_line(promise: PromiseLine) -> str:
    amount = f" {promise.amount} {promise.currency}" if promise.amount else ""
    return f"• {escape(promise.account_name)} — promised{amount} by {promise.due_on:%d %b}"


def _line(account: Account, due_on: date, amount: str | None,
          currency: str | None) -> PromiseLine:
    return PromiseLine(account.id, account.name, due_on, amount, currency, account.assigned_to)


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0]
    return head if len(head) <= 120 else head[:119] + "…"
