"""A table of figures flattened one cell a line (`furniture_story.among_figures`): its row labels
and sums are as short and bare as a menu's items, but they are the page's own text, and the
shape model's verdict gives way to it. A menu of words, or of years, is still a menu."""

from __future__ import annotations

from newslint.furniture_story import among_figures
from newslint.textblocks import blocks

PROSE = (
    "The committee's report on the year's spending was read at the annual meeting in the"
    " town hall and approved without a vote."
)
ACCOUNTS = (
    "Highways.\n1,250 00\n1,198 40\n51 60\nLibrary.\n600 00\n574 15\n25 85\nPolice.\n2,400 00"
)


def _among(text: str) -> list[bool]:
    items = blocks(text)
    return [among_figures(items, i) for i in range(len(items))]


def test_the_cells_and_labels_of_a_flattened_accounts_table() -> None:
    flags = _among(f"Town accounts\n\n{PROSE}\n\n{ACCOUNTS}\n")
    assert flags[:2] == [False, False]  # the heading and the paragraph
    assert all(flags[4:])  # the cells from the first sums on, their labels with them


def test_a_menu_of_words_with_a_count_is_no_table() -> None:
    menu = "Home\nWorld\nBusiness\nComments 125\nSport\nWeather\nShare 2,400"
    assert not any(_among(f"{menu}\n\n{PROSE}\n"))


def test_an_archive_of_years_is_no_table() -> None:
    years = "Archive\n2024\n2023\n2022\n2021\n2020\n2019"
    assert not any(_among(f"{PROSE}\n\n{years}\n"))


def test_page_numbers_are_no_table() -> None:
    pages = "1\n2\n3\n4\n5\nNext"
    assert not any(_among(f"{PROSE}\n\n{pages}\n"))
