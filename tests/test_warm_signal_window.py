"""A signal that reaches the warm client before the server has named the child running its check
is not lost: the client holds it and passes it on, or, when no child will run the check, ends as
a cold run given it would. The server forks each child with the passed-on signals blocked, so one
sent before the child takes the client's dispositions waits for them instead of reaching the
server's own handler (which would only mark the server stopping)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint.warm.client import Forwarding
from tests.warm_daemon import Served, warm_daemon

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX server")


def _sleeper() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def test_a_signal_before_the_child_is_named_reaches_it() -> None:
    target = _sleeper()
    try:
        with Forwarding() as forwarding:
            signal.raise_signal(signal.SIGHUP)
            assert forwarding.held == [signal.SIGHUP]
            assert target.poll() is None
            forwarding.reached(target.pid)
            assert forwarding.held == []
        assert target.wait(timeout=30) == -signal.SIGHUP
        assert forwarding.received == {signal.SIGHUP}
    finally:
        target.kill()


def test_a_signal_after_the_child_is_named_goes_straight_to_it() -> None:
    target = _sleeper()
    try:
        with Forwarding() as forwarding:
            forwarding.reached(target.pid)
            signal.raise_signal(signal.SIGTERM)
        assert target.wait(timeout=30) == -signal.SIGTERM
    finally:
        target.kill()


def test_a_held_signal_with_no_child_ends_this_process_as_a_cold_run() -> None:
    """No child was named (a refusal): Ctrl-C is raised here once our own handler is back."""
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), Forwarding():
        signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before


def test_an_ignored_signal_is_not_taken() -> None:
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with Forwarding() as forwarding:
            signal.raise_signal(signal.SIGHUP)
        assert forwarding.received == set()
    finally:
        signal.signal(signal.SIGHUP, before)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with warm_daemon(tmp_path_factory.mktemp("warm")) as server:
        yield server


def _blocked(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigBlk:"):
            return int(line.split()[1], 16)
    raise AssertionError("no SigBlk line")


def test_the_server_blocks_nothing_once_its_child_is_forked(served: Served) -> None:
    done = served.run("check", "-", stdin=b"The council met on Monday.\n")
    assert done.returncode == 0
    forwarded = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    mask = _blocked(served.server_pid())
    assert not any(mask & (1 << (signum - 1)) for signum in forwarded)


def _ending(received: str) -> subprocess.CompletedProcess[bytes]:
    """A client whose child ended normally (`E 0`) after this client took `received`."""
    code = (
        "import signal\n"
        "from newslint.warm.client import _ended\n"
        f"raise SystemExit(_ended('E 0 0.1 0.1', {{signal.{received}}}))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)


def test_a_hangup_the_child_outran_still_ends_the_client_by_it() -> None:
    """On a loaded machine the child can finish before the hangup this client passes on reaches
    it (this process slow to run its handler, the child reading its closed input); a cold run
    would have ended on delivery, so the shell still sees the hangup (the daemon hangup test
    failed so under load)."""
    assert _ending("SIGHUP").returncode == -signal.SIGHUP


def test_an_interrupt_the_child_outran_leaves_the_childs_exit() -> None:
    """Ctrl-C and SIGTERM are handled by a cold run itself, which may finish first too: the
    child's own exit stands."""
    assert _ending("SIGINT").returncode == 0
    assert _ending("SIGTERM").returncode == 0
