"""A label glued after a line's last sentence, judged by the furniture model's learned token
weights (`furniture_learned_tail`), alone and through the shipped rule set."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_learned_tail import LEARNED_TAIL, learned_tail
from newslint.linters import load_rules
from newslint.textblocks import blocks

WEIGHTS = {"read": 0.8, "more": 0.9, "this": 0.31, "video": -0.2, "explains": 0.0, ".": -0.4}
SENTENCE = "The council approved the plan after a long debate on Tuesday evening."


def _tail(text: str) -> str | None:
    (block,) = blocks(text)
    found = learned_tail(text, block, WEIGHTS)
    return None if found is None else text[found[1] : found[2]]


def test_a_label_after_the_last_sentence_is_the_tail_reported() -> None:
    assert _tail(f"{SENTENCE} Read More") == "Read More"
    assert _tail(f"{SENTENCE} READ MORE") == "READ MORE"  # tokens are casefolded
    assert _tail(f"{SENTENCE} ...Read more") == "...Read more"


def test_the_reason_names_the_learned_label() -> None:
    (block,) = blocks(f"{SENTENCE} Read more")
    found = learned_tail(f"{SENTENCE} Read more", block, WEIGHTS)
    assert found is not None and found[0] == LEARNED_TAIL


def test_prose_closing_a_paragraph_weighs_too_little() -> None:
    assert _tail(f"{SENTENCE} This video explains more.") is None
    assert _tail(f"{SENTENCE} This") is None  # one token needs the higher weight


def test_no_sentence_before_it_no_tail() -> None:
    assert _tail("Read more about the plan Read More") is None  # no sentence end before
    assert _tail("Vote now. Read More") is None  # too little prose before the tail


def test_without_token_weights_nothing_is_read() -> None:
    text = f"{SENTENCE} Read More"
    (block,) = blocks(text)
    assert learned_tail(text, block, {}) is None


@pytest.mark.parametrize(
    ("tail", "reported"),
    [("READ MORE", True), ("Read More →", True), ("This video explains more.", False)],
)
def test_the_shipped_rule_reports_a_learned_tail(tail: str, reported: bool) -> None:
    text = f"A left-wing pundit warned that only a complete overhaul can resolve the crisis. {tail}"
    findings = Linter(load_rules()).lint(Document.from_raw(text))
    spans = {text[f.start : f.end] for f in findings if f.rule == "scrape.furniture-block"}
    assert (tail in spans) is reported


def test_a_label_after_a_teasers_cut_takes_the_cut_with_it() -> None:
    text = f"{SENTENCE} The mayor… Read more"
    (block,) = blocks(text)
    found = learned_tail(text, block, WEIGHTS)
    assert found is not None and text[found[1] : found[2]] == "The mayor… Read more"


def test_a_block_with_a_stamp_at_its_start_reports_its_learned_tail_too() -> None:
    text = (
        " date 2020-05-02 The factory made a significant contribution to the country's chemical"
        " industry and its food production, the agency said. Kim… Read full story"
    )
    findings = Linter(load_rules()).lint(Document.from_raw(text))
    spans = [text[f.start : f.end] for f in findings if f.rule == "scrape.furniture-block"]
    assert any(s.startswith("date 2020-05-02") for s in spans)
    assert any(s.endswith("Read full story") for s in spans)
