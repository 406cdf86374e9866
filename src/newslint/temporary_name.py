"""The hidden siblings a file is written to before it is renamed over the file.

`--fix`'s is named once per file (`temporary_path`), so a temporary left by a killed run (kill -9
cannot be caught) is found and removed the next time newslint reads or fixes that file; writers
of one folder take turns (`directory_locked`). A whole output (`--output-file`, a scan's outputs
and parts, the baseline) is written through one of its writer's own (`writer_temporary`): two runs
writing one report at once would otherwise fill one temporary, one's text over the other's.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newslint.digest import blake2b
from newslint.errors import InputError
from newslint.file_attributes import carry_attributes

TEMPORARY_SUFFIX = ".newslint~"
# No file system in use takes names shorter than this (14 bytes: System V's); fewer is no answer.
SHORTEST_NAME_MAX = 14
WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def temporary_path(target: Path) -> Path:
    """`.NAME.newslint~` beside the file, the one name `--fix` writes it through."""
    return _beside(target, TEMPORARY_SUFFIX)


def writer_temporary(target: Path) -> Path:
    """A temporary beside `target` that is this writer's alone, `.NAME.PID-RANDOM.newslint~`,
    created (empty) before it is handed back, so no other process or thread can take the name;
    created with the umask's mode, as the file it becomes would have been."""
    while True:
        # os.urandom, not secrets: importing that loads OpenSSL (hmac), a cost on every run
        candidate = _beside(target, f".{os.getpid()}-{os.urandom(4).hex()}{TEMPORARY_SUFFIX}")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666))
        except FileExistsError:  # 2**32 suffixes a process: only another writer's, drawn again
            continue
        return candidate


def _beside(target: Path, tail: str) -> Path:
    """`.NAME` and `tail` beside the file. A name too long for the folder's file system with the
    dot and tail added keeps as much of itself as fits and a digest of the whole, so it stays
    one name per file (a killed run's temporary is still found) and the write can be made."""
    name = f".{target.name}{tail}"
    limit = _longest_name(target.parent)
    if len(os.fsencode(name)) <= limit:
        return target.with_name(name)
    tag = "~" + blake2b(os.fsencode(target.name), digest_size=6).hexdigest()
    room = limit - len(os.fsencode(f".{tag}{tail}"))
    kept = target.name
    while kept and len(os.fsencode(kept)) > room:
        kept = kept[:-1]  # by characters, so a multi-byte letter is never cut in two
    return target.with_name(f".{kept}{tag}{tail}")


def flush_to_disk(out: IO[Any]) -> None:
    """Flush an open temporary to the disk (fsync) before it is renamed over its file, as `--fix`
    does: renamed first, a crash can leave the file's name on data never written (an empty
    baseline, half a report), where the rename was to leave the old file or the whole new one."""
    out.flush()
    os.fsync(out.fileno())


def replace_keeping_attributes(temporary: str, target: str) -> None:
    """Rename a finished `temporary` over `target`, with the target's owner, mode and extended
    attributes when there is one (a new file keeps the umask's): a report, a baseline or a scan
    output replaced whole reads as the one before, for whoever its access list lets read it, as
    a fixed story does (`file_attributes`). An attribute that cannot be kept stops the
    replacement, as a target no one may write does (read-only by its owner's wish, as `--fix`
    has it): the temporary is removed and the target left as it was."""
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    try:
        if info is not None and not info.st_mode & WRITE_BITS:  # root's access check says yes
            raise InputError(f"{target}: file is read-only; not replaced")
        if info is not None:
            _carry_to_own_copy(temporary, info, target)
    except InputError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    os.replace(temporary, target)


def _carry_to_own_copy(temporary: str, info: os.stat_result, target: str) -> None:
    """The target's owner, mode and attributes given through the temporary's own descriptor,
    opened without following a link: by its name they went to wherever a user who may write the
    folder had pointed it meanwhile (root writing a report there chowned and chmodded the link's
    target, a private file). A temporary that is no longer this writer's plain file is refused."""
    try:
        descriptor = os.open(temporary, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(
            f"{target}: its temporary {temporary} could not be opened again "
            f"({exc.strerror or exc}); not replaced"
        ) from None
    try:
        own = os.fstat(descriptor)
        if not stat.S_ISREG(own.st_mode) or own.st_nlink != 1:
            raise InputError(
                f"{target}: its temporary {temporary} was replaced by another file; not replaced"
            )
        carry_attributes(descriptor, info, target, target)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary of this writer's own (`writer_temporary`) for the block to write and flush,
    renamed over `target` with its owner, mode and attributes (`replace_keeping_attributes`)
    when the block ends; removed, `target` as it was, when the block or the rename fails."""
    temporary = writer_temporary(target)
    try:
        yield temporary
        replace_keeping_attributes(str(temporary), str(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_durably(target: Path, chunks: Iterable[bytes]) -> None:
    """`chunks` written whole over `target`: to a temporary, flushed to disk, renamed over it
    (`replacing`). After a crash or a failed write (a full disk) `target` holds all of `chunks`
    or is as it was, and no temporary is left (a kill -9 can leave one)."""
    with replacing(target) as temporary, open(temporary, "wb") as out:
        out.writelines(chunks)
        flush_to_disk(out)


@contextlib.contextmanager
def directory_locked(directory: Path) -> Iterator[None]:
    """Writers of one folder's temporaries take turns: each file has one temporary name, so two
    runs writing it at once fill one file, the shorter text over the start of the longer."""
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform: writes still rename atomically
        yield
        return
    try:
        handle = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # a directory we may write but not list: the rename is still atomic
        yield
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _longest_name(folder: Path) -> int:
    """The longest file name, in bytes, the folder's file system takes; 255 where it does not
    say (no pathconf, -1 for no limit) or says what no file system means (a FUSE mount that
    leaves it unset answers 0)."""
    try:
        said = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255
    return said if said >= SHORTEST_NAME_MAX else 255
