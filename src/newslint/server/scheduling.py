"""Where the server's lints run: one worker thread, off the loop that answers the editor.

A lint of a long document takes seconds; run on the loop, it held back every request (a code
action, shutdown) until it ended. The worker runs everything that uses the workspace linter
(lints, fix-all's fixes, settings reloads) one at a time and in the order asked, so the linter
is never used by two threads at once. Each lint asked for a document gets a ticket; a newer
ticket for the same document supersedes it: a superseded lint that has not started is skipped,
one under way stops at its next check, and what a superseded lint found is never published.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class LintQueue:
    def __init__(self) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newslint-lint")
        self._tickets: dict[str, int] = {}  # document uri -> the ticket of its newest lint
        self._count = itertools.count(1)

    def ticket(self, uri: str) -> int:
        """A ticket for a new lint of `uri`, superseding any earlier one."""
        self._tickets[uri] = ticket = next(self._count)
        return ticket

    def is_current(self, uri: str, ticket: int) -> bool:
        return self._tickets.get(uri) == ticket

    def superseded(self, uri: str, ticket: int) -> Callable[[], bool]:
        """What the worker asks between checks (a dict read, safe from any thread)."""
        return lambda: self._tickets.get(uri) != ticket

    def uris(self) -> list[str]:
        """The documents with a lint asked for and not dropped (open, in a language we read)."""
        return list(self._tickets)

    def drop(self, uri: str) -> None:
        """The document closed: its lint under way is superseded by none."""
        self._tickets.pop(uri, None)

    def submit(self, work: Callable[..., T], *args: Any) -> Future[T]:
        return self._worker.submit(work, *args)

    async def run(self, work: Callable[..., T], *args: Any) -> T:
        """`work(*args)` on the worker, after what was asked before it; the loop stays free."""
        return await asyncio.wrap_future(self._worker.submit(work, *args))

    def close(self) -> None:
        """Shutdown: every lint is superseded, and nothing queued runs."""
        self._tickets.clear()
        self._worker.shutdown(wait=False, cancel_futures=True)
