"""A line of page furniture stays one finding when another rule finds a smaller problem inside it;
it gives way to the boilerplate patterns, to OCR damage and to findings covering half of it."""

from __future__ import annotations

from newslint.checks.furniture_block import FurnitureBlockCheck
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules
from newslint.span_index import FindingIndex

STORY = (
    "The harbour board met on Monday after a week of delays, its chairman said, and agreed to "
    "meet again at the end of the month to settle the questions of tariffs and berths that had "
    "kept the two ports apart for most of the year."
)


def at(rule: str, start: int, end: int) -> Finding:
    return Finding(rule, "warning", "", start, end)


def test_a_stamp_line_with_a_double_space_inside_is_still_furniture() -> None:
    stamp = "Updated 09:14 GMT  |  Jane Doe"
    text = f"Harbour board meets again after delays\n\n{stamp}\n\n{STORY}\n"
    found = Linter(load_rules(), ignore=["grammar"]).lint(Document.from_raw(text))
    spans = [(f.rule, text[f.start : f.end]) for f in found]
    assert ("scrape.furniture-block", stamp) in spans
    assert ("typography.double-space", "  ") in spans  # the smaller problem is still reported


def test_it_gives_way_to_its_pack_to_ocr_damage_and_to_half_of_it() -> None:
    rule = next(r for r in load_rules() if r.id == "scrape.furniture-block")
    check = FurnitureBlockCheck(rule, Vocabulary())
    line = at(rule.id, 100, 140)
    assert not check.gives_way(line, [at("typography.double-space", 110, 112)])
    assert not check.gives_way(line, [at("mt.glued-at-capital", 120, 135)])  # 15 of 40
    assert check.gives_way(line, [at("mt.glued-at-capital", 115, 140)])  # 25 of 40
    assert check.gives_way(line, [at("ocr.non-word", 110, 114)])
    assert check.gives_way(line, [at("scrape.boilerplate-line", 100, 140)])
    assert check.gives_way(line, None)  # a finding reaching in from before the line


def test_the_index_says_which_findings_start_inside_a_span() -> None:
    index = FindingIndex([at("a.b", 10, 14), at("a.c", 20, 22), at("a.d", 30, 31)])
    assert [f.rule for f in index.within(9, 25) or []] == ["a.b", "a.c"]
    assert index.within(12, 25) is None  # a.b starts before 12 and reaches in
    assert index.within(23, 29) == []
    assert index.covers(12, 13) and not index.covers(23, 29)
