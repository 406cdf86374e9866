"""Stop 50's false alarms on clean copy and a recall loss (issue 14): each text is written for the
test, after a shape seen on clean pages, beside a case that keeps the damage the rule is for."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.sentence_ends import is_abbreviation

from .conftest import findings_of, spans_of


def test_a_title_before_a_name_in_apposition_ends_no_sentence(linter: Linter) -> None:
    # Nigerian titles ("Engr.", "Pst.", "Arc.") are on no list: a short capitalised word after
    # the aside's comma, before a name the comma closes, is a title, never a one-word sentence.
    for text in (
        "The Minister of Works, Engr. David Umahi, has said the road will be finished by March.",
        "The church's founder, Pst. Emeka Okafor, told the court the case had no merit.",
        "The architect (Arc. Ahmed Musa, the chief planner) presented the plan on Monday.",
    ):
        assert findings_of(linter, text, "typography.subject-comma") == [], text
        assert len(Document(text).sentences) == 1, text
    # The slip the rule is for is still reported, and a sentence still ends on a short name.
    slip = "Works Minister David Umahi, has said the road will be finished by March."
    found = findings_of(linter, slip, "typography.subject-comma")
    assert spans_of(slip, found) == [","]
    assert not is_abbreviation("He flew to Kyiv. Oleksiy Danilov met him.", 15)
    # A place the dictionary knows ends its sentence before a name in apposition.
    place = "He was born in Mosul, Iraq. Ali Hassan, his brother, said he had left in 2014."
    assert len(Document(place).sentences) == 2


def test_a_state_abbreviation_before_lower_case_ends_no_sentence(linter: Linter) -> None:
    text = "The storm hit Fla. and Ga. on Tuesday, and Tex. was spared, officials said."
    assert findings_of(linter, text, "structure.lowercase-sentence-start") == []
    assert len(Document(text).sentences) == 1
    # A word of the same shape that no one abbreviates keeps its stray stop.
    for stray in (
        "The band played Ford. and then the crowd left the hall in silence.",
        "The striker did not miss. then the crowd went quiet.",  # a state's letters, no capital
    ):
        assert findings_of(linter, stray, "structure.lowercase-sentence-start") != [], stray
