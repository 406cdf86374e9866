"""Work on every core: checking many files with output in the order of a serial run, and the
worker pool `check` and `scan` share.

Workers are forked after the parent has compiled the rules and loaded what they need (the word
table, a grammar engine), so nothing is built twice and each worker starts warm. Where fork is
not available the files are checked serially. A worker never outlives its parent, and a worker
that dies (killed, out of memory) ends the run with an error instead of a wait for ever.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, TypeVar, cast

from newslint.errors import BackendUnavailable, InputError, NewslintError

if TYPE_CHECKING:  # multiprocessing and its pools are imported only when a run has a pool
    from concurrent.futures import ProcessPoolExecutor

Item = TypeVar("Item")
Result = TypeVar("Result")

_TASK: Callable[[str], object] | None = None
# Below this many files a pool costs more than it saves.
MIN_FILES_FOR_POOL = 4
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 0.5


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def preload_for_workers() -> None:
    """Load ahead what checks load at their first need, before workers are forked: a forked
    worker inherits it, where each worker loaded its own copy (0.4-0.5 s of CPU a worker in a
    scan: wordfreq's list for tokens outside newslint's table, ftfy, the part-of-speech tagger)."""
    from newslint.checks.encoding import load_ftfy
    from newslint.checks.tagging import part_of_speech_tagger
    from newslint.lexicon import load_fallback

    load_fallback()
    load_ftfy()
    # Without the model the checks that need it say so, in each worker.
    with suppress(BackendUnavailable):
        part_of_speech_tagger().tag(["The", "board", "met", "."])


def run_ordered(
    task: Callable[[str], Result], paths: Sequence[str], jobs: int
) -> Iterator[Result | InputError]:
    """`task(path)` for every path, in order; an InputError is yielded in place of its result."""
    if jobs <= 1 or len(paths) < MIN_FILES_FOR_POOL or not can_fork():
        for path in paths:
            yield _guarded(task, path)
        return
    from concurrent.futures.process import BrokenProcessPool

    global _TASK
    _TASK = task
    chunk = max(1, min(32, len(paths) // (jobs * 8)))
    with worker_pool(jobs) as pool:
        try:
            results = pool.map(_run_task, paths, chunksize=chunk)
            yield from cast(Iterator[Result | InputError], results)
        except BrokenProcessPool:
            raise NewslintError(
                "a worker process died (killed, or out of memory); files it held were not checked"
            ) from None


@contextmanager
def worker_pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """Forked workers (where fork exists) that die with the parent; when the run fails or is
    interrupted they are stopped at once, not waited for."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if can_fork() else None
    if context is not None:
        from newslint.regex_store import the_store

        the_store().build_all()  # a pattern the parent was handed but never searched
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=start_worker)
    try:
        yield pool
    except BaseException:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            # SIGKILL, not SIGTERM: a worker forked a moment ago still has the parent's SIGTERM
            # handler (Ctrl-C's unwinding) until its initializer runs, and would print a traceback.
            process.kill()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def start_worker() -> None:
    """Workers leave Ctrl-C to the parent, die quietly when stopped, and never outlive it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    exit_with_parent()


def exit_with_parent() -> None:
    """In a worker: end when the process that started it dies, even by kill -9, so no orphan
    goes on working (or holding a lock) for hours. Linux is told at once (PR_SET_PDEATHSIG);
    everywhere a watchdog thread also notices the worker being handed to a new parent."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _guarded(task: Callable[[str], Result], path: str) -> Result | InputError:
    try:
        return task(path)
    except InputError as exc:
        return exc


def _run_task(path: str) -> object:
    assert _TASK is not None
    return _guarded(_TASK, path)
