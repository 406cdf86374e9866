"""The suite gives the same verdict however it was started: under nohup or as a script's
background job it inherits SIGHUP or SIGINT ignored, and the warm client's signal tests must
still see them as a terminal leaves them (conftest resets them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals"),
    pytest.mark.slow,
]


def _ignoring_hangup_and_interrupt() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def test_signal_tests_pass_when_the_suite_inherits_them_ignored() -> None:
    wanted = "before_the_child or held_signal_with_no_child or a_hangup_ends"
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "",
            "tests/test_warm_signal_window.py", "tests/test_daemon_identity.py", "-k", wanted,
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=os.environ.copy(),
        preexec_fn=_ignoring_hangup_and_interrupt,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 passed" in done.stdout, done.stdout[-2000:]
