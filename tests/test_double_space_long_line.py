"""typography.double-space on one long line (issue 15): its excuses (columns aligned with spaces)
read each line once, so a long line of double spaces is checked whole, not timed out."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULE = "typography.double-space"


def test_a_long_line_of_double_spaces_is_checked_whole() -> None:
    linter = Linter([rule for rule in load_rules() if rule.id == RULE])
    line = "word  other " * 33_000  # 396 KB, 33,000 double spaces
    found = linter.lint(Document(line + "\nThe  end.\n"))
    # Read greedily, the excuses' look-aheads cost the line's length squared: 2 s of regex
    # time on this line, and the rule stopped with a notice instead of its findings. The time
    # itself is measured by benchmarks/adversarial.py's double-spaces-line shape.
    assert [f.rule for f in found] == [RULE] * 33_001
