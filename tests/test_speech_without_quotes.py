"""First-person speech after a speech verb with its quotation marks dropped (texts written
here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.speech-without-quotes"


def _words(linter: Linter, text: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == _RULE]


def test_speech_after_a_comma_or_colon_with_no_marks_is_reported(linter: Linter) -> None:
    text = (
        "The harbour master said, if we open the gates tonight, the boats will leave.\n\n"
        "Ola Berg continued: The storm damaged our quay.\n"
    )
    assert _words(linter, text) == ["if", "The"]


def test_quoted_reported_and_the_writers_own_speech_stay_silent(linter: Linter) -> None:
    text = (
        "The harbour master said, “if we open the gates, the boats will leave.”\n\n"
        "As I said, we will open the gates.\n\nOla Berg said the storm damaged the quay.\n"
    )
    assert _words(linter, text) == []


def test_a_long_paragraph_of_reported_speech_costs_its_length_once() -> None:
    """A "said," whose paragraph holds no first-person word before a quotation mark (or its
    end) skips to that mark: every later one before it fails too. The look-ahead from each of
    them to the paragraph's end made 80 KB of such prose take 22 s (its regex timed out). The
    time is measured by benchmarks/adversarial.py's reported-speech-paragraph shape."""
    from newslint.linters import load_rules

    only = Linter([rule for rule in load_rules() if rule.id == _RULE])
    reported = "The minister said, on Thursday, that the talks would continue. " * 1_300
    quoted = "The mayor added, the port was full, and then “we left” she said. " * 1_300
    text = f"{reported}\n\n{quoted}\n\nOla Berg continued: The storm damaged our quay.\n"
    assert _words(only, text) == ["The"]
