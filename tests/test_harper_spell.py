"""Harper's spelling rule run apart on the words the news profile can report (issue 15): the same
grammar matches as one pass with every rule, without Harper's suggestion search for names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newslint.grammar.harper_spell import blanked, merged


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class FakeLint:
    span: Span
    lint_kind: str = "Grammar"


def lint(start: int, end: int, kind: str = "Grammar") -> FakeLint:
    return FakeLint(Span(start, end), kind)


def every(rule: str, found: FakeLint) -> bool:
    return True


def test_only_lower_case_words_said_once_reach_the_speller() -> None:
    text = "Mr. Tshisekedi did not recieve the letter, the 2nd one, from Blinken’s aide."
    words, blanks = blanked(text, text)
    assert len(words) == len(text)
    assert "recieve" in words and "letter" in words and "aide" in words
    for gone in ("Tshisekedi", "Mr", "2nd", "Blinken", "the"):  # "the" occurs twice
        assert gone not in words
    # Each blanked word with the stretch its spelling lint could cover ("Blinken’s").
    at = text.index("Blinken")
    assert (at, at + 7, at, at + len("Blinken’s")) in blanks


def test_merged_removes_overlaps_as_harper_does() -> None:
    other = {"A": [lint(0, 10), lint(12, 14)], "B": [lint(2, 5)]}
    spelling = {"SpellCheck": [lint(20, 25)]}
    found = merged(other, spelling, [], every)
    assert found == {"A": [lint(0, 10), lint(12, 14)], "B": [], "SpellCheck": [lint(20, 25)]}


def test_merged_declines_where_a_blanked_word_could_change_what_is_kept() -> None:
    # A blanked word at 30-36 that another rule's lint touches, with nothing covering it.
    touched = {"A": [lint(33, 40)]}
    assert merged(touched, {}, [(30, 36, 30, 36)], every) is None
    # Covered by a kept lint that starts before it (a long-sentence lint): its lint is removed.
    covered = {"A": [lint(20, 50)], "B": [lint(33, 40)]}
    assert merged(covered, {}, [(30, 36, 30, 36)], every) is not None
    # Untouched: its lint would overlap nothing.
    assert merged({"A": [lint(0, 5)]}, {}, [(30, 36, 30, 36)], every) is not None
    # Two lints on one span, one of which may be reported: Harper's own order decides.
    tie = {"A": [lint(0, 4)], "B": [lint(0, 4, "Style")]}
    assert merged(tie, {}, [], every) is None
    assert merged(tie, {}, [], lambda rule, found: rule == "A") is None
    assert merged(tie, {}, [], lambda rule, found: False) is not None


def test_the_split_backend_matches_one_pass_with_every_rule() -> None:
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    news = {"news_off_kinds": ("Readability", "Style"), "news_off": ("SplitWords",)}
    split = HarperBackend(**news)  # type: ignore[arg-type]
    one_pass = HarperBackend(**news)  # type: ignore[arg-type]
    one_pass.split = None
    assert split.split is not None
    text = (
        "Mr. Tshisekedi and Mr. Prigozhin met in Kinshasa. This is an test, and the ministry did "
        "not recieve the letter that Ms. Nkosazana sent on behalf of the the committee in "
        "a long sentence that goes on and on with many clauses, asides and further words that "
        "make it much longer than a reader would like, Mr. Xqzvbnm said."
    )
    found = split.check(text)
    assert found == one_pass.check(text)
    assert {m.rule for m in found} >= {"AnA", "SpellCheck"}
    # Spelling off (the user's `disable`): one pass, as before.
    assert HarperBackend(disable=("SpellCheck",)).split is None
