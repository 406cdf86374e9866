"""One scan per output at a time: an exclusive lock on `OUTPUT.lock`, beside the output.

The lock (flock) belongs to the open file, so the kernel drops it when the scan and its workers
have all exited, however they died; the file left behind by a kill is harmless.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from newslint.errors import NewslintError


@contextmanager
def locked(outputs: list[Path]) -> Iterator[None]:
    """Hold the lock of every output (in a fixed order), or fail at once naming the busy one."""
    with ExitStack() as stack:
        for output in sorted(set(outputs)):
            stack.enter_context(_locked(output))
        yield


@contextmanager
def _locked(output: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # no flock (Windows): one scan per output is then the user's to ensure
        yield
        return
    lock = output.with_name(output.name + ".lock")
    while True:
        try:
            handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise NewslintError(f"{lock}: cannot create the lock ({exc.strerror or exc})") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            raise NewslintError(
                f"{output}: another newslint scan is writing it (it holds {lock.name}); "
                "wait for it to finish or stop it"
            ) from None
        if _same_file(lock, handle):
            break
        os.close(handle)  # removed by a scan that just finished: lock the new one
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)  # while still held, so no one locks a file about to vanish
        os.close(handle)


def _same_file(path: Path, handle: int) -> bool:
    try:
        return os.path.samestat(os.stat(path), os.fstat(handle))
    except OSError:
        return False
