"""typography.paragraph-without-full-stop on one long line (issue 15): the run to the line's last
sentence end is read forwards, a sentence at a time, with the same matches as the greedy run read
backwards that it replaced (texts written here)."""

from __future__ import annotations

import random

import regex

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULE = "typography.paragraph-without-full-stop"
# The run as it was: greedy to the line's end, then back to the last sentence end.
BACKWARDS = r'(?>[^\n]*\p{Ll}{2}[.!?][”"’]?[ \t]+)'
FORWARDS = r'(?:[^\n]*?\p{Ll}{2}[.!?][”"’]?[ \t]+)++'
WORDS = ("the", "a", "word", "Ann", "Lee", "by", "and", "&", "U.S.", "it", "was", "of", "Zq", "é",
         "3.5", "a.m.")  # fmt: skip
ENDS = (". ", "! ", "? ", ".” ", ".’  ", ". \t", ".", " . ", '." ', ".\n")
BREAKS = ("\n\nNext.", "\n \n\n x", "\n", "\nx", "\n\n", "\n\n\n  The")


def _rule() -> tuple[Linter, str]:
    (rule,) = [rule for rule in load_rules() if rule.id == RULE]
    return Linter([rule]), str(rule.options["pattern"])


def _text(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 6)):
        parts.append(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 12))))
        parts.append(rnd.choice(ENDS))
    parts.append(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 10))))
    parts.append(rnd.choice(("", " ", "\t", ".")) + rnd.choice(BREAKS))
    return "".join(parts) * rnd.randint(1, 2)


def test_the_forward_run_finds_what_the_backward_run_found() -> None:
    _, pattern = _rule()
    assert pattern.count(FORWARDS) == 1
    flags = regex.VERSION1 | regex.MULTILINE
    now = regex.compile(pattern, flags)
    before = regex.compile(pattern.replace(FORWARDS, BACKWARDS), flags)
    rnd = random.Random(44)
    reported = 0
    for _ in range(4_000):
        text = _text(rnd)
        found = [(m.span(), m.span("word")) for m in now.finditer(text)]
        assert found == [(m.span(), m.span("word")) for m in before.finditer(text)], text
        reported += bool(found)
    assert reported > 50  # the texts reach the rule's matches, not only its failures


def test_a_long_line_costs_its_length_once() -> None:
    linter, _ = _rule()
    # A line with no sentence end, then one whose last sentence (315 KB) is full of initials'
    # points: read backwards from the line's end, this document's regex cost 3.9 s, and the rule
    # stopped with a notice. The time is measured by benchmarks/adversarial.py's initials-line.
    no_end = "word other " * 60_000
    long_tail = "It ended in the town. " + "in the U.S. and U.K. " * 15_000 + "of the old harbour"
    found = linter.lint(Document(f"{no_end}\n\n{long_tail}\n\nThe next one.\n"))
    assert [(f.rule, f.start) for f in found] == [(RULE, len(no_end) + len(long_tail) - 5)]
