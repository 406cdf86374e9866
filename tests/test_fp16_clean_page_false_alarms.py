"""False alarms found on unseen clean professional pages (stop 42's sweep, fp16): shapes of
professional copy that a check misread, each pinned by a text written for the test beside a case
the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_surname_on_a_page_with_curly_quotes_lost_no_accent(linter: Linter) -> None:
    # A conversion that drops what ASCII cannot hold takes curly quotes out with the accented
    # letters: a page that keeps them was never converted, so "Pasin" is the writer's spelling,
    # not "Pasión" damaged.
    text = "“We will fix the roads,” Mr Pasin said. The senator’s office said work starts soon.\n"
    assert findings_of(linter, text, "encoding.stripped-accent") == []


def test_a_page_stripped_to_ascii_still_has_its_lost_accents_reported(linter: Linter) -> None:
    # Straight quotes and no other mark outside ASCII: the conversion may have run.
    text = '"We will fix the roads," the mayor of Bogot said on Monday in the capital.\n'
    assert spans_of(text, findings_of(linter, text, "encoding.stripped-accent")) == ["Bogot"]


_UNDER_HEADLINE = (
    "Coastal towns\n\n"
    "Ferry service returns to Port Ellis\n\n"
    "{date}\n\n"
    "The ferry between Port Ellis and the island resumed on Monday after a four-month break for "
    "repairs to the jetty, the harbour board said.\n\n"
    "Residents had driven two hours around the bay to reach the mainland hospital while the "
    "service was suspended.\n"
)


def test_a_date_under_a_headline_below_a_section_label_is_its_dateline(linter: Linter) -> None:
    # The headline is not the page's first line (a section label stands above it), but the bare
    # date right under it is the story's dateline all the same (house convention).
    text = _UNDER_HEADLINE.format(date="Monday, 3 March 2025")
    assert "Monday, 3 March 2025" not in spans_of(
        text, findings_of(linter, text, "scrape.furniture-block")
    )


def test_a_date_at_the_foot_of_the_page_is_still_furniture(linter: Linter) -> None:
    text = _UNDER_HEADLINE.format(date="Monday, 3 March 2025") + "\nTuesday, 4 March 2025\n"
    assert "Tuesday, 4 March 2025" in spans_of(
        text, findings_of(linter, text, "scrape.furniture-block")
    )


def test_the_word_before_a_token_is_read_whole_for_a_foreign_phrase() -> None:
    # The backward search took only the first letter of the word before ("p" of "per"), so a
    # phrase was found only from the word after.
    from newslint.checks.glue_foreign import in_foreign_phrase

    text = "The treaty per se was sound, the envoy said."
    start = text.index(" se ") + 1
    assert in_foreign_phrase(text, start, start + 2)
    english = "The treaty she signed was sound, the envoy said."
    start = english.index("she")
    assert not in_foreign_phrase(english, start, start + 3)


# A page that says it is a scan's text, with one misread "tbe": the OCR gate opens.
_SCANNED = (
    "OCR Text\n\n"
    "THE EVENING COURIER, MONDAY, MARCH 4, 1912.\n\n"
    "The new envoy arrived on tbe steamer from Naples yesterday and was met at the pier by the "
    "mayor.\n\n"
    "He told reporters that the stories printed in la Repubblica were false, and that the "
    "treaty {phrase} was sound.\n"
)


def test_a_foreign_phrase_on_a_scanned_page_is_no_misreading(linter: Linter) -> None:
    # "per se" is Latin kept in English; "se" is no misread "be".
    text = _SCANNED.format(phrase="per se")
    assert findings_of(linter, text, "ocr.likely-misread") == []


def test_a_short_misread_beside_english_words_is_still_reported(linter: Linter) -> None:
    text = _SCANNED.format(phrase="he saw im sign")
    assert spans_of(text, findings_of(linter, text, "ocr.likely-misread")) == ["im"]


_CHAMBER = (
    "MR HOLT: Thank you. The members opposite have said nothing of merit about their own "
    "program in this place, and I take that as a compliment to the motion before us.\n\n"
    "{line}\n\n"
    "MR HOLT: The motion asks the minister to report on the new playgrounds by June, and I "
    "commend it to the chamber.\n"
)


def test_a_speakers_short_turn_is_no_metadata_field(linter: Linter) -> None:
    # A presiding officer's turn in a parliament's transcript: the label and what was said, a
    # sentence with its end mark, not a field and its tags.
    text = _CHAMBER.format(line="MADAM SPEAKER: Mr Dale! Continue, Mr Holt.")
    assert findings_of(linter, text, "scrape.furniture-block") == []


def test_a_tag_field_in_the_same_place_is_still_furniture(linter: Linter) -> None:
    text = _CHAMBER.format(line="Subjects: Playgrounds, Parliament")
    assert spans_of(text, findings_of(linter, text, "scrape.furniture-block")) == [
        "Subjects: Playgrounds, Parliament"
    ]


_INTERVIEWS = (
    "Tagged: author interview\n\n"
    "{title}\n\n"
    "The novelist talks to our books editor about her fourth novel, a family saga set on the "
    "coast of Maine over three summers, and why she stopped writing short stories.\n\n"
    "Tom Reyes | 'A plot is the last thing I think about when I start a book'\n\n"
    "The poet and critic on his first novel, a comedy about a failing bookshop in a seaside "
    "town, and the year he spent rewriting its ending.\n"
)


def test_an_interviews_title_with_what_was_said_is_no_breadcrumb(linter: Linter) -> None:
    # "Name | 'what she said'": a magazine's interview title. A breadcrumb ends on a headline,
    # never on a quotation.
    text = _INTERVIEWS.format(title="Mary Ames | 'I never trusted memoirs, not even my own'")
    reported = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert not any("|" in span for span in reported)


def test_a_breadcrumb_ending_on_a_headline_is_still_a_link_bar() -> None:
    from newslint.furniture_signals import is_link_bar

    assert is_link_bar("Home | Books | Interviews")
    assert is_link_bar("Books | Farmers protest the new levy in the capital")
    assert not is_link_bar("Mary Ames | 'I never trusted memoirs, not even my own'")


def test_a_speakers_own_have_said_opens_no_quotation(linter: Linter) -> None:
    # In a parliament's record the member speaks in the first person: "what I have said" is
    # the speaker's own clause, as "As I said" already was, not a reporting verb before speech.
    text = (
        "In a way, I do not want the minister to answer what I have said, but I do want him "
        "to think about it before Monday.\n"
    )
    assert findings_of(linter, text, "typography.speech-without-quotes") == []
    reported = "The harbour master has said, if we open the gates tonight, the boats will leave.\n"
    found = findings_of(linter, reported, "typography.speech-without-quotes")
    assert spans_of(reported, found) == ["if"]
