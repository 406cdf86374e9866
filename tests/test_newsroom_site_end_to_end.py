"""Editorial repositories (issue 5): settings, markup, suppressions, baselines, CI formats, the action."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from .conftest import ROOT, run_newslint

STORY_MD = """---
title: "Sir. Blinken visits"
---

# Biden will punish China, Blinken says

Sir. Blinken said that the the talks went well. See `Sir. code` and <https://example.com/a..b>.

```
Sir. Blinken in code. .
```

<!-- newslint-disable-next-line typography -->
He left. . Then he spoke.

- Visit [the site](https://example.com/Sir.%20Blinken) today.
"""
EXPORT_HTML = """<html><head><script>var s = "Sir. Blinken";</script></head>
<body><h1>Talks</h1>
<p>Sir. Blinken met <a href="https://x.org/Sir.%20B">officials</a>.</p>
<pre>Sir. Code. .</pre><!-- Sir. Comment -->
</body></html>
"""
ARCHIVE_TXT = "Talks resume\n\nSir. Blinken spoke on Monday.\n\nOfficials agreed.\n"


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "story.md").write_text(STORY_MD, encoding="utf-8")
    (tmp_path / "export.html").write_text(EXPORT_HTML, encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(ARCHIVE_TXT, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("grammar: off\n", encoding="utf-8")
    return tmp_path


def check(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_newslint("check", *args, cwd=site)


def test_concise_output_over_markdown_html_and_text_is_exact(site: Path) -> None:
    result = check(site, "content", "export.html", "archive", "--format", "concise")
    honorific = "error mt.mistranslated-honorific “Sir.” is not an English courtesy title before a surname; it is a mistranslated honorific"
    assert result.stdout.splitlines() == [
        f"content/story.md:7:1: {honorific}",
        "content/story.md:7:24: error structure.doubled-word “the” is written twice",
        f"export.html:3:4: {honorific}",
        f"archive/old.txt:3:1: {honorific}",
        "Found 4 problems (4 errors) in 3 files; 4 fixable with --fix.",
    ]


def test_fix_in_markdown_touches_prose_only(site: Path) -> None:
    assert check(site, "--fix", "content").returncode == 0
    fixed = (site / "content" / "story.md").read_text(encoding="utf-8")
    assert fixed == STORY_MD.replace("Sir. Blinken said that the the", "Mr. Blinken said that the")


def test_suppressions_and_unused_ones(site: Path) -> None:
    path = site / "archive" / "old.txt"
    path.write_text(
        "<!-- newslint-disable mt -->\nSir. Blinken spoke.\n<!-- newslint-enable -->\nnewslint-disable-next-line structure\nSir. Xi spoke.\n",
        encoding="utf-8",
    )
    result = check(site, str(path), "--format", "json", "--report-unused-suppressions")
    rules = [(r["line"], r["rule"]) for r in json.loads(result.stdout)]
    assert rules == [(4, "newslint.unused-suppression"), (5, "mt.mistranslated-honorific")]


@pytest.mark.slow
def test_baseline_reports_only_new_findings_after_unrelated_edits(site: Path) -> None:
    assert check(site, "archive", "--baseline", "base.json", "--update-baseline").returncode == 0
    assert check(site, "archive", "--baseline", "base.json").returncode == 0
    path = site / "archive" / "old.txt"
    path.write_text(
        "A new first line.\n\n" + ARCHIVE_TXT + "\nSir. Xi arrived on Tuesday.\n", encoding="utf-8"
    )
    result = check(site, "archive", "--baseline", "base.json", "--format", "json")
    assert [(r["line"], r["rule"]) for r in json.loads(result.stdout)] == [
        (9, "mt.mistranslated-honorific")
    ]


def test_sarif_is_valid_2_1_0_with_rules_locations_and_fixes(site: Path) -> None:
    from sarif_pydantic import Sarif

    result = check(site, "content", "--format", "sarif")
    log = json.loads(result.stdout)
    Sarif.model_validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {
        "mt.mistranslated-honorific",
        "structure.doubled-word",
    }
    assert all(
        r["help"]["text"] and r["defaultConfiguration"]["level"] == "error"
        for r in run["tool"]["driver"]["rules"]
    )
    first = run["results"][0]
    assert (
        first["level"] == "error"
        and first["ruleId"] == run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"]
    )
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "content/story.md"
    assert location["region"] == {"startLine": 7, "startColumn": 1, "endLine": 7, "endColumn": 5}
    replacement = first["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "Mr."


@pytest.mark.slow
def test_github_rdjson_junit_and_json_lines(site: Path) -> None:
    github = check(site, "archive", "--format", "github").stdout.splitlines()
    assert github == [
        "::error file=archive/old.txt,line=3,col=1,endLine=3,endColumn=5,title=mt.mistranslated-honorific::“Sir.” is not an English courtesy title before a surname; it is a mistranslated honorific"
    ]
    rdjson = json.loads(check(site, "archive", "--format", "rdjson").stdout)
    diagnostic = rdjson["diagnostics"][0]
    assert rdjson["source"]["name"] == "newslint" and diagnostic["severity"] == "ERROR"
    assert diagnostic["suggestions"] == [
        {
            "range": {"start": {"line": 3, "column": 1}, "end": {"line": 3, "column": 5}},
            "text": "Mr.",
        }
    ]
    junit = ElementTree.fromstring(
        check(site, "archive", "export.html", "--format", "junit").stdout
    )
    suite = junit.find("testsuite")
    assert suite is not None and suite.get("tests") == "2" and suite.get("failures") == "2"
    lines = check(site, "archive", "--format", "json-lines").stdout.splitlines()
    assert [json.loads(line)["rule"] for line in lines] == ["mt.mistranslated-honorific"]


def test_statistics_and_output_file(site: Path) -> None:
    result = check(site, "content", "export.html", "--statistics", "--output-file", "report.txt")
    assert result.stdout == ""
    assert (site / "report.txt").read_text(encoding="utf-8").splitlines() == [
        "     2  mt.mistranslated-honorific  [*]",
        "     1  structure.doubled-word      [*]",
        "Found 3 problems.",
    ]


def test_settings_select_severity_per_file_ignores_and_house_style(site: Path) -> None:
    (site / ".newslint.yaml").write_text(
        "grammar: off\nseverity: {mt.mistranslated-honorific: info}\nfail_on: error\n"
        "per_file_ignores: {'archive/*': [mt]}\nhouse_style: {honorific: 'Mr.'}\n",
        encoding="utf-8",
    )
    (site / "content" / "story.md").write_text(
        "Mr Brown met Ms Green. Sir. Blinken left.\n", encoding="utf-8"
    )
    result = check(site, "content", "archive", "--format", "json")
    found = [(Path(r["path"]).name, r["rule"], r["severity"]) for r in json.loads(result.stdout)]
    assert found == [
        ("story.md", "consistency.honorific-period", "warning"),
        ("story.md", "consistency.honorific-period", "warning"),
        ("story.md", "mt.mistranslated-honorific", "info"),
    ]
    assert result.returncode == 0  # fail_on: error


def test_nearest_settings_file_wins_and_extend_inherits(site: Path) -> None:
    (site / "archive" / ".newslint.yaml").write_text(
        "extend: ../.newslint.yaml\nignore: [mt]\n", encoding="utf-8"
    )
    assert check(site, "archive", "--format", "json").stdout.strip() == "[]"
    shown = check(site, "--show-settings", "archive/old.txt").stdout
    assert (
        "ignore:\n- mt" in shown and "archive/.newslint.yaml" in shown and "backend: 'off'" in shown
    )


def test_pyproject_settings(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.newslint]\nignore = ['mt']\ngrammar = 'off'\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Sir. Blinken spoke.\n", encoding="utf-8")
    assert run_newslint("check", "a.txt", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("colour: red\n", ".newslint.yaml: colour: unknown key"),
        ("fail_on: sometimes\n", ".newslint.yaml: fail_on: must be one of"),
        (
            "house_style: {honorific: Sir}\n",
            ".newslint.yaml: house_style.honorific: must be one of",
        ),
        ("severity: {mt: fatal}\n", ".newslint.yaml: severity: must map rule ids"),
        ("packs: [missing.yaml]\n", ".newslint.yaml: packs: no such file"),
        ("grammar: {engine: x}\n", ".newslint.yaml: grammar.engine: unknown"),
        ("extend: .newslint.yaml\n", ".newslint.yaml: extend: extends itself"),
    ],
)
def test_bad_settings_are_one_line_errors(site: Path, settings: str, message: str) -> None:
    (site / ".newslint.yaml").write_text(settings, encoding="utf-8")
    result = check(site, "archive")
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_init_writes_a_starter_that_loads(tmp_path: Path) -> None:
    assert run_newslint("init", cwd=tmp_path).returncode == 0
    assert run_newslint("init", cwd=tmp_path).returncode == 2
    (tmp_path / "a.txt").write_text("Officials agreed on Monday.\n", encoding="utf-8")
    assert run_newslint("check", "a.txt", "--grammar", "off", cwd=tmp_path).returncode == 0


def test_rule_scope_limits_a_rule_to_headings(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(
        "pack: house\nrules:\n  - id: house.no-breaking\n    kind: pattern\n    scope: heading\n"
        "    message: no BREAKING in headlines\n    description: Wire-service slugs.\n    pattern: 'BREAKING'\n"
        "    examples:\n      - bad: 'BREAKING talks'\n        span: 'BREAKING'\n      - good: 'talks'\n",
        encoding="utf-8",
    )
    (tmp_path / "a.md").write_text(
        "# BREAKING talks\n\nBREAKING is fine in a paragraph.\n", encoding="utf-8"
    )
    result = run_newslint(
        "check",
        "a.md",
        "--rules",
        "pack.yaml",
        "--select",
        "house",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert [r["line"] for r in json.loads(result.stdout)] == [1]


def test_action_script_annotates(site: Path) -> None:
    env = {**os.environ, "NEWSLINT_SKIP_INSTALL": "1", "NEWSLINT_PATHS": "archive", "NEWSLINT_ARGS": "--fail-on error",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "action-run.sh")],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and result.stdout.startswith(
        "::error file=archive/old.txt,line=3,col=1"
    )
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert "using: composite" in action and "scripts/action-run.sh" in action


@pytest.mark.slow
def test_vocabulary_list_or_file_accepts_terms(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Officials said Russiahad agreed on Monday.\n", encoding="utf-8"
    )
    flagged = run_newslint("check", "a.txt", "--grammar", "off", "--format", "json", cwd=tmp_path)
    assert [r["rule"] for r in json.loads(flagged.stdout)] == ["mt.glued-words"]
    (tmp_path / "terms.txt").write_text("# accepted names\nRussiahad\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        "vocabulary: terms.txt\ngrammar: off\n", encoding="utf-8"
    )
    assert json.loads(run_newslint("check", "a.txt", "--format", "json", cwd=tmp_path).stdout) == []
    (tmp_path / ".newslint.yaml").write_text(
        "vocabulary: [Russiahad]\ngrammar: off\n", encoding="utf-8"
    )
    assert json.loads(run_newslint("check", "a.txt", "--format", "json", cwd=tmp_path).stdout) == []
