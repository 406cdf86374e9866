"""The sign "¬" OCR engines write for a printed line break's hyphen (own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.ocr_gate import EVIDENCE_KINDS
from newslint.ocr_shapes import PrintShapes
from newslint.signals import ocr_signal

from .conftest import rules_at

NOTICE = (
    "The board has taken the follow¬ ing action on the fre¬\nquency of the station, and "
    "granted a construction per¬ mit to the company."
)


def test_a_break_sign_before_the_rest_of_the_word_is_a_hyphen_break(linter: Linter) -> None:
    assert "ocr.hyphen-break" in rules_at(linter, NOTICE, "follow¬ ing")
    assert "ocr.hyphen-break" in rules_at(linter, NOTICE, "fre¬\nquency")


def test_the_signal_counts_break_signs_as_line_end_breaks() -> None:
    signal = ocr_signal(NOTICE, Vocabulary().zipf)
    assert signal.counts[EVIDENCE_KINDS.index("break")] == 3


def test_the_word_before_a_break_sign_has_no_odd_shape(linter: Linter) -> None:
    assert not PrintShapes().unprinted("follow¬") and PrintShapes().unprinted("fol¬low")
    assert "ocr.odd-shape" not in rules_at(linter, NOTICE, "follow¬")


def test_the_sign_inside_mojibake_is_no_break() -> None:
    text = "It isnââ¬â¢t over; the reporters lef¬t early."
    signal = ocr_signal(text, Vocabulary().zipf)
    assert signal.counts[EVIDENCE_KINDS.index("break")] == 0


# A text view that sets each printed line a blank line apart (own text).
SPACED = (
    "The expenditures for the bi-ennial per-\n\niod were paid by the Un-\n\niversity, and the "
    "Lecislnture and the Govemor were told of tbe sum.\n"
)


def test_a_break_over_a_blank_line_is_a_hyphen_break_and_counted(linter: Linter) -> None:
    assert "ocr.hyphen-break" in rules_at(linter, SPACED, "per-\n\niod")
    assert "ocr.hyphen-break" in rules_at(linter, SPACED, "Un-\n\niversity")
    signal = ocr_signal(SPACED, Vocabulary().zipf)
    assert signal.counts[EVIDENCE_KINDS.index("break")] == 2


def test_a_paragraph_that_ends_on_a_dash_is_no_break_over_a_blank_line() -> None:
    text = "They voted for the plan -\n\nand then went home."
    assert ocr_signal(text, Vocabulary().zipf).counts[EVIDENCE_KINDS.index("break")] == 0
