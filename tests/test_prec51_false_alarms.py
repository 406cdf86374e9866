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
