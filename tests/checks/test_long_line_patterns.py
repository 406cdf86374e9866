"""Pattern rules on a page written as one very long line: a rule whose regex backtracks over
every sentence of the line costs the line's length per sentence and runs into the regex
timeout, which skips the rule for the whole document (its findings are lost, not late)."""

from __future__ import annotations

import random

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

_WORDS = "the council said on Tuesday that a plan for harbour roads would cost more than".split()


def one_line_paragraph(size: int) -> str:
    """Sentences of common words, each with a capitalised invented name, on one line."""
    rng = random.Random(7)
    sentences: list[str] = []
    total = 0
    while total < size:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
        words.insert(rng.randrange(len(words)), "Ka" + "lo" * rng.randint(1, 3) + "mer")
        sentence = " ".join(words) + " today."
        sentence = sentence[0].upper() + sentence[1:]
        sentences.append(sentence)
        total += len(sentence) + 1
    return " ".join(sentences)


@pytest.mark.slow
def test_a_megabyte_line_is_judged_by_its_last_sentence_only() -> None:
    warnings: list[str] = []
    linter = Linter(
        load_rules(), select=["typography.paragraph-without-full-stop"], warn=warnings.append
    )
    body = one_line_paragraph(1_000_000)
    # No paragraph after it: not reported, and it takes every earlier sentence end to say so
    # unless the run up to the last one is atomic (this timed out and was skipped).
    cut = f"{body} and then the talks stopped\n"
    assert linter.lint(Document(cut)) == []
    assert warnings == []
    text = f"{body} and then the talks stopped\n\nThe next paragraph starts here.\n"
    assert [text[f.start : f.end] for f in linter.lint(Document(text))] == ["stopped"]
