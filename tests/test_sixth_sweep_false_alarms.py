"""False alarms found on a sixth sweep of unseen professional copy (fpsweep6: 90 page openings
of obituaries, recipes, public and legal notices, baseball, cricket, golf and racing reports,
wire briefs, press releases, film, book, album, theatre and exhibition reviews with ratings,
letters to the editor, Q&A interviews, numbered-step guides, weather forecasts, travel, science
news, company results, farm market reports, homilies and gardening columns). Each case is a text
of the same shape written for the test, beside a case that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_two_names_joined_in_one_phrase_are_two_names(linter: Linter) -> None:
    # nobody writes one name and its own misspelling side by side, joined by "and" or "&"
    text = (
        "Both Medicare and Medicaid will cover the new drug from May. "
        "Medicare pays for patients over 65. Slovenia & Slovakia signed the pact; "
        "Slovakia asked for more time."
    )
    assert findings_of(linter, text, "consistency.name-spelling") == []


def test_a_name_respelled_apart_is_still_reported(linter: Linter) -> None:
    text = "Erdoğan spoke first. Later Erdogan left the hall, and Erdoğan returned."
    assert spans_of(text, findings_of(linter, text, "consistency.name-spelling")) == ["Erdogan"]


def test_the_plural_of_a_demonym_is_a_form_of_the_country(linter: Linter) -> None:
    # Honduras -> Honduran -> Hondurans: "ns" is the plural of the "n" ending already allowed
    text = (
        "The Hondurans voted on Sunday. Honduras has a new president, "
        "and Hondurans hope for change."
    )
    assert findings_of(linter, text, "consistency.name-spelling") == []


def test_a_hash_bulleted_jobs_list_is_no_chat_model_heading(linter: Linter) -> None:
    text = (
        "Jobs for the allotment this month\n\n"
        "# Lift the last of the leeks before the ground freezes.\n"
        "# Order seed potatoes early, as the best varieties sell out.\n"
        "# Check the netting on the brassicas after each storm.\n"
    )
    assert findings_of(linter, text, "llm.heading-marks") == []


def test_a_markdown_heading_is_still_reported(linter: Linter) -> None:
    text = "Flood defences to be raised\n\n## What the council decided\n\nThe vote was close.\n"
    found = findings_of(linter, text, "llm.heading-marks")
    assert spans_of(text, found) == ["## What the council decided"]


def test_a_word_the_dictionary_licenses_is_not_two_words(linter: Linter) -> None:
    # wordfreq's corpus lacks "obits"; Hunspell's en_US licenses it (obit, plural)
    text = "The paper still runs the obits on page nine, as it has done since 1950."
    assert findings_of(linter, text, "mt.glued-words") == []


def test_a_glue_of_two_words_is_still_reported(linter: Linter) -> None:
    text = "She worked withthe ministry for a decade before the obits desk hired her."
    assert spans_of(text, findings_of(linter, text, "mt.glued-words")) == ["withthe"]


def test_a_unit_abbreviated_after_its_number_ends_no_sentence(linter: Linter) -> None:
    text = (
        "For the stew\n\n"
        "2 tsp. ground cumin\n"
        "1 lb. lean lamb mince\n"
        "Pour in 250ml. of stock and simmer for an hour.\n"
    )
    assert findings_of(linter, text, "structure.lowercase-sentence-start") == []


def test_a_lower_case_start_after_a_counted_word_is_still_reported(linter: Linter) -> None:
    # "miles" is a word, not an abbreviation: its full stop ends the sentence
    text = "He ran 5 miles. then he rested for an hour by the river."
    found = findings_of(linter, text, "structure.lowercase-sentence-start")
    assert spans_of(text, found) == [". then"]


_RATINGS = (
    "Best of the season, by score:\n\n"
    "The Salt Road by Ana Ferris   4*\n\n"
    "Low Tide by Omar Diallo   2.5*\n\n"
    "North Wall by Kit Aaronson   3*\n"
)


def test_the_gap_before_each_rating_of_a_list_is_a_column(linter: Linter) -> None:
    assert findings_of(linter, _RATINGS, "typography.double-space") == []


def test_a_gap_inside_prose_paragraphs_is_still_reported(linter: Linter) -> None:
    text = _RATINGS + "\nThe mayor said   the levee would hold.\n\nThe council   agreed to more.\n"
    found = findings_of(linter, text, "typography.double-space")
    assert spans_of(text, found) == ["   ", "   "]
    assert text[found[0].start - 4 : found[0].end + 3] == "said   the"


def test_a_verbless_forecast_line_has_no_subject_to_split(linter: Linter) -> None:
    # "Much warmer" has no noun to head a subject: the comma joins two phrases of a forecast
    text = "The week ahead\n\nMONDAY: Much warmer, scattered thunderstorms and gusty winds.\n"
    assert findings_of(linter, text, "typography.subject-comma") == []


def test_a_subject_split_from_its_verb_is_still_reported(linter: Linter) -> None:
    text = "The minister and his deputy, announced the budget on Monday."
    assert spans_of(text, findings_of(linter, text, "typography.subject-comma")) == [","]
