"""Stop 51's false alarms on clean copy (issue 14): each text is written for the test, after a
shape seen on clean pages or in a probe of clean copy, beside a case that keeps the slip the rule
is for."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_name_known_only_as_a_name_takes_a_firms_possessive(linter: Linter) -> None:
    # A firm named in the possessive ("Lloyd's", "Macy's") takes "of" and, in British copy, a
    # plural verb; the dictionary knows the word before the apostrophe only as a name.
    for text in (
        "Lloyd's of London reported a loss, and underwriters will raise prices.",
        "Macy's were quick to cut prices, and Kellogg's have followed.",
    ):
        assert findings_of(linter, text, "typography.plural-apostrophe") == [], text
    # A common noun, or a name that is also one ("Farmer", "Bill"), is still a plural's slip.
    for slip in (
        "The Governor's are opposed to the plan.",
        "All the farmer's were paid on Monday.",
        "The Bill's were passed by the house.",
    ):
        assert spans_of(slip, findings_of(linter, slip, "typography.plural-apostrophe")) == [
            "'s"
        ], slip


def test_a_relative_clause_inside_an_appositive_splits_no_subject(linter: Linter) -> None:
    # "that courts ..." opens a relative clause inside the aside "the state agency ...": the
    # comma after it closes the aside ("courts" read as a plural noun made it a subject).
    for text in (
        "IDA Ireland, the state agency that courts foreign investors, said the plant would open.",
        "Enterprise Ireland, the body that funds start-ups, said exports rose.",
    ):
        assert findings_of(linter, text, "typography.subject-comma") == [], text
    # A reported clause after a verb, and one after an opening phrase, are still judged.
    for slip in (
        "The ministry noted that Chief Minister of Goa, had resigned.",
        "In a statement, the ministry noted that the Minister of Goa, had resigned.",
    ):
        assert spans_of(slip, findings_of(linter, slip, "typography.subject-comma")) == [","]
