"""False alarms found on a tenth sweep of unseen professional copy (fpsweep10: 80 page openings of
local and wire news, live blogs, parliamentary records, court opinions and legal news, police
appeals, forecasts, obituaries, film, concert and arts pages, university and government releases,
explainers and Q&As). Each case is a text of the same shape written for the test, beside a case
that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_term_the_story_also_writes_in_lower_case_is_a_word_not_a_name(linter: Linter) -> None:
    # a legal report capitalises "the Appellant" and "the Appellate Court" as terms, and also
    # writes "the appellant's lawyer": two words, not one name spelled two ways
    text = (
        "The Appellate Court heard the case on Monday. The Appellant had been convicted in 2019 "
        "and released on bail.\n\n"
        "The appellant's lawyer asked for more time, and the Appellate Court refused, saying the "
        "Appellant had been given every chance."
    )
    assert not findings_of(linter, text, "consistency.name-spelling")


def test_a_name_respelled_is_still_reported_beside_common_words(linter: Linter) -> None:
    # the same page with a surname written two ways: the lower-case terms excuse nothing else
    text = (
        "The Appellate Court heard Mr Kowalczyk's appeal on Monday. The appellant's lawyer said "
        "Mr Kowalczyk had been in custody since March.\n\n"
        "The court refused, and Mr Kowalcyzk was returned to prison."
    )
    assert spans_of(text, findings_of(linter, text, "consistency.name-spelling")) == ["Kowalcyzk"]


_STAMPED = (
    "Court Refuses To Hear Bail Plea Out Of Turn\n\n"
    "Priya Raman\n"
    "{stamp}\n\n"
    "The court listed the bail plea for April 9, and the applicant asked for it to be heard on "
    "April 14 instead, when his counsel would be in town. The judge refused."
)


def test_a_site_stamp_with_year_and_clock_time_does_not_vote_on_date_order(
    linter: Linter,
) -> None:
    # the template prints its stamp day first; the story writes month first throughout
    text = _STAMPED.format(stamp="3 June 2018 4:05 PM GMT")
    assert not findings_of(linter, text, "consistency.date-order")


def test_a_day_month_date_in_the_story_still_votes(linter: Linter) -> None:
    # the same page with a day-first date in its prose: one date written the other way
    text = _STAMPED.format(stamp="June 2018") + " He was released on 20 April."
    assert spans_of(text, findings_of(linter, text, "consistency.date-order"))


_RECORD = (
    "Hansard of the 9th Assembly, 3rd Session.\n\n"
    "The Speaker Anne Morrow\n\n"
    "Thank you, Members. We are on item 6, oral questions. Mr. Tellier.\n\n"
    "Paul Tellier Inuvik North\n\n"
    "Thank you, Madam Speaker. My question is for the Minister of Transportation about the ferry.\n\n"
    "The Speaker Anne Morrow\n\n"
    "Thank you, Mr. Tellier. The Minister of Transportation, Ms. Okpik.\n\n"
    "{last}"
)


def test_a_records_bare_speaker_names_recur_by_design(linter: Linter) -> None:
    # each name heads a different turn, and the Speaker comes back: the record's turn-taking
    text = _RECORD.format(
        last="Paul Tellier Inuvik North\n\nThank you. I will wait for her answer."
    )
    assert not findings_of(linter, text, "structure.repeated-line")


def test_a_name_line_printed_twice_over_the_same_words_is_still_a_copy(linter: Linter) -> None:
    # the same record with a turn printed twice, name and words: a copy, not a turn
    turn = "Paul Tellier Inuvik North\n\nThank you, Madam Speaker. My question is for the Minister"
    text = _RECORD.format(last=turn + " of Transportation about the ferry.")
    assert findings_of(linter, text, "structure.repeated-line")


def test_a_quoted_term_inside_an_aside_does_not_start_a_clause(linter: Linter) -> None:
    # the comma closes the aside opened after the name; the quoted rating is part of it
    text = "Analyst Tom Reed, who has a “hold” rating on the bank's shares, raised his target."
    assert not findings_of(linter, text, "typography.subject-comma")


def test_an_adjective_and_to_open_a_phrase_not_a_subject(linter: Linter) -> None:
    # "Due to ..." is a compound preposition: the comma ends an opening phrase
    text = "Due to the nature of the coastline, ferries stop at two ports only."
    assert not findings_of(linter, text, "typography.subject-comma")


def test_a_subject_holding_a_quoted_term_is_still_split_from_its_verb(linter: Linter) -> None:
    text = "The council's “urgent” review of the depot, was published on Friday."
    assert spans_of(text, findings_of(linter, text, "typography.subject-comma")) == [","]


def test_a_judgments_heading_labels_keep_their_spaced_colon(linter: Linter) -> None:
    # the court template's labels, each alone on its line over what it heads
    text = (
        "Before :\nMRS JUSTICE PARRY\nBetween :\nAnna Kemp | Claimant |\n- and -\n"
        "Dale Harbour Ltd | Defendant |\n\nMrs Justice Parry :\n"
        "1. This claim concerns a lease of a boatyard on the estuary."
    )
    assert not findings_of(linter, text, "typography.space-before-punctuation")


def test_a_spaced_colon_after_a_lower_case_label_is_still_reported(linter: Linter) -> None:
    text = "The festival opens on Friday with our guests :\nAnna Berg and Tom Rees."
    assert spans_of(text, findings_of(linter, text, "typography.space-before-punctuation")) == [" "]


def test_a_title_in_title_case_after_a_comma_is_not_a_sentence_run_on(linter: Linter) -> None:
    text = "The trio played much of their third album, This Is Not Home, before a short encore."
    assert not findings_of(linter, text, "structure.capital-after-comma")


def test_a_clause_run_on_after_a_comma_is_still_reported(linter: Linter) -> None:
    text = "The trio flew to Oslo on Monday, They played two nights at the opera house."
    assert spans_of(text, findings_of(linter, text, "structure.capital-after-comma")) == ["They"]


_JUDGMENT = (
    "Harbour Boats Ltd v Kemp\n\n"
    "Neutral Citation Number: [2019] EWHC 1402 (Ch)\n\n"
    "IN THE HIGH COURT OF JUSTICE\n\n"
    "Rolls Building, London\n\n"
    "Date: 14/05/2019\n\n"
    "Before :\n\n"
    "MRS JUSTICE PARRY\n\n"
    "(SITTING AS A JUDGE OF THE CHANCERY DIVISION)\n\n"
    "Between :\n\n"
    "HARBOUR BOATS LIMITED\n\n"
    "Claimant\n\n"
    "- and -\n\n"
    "ANNA KEMP\n\n"
    "Defendant\n\n"
    "Hearing date : 2 April 2019\n\n"
    "Mrs Justice Parry :\n\n"
    "This claim concerns a lease of a boatyard on the estuary, which the claimant says the "
    "defendant gave up in 2017 when she stopped paying rent and removed her boats from the yard.\n"
)


def test_a_judgments_own_dates_in_its_front_matter_are_not_furniture(linter: Linter) -> None:
    found = spans_of(_JUDGMENT, findings_of(linter, _JUDGMENT, "scrape.furniture-block"))
    assert not [s for s in found if "date" in s.lower() or "SITTING" in s]


def test_a_date_stamp_on_a_page_without_a_caption_is_still_furniture(linter: Linter) -> None:
    text = (
        "Boatyard lease dispute goes to court\n\n"
        "Date: 14/05/2019\n\n"
        "A boatyard owner has taken a former tenant to the High Court, saying she gave up her "
        "lease in 2017 when she stopped paying rent and removed her boats from the yard.\n"
    )
    assert "Date: 14/05/2019" in spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
