"""`inverted-attribution`: a speaker set after the words attributed with no comma before the verb."""

from __future__ import annotations

from .helpers import fixed, make_check, spans


def test_a_clause_then_the_speaker_after_the_verb_lacks_its_comma() -> None:
    check = make_check("inverted-attribution")
    text = "The ferry will run again in June said the Port Director."
    assert spans(check, text) == ["June said"]
    assert fixed(check, text) == "The ferry will run again in June, said the Port Director."
    text = "The quay was badly damaged by the storm said Mayor Ola Berg during a visit on Friday."
    assert spans(check, text) == ["storm said"]


def test_a_reported_clause_or_a_subject_before_the_verb_is_no_inversion() -> None:
    check = make_check("inverted-attribution")
    # The speaker is the subject: no clause of its own comes before the verb.
    assert spans(check, "The Port Director said the ferry will run again in June.") == []
    assert spans(check, "Residents who were evacuated from the quay said Monday.") == []
    # What follows the verb is a clause with its own verb, or an object.
    assert spans(check, "The crew who had stayed said the Port Director was right.") == []
    assert spans(check, "We have always clearly stated Norway's position.") == []
    # The comma is there.
    assert spans(check, "The ferry will run again in June, said the Port Director.") == []
