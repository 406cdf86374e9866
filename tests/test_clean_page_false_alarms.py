"""False alarms found on unseen clean professional pages (stop 39's sweep), each pinned by a text
of the same shape written for the test, beside a case the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

_BRIEFS_LEAD = (
    "The ministry said the levy would be collected from next year, and that farmers who had "
    "paid the old charge would be refunded.\n\n"
)


def test_a_name_the_page_writes_inside_a_sentence_is_no_untranslated_word(
    linter: Linter,
) -> None:
    # A spokesman introduced by his full name, then quoted by his surname at a sentence's start:
    # the surname is another language's everyday word, but the page shows it is his name.
    text = (
        "The council named Marta Hoje as its new clerk on Monday.\n\n"
        "Hoje said the office would reopen next week.\n"
    )
    assert findings_of(linter, text, "encoding.untranslated-word") == []


def test_the_same_word_opening_a_sentence_unnamed_is_still_reported(linter: Linter) -> None:
    text = "The council thanked the staff.\n\nHoje said the office would reopen next week.\n"
    found = findings_of(linter, text, "encoding.untranslated-word")
    assert spans_of(text, found) == ["Hoje"]


def test_a_brief_whose_paragraph_spells_out_its_initials_heads_that_paragraph(
    linter: Linter,
) -> None:
    # A column of briefs: each headline's words come back in the paragraph under it, as
    # initials spelled out ("NRA") and in other forms ("approves" / "approved").
    text = (
        _BRIEFS_LEAD + "NRA approves grant for rural bridge repairs\n\n"
        "The Northern Roads Authority approved a grant of two million dollars on Tuesday to "
        "repair eleven rural bridges before the winter.\n"
    )
    assert findings_of(linter, text, "scrape.story-headline") == []


def test_a_headline_the_next_paragraph_does_not_take_up_is_still_reported(
    linter: Linter,
) -> None:
    text = (
        _BRIEFS_LEAD + "NRA approves grant for rural bridge repairs\n\n"
        "The ministry did not say how many farmers would be repaid, but officials said the sum "
        "was small.\n"
    )
    found = findings_of(linter, text, "scrape.story-headline")
    assert spans_of(text, found) == ["NRA approves grant for rural bridge repairs"]


def test_a_headline_ending_on_a_quoted_word_keeps_its_desk_style(linter: Linter) -> None:
    # A wire headline ends on a quoted word with no stop ("… saying ‘no’"): still a headline,
    # written "US" without points over a body that writes "U.S.".
    text = (
        "Envoy takes hard line on US talks, saying the answer is still \u2018no\u2019\n\n"
        "U.S. officials said the talks went well. U.S. envoys agreed.\n"
    )
    assert findings_of(linter, text, "consistency.us-abbreviation") == []


def test_a_sentence_closing_its_quotation_after_its_stop_is_still_judged(linter: Linter) -> None:
    text = (
        "Envoys met.\n\n"
        "The envoy said the answer on US talks was still \u2018no.\u2019\n\n"
        "U.S. officials said the talks went well. U.S. envoys agreed.\n"
    )
    found = findings_of(linter, text, "consistency.us-abbreviation")
    assert spans_of(text, found) == ["US"]


def test_its_being_after_a_preposition_is_the_possessive_before_a_gerund(linter: Linter) -> None:
    text = "The charter was read twice previous to its being sent to the assembly.\n"
    assert findings_of(linter, text, "typography.its-for-it-is") == []


def test_its_being_opening_a_clause_is_still_it_is(linter: Linter) -> None:
    text = "The charter was read twice; its being sent to the assembly today.\n"
    found = findings_of(linter, text, "typography.its-for-it-is")
    assert spans_of(text, found) == ["its"]
