"""The client side of the warm daemon: hand it this `newslint check` and wait for its exit code.

Imported by `newslint.launch` only when a server's socket exists, and kept to the standard
library's `_socket` (the `socket` module imports `selectors` and `enum`: ~5 ms a run).

Until the server names the child that will run the check, any failure (refused connection,
another version, a malformed reply, a server gone) leaves the check to the cold path: nothing
has run. After it, the check is never run again (a --fix must not be applied twice): one line
and exit code 2.
"""

from __future__ import annotations

import _socket
import os
import signal
import stat
import sys

from newslint.warm.wire import ACKNOWLEDGED, SOL_SOCKET, peer_is_us, request_frame

TYPE_CHECKING = False  # typing's import would cost a tenth of the check
if TYPE_CHECKING:
    from types import FrameType

SCM_RIGHTS = 1
# Time allowed to a server to answer before a child runs (it answers at once when idle).
ANSWER_SECONDS = 10.0
# Time a client waits for the child of a server that went away to end (it is sent SIGTERM).
CHILD_END_SECONDS = 2.0
# A file a benchmark names: each answered check appends the CPU seconds the server spent on it
# (its child, its own share), which the client process's own accounting cannot see.
USAGE_FILE = "NEWSLINT_DAEMON_USAGE"


class ServerLost(Exception):
    """The server went away after its child started the check."""


def check_by_server(path: str, status: os.stat_result) -> int | None:
    """The exit code of this `check` as the server ran it, or None to run it cold."""
    if not (trusted_socket(path, status) and _streams_open()):
        return None
    try:
        conn = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    except OSError:
        return None
    try:
        return _converse(conn, path)
    except ServerLost:
        sys.stderr.write("newslint: error: the check daemon stopped before the check ended\n")
        sys.stderr.flush()
        return 2
    finally:
        conn.close()


def trusted_socket(path: str, status: os.stat_result) -> bool:
    """A socket this user made in a folder only they can enter: anything else may be another
    user's, and it would be handed our terminal and files."""
    if not stat.S_ISSOCK(status.st_mode) or status.st_uid != os.getuid():
        return False
    try:
        folder = os.stat(os.path.dirname(path))
    except OSError:
        return False
    return folder.st_uid == os.getuid() and not folder.st_mode & 0o077


def _streams_open() -> bool:
    """Whether 0, 1 and 2 are all open. A closed one would be taken by the socket made next (the
    lowest free number), which would then be sent as that stream, and the child would read or
    write the conversation itself: a cold run meets the closed stream as it always did."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            return False
    return True


def _converse(conn: _socket.socket, path: str) -> int | None:
    # Signals are caught from before the request leaves: the server may start the child the
    # moment it has our streams, and a Ctrl-C or hangup that ended only this process then would
    # leave the child running the check (and a --fix) on the user's files.
    with Forwarding() as forwarding:
        started = _started_child(conn, path)
        if started is None:
            return None
        child, replies = started
        forwarding.reached(child)
        try:
            # Only now may the child begin: a signal held until here has reached it first.
            conn.sendall(ACKNOWLEDGED)
            last = replies.line()
        except OSError:
            last = ""
    try:
        return _ended(last, forwarding.received)
    except ServerLost:
        _outlived_by(child)
        raise


def _started_child(conn: _socket.socket, path: str) -> tuple[int, Replies] | None:
    """The pid of the server's child running our request and the server's replies to read on,
    or None when it will not run it."""
    conn.settimeout(ANSWER_SECONDS)
    try:
        conn.connect(path)
        if not peer_is_us(conn):
            return None
        frame = request_frame("check")
        fds = b"".join(fd.to_bytes(4, sys.byteorder, signed=True) for fd in (0, 1, 2))
        sent = conn.sendmsg([frame], [(SOL_SOCKET, SCM_RIGHTS, fds)])
        conn.sendall(frame[sent:])
        replies = Replies(conn)
        first = replies.line()
    except OSError:
        return None
    if not first.startswith("S "):
        return None  # refused (another version, a changed install) or malformed: run cold
    conn.settimeout(None)
    return int(first[2:]), replies


def _outlived_by(child: int) -> None:
    """Wait, a little, for the child of a server that went away: it is told to stop and says so
    on our stderr, and may be finishing a fixed file's rename; the shell's prompt should come
    after both, and our verdict last."""
    import time

    deadline = time.monotonic() + CHILD_END_SECONDS
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.02)


def _alive(pid: int) -> bool:
    """Whether `pid` still runs: not gone, and not a zombie waiting for an adopter to reap it
    (Linux says so in /proc; elsewhere a zombie counts as running, and the wait is bounded)."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat_file:
            return stat_file.read().rpartition(b")")[2].split()[:1] != [b"Z"]
    except OSError:
        return True


