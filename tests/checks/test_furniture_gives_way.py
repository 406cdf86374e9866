"""A line of page furniture stays one finding when another rule finds a smaller problem inside it;
it gives way to the boilerplate patterns, to findings covering half of it and, on a page that reads
as scanned, to OCR damage (own texts)."""

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


# A page that reads as scanned: glyph misreadings in its paragraphs, a running head above them.
SCANNED_BODY = (
    "The secretary reported that letters were sent to everv parish in the district, and that "
    "in manv of them the returns came back within the month. The committee thanked the clerk "
    "for his care with the accounts, which were found correct in every part, and it resolved "
    "that the report be printed for the members before the spring meeting of the society.\n\n"
    "The treasurer said the new hall would be ready by the autumn, and tbe members voted to "
    "hold the winter meeting there. A letter from the bishop was read and ordered to be kept.\n"
)
TYPED_BODY = (
    "The council met on Monday and agreed to publish the plans for the new harbour before the "
    "summer, its chairman said after a long meeting. The vote was eight to two.\n\n"
    "The plans will be shown at the library from June, the clerk said.\n"
)
HEAD = "Parish Notes | {} Weekly Courier | Page 4"


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
    typed = Document.from_raw(TYPED_BODY)
    scanned = Document.from_raw(SCANNED_BODY)
    assert not check.gives_way(line, [at("typography.double-space", 110, 112)], typed)
    assert not check.gives_way(line, [at("mt.glued-at-capital", 120, 135)], typed)  # 15 of 40
    assert check.gives_way(line, [at("mt.glued-at-capital", 115, 140)], typed)  # 25 of 40
    assert check.gives_way(line, [at("ocr.non-word", 110, 114)], scanned)
    assert not check.gives_way(line, [at("ocr.non-word", 110, 114)], typed)
    assert check.gives_way(line, [at("ocr.non-word", 105, 130)], typed)  # 25 of 40
    assert check.gives_way(line, [at("scrape.boilerplate-line", 100, 140)], typed)
    assert check.gives_way(line, None, typed)  # a finding reaching in from before the line


def test_a_scanned_pages_running_head_is_reported_once_by_the_ocr_rules() -> None:
    head = HEAD.format("Tlie")  # the scanner's "Tlie" for "The"
    text = f"{head}\n\n{SCANNED_BODY}"
    found = Linter(load_rules(), ignore=["grammar"]).lint(Document.from_raw(text))
    on_head = [f.rule for f in found if f.start < len(head)]
    assert "ocr.character-confusion" in on_head
    assert "scrape.furniture-block" not in on_head


def test_a_typed_pages_label_line_keeps_its_finding_beside_an_ocr_rules() -> None:
    head = HEAD.format("The")
    text = f"{head}\n\n{TYPED_BODY}"
    found = Linter(load_rules(), ignore=["grammar"]).lint(Document.from_raw(text))
    spans = [(f.rule, text[f.start : f.end]) for f in found]
    assert ("scrape.furniture-block", head) in spans
    assert any(rule.startswith("ocr.") for rule, _ in spans)  # the separators, read as marks


def test_the_index_says_which_findings_start_inside_a_span() -> None:
    index = FindingIndex([at("a.b", 10, 14), at("a.c", 20, 22), at("a.d", 30, 31)])
    assert [f.rule for f in index.within(9, 25) or []] == ["a.b", "a.c"]
    assert index.within(12, 25) is None  # a.b starts before 12 and reaches in
    assert index.within(23, 29) == []
    assert index.covers(12, 13) and not index.covers(23, 29)
