"""Checks that read the document's shared pass (`Document.runs`, `.names`, `.word_counts`)
instead of scanning the text with a word pattern of their own answer what the pattern
answered (issue 15: one tokenisation per document)."""

from __future__ import annotations

import itertools
import random

from newslint.checks.case_phrases import WORD
from newslint.checks.case_variety import _may_stand_in_capitals
from newslint.document import Document
from tests.conftest import reported

# Letters of each case, a digit, the marks `WORD` joins parts with or refuses beside a word, a
# letter with no case, a title-case letter, and spaces.
ALPHABET = "aBcDEF1-'’._@/#ǅא "


def _in_capitals(text: str, min_letters: int) -> bool:
    """What the pattern says: some word in capitals at least `min_letters` long."""
    return any(len(w) >= min_letters and w.isupper() for w in WORD.findall(text))


def _texts() -> list[str]:
    rng = random.Random(62)
    short = ["".join(p) for p in itertools.product("aB-’ ", repeat=4)]
    varied = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 24))) for _ in range(6000)]
    written = [
        "NATO said Nato would", "the UK's plan", "a NON-PROLIFERATION treaty", "US-based tests",
        "I said so", "COVID19 cases", "e-MAIL", "ǅB-C", "אב-CD", "AB’CD", "@NATO and #COVID",
    ]  # fmt: skip
    return short + varied + written


def test_the_runs_never_rule_out_a_word_in_capitals() -> None:
    # The gate may say yes where no such word stands (the pattern then decides), never no where
    # one does: that would lose a finding.
    for text in _texts():
        doc = Document(text)
        for min_letters in (1, 2, 4):
            if _in_capitals(text, min_letters):
                assert _may_stand_in_capitals(doc, min_letters), (text, min_letters)


def test_the_gate_is_shut_on_a_page_without_capitals() -> None:
    doc = Document("The minister said the Nato summit would meet in Vilnius. I agreed.")
    assert not _may_stand_in_capitals(doc, 4)
    assert _may_stand_in_capitals(Document("The NATO summit met."), 4)
    assert _may_stand_in_capitals(Document("The UK-EU deal."), 4)  # parts joined by a hyphen


def test_case_variety_still_compares_an_acronym_with_its_word_form() -> None:
    text = (
        "The regional health office said new COVID cases rose again this week in the city.\n\n"
        "Officials said the Covid figures were still below last winter and the Covid wards, "
        "which opened in March, were half empty on Tuesday morning.\n"
    )
    assert reported(text, "consistency.case-variety") == ["COVID"]


def test_foreign_spelling_still_reads_the_capitalised_words() -> None:
    text = (
        "Clinics were busy during the outbreak Koronavirus, and later the spread Koronavirus eased."
    )
    assert reported(text, "consistency.foreign-spelling") == ["Koronavirus", "Koronavirus"]
    # Shorter than `SHORTEST`, or not a capital before lower case: not read.
    assert (
        reported(
            "The outbreak Korva and the spread KORONAVIRUS eased.", "consistency.foreign-spelling"
        )
        == []
    )
