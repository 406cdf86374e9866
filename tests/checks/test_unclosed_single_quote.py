"""`typography.unclosed-single-quote` as a kind of its own (issue 15): the same findings as the
pattern it replaces, in time linear in the text. Texts generated here."""

from __future__ import annotations

import random

import regex

from newslint.document import Document
from tests.conftest import surface_linter

LINTER = surface_linter()
RULE = "typography.unclosed-single-quote"
# The rule's former pattern: each left mark looked ahead to its paragraph's end.
OLD = regex.compile(
    r"(?m)(?<![\p{L}\p{N}’'‘])‘(?!(?i:s|n|em|tis|twas|til|cause)\b)(?=\p{L})"
    r"(?![^\n]*(?:\n(?=[ \t]*\p{Ll})[^\n]*)*[^\s‘][ \t]*’(?!\p{L}))"
    r"(?![^\n]*\n(?:[ \t]*\n)*[ \t]*[‘“\"])\p{L}[\p{L}\p{N}'’-]*",
    regex.VERSION1 | regex.MULTILINE,
)
PIECES = ["‘", "’", "‘", "’", " ", " ", "\t", "\n", "\n\n", "“", '"', "'", "-", ".", "‘s", "‘n’"]
PIECES += ["word", "Word", "the", "a", "x", "9", " and", "Tis", "em", "é", "\u2028", "\x1c"]


CHECK = next(check for check in LINTER.checks if check.rule.id == RULE)


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in CHECK.run(Document(text))]


def test_the_findings_are_the_former_patterns_on_random_texts() -> None:
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        assert _spans(text) == [m.span() for m in OLD.finditer(text)], repr(text)


def test_the_linter_reports_it() -> None:
    text = "He wrote, ‘Work for the city. We do not mind.\n\nThe council met."
    found = [(f.start, f.end) for f in LINTER.lint(Document(text)) if f.rule == RULE]
    assert found == [(10, 15)]


def test_a_long_line_of_unclosed_marks_is_checked_whole() -> None:
    line = " ".join(f"‘Word {i} said the man and the city council" for i in range(5000))
    assert len(_spans(line)) == 5000
    # The former look-ahead took 16 s on a fifth of this line; the time is measured by
    # benchmarks/adversarial.py's quotes-line shape.
