"""The document's lines and their words, cut once (`Document.lines`) for the page's blocks and
the checks that read line by line: the same lines and words each reader cut for itself before
(issue 15), whatever the letters, marks and breaks."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.stamp_line import _lines
from newslint.document import Document
from newslint.textblocks import blocks, english_stopwords, make_block, nonblank_lines
from newslint.tokens import LETTER_WORD, text_lines

from .conftest import examples

_EVERY_LINE = regex.compile(r"[^\n]+")

# Letters with and without case, combining marks, the apostrophes (ʼ is a letter), hyphens,
# digits, spaces of several kinds and every line break.
_PIECES = [
    "word", "Ünïcode", "cafe\u0301", "İstanbul", "Straße", "ſtate", "don't", "it’s", "dʼAlba",
    "o'", "'quoted'", "so-called", "B52s", "12", "x2y", " ", "  ", "\t", "\u00a0", "\u2003",
    "\n", "\n\n", "\r\n", "\r", "\u2028", "\x1c", ".", ",", "ß", "’", "'", "ʼ",
]  # fmt: skip


def _expected(text: str) -> list[tuple[int, int, list[str]]]:
    return [
        (m.start(), m.end(), LETTER_WORD.findall(m.group())) for m in _EVERY_LINE.finditer(text)
    ]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_lines_and_words_are_those_each_reader_cut(text: str) -> None:
    assert [tuple(line) for line in text_lines(text)] == _expected(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_a_block_counts_the_words_of_its_own_text(text: str) -> None:
    """A block's words are read from its lines; they are the words of its text."""
    stop = english_stopwords()
    for block in blocks(text):
        words = LETTER_WORD.findall(block.text)
        density = sum(w.lower() in stop for w in words) / len(words) if words else 0.0
        assert (block.words, block.stop_density) == (len(words), density)
        assert make_block(text, [(block.start, block.end)], stop).words == len(words)


def test_a_document_cuts_its_lines_once_for_blocks_and_line_readers() -> None:
    doc = Document("Headline here\n\nLe monde est petit aujourd’hui, dit-il.\n  A short line  \n")
    lines = doc.lines
    assert doc.text_blocks and doc.lines is lines
    assert [tuple(line) for line in lines] == _expected(doc.text)
    assert nonblank_lines(doc.text, lines) == [(0, 13), (15, 54), (57, 69)]
    assert [(line.start, line.end) for line in _lines(doc)] == [(0, 13), (15, 54), (57, 69)]
