"""Punctuation of reported and quoted speech as translated wire copy leaves it: a quotation
closed with a full stop before its attribution, and a comma after a verb of saying before an
unquoted reported clause. Texts are written for the test in the shape of the pages seen."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter


def _spans(linter: Linter, text: str, rule: str) -> list[str]:
    doc = Document.from_raw(text)
    return [text[f.start : f.end] for f in linter.lint(doc) if f.rule == rule]


STOP = "typography.stop-before-attribution"
SAID = "typography.comma-after-said"


def test_a_quotation_closed_by_a_stop_then_its_verb_is_reported(linter: Linter) -> None:
    text = "The envoy spoke after the vote. “We will reply at sea. It is the order of the cabinet.” said Kaya.\n"
    assert _spans(linter, text, STOP) == [".” said"]
    text = (
        'Police spoke of the raids. "We will end these gang attacks." explained the police chief.\n'
    )
    assert _spans(linter, text, STOP) == ['." explained']


def test_a_new_sentence_or_an_abbreviation_after_the_quotation_is_silent(linter: Linter) -> None:
    for text in (
        "“We will reply at sea.” The envoy left the hall early.\n",
        "The sign over the gate read “Harbour Works Ltd.” in faded paint.\n",
        "“The talks end at 9 a.m.” was all the notice said.\n",
    ):
        assert _spans(linter, text, STOP) == [], text


def test_a_comma_after_a_verb_of_saying_before_an_unquoted_clause_is_reported(
    linter: Linter,
) -> None:
    text = "The governor met the board. He said, Prime Minister Ali had no personal agenda.\n"
    assert _spans(linter, text, SAID) == ["said,"]
    text = "She trusts the new council, adding, the mayor has announced a fund for the harbour.\n"
    assert _spans(linter, text, SAID) == ["adding,"]


def test_asides_quotations_and_openings_after_a_verb_of_saying_are_silent(linter: Linter) -> None:
    for text in (
        "As the mayor said, the harbour reopens in May.\n",
        "That said, the harbour reopens in May.\n",
        "The mayor said, however, that the harbour reopens in May.\n",
        "“The harbour reopens in May,” the mayor said, the crowd cheering.\n",
        "The mayor said, “The harbour reopens in May.”\n",
        "The mayor said the harbour reopens in May, adding that the fees stay.\n",
        "It was noted, the board met twice.\n",
    ):
        assert _spans(linter, text, SAID) == [], text


def test_two_marks_where_one_belongs_are_debris(linter: Linter) -> None:
    debris = "typography.punctuation-debris"
    text = "Will there be a new strike?'; the envoy answered the question at once.\n"
    assert _spans(linter, text, debris) == [";"]
    assert _spans(linter, "I would not talk about force…,but we will not build it.\n", debris) == [
        ","
    ]
    text = "KARACHI, (Wire - 13th Oct, 2019 ) ::Provincial Minister Ali said the plan was ready.\n"
    assert _spans(linter, text, debris) == ["::"]
    text = "“It was quite puzzling for our rivals,”. Kaya said on Monday.\n"
    assert _spans(linter, text, debris) == ["."]
    for text in (
        "“Will there be a new strike?” the envoy asked. She paused… then went on.\n",
        "The port uses std::map and the address ::1 on its test host.\n",
    ):
        assert _spans(linter, text, debris) == [], text


def test_an_apostrophe_in_a_plural_before_a_plural_verb_is_reported(linter: Linter) -> None:
    rule = "typography.plural-apostrophe"
    text = "The meeting ended late. The Governor’s are opposed to ethnic profiling of crime.\n"
    assert _spans(linter, text, rule) == ["’s"]
    text = "It's clear there's a plan; who's to say where the farmers' fields were? The governor's aides are here.\n"
    assert _spans(linter, text, rule) == []
