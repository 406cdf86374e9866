"""Faster text scans give the results of the slow ones they replace: normalisation for repeats,
mixed-script words and legacy mojibake tokens searched only around the characters they need
(texts written here; lookups are in test_throughput_lookups.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document
from tests.checks.helpers import make_check

from .conftest import examples


# Beyond ASCII: marks read as ASCII punctuation (quotes, dashes, "…", "«", "€", U+2028, U+2060),
# and letters and figures among them that are not ("ª", "µ", "½", "²", "ⁱ", "ⁿ").
@given(
    st.text(
        alphabet="aB1 \t\n.,'-_\x1c\x7féİß’“Σ\u0301\u00a0٣–—…«€\u2028\u2060ªµ½²ⁱⁿ\u20c0",
        max_size=40,
    )
)
def test_normalised_text_is_the_non_word_regex_substitution(text: str) -> None:
    from newslint.checks.repetition import _NOT_WORD, normalise

    assert normalise(text) == _NOT_WORD.sub(" ", text.casefold()).strip()


def test_ascii_text_is_normalised_without_the_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    # The repetition rules fold ~13,000 lines and sentences a megabyte; the regex substitution
    # cost ~0.6 s a megabyte of distinct copy.
    from newslint.checks import repetition

    searched: list[str] = []
    real = repetition._NOT_WORD

    class Counting:
        def sub(self, replacement: str, text: str) -> str:
            searched.append(text)
            return str(real.sub(replacement, text))

    monkeypatch.setattr(repetition, "_NOT_WORD", Counting())
    assert repetition.normalise("  The Mayor's  PLAN, (again)!\n") == "the mayor s plan again"
    assert searched == []
    # curly quotes, dashes and ellipses are the marks of most copy beyond ASCII
    assert repetition.normalise("“The Mayor’s plan” — again…") == "the mayor s plan again"
    assert searched == []
    assert repetition.normalise("“The Mayor’s Été”") == "the mayor s été"
    assert len(searched) == 1


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="ab Zé\u0301\u0483\u0482\u0375;.-1\n’аеВжαβΩϊ", max_size=30))
def test_words_with_foreign_letters_are_the_mixed_script_regex_matches(text: str) -> None:
    from newslint.checks.encoding import _WORD_WITH_FOREIGN, words_with_foreign_letters

    expected = [m.span() for m in _WORD_WITH_FOREIGN.finditer(text)]
    assert [m.span() for m in words_with_foreign_letters(text)] == expected


class _CountingSearch:
    """Stands in for a compiled pattern and records how many characters each search covers."""

    def __init__(self, real: Any, searched: list[int]) -> None:
        self.real = real
        self.searched = searched

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        self.searched.append(end - pos)
        return self.real.finditer(text, pos, end)


def test_mixed_script_words_are_searched_only_around_foreign_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The word regex tried every position of the text, and each word's letters from each of
    # them: 0.3 s for 0.8 MB of copy with a Greek letter somewhere in it.
    from newslint.checks import encoding

    searched: list[int] = []
    monkeypatch.setattr(
        encoding, "_WORD_WITH_FOREIGN", _CountingSearch(encoding._WORD_WITH_FOREIGN, searched)
    )
    check = make_check("encoding", detect="mixed-script")
    text = "The council met on Monday. " * 400 + "The plan was tаlked over, the α particle too.\n"
    assert [text[f.start : f.end] for f in check.run(Document(text))] == ["tаlked"]
    assert sum(searched) <= len("tаlked") + len("α")


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="ab Z,.;:!?()\"'-1\t\néÃ©»€™\u00a0\u3000日ж’", max_size=30))
def test_high_tokens_are_the_legacy_token_regex_matches(text: str) -> None:
    from newslint.checks.legacy_mojibake import _HIGH_TOKEN, high_tokens

    assert [m.span() for m in high_tokens(text)] == [m.span() for m in _HIGH_TOKEN.finditer(text)]


def test_legacy_tokens_are_searched_only_in_words_with_high_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The token regex's look-behind was tried at every character of a text with one legacy-
    # looking pair anywhere in it: 0.1 s for 0.8 MB of distinct copy.
    from newslint.checks import legacy_mojibake

    searched: list[int] = []
    monkeypatch.setattr(
        legacy_mojibake, "_HIGH_TOKEN", _CountingSearch(legacy_mojibake._HIGH_TOKEN, searched)
    )
    text = "The council met on Monday. " * 400 + "Prices rose by 5€™ and the café shut.\n"
    list(make_check("legacy-mojibake").run(Document(text)))
    assert sum(searched) <= len("5€™") + len("café")
