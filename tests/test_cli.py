"""Black-box tests of the installed `newslint` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SEED, run_newslint

HONORIFIC = "Sir. Blinken is the most senior official.\n"


def test_text_output_has_location_rule_caret_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Intro line.\n" + HONORIFIC, encoding="utf-8")
    result = run_newslint("check", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:2:1: error mt.mistranslated-honorific ")
    assert lines[1] == " 2 | Sir. Blinken is the most senior official."
    assert lines[2] == "   | ^^^^"
    assert lines[3] == "   = fix: Mr."
    assert "\x1b[" not in result.stdout


def test_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("😀 " + HONORIFIC, encoding="utf-8")
    result = run_newslint("check", "--format", "json", str(path))
    records = json.loads(result.stdout)
    assert records == [
        {
            "path": str(path),
            "line": 1,
            "column": 3,
            "end_line": 1,
            "end_column": 7,
            "rule": "mt.mistranslated-honorific",
            "severity": "error",
            "message": "“Sir.” is not an English courtesy title before a surname; it is a mistranslated honorific",
            "fix": {
                "applicability": "safe",
                "edits": [
                    {"line": 1, "column": 3, "end_line": 1, "end_column": 7, "replacement": "Mr."}
                ],
            },
            "suggestions": ["Mr."],
            "related": [],
        }
    ]


def test_clean_text_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Mr. Blinken met Ms. Psaki on Thursday.\n", encoding="utf-8")
    result = run_newslint("check", str(path))
    assert result.returncode == 0, result.stdout
    assert "No problems found in 1 file." in result.stdout


@pytest.mark.slow
def test_stdin_with_filename() -> None:
    result = run_newslint(
        "check", "-", "--stdin-filename", "story.txt", "--format", "json", stdin=HONORIFIC
    )
    assert json.loads(result.stdout)[0]["path"] == "story.txt"


@pytest.mark.slow
def test_select_and_ignore_by_prefix() -> None:
    text = "Sir. Blinken spoke. . Then he left.\n"
    only_mt = json.loads(
        run_newslint("check", "-", "--format", "json", "--select", "mt", stdin=text).stdout
    )
    assert {r["rule"] for r in only_mt} == {"mt.mistranslated-honorific"}
    no_mt = json.loads(
        run_newslint("check", "-", "--format", "json", "--ignore", "mt", stdin=text).stdout
    )
    assert "mt.mistranslated-honorific" not in {r["rule"] for r in no_mt}
    assert "typography.stray-periods" in {r["rule"] for r in no_mt}
    one = run_newslint(
        "check", "-", "--format", "json", "--ignore", "mt.mistranslated-honorific", stdin=text
    )
    assert "mt.mistranslated-honorific" not in one.stdout


@pytest.mark.slow
def test_fail_on_and_exit_zero() -> None:
    text = HONORIFIC
    assert run_newslint("check", "-", stdin=text).returncode == 1
    assert run_newslint("check", "-", "--exit-zero", stdin=text).returncode == 0
    assert run_newslint("check", "-", "--fail-on", "never", stdin=text).returncode == 0


@pytest.mark.slow
def test_directories_are_walked_with_excludes(tmp_path: Path) -> None:
    (tmp_path / "keep").mkdir()
    (tmp_path / "skip").mkdir()
    for folder in ("keep", "skip"):
        (tmp_path / folder / "a.md").write_text(HONORIFIC, encoding="utf-8")
    (tmp_path / "keep" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = run_newslint("check", str(tmp_path), "--exclude", "skip", "--format", "json")
    paths = {r["path"] for r in json.loads(result.stdout)}
    assert paths == {str(tmp_path / "keep" / "a.md")}


def test_missing_file_and_invalid_utf8_exit_2_with_one_line(tmp_path: Path) -> None:
    missing = run_newslint("check", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "nope.txt: no such file" in missing.stderr
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9\n".encode("latin-1"))
    result = run_newslint("check", str(bad))
    assert (
        result.returncode == 2
        and "not valid utf-8" in result.stderr
        and "Traceback" not in result.stderr
    )
    forced = run_newslint("check", "--encoding", "latin-1", str(bad))
    assert forced.returncode == 0


def test_rules_list_and_show() -> None:
    listing = run_newslint("rules", "list")
    assert listing.returncode == 0 and "mt.mistranslated-honorific" in listing.stdout
    shown = run_newslint("rules", "show", "mt.mistranslated-honorific")
    assert "kind:      pattern" in shown.stdout and "Sir Keir Starmer" in shown.stdout
    unknown = run_newslint("rules", "show", "mt.nope")
    assert unknown.returncode == 2 and "no rule 'mt.nope'" in unknown.stderr


def test_version() -> None:
    result = run_newslint("--version")
    assert result.returncode == 0 and "newslint" in result.stdout


def test_seed_article_runs() -> None:
    result = run_newslint("check", str(SEED))
    assert result.returncode == 1 and "mt.mistranslated-honorific" in result.stdout


@pytest.mark.slow
def test_parallel_output_is_identical_to_serial(tmp_path: Path) -> None:
    from .conftest import FIXTURES

    sources = sorted((FIXTURES / "dev").glob("*.txt")) + sorted((FIXTURES / "clean").glob("*.txt"))
    for index in range(24):
        (tmp_path / f"{index:02d}.txt").write_bytes(sources[index % len(sources)].read_bytes())
    serial = run_newslint(
        "check", str(tmp_path), "--grammar", "off", "--jobs", "1", "--format", "json"
    )
    parallel = run_newslint(
        "check", str(tmp_path), "--grammar", "off", "--jobs", "2", "--format", "json"
    )
    assert serial.returncode == parallel.returncode == 1
    assert serial.stdout == parallel.stdout and len(json.loads(serial.stdout)) > 24


def test_json_is_an_empty_array_when_clean() -> None:
    result = run_newslint("check", "-", "--format", "json", stdin="Mr. Blinken met Ms. Psaki.\n")
    assert json.loads(result.stdout) == [] and result.returncode == 0
