"""What the client and the warm daemon say to each other: one request, then reply lines.

Standard library only, and neither `socket` nor `typing`: the client imports this on every
`check` that finds a server's socket, so it must cost next to nothing.

A request is a frame: MAGIC, the body's length (4 bytes, big-endian), the body. The body is
NUL-separated fields (none can hold a NUL: argv, the environment and paths cannot): kind,
version, install, folder, umask, __main__'s package, the signals ignored, the three streams,
argv's length, argv, then the environment. The client's standard streams travel beside the first bytes (SCM_RIGHTS).
Replies are lines: `S <pid>` (a child will run it), `E <code> <child cpu> <server cpu>` (it
ended), `R <reason>` (refused: run cold), `P <facts>` (the answer to a ping or a stop). After
`S` the client answers the byte `A` once it passes its signals on to that pid, and only
then does the child begin: a signal the client took before cannot be outrun by the check.
"""

from __future__ import annotations

import _socket
import os
import sys

MAGIC = b"NLW1"
HEADER = len(MAGIC) + 4
# The most a request may hold (argv and the environment): more is refused, not read.
LARGEST = 1 << 22
KINDS = ("check", "ping", "stop")
# The client's answer to `S <pid>`: it holds the pid, the child may begin. One byte, so the
# server never reads half of it and takes the rest, still unread, for the client leaving.
ACKNOWLEDGED = b"A"
DECIDING_FLAGS = (
    "optimize", "utf8_mode", "dev_mode", "bytes_warning", "hash_randomization", "isolated",
    "int_max_str_digits", "warn_default_encoding",
)  # fmt: skip


# What an interpreter reads from the environment once, at its start (the hash seed, the locale
# behind its file-system encoding, the warnings filters), and where the server read the caches
# it holds (a cold run under another cache folder reads and writes that one): a server started
# under other values cannot take the client's on, so it refuses and the check runs cold.
STARTUP_ENVIRONMENT = (
    "PYTHONHASHSEED", "LC_ALL", "LC_CTYPE", "LANG", "PYTHONWARNINGS",
    "NEWSLINT_CACHE_DIR", "XDG_CACHE_HOME", "HOME",
)  # fmt: skip


def request_frame(kind: str) -> bytes:
    """The request this process makes: its command, folder, environment and streams."""
    from newslint import __version__

    main = sys.modules.get("__main__")
    umask = os.umask(0)
    os.umask(umask)
    fields = [
        kind, __version__, install_identity(), os.getcwd(), str(umask),
        str(getattr(main, "__package__", None) or ""), ignored_signals(),
        *(stream_spec(stream) for stream in (sys.stdin, sys.stdout, sys.stderr)),
        str(len(sys.argv)), *sys.argv,
    ]  # fmt: skip
    environ = [b"=".join(item) for item in os.environb.items()]
    body = b"\0".join([*(os.fsencode(field) for field in fields), *environ])
    return MAGIC + len(body).to_bytes(4, "big") + body


# The signals a user may send the client from a shell or terminal (the client forwards them).
FORWARDED = ("SIGINT", "SIGTERM", "SIGHUP")


def ignored_signals() -> str:
    """Those of FORWARDED this process inherited ignored (nohup, a script's background job),
    comma-separated: a cold run would keep ignoring them, so the child must too."""
    import signal

    return ",".join(n for n in FORWARDED if signal.getsignal(getattr(signal, n)) == signal.SIG_IGN)


def body_length(header: bytes) -> int | None:
    """The length a frame's header announces; None for anything but a well-formed header."""
    if len(header) != HEADER or not header.startswith(MAGIC):
        return None
    length = int.from_bytes(header[len(MAGIC) :], "big")
    return length if length <= LARGEST else None


def install_identity() -> str:
    """What a server and its clients must share to run the same code the same way: the
    interpreter, the flags and options that change what code does (-X utf8, -O, -W; not
    PYTHONDONTWRITEBYTECODE's), STARTUP_ENVIRONMENT, the import path past its first entry (the
    script's or the current folder) and newslint's package folder."""
    import newslint

    where = os.path.dirname(os.path.abspath(newslint.__file__))
    flags = [getattr(sys.flags, name, None) for name in DECIDING_FLAGS]
    started = [os.environ.get(name, "") for name in STARTUP_ENVIRONMENT]
    options = repr((sys.warnoptions, sys._xoptions))
    return "\n".join([sys.executable, repr(flags), options, *started, *sys.path[1:], where])


def stream_spec(stream: object) -> str:
    """How one of this process's standard streams is opened: encoding, errors, line buffering,
    write-through (defaults where it is not a text file: a test's replacement)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    errors = getattr(stream, "errors", None) or "strict"
    line = int(bool(getattr(stream, "line_buffering", False)))
    through = int(bool(getattr(stream, "write_through", False)))
    return f"{encoding}:{errors}:{line}:{through}"


SOL_SOCKET = 1
SO_PEERCRED = 17  # Linux; elsewhere the private folder is the guard


def peer_is_us(conn: _socket.socket) -> bool:
    """Whether the process at the other end of a Unix socket runs as this user (Linux's
    SO_PEERCRED: pid, uid, gid). Numbers, not the `socket` module's names: the client imports
    only `_socket` (`socket` costs ~5 ms a run)."""
    if not sys.platform.startswith("linux"):
        return True
    credentials = conn.getsockopt(SOL_SOCKET, SO_PEERCRED, 12)
    return int.from_bytes(credentials[4:8], sys.byteorder) == os.getuid()
