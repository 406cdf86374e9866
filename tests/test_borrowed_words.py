"""benchmarks/borrowed_words.py: a borrowed word is judged alone in an English sentence, and the
made misreadings are English words one glyph misreading away (own words only)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.linters import load_rules
from tests.benchmark_pages import load_benchmark

borrowed = load_benchmark("borrowed_words")


def test_a_finding_counts_only_on_the_word_itself() -> None:
    linter = Linter(load_rules(), select=list(borrowed.RULES))
    # "compleined" is a misreading the rule reports; the frame around it draws nothing
    assert borrowed.alarms(["compleined"], linter) == [("compleined", "ocr.character-confusion")]
    assert borrowed.alarms(["council"], linter) == []


def test_made_misreadings_are_unwritten_spellings_of_common_words() -> None:
    made = borrowed.made_misreadings(300)
    assert made
    assert all(len(m) >= borrowed.MIN_LETTERS and m.isalpha() for m in made)
    assert "about" not in made


def test_bands() -> None:
    assert borrowed.band(0.0) == "< 2.0"
    assert borrowed.band(2.7) == ">= 2.5"
    assert borrowed.band(5.1) == ">= 3.5"
