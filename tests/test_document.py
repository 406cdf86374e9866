from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.sentence_ends import is_abbreviation

from .conftest import examples


def test_positions_count_code_points_after_non_bmp_characters() -> None:
    doc = Document("a😀b\nc")
    assert doc.position(2) == (1, 3)
    assert doc.position(4) == (2, 1)


def test_crlf_and_lone_cr_are_normalised_with_raw_offsets_kept() -> None:
    raw = "one\r\ntwo\rthree\nfour"
    doc = Document.from_raw(raw)
    assert doc.text == "one\ntwo\nthree\nfour"
    assert doc.position(doc.text.index("two")) == (2, 1)
    assert doc.position(doc.text.index("four")) == (4, 1)
    for word in ("one", "two", "three", "four"):
        assert raw[doc.raw_offset(doc.text.index(word)) :].startswith(word)


def test_dominant_newline_is_remembered() -> None:
    assert Document.from_raw("a\r\nb\r\nc\n").newline == "\r\n"
    assert Document.from_raw("a\rb\rc").newline == "\r"
    assert Document.from_raw("a\nb").newline == "\n"


def test_offset_and_position_round_trip() -> None:
    doc = Document("first line\n\nsecond ünïcode line\nthird")
    for offset in range(len(doc.text) + 1):
        assert doc.offset(*doc.position(offset)) == offset


def test_paragraphs_are_blocks_of_non_blank_lines() -> None:
    doc = Document("Head\n\nPara one\nstill one.\n\n\nPara two.\n")
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == [
        "Head",
        "Para one\nstill one.",
        "Para two.",
    ]


def test_sentences_do_not_split_on_titles_initials_abbreviations_or_decimals() -> None:
    text = (
        "Mr. Blinken met U.S. officials on Jan. 5 in Washington. Antony J. Blinken said 3.5 "
        "per cent was enough. Did it work? Yes."
    )
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "Mr. Blinken met U.S. officials on Jan. 5 in Washington.",
        "Antony J. Blinken said 3.5 per cent was enough.",
        "Did it work?",
        "Yes.",
    ]


def test_sentence_after_closing_quote() -> None:
    text = "“We will act,” he said. “Now.” She left."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "“We will act,” he said.",
        "“Now.”",
        "She left.",
    ]


def test_the_token_before_a_full_stop_is_read_backwards_from_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Searching forwards for a run that ends at the full stop tried each of the forty characters
    # before it (a tenth of a second a megabyte of sentences): the run is read backwards. The
    # forward search stays only where its `$` may also stand before a line end.
    import newslint.sentence_ends as sentence_ends

    searched: list[int] = []
    real = sentence_ends._TOKEN_BEFORE

    class Recording:
        def search(self, text: str, pos: int, endpos: int) -> Any:
            searched.append(endpos)
            return real.search(text, pos, endpos)

    monkeypatch.setattr(sentence_ends, "_TOKEN_BEFORE", Recording())
    text = "Mr. Blinken met Antony J. Smith at 10 a.m. on Monday. He left."
    assert [is_abbreviation(text, i) for i in (2, 24, 41, 52)] == [True, True, True, False]
    assert searched == []
    assert is_abbreviation("He met Mr\n. Smith", 10) and searched == [10]


# Characters whose case folding does more than change a letter's case: "İ" folds to "i" and a
# combining dot (not a letter: the run is cut), U+0345 (a mark) to "ι" (a letter: runs join),
# "ß" and "ﬁ" to two letters, "ǅ" and "Σ" by their case, a circled letter and a Roman numeral.
FOLDING = "İıIi\u0307\u0345ßẞﬁǅΣσςⒶⓐⅫ9٣ Aa-'’. \n"


def _folded_runs(text: str) -> frozenset[str]:
    """The definition: the runs of letters and digits of the case-folded text."""
    import regex

    return frozenset(regex.findall(r"[\p{L}\p{N}]+", text.casefold()))


@settings(max_examples=examples(400), deadline=None)
@given(st.text(alphabet=st.sampled_from(FOLDING), max_size=24))
def test_the_vocabulary_is_the_runs_of_the_folded_text(text: str) -> None:
    assert Document(text).vocabulary == _folded_runs(text)


@pytest.mark.parametrize(
    "text", ["İstanbul and İzmir", "a\u0345b İ", "Straße, ﬁnd ǅemal", "ΣΑΣ σας Ⓐ Ⅻ 12", ""]
)
def test_the_vocabulary_of_folding_odd_characters_is_the_folded_texts(text: str) -> None:
    assert Document(text * 3).vocabulary == _folded_runs(text * 3)


class _Searches:
    """A stand-in for the runs pattern that records how much text each call reads."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)

        def recorded(text: str, *args: Any) -> Any:
            self.lengths.append(len(text))
            return method(text, *args)

        return recorded


def test_the_vocabulary_is_read_from_the_shared_runs_not_by_searching_the_text_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newslint import tokens

    text = "The Minister met İzmir's mayor in Straße 12 on Tuesday.\n\n" * 50
    doc = Document(text)
    assert doc.runs  # tokenised once, as the checks share it
    searches = _Searches(tokens._LETTER_RUN)
    monkeypatch.setattr(tokens, "_LETTER_RUN", searches)
    assert doc.vocabulary == _folded_runs(text)
    longest_run = max(len(run.text.casefold()) for run in doc.runs)
    assert max(searches.lengths, default=0) <= longest_run  # a run at most, never the text


def test_a_run_of_marks_ends_a_sentence_where_the_run_begins() -> None:
    # Tried at every mark of a run, the sentence-end pattern read the rest of the run again each
    # time (a line of 8,000 full stops took ten seconds): a match begins only at a run's start.
    import newslint.sentence_ends as sentence_ends

    run = "." * 2000
    text = f"Wait..... Then it rained?! Yes…” She left {run} Two {run} and went."
    ends = [m.span() for m in sentence_ends._SENTENCE_END.finditer(text)]
    assert [text[a:b] for a, b in ends] == [".....", "?!", "…”", run]
    assert [text[s.start : s.end] for s in Document(text).sentences] == [
        "Wait.....",
        "Then it rained?!",
        "Yes…”",
        f"She left {run}",
        f"Two {run} and went.",
    ]


def test_in_block_finds_an_offset_in_nested_and_neighbouring_blocks():
    """The blocks of a kind are merged into disjoint spans and searched by halving; a list item
    inside a longer one, and a heading after it, are still found where a scan of every block
    found them."""
    blocks = ((0, 40, "list_item"), (5, 10, "list_item"), (40, 40, "heading"), (50, 60, "heading"))  # fmt: skip
    doc = Document(text="x" * 60, path="a.md", markup="markdown", blocks=blocks)
    scanned = [
        any(s <= offset < e and k == kind for s, e, k in blocks)
        for kind in ("list_item", "heading", "table")
        for offset in range(61)
    ]
    halved = [doc.in_block(offset, kind) for kind in ("list_item", "heading", "table") for offset in range(61)]  # fmt: skip
    assert halved == scanned
    assert doc.in_block(20, "list_item") and not doc.in_block(45, "heading")
