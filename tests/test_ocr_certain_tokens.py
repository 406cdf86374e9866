"""Tokens only a scanner leaves open the OCR gate on a page whose damage is otherwise too slight
(own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.ocr_certain import certain_tokens
from newslint.signals import ocr_signal

from .conftest import rules_at

# A reprinted report: two glyph misreadings, nothing else a scanner leaves.
REPRINT = (
    "The secretary reported that letters were sent to everv parish in the district, and that "
    "in manv of them the returns came back within the month. The committee thanked the clerk "
    "for his care with the accounts, which were found correct in every part, and it resolved "
    "that the report be printed for the members before the spring meeting of the society."
)
# One word broken at a lost line end into two listed words, beside a speck's comma (the tokens
# are looked for only on a page with some damage: most pages have none).
BROKEN = (
    "The secretary reported that letters were sent to every parish in the district , and the "
    "gene ration of farmers who answered them was thanked at the spring meeting of the society."
)
# Typed copy with a typist's slips: a doubled letter, a transposition, a dropped letter.
TYPED = (
    "The council said it would recieve the plans next week, and teh mayor told reporters the "
    "vote was a good step for the town and its goverment before the budget is set in March."
)


def test_glyph_misreadings_and_a_split_word_are_counted(linter: Linter) -> None:
    zipf = linter.vocabulary.zipf
    assert certain_tokens(REPRINT, ["everv", "manv"], zipf) == 2
    assert certain_tokens(BROKEN, [], zipf) == 1
    assert ocr_signal(BROKEN, zipf).certain == 1
    assert certain_tokens(TYPED, ["recieve", "teh", "goverment"], zipf) == 0


def test_they_open_the_gate_on_an_otherwise_clean_page(linter: Linter, builtin_rules: list) -> None:
    zipf = linter.vocabulary.zipf
    assert ocr_signal(REPRINT, zipf).looks_scanned(0.015, 3)
    # the gated rule runs (alone, since on the token it gives way to character-confusion's fix)
    gated = Linter(builtin_rules, select=["ocr.non-word"])
    assert "ocr.non-word" in rules_at(gated, REPRINT, "everv")
    assert ocr_signal(BROKEN, zipf).looks_scanned(0.015, 3)


def test_a_typists_slips_leave_it_shut(linter: Linter) -> None:
    assert not ocr_signal(TYPED, linter.vocabulary.zipf).looks_scanned(0.015, 3)
    assert "ocr.non-word" not in rules_at(linter, TYPED, "teh")
