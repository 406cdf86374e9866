"""False alarms found on unseen clean professional pages (stop 45's sweep, clean45): shapes of
professional copy that a check misread, each pinned by a text written for the test beside a case
the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

_RELEASE = (
    "Navigation path\n\nLeft navigation\n\nAdditional tools\n\nDaily News 04 / 04 / 2019\n\n"
    "{dateline}\n\n"
    "Harbour ministers agree on new ferry rules for the islands\n\n"
    "The ministers of the coastal states agreed on Thursday on common rules for the island "
    "ferries, after two years of talks in which the harbour boards, the unions and the operators "
    "set out their demands. The rules will take effect next spring, the commission said.\n"
)


def test_a_place_and_date_over_the_headline_is_its_dateline(linter: Linter) -> None:
    # A press release sets its dateline, place and date in mixed case, on a line of its own
    # over the headline; the shape model read it as a stamp of the page.
    text = _RELEASE.format(dateline="Brussels, 4 April 2019")
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "Brussels, 4 April 2019" not in found
    assert "Daily News 04 / 04 / 2019" in found  # the page's own stamp still is


def test_a_citation_s_chain_of_abbreviations_is_not_words_run_together(linter: Linter) -> None:
    # Court opinions cite statutes as "Neb.Rev.Stat." and supplements as "Cum.Supp.1992".
    text = (
        "The act, now codified at Neb.Rev.Stat. § 32-1614 (Reissue 1998), was amended; see "
        "§ 32-1601 (Cum.Supp.1992). The court affirmed the judgment.\n"
    )
    assert findings_of(linter, text, "typography.missing-space-after-punctuation") == []


def test_a_sentence_run_into_a_short_capitalised_word_is_still_reported(linter: Linter) -> None:
    text = "The talks ended in Iran.The minister left for Doha on Monday, officials said.\n"
    found = findings_of(linter, text, "typography.missing-space-after-punctuation")
    assert spans_of(text, found) == ["."]


def test_an_adjective_capitalised_by_newsroom_policy_is_not_a_slip(linter: Linter) -> None:
    # AP style since 2020 capitalises "Black" of people; a short story may use it once.
    text = (
        "Viewers found the characters played by Black actors less believable than those played "
        "by white men, the study found.\n"
    )
    assert findings_of(linter, text, "structure.capitalised-adjective") == []
    slip = (
        "Drones were launched towards the Southern parts of the country overnight, the army said.\n"
    )
    assert spans_of(slip, findings_of(linter, slip, "structure.capitalised-adjective")) == [
        "Southern"
    ]


def test_a_title_case_headline_running_into_prose_is_judged_on_its_line(linter: Linter) -> None:
    text = (
        "Judy's Notebook: 'We Are Overdue to Create a More Humane Work Model'\n"
        "June 27, 2012 | The new magazine article on how hard it is for women to manage a career "
        "and a family drew many letters.\n"
    )
    assert findings_of(linter, text, "structure.capitalised-adjective") == []


def test_a_web_address_after_a_full_stop_is_no_sentence_without_its_capital(
    linter: Linter,
) -> None:
    text = "The BBC issued its own report on the statement. http://www.example.org/news/41720305\n"
    assert findings_of(linter, text, "structure.lowercase-sentence-start") == []
    slip = "The bill passed on Tuesday. ten Democrats joined the Republicans.\n"
    assert len(findings_of(linter, slip, "structure.lowercase-sentence-start")) == 1


def test_a_comma_handing_a_quotation_to_its_speaker_after_an_inner_mark_is_no_debris(
    linter: Linter,
) -> None:
    text = (
        "“Editors should ask ‘Is this new?’ rather than ‘How will it rate?’,” the minister "
        "said. “There is no record of any threat...,” the activist said.\n"
    )
    assert findings_of(linter, text, "typography.punctuation-debris") == []
    debris = "“Is it over?”, she asked. The talks used force…,but failed.\n"
    assert spans_of(debris, findings_of(linter, debris, "typography.punctuation-debris")) == [
        ",",
        ",",
    ]
