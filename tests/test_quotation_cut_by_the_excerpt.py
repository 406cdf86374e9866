"""A quotation of whole sentences opened in the last paragraph of a cut text (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.unbalanced-quote"


def _marks(linter: Linter, text: str) -> list[int]:
    return [f.start for f in linter.lint(Document.from_raw(text)) if f.rule == _RULE]


def test_sentences_quoted_in_the_last_paragraph_may_run_on_past_the_cut(linter: Linter) -> None:
    text = (
        "The harbour reopened on Monday.\n\n"
        "“We thank the crews,” the harbour master said. “We also thank the families who waited "
        "for news through the night.\n"
    )
    assert _marks(linter, text) == []


def test_an_attribution_after_the_mark_shows_it_had_to_close(linter: Linter) -> None:
    text = "The harbour reopened on Monday.\n\n“We thank the crews, the harbour master said.\n"
    assert _marks(linter, text) == [text.index("“")]


def test_a_mark_unclosed_before_a_later_paragraph_is_still_reported(linter: Linter) -> None:
    text = (
        "Officials said. “We thank the crews for the work.\n\nThe ferry left at noon on Monday.\n"
    )
    assert _marks(linter, text) == [text.index("“")]
