"""speed.py's warm-daemon row: a server started for the row alone (its own socket folder), and
each timed `check` charged the CPU of the client, of the server's child that ran it and of the
server's own share (accepting, checking the install, forking), which the client is told."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


class WarmDaemon:
    def __init__(self, env: dict[str, str], folder: Path):
        self.usage = folder / "usage"
        self.env = {
            **env,
            "NEWSLINT_DAEMON_DIR": str(folder / "socket"),
            "NEWSLINT_DAEMON_USAGE": str(self.usage),
        }

    def measured(self, run: Callable[..., Any]) -> Callable[[list[str]], Any]:
        """`run` of one command, its CPU raised by what the server spent on it."""

        def timed(command: list[str]) -> Any:
            self.usage.write_text("")
            done = run(command, env=self.env)
            fields = self.usage.read_text().split()
            if len(fields) != 2:
                raise RuntimeError("the warm daemon did not answer the check")
            return dataclasses.replace(done, cpu=done.cpu + float(fields[0]) + float(fields[1]))

        return timed

    def daemon(self, action: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "newslint", "daemon", action]
        return subprocess.run(command, env=self.env, capture_output=True, text=True, check=False)

    def resident_mib(self) -> float:
        """The idle server's resident memory, as `daemon status` reads it."""
        line = self.daemon("status").stdout
        return float(line.partition("resident ")[2].split(" MiB")[0] or "nan")


@contextlib.contextmanager
def warm_daemon(env: dict[str, str]) -> Iterator[WarmDaemon | None]:
    """A server for the row, stopped after it; None when it would not start."""
    with tempfile.TemporaryDirectory(prefix="newslint-speed-") as folder:
        served = WarmDaemon(env, Path(folder))
        os.mkdir(folder + "/socket", 0o700)
        if served.daemon("start").returncode != 0:
            yield None
            return
        try:
            yield served
        finally:
            served.daemon("stop")
