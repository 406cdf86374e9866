"""The worker pool `check` and `scan` share: a worker that dies ends the run, never hangs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SEED, newslint_command


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers through /proc")
def test_check_ends_with_an_error_when_a_worker_is_killed(tmp_path: Path) -> None:
    """A killed worker's files never came back from multiprocessing.Pool: check waited for ever."""
    text = SEED.read_text(encoding="utf-8") * 20
    for index in range(200):
        (tmp_path / f"story{index:03d}.txt").write_text(text, encoding="utf-8")
    check = subprocess.Popen(
        [*newslint_command(), "check", "--jobs", "2", "--grammar", "off", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not (workers := children(check.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers, "check never started its workers"
    os.kill(workers[0], signal.SIGKILL)
    try:
        _, stderr = check.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        check.kill()
        check.communicate()
        pytest.fail("check hung after one of its workers was killed")
    assert check.returncode == 2 and "a worker process died" in stderr, stderr
    assert "Traceback" not in stderr


STOPPED_EARLY = """
import signal, sys, time
from newslint import launch, parallel

def slow_start():
    time.sleep(1.5)  # the moment before a worker's initializer has reset the parent's handlers
    parallel.start_worker()

signal.signal(signal.SIGTERM, launch.interrupt_handler())  # as every newslint run installs it
real_start, parallel.start_worker = parallel.start_worker, slow_start
try:
    with parallel.worker_pool(2) as pool:
        pool.submit(time.sleep, 5)
        time.sleep(0.3)
        raise ValueError("the run failed")
except ValueError:
    print("stopped")
"""


def test_workers_stopped_before_they_started_die_quietly() -> None:
    from newslint.parallel import can_fork

    if not can_fork():
        pytest.skip("workers are spawned, not forked, here")
    done = subprocess.run(
        [sys.executable, "-c", STOPPED_EARLY], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "stopped"
    assert "Traceback" not in done.stderr, done.stderr


TERMINATED_AFTER_FORK = """
import os, signal, time
from newslint import launch

signal.signal(signal.SIGTERM, launch.interrupt_handler())  # as every newslint run installs it
child = os.fork()
if child == 0:  # a worker before its initializer, stopped by a pool that found another one dead
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    os._exit(0)
print(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]))
"""


def test_a_forked_child_terminated_with_the_parents_handler_ends_quietly() -> None:
    """CI saw 'Exception ignored in _after_fork ... Traceback' from a worker forked as the pool
    broke: the inherited SIGTERM handler raised KeyboardInterrupt inside the fork's own hooks."""
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    done = subprocess.run(
        [sys.executable, "-c", TERMINATED_AFTER_FORK], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == str(128 + signal.SIGTERM), done.stderr
    assert "Traceback" not in done.stderr, done.stderr
