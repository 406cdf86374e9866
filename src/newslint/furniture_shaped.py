"""Lines `furniture-block` reports by their shape or their place alone, for `PageJudge`
(`furniture_page`): of the blocks the shape model scores as furniture, those the page's own text
does not explain (a repetition of its title, a dateline, a heading, a list's item), and a
headline-sized line between two furniture lines (an item of a listing).
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.furniture_credits import CAPTION, CREDIT_LINE
from newslint.furniture_edges import heading_list, named_in_opening
from newslint.furniture_listing import TITLE_ITEM_WORDS
from newslint.furniture_signals import TEMPLATE_TAG
from newslint.furniture_stamps import place_and_date
from newslint.furniture_story import heads_a_table, in_a_table, is_result_line
from newslint.page_layout import (
    CAPITALS_NAME_LINE,
    PLACE_LINE,
    find_headline,
    heads_numbered_list,
    heads_paragraph,
    introduced_list,
    is_sentence,
    parts_by_blank_lines,
    styled_as_subheading,
    wraps_on,
)
from newslint.textblocks import Block

BETWEEN = "between two furniture lines (a listing of other stories)"
SHAPED = "shaped like page furniture, not article text"
NAME_LINE_WORDS = 6  # the longest dateline or name line in capitals
_CREDITS = frozenset({CREDIT_LINE, CAPTION})  # a slideshow's pictures, around its paragraphs


def mark_shaped(
    items: list[Block],
    reasons: list[str | None],
    shaped: list[int],
    outline: set[int],
    styles: dict[str, set[int]],
    opening: int,
    *,
    min_run: int,
    max_words: int,
    bare_date: Callable[[Block], bool],
) -> None:
    """Marks SHAPED each block of `shaped` (the model's) but those the page's own text explains.
    `outline`: blocks the story owns; `styles`: the page's subheading styles; `opening`: its
    first opening (`first_opening`); `bare_date`: whether a block is only a date."""
    headings = heading_list(items, range(len(items)), min_run, reasons)
    headline = find_headline(items, reasons)
    # the page's title printed again, whole or shortened, over its heading: a repetition
    title = set() if headline is None else set(items[headline].text.casefold().split())
    blank_parted = parts_by_blank_lines(items)
    for index in shaped:
        words = set(items[index].text.casefold().split())
        if index == headline or (len(words) >= 2 and words <= title):
            continue
        if bare_date(items[index]) and index - 1 in (0, headline):
            continue  # a bare date under the first line or the headline: its dateline
        if (index + 1 == opening or (headline is not None and abs(index - headline) == 1)) and (
            place_and_date(items[index].text)
        ):
            continue  # "Brussels, 4 April 2019" by the headline or over the story: its dateline
        if index in headings or introduced_list(items, index, max_words, opening):
            continue
        # A place line, or a line that stops on a comma (a sentence cut by a page break).
        if PLACE_LINE.fullmatch(items[index].text) or items[index].text.endswith(","):
            continue
        if items[index].words <= NAME_LINE_WORDS and CAPITALS_NAME_LINE.fullmatch(
            items[index].text
        ):
            continue  # a dateline, a judge's or a speaker's line in capitals
        if is_result_line(items[index].text):  # a roundup's heading over a game's report
            continue
        if heads_paragraph(items, index, blank_parted) or heads_a_table(items, index):
            continue
        if named_in_opening(items, index):
            continue  # a name heading its paragraph (an obituary in a roundup, a profile)
        if heads_numbered_list(items, index) or in_a_table(items, index) or index in outline:
            continue
        if styled_as_subheading(items, index, styles) or wraps_on(items, index):
            continue
        reasons[index] = SHAPED


def sandwiched(items: list[Block], reasons: list[str | None], index: int, last_prose: int) -> bool:
    """A headline-sized line right between two furniture lines, with no blank line either side,
    is one item of a listing ("Story title / 01:19 PM • 6736 views / Story title / …"). After
    the story's last paragraph of prose, blank lines may set the listing's items apart (a
    teaser's caption, its headline, its date): nothing of the story is left to head."""
    before, block, after = items[index - 1], items[index], items[index + 1]
    if reasons[index - 1] is None or reasons[index + 1] is None or block.lines > 1:
        return False
    if block.words > TITLE_ITEM_WORDS:
        return False
    around = {reasons[index - 1], reasons[index + 1]}
    if is_sentence(block) and (around == {TEMPLATE_TAG} or around <= _CREDITS):
        # a paragraph a CMS wrapped in its tags ("[ad_1]" / "[ad_2]"), a slideshow's text
        # between two pictures' credits
        return False
    if is_sentence(block) and not (_worded(before) and _worded(after)):
        # a rule of bars or stars parts a page's sections; the sentence beside it is the text
        # of its section (a newsletter's notice under its heading), no item of a listing
        return False
    if index > last_prose:
        return not block.ends_sentence or block.text.endswith("?")
    return before.end + 1 == block.start and block.end + 1 == after.start


def _worded(block: Block) -> bool:
    """Whether a line holds a word or a figure: a line of bars or stars alone is a rule."""
    return any(ch.isalnum() for ch in block.text)
