"""A whole output (a report, a baseline, a scan output) gets its target's owner, mode and
attributes through its temporary's own descriptor: by the temporary's name they went to whatever
a user who may write the folder had swapped it for (trust67: root's report into such a folder
chowned and chmodded a private file the swapped-in link pointed at)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newslint.errors import InputError
from newslint.temporary_name import replace_keeping_attributes, writer_temporary


def _private(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def _swappable(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A private file, a report to replace and its temporary, gone as a folder-writer leaves it
    just before putting something else under its name."""
    victim = _private(tmp_path / "secret", "private\n")
    target = tmp_path / "report.txt"
    target.write_text("old report\n", encoding="utf-8")
    target.chmod(0o644)
    temporary = writer_temporary(target)
    temporary.unlink()
    return victim, target, temporary


def test_a_temporary_swapped_for_a_link_leaves_the_link_s_target_alone(tmp_path: Path):
    victim, target, temporary = _swappable(tmp_path)
    temporary.symlink_to(victim)  # what a folder-writer does between the write and the rename
    with pytest.raises(InputError, match="not replaced"):
        replace_keeping_attributes(str(temporary), str(target))
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600
    assert victim.read_text(encoding="utf-8") == "private\n"
    assert target.read_text(encoding="utf-8") == "old report\n"


def test_a_temporary_swapped_for_a_hard_link_is_refused(tmp_path: Path):
    victim, target, temporary = _swappable(tmp_path)
    os.link(victim, temporary)
    with pytest.raises(InputError, match="replaced by another file"):
        replace_keeping_attributes(str(temporary), str(target))
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == "old report\n"


def test_the_target_s_mode_still_goes_to_the_new_copy(tmp_path: Path):
    target = tmp_path / "report.txt"
    target.write_text("old report\n", encoding="utf-8")
    target.chmod(0o640)
    temporary = writer_temporary(target)
    temporary.write_text("new report\n", encoding="utf-8")
    replace_keeping_attributes(str(temporary), str(target))
    assert target.read_text(encoding="utf-8") == "new report\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not temporary.exists()
