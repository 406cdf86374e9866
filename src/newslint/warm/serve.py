"""The warm daemon: imports and builds what `check` runs once, then forks a child per request.

Run by `newslint daemon start` as `python -m newslint.warm.serve`, detached. The parent only
accepts, checks and forks: each request runs in a fresh child (`child.run_request`), so nothing
one request does reaches the next, a crash ends only that request, and the parent stays as it
was after the warm-up. The parent reaps the child and sends the client its exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import resource
import selectors
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from newslint import __version__
from newslint.launch import daemon_socket
from newslint.warm.child import Request, parsed, run_request
from newslint.warm.warm_up import parent_death_signal, warm_up
from newslint.warm.wire import (
    ACKNOWLEDGED,
    FORWARDED,
    HEADER,
    body_length,
    install_identity,
    peer_is_us,
)

# A client sends its request at once: one that does not within this is dropped.
REQUEST_SECONDS = 5.0


class Running(NamedTuple):
    """A child running one request: its client's connection, what its start cost here, and
    the pipe that lets it begin (-1 once it has been let, or told to end)."""

    conn: socket.socket
    pidfd: int
    started_cpu: float
    going: int


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="newslint.warm.serve")
    parser.add_argument("--idle", type=float, default=3600.0)
    options = parser.parse_args(argv)
    serve(Path(daemon_socket()), options.idle)


def serve(path: Path, idle: float) -> None:
    """Serve on `path` until stopped or idle for `idle` seconds; return at once when another
    server holds this install's lock."""
    with _sole_server(path) as sole:
        if not sole:
            _log(f"another server runs for this install ({path}); this one leaves")
            return
        warm_up()
        Server(path, idle, parent_death_signal()).run()


@contextlib.contextmanager
def _sole_server(path: Path) -> Iterator[bool]:
    """Hold this install's lock for the server's life: two `start`s leave one server."""
    with open(path.with_suffix(".lock"), "a+b") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True


