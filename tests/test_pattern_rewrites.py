"""Rule patterns rewritten for speed find what their former forms found: the former form is kept
here and both search text written of the characters the patterns turn on."""

from __future__ import annotations

from functools import cache

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from .checks.helpers import builtin_options
from .conftest import examples

FLAGS = regex.VERSION1 | regex.MULTILINE

# Before a look-ahead said that every branch starts at spaces before a mark.
FORMER_SPACE_BEFORE = (
    r"(?<=[\p{L}\p{N}’”)\]]) +(?=(?P<punct>[,;])(?:\s|$)|(?P<punct>\.)(?! ?\.)(?:\s*$|\s+"
    r"[\p{Lu}“\"]))|(?<=\p{L}) +(?=(?P<punct>\.\.)(?!\.)(?:\s|$))|(?<=\p{Ll}) +(?=(?P<punct>:)"
    r"\s)|(?<=\p{N}) +(?=(?P<punct>:)\s+\p{L})|(?<=\p{Ll}) +(?=(?P<punct>[?!])(?:\s|$))"
)
# Before the line's end was reached possessively and read backwards.
FORMER_PARAGRAPH_END = r"(?m)^(?=[^\n]*\p{L}[ \t]*$)"

PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\n\n", ".", "..", "...", ",", ";", ":", "?", "!", "”", "“", '"',
     ")", "]", "’", "a", "Z", "é", "7", "U.S.", "the ", "word", "Word", " .", " ,", " :", " ?"]
)  # fmt: skip
WORDS = st.sampled_from(["the", "cat", "sat", "on", "a", "mat", "Smith", "was", "here", "and"])


@cache
def _pattern(rule_id: str) -> str:
    return str(builtin_options(rule_id)["pattern"])


def _matches(pattern: str, text: str, group: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(group), m.group(group)) for m in regex.finditer(pattern, text, FLAGS)]


@given(st.lists(PIECES, max_size=40).map("".join))
@settings(max_examples=examples(300), deadline=None)
def test_space_before_punctuation_finds_what_it_found(text: str) -> None:
    pattern = _pattern("typography.space-before-punctuation")
    assert _matches(pattern, text, "punct") == _matches(FORMER_SPACE_BEFORE, text, "punct")


@given(
    st.lists(
        st.one_of(WORDS.map(lambda w: w + " "), PIECES, st.just("Tom lost it. ")), max_size=80
    ).map("".join)
)
@settings(max_examples=examples(300), deadline=None)
def test_paragraph_without_full_stop_finds_what_it_found(text: str) -> None:
    pattern = _pattern("typography.paragraph-without-full-stop")
    start = r"(?m)^(?=[^\n]*+(?<=\p{L}[ \t]*))"
    assert pattern.startswith(start)
    former = FORMER_PARAGRAPH_END + pattern[len(start) :]
    assert _matches(pattern, text, "word") == _matches(former, text, "word")


def test_the_written_texts_reach_the_findings() -> None:
    """The strategies can write what each rule reports (else the tests above compare nothing)."""
    space = _pattern("typography.space-before-punctuation")
    assert _matches(space, "It was over . Then", "punct")
    paragraph = _pattern("typography.paragraph-without-full-stop")
    line = "the cat sat on a mat and Smith was here " * 3 + "Tom lost it. the cat sat on a mat"
    assert _matches(paragraph, line + "\n\nNext", "word")
