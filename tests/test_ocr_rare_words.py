"""Rare real words and set-apart terms that the OCR rules leave alone (issue 14)."""

from __future__ import annotations

from newslint import cased_lexicon
from newslint.document import Document
from newslint.engine import Linter
from newslint.glossed_terms import glossed_spans
from newslint.lexicon import zipf as english_zipf
from newslint.linters import load_rules
from newslint.ocr_channel import _abbreviation_of
from newslint.ocr_non_words import _word_shaped

SCANNED = "Tbe men arc ready, and tliat is tho 2oth day; "


def _ocr(text: str) -> list[tuple[str, str]]:
    linter = Linter(load_rules(), select=["ocr"])
    return [(text[f.start : f.end], f.rule) for f in linter.lint(Document.from_raw(text))]


def test_long_word_of_english_shape_is_a_term() -> None:
    assert _word_shaped("stereopticons", english_zipf)
    # a misread letter leaves a triple English hardly writes
    assert not _word_shaped("declassificaion", english_zipf)
    assert not _word_shaped("reconsecratlon", english_zipf)
    # shorter words are judged as before
    assert not _word_shaped("tachist", english_zipf)


def test_abbreviation_opens_a_common_word() -> None:
    assert _abbreviation_of("sess") == "session"
    assert _abbreviation_of("bouse") is None
    assert _abbreviation_of("tbe") is None  # too short to tell


def test_glossed_terms() -> None:
    lexicon = cased_lexicon.english()
    text = "The rules: Giu sach (keep clean) – Rua tay (wash hands). Tbe wbich (applause) came."
    spans = [text[s:e] for s, e in glossed_spans(text, lexicon)]
    assert spans == ["Giu sach", "Rua tay"]
    assert glossed_spans("no brackets here", lexicon) == []


def test_rules_leave_rare_words_alone() -> None:
    found = _ocr(SCANNED + "the pupils used tachistoscopes; the 2nd sess. of the board met.")
    assert ("tachistoscopes", "ocr.non-word") not in found
    assert not any(word == "sess" for word, _ in found)
    typed = _ocr("The docket shewed that the plea was entered.")
    assert typed == []
    # a misreading in the same scanned page is still reported
    assert ("tbe", "ocr.character-confusion") in _ocr(SCANNED + "the men saw tbe end.")
