"""The cyclic garbage collector, paused while a document is linted.

Linting allocates millions of small objects (tokens, matches, findings) that live until the
document is done, and they are freed by reference counting: hardly any form cycles. The collector
still walks them again and again as they age through its generations, a fifth of a 5 MB line's
run and a tenth of a 0.5 MB one's, growing with the document. Paused for one document (or one
window of a very large one), it runs as usual between them and frees any cycles then.

The collector is one per process, so the pause is counted: nested or concurrent lints (the editor
server's threads) resume it only when the last of them ends, and never resume a collector that
the program itself had turned off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many lints hold the collector paused, and whether it ran before the first of them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.resume = False


_PAUSES = _Pauses()  # mirrors the process's one collector; it decides no result


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, as it was before once every pause has ended."""
    with _PAUSES.lock:
        if _PAUSES.depth == 0:
            _PAUSES.resume = gc.isenabled()
            gc.disable()
        _PAUSES.depth += 1
    try:
        yield
    finally:
        with _PAUSES.lock:
            _PAUSES.depth -= 1
            if _PAUSES.depth == 0 and _PAUSES.resume:
                gc.enable()


@contextmanager
def lasting() -> Iterator[None]:
    """Run a block that makes objects meant to last the process (modules, a linter) with the
    collector paused, then freeze what is tracked (`gc.freeze`): later collections never walk
    those objects again, and resuming does not make the next collection walk them all at once.
    Inside another pause (a lint), it is only a pause: that lint's objects are not for keeping."""
    with collector_paused():
        yield
        with _PAUSES.lock:
            outermost = _PAUSES.depth == 1
        if outermost:
            gc.freeze()
