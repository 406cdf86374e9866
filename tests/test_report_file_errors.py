"""A file the run could not check (exit 2) is in the CI reports, not only on stderr: a dashboard
that reads the report must not show green for a run that failed on a file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from .conftest import run_newslint

ARTICLE = "Sir. Blinken said the the talks went well.\n"
CLEAN = "The council met on Monday.\n"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 2)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _check(tmp_path: Path, fmt: str) -> str:
    result = run_newslint(
        "check", "--grammar", "off", "--format", fmt, "clean.txt", "bin.txt", "a.txt",
        cwd=_folder(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "bin.txt: binary file" in result.stderr
    return result.stdout


def test_junit_carries_an_error_test_case_for_a_file_not_checked(tmp_path: Path) -> None:
    suite = ElementTree.fromstring(_check(tmp_path, "junit")).find("testsuite")
    assert suite is not None
    assert suite.get("errors") == "1"
    errors = [case for case in suite.iter("testcase") if case.find("error") is not None]
    assert [case.get("classname") for case in errors] == ["bin.txt"]
    error = errors[0].find("error")
    assert error is not None and "binary file" in (error.get("message") or "")
    assert int(suite.get("tests") or 0) == len(list(suite.iter("testcase")))
    assert any(case.get("classname") == "a.txt" for case in suite.iter("testcase"))


def test_sarif_says_the_run_failed_and_names_the_file(tmp_path: Path) -> None:
    run = json.loads(_check(tmp_path, "sarif"))["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "binary file" in notification["message"]["text"]
    where = notification["locations"][0]["physicalLocation"]["artifactLocation"]
    assert where == {"uri": "bin.txt", "uriBaseId": "%SRCROOT%"}
    assert any(r["ruleId"] == "mt.mistranslated-honorific" for r in run["results"])


def test_github_annotates_the_file_not_checked(tmp_path: Path) -> None:
    lines = _check(tmp_path, "github").splitlines()
    assert any(
        line.startswith("::error file=bin.txt::") and "binary file" in line for line in lines
    )


def test_a_clean_run_stays_successful_in_sarif_and_has_no_junit_error(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    sarif = run_newslint(
        "check", "--grammar", "off", "--format", "sarif", "clean.txt", cwd=tmp_path
    )
    assert json.loads(sarif.stdout)["runs"][0]["invocations"][0]["executionSuccessful"] is True
    junit = run_newslint(
        "check", "--grammar", "off", "--format", "junit", "clean.txt", cwd=tmp_path
    )
    assert 'errors="0"' in junit.stdout


def test_a_bug_met_in_a_file_is_listed_for_the_reports_as_an_internal_error() -> None:
    from newslint.check_outcome import RunOutcome
    from newslint.commands import CheckOptions
    from newslint.errors import CheckFailed, InputError
    from newslint.finding import FileError

    outcome = RunOutcome(CheckOptions(paths=["a.txt", "-"], stdin_filename="story.md"))
    outcomes = [
        CheckFailed("a.txt: KeyError: 'boom'"),
        InputError("story.md: standard input is closed"),
    ]
    assert list(outcome.record(outcomes, ["a.txt", "-"])) == []
    assert outcome.file_errors() == [
        FileError("a.txt", "internal error: KeyError: 'boom' (please report it)", "internal-error"),
        FileError("story.md", "standard input is closed", "not-checked"),
    ]
    assert outcome.unhandled() == (2, 0)


def _error_records(records: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in records if str(r["rule"]).startswith("newslint.not-")]


def test_json_carries_a_record_for_the_file_not_checked(tmp_path: Path) -> None:
    records = json.loads(_check(tmp_path, "json"))
    [error] = _error_records(records)
    finding_keys = next(r for r in records if r["rule"] == "mt.mistranslated-honorific").keys()
    assert error.keys() == finding_keys  # a consumer of findings reads it without a new case
    assert error["path"] == "bin.txt" and error["rule"] == "newslint.not-checked"
    assert error["severity"] == "error" and "binary file" in str(error["message"])
    assert (error["line"], error["column"], error["fix"]) == (1, 1, None)


def test_json_lines_carries_the_same_record_last(tmp_path: Path) -> None:
    records = [json.loads(line) for line in _check(tmp_path, "json-lines").splitlines()]
    assert _error_records(records) == [records[-1]]
    assert records[-1]["path"] == "bin.txt" and records[-1]["rule"] == "newslint.not-checked"
    assert any(r["rule"] == "mt.mistranslated-honorific" for r in records)


def test_rdjson_carries_an_error_diagnostic_at_the_file(tmp_path: Path) -> None:
    diagnostics = json.loads(_check(tmp_path, "rdjson"))["diagnostics"]
    errors = [d for d in diagnostics if d["code"]["value"] == "newslint.not-checked"]
    assert [d["location"] for d in errors] == [{"path": "bin.txt"}]  # the file, no range
    assert errors[0]["severity"] == "ERROR" and "binary file" in errors[0]["message"]
    assert any(d["code"]["value"] == "mt.mistranslated-honorific" for d in diagnostics)


def test_a_file_fix_refused_is_a_not_fixed_record_beside_its_findings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0o444)
    result = run_newslint(
        "check", "--fix", "--grammar", "off", "--format", "json", "a.txt", cwd=tmp_path
    )
    assert result.returncode == 2, result.stderr
    records = json.loads(result.stdout)
    [error] = [r for r in records if r["rule"] == "newslint.not-fixed"]
    assert error["path"] == "a.txt" and "read-only" in str(error["message"])
    assert any(r["rule"] == "mt.mistranslated-honorific" for r in records)


def test_a_clean_run_has_no_error_record_in_the_json_family(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    for fmt in ("json", "json-lines"):
        out = run_newslint("check", "--grammar", "off", "--format", fmt, "clean.txt", cwd=tmp_path)
        assert out.returncode == 0 and out.stdout.strip() in ("[]", "")
    rdjson = run_newslint(
        "check", "--grammar", "off", "--format", "rdjson", "clean.txt", cwd=tmp_path
    )
    assert json.loads(rdjson.stdout)["diagnostics"] == []
