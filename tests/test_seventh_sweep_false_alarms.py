"""False alarms found on a seventh sweep of unseen professional copy (fpsweep7: 87 page openings
of wire briefs, legal judgments and their summaries, corrections columns, editorials, Q&A and
transcript interviews, academic and hospital news releases, filings prose, motor-racing, tennis,
golf and American football reports, science explainers, travel and council notices). Each case
is a text of the same shape written for the test, beside a case that keeps the damage the rule
is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_an_exclamation_inside_an_open_aside_starts_no_sentence(linter: Linter) -> None:
    # the aside runs on to its closing bracket: "(… this winter! though …)"
    text = (
        "The harbour is the best place to be in winter (even this winter! though the ferries "
        "run less often) and the cafes stay open late."
    )
    assert findings_of(linter, text, "structure.lowercase-sentence-start") == []


def test_a_question_ending_one_title_of_a_series_starts_no_sentence(linter: Linter) -> None:
    # a run of paper titles: the "?" closes one title, "and" brings in the last
    text = (
        "This week's papers: Salt marshes store carbon, Bees count to four, "
        "Is the ocean floor moving? and Frogs that glow in the dark."
    )
    assert findings_of(linter, text, "structure.lowercase-sentence-start") == []


def test_a_lower_case_start_after_a_question_is_still_reported(linter: Linter) -> None:
    # no series before the mark, no open bracket: two sentences spliced
    text = "Why did the council wait so long? and who will pay for the repairs now?"
    assert spans_of(text, findings_of(linter, text, "structure.lowercase-sentence-start")) == [
        "? and"
    ]


def test_an_aside_closed_before_the_mark_is_still_reported(linter: Linter) -> None:
    text = "The vote passed (by two votes) late at night! then the mayor resigned."
    assert spans_of(text, findings_of(linter, text, "structure.lowercase-sentence-start")) == [
        "! then"
    ]


def test_a_word_repeated_around_and_is_emphasis(linter: Linter) -> None:
    # "boxes and boxes and then …": English repeats a word around "and" for emphasis
    text = (
        "There were boxes and boxes and then, at the back of the shed, a bicycle. "
        "The queue grew longer or longer or so it seemed to the families waiting."
    )
    assert findings_of(linter, text, "structure.doubled-word") == []


def test_a_doubled_phrase_of_substance_is_still_reported(linter: Linter) -> None:
    text = "The minister said the talks the talks would resume on Monday."
    assert spans_of(text, findings_of(linter, text, "structure.doubled-word")) == [
        "the talks the talks"
    ]


def test_a_name_doubled_around_and_is_still_reported(linter: Linter) -> None:
    # a department's name copied: "Music and Music and Drama" is a slip, not emphasis
    text = "She taught at the School of Music and Music and Drama for a decade."
    assert spans_of(text, findings_of(linter, text, "structure.doubled-word")) == [
        "Music and Music and"
    ]


def test_a_break_before_a_speaker_label_line_is_layout(linter: Linter) -> None:
    # a judgment sets its author on a line of its own, after "delivered by"
    text = (
        "The appeal was heard on a single day in the spring and the opinion that follows sets out "
        "the reasons of the court for the order it made, which the parties had asked for.\n"
        "The opinion of the Court was given by\n"
        "Mary R. Holloway, J.:—\n"
        "1. The appeal is allowed and the order of the lower court is set aside.\n"
    )
    assert findings_of(linter, text, "typography.stray-line-break") == []


def test_a_break_before_a_plain_line_is_still_reported(linter: Linter) -> None:
    text = (
        "The appeal was heard on a single day in the spring and the opinion that follows sets out "
        "the reasons of the court for the order it made, which the parties had asked for.\n"
        "The opinion of the Court was given by\n"
        "Mary R. Holloway, who sat with two other judges in the case.\n"
    )
    assert len(findings_of(linter, text, "typography.stray-line-break")) == 1
