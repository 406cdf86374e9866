"""One finding where a full stop meets a lower-case word: its span starts at the stop, and its
message and fix say whether the stop is stray or the next sentence lost its capital (texts
written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "structure.lowercase-sentence-start"


def _found(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    found = linter.lint(Document.from_raw(text))
    return [
        (
            text[f.start : f.end],
            f.message.split(" ")[0],
            f.fix.edits[0].replacement if f.fix else "",
        )
        for f in found
        if f.rule == _RULE
    ]


def test_a_stop_before_a_clause_that_goes_on_is_stray(linter: Linter) -> None:
    text = (
        "The growers said they were ready to help. and sent two lorries to the port. "
        "Fishing is often tied to status. while farmers seldom become famous. "
        "The new rules slowed trade across the region. recovery and growth.\n"
    )
    assert _found(linter, text) == [
        (". and", "Stray", " and"),
        (". while", "Stray", " while"),
        (". recovery", "Stray", " recovery"),
    ]


def test_a_sentence_that_stands_on_its_own_lost_its_capital(linter: Linter) -> None:
    text = "The bridge reopened on Friday. the mayor cut the ribbon. He left. and then it rained.\n"
    assert _found(linter, text) == [
        (". the", "Sentence", ". The"),
        (". and", "Sentence", ". And"),
    ]


def test_one_finding_at_the_junction(linter: Linter) -> None:
    text = "The council met the growers on Monday. while the harbour stayed shut.\n"
    found = [f for f in linter.lint(Document.from_raw(text)) if f.start <= 38 < f.end]
    assert [f.rule for f in found] == [_RULE]


def test_on_a_scanned_page_the_word_keeps_its_misreading_finding(linter: Linter) -> None:
    # a scan's full stops are specks and its words misreadings: the OCR rules report the word
    text = (
        "THE WEEKLY HERALD.\n\nThe council rnet on Tnesday in tbe town hall, and tho mayor Bpoke "
        "of the new\nbridge. Tlie road to the mill was closed for rcpairs. thk vote was taken "
        "late and the\nmembers went h0me at nine o'clock, it is said. The fair wiil open next "
        "week. Tho price of\nwheat rose in tbe market on Saturday. lie said the crop was good.\n"
    )
    found = linter.lint(Document.from_raw(text))
    at = {text[f.start : f.end]: sorted(g.rule for g in found if g.start == f.start) for f in found}
    assert at["thk"] == ["ocr.unlikely-word", _RULE]
    assert at["lie"] == ["ocr.misread-word", _RULE]


def test_that_after_a_stop_is_no_evidence_the_stop_is_stray(linter: Linter) -> None:
    # joined to the words before, "that" reads as a relative word; it opens sentences as often,
    # so the stop is kept and the word capitalised ("which" is relative only)
    text = (
        "The minister announced the tax plan. that is what the minister said on Monday.\n"
        "The council met to discuss the plan. which was approved on Monday.\n"
    )
    assert _found(linter, text) == [
        (". that", "Sentence", ". That"),
        (". which", "Stray", " which"),
    ]
