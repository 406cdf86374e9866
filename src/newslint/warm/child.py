"""What a child forked from the warm daemon does: become the client's process, then run the
cold entry path (`newslint.launch.cold_main`) as a fresh `newslint check` would.

The child takes the client's standard streams (the descriptors it passed), folder, umask,
environment and argv, and opens sys.stdin/stdout/stderr as the client's interpreter opened
them (encoding, errors, line buffering), so isatty, colour, --fix, stdin input and exit codes
behave as in a cold run. It never returns: it ends with os._exit, and the server reports the
exit status it reaps.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from collections.abc import Sequence
from typing import NamedTuple, NoReturn

from newslint.warm.wire import FORWARDED, KINDS


class Stream(NamedTuple):
    """How the client's interpreter opened one standard stream (`wire.stream_spec`)."""

    encoding: str
    errors: str
    line_buffering: bool
    write_through: bool

    @classmethod
    def decoded(cls, text: str) -> Stream:
        encoding, errors, line, through = text.split(":")
        return cls(encoding, errors, line == "1", through == "1")


class Request(NamedTuple):
    """A request's body as `wire.request_frame` wrote it."""

    kind: str
    version: str
    install: str  # `wire.install_identity`
    cwd: str
    umask: int
    main_package: str  # __main__.__package__: how click names the program in its messages
    ignored: tuple[str, ...]  # signals the client inherited ignored (wire.ignored_signals)
    streams: tuple[Stream, ...]
    argv: tuple[str, ...]
    environ: tuple[bytes, ...]  # KEY=VALUE, as the client's os.environb holds them


def parsed(body: bytes) -> Request | None:
    """The request a frame's body holds; None when it is malformed."""
    parts = body.split(b"\0")
    try:
        kind, version, install, cwd, umask, main_package, ignored = (
            os.fsdecode(part) for part in parts[:7]
        )
        streams = tuple(Stream.decoded(os.fsdecode(part)) for part in parts[7:10])
        count = int(parts[10])
        argv = tuple(os.fsdecode(part) for part in parts[11 : 11 + count])
        environ = tuple(part for part in parts[11 + count :] if part)
    except ValueError:
        return None
    if kind not in KINDS or len(argv) != count or len(streams) != 3:
        return None
    names = tuple(name for name in ignored.split(",") if name in FORWARDED)
    return Request(
        kind, version, install, cwd, int(umask), main_package, names, streams, argv, environ
    )


# What the interpreter's own exit gives an exception that escaped everything.
UNCAUGHT = 1


def run_request(request: Request, fds: Sequence[int], closing: Sequence[int], go: int) -> NoReturn:
    """Run `request`'s check in this (forked) process and end it with the check's exit code,
    once the client holds this process's pid (the server then writes a byte on `go`); never,
    if it does not (the pipe closed unwritten)."""
    code = UNCAUGHT
    try:
        signal.set_wakeup_fd(-1)  # the server's, closed below: its number may be reused
        # The server's descriptors go first: a sibling's "go" pipe held open here would keep
        # that sibling waiting after the server closed it to end it unbegun.
        for fd in closing:
            if fd > 2:
                os.close(fd)
        if not os.read(go, 2):
            os._exit(UNCAUGHT)
        become_client(request, fds)
        for fd in {*fds, go}:
            if fd > 2:
                os.close(fd)
        from newslint.launch import cold_main

        cold_main()
        code = 0
    except SystemExit as leaving:
        code = _exit_code(leaving.code)
    except KeyboardInterrupt:
        # Ctrl-C before the check's own handling began: a cold interpreter ends by SIGINT.
        _flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    finally:
        _flush()
        os._exit(code)


def become_client(request: Request, fds: Sequence[int]) -> None:
    """Take on the client's streams, folder, umask, environment, argv and signal dispositions."""
    _signals_as_inherited(request.ignored)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    os.chdir(request.cwd)
    os.umask(request.umask)
    os.environb.clear()
    os.environb.update(dict(_split(item) for item in request.environ))
    _forget_environment_reads()
    sys.argv = list(request.argv)
    main = sys.modules.get("__main__")
    if main is not None:
        main.__package__ = request.main_package or None
    _open_streams(request.streams)
    # The server forked us with the forwarded signals blocked (`serve._fork`): one the client
    # passed on before now is delivered here, with the client's dispositions and streams.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {getattr(signal, name) for name in FORWARDED})


def _signals_as_inherited(ignored: Sequence[str]) -> None:
    """The dispositions a fresh interpreter would start with, had it inherited the client's:
    an ignored SIGINT or SIGHUP stays ignored (nohup, a script's background job), else SIGINT
    raises KeyboardInterrupt and the others act by default."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for name in FORWARDED:
        signum = getattr(signal, name)
        if name in ignored:
            signal.signal(signum, signal.SIG_IGN)
        elif signum == signal.SIGINT:
            signal.signal(signum, signal.default_int_handler)
        else:
            signal.signal(signum, signal.SIG_DFL)


def _forget_environment_reads() -> None:
    """Values a module worked out once from the server's environment, read again from the
    client's: the temporary folder (TMPDIR; the warm-up made one, and a report is spooled)."""
    import tempfile

    tempfile.tempdir = None


def _split(item: bytes) -> tuple[bytes, bytes]:
    key, _, value = item.partition(b"=")
    return key, value


def _open_streams(streams: Sequence[Stream]) -> None:
    """sys.stdin, stdout and stderr opened on 0, 1 and 2 as the client's interpreter opened its
    own: the server's were opened for its log, with another buffering."""
    opened = [_opened(fd, stream) for fd, stream in enumerate(streams)]
    sys.stdin, sys.stdout, sys.stderr = opened
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = opened  # type: ignore[misc]


def _opened(fd: int, stream: Stream) -> io.TextIOWrapper:
    if fd == 0:
        binary: io.BufferedReader | io.BufferedWriter = io.BufferedReader(
            io.FileIO(fd, "r", closefd=False)
        )
    else:
        binary = io.BufferedWriter(io.FileIO(fd, "w", closefd=False))
    return io.TextIOWrapper(
        binary,
        encoding=stream.encoding,
        errors=stream.errors,
        newline="\n",
        line_buffering=stream.line_buffering,
        write_through=stream.write_through,
    )


def _exit_code(code: object) -> int:
    """The status the interpreter gives SystemExit(code): an int as it is, None 0, anything
    else printed on stderr and 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    sys.stderr.write(f"{code}\n")
    return 1


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
