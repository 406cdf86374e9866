"""typography.sentence-spacing counts sentences, not titles' stops (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

RULE = "typography.sentence-spacing"


def _count(linter: Linter, text: str) -> int:
    return sum(1 for f in linter.lint(Document.from_raw(text)) if f.rule == RULE)


def test_titles_before_names_do_not_outvote_a_double_spaced_page(linter: Linter) -> None:
    text = (
        "Present: Mr. Hale, Mrs. Obi, Dr. Lund and Gen. Sato.  The clerk read the minutes.  "
        "Mr. Hale moved to adjourn.\n"
    )
    assert _count(linter, text) == 0


def test_a_lone_double_space_among_single_spaced_sentences_is_reported(linter: Linter) -> None:
    text = "The clerk read the minutes. The board agreed. Members left.  Nobody objected.\n"
    assert _count(linter, text) == 1
