"""A warm check daemon for a test module: its own socket folder, stopped whatever happens."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NEWSLINT = [sys.executable, "-m", "newslint"]


class Served:
    """Runs `newslint` against one server (warm) or with it switched off (cold)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.usage = folder / "usage"
        env = {k: v for k, v in os.environ.items() if k != "NEWSLINT_DAEMON"}
        self.env = {
            **env,
            "NEWSLINT_DAEMON_DIR": str(folder / "socket"),
            "NEWSLINT_DAEMON_USAGE": str(self.usage),
        }

    def run(
        self, *args: str, warm: bool = True, cwd: Path | None = None, stdin: bytes = b""
    ) -> subprocess.CompletedProcess[bytes]:
        env = self.env if warm else {**self.env, "NEWSLINT_DAEMON": "off"}
        return subprocess.run(
            [*NEWSLINT, *args], input=stdin, capture_output=True, env=env, cwd=cwd, check=False
        )

    def answered(self, *args: str, cwd: Path | None = None, stdin: bytes = b"") -> bool:
        """Whether the server (not a cold fallback) answered this run: it then notes its CPU."""
        self.usage.write_text("")
        self.run(*args, cwd=cwd, stdin=stdin)
        return bool(self.usage.read_text().strip())

    def daemon(self, action: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*NEWSLINT, "daemon", action, *args],
            capture_output=True, text=True, env=self.env, check=False,
        )  # fmt: skip

    def server_pid(self) -> int:
        return int(self.daemon("status").stdout.split("(pid ")[1].split(",")[0])

    def killed_mid_check(self, kill_server: bool) -> tuple[int, bytes, bytes]:
        """A `check -` whose server child is running it when SIGKILL ends that child or, with
        `kill_server`, the server: the client's exit code, stdout and stderr."""
        server = self.server_pid()
        client = subprocess.Popen(
            [*NEWSLINT, "check", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=self.env,
        )  # fmt: skip
        child = None
        try:
            child = child_of(server)
            running_for(child, client.pid)
            os.kill(server if kill_server else child, signal.SIGKILL)
            out, err = client.communicate(timeout=60)
            self.child_outlived_client = _running(child)
        finally:
            client.kill()
            if child is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, signal.SIGKILL)
        return client.returncode, out, err

    child_outlived_client = False

    def socket_path(self) -> Path:
        (found,) = (self.folder / "socket").glob("*.sock")
        return found


def _running(pid: int) -> bool:
    """Whether `pid` runs (Linux): neither gone nor a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_bytes().rpartition(b")")[2].split()[0] != b"Z"
    except OSError:
        return False


@contextmanager
def warm_daemon(folder: Path) -> Iterator[Served]:
    served = Served(folder)
    (folder / "socket").mkdir(mode=0o700)
    try:
        started = served.daemon("start", "--idle", "600")
        assert started.returncode == 0, started.stderr
        yield served
    finally:
        served.daemon("stop")


def child_of(pid: int) -> int:
    """The first child process of `pid`, once it has one (Linux)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = children.read_text().split()
        if found:
            return int(found[0])
        time.sleep(0.02)
    raise AssertionError(f"process {pid} started no child")


def running_for(child: int, client: int) -> None:
    """Wait until `child` has taken `client`'s standard input: the server told the client."""
    deadline = time.monotonic() + 60
    while os.readlink(f"/proc/{child}/fd/0") != os.readlink(f"/proc/{client}/fd/0"):
        assert time.monotonic() < deadline, "the child never took the client's input"
        time.sleep(0.02)
