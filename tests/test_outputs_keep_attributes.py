"""Every file newslint replaces whole keeps its extended attributes, as `check --fix` keeps a
fixed story's (test_fix_keeps_attributes.py): scan's scores, kept records and report page, the
baseline and a `--output-file` report were written to a new file renamed over the old one, which
kept at most the mode and dropped the access list and every other attribute."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslint.scan.options import ScanOptions
from newslint.scan.run import run_scan

from .conftest import run_newslint

pytestmark = pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes")

NAME, VALUE = "user.newsroom.desk", b"data"
STORY = "Sir. Blinken said the the talks went well.\n"


def attributed(path: Path) -> None:
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    try:
        os.setxattr(path, NAME, VALUE)
    except OSError as exc:
        pytest.skip(f"{NAME} not supported here ({exc.strerror})")


def kept(path: Path) -> bool:
    return path.read_bytes() != b"old\n" and os.getxattr(path, NAME) == VALUE


def test_scan_outputs_keep_their_attributes(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "text": "The council met on Tuesday."}\n', encoding="utf-8")
    outputs = [tmp_path / name for name in ("scores.jsonl", "kept.jsonl", "report.html")]
    for output in outputs:
        attributed(output)
    run_scan(
        ScanOptions(
            inputs=[str(dump)],
            output=str(outputs[0]),
            filtered_output=str(outputs[1]),
            report=str(outputs[2]),
            keep_below=1e9,
            progress=False,
        )
    )
    assert [kept(output) for output in outputs] == [True, True, True]
    assert [output.stat().st_mode & 0o777 for output in outputs] == [0o640] * 3


def test_the_baseline_and_a_report_file_keep_their_attributes(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    baseline, report = tmp_path / "base.json", tmp_path / "report.txt"
    attributed(report)
    run_newslint("check", "--grammar", "off", "-o", "report.txt", "story.txt", cwd=tmp_path)
    attributed(baseline)
    baseline.write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    run_newslint("check", "--grammar", "off", "--baseline", "base.json", "--update-baseline",
                 "story.txt", cwd=tmp_path)  # fmt: skip
    assert kept(report) and os.getxattr(baseline, NAME) == VALUE
    assert "the the" in baseline.read_text(encoding="utf-8")


def test_an_attribute_that_cannot_be_kept_leaves_the_baseline_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.errors import NewslintError
    from newslint.suppress import Baseline

    baseline = tmp_path / "base.json"
    attributed(baseline)

    def refused(*args: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "setxattr", refused)
    with pytest.raises(NewslintError, match=f"could not keep its attribute {NAME}"):
        Baseline(root=tmp_path).save(str(baseline))
    assert baseline.read_bytes() == b"old\n" and os.listdir(tmp_path) == ["base.json"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_the_baseline_and_a_report_file_keep_their_owner(tmp_path: Path) -> None:
    """Replaced by root (a CI job), a writer's baseline and report became root's, which the
    writer can then no longer update; `--fix` keeps a story's owner (hostile test trust66)."""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    baseline, report = tmp_path / "base.json", tmp_path / "report.txt"
    baseline.write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    report.write_bytes(b"old\n")
    for path in (baseline, report):
        os.chown(path, 65534, 65534)
    run_newslint("check", "--grammar", "off", "--baseline", "base.json", "--update-baseline",
                 "story.txt", cwd=tmp_path)  # fmt: skip
    run_newslint("check", "--grammar", "off", "-o", "report.txt", "story.txt", cwd=tmp_path)
    assert "the the" in baseline.read_text(encoding="utf-8") and b"the the" in report.read_bytes()
    assert [(p.stat().st_uid, p.stat().st_gid) for p in (baseline, report)] == [(65534, 65534)] * 2


@pytest.mark.parametrize("output", ["report", "baseline"])
def test_a_read_only_baseline_or_report_is_left_as_it_is(tmp_path: Path, output: str) -> None:
    """A file no one may write (mode 444) is read-only by its owner's wish, and `--fix` leaves
    such a story as it is, root or not; its baseline and report were renamed over (by a user in
    their own folder, by root anywhere). Hostile test trust66."""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / "out.json"
    target.write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    target.chmod(0o444)
    options = ["-o", "out.json"] if output == "report" else ["--baseline", "out.json",
                                                             "--update-baseline"]  # fmt: skip
    done = run_newslint("check", "--grammar", "off", *options, "story.txt", cwd=tmp_path)
    assert target.read_text(encoding="utf-8") == '{"version": 1, "findings": []}\n'
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "read-only" in done.stderr and sorted(os.listdir(tmp_path)) == ["out.json", "story.txt"]
