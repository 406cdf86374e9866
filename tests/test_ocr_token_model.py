"""The learned OCR token model (`newslint.ocr_token_model`, rule ocr.likely-misread; issue 14)."""

from __future__ import annotations

import math
import os
import subprocess
import sys

from newslint import cased_lexicon
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.linters import load_rules
from newslint.ocr_token_model import (
    FEATURES,
    THRESHOLD,
    WEIGHTS,
    _best_edit_neighbour,
    likely_misreads,
    probability,
    tokens,
)

SCANNED = "Tbe men arc ready, and tliat is tho 2oth day. "


def test_weights_match_the_features() -> None:
    assert len(WEIGHTS) == len(FEATURES)
    assert 0.5 <= THRESHOLD < 1.0


def test_tokens_carry_one_value_per_feature() -> None:
    found = list(tokens(SCANNED + "He saw im receive it.", zipf, cased_lexicon.english().has, 0.1))
    assert found and all(len(t.features) == len(FEATURES) for t in found)
    assert all(0.0 < probability(t.features) < 1.0 for t in found)
    assert all(not math.isnan(v) for t in found for v in t.features)


def test_edit_neighbours_through_deletions() -> None:
    assert _best_edit_neighbour("tl", zipf)[1] == "to"  # a letter changed
    assert _best_edit_neighbour("eliberately", zipf)[1] == "deliberately"  # a letter dropped
    assert _best_edit_neighbour("thee", zipf)[1] in {"the", "three", "there", "these", "then"}


def test_misreads_in_scanned_copy_only() -> None:
    text = SCANNED + "He saw im receive a letter from the clerk."
    found = list(likely_misreads(text, zipf, cased_lexicon.english().has, 0.1))
    assert any(text[s:e] == "im" and fix == "in" for s, e, fix in found)
    linter = Linter(load_rules(), select=["ocr.likely-misread"])
    assert any(text[f.start : f.end] == "im" for f in linter.lint(Document.from_raw(text)))
    typed = "He saw im receive a letter from the clerk, and the men were ready."
    assert linter.lint(Document.from_raw(typed)) == []


def test_the_rule_sets_the_probability_it_reports_at() -> None:
    text = SCANNED + "He saw im receive a letter from the clerk."
    rules = load_rules()
    for rule in rules:
        if rule.id == "ocr.likely-misread":
            assert rule.option("min_probability") == THRESHOLD
            rule.options["min_probability"] = 1.0  # no logistic score reaches it
    linter = Linter(rules, select=["ocr.likely-misread"])
    assert linter.lint(Document.from_raw(text)) == []


def test_a_sentence_opening_word_is_asked_as_its_lower_case_form() -> None:
    # "Tho" opening a sentence is "tho" with the sentence's capital: the model weighs it so, and
    # the reading it proposes keeps the capital.
    text = SCANNED + "Tho keeper said he had come. He saw it."
    found = list(likely_misreads(text, zipf, cased_lexicon.english().has, 0.1))
    assert any(text[s:e] == "Tho" and fix == "The" for s, e, fix in found)
    dashed = SCANNED + "The seed is sown in the drill.— Os course the crop is cut."
    asked = {t.word for t in tokens(dashed, zipf, cased_lexicon.english().has, 0.1)}
    assert "Os" in asked  # a dash after the full stop: the sentence still opens there


def test_a_capital_after_a_title_or_before_a_surname_is_a_name() -> None:
    # A title's full stop ends no sentence ("Mr. Vest"), and a capitalised word before another
    # is a given name before a surname ("Tom Dixon"): neither is asked about.
    text = SCANNED + "Mr. Vest said so. Capt. Roald came. Tom Dixon spoke."
    asked = {t.word for t in tokens(text, zipf, cased_lexicon.english().has, 0.1)}
    assert not asked & {"Vest", "Roald", "Tom"}


def test_a_sentence_opening_is_read_back_in_place_as_the_text_before_it_reads() -> None:
    """`_opens_sentence` reads back from the token; the definition it keeps is the one over a
    copy of the text before it (which made a long page quadratic)."""
    import random

    from newslint.ocr_token_model import (
        _ABBREVIATION_END,
        _OPENERS,
        _SENTENCE_ENDS,
        _opens_sentence,
    )

    def by_copy(text: str, start: int) -> bool:
        before = text[:start].rstrip(_OPENERS)
        if not before.strip():
            return True
        if before.rstrip(" \t").endswith("\n\n"):
            return True
        before = before.rstrip()
        return before[-1:] in _SENTENCE_ENDS and not _ABBREVIATION_END.search(before)

    pieces = [
        "Mr",
        "MIr",
        "J",
        "drill",
        "the",
        ".",
        "!",
        "?",
        "—",
        "“",
        "(",
        " ",
        "\t",
        "\n",
        "\n\n",
        "Os",
    ]
    rng = random.Random(43)
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        assert _opens_sentence(text, start) == by_copy(text, start), (text, start)


_TIED_NEIGHBOURS = """
from newslint.lexicon import zipf
from newslint.ocr_token_model import _best_edit_neighbour
print([_best_edit_neighbour(word, zipf)[1] for word in ("aker", "ake", "ont", "tne", "wiil")])
"""


def test_an_edit_neighbour_is_the_same_whatever_the_hash_seed() -> None:
    # Equally common neighbours ("baker", "maker") came out in a set's order, which the
    # interpreter's string hash seed changes from one run to the next.
    answers = {
        subprocess.run(
            [sys.executable, "-c", _TIED_NEIGHBOURS],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(answers) == 1, answers
