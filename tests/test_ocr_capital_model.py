"""The learned model for capitalised words (`newslint.ocr_capital_model`, rule ocr.likely-misread;
issue 14)."""

from __future__ import annotations

import math

from newslint import cased_lexicon
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.linters import load_rules
from newslint.ocr_capital_model import (
    FEATURES,
    THRESHOLD,
    WEIGHTS,
    Names,
    capital_tokens,
    likely_capital_misreads,
    probability,
)

SCANNED = "Tbe men arc ready, and tliat is tho 2oth day. "


def _names() -> Names:
    lexicon = cased_lexicon.english()
    return Names(lexicon.only_capitalised, lexicon.has)


def test_weights_match_the_features() -> None:
    assert len(WEIGHTS) == len(FEATURES)
    assert 0.5 <= THRESHOLD < 1.0


def test_tokens_carry_one_value_per_feature() -> None:
    text = SCANNED + "The report of the United Stales Department was read by Mr. Gowlle."
    found = list(capital_tokens(text, zipf, _names(), 0.1))
    assert {t.word for t in found} >= {"Stales"}
    assert all(len(t.features) == len(FEATURES) for t in found)
    assert all(0.0 < probability(t.features) < 1.0 for t in found)
    assert all(not math.isnan(v) for t in found for v in t.features)


def test_the_sentence_capital_is_the_lower_case_models() -> None:
    text = SCANNED + "Tho keeper said the Stales were ready."
    asked = {t.word for t in capital_tokens(text, zipf, _names(), 0.1)}
    assert "Tho" not in asked and "Stales" in asked


def test_a_word_the_page_writes_twice_is_not_asked() -> None:
    text = SCANNED + "The Stales met. The Stales rose."
    assert not [t for t in capital_tokens(text, zipf, _names(), 0.1) if t.word == "Stales"]


def test_a_misread_capital_inside_a_sentence() -> None:
    text = SCANNED + "The report of the United Stales Department was read by the clerk."
    found = list(likely_capital_misreads(text, zipf, _names(), 0.1))
    assert [(text[s:e], fix) for s, e, fix in found] == [("Stales", "States")]
    linter = Linter(load_rules(), select=["ocr.likely-misread"])
    assert any(text[f.start : f.end] == "Stales" for f in linter.lint(Document.from_raw(text)))
    typed = "The report of the United Stales Department was read by the clerk, and the men left."
    assert linter.lint(Document.from_raw(typed)) == []  # born-digital copy is never asked
