"""structure.repeated-edge: a caption, credit or headline printed again at the edge of a nearby
line, glued there to other text at a seam."""

from __future__ import annotations

from newslint.checks.edge_copies import edge_copies
from newslint.document import Document


def _copies(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in edge_copies(Document.from_raw(text), 4)]


def test_a_caption_line_repeating_the_end_of_a_stamp_line():
    text = (
        "Ferry service resumes\n\n"
        "date 2024-04-25 Minister of Transport Ana Reyes\n\n"
        "The ferries run again\n\n"
        "Minister of Transport Ana Reyes.\n"
    )
    assert _copies(text) == ["Minister of Transport Ana Reyes"]


def test_a_link_item_glued_to_the_start_of_the_story():
    text = (
        "• Govt to survey red tape in the service trade\n"
        "Gov't to survey red tape in the service trade Seoul's market alley is quiet. The survey starts on Monday.\n"
    )
    # The apostrophe is folded: "Govt" and "Gov't" are one word.
    assert _copies(text) == ["Gov't to survey red tape in the service trade"]


def test_a_caption_block_printed_whole_and_then_in_pieces():
    text = (
        "Market stalls on the quay, 3 May 2024. Photo by Harbour Board staff\n"
        "Market stalls on the quay\n"
        "Photo by Harbour Board staff\n"
    )
    assert _copies(text) == ["Photo by Harbour Board staff"]


def test_prose_reusing_a_heading_or_a_title_has_no_seam():
    heading = "Port and Town Relations\n\nPort and town relations rest on long ties.\n"
    title = "Harbour Safety Seminar 2024\n\nWe met at the Harbour Safety Seminar 2024.\n"
    glued_title = "An Update from the Harbour Open Data Group\n\nHarbour Open Data Group\n"
    assert _copies(heading) == _copies(title) == _copies(glued_title) == []


def test_copies_far_apart_short_or_held_by_a_paragraph_are_left_alone():
    far = (
        "Photo by Harbour Board staff\n"
        + "Other line here.\n" * 5
        + ("Photo by Harbour Board staff The quay opened.\n")
    )
    short = "Harbour Board staff\nHarbour Board staff The quay opened.\n"
    paragraph = " ".join(["The quay opened on Monday after years of work on its walls."] * 4)
    held = paragraph + " Photo by Harbour Board staff\nPhoto by Harbour Board staff\n"
    assert _copies(far) == _copies(short) == _copies(held) == []