def _ended(line: str, forwarded: set[int]) -> int:
    """The exit code an `E` line gives, its CPU figures noted where a benchmark asks for them.
    A child ended by a signal this client passed on means the user's signal ended the check:
    this process ends by it too, so the shell sees what a cold run gives (SIGHUP: 129)."""
    fields = line.split()
    if len(fields) != 4 or fields[0] != "E":
        raise ServerLost
    code = int(fields[1])
    named = os.environ.get(USAGE_FILE)
    if named:
        with open(named, "a", encoding="ascii") as usage:
            usage.write(f"{fields[2]} {fields[3]}\n")
    if code < 0 and -code in forwarded:
        _die_of(-code)
    if code < 0:  # the child was killed by a signal nobody sent through us: it crashed
        sys.stderr.write(f"newslint: error: the check ended by signal {-code} in the daemon\n")
        sys.stderr.flush()
        return 2
    if signal.SIGHUP in forwarded:
        # A cold run never outlives a hangup it does not ignore (the kernel ends it on delivery),
        # but the child can finish before the passed-on one reaches it when this process is
        # slow to run its handler (a loaded machine): the shell must still see the hangup's 129.
        _die_of(signal.SIGHUP)
    return code


def _die_of(signum: int) -> None:
    """End this process by `signum`, as the child ended; an exit code if it somehow survives."""
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(signum, signal.SIG_DFL)
    signal.raise_signal(signum)  # to this thread: handled before the next line
    raise SystemExit(128 + signum)


class Replies:
    """The server's reply lines, read as they come."""

    def __init__(self, conn: _socket.socket):
        self.conn = conn
        self.pending = b""

    def line(self) -> str:
        """The next line; "" when the server closed the connection first."""
        while b"\n" not in self.pending:
            more = self.conn.recv(4096)
            if not more:
                return ""
            self.pending += more
        line, _, self.pending = self.pending.partition(b"\n")
        return line.decode("ascii", "replace")


class Forwarding:
    """Signals meant for this process (Ctrl-C, a terminal closed, a kill) go to the child
    that runs the check, which ends as a cold run would; this one then reports its exit. Not
    SIGINT or SIGHUP when this process ignores them, as a cold run would (nohup, a script's
    background job: the child ignores them too); SIGTERM always (a cold run handles it).

    Caught from before the request is sent: a signal that comes before the server names the
    child is held and passed on once it does. If it never does (the request refused, the server
    gone), the held signals are raised again in this process once its own handlers are back, so
    it ends as a cold run given them would, before any cold check starts."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.before: dict[int, object] = {}
        self.received: set[int] = set()
        self.held: list[int] = []
        self.signals = [signal.SIGTERM] + [
            signum
            for signum in (signal.SIGINT, signal.SIGHUP)
            if signal.getsignal(signum) != signal.SIG_IGN
        ]

    def forward(self, signum: int, frame: FrameType | None) -> None:
        self.received.add(signum)
        if self.pid is None:
            self.held.append(signum)
        else:
            self._send(self.pid, signum)

    def reached(self, pid: int) -> None:
        """The server named the child running the check: it gets what came before."""
        self.pid = pid
        for signum in self.held:
            self._send(pid, signum)
        self.held.clear()

    @staticmethod
    def _send(pid: int, signum: int) -> None:
        try:  # noqa: SIM105 (contextlib's import would cost more than this client)
            os.kill(pid, signum)
        except OSError:  # it has just ended
            pass

    def __enter__(self) -> Forwarding:
        for signum in self.signals:
            self.before[signum] = signal.signal(signum, self.forward)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.before.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        held, self.held = self.held, []
        for signum in held:
            signal.raise_signal(signum)
