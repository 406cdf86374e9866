"""False alarms found on unseen clean professional pages (stop 43's sweep, fp17): shapes of
professional copy that a check misread, each pinned by a text written for the test beside a case
the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter
from newslint.pattern_words import footnoted

from .conftest import findings_of, spans_of

_JUDGMENT = (
    "SECOND DIVISION\n\n"
    "The petitioner asks the Court to set aside the orders dated March 3, 2020,[1] April 9, "
    "2020,[2] and May 1, 2020.[3] The trial court denied his motion.[4] He now comes to this "
    "Court on certiorari.[5]\n"
)


def test_a_judgment_s_own_footnote_markers_are_not_an_answer_engine_s(linter: Linter) -> None:
    # A court's or a report's note references run [1], [2], [3] … once each, one at a time.
    assert findings_of(linter, _JUDGMENT, "llm.citation-marker") == []


def test_an_answer_engine_citing_a_source_again_is_still_reported(linter: Linter) -> None:
    # Markers that repeat a source or run together are an answer engine's.
    text = (
        "Trade talks resumed on Monday.[1] The bloc wants levers in its policy.[2] Exporters "
        "fear tariffs.[1] A deal is not expected soon.[3]\n"
    )
    assert spans_of(text, findings_of(linter, text, "llm.citation-marker")) == [
        "[1]",
        "[2]",
        "[1]",
        "[3]",
    ]


def test_footnoted_wants_single_markers_in_order() -> None:
    assert footnoted(_JUDGMENT)
    assert not footnoted("One.[1] Two.[2][3] Three.[4]")  # run together
    assert not footnoted("One.[1] Two.[3] Three.[2]")  # out of order
    assert not footnoted("One.[1] Two.[2]")  # too few to tell


def test_a_compound_written_open_beside_its_rare_closed_form_is_not_a_cut(
    linter: Linter,
) -> None:
    # "food grains" (a plural of a common noun) beside "foodgrains": the closed form is far
    # rarer than the phrase's words, so the open one is two words, not one cut by a space.
    text = (
        "The minister said the state would not allow hoarding of foodgrains. Some districts "
        "have plenty of food grains, wheat and pulses, others face shortages.\n"
    )
    assert findings_of(linter, text, "ocr.split-attested-word") == []


def test_a_name_cut_by_a_space_beside_it_whole_is_still_reported(linter: Linter) -> None:
    # "Edwards" is about as common as "ward": the whole is not the rare form, so "Ed wards" is it cut.
    text = "Edwards won the seat. Mr Ed wards thanked the voters in the town hall on Friday.\n"
    assert spans_of(text, findings_of(linter, text, "ocr.split-attested-word")) == ["Ed wards"]


def test_a_speech_s_introduction_heading_is_not_template_text(linter: Linter) -> None:
    # Speeches, judgments, reports and papers head a section "Introduction" or "Conclusion".
    text = (
        "Speech by the Minister at the Committee of Supply Debate\n\n"
        "Mar 4, 2021\n\n"
        "Introduction\n\n"
        "Mr Chairman, the pandemic has affected many families, the lower-income among them "
        "hardest, and we moved quickly to help them.\n"
    )
    assert findings_of(linter, text, "llm.template-slot") == []


def test_a_blog_scaffold_heading_is_still_template_text(linter: Linter) -> None:
    text = (
        "Fans mourn the singer\n\nThe news spread fast.\n\nFinal Thoughts\n\nFans will remember.\n"
    )
    assert spans_of(text, findings_of(linter, text, "llm.template-slot")) == ["Final Thoughts"]


def test_a_sentence_case_headline_keeps_its_house_case(linter: Linter) -> None:
    # The headline (a line ending on no stop) writes "government" in lower case by the house's
    # headline style, over a story that writes "the Australian Government".
    text = (
        "Australian government increases road funding\n\n"
        "The Australian Government will spend another $160 million on the road, the Australian "
        "Government said on Monday.\n"
    )
    assert findings_of(linter, text, "structure.lowercase-in-page-name") == []


def test_a_name_half_in_lower_case_in_prose_is_still_reported(linter: Linter) -> None:
    text = "Deputies of the State Duma met on Monday. Later the state Duma voted on the bill.\n"
    assert spans_of(text, findings_of(linter, text, "structure.lowercase-in-page-name")) == [
        "state"
    ]
