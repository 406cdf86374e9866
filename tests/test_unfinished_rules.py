"""A rule whose regex runs out of time: the budget is the regex's own matching, not what a check
does between two matches, and a rule that still cannot finish says so in every report (a
skipped rule must not look like a clean pass)."""

from __future__ import annotations

import io
import json
import time

import pytest
import regex

import newslint.checks as checks
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import UNFINISHED_RULE, FileResult
from newslint.linters import load_rules
from newslint.report import write_results
from tests.conftest import SlowPack


def _burn(seconds: float) -> None:
    """Spend CPU time (the `regex` timeout runs on the process's CPU clock)."""
    until = time.process_time() + seconds
    while time.process_time() < until:
        pass


def test_time_a_check_spends_between_matches_is_not_the_regexs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On main this raised TimeoutError after ~500 matches: 1.4 MB of words each followed by a
    # zero-width space lost all 200,000 invisible-character findings, the regex taking 0.15 s.
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.1)
    pattern = regex.compile("a")
    seen = 0
    for _ in checks.finditer(pattern, "a" * 2500):
        _burn(0.0002)  # 0.5 s in all: five times the regex's budget
        seen += 1
    assert seen == 2500


def test_a_regex_that_backtracks_still_runs_out_of_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.05)
    monkeypatch.setattr(checks, "MATCH_BATCH", 1)  # a fresh scanner per match: one budget for all
    pattern = regex.compile(r"(?:a|aa)+b|c")
    with pytest.raises(TimeoutError):
        list(checks.finditer(pattern, "c" * 5 + "a" * 40 + "c"))


@pytest.mark.parametrize(
    "expression",
    [r"\b", r"a*", r"(?<=a)b*", r"(?m)^\w*", r"\G\w", r"x?", r"(?<=\w)(?=\s)|\s+", r"\w+\s*"],
)
def test_matches_taken_in_batches_are_the_matches_of_one_scanner(
    monkeypatch: pytest.MonkeyPatch, expression: str
) -> None:
    text = "ab ba\naab x \n\nbbb a xa b"
    pattern = regex.compile(expression, regex.VERSION1 | regex.MULTILINE)
    for size in (1, 2, 3):
        monkeypatch.setattr(checks, "MATCH_BATCH", size)
        for start, end in ((0, len(text)), (3, 17)):
            whole = [(m.span(), m.group()) for m in pattern.finditer(text, start, end)]
            batched = [(m.span(), m.group()) for m in checks.finditer(pattern, text, start, end)]
            assert batched == whole


@pytest.fixture
def slow_linter(slow_pack: SlowPack, monkeypatch: pytest.MonkeyPatch) -> Linter:
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.05)
    pack = slow_pack("(a|aa)+$")  # backtracks on a run of "a" not followed by the end
    honorific = [r for r in load_rules() if r.id == "mt.mistranslated-honorific"]
    rules = [*load_rules([str(pack)], builtin=False), *honorific]
    return Linter(rules, select=["house", "mt"])  # nothing selects the notices


def test_a_rule_that_cannot_finish_says_so_even_in_html(slow_linter: Linter) -> None:
    doc = Document("<p>" + "a" * 40 + "b Sir. Blinken said.</p>\n", "page.html", "html")
    found = slow_linter.lint(doc)
    # The notice stands at the start of the document, though markup covers it there and no
    # selection names it; the other rules' findings stay.
    assert [(f.rule, f.severity) for f in found] == [
        (UNFINISHED_RULE, "warning"),
        ("mt.mistranslated-honorific", "error"),
    ]
    assert found[0].start == 0 and found[0].fix is None and "house.slow" in found[0].message


def test_json_and_sarif_say_the_run_did_not_finish(slow_linter: Linter) -> None:
    doc = Document("a" * 40 + "b\n", "page.txt")
    result = FileResult("page.txt", doc, slow_linter.lint(doc))
    out = io.StringIO()
    write_results([result], out, "json")
    assert [r["rule"] for r in json.loads(out.getvalue())] == [UNFINISHED_RULE]
    out = io.StringIO()
    write_results([result], out, "sarif")
    run = json.loads(out.getvalue())["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    notices = run["invocations"][0]["toolExecutionNotifications"]
    assert "house.slow" in notices[0]["message"]["text"]


def test_a_finished_run_is_a_successful_sarif_invocation() -> None:
    doc = Document("The minister said so.\n", "page.txt")
    out = io.StringIO()
    write_results([FileResult("page.txt", doc, [])], out, "sarif")
    assert json.loads(out.getvalue())["runs"][0]["invocations"][0]["executionSuccessful"]


def test_a_megabyte_headline_test_does_not_cost_the_consistency_rules() -> None:
    # The headline exceptions scanned a line for its closing mark before asking whether it was
    # short enough to be a headline, in time quadratic in a line that does not end with one
    # (0.6 s for 0.5 MB, 17 s for 1 MB of "U.S. US "): both rules timed out with no finding.
    linter = Linter(load_rules(), select=["consistency.us-abbreviation"])
    text = "The talks went well. " + "U.S. envoys and US envoys met. " * 40_000 + "Then U.S."
    found = linter.lint(Document(text + " envoys left"))
    assert UNFINISHED_RULE not in {f.rule for f in found}
    assert sum(f.rule == "consistency.us-abbreviation" for f in found) == 40_000


def test_an_editors_rerun_on_the_edited_lines_says_the_rule_did_not_finish(
    slow_pack: SlowPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.incremental import Incremental

    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.05)
    # The line holds a match ("ab"), so the editor's gate lets the rule run on it.
    pack = slow_pack("(a|aa)+b", bad="aab")
    editor = Incremental(Linter(load_rules([str(pack)], builtin=False)))
    assert [f.rule for f in editor.lint(Document("Intro line.\nab\n"))] == ["house.slow"]
    found = editor.lint(Document("Intro line.\n" + "a" * 40 + "c ab\n"))
    # The rule ran on the edited line alone, and its notice stands there, not at the start of
    # the document, where the editor's re-run would drop it.
    assert [(f.rule, f.start) for f in found] == [(UNFINISHED_RULE, len("Intro line.\n"))]
