"""Reading files as text and writing them back byte-faithfully.

A Source keeps what is needed to write a file back exactly as it came except for the edited
spans: its encoding, its byte-order mark, and its newline characters (which may be mixed).
Checks never see any of that; they see the newline-normalised Document text.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import signal
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from newslint.digest import blake2b
from newslint.errors import InputError
from newslint.file_attributes import carry_attributes
from newslint.temporary_name import WRITE_BITS, directory_locked, flush_to_disk, temporary_path
from newslint.values import Value
from newslint.wide_unicode import unmarked_wide_encoding

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of formats people keep next to articles.
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"\x7fELF",
)


class BinaryInput(InputError):
    """Not a text file at all (an image, a PDF, an archive)."""


class UnavailableInput(InputError):
    """Gone, unreadable or not a regular file: a walked directory skips it."""


class Source(Value):
    """A text file as read: decoded text (newlines untouched) plus how to encode it back."""

    FIELDS = ("path", "raw", "encoding", "bom", "digest")
    path: str
    raw: str
    encoding: str
    bom: bytes
    digest: bytes | None

    def __init__(
        self,
        path: str,
        raw: str,
        encoding: str = "utf-8",
        bom: bytes = b"",
        digest: bytes | None = None,
    ):
        self.path = path
        self.raw = raw
        self.encoding = encoding
        self.bom = bom
        self.digest = digest

    def encode(self, raw: str) -> bytes:
        return self.bom + raw.encode(self.encoding)


def decode(data: bytes, path: str, encoding: str | None = None) -> Source:
    named = encoding
    bom, detected = _sniff_bom(data)
    if not detected:
        encoding = _unmarked_encoding(data, path, encoding)
    if encoding and not _same_family(encoding, detected):
        bom = b""  # the user named another encoding: those bytes are text in it
    chosen = _without_mark((detected if bom else encoding) or "utf-8")
    body = data[len(bom) :]
    try:
        raw = body.decode(chosen)
    except UnicodeDecodeError as exc:
        # A mark chose the encoding: another would misread it (and a fix rewrite the file in it).
        damaged = f"; its byte-order mark says {chosen}, so the file is damaged there"
        hint = damaged if bom else _guess_hint(body, chosen, named)
        raise InputError(
            f"{path}: not valid {chosen} (byte 0x{body[exc.start]:02x} at offset {exc.start + len(bom)}){hint}"
        ) from None
    except LookupError:
        raise InputError(f"{path}: {_unusable_encoding(chosen)}") from None
    except (UnicodeError, ValueError) as exc:  # codecs such as punycode raise their own errors
        raise InputError(f"{path}: cannot be read as {chosen} ({exc})") from None
    return Source(path=path, raw=raw, encoding=chosen, bom=bom)


def _without_mark(encoding: str) -> str:
    """utf-8-sig read where no mark was found is UTF-8: writing it back as utf-8-sig gave the
    file a byte-order mark it never had (a mark found is kept in `Source.bom`)."""
    try:
        return "utf-8" if codecs.lookup(encoding).name == "utf-8-sig" else encoding
    except LookupError:
        return encoding  # refused where it is read, naming the encoding


def _unmarked_encoding(data: bytes, path: str, named: str | None) -> str | None:
    """The encoding to read a file without a byte-order mark in. UTF-16 or UTF-32 saved without
    a mark is recognised by where its NUL bytes fall (and its byte order with it, which a bare
    `--encoding utf-16` leaves to the machine); any other NUL means a binary file. Naming a
    wide encoding for a file with no NUL at all that reads as UTF-8 would turn its text into
    CJK-looking nonsense, so that is refused."""
    wide = unmarked_wide_encoding(data)
    family = _wide_family(named)
    if named and not family:
        return named
    if wide and (not family or wide.startswith(family)):
        return wide
    if family and b"\x00" not in data[:8192] and reads_as_utf8(data):
        raise InputError(
            f"{path}: has no NUL bytes and reads as UTF-8, so it is not {named} text; "
            "leave --encoding out"
        )
    if not named and _looks_binary(data):
        raise BinaryInput(f"{path}: binary file, not text{_nul_detail(data)}")
    return named


def _wide_family(named: str | None) -> str | None:
    """'utf-16' or 'utf-32' when the user named one of them (in any byte order)."""
    try:
        name = codecs.lookup(named).name if named else ""
    except LookupError:
        return None
    return next((family for family in ("utf-16", "utf-32") if name.startswith(family)), None)


def reads_as_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _nul_detail(data: bytes) -> str:
    if data[:8192].startswith(_BINARY_MAGIC):
        return ""
    return (
        f" (NUL byte at offset {data.index(0)}, in no UTF-16 or UTF-32 pattern; "
        "pass --encoding if it is text)"
    )


def _same_family(named: str, detected: str | None) -> bool:
    """Whether a byte-order mark fits the encoding the user named: `--encoding utf-16` on a
    UTF-16BE file with its mark is UTF-16BE (written back as BE, with the mark), and
    `--encoding utf-8` on a file with a UTF-8 mark keeps the mark."""
    if detected is None:
        return False
    try:
        name = codecs.lookup(named).name
    except LookupError:
        return False
    family = detected if detected == "utf-8" else detected[:-3]  # utf-16-be: utf-16
    return name in (detected, family, f"{family}-sig")


def _unusable_encoding(name: str) -> str:
    try:
        codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r}"
    return f"{name!r} is not a text encoding"


def _sniff_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return bom, name
    return b"", None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _guess_hint(body: bytes, chosen: str, named: str | None) -> str:
    """Name the likely encoding, so the user knows what to pass to --encoding."""
    wide = unmarked_wide_encoding(body)
    if wide and wide != chosen:
        return f"; it looks like {wide.upper()} without a byte-order mark: pass --encoding {wide}"
    if codecs.lookup(chosen).name != "utf-8" and reads_as_utf8(body):
        return "; it reads as UTF-8: leave --encoding out" if named else "; it reads as UTF-8"
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return "; pass --encoding to read it as another encoding"
    return "; it looks like Windows-1252 or Latin-1: pass --encoding cp1252"


def read_file(path: str, encoding: str | None = None) -> Source:
    try:
        # Checked before opening: opening a FIFO would wait for a writer forever.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnavailableInput(f"{path}: not a regular file")
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        broken = os.path.islink(path)
        raise UnavailableInput(
            f"{path}: {'broken symbolic link' if broken else 'no such file or directory'}"
        ) from None
    except IsADirectoryError:
        raise UnavailableInput(f"{path}: is a directory") from None
    except PermissionError:
        raise UnavailableInput(f"{path}: permission denied") from None
    except OSError as exc:
        raise UnavailableInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    source = decode(data, path, encoding)
    source.digest = blake2b(data).digest()
    remove_stale_temporary(path)
    return source


def read_stdin(name: str, encoding: str | None = None) -> Source:
    if sys.stdin is None:  # the shell closed it (`0<&-`): nothing to read, and no empty text either
        raise UnavailableInput(f"{name}: standard input is closed")
    return decode(sys.stdin.buffer.read(), name, encoding)


class InterruptedAfterWrite(KeyboardInterrupt):
    """Ctrl-C or SIGTERM arrived while a fixed file was being written: it was held back until
    the file was complete, so that file *was* fixed and written."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


