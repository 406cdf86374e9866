"""The hidden siblings a file is written to before it is renamed over the file.

`--fix`'s is named once per file (`temporary_path`), so a temporary left by a killed run (kill -9
cannot be caught) is found and removed the next time newslint reads or fixes that file; writers
of one folder take turns (`directory_locked`). A whole output (`--output-file`, a scan's outputs
and parts, the baseline) is written through one of its writer's own (`writer_temporary`): two runs
writing one report at once would otherwise fill one temporary, one's text over the other's. One a
killed writer left is removed by the next write of that output (`remove_abandoned`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

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


def writer_temporary(target: Path, tidy: bool = True) -> tuple[Path, int]:
    """A temporary beside `target` that is this writer's alone, `.NAME.PID-RANDOM.newslint~`,
    created (empty) before it is handed back with its open descriptor, so no other process or
    thread can take the name, and what is done to the file goes to this file even if its name is
    swapped for a link (`replace_keeping_attributes`). Over an existing file it is created
    0600 and given the file's own mode, through the descriptor, only once written: with the
    umask's (0644), anyone could open it meanwhile and read a 0600 report through the descriptor
    after the run. A new file's is created with the umask's mode (or a folder's default access
    list's), as the file would have been, since that is what it becomes. With `tidy`, the
    temporaries killed writers of `target` left are removed first (`remove_abandoned`)."""
    if tidy:
        remove_abandoned(target)
    mode = 0o600 if os.path.exists(target) else 0o666
    while True:
        # os.urandom, not secrets: importing that loads OpenSSL (hmac), a cost on every run
        candidate = _beside(target, f".{os.getpid()}-{os.urandom(4).hex()}{TEMPORARY_SUFFIX}")
        try:
            descriptor = os.open(
                candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode
            )
        except FileExistsError:  # 2**32 suffixes a process: only another writer's, drawn again
            continue
        return candidate, descriptor


def remove_abandoned(target: Path) -> None:
    """Remove the `writer_temporary`s of `target` whose writer is gone: a kill -9 (the OOM
    killer, a CI timeout) leaves one each time, with as much of an output as was written, and
    no later run would look for it. A writer is gone when no process here has its id, or the
    process that has it started after the file was last written (the id used again). A writer
    on another host or in another PID namespace sharing the folder looks gone: its temporary
    removed, its rename fails and its output stays as it was."""
    folder = target.parent
    try:
        entries = list(os.scandir(folder))
    except OSError:  # a folder we may write but not list: nothing found, nothing removed
        return
    limit = _longest_name(folder)
    for entry in entries:
        writer = _writer_of(entry.name)
        if writer is None or _beside(target, writer[1], limit).name != entry.name:
            continue
        pid = writer[0]
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and not _writer_alive(pid, info.st_mtime):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _writer_of(name: str) -> tuple[int, str] | None:
    """The writer's process id in a `writer_temporary`'s name and the name's tail after the
    target's, `.PID-RANDOM.newslint~`; None for any other name."""
    if not name.endswith(TEMPORARY_SUFFIX):
        return None
    tag = name[: -len(TEMPORARY_SUFFIX)].rpartition(".")[2]
    pid, dash, random = tag.partition("-")
    if not (dash and pid.isascii() and pid.isdigit() and len(random) == 8):
        return None
    return int(pid), f".{tag}{TEMPORARY_SUFFIX}"


# Slack between a process's start and its temporary's time: a clock stepped back, coarse times.
START_SLACK = 60.0


def _writer_alive(pid: int, written: float) -> bool:
    """Whether process `pid` may still be writing a file last written at `written`."""
    if os.name != "posix":  # os.kill ends a process there; unsure is alive
        return True
    if pid != os.getpid():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:  # another user's process: alive
            pass
    started = _process_start(pid)
    return started is None or written >= started - START_SLACK


def _process_start(pid: int) -> float | None:
    """When process `pid` started (seconds since the epoch), where /proc says; else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rpartition(b")")[2].split()
        with open("/proc/stat", "rb") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith(b"btime "))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22, after the name
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _beside(target: Path, tail: str, limit: int | None = None) -> Path:
    """`.NAME` and `tail` beside the file. A name too long for the folder's file system with the
    dot and tail added keeps as much of itself as fits and a digest of the whole, so it stays
    one name per file (a killed run's temporary is still found) and the write can be made."""
    name = f".{target.name}{tail}"
    limit = limit or _longest_name(target.parent)
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


def replace_keeping_attributes(descriptor: int, temporary: str, target: str) -> None:
    """Rename a finished `temporary` (open as `descriptor`) over `target`, with the target's
    owner, mode and extended attributes when there is one (a new file keeps the umask's): a
    report, a baseline or a scan output replaced whole reads as the one before, for whoever its
    access list lets read it, as a fixed story does (`file_attributes`). They are given through
    the descriptor: by name, root writing into a folder a user may write would chown and chmod
    whatever file the user swapped the temporary's name for a link to. A name that no longer is
    the temporary written, and an attribute that cannot be kept, stop the replacement, as a
    target no one may write does (read-only by its owner's wish, as `--fix` has it): the
    temporary's name is removed and the target left as it was."""
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    try:
        if info is not None and not info.st_mode & WRITE_BITS:  # root's access check says yes
            raise InputError(f"{target}: file is read-only; not replaced")
        if info is not None:
            carry_attributes(descriptor, info, target, target)
        _still_ours(descriptor, temporary, target)
    except InputError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    os.replace(temporary, target)


def _still_ours(descriptor: int, temporary: str, target: str) -> None:
    """Refuse to rename a temporary whose name another process has pointed elsewhere (a link
    to a file of root's): the output would become that link."""
    written = os.fstat(descriptor)
    try:
        named = os.lstat(temporary)
    except OSError:
        named = None
    if named is None or (named.st_dev, named.st_ino) != (written.st_dev, written.st_ino):
        raise InputError(
            f"{target}: its temporary {os.path.basename(temporary)} was replaced by another "
            "process while it was written; not replaced"
        )


@contextlib.contextmanager
def replacing(target: Path, tidy: bool = True) -> Iterator[BinaryIO]:
    """A temporary of this writer's own (`writer_temporary`), open for the block to write,
    flushed to disk and renamed over `target` with its owner, mode and attributes
    (`replace_keeping_attributes`) when the block ends; removed, `target` as it was, when the
    block or the rename fails."""
    temporary, descriptor = writer_temporary(target, tidy)
    try:
        with os.fdopen(descriptor, "wb") as out:
            yield out
            flush_to_disk(out)
            replace_keeping_attributes(out.fileno(), str(temporary), str(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_durably(target: Path, chunks: Iterable[bytes], tidy: bool = True) -> None:
    """`chunks` written whole over `target`: to a temporary, flushed to disk, renamed over it
    (`replacing`). After a crash or a failed write (a full disk) `target` holds all of `chunks`
    or is as it was, and no temporary is left (a kill -9 can leave one; the next write removes
    it unless `tidy` is off: a scan's parts, thousands in a folder removed whole at the end)."""
    with replacing(target, tidy) as out:
        out.writelines(chunks)


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
