"""Furniture at a page's ends that its neighbours give away: the last title of a listing the page's
end cut, a list of titles under a prompt below the story, a run of spaced short lines that holds a
prompt, a site's host name on a line of its own, a picture's credit alone in brackets."""

from __future__ import annotations

from newslint.document import Document
from newslint.furniture_credits import CREDIT
from newslint.furniture_edges import heading_list, host_lines
from newslint.furniture_listing import ends_a_listing
from newslint.furniture_related import listed_titles
from newslint.furniture_signals import line_evidence
from newslint.textblocks import Block

ITEM = "between"
STORY = (
    "Ferry route approved\n\n"
    "The harbour board approved a second ferry route to the islands on Tuesday after years of "
    "delays, officials said.\n\n"
)


def _blocks(text: str) -> list[Block]:
    return Document.from_raw(text).text_blocks


def test_the_last_line_after_a_listing_s_furniture_is_its_next_item() -> None:
    items = _blocks("Fares rise on the island ferry\n10:02 AM • 512 views\nPort strike ends\n")
    assert ends_a_listing(items, [ITEM, "a stamp", None], ITEM)


def test_a_line_set_apart_or_not_under_an_item_ends_no_listing() -> None:
    apart = _blocks("Fares rise on the island ferry\n10:02 AM • 512 views\n\nPort strike ends\n")
    assert not ends_a_listing(apart, [ITEM, "a stamp", None], ITEM)
    close = _blocks("Fares rise on the island ferry\n10:02 AM • 512 views\nPort strike ends\n")
    assert not ends_a_listing(close, [None, "a stamp", None], ITEM)  # no item above it
    assert not ends_a_listing(close, [ITEM, None, None], ITEM)  # no furniture line over it
    long = "The port strike ends " + "after a long night of talks " * 5
    assert not ends_a_listing(
        _blocks(f"Fares rise\n10:02 AM • 512 views\n{long}\n"), [ITEM, "a stamp", None], ITEM
    )


def test_a_prompt_below_the_story_heads_the_titles_under_it() -> None:
    items = _blocks(STORY + "Check this too\n\nCouncil delays vote on the new bus depot\n")
    reasons: list[str | None] = [None, None, "a prompt", None]
    weights = {"layout": -0.3}  # the prompt's words weigh nothing
    assert listed_titles(items, reasons, weights) == []
    assert listed_titles(items, reasons, weights, frozenset({"a prompt"})) == [3]


def test_a_run_of_spaced_lines_holding_furniture_is_no_list_of_headings() -> None:
    items = _blocks(STORY + "Harbour\n\nFerries\n\nSource link\n\nLeave a Reply\n")
    assert heading_list(items, range(len(items)), 3) == {2, 3, 4, 5}
    reasons: list[str | None] = [None, None, None, None, None, "a prompt"]
    assert heading_list(items, range(len(items)), 3, reasons) == set()
    assert heading_list(items, range(len(items)), 3, [None] * 6) == {2, 3, 4, 5}


def _hosts(text: str) -> list[str]:
    items = _blocks(text)
    reasons = [line_evidence(b) for b in items]
    return [items[i].text for i in host_lines(items, reasons)]


def test_a_host_name_beside_furniture_is_the_site_s_address() -> None:
    title = "Ferry route approved after long delays - Harbour News\n\n"
    for line in ("HARBOURNEWS.COM", "harbournews.com", "harbour-news.co.uk", "Harbourpost.nz"):
        assert _hosts(f"{line}\n{title}The board met on Monday, officials said.\n") == [line]
    for line in ("Vol.II", "No.IV", "U.S.", "Mr.Lind", "e.g"):
        assert _hosts(f"{line}\n{title}The board met on Monday, officials said.\n") == []


def test_a_firm_named_by_its_domain_over_its_paragraph_is_the_story_s() -> None:
    assert _hosts(STORY + "Ferryfares.com\n\nThe booking site sold out the first week.\n") == []


def test_a_credit_alone_in_brackets_names_its_agency_after_via() -> None:
    assert CREDIT.search("(Harbour Police via AP)")
    assert CREDIT.search("[Jane Doe via Getty Images]")
    assert not CREDIT.search("(Supplies arrived via Turkey)")  # the story's aside
    assert not CREDIT.search("(Translated From The Welsh Via Machine)")  # no credit's "via"
