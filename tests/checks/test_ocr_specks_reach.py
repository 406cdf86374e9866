"""The words around a speck are read from its neighbourhood, never from its whole line: a scanned
page written as one line has a speck every few hundred characters, and reading the line for each
made the lone-mark check quadratic (a 0.4 MB line: 60 of its 75 seconds)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import ocr_specks
from newslint.line_words import words_around

from ..conftest import examples
from .helpers import ReadCountingText

_WORD = regex.compile(r"\S+")


def _whole_line_words(
    text: str, start: int, end: int, word: regex.Pattern[str], count: int
) -> tuple[list[str], list[str]]:
    """The words around [start, end) found by reading the whole line, as the checks once did."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = [m.group() for m in word.finditer(text, line_start, start)][-count:] if count else []
    right = [m.group() for m in word.finditer(text, end, line_end)][:count]
    return left, right


# The word patterns of the checks that read a suspect's neighbours (specks and capitals; the
# fit test's words and clause marks).
_PATTERNS = [_WORD, regex.compile(r"[\p{L}\p{N}'’]+|[.,;:!?]")]


pieces = st.sampled_from(
    ["a", "Ia", "word", "x" * 70, " ", "  ", "\t", "\n", "0", "’", "Éé", ".", "a,b", "it’s;"]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(pieces, max_size=60), st.data())
def test_the_neighbourhood_is_the_lines_words(parts: list[str], data: Any) -> None:
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    word = data.draw(st.sampled_from(_PATTERNS))
    count = data.draw(st.integers(0, 5))
    assert words_around(text, start, end, word, count) == _whole_line_words(
        text, start, end, word, count
    )


class _CountingPattern:
    """`\\S+` that counts the characters its `finditer` runs over before the caller stops."""

    read = 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        reached = pos
        try:
            for match in _WORD.finditer(text, pos, len(text) if endpos is None else endpos):
                reached = match.end()
                yield match
        finally:
            type(self).read += reached - pos


def test_a_one_line_page_is_read_near_each_speck_only(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "She said he 0 was seen at the harbour before the storm came over the hills. "
    line = sentence * 2_000  # one line, 2,000 specks
    monkeypatch.setattr(ocr_specks, "_WORD", _CountingPattern())
    ReadCountingText.read = 0
    text = ReadCountingText(line)
    found = list(ocr_specks.word_specks(text, ocr_specks_tagger))
    assert len(found) == 2_000  # "he 0 was": every speck was judged from its neighbours
    assert ReadCountingText.read + _CountingPattern.read < 200 * 2_000


def ocr_specks_tagger():  # type: ignore[no-untyped-def]
    from newslint.checks.tagging import part_of_speech_tagger

    return part_of_speech_tagger()
