"""Interface text addressed to the reader (paywall, sign-in, comment and cookie notes) outside the
article, judged by the grammar of address; and the story's own address left alone."""

from __future__ import annotations

import pytest

from newslint.engine import Linter

from .furniture_pages import FERRY_HEADLINE as HEADLINE
from .furniture_pages import FERRY_STORY as BODY
from .furniture_pages import furniture_linter, reported


@pytest.fixture(scope="module")
def furniture() -> Linter:
    return furniture_linter()


@pytest.mark.parametrize(
    "note",
    [
        "You have used all of your free stories for this month.",
        "Please type your comment here",
        "By continuing to browse the site you accept the use of cookies.",
        "The story you are looking for may have moved.",
        "This topic is now saved in your list.",
        "Please wait while the page loads",
    ],
)
def test_a_note_speaking_to_the_reader_below_the_article_is_furniture(
    furniture: Linter, note: str
) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{note}\n"
    assert reported(furniture, text) == [note]


def test_a_prompt_under_the_headline_is_furniture_but_the_headline_is_not(
    furniture: Linter,
) -> None:
    prompt = "Sign up today: the morning briefing delivered to your inbox"
    assert reported(furniture, f"{HEADLINE}\n\n{prompt}\n\n{BODY}\n") == [prompt]


@pytest.mark.parametrize(
    "line",
    [
        "Everything you need to know about the new ferry route",  # the headline itself
        "The Ferry Timetable Is Not What You Expected",  # a title: every word capitalised
    ],
)
def test_a_headline_speaking_to_the_reader_is_not(furniture: Linter, line: str) -> None:
    assert reported(furniture, f"{line}\n\n{BODY}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "“You will get your tickets back,” the harbour master told islanders.",  # quoted speech
        "Thank you. (Applause.)",  # a speech's formula
        "I hope you will all join me on the first crossing.",  # the writer's or speaker's voice
    ],
)
def test_quotation_thanks_and_a_first_person_voice_are_not(furniture: Linter, line: str) -> None:
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{line}\n") == []


def test_a_line_speaking_to_the_reader_of_a_page_that_does_so_throughout_is_not(
    furniture: Linter,
) -> None:
    """A guide or a speech addresses its reader in its own paragraphs: there the address says
    nothing about the site's interface."""
    guide = (
        "Before you book, check whether your season ticket covers the new route: the harbour board "
        "said on Tuesday that holders of the old tickets would be refunded in full by the end of "
        "the summer, and that the first crossing would leave at nine."
    )
    closing = "You can book at the harbour office."
    assert reported(furniture, f"{HEADLINE}\n\n{guide}\n\n{closing}\n") == []


@pytest.mark.parametrize("label", ["Read More", "Full Story", "See More", "Next Story"])
def test_a_link_label_after_the_paragraphs_last_sentence_is_reported_alone(
    furniture: Linter, label: str
) -> None:
    # "full", "see" and "next" are on jusText's stop list, but no function word
    text = f"{HEADLINE}\n\n{BODY} {label}\n\nThe board meets again in May.\n"
    assert reported(furniture, text) == [label]


@pytest.mark.parametrize(
    "end",
    [
        " Dana Whitcombe",  # a pull quote's speaker: a name, not everyday words
        " The",  # a line cut by the page's wrap
        " Continue Reading",  # the page's last line may be cut anywhere
    ],
)
def test_a_name_a_cut_line_or_the_pages_last_line_is_no_link_label(
    furniture: Linter, end: str
) -> None:
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}{end}\n") == []


def test_a_line_wrapped_into_a_lower_case_block_is_no_link_label(furniture: Linter) -> None:
    text = f"{HEADLINE}\n\n{BODY} Ferry Service\n\nwill resume in May, the board said.\n"
    assert reported(furniture, text) == []


def test_an_e_mail_header_is_a_panel_of_fields(furniture: Linter) -> None:
    header = [
        "From: Dana Whitcombe",
        "Sent: Tuesday, March 3, 2015 10:14 AM",
        "To: the harbour board's members",
        "Subject: RE: when does the second ferry route open?",
    ]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(header) + "\n"
    assert reported(furniture, text) == header


def test_an_interviews_turns_are_not_a_panel(furniture: Linter) -> None:
    """Two speakers' labels, and a time in one answer: a transcript, not a header."""
    turns = [
        "Whitcombe: The first crossing leaves at 09:30 on the first of April.",
        "Reporter: And the old tickets?",
        "Whitcombe: Refunded in full by the end of the summer.",
    ]
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(turns) + "\n") == []


def test_a_teasers_headline_among_its_caption_and_date_below_the_story_is_furniture(
    furniture: Linter,
) -> None:
    teaser = "Islanders queue overnight for the last tickets of the old season"
    text = (
        f"{HEADLINE}\n\n{BODY}\n\nMore stories\n\n"
        "Dana Whitcombe, left, waits at the quay, Monday, May 4, 2026. (AP Photo/Jo Lind)\n\n"
        f"{teaser}\n\n05.04.2026\n"
    )
    assert teaser in reported(furniture, text)


