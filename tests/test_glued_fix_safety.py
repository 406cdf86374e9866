"""mt.glued-words applies a split of an unseen capitalised token only where the page vouches for
the name: a split on statistics alone is offered, never applied (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "mt.glued-words"


def _glues(linter: Linter, text: str) -> dict[str, bool]:
    """Each glue found, and whether its fix is safe."""
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == _RULE]
    return {
        text[f.start : f.end]: f.fix is not None and f.fix.applicability == "safe" for f in found
    }


def test_names_ending_like_function_words_are_not_rewritten(linter: Linter) -> None:
    # One real glue makes the page a damaged one; the names after it are names.
    text = (
        "The mayor said the budget wouldbe ready in June.\n\n"
        "Later Laura Swainby raised the matter, Mrs Anna Mokgethe asked about roads and the "
        "midfielder Yassine Bousaid scored.\n"
    )
    glues = _glues(linter, text)
    assert glues["wouldbe"] is True
    assert [word for word, safe in glues.items() if safe] == ["wouldbe"]


def test_a_name_the_page_writes_alone_is_split_with_a_fix(linter: Linter) -> None:
    text = "Police spokesman Chidi Olumbosaid the suspects fled. Olumbo later left the scene.\n"
    assert _glues(linter, text) == {"Olumbosaid": True}
