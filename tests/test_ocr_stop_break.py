"""A printed line break's hyphen read as a full stop ("pri. soners"): `ocr.hyphen-break` offers the
join where the pieces make a common word and one of them is no word (own texts)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

from .conftest import rules_at

RULE = "ocr.hyphen-break"


def test_a_full_stop_for_the_break_hyphen_is_a_hyphen_break(linter: Linter) -> None:
    text = "Money passed between the pri. soners, and an addi. tional fine was set by the bench."
    assert RULE in rules_at(linter, text, "pri. soners")
    assert RULE in rules_at(linter, text, "addi. tional")


def test_the_join_is_offered_not_applied(linter: Linter) -> None:
    text = "He made a long state. ment to the police on Monday."
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == RULE]
    assert [text[f.start : f.end] for f in found] == ["state. ment"]
    assert list(found[0].suggestions) == ["statement"]
    assert found[0].fix is None or found[0].fix.applicability != "safe"


def test_sentences_and_abbreviations_are_left_alone(linter: Linter) -> None:
    # both pieces words ("web. site"), a function word after the stop, abbreviations' stops
    text = "We built a web. site traffic grew, he said. then the u.s. army and e.g. ment came."
    assert RULE not in {f.rule for f in linter.lint(Document.from_raw(text))}
