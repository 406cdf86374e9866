"""Reading files as text and writing them back byte-faithfully.

A Source keeps what is needed to write a file back exactly as it came except for the edited
spans: its encoding, its byte-order mark, and its newline characters (which may be mixed).
Checks never see any of that; they see the newline-normalised Document text.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newslint.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Source:
    """A text file as read: decoded text (newlines untouched) plus how to encode it back."""

    path: str
    raw: str
    encoding: str = "utf-8"
    bom: bytes = b""
    fingerprint: tuple[int, int] | None = None

    def encode(self, raw: str) -> bytes:
        return self.bom + raw.encode(self.encoding)


def decode(data: bytes, path: str, encoding: str | None = None) -> Source:
    bom, detected = _sniff_bom(data)
    chosen = encoding or detected or "utf-8"
    body = data[len(bom) :] if bom and not encoding else data
    if b"\x00" in body and chosen == "utf-8":
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    try:
        raw = body.decode(chosen)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid {chosen} (byte 0x{body[exc.start]:02x} at offset "
            f"{exc.start + len(bom)}); pass --encoding to read it as another encoding"
        ) from None
    except LookupError:
        raise InputError(f"{path}: unknown encoding {chosen!r}") from None
    return Source(path=path, raw=raw, encoding=chosen, bom=bom if not encoding else b"")


def _sniff_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return bom, name
    return b"", None


def read_file(path: str, encoding: str | None = None) -> Source:
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{path}: not a regular file")
            data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    source = decode(data, path, encoding)
    source.fingerprint = (info.st_mtime_ns, info.st_size)
    return source


def read_stdin(name: str, encoding: str | None = None) -> Source:
    return decode(sys.stdin.buffer.read(), name, encoding)


def write_atomic(source: Source, new_raw: str) -> None:
    """Replace the file's content in one rename, keeping mode, encoding and BOM.

    Refuses when the file changed on disk since it was read, so a concurrent editor's work is
    never overwritten. A symlink is followed: the target is rewritten and the link kept.
    """
    target = Path(os.path.realpath(source.path))
    try:
        info = target.stat()
    except OSError as exc:
        raise InputError(f"{source.path}: cannot write ({exc.strerror or exc})") from None
    if source.fingerprint and (info.st_mtime_ns, info.st_size) != source.fingerprint:
        raise InputError(f"{source.path}: changed on disk since it was read; not fixed")
    if not os.access(target, os.W_OK):
        raise InputError(f"{source.path}: file is read-only; not fixed")
    payload = source.encode(new_raw)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".newslint", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, stat.S_IMODE(info.st_mode))
        os.replace(temp_name, target)
    except BaseException as exc:
        _discard(temp_name)
        if isinstance(exc, OSError):
            raise InputError(
                f"{source.path}: cannot write ({exc.strerror or exc}); file unchanged"
            ) from None
        raise


def _discard(temp_name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp_name)
