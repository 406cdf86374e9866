"""A consistency rule searches each variant only in the ranges the gate opened it in (issue 15):
on a long document, judged chunk by chunk, it reports what an ungated linter reports."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.gate import CHUNK_CHARS
from newslint.linters import load_rules

FILLER = "The council met on a wet afternoon and talked about the bridge for an hour.\n"
MIXED = (
    "Mr. Okafor said the plan would organise the repairs.\n",
    "Mr Okafor added that the town must organize the money.\n",
    "Dr. Lindqvist wrote the report in the U.S. last year.\n",
    "Dr Lindqvist later moved back from the US to Norway.\n",
)


def _text() -> str:
    lines: list[str] = []
    for at, line in enumerate(MIXED):
        lines += [FILLER] * (40 + 90 * at) + [line, "\n"]
    return "".join(lines + [FILLER] * 60)


def test_ranged_variants_report_what_a_whole_search_reports() -> None:
    rules = [rule for rule in load_rules() if rule.kind == "consistency"]
    gated, ungated = Linter(rules, gate_after=0), Linter(rules, gated=False)
    text = _text()
    assert len(text) > 4 * CHUNK_CHARS
    opened = gated.gate.open_parts(text)
    ranged = [r for parts in opened.values() for r in parts.values() if r]
    assert ranged and all(sum(e - s for s, e in r) < len(text) for r in ranged)
    expected = ungated.lint(Document.from_raw(text))
    assert {f.rule for f in expected} >= {"consistency.honorific-period", "consistency.ise-ize"}
    assert gated.lint(Document.from_raw(text)) == expected
