"""A word quoted as a word is mentioned, not written (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.mentioned_words import mentioned


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


def test_a_word_quoted_after_a_noun_naming_it_is_mentioned() -> None:
    assert mentioned(*_at("The caption held a non-word, “thecouncil,” twice.", "thecouncil"))
    assert mentioned(*_at("Readers spotted the typo 'withthe' on page two.", "withthe"))
    assert mentioned(*_at("The name was misspelled “Jonh” in print.", "Jonh"))


def test_a_quoted_word_no_noun_names_is_used() -> None:
    assert not mentioned(*_at("He called the plan “thecouncil's” idea.", "thecouncil"))
    assert not mentioned(*_at("The word came that “thecouncil voted” late.", "thecouncil"))
    assert not mentioned(*_at("The caption held a non-word thecouncil twice.", "thecouncil"))


def test_glued_words_leaves_a_mentioned_token_and_reports_a_written_one(linter: Linter) -> None:
    text = "The note says the caption held a non-word, “thecouncil,” twice. It met withthe mayor."
    found = [
        text[f.start : f.end]
        for f in linter.lint(Document.from_raw(text))
        if f.rule == "mt.glued-words"
    ]
    assert found == ["withthe"]
