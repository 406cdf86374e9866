"""A mistranslated title with a stop beyond "Sir." ("Madam. Merkel"), and a glued word the page
repeats ("Russiahad" twice), reported as the single ones are (user67). Texts written for the
test."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

HONORIFIC = "mt.mistranslated-honorific"


def test_a_title_english_writes_without_a_stop_is_reported_with_one(linter: Linter) -> None:
    text = "Madam. Merkel visited the plant. Workers greeted Madam. Merkel and Dame. Ellen Ward."
    found = findings_of(linter, text, HONORIFIC)
    assert spans_of(text, found) == ["Madam.", "Madam.", "Dame."]
    # which title is meant (Ms. or Mrs.) the text does not say: offered, not applied by --fix
    assert {f.fix.applicability for f in found if f.fix} == {"unsafe"}
    assert [list(f.suggestions) for f in found] == [["Ms.", "Mrs."]] * 2 + [["Dame"]]


def test_the_same_word_ending_a_sentence_is_no_title(linter: Linter) -> None:
    for text in (
        "Madam Speaker called the vote, and Lady Ashton and Lord Cameron spoke.",
        "He thanked the Lord. Jesus, he said, had guided him through the flood.",
        "“Thank you, Madam. Speaker Reyes will now read the result,” the clerk said.",
        "The guests waited for the First Lady. Biden aides gave no reason.",
        "Yes, Madam. The vote will be held at ten.",
    ):
        assert findings_of(linter, text, HONORIFIC) == [], text


def test_a_well_known_name_glued_to_a_verb_twice_is_still_glue(linter: Linter) -> None:
    text = "Officials said Russiahad left the talks.\nBy noon Russiahad returned to Geneva.\n"
    found = findings_of(linter, text, "mt.glued-words")
    assert spans_of(text, found) == ["Russiahad", "Russiahad"]
    assert [list(f.suggestions) for f in found] == [["Russia had"]] * 2


def test_a_recurring_name_built_like_a_compound_is_left_alone(linter: Linter) -> None:
    # names end in "gate", "ford", "field"; a name wordfreq has seen ("Farhad") is no glue
    text = (
        "Merrowgate voted on Monday. In Merrowgate the polls closed at ten.\n"
        "Farhad Rahimi won. Farhad thanked the voters of Ashford and Ashford's mayor.\n"
    )
    assert findings_of(linter, text, "mt.glued-words") == []
