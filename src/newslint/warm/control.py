"""`newslint daemon start|stop|status`: the warm daemon's life, as a user drives it."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError
from newslint.launch import daemon_socket
from newslint.warm.client import Replies, trusted_socket
from newslint.warm.wire import request_frame

START_SECONDS = 120.0  # the warm-up imports and builds everything: seconds on a loaded machine
STOP_SECONDS = 30.0  # a running check ends first


def status() -> dict[str, Any] | None:
    """What the server for this install says of itself, or None when none answers."""
    return _ask("ping")


def cold_reason() -> str:
    """Why `check` would not use the running server's socket (and runs cold), or ""."""
    path = daemon_socket()
    try:
        state = os.stat(path)
    except OSError:
        return "its socket is gone"
    if trusted_socket(path, state):
        return ""
    return f"the socket or {os.path.dirname(path)} is not yours alone (the folder must be mode 700)"


def start(idle: float) -> tuple[dict[str, Any], bool]:
    """Start a server for this install unless one runs; its facts, and whether it is new."""
    if os.name != "posix":
        raise NewslintError("the check daemon needs a POSIX system; `check` runs without it")
    facts = status()
    if facts is not None:
        return facts, False
    path = Path(daemon_socket())
    private_folder(path.parent)
    with open(path.with_suffix(".log"), "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "newslint.warm.serve", "--idle", str(idle)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd="/", start_new_session=True,
        )  # fmt: skip
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        facts = status()
        if facts is not None:
            return facts, facts["pid"] == process.pid
        if process.poll() is not None:
            facts = status()  # another `start` won the race: that one serves
            if facts is not None:
                return facts, False
            raise NewslintError(f"the daemon did not start; see {path.with_suffix('.log')}")
        time.sleep(0.05)
    raise NewslintError(f"the daemon did not answer within {START_SECONDS:g} s")


def stop() -> dict[str, Any] | None:
    """Stop this install's server; its facts as it stopped, or None when none ran."""
    facts = _ask("stop")
    if facts is None:
        return None
    deadline = time.monotonic() + STOP_SECONDS
    while time.monotonic() < deadline and _alive(int(facts["pid"])):
        time.sleep(0.05)
    return facts


def private_folder(folder: Path) -> None:
    """Make the socket's folder for this user alone, and refuse one others may enter."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    state = folder.stat()
    if state.st_uid != os.getuid() or state.st_mode & 0o077:
        raise NewslintError(f"{folder} must belong to you alone (mode 700) to hold the socket")


def _ask(kind: str) -> dict[str, Any] | None:
    path = daemon_socket()
    with contextlib.suppress(OSError, ValueError), socket.socket(socket.AF_UNIX) as conn:
        conn.settimeout(10.0)
        conn.connect(path)
        conn.sendall(request_frame(kind))
        line = Replies(conn).line()
        if line.startswith("P "):
            facts: dict[str, Any] = json.loads(line[2:])
            return facts
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
