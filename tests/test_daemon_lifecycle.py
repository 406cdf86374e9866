"""`newslint daemon start|status|stop`: one server per install, stopped on request, and a
`check` that finds none, or finds a stale or refusing one, runs cold and correctly."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.warm_daemon import Served, warm_daemon

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX server")

TEXT = "The the council met on Tuesday .\n\nIt voted to add three bus routes.\n"


def test_start_status_stop(tmp_path: Path) -> None:
    with warm_daemon(tmp_path) as served:
        again = served.daemon("start")
        assert again.returncode == 0 and "already running" in again.stdout
        status = served.daemon("status")
        assert status.returncode == 0 and "check daemon running" in status.stdout
        pid = int(status.stdout.split("(pid ")[1].split(",")[0])
        assert oct(served.socket_path().parent.stat().st_mode)[-3:] == "700"
        stopped = served.daemon("stop")
        assert stopped.returncode == 0 and f"stopped (pid {pid})" in stopped.stdout
        assert served.daemon("status").returncode == 1
        assert not list((tmp_path / "socket").glob("*.sock"))
        assert "no check daemon was running" in served.daemon("stop").stdout


def test_a_check_without_a_server_runs_cold(tmp_path: Path) -> None:
    served = Served(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "socket").mkdir(mode=0o700)
    warm, cold = (
        served.run("check", "a.txt", cwd=tmp_path),
        served.run("check", "a.txt", warm=False, cwd=tmp_path),
    )
    assert (warm.returncode, warm.stdout, warm.stderr) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )
    assert warm.returncode == 1


def test_a_dead_socket_falls_back_to_the_cold_path(tmp_path: Path) -> None:
    """A server killed without removing its socket leaves a name nobody listens on."""
    with warm_daemon(tmp_path) as served:
        path = served.socket_path()
        served.daemon("stop")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()
    (tmp_path / "a.txt").write_text(TEXT)
    served.usage.write_text("")
    warm = served.run("check", "a.txt", cwd=tmp_path)
    cold = served.run("check", "a.txt", warm=False, cwd=tmp_path)
    assert (warm.returncode, warm.stdout, warm.stderr) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )
    assert not served.usage.read_text()


def test_another_version_or_interpreter_is_refused_and_runs_cold(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    with warm_daemon(tmp_path) as served:
        assert served.answered("check", "a.txt", cwd=tmp_path)
        refused = _reply(served.socket_path(), version=b"0.0.0-older")
        assert refused.startswith(b"R ")
        # what an interpreter reads once at its start, and the cache folder: the run goes cold
        for name, value in [
            ("PYTHONHASHSEED", "12345"),
            ("LC_ALL", "C"),
            ("PYTHONWARNINGS", "error"),
            ("NEWSLINT_CACHE_DIR", str(tmp_path / "other-cache")),
        ]:
            kept = served.env.get(name)
            served.env[name] = value if kept != value else value + ".UTF-8"
            assert not served.answered("check", "a.txt", cwd=tmp_path), name
            assert served.run("check", "a.txt", cwd=tmp_path).returncode == 1
            if kept is None:
                del served.env[name]
            else:
                served.env[name] = kept
        assert served.answered("check", "a.txt", cwd=tmp_path)


def _reply(path: Path, version: bytes) -> bytes:
    """The server's first reply to a check request whose client runs `version`."""
    from newslint import __version__
    from newslint.warm.wire import HEADER, request_frame

    body = request_frame("check")[HEADER:].replace(__version__.encode(), version, 1)
    frame = request_frame("check")[: HEADER - 4] + len(body).to_bytes(4, "big") + body
    with socket.socket(socket.AF_UNIX) as conn:
        conn.connect(str(path))
        socket.send_fds(conn, [frame], [0, 1, 2])
        return conn.recv(4096)


def test_a_server_leaves_when_its_code_changes(tmp_path: Path) -> None:
    """An edited or upgraded install is never answered by the code before."""
    from newslint.warm import wire

    (tmp_path / "a.txt").write_text(TEXT)
    module = Path(wire.__file__)
    with warm_daemon(tmp_path) as served:
        assert served.answered("check", "a.txt", cwd=tmp_path)
        before = module.stat()
        try:
            os.utime(module, ns=(before.st_atime_ns, time.time_ns() + 10**10))
            assert not served.answered("check", "a.txt", cwd=tmp_path)
        finally:
            os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert served.daemon("status").returncode == 1


def test_a_server_lost_after_its_child_started_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """The check may have begun writing (a --fix): it is never run again, cold or warm."""
    with warm_daemon(tmp_path) as served:
        code, out, err = served.killed_mid_check(kill_server=True)
    assert code == 2 and not out
    assert err.decode().endswith(
        "newslint: error: the check daemon stopped before the check ended\n"
    )
    # the child, sent SIGTERM as the server died, ended before the client: the verdict is last
    assert not served.child_outlived_client


@pytest.mark.parametrize(
    ("command", "closed"),
    [("check - ", "0<&-"), ("check nope.txt", "2>&-"), ("check a.txt", ">&-")],
)
def test_a_closed_standard_stream_runs_cold(tmp_path: Path, command: str, closed: str) -> None:
    """The client's socket would take the closed stream's number and be sent as that stream."""
    (tmp_path / "a.txt").write_text(TEXT)
    shell = f"exec {sys.executable} -m newslint {command} {closed}"
    with warm_daemon(tmp_path) as served:
        served.usage.write_text("")
        runs = [
            subprocess.run(
                ["sh", "-c", shell], capture_output=True, env=env, cwd=tmp_path, timeout=60
            )
            for env in (served.env, {**served.env, "NEWSLINT_DAEMON": "off"})
        ]
        assert not served.usage.read_text()
    warm, cold = ((run.returncode, run.stdout, run.stderr) for run in runs)
    assert warm == cold


def test_status_says_when_check_would_not_use_the_server(tmp_path: Path) -> None:
    with warm_daemon(tmp_path) as served:
        folder = served.socket_path().parent
        folder.chmod(0o755)
        try:
            status = served.daemon("status")
        finally:
            folder.chmod(0o700)
    assert status.returncode == 0
    assert "`check` runs without it" in status.stdout and "mode 700" in status.stdout


def test_the_check_uses_the_clients_temporary_folder(tmp_path: Path) -> None:
    """The daemon's TMPDIR (a session's, removed since) is not the check's: a report is spooled
    in the client's."""
    started_in, client_tmp = tmp_path / "daemon-tmp", tmp_path / "client-tmp"
    started_in.mkdir()
    client_tmp.mkdir()
    (tmp_path / "a.txt").write_text(TEXT * 2200)
    served = Served(tmp_path)
    (tmp_path / "socket").mkdir(mode=0o700)
    served.env["TMPDIR"] = str(started_in)
    try:
        assert served.daemon("start").returncode == 0
        started_in.rmdir()
        served.env["TMPDIR"] = str(client_tmp)
        args = ("check", "--grammar", "off", "--format", "junit", "a.txt")
        assert served.answered(*args, cwd=tmp_path)
        warm = served.run(*args, cwd=tmp_path)
        cold = served.run(*args, warm=False, cwd=tmp_path)
    finally:
        served.daemon("stop")
    assert (warm.returncode, warm.stdout, warm.stderr) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )
    assert warm.returncode == 1 and len(warm.stdout) > 1 << 20
