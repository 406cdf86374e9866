"""`generated-article`: a generated article's headings and filler, once the page reads as one."""

from __future__ import annotations

from .helpers import builtin_options, make_check, spans

# A page written for this test in the register of a generated local-news article: dense with
# the over-used words, reporting nothing, sectioned by short headings.
GENERATED = (
    "Riverside Library Reopens After Renovation\n\n"
    "The reopened library stands as a vibrant testament to the town's evolving cultural "
    "landscape, offering a seamless blend of quiet study rooms and lively community spaces.\n\n"
    "Highlights of the Renovation\n\n"
    "The new reading hall features tall windows and oak shelves, fostering a welcoming "
    "atmosphere for readers of every age and enhancing the building's historic character.\n\n"
    "The project marks a pivotal moment for the town, whose residents waited three years for "
    "the doors to open again after the roof was repaired and the old boiler was replaced.\n\n"
    "Community Reaction\n"
)


def _check():  # type: ignore[no-untyped-def]
    return make_check("generated-article", **builtin_options("llm.generated-article"))


def test_a_generated_page_has_its_headings_and_filler_reported() -> None:
    found = spans(_check(), GENERATED)
    assert "Highlights of the Renovation" in found
    assert "Community Reaction" in found  # a heading the excerpt was cut after
    assert any(s.startswith("The reopened library stands as a vibrant testament") for s in found)
    assert any(s.startswith("The new reading hall features") for s in found)
    # The page's own title and a plain sentence with one marker and no trailing clause are not.
    assert "Riverside Library Reopens After Renovation" not in found
    assert not any(s.startswith("The project marks") for s in found)


def test_reporting_makes_the_same_page_news() -> None:
    reported = GENERATED.replace(
        "the old boiler was replaced.",
        "the old boiler was replaced, the librarian said. “We are delighted,” she told us.",
    )
    assert spans(_check(), reported) == []


def test_without_a_heading_between_paragraphs_nothing_is_reported() -> None:
    flat = GENERATED.replace("Highlights of the Renovation\n\n", "").replace(
        "Community Reaction\n", ""
    )
    assert spans(_check(), flat) == []


def test_sparse_markers_leave_a_sectioned_statement_alone() -> None:
    # A government statement's headings and its occasional "enhancing" are human style.
    statement = (
        "Joint Statement on Port Cooperation\n\n"
        "The two governments signed an agreement on Tuesday to share data on cargo, crews and "
        "inspections at the six largest ports, enhancing cooperation between customs services.\n\n"
        "Next Steps\n\n"
        "A working group of officials from both ministries will meet in March to draw up the "
        "first common inspection plan and report to ministers before the end of the year.\n"
    )
    assert spans(_check(), statement) == []


def test_a_fact_sheet_s_labels_are_reported_on_a_generated_page() -> None:
    page = GENERATED.replace(
        "Highlights of the Renovation\n\n",
        "What: The library reopened.\nWhere: Mill Street.\nWhen: Saturday morning.\n\n"
        "Highlights of the Renovation\n\n",
    )
    found = spans(_check(), page)
    assert {"What:", "Where:", "When:"} <= set(found)


def test_short_quoted_terms_are_no_reporting() -> None:
    # Two short quotations on one line: the words between them are no quotation of their own.
    quoted = GENERATED.replace(
        "offering a seamless blend",
        'called "the hub" by its younger readers and "the shelf" by older ones, offering a seamless blend',
    )
    assert "Highlights of the Renovation" in spans(_check(), quoted)


def test_a_byline_between_title_and_story_is_no_heading() -> None:
    bylined = GENERATED.replace("Renovation\n\n", "Renovation\n\nJo Marsh · Staff Writer\n\n", 1)
    found = spans(_check(), bylined)
    assert "Highlights of the Renovation" in found
    assert "Jo Marsh · Staff Writer" not in found


# A page in the generated register with two sentences in a filler's shape and no marker: one
# naming nothing, one naming a person, a place and a time.
SHAPED = GENERATED + (
    "\nAs the seasons change, the building will remain a quiet place to read for anyone "
    "who needs one.\n\n"
    "As the Riverside Library reopens, Mayor Ines Okafor will hand out the first new cards "
    "at ten on Saturday.\n"
)
OPENERS = ["As", "In", "With", "By"]


def test_with_openers_a_sentence_in_a_fillers_shape_needs_no_marker() -> None:
    shaped = make_check(
        "generated-article", **{**builtin_options("llm.generated-article"), "openers": OPENERS}
    )
    found = spans(shaped, SHAPED)
    assert any(s.startswith("As the seasons change") for s in found)
    # The same opening clause in a sentence that names people and times is a report.
    assert not any(s.startswith("As the Riverside Library reopens") for s in found)
    # On a page that does not read as generated, the shape alone says nothing.
    reported = SHAPED.replace(
        "the old boiler was replaced.",
        "the old boiler was replaced, the librarian said. “We are delighted,” she told us.",
    )
    assert spans(shaped, reported) == []


def test_the_built_in_rule_reads_no_filler_shape() -> None:
    # Measured on unseen sites, the shape on generated-article's pages cost more findings off
    # the labels than it caught, so the built-in rule leaves it unread.
    assert not any(s.startswith("As the seasons change") for s in spans(_check(), SHAPED))
