"""The temporary a whole output (`--output-file`, a baseline, a scan's outputs, its report page)
is written to before it is renamed over the output: it gets the output's owner and mode through
its own descriptor, never by a name another user who may write the folder can swap for a link
(root would then chown and chmod the link's target), and it is no one else's to read while the
output's text goes into it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint.errors import NewslintError
from newslint.report_file import ReportFile
from newslint.temporary_name import TEMPORARY_SUFFIX, write_durably

REPORT = "a.txt:1:1: mt.mistranslated-honorific\n"


def _temporaries(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.endswith(TEMPORARY_SUFFIX)]


def _victim_and_shared_output(tmp_path: Path, name: str, text: str) -> tuple[Path, Path]:
    """A private file outside, and an output (mode 0644) in a folder another user may write."""
    victim = tmp_path / "secret"
    victim.write_text("private\n", encoding="utf-8")
    victim.chmod(0o600)
    folder = tmp_path / "shared"
    folder.mkdir()
    output = folder / name
    output.write_text(text, encoding="utf-8")
    output.chmod(0o644)
    return victim, output


def _swap_for_link(folder: Path, victim: Path) -> None:
    """What a user who may write the folder can do to a writer's temporary."""
    [temporary] = _temporaries(folder)
    temporary.rename(folder / "moved-aside")
    temporary.symlink_to(victim)


def test_a_temporary_swapped_for_a_link_gives_the_links_target_nothing(tmp_path: Path) -> None:
    victim, report = _victim_and_shared_output(tmp_path, "report.txt", "old\n")
    folder = report.parent
    if os.geteuid() == 0:  # root replacing a user's report: the owner is carried too
        os.chown(report, 65534, 65534)
    before = victim.stat()
    writer = ReportFile(str(report))
    out = writer.__enter__()
    out.write(REPORT)
    _swap_for_link(folder, victim)
    with pytest.raises(NewslintError):
        writer.__exit__(None, None, None)
    after = victim.stat()
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (
        before.st_uid,
        before.st_gid,
        0o600,
    )
    assert victim.read_text(encoding="utf-8") == "private\n"
    assert not report.is_symlink() and report.read_text(encoding="utf-8") == "old\n"


def test_a_durable_writes_temporary_swapped_for_a_link_leaves_the_target_alone(
    tmp_path: Path,
) -> None:
    victim, baseline = _victim_and_shared_output(tmp_path, "baseline.json", "{}\n")
    folder = baseline.parent

    def swapping_chunks() -> Iterator[bytes]:
        yield b'{"findings": []}\n'
        _swap_for_link(folder, victim)

    with pytest.raises(NewslintError):
        write_durably(baseline, swapping_chunks())
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600
    assert victim.read_text(encoding="utf-8") == "private\n"
    assert baseline.read_text(encoding="utf-8") == "{}\n"


def test_a_private_reports_temporary_is_private_while_it_is_written(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("old\n", encoding="utf-8")
    report.chmod(0o600)
    with ReportFile(str(report)) as out:
        out.write(REPORT)
        [temporary] = _temporaries(tmp_path)
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert report.read_text(encoding="utf-8") == REPORT


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_a_durable_writes_temporary_never_lets_more_read_than_the_target(
    tmp_path: Path, mode: int
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{}\n", encoding="utf-8")
    baseline.chmod(mode)
    seen: list[int] = []

    def watched_chunks() -> Iterator[bytes]:
        yield b'{"findings": []}\n'
        [temporary] = _temporaries(tmp_path)
        seen.append(stat.S_IMODE(temporary.stat().st_mode))

    write_durably(baseline, watched_chunks())
    assert seen == [0o600]
    assert stat.S_IMODE(baseline.stat().st_mode) == mode


def test_a_new_output_has_the_mode_the_umask_gives(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_durably(tmp_path / "new.json", [b"{}\n"])
        with ReportFile(str(tmp_path / "new.txt")) as out:
            out.write(REPORT)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def _ended_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize("write", ["report", "durably"])
def test_a_killed_writers_temporary_is_removed_by_the_next_write(
    tmp_path: Path, write: str
) -> None:
    target = tmp_path / "st.txt"
    target.write_text("old\n", encoding="utf-8")
    killed = tmp_path / f".st.txt.{_ended_pid()}-1f433825{TEMPORARY_SUFFIX}"
    killed.write_text("half a report\n", encoding="utf-8")
    reused = tmp_path / f".st.txt.{os.getpid()}-0a0b0c0d{TEMPORARY_SUFFIX}"
    reused.write_text("older than this process\n", encoding="utf-8")
    os.utime(reused, (1, 1))  # this process's id, reused: it started long after the file
    live = tmp_path / f".st.txt.{os.getppid()}-89e0f322{TEMPORARY_SUFFIX}"
    live.write_text("a live writer's\n", encoding="utf-8")
    other = tmp_path / f".other.txt.{_ended_pid()}-1f433825{TEMPORARY_SUFFIX}"
    other.write_text("another file's\n", encoding="utf-8")
    if write == "report":
        with ReportFile(str(target)) as out:
            out.write(REPORT)
    else:
        write_durably(target, [REPORT.encode()])
    assert target.read_text(encoding="utf-8") == REPORT
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [target.name, live.name, other.name]
    )


def test_a_long_names_killed_temporary_is_found_too(tmp_path: Path) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    target = tmp_path / ("é" * ((limit - 4) // 2) + ".txt")
    write_durably(target, [b"old\n"])
    pid = _ended_pid()
    from newslint.temporary_name import _beside

    killed = _beside(target, f".{pid}-1f433825{TEMPORARY_SUFFIX}")
    assert len(os.fsencode(killed.name)) <= limit
    killed.write_text("half\n", encoding="utf-8")
    write_durably(target, [b"new\n"])
    assert [path.name for path in tmp_path.iterdir()] == [target.name]
