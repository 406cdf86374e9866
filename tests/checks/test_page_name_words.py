"""`structure.lowercase-in-page-name` cuts only the sentences holding a word it may report
(`newslint.checks.page_name_words`): it finds what cutting every sentence finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newslint.checks.page_name_case as page_name_case
from newslint.checks.page_name_words import SentenceCut, words_that_may_be_judged
from newslint.document import Document

from ..conftest import examples
from .helpers import builtin_options, make_check

OPTIONS = builtin_options("structure.lowercase-in-page-name")

# Words in both cases, names, function words, possessives, joiners and breaks: texts where a
# name's word loses its capital once, twice, in a headline or next to a hyphen.
WORDS = [
    *"Town town Hall hall State state House house Valery valery Cow cow the The of and said".split(),
    *"Reporters reporters gates Monday mayor Mayor river River Anti anti".split(),
    *"Hall's hall's State’s state’s Houses' houses' the-state anti-state @state state/".split(),
]
GLUE = [" ", " ", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", " - ", "\t", "? "]


def _texts(words: list[str], glue: list[str]) -> str:
    return "".join(w + g for w, g in zip(words, glue, strict=False)) + ".\n"


def _found(text: str) -> list[tuple[int, int, str]]:
    check = make_check("page-name-case", **OPTIONS)
    return [(f.start, f.end, f.message) for f in check.run(Document(text))]


@settings(max_examples=examples(150), deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=60),
    st.lists(st.sampled_from(GLUE), min_size=60, max_size=60),
)
def test_cutting_only_the_sentences_that_matter_finds_the_same(words, glue) -> None:  # type: ignore[no-untyped-def]
    text = _texts(words, glue)
    every = sorted({run.text for run in Document(text).runs})
    found = _found(text)
    original = page_name_case.words_that_may_be_judged
    try:  # every sentence cut: the check as it was
        page_name_case.words_that_may_be_judged = lambda doc, cut, least: every  # type: ignore[assignment]
        assert _found(text) == found
    finally:
        page_name_case.words_that_may_be_judged = original


def test_a_word_written_in_lower_case_twice_in_running_text_is_never_judged() -> None:
    check = make_check("page-name-case", **OPTIONS)
    text = (
        "Reporters waited at the Town Hall gates on Monday. The mayor left the town hall by a "
        "side door. Later the town hall closed. It rained.\n"
    )
    doc = Document(text)
    cut = SentenceCut(doc, check._lists, check._running_text)
    assert words_that_may_be_judged(doc, cut, 4) == []
    assert len(cut._lists) < len(doc.sentences)  # "It rained." was never cut
    once = text.replace("Later the town hall closed", "Later it closed")
    doc = Document(once)
    cut = SentenceCut(doc, check._lists, check._running_text)
    assert words_that_may_be_judged(doc, cut, 4) == ["Hall", "Town", "hall", "town"]
