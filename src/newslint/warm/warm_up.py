"""The warm daemon's start: what it imports and builds before it serves, and what its children
are set up with."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def warm_up() -> None:
    """Import what `check` runs and build the packs, patterns and tables it reads, by checking
    a short text of our own as a client would, its report thrown away. Configuration is not
    kept: each child reads its own.

    Without a grammar engine: Harper starts threads of its own, and a process forked from one
    with threads has only the forking thread, so an engine that hands work to the others would
    wait forever in the child. A check with a grammar loads its engine in the child, as a cold
    run does."""
    import newslint.cli  # noqa: F401  (click: a `check` with options quick_check_options leaves)
    from newslint.commands import run_check
    from newslint.launch import quick_check_options
    from newslint.regex_store import the_store

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.txt"
        sample.write_text(SAMPLE, encoding="utf-8")
        options = quick_check_options(["check", "--exit-zero", "--grammar", "off", str(sample)])
        assert options is not None
        with _discarded_stdout():
            run_check(options)
    the_store().build_all()  # patterns handed out but not searched: built once, not per child
    gc.collect()
    gc.freeze()  # children then never touch the parent's objects' collector headers
    if _threads() > 1:
        print(
            f"warning: {_threads()} threads after the warm-up; a child has only one",
            file=sys.stderr,
        )


def _threads() -> int:
    with contextlib.suppress(OSError):
        return len(os.listdir("/proc/self/task"))
    return 1


SAMPLE = """Council backs new bus routes

The county council voted on Tuesday to add three bus routes to the north of the town, after a
year in which riders complained about waits of more then an hour.

"We have listened," said the councillor who chairs the transport committee. The routes begin in
March and will cost £1.2m a year , paid from the parking budget.

Advertisement

Opponents said the the money would be better spent on roads.
"""


@contextlib.contextmanager
def _discarded_stdout() -> Iterator[None]:
    kept = sys.stdout
    sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdout = kept


def parent_death_signal() -> Callable[[], None]:
    """What a child calls to be sent SIGTERM if the server dies (Linux's prctl): its client
    has been told the check failed, so it stops as an interrupted check does."""
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (ImportError, OSError, AttributeError):
        return lambda: None
    return lambda: prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


PR_SET_PDEATHSIG = 1
