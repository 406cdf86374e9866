"""One finding policy, applied before reporting and before fixing (issue 13).

For every way settings and flags turn findings off (per-file ignores, select/ignore in settings and
on the command line, grammar off, inline suppressions, the baseline), `--fix` and `--diff` change
only text inside the spans the report shows.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.policy import Policy
from newslint.rules import Rule
from newslint.suppress import Baseline

from .conftest import run_newslint

SIR = "Sir. Blinken spoke on Monday.\n"
PROJECT = {
    ".newslint.yaml": 'grammar: off\nper_file_ignores:\n  "archive/*": [mt]\n',
    "archive/old.txt": f"{SIR}\nThe talks went well well.\n",
    "suppressed.txt": f"newslint-disable-next-line mt\n{SIR}\nHe left. . Then he spoke.\n",
    "baselined.txt": SIR,
    "quiet/.newslint.yaml": "grammar: off\nignore: [mt]\n",
    "quiet/story.txt": f"{SIR}\nThis is an test of the the system.\n",
    "plain.txt": f"{SIR}\nThis is an test. He left. . Then he spoke.\n",
}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    for name, text in PROJECT.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def reported_spans(project: Path, *args: str) -> dict[str, list[tuple[int, int]]]:
    """Each reported finding's span and the spans its fix edits (both are in the report)."""
    result = run_newslint("check", "--format", "json", *args, cwd=project)
    assert result.returncode in (0, 1), result.stderr
    spans: dict[str, list[tuple[int, int]]] = {}
    for finding in json.loads(result.stdout):
        doc = Document((project / finding["path"]).read_text(encoding="utf-8"))
        shown = [finding, *(finding["fix"] or {"edits": []})["edits"]]  # the span and its edits
        spans.setdefault(finding["path"], []).extend(
            (doc.offset(s["line"], s["column"]), doc.offset(s["end_line"], s["end_column"]))
            for s in shown
        )
    return spans


def only_spans_changed(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """Whether `after` is `before` with nothing but text inside `spans` replaced: the text
    between the spans must all be there, in order (alignment-free, unlike a character diff)."""
    pattern, cursor = [], 0
    for start, end in sorted(spans):
        if start >= cursor:
            pattern += [re.escape(before[cursor:start]), "(?:.*?)"]
        cursor = max(cursor, end)
    pattern.append(re.escape(before[cursor:]))
    return re.fullmatch("".join(pattern), after, re.DOTALL) is not None


def assert_fixes_stay_inside_reports(project: Path, *args: str) -> None:
    files = sorted(p for p in PROJECT if p.endswith(".txt"))
    reported = reported_spans(project, *args, *files)
    before = {name: (project / name).read_text(encoding="utf-8") for name in files}
    diff = run_newslint("check", "--diff", *args, *files, cwd=project)
    copy = project.parent / (project.name + "-fixed")
    shutil.copytree(project, copy)
    run_newslint("check", "--fix", *args, *files, cwd=copy)
    expected_diff = ""
    for name in files:
        after = (copy / name).read_text(encoding="utf-8")
        changed = f"{args} {name}: --fix changed text outside the reported spans"
        assert only_spans_changed(before[name], after, reported.get(name, [])), changed
        expected_diff += "".join(
            difflib.unified_diff(
                before[name].splitlines(keepends=True),
                after.splitlines(keepends=True),
                f"a/{name}",
                f"b/{name}",
            )
        )
    assert diff.stdout == expected_diff


def test_fix_leaves_a_per_file_ignored_file_alone(project: Path) -> None:
    assert run_newslint("check", "archive/old.txt", cwd=project).returncode == 1  # "well well"
    run_newslint("check", "--fix", "archive/old.txt", cwd=project)
    fixed = (project / "archive/old.txt").read_text(encoding="utf-8")
    assert fixed == f"{SIR}\nThe talks went well.\n"


@pytest.mark.parametrize(
    "args", [(), ("--ignore", "mt"), ("--select", "structure,typography")], ids=str
)
@pytest.mark.slow
def test_fix_and_diff_change_only_reported_spans(project: Path, args: tuple[str, ...]) -> None:
    baseline = run_newslint(
        "check", "--baseline", "base.json", "--update-baseline", "baselined.txt", cwd=project
    )
    assert baseline.returncode == 0, baseline.stderr
    with (project / "baselined.txt").open("a", encoding="utf-8") as story:
        story.write("\nHe left. . Then he spoke.\n")
    assert_fixes_stay_inside_reports(project, "--baseline", "base.json", *args)
    fixed = project.parent / (project.name + "-fixed")
    assert (fixed / "baselined.txt").read_text(encoding="utf-8").startswith(SIR)
    assert (fixed / "suppressed.txt").read_text(encoding="utf-8").count(SIR) == 1
    assert "an test" in (fixed / "plain.txt").read_text(encoding="utf-8")  # grammar is off


def test_prefix_matching_most_specific_wins() -> None:
    policy = Policy.of(select=["mt", "grammar.harper"], ignore=["mt.glued-words"])
    assert policy.selects("mt.mistranslated-honorific")
    assert not policy.selects("mt.glued-words")
    assert policy.selects("grammar.harper.AnA")
    assert not policy.selects("grammar.languagetool.X")
    assert not policy.selects("mtx.rule")  # a prefix is a whole id segment
    severity = Policy(severity={"mt": "info", "mt.glued-words": "error"})
    assert severity.severity_of("mt.glued-words", "warning") == "error"
    assert severity.severity_of("mt.other", "warning") == "info"
    assert severity.severity_of("ocr.x", "warning") == "warning"


def test_selecting_an_engine_rule_runs_the_rule_that_makes_its_findings() -> None:
    harper = Rule("grammar.harper", "grammar", "warning", "m", {}, [], "<test>")
    assert Policy.of(select=["grammar.harper.AnA"]).runs(harper)
    # The most specific prefix wins, as it does for the findings themselves.
    assert Policy.of(select=["grammar.harper.AnA"], ignore=["grammar.harper"]).runs(harper)
    assert not Policy.of(select=["grammar.languagetool.X"]).runs(harper)
    assert not Policy.of(ignore=["grammar.harper"]).runs(harper)
    assert Policy.of(ignore=["grammar.harper.AnA"]).runs(harper)  # only that id is dropped


def test_baseline_answers_the_same_every_time_it_is_asked(tmp_path: Path) -> None:
    from newslint.finding import FileResult, Finding

    doc = Document("Sir. Blinken spoke.\n")
    finding = Finding("mt.x", "error", "m", 0, 4)
    path = str(tmp_path / "a.txt")
    baseline = Baseline.record([FileResult(path, doc, [finding])], str(tmp_path / "b.json"))
    for _ in range(3):  # each pass of --fix asks again
        assert baseline.unknown(path, doc, [finding]) == []
    assert baseline.unknown(path, doc, [finding, finding]) == [finding]
