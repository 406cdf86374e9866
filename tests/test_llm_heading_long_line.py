"""llm.heading-marks and llm.heading-level-label on one long line (issue 15): the look-aheads
that rule out a table's columns and a figure read the line lazily (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULES = ("llm.heading-marks", "llm.heading-level-label")


def test_a_long_heading_line_is_read_once() -> None:
    linter = Linter([rule for rule in load_rules() if rule.id in RULES])
    words = "Word other " * 58_000  # 640 KB
    text = f"# {words}\n\nH2: {words}\n\n# Flood defences raised\n\nH3: What the council decided\n"
    found = [(f.rule, text[f.start : f.end]) for f in linter.lint(Document(text))]
    # Read greedily and back from the line's end, each took 3 s of regex time on such a line
    # (16 times a quarter of it): the rule would stop with a notice instead of its findings.
    # The time itself is measured by benchmarks/adversarial.py's heading-line shape.
    assert [rule for rule, _ in found] == list(RULES)
