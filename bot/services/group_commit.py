"""Group commit: concurrent senders share one durable transaction.

Each step of an email's life must be on disk before the next begins, and each commit costs a
flush to disk (about a millisecond here). One commit runs at a time, in a worker thread so the
event loop keeps serving the SMTP connections meanwhile; the writes that become due during it
are gathered and committed together by the next one. `write` returns only once its own changes
are durable, so no step is weakened: the cost of a flush is shared, not skipped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from bot.store.repository import Repository, Transaction

T = TypeVar("T")

_Pending = tuple[Callable[[Transaction], Any], "asyncio.Future[Any]"]


class GroupCommit:
    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self._pending: list[_Pending] = []
        self._committer: asyncio.Task[None] | None = None
        self._submitted: list[asyncio.Future[Any]] = []

    async def write(self, change: Callable[[Transaction], T]) -> T:
        """Apply `change` in the next shared transaction; return its result once durable."""
        return await self.submit(change)

    def submit(self, change: Callable[[Transaction], T]) -> asyncio.Future[T]:
        """Queue `change` for the next shared transaction without waiting for it. Commits
        keep their order, so anything written later is durable only after this is."""
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._pending.append((change, done))
        self._submitted.append(done)
        if self._committer is None or self._committer.done():
            self._committer = asyncio.create_task(self._commit_pending())
        return done

    async def drain(self) -> None:
        """Wait until everything submitted is durable (raising the first failure)."""
        submitted, self._submitted = self._submitted, []
        await asyncio.gather(*submitted)

    async def _commit_pending(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                results = await asyncio.to_thread(self._commit, batch)
            except Exception as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                continue
            for (_, done), result in zip(batch, results, strict=True):
                if not done.done():
                    done.set_result(result)

    def _commit(self, batch: list[_Pending]) -> list[Any]:
        with self._repo.transaction() as tx:
            return [change(tx) for change, _ in batch]