def write_atomic(source: Source, new_raw: str) -> None:
    """Replace the file's content in one rename, keeping mode, encoding and BOM.

    Refuses when the file's bytes changed since they were read, so a concurrent editor's (or
    another newslint's) work is never overwritten. A symlink is followed: the target is
    rewritten and the link kept. An interrupted write leaves the old file and no temporary.
    Writers in one directory take turns (a lock on the directory), so the digest check and the
    rename cannot interleave with another newslint's, and any temporary found is stale.
    """
    from newslint.write_encoding import fixed_bytes, refuse_unwritable

    target = Path(os.path.realpath(source.path))
    payload = fixed_bytes(source, new_raw)
    with directory_locked(target.parent):
        _discard(str(temporary_path(target)))
        try:
            info = target.stat()
            current = target.read_bytes()
        except OSError as exc:
            raise InputError(f"{source.path}: cannot write ({exc.strerror or exc})") from None
        if source.digest is not None and blake2b(current).digest() != source.digest:
            raise InputError(f"{source.path}: changed on disk since it was read; not fixed")
        refuse_unwritable(source, current, payload)
        _refuse_unsafe_replace(target, info, source.path)
        with _signals_deferred(source.path):
            _replace(target, payload, info, source.path)


def _refuse_unsafe_replace(target: Path, info: os.stat_result, shown: str) -> None:
    """A file or folder no one may write (mode without a write bit: root's access check says yes
    to it) is read-only by its owner's wish. A file with other names (hard links) would keep the old text
    under them once a new file is renamed over this one, so it is left as it is."""
    if not info.st_mode & WRITE_BITS or not os.access(target, os.W_OK):
        raise InputError(f"{shown}: file is read-only; not fixed")
    if not target.parent.stat().st_mode & WRITE_BITS or not os.access(target.parent, os.W_OK):
        raise InputError(f"{shown}: its folder is read-only; not fixed")
    if info.st_nlink > 1:
        raise InputError(
            f"{shown}: file has {info.st_nlink} hard links, which a rewrite would split; not fixed"
        )


def remove_stale_temporary(path: str) -> None:
    """Remove the temporary a killed `--fix` left beside `path`, if there is one."""
    target = Path(os.path.realpath(path) if os.path.islink(path) else path)
    temporary = temporary_path(target)
    if not os.path.lexists(temporary):
        return
    with directory_locked(target.parent):
        _discard(str(temporary))  # under the lock, no live newslint is writing it


@contextlib.contextmanager
def _signals_deferred(shown: str) -> Iterator[None]:
    """Ctrl-C or SIGTERM during the short write is delivered right after it, never in the middle
    (where it could leave a temporary file behind); it then says the file was written."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    completed = False
    try:
        yield
        completed = True
    finally:
        pending = signal.sigpending() & held
        if completed:
            for signum in pending:
                signal.sigwait({signum})  # taken here, so it is reported as below
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    if pending:
        raise InterruptedAfterWrite(shown)


def _replace(target: Path, payload: bytes, info: os.stat_result, shown: str) -> None:
    """Write the temporary and give it, through its descriptor, the file's owner, mode and
    attributes (`carry_attributes`), then rename it over the file (a new file belongs to
    whoever runs newslint: root fixing a user's file would take it)."""
    temp_name = str(temporary_path(target))
    try:
        handle = os.open(temp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise InputError(f"{shown}: cannot write ({exc.strerror or exc}); file unchanged") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            flush_to_disk(out)
            carry_attributes(out.fileno(), info, str(target), shown)
        os.replace(temp_name, target)
    except BaseException as exc:
        _discard(temp_name)
        if isinstance(exc, OSError):
            raise InputError(
                f"{shown}: cannot write ({exc.strerror or exc}); file unchanged"
            ) from None
        raise


def _discard(temp_name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp_name)