def test_a_subheading_after_the_story_over_a_furniture_line_is_not_a_teaser(
    furniture: Linter,
) -> None:
    subheading = "What the new timetable means for islanders"
    text = f"{HEADLINE}\n\n{BODY}\n\n{subheading}\n\n05.04.2026\n"
    assert subheading not in reported(furniture, text)


@pytest.mark.parametrize(
    "caption",
    [
        "Dana Whitcombe, left, and Jo Lind wait for the first ferry at the quay.",
        "Islanders wait for the first ferry at the quay in Portsmouth, Monday, May 4, 2026.",
        "Harbour master Dana Whitcombe (2nd from R) cuts the ribbon at the quay on May 4, 2026.",
        "(From L to R) Dana Whitcombe, Jo Lind and Sam Hale wait for the first ferry.",
        "Mayor Jo Lind (L) and Dana Whitcombe (R) shake hands at the quay on Monday.",
        "Harbour master Dana Whitcombe (right) greets the first passengers at the quay.",
        "Ferry captain Sam Hale (centre)",
    ],
)
def test_a_caption_in_the_agencies_style_is_furniture(furniture: Linter, caption: str) -> None:
    assert reported(furniture, f"{HEADLINE}\n\n{caption}\n\n{BODY}\n") == [caption]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, May 4, 2026, the board met at the quay to settle the timetable.",
        "The ferry turned left, then right, before it reached the quay.",
        "Sens. Jo Lind (R) and Sam Hale (R) said the ferry bill would pass on Tuesday.",
        "The Left (Die Linke) opposed the ferry subsidy, as did the Greens (right).",
    ],
)
def test_the_storys_dates_and_directions_are_not_caption_style(
    furniture: Linter, sentence: str
) -> None:
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{sentence}\n\n{BODY}\n") == []


def test_a_caption_laid_out_in_a_table_cell_is_furniture(furniture: Linter) -> None:
    """A CMS that sets a picture and its caption in a one-cell table leaves the cell's separator
    after the caption; the caption's credit and positions are read before it."""
    for caption in [
        "Mayor Jo Lind (right) welcomes the first passengers at the quay. |",
        "Mayor Jo Lind opens the new terminal at the quay - Photo: Harbour Board |",
    ]:
        assert reported(furniture, f"{HEADLINE}\n\n{caption}\n\n{BODY}\n") == [caption]


def test_a_slideshows_picture_label_behind_a_list_mark_is_furniture(furniture: Linter) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n- File photo\n\n{BODY}\n"
    assert reported(furniture, text) == ["- File photo"]


def test_a_headline_over_its_byline_block_is_not_a_menu_item(furniture: Linter) -> None:
    """The headline, the author's picture label and the byline come line after line; only the
    two under the headline are furniture."""
    text = f"Ferry route opens in spring\nPhoto of author\nBy Dana Whitcombe\n\n{BODY}\n"
    assert reported(furniture, text) == ["Photo of author", "By Dana Whitcombe"]


EXPLAINER = (
    "After the first year, the account holds $1,050. In the second year, the bank pays interest "
    "not only on the original deposit but also on the $50 earned the year before, so the balance "
    "grows to $1,102.50. Over long periods this compounding makes savings grow far faster than "
    "simple interest would suggest."
)


def test_an_explainers_lead_in_addressed_to_the_reader_is_the_storys(furniture: Linter) -> None:
    """A guide opens on a case put to the reader ("Imagine you're…") whose words are the
    paragraphs' own; a sign-in note on the same page shares one of them by chance at most."""
    lead_in = "Imagine you're putting $1,000 into a savings account that pays 5% a year."
    note = "Sign in to your account to keep reading."
    text = f"How Compound Interest Works\n\n{lead_in}\n\n{EXPLAINER}\n\n{note}\n"
    assert reported(furniture, text) == [note]


TEASER = "The board met on Tuesday to settle the timetable for the new route and"


@pytest.mark.parametrize(
    "link", ["…continue reading", " … Continue reading →", " […] Read more »", ". (more…)"]
)
def test_a_link_after_a_teasers_cut_is_reported_alone(furniture: Linter, link: str) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{TEASER}{link}\n\n{BODY}\n"
    assert reported(furniture, text) == [link.lstrip(" .")]


@pytest.mark.parametrize("end", [" then… silence", " waited… and waited", " (see below)"])
def test_prose_after_a_pause_or_a_bracket_is_no_link(furniture: Linter, end: str) -> None:
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{TEASER}{end}\n\n{BODY}\n") == []


def test_a_long_note_below_the_story_is_not_its_last_paragraph(furniture: Linter) -> None:
    # long and wordy enough to read as prose, it was counted as the story's own last paragraph
    more = (
        "Islanders had asked for a second route for years, and the board said the new boats "
        "would carry up to four hundred passengers and sixty cars on each crossing in summer."
    )
    note = (
        "You are welcome to republish this article online or in print periodicals under a "
        "Creative Commons licence, as long as you credit the author and the paper and do not "
        "edit the piece; you may publish excerpts of it too."
    )
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{more}\n\n{note}\n") == [note]
    # the story's own advice to its reader, on its subject, stays the story's
    advice = (
        "If you plan to travel on the first crossing of the new route in the spring, the board "
        "advises you to book your tickets at least a week ahead, because it expects that the "
        "first boats will be full on most days."
    )
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{more}\n\n{advice}\n") == []
