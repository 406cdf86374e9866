"""SARIF partialFingerprints: GitHub code scanning matches alerts across runs by them, so two
distinct findings must never share one (they would merge into one alert), and a finding's must
not change when unrelated text moves (a dismissed alert would come back as new)."""

from __future__ import annotations

import io
import json
from typing import Any

from newslint.report import write_results

from .conftest import lint_text

STORY = (
    "Sir. Blinken met the minister on Monday.\n\n"
    "Later, Sir. Blinken said the talks went well.\n\n"
    "The talks will resume, Sir. Blinken added.\n"
)


def _results(linter: Any, text: str) -> list[dict[str, Any]]:
    from newslint.document import Document
    from newslint.finding import FileResult

    doc = Document.from_raw(text, "story.txt")
    out = io.StringIO()
    write_results([FileResult("story.txt", doc, lint_text(linter, text))], out, "sarif")
    return json.loads(out.getvalue())["runs"][0]["results"]


def _prints(linter: Any, text: str, rule: str) -> list[str]:
    return [
        r["partialFingerprints"]["newslintContext/v2"]
        for r in _results(linter, text)
        if r["ruleId"] == rule
    ]


def test_distinct_findings_of_one_rule_and_text_have_distinct_fingerprints(linter: Any) -> None:
    prints = _prints(linter, STORY, "mt.mistranslated-honorific")
    assert len(prints) == 3
    assert len(set(prints)) == 3, prints


def test_two_findings_on_one_line_are_told_apart(linter: Any) -> None:
    text = "Sir. Blinken and Sir. Sullivan met the minister on Monday.\n"
    prints = _prints(linter, text, "mt.mistranslated-honorific")
    assert len(prints) == 2 and len(set(prints)) == 2, prints


def test_a_fingerprint_stays_when_unrelated_text_moves(linter: Any) -> None:
    before = _prints(linter, STORY, "mt.mistranslated-honorific")
    moved = "A new opening paragraph was added above.\n\n" + STORY.replace(
        "Later, Sir. Blinken said", "Later that day, Sir. Blinken said"
    )
    after = _prints(linter, moved, "mt.mistranslated-honorific")
    # The first and last lines are as they were: their alerts are the same ones.
    assert after[0] == before[0] and after[2] == before[2]
    assert after[1] != before[1]  # the line edited is another context