class Server:
    def __init__(self, path: Path, idle: float, orphaned: Callable[[], None]):
        self.path = path
        self.idle = idle
        self.orphaned = orphaned
        self.install = install_identity()
        self.stamp = code_stamp()
        self.began = time.monotonic()
        self.last = self.began
        self.stopping = False
        self.children: dict[int, Running] = {}
        self.selector = selectors.DefaultSelector()
        self.listener = _listening(path)
        self.inode = os.stat(path).st_ino  # a socket's own fstat names no file: keep the name's
        self.wakeup, wakeup_in = socket.socketpair()
        self.wakeup.setblocking(False)
        wakeup_in.setblocking(False)
        self._wakeup_in = wakeup_in
        signal.set_wakeup_fd(wakeup_in.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, self._stop_on_signal)
        self.selector.register(self.listener, selectors.EVENT_READ, self._accept)
        self.selector.register(self.wakeup, selectors.EVENT_READ, self._drain)

    def run(self) -> None:
        path_pid = self.path.with_suffix(".pid")
        path_pid.write_text(f"{os.getpid()}\n", encoding="ascii")
        _log(f"serving {self.path} (pid {os.getpid()}, newslint {__version__})")
        try:
            while not (self.stopping and not self.children):
                self._turn()
        finally:
            self._withdraw(path_pid)

    def _turn(self) -> None:
        timeout = None if self.children else max(0.0, self.last + self.idle - time.monotonic())
        events = self.selector.select(timeout)
        if not events and not self.children and time.monotonic() >= self.last + self.idle:
            _log(f"idle for {self.idle:g} s; leaving")
            self._stop()
        for key, _ in events:
            handler: Callable[[], None] = key.data
            handler()

    def _stop_on_signal(self, signum: int, frame: object) -> None:
        self.stopping = True

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self.wakeup.recv(512)
        if self.stopping:
            self._stop()

    def _stop(self) -> None:
        """Take no more requests; the running ones end and are reported first."""
        self.stopping = True
        if self.listener.fileno() >= 0:
            self.selector.unregister(self.listener)
            self._unlink_socket()
            self.listener.close()

    def _unlink_socket(self) -> None:
        """Remove the socket if it is still ours (a newer server may have bound the name)."""
        with contextlib.suppress(OSError):
            if os.stat(self.path).st_ino == self.inode:
                self.path.unlink()

    def _withdraw(self, path_pid: Path) -> None:
        if self.listener.fileno() >= 0:
            self._unlink_socket()
        with contextlib.suppress(OSError):
            path_pid.unlink()

    def _accept(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        self.last = time.monotonic()
        cpu = _cpu()
        fds: list[int] = []
        try:
            conn.settimeout(REQUEST_SECONDS)
            request, fds = _received(conn)
            if request is None or not peer_is_us(conn):
                return _dropped(conn, fds)
            if request.kind != "check":
                return self._control(conn, request)
            refusal = self._refusal(request, fds)
            if refusal:
                conn.sendall(f"R {refusal}\n".encode())
                return _dropped(conn, fds)
            self._fork(conn, request, fds, cpu)
        except OSError:
            _dropped(conn, fds)

    def _refusal(self, request: Request, fds: list[int]) -> str:
        """Why this server must not run the request (the client then runs it cold), or ""."""
        if request.version != __version__ or request.install != self.install:
            return "another newslint or interpreter"
        if len(fds) != 3:
            return "no standard streams"
        if code_stamp() != self.stamp:
            _log("newslint's code or packs changed since the start; leaving")
            self._stop()
            return "newslint changed since the server started"
        return ""

    def _control(self, conn: socket.socket, request: Request) -> None:
        facts = {
            "pid": os.getpid(), "version": __version__, "install": self.install.split("\n")[-1],
            "idle": self.idle, "up": round(time.monotonic() - self.began, 1),
            "rss_kib": resident_kib(), "running": len(self.children),
            "held": sum(running.going >= 0 for running in self.children.values()),
        }  # fmt: skip
        with conn:
            conn.sendall(f"P {json.dumps(facts)}\n".encode())
        if request.kind == "stop":
            _log("asked to stop")
            self._stop()

    def _fork(self, conn: socket.socket, request: Request, fds: list[int], cpu: float) -> None:
        closing = [self.selector.fileno(), self.listener.fileno(), self.wakeup.fileno()]
        closing += [self._wakeup_in.fileno(), conn.fileno()]
        for running in self.children.values():
            closing += [running.conn.fileno(), running.pidfd, running.going]
        go, going = os.pipe()
        # The client passes its signals on from the moment we name the child; until the child
        # takes the client's dispositions it still has ours, which would only mark this server
        # stopping, and the signal would be lost. Blocked across the fork, they wait for it.
        forwarded = {getattr(signal, name) for name in FORWARDED}
        signal.pthread_sigmask(signal.SIG_BLOCK, forwarded)
        pid = os.fork()
        if pid == 0:
            self.orphaned()
            os.close(going)
            run_request(request, fds, closing, go)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, forwarded)
        os.close(go)
        for fd in fds:
            os.close(fd)
        pidfd = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else -1
        self.children[pid] = Running(conn, pidfd, _cpu() - cpu, going)
        try:
            conn.sendall(f"S {pid}\n".encode())
        except OSError:  # the client left: the child reads no "go" and ends without running
            self._release(pid, go=False)
        if pidfd < 0:  # not Linux: requests are served one at a time
            if self.children[pid].going >= 0:
                self._answered(pid)
            return self._reap(pid)
        self.selector.register(pidfd, selectors.EVENT_READ, lambda: self._reap(pid))
        if self.children[pid].going >= 0:
            self.selector.register(conn, selectors.EVENT_READ, lambda: self._answered(pid))

    def _answered(self, pid: int) -> None:
        """The client's word after `S`: `A` once it holds the child's pid (from then on a
        signal it takes goes straight to the child), and only then may the child begin. A
        client slow to read `S` (a loaded machine) while its terminal closed held the hangup
        unsent, and a child let go at once could run a --fix to its end in the meantime."""
        running = self.children[pid]
        try:
            word = running.conn.recv(len(ACKNOWLEDGED))
        except OSError:
            word = b""
        if running.pidfd >= 0:
            self.selector.unregister(running.conn)
        self._release(pid, go=word == ACKNOWLEDGED)
        if word == ACKNOWLEDGED and running.pidfd >= 0:
            self.selector.register(
                running.conn, selectors.EVENT_READ, lambda: self._client_left(pid)
            )

    def _release(self, pid: int, go: bool) -> None:
        """Let the child begin its check, or (`go` false: the client left or said something
        else) end it unbegun: it reads no "go" and leaves."""
        running = self.children[pid]
        with contextlib.suppress(OSError):
            if go:
                os.write(running.going, b"go")
        os.close(running.going)
        self.children[pid] = running._replace(going=-1)

    def _client_left(self, pid: int) -> None:
        """The client closed its end (killed): its check ends as an interrupted one does."""
        self.selector.unregister(self.children[pid].conn)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)

    def _reap(self, pid: int) -> None:
        if self.children[pid].going >= 0:  # ended unbegun (killed) before its client answered
            self._release(pid, go=False)
        running = self.children.pop(pid)
        _, status, usage = os.wait4(pid, 0)
        if running.pidfd >= 0:
            self.selector.unregister(running.pidfd)
            os.close(running.pidfd)
        with contextlib.suppress(KeyError, ValueError):
            self.selector.unregister(running.conn)
        code = os.waitstatus_to_exitcode(status)
        child_cpu = usage.ru_utime + usage.ru_stime
        with contextlib.suppress(OSError), running.conn:
            running.conn.sendall(f"E {code} {child_cpu:.6f} {running.started_cpu:.6f}\n".encode())
        self.last = time.monotonic()


def _listening(path: Path) -> socket.socket:
    """A socket bound to a temporary name and renamed onto `path`: a client never finds it
    half made, and a stale socket left by a killed server is replaced."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    listener.bind(str(temporary))
    listener.listen(16)
    os.replace(temporary, path)
    return listener


def _received(conn: socket.socket) -> tuple[Request | None, list[int]]:
    """The request on `conn` and the descriptors that came with it."""
    data, fds, _, _ = socket.recv_fds(conn, HEADER + 65536, 3)
    while len(data) < HEADER:
        more = conn.recv(HEADER - len(data))
        if not more:
            return None, fds
        data += more
    length = body_length(data[:HEADER])
    if length is None:
        return None, fds
    while len(data) < HEADER + length:
        more = conn.recv(HEADER + length - len(data))
        if not more:
            return None, fds
        data += more
    return parsed(data[HEADER:]), fds


def _dropped(conn: socket.socket, fds: list[int]) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)
    conn.close()


def code_stamp() -> tuple[int, int]:
    """The newest modification times of newslint's modules and of its built-in packs: an
    upgraded or edited install must never be answered by a server of the code before."""
    import newslint
    from newslint.pack_cache import newest_module
    from newslint.rules import builtin_rules_dir

    package = os.path.dirname(os.path.abspath(str(newslint.__file__)))
    return newest_module(package), newest_module(str(builtin_rules_dir()), (".yaml", ".yml"))


def resident_kib() -> int:
    """The server's resident memory now (Linux), else its peak."""
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _log(message: str) -> None:
    print(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
