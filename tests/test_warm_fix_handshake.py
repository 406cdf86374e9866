"""A warm child begins its check only once the client has said it holds the child's pid (`A`
after `S`): a hangup the client took before it read `S` is passed on first, so a --fix never
runs to its end after the user's terminal is gone, as it could while the server let the child
begin the moment it sent `S` and a slow client held the hangup unsent."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.warm_daemon import Served, warm_daemon

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX server")

DAMAGED = "The the harbour board said said that the new quay will open in May .\n"

# A client that reads `S <pid>` and then stalls before acting on it, as a client the scheduler
# leaves waiting does, until the child has ended or the server says it holds it: a deterministic
# stand-in for the window. `taken` is what happens to the client meanwhile.
SLOW_CLIENT = """
import os, signal, sys, time
from newslint.warm import client
from newslint.warm.control import status

read_line = client.Replies.line

def slow_line(self):
    line = read_line(self)
    if line.startswith("S "):
        pid = int(line[2:])
        print(pid, flush=True)
        {taken}
        deadline = time.monotonic() + 120
        while client._alive(pid) and not (status() or {{}}).get("held"):
            assert time.monotonic() < deadline, "the child neither ended nor was held"
            time.sleep(0.02)
    return line

client.Replies.line = slow_line
sys.argv = [sys.argv[0], "check", "--fix", "damaged.md"]
from newslint.launch import main
main()
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with warm_daemon(tmp_path_factory.mktemp("warm")) as server:
        yield server


def _slow_client(served: Served, folder: Path, taken: str) -> subprocess.CompletedProcess[bytes]:
    (folder / "damaged.md").write_text(DAMAGED, encoding="utf-8")
    code = SLOW_CLIENT.format(taken=taken)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=served.env, cwd=folder,
        timeout=300, check=False,
    )  # fmt: skip


def test_a_fix_is_written_once_the_client_answers(served: Served, tmp_path: Path) -> None:
    done = _slow_client(served, tmp_path, "pass")
    assert done.returncode == 0, done.stderr
    cold = tmp_path / "cold"
    cold.mkdir()
    (cold / "damaged.md").write_text(DAMAGED, encoding="utf-8")
    served.run("check", "--fix", "damaged.md", warm=False, cwd=cold)
    fixed = (tmp_path / "damaged.md").read_bytes()
    assert fixed == (cold / "damaged.md").read_bytes() != DAMAGED.encode()


def test_a_hangup_before_the_client_read_the_pid_ends_the_fix_unwritten(
    served: Served, tmp_path: Path
) -> None:
    """The hangup is held until the pid is read, then passed on; the child, not yet begun,
    takes it first (it failed before: the file was fixed while the client stalled)."""
    done = _slow_client(served, tmp_path, "signal.raise_signal(signal.SIGHUP)")
    assert done.returncode == -signal.SIGHUP, done.stderr
    assert (tmp_path / "damaged.md").read_text(encoding="utf-8") == DAMAGED
    assert len(done.stdout.split()) == 1  # the pid, and no check output


def test_a_client_gone_before_it_answered_leaves_the_file(served: Served, tmp_path: Path) -> None:
    """Killed between `S` and `A`: the child ends unbegun, and the server holds none."""
    done = _slow_client(served, tmp_path, "os.kill(os.getpid(), signal.SIGKILL)")
    assert done.returncode == -signal.SIGKILL
    child = int(done.stdout.split()[0])
    _ended(child)
    assert (tmp_path / "damaged.md").read_text(encoding="utf-8") == DAMAGED
    held = "from newslint.warm.control import status; print(status()['held'])"
    facts = subprocess.run(
        [sys.executable, "-c", held], capture_output=True, env=served.env, check=True
    )
    assert facts.stdout.split() == [b"0"]


def _ended(pid: int) -> None:
    """Wait for `pid` (the server's child) to be reaped."""
    import time

    deadline = time.monotonic() + 120
    while Path(f"/proc/{pid}").exists():
        assert time.monotonic() < deadline, f"process {pid} never ended"
        time.sleep(0.02)
