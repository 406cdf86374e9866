"""mt.glued-words asks the dictionary once per word (issue 15): its remembered answer is the
dictionary's, and a document it has seen before gets the same findings. Texts written here."""

from __future__ import annotations

from newslint.cased_lexicon import english
from newslint.checks.lexicon_glued import GluedCheck
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules

TEXT = (
    "The Councilmet on Monday and the mayor said thecompany would pay. Mayor Dunmore\n"
    "told reporters the plan was sound, and the Council agreed with the obits editor."
)


def _check() -> tuple[Linter, GluedCheck]:
    linter = Linter([r for r in load_rules() if r.id == "mt.glued-words"], vocabulary=Vocabulary())
    check = linter.checks[0]
    assert isinstance(check, GluedCheck)
    return linter, check


def test_the_remembered_answer_is_the_dictionarys() -> None:
    _, check = _check()
    words = ["Council", "council", "Councilmet", "obits", "Dunmore", "thecompany", "said"]
    for word in words * 2:  # asked, then read back
        assert check._licensed.has(word) == english().has(word), word


def test_a_document_seen_again_gets_the_same_findings() -> None:
    linter, _ = _check()
    first = [(f.start, f.end, f.message) for f in linter.lint(Document(TEXT))]
    again = [(f.start, f.end, f.message) for f in linter.lint(Document(TEXT))]
    assert first == again
    assert any(TEXT[start:end] == "thecompany" for start, end, _ in first)
