"""The checks' passes over every token of a document run in C calls, not a Python step per token
(issue 15: a check's cost per megabyte). Counted as lines of Python run, never timed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newslint.checks.foreign_word import candidate_words
from newslint.checks.repeated_text import repeated_titles
from newslint.document import Document
from newslint.doubled_runs import doubled_runs, folded_tokens, repeats_tokens
from newslint.lexicon import NO_VOCABULARY
from newslint.ocr_attested_splits import attested_splits

from .line_count import lines_run, own_code


def _lines_run(function: Callable[..., Any], *args: Any) -> int:
    """How many lines of `function` and of the comprehensions written inside it run while it is
    called (not of the functions it calls): its own work per token shows as lines per token."""
    codes = own_code(function.__code__)
    return lines_run(codes.__contains__, function, *args)


# Prose with no word written twice in a row and no word cut in two.
_PROSE = "The harbour board met on Monday and approved the new ferry timetable for winter. "


def test_attested_splits_joins_word_pairs_without_a_python_step_per_pair() -> None:
    def lines(copies: int) -> int:
        text = _PROSE * copies + "They met at the his tory museum. History was made."
        doc = Document(text)
        assert [m.group() for m in attested_splits(text, NO_VOCABULARY.zipf, doc.runs)] == [
            "his tory"
        ]
        return _lines_run(attested_splits, text, NO_VOCABULARY.zipf, doc.runs)

    few, many = lines(10), lines(400)
    assert many <= few + 5  # main: four lines or more for each of the ~5,000 more word pairs


def test_doubled_tokens_are_found_without_a_python_step_per_token() -> None:
    def lines(copies: int) -> int:
        doc = Document(_PROSE * copies + "He said that the the talks ended.")
        assert repeats_tokens(doc, 4) and repeats_tokens(doc, 4, folded_tokens(doc.runs))
        return _lines_run(repeats_tokens, doc, 4)

    few, many = lines(10), lines(400)
    assert many <= few + 5  # main: a step for each of the ~5,000 more tokens and each length


def test_doubled_runs_read_folded_tokens_made_once() -> None:
    text = "Registration Number: 130349 Registration Number: 130349 was filed."
    doc = Document(text)
    folded = folded_tokens(doc.runs)
    assert folded[:2] == ["registration", "number"]
    expected = [(0, 28, 55)]
    assert list(doubled_runs(doc.runs, text)) == list(doubled_runs(doc.runs, text, folded))
    assert list(doubled_runs(doc.runs, text, folded)) == expected


def test_foreign_word_candidates_take_no_python_step_per_token() -> None:
    def lines(copies: int) -> int:
        text = _PROSE * copies + "The so-called rock’n’roll mayor's well- known dedi-\ncatory end"
        doc = Document(text)
        found = [run[2] for run in candidate_words(text, doc.runs)]
        # "so", "called", "rock", "n", "roll", "mayor", "well" and "dedi" are joined or short
        assert found[-4:] == ["The", "known", "catory", "end"]
        assert len(found) == 13 * copies + 4
        return _lines_run(candidate_words, text, doc.runs)

    few, many = lines(10), lines(400)
    assert many <= few + 5  # main: a step for each of the ~5,000 more runs


def test_a_line_too_long_for_a_title_or_a_bar_is_not_folded() -> None:
    def lines(words: int) -> int:
        prose = " ".join(["harbour"] * words)
        text = f"Ferry timetable approved | Harbour News\n\n“{prose}”\n\nFerry timetable approved\n"
        doc = Document(text)
        assert [first for *_, first in repeated_titles(doc, 3)] == [0]
        return _lines_run(repeated_titles, doc, 3)

    few, many = lines(100), lines(1000)
    assert many <= few + 5  # main: a step for each of the 900 more words of the long line
