"""Lines inside the story that are shaped like furniture but belong to it, told by their
neighbours: an announced list, a transcript's stage directions, a review's stars, a letter's
signature, the words a hard wrap left on a line, a table's rows, a lead under a caption's head."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from tests.checks.furniture_pages import STORY, furniture_linter, reported

PARAGRAPH = (
    "The ferry company said on Tuesday that sailings from the northern ports would resume "
    "next week once the repairs to the loading ramps were finished and inspected."
)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return furniture_linter()


def test_a_list_a_paragraph_announces_with_a_colon_is_the_story(linter: Linter) -> None:
    towns = ["Ashby", "Brackley", "Corby", "Daventry", "Long Eaton", "Market Harborough"]
    items = "\n".join(f"- {town}" for town in towns)
    text = (
        f"{STORY}\nFrost warning for the weekend\n"
        "Temperatures could fall to minus six overnight in the districts, which include:\n"
        f"{items}\n\n{PARAGRAPH}\n"
    )
    assert reported(linter, text) == []


def test_three_alike_items_under_a_paragraph_with_prose_after_are_the_story(
    linter: Linter,
) -> None:
    chapters = [
        "Why the ferry stopped (2:05)",
        "What the engineers found (9:30)",
        "The cost of the repairs (14:12)",
        "When sailings resume (21:48)",
    ]
    items = "\n\n".join(f"·     {c}" for c in chapters)
    text = f"{STORY}\n\n{PARAGRAPH}\n\n{items}\n\n{STORY}\n"
    assert reported(linter, text) == []


def test_a_transcripts_stage_directions_are_the_transcript(linter: Linter) -> None:
    text = (
        "Morning Programme\n\nAired March 4, 2026 - 07:30 ET\n\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
        "(COMMERCIAL BREAK)\n\n[07:31:02]\n\n(BEGIN VIDEO CLIP)\n\n"
        "HELEN MARSH, HARBOUR BOARD CHAIR: We will meet again at the end of the month, and we "
        "expect to settle the question of the berths.\n\n(END VIDEO CLIP)\n\n"
        "TOM REID, PRESENTER: The harbour board's chair there, speaking after a long week of "
        "delays at the port.\n"
    )
    found = reported(linter, text)
    for direction in ("(COMMERCIAL BREAK)", "[07:31:02]", "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)"):
        assert direction not in found


def test_a_reviews_stars_under_its_headline_are_its_verdict(linter: Linter) -> None:
    text = (
        "The Salt Road review – a slow, tender film about a coastal town\n★★★☆☆\n\n"
        "Director: Ana Ruiz. Cert 15. 98 mins.\n\n"
        f"{STORY}\n\n{PARAGRAPH}\n"
    )
    assert "★★★☆☆" not in reported(linter, text)


def test_the_signatures_of_a_letters_page_are_the_letters(linter: Linter) -> None:
    text = (
        "Harbour fees will drive the boats away\n\n"
        f"Sir, {STORY}\nAlan Hirst\nWhitby\n\n"
        f"Sir, {PARAGRAPH}\nMrs J Calder\nStaithes\n\n"
        "A ferry worth keeping\n\n"
        f"Sir, {STORY}\nPeter Oduya\nSandsend\n"
    )
    found = reported(linter, text)
    for line in ("Alan Hirst", "Whitby", "Mrs J Calder", "Staithes", "Peter Oduya", "Sandsend"):
        assert line not in found
    assert "A ferry worth keeping" not in found


def test_the_words_a_hard_wrap_left_on_a_line_are_the_sentence(linter: Linter) -> None:
    text = (
        "The\nHarbour Master\nreported that the survey of the outer wall had been completed\n"
        "on time and that the engineers had found no damage to the foundations, though\n"
        "the repairs to the upper courses would need to wait for calmer weather. He said\n"
        "the board had been told of the delay. The members asked him to report again\n"
        "in the spring, once the contractors had priced the work, on\n"
        "· Costs of the scaffolding /\ninsurance terms\n· Access for\nfishing boats\n"
        "The chair thanked him for the report and the meeting moved to the next item on the\n"
        "agenda, the renewal of the harbour's dredging licence for a further five years.\n"
    )
    assert reported(linter, text) == []


def test_a_credit_split_over_lines_stays_a_credit(linter: Linter) -> None:
    wrapped = (
        "The Harbour Master reported that the survey of the outer wall had been completed\n"
        "on time and that the engineers had found no damage to the foundations of it.\n"
    )
    text = f"{wrapped}\nPhoto: Jane Roe /\nHarbour Daily\n\n{wrapped}\n{wrapped}"
    assert "Photo: Jane Roe /" in reported(linter, text)


def test_a_currency_rate_is_a_row_of_the_markets_table(linter: Linter) -> None:
    text = (
        f"Shares rise as ports reopen\n\n{STORY}\n\n{PARAGRAPH}\n\n{STORY}\n\n"
        "Markets at a glance\nFTSE 100: 8,102.3 (+0.4pc)\nFTSE 250: 20,402.3 (+0.1pc)\n"
        "Dow Jones: 41,877.0 (-0.2pc)\n£/$: 1.2611\n£/€: 1.1790\n"
    )
    assert reported(linter, text) == []


def test_a_kicker_and_headline_split_by_commas_is_no_field(linter: Linter) -> None:
    text = f"Harbour: a grey, wet morning, with gales later\n\n{STORY}\n\n{PARAGRAPH}\n"
    assert reported(linter, text) == []


def test_a_lead_under_an_agencys_head_of_place_and_date_is_the_story(linter: Linter) -> None:
    lead = (
        "WHITBY, ENGLAND - APRIL 2, 2026: Harbour Ferries today announced that sailings would "
        "resume next week. The company said the repairs had cost more than expected."
    )
    caption = (
        "WHITBY, ENGLAND - APRIL 2: A crane lifts a new ramp onto the ferry berth at Whitby "
        "harbour on April 2, 2026 in Whitby, England."
    )
    said = "WHITBY, ENGLAND - APRIL 2: The ramps will be ready by Friday, the harbour master said."
    headline = "Ferries to sail again from Whitby next week"
    for line in (lead, said):
        assert reported(linter, f"{headline}\n\n{line}\n\n{STORY}\n\n{PARAGRAPH}\n") == []
    assert caption in reported(linter, f"{headline}\n\n{caption}\n\n{STORY}\n\n{PARAGRAPH}\n")


def test_a_rating_in_emoji_with_a_half_mark_is_the_reviews_verdict(linter: Linter) -> None:
    text = (
        "The Salt Road (Harbour Theatre)\n\nWriter: Ana Ruiz      Director: Tom Reid\n\n"
        f"⭐⭐💫\n\n{STORY}\n\n{PARAGRAPH}\n"
    )
    assert "⭐⭐💫" not in reported(linter, text)


@pytest.mark.parametrize("icons", ["📧🖨", "👍", "🔗✉️"])
def test_icons_of_one_each_kind_or_a_lone_icon_are_no_rating(linter: Linter, icons: str) -> None:
    # a share bar's icons, one per network, or a lone reaction: no repeated mark rates anything
    text = f"Ferries to sail again from Whitby next week\n\n{icons}\n\n{STORY}\n\n{PARAGRAPH}\n"
    assert icons in reported(linter, text)


@pytest.mark.parametrize("stars", ["★☆☆☆☆", "⭐️⭐️⭐️", "★★★★"])
def test_a_run_of_one_mark_with_or_without_empty_marks_is_a_rating(
    linter: Linter, stars: str
) -> None:
    text = f"The Salt Road (Harbour Theatre)\n\n{stars}\n\n{STORY}\n\n{PARAGRAPH}\n"
    assert stars not in reported(linter, text)


def _tip(task: str, long: bool = False) -> str:
    return (
        f"- {task} before the first frosts. Water them well if the weather stays dry, and keep "
        "them out of the cold winds off the hills."
        + long
        * " Mulch the beds with leaf mould, and stake the taller plants."
    )


def test_a_short_line_over_a_list_of_sentences_heads_a_section(linter: Linter) -> None:
    text = (
        f"{STORY}\n{PARAGRAPH}\nWinter is coming!\n{_tip('Wrap the stems of tender palms', True)}\n"
        f"{_tip('Plant any tree or shrub', True)}\nSeeds and sowing\n{_tip('Sow sweet peas in pots', True)}\n"
        f"{_tip('Collect and sow seeds', True)}\nRoses\n{_tip('Cut bush roses back by a third')}\n"
        f"{_tip('Clear up any diseased rose leaves')}\n"
    )
    assert "Roses" not in reported(linter, text)


def test_a_short_line_over_a_list_of_labels_is_still_judged(linter: Linter) -> None:
    links = "\n".join(f"- {name}" for name in ("Weather", "Traffic", "Sport", "Letters"))
    text = f"{STORY}\n\n{PARAGRAPH}\n\nMore from us\n{links}\n"
    assert "More from us" in reported(linter, text)


def test_a_line_of_two_sentences_is_no_headline_for_a_label_above_it(linter: Linter) -> None:
    lead = (
        "Weekly summary of the cattle sales at the northern markets. Weighted averages for all "
        "grades were steady to two dollars higher, with good demand from the packers."
    )
    text = f"Livestock\n\n{lead}\n\n{STORY}\n\n{PARAGRAPH}\n"
    assert "Livestock" not in reported(linter, text)


def test_a_label_above_a_long_headline_of_one_sentence_stays_a_label(linter: Linter) -> None:
    headline = (
        "Harbour board agrees to meet again at the end of the month to settle the tariffs and "
        "berths that kept the two northern ports apart all year."
    )
    text = f"Subscriber Only\n\n{headline}\n\n{STORY}\n\n{PARAGRAPH}\n"
    assert "Subscriber Only" in reported(linter, text)
