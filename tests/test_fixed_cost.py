"""What one small run pays for: a linter builds its gate only once it has linted enough text to
repay it, and finds the same either way."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

STORY = (
    "Sir. Blinken said on Thursday that the the talks went well.\n\n"
    "Se fler nyheter från Sverige här och i appen.\n\n"
    "Advertisement\n\nThe minister, who arrived on Tuesday , declined to comment.\n"
)


def test_one_article_is_linted_without_building_the_gate() -> None:
    linter = Linter(load_rules())
    linter.lint(Document(STORY))
    assert linter._gate is None


def test_the_gate_is_built_once_enough_text_was_linted_and_changes_no_finding() -> None:
    rules = load_rules()
    lazy, eager = Linter(rules, gate_after=3 * len(STORY)), Linter(rules, gate_after=0)
    for _ in range(4):
        assert lazy.lint(Document(STORY)) == eager.lint(Document(STORY))
    assert lazy._gate is not None and eager._gate is not None
