"""`--update-baseline` writes the baseline whole or not at all (hostile test trust65): a file
name that is not UTF-8 (the file system's bytes) made the JSON unwritable half-way, after the
old baseline had been emptied, and ended in 'internal error'; a missing folder too."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newslint.errors import NewslintError
from newslint.report_file import ReportFile
from newslint.suppress import Baseline

from .conftest import run_newslint

STORY = "Sir. Blinken said the the talks went well.\n"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_recorded_and_read_back(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "base.json").write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    recorded = run_newslint("check", "--grammar", "off", "--baseline", "base.json",
                            "--update-baseline", ".", cwd=tmp_path)  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    assert Baseline.load(str(tmp_path / "base.json")).size > 0
    again = run_newslint("check", "--grammar", "off", "--baseline", "base.json", ".", cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr


def test_a_baseline_that_cannot_be_written_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--baseline", "gone/base.json",
                          "--update-baseline", "story.txt", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("newslint: error: gone/base.json: cannot write"), result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_failed_save_leaves_the_old_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from newslint.errors import NewslintError

    old = '{"version": 1, "findings": []}\n'
    (tmp_path / "base.json").write_text(old, encoding="utf-8")

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(NewslintError, match="No space left"):
        Baseline(root=tmp_path).save(str(tmp_path / "base.json"))
    assert (tmp_path / "base.json").read_text(encoding="utf-8") == old
    assert os.listdir(tmp_path) == ["base.json"]


def test_a_symlinked_baseline_keeps_its_link_and_its_mode(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    (tmp_path / "real.json").chmod(0o640)
    (tmp_path / "base.json").symlink_to("real.json")
    Baseline(root=tmp_path).save(str(tmp_path / "base.json"))
    assert (tmp_path / "base.json").is_symlink()
    assert (tmp_path / "real.json").stat().st_mode & 0o777 == 0o640


def test_two_runs_saving_one_baseline_never_mix_their_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both runs wrote the one temporary name: the second truncated and filled it while the
    first still held it open, the first's shorter text then overwrote the start of the longer
    one, and the baseline was two half baselines that no JSON reader takes (hostile test
    trust66, reproduced with two processes saving in a loop)."""
    import json
    import threading
    from collections import Counter

    from newslint import temporary_name

    target = tmp_path / "base.json"
    opened, resume = threading.Event(), threading.Event()

    claim = temporary_name.writer_temporary

    def pausing_claim(target: Path, tidy: bool = True) -> tuple[Path, int]:
        claimed = claim(target, tidy)
        if threading.current_thread().name == "short":
            opened.set()
            resume.wait(5)
        return claimed

    monkeypatch.setattr(temporary_name, "writer_temporary", pausing_claim)  # the baseline's write

    def save(entries: int) -> None:
        counts = Counter({(f"p{i}.txt", "rule.x", "the context"): 1 for i in range(entries)})
        with contextlib.suppress(NewslintError):  # a run may fail: the file must still be whole
            Baseline(counts, tmp_path).save(str(target))

    short = threading.Thread(target=save, args=(1,), name="short")
    long = threading.Thread(target=save, args=(50,), name="long")
    short.start()
    assert opened.wait(5)
    long.start()
    long.join(0.5)  # its write, if nothing holds it back
    resume.set()
    short.join(5)
    long.join(5)
    assert len(json.loads(target.read_text(encoding="utf-8"))["findings"]) in (1, 50)
    assert [p.name for p in tmp_path.iterdir()] == ["base.json"]


def _synced_before_renamed(monkeypatch: pytest.MonkeyPatch, write: Callable[[], None]) -> None:
    """`write` flushes its temporary to the disk (fsync) before renaming it over the file, as
    --fix does: renamed first, a crash could leave the new name on empty or partial data."""
    events: list[tuple[str, str]] = []
    fsync, replace = os.fsync, os.replace

    def recorded_fsync(handle: int) -> None:
        events.append(("fsync", os.path.realpath(f"/proc/self/fd/{handle}")))
        fsync(handle)

    def recorded_replace(source: str, target: str) -> None:
        events.append(("replace", os.path.realpath(source)))
        replace(source, target)

    monkeypatch.setattr(os, "fsync", recorded_fsync)
    monkeypatch.setattr(os, "replace", recorded_replace)
    write()
    renamed = [path for event, path in events if event == "replace"]
    assert len(renamed) == 1, events
    assert ("fsync", renamed[0]) in events[: events.index(("replace", renamed[0]))], events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a descriptor by /proc")
def test_the_baseline_and_a_report_file_are_synced_before_they_replace_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "base.json").write_text('{"version": 2, "findings": []}\n', encoding="utf-8")
    _synced_before_renamed(
        monkeypatch, lambda: Baseline(root=tmp_path).save(str(tmp_path / "base.json"))
    )

    def report() -> None:
        with ReportFile(str(tmp_path / "report.json")) as out:
            out.write("[]\n")

    (tmp_path / "report.json").write_text("[]\n", encoding="utf-8")
    _synced_before_renamed(monkeypatch, report)
