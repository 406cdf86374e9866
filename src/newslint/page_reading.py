"""A reading of the whole page: does it hold one running story, or is it made of sections, each a
title over its own story (a listing of headlines with their teasers, a wire service's page of
several stories, a newsletter of notices)? `furniture-block` and `story-headline` ask it of
titles they would report by look or place alone.

A line shaped like a headline between paragraphs reads the same on both kinds of page; the page
tells them apart. Under an article, another story's headline stands among paragraphs of one
story that runs on (the article holds most of the page's prose) and names what the paragraph
after it does not. On a page of sections no section holds most of the prose, and the titles
head their own stories: the paragraph under a title takes its words up ("Lee Ginsburg resigns
from board" / "Lee Ginsburg, non-executive director, has resigned from the board"). On such a
page every title over a paragraph is the page's own text, and so is a title that ends the page
(the excerpt cut its story off).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import NamedTuple

from newslint.listing import PROSE_WORDS, is_prose, title_shaped
from newslint.regex_store import compile_pattern
from newslint.taken_up import taken_up
from newslint.textblocks import Block

STORY_SHARE = 0.6  # the share of the page's prose that makes one section the page's story
TOLD_TITLES = 2  # titles whose paragraph takes their words up: the page's titles head stories
TAKEN_SHARE = 0.34  # the share of a title's words its story's opening takes up
TAKEN_WORDS = 2  # and at least this many (a title of one or two words: all of them)
ITEM_LINE_WORDS = 6  # the longest line (a date, a byline) between a title and its paragraph
_CUT_ENDS = ("…", "...")  # a teaser cut off by the listing is its item's paragraph too
_BYLINE_OPENINGS = ("By ", "by ")


class PageLooks(NamedTuple):
    """The reasons (`furniture-block`'s) that read a line by its look or place alone: what the
    page's reading may overrule, for a section's title and for a table's cell. (A named tuple,
    not a dataclass: dataclasses imports inspect, which a plain check never loads.)"""

    sections: frozenset[str]
    cells: frozenset[str]
    story_ends: frozenset[str]  # a note about the page ("Share this article"): the story ended


def page_own(
    items: list[Block], reasons: list[str | None], looks: PageLooks, site_title: str
) -> set[int]:
    """The lines judged furniture by look or place alone that the page's reading gives back to
    it: the titles of a page of sections (`section_titles`) and the cells of a table of people
    (`table_cells`). The page's first title keeps `site_title`, a title line with the site's
    name after a dash; a later one ends on the speaker it quotes ("… – Envoy")."""
    if not any(reason in looks.sections or reason in looks.cells for reason in reasons):
        return set()  # most pages: nothing to give back, nothing read
    sections = section_titles(items)
    # after a note that speaks of the page itself the story has ended: the titles under it are
    # the page's list of other stories (a brief's "Share this article", then its related items)
    end = next((i for i, r in enumerate(reasons) if r in looks.story_ends), len(items))
    own = {i for i in sections if reasons[i] in looks.sections and i < end}
    if sections and reasons[min(sections)] == site_title:
        own.discard(min(sections))
    return own | {i for i in table_cells(items) if reasons[i] in looks.cells}


def section_titles(items: list[Block]) -> set[int]:
    """The titles of a page made of sections (none when one story runs through the page)."""
    heads = {i: at for i in range(len(items)) if (at := _headed(items, i)) is not None}
    if len(heads) < TOLD_TITLES:
        return set()
    # a title the paragraph under it does not take up (another story's link) parts no story
    told = [i for i, at in heads.items() if _tells(items[i], items[at])]
    if len(told) < TOLD_TITLES or _one_story(items, told):
        return set()
    titles = set(heads)  # the page's titles over paragraphs, told or not: its sections' heads
    last = len(items) - 1
    if last > max(heads) and title_shaped(items[last]) and not _body(items[last]):
        titles.add(last)  # the excerpt ends on a title: its story was cut off
    return titles


def _body(block: Block) -> bool:
    """A paragraph of prose, or a teaser the listing cut off with an ellipsis."""
    if is_prose(block):
        return True
    return block.words >= PROSE_WORDS and block.text.rstrip().endswith(_CUT_ENDS)


def _headed(items: list[Block], index: int) -> int | None:
    """The paragraph a title heads (its date or byline may stand between them), or None."""
    if not title_shaped(items[index]) or _body(items[index]):
        return None
    at = index + 1
    if at < len(items) and _item_line(items[at]):
        at += 1
    return at if at < len(items) and _body(items[at]) else None


def _item_line(block: Block) -> bool:
    """A short line with a figure (a date) or a byline: what stands under a listing's title."""
    text = block.text.strip()
    if block.lines > 1 or block.words > ITEM_LINE_WORDS or _body(block):
        return False
    return any(c.isdigit() for c in text) or text.startswith(_BYLINE_OPENINGS)


def _tells(title: Block, paragraph: Block) -> bool:
    """Whether the paragraph's opening takes up the title's words: the title heads its story."""
    taken, words = taken_up(title.text, paragraph.text)
    if words < TAKEN_WORDS:
        return words > 0 and taken == words
    return taken >= max(TAKEN_WORDS, TAKEN_SHARE * words)


def _one_story(items: list[Block], heads: list[int]) -> bool:
    """Whether one section (or the prose above the first title) holds most of the page's prose:
    a running story, which another story's headline may interrupt."""
    bounds = [0, *heads, len(items)]
    masses = [sum(b.words for b in items[a:z] if _body(b)) for a, z in pairwise(bounds)]
    return max(masses) > STORY_SHARE * sum(masses)


# A person's name as a table of people prints it: a courtesy title or initials, then a name of
# one to three capitalised words ("Mrs J. Hartley", "Cllr A Ross", "Cllr Ann Ross", "P. Okonjo").
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Coun|Sir|Dame|Lord|Lady|Rev|Revd|Prof|Professor|"
    r"PC|Sgt|Insp|Capt|Col|Hon|Judge|Justice|Alderman|Ald)\.?"
)
_CAPITALISED = r"\p{Lu}[\p{L}'’-]+"
_PERSON = compile_pattern(
    rf"(?:{_HONORIFIC}\s+(?:\p{{Lu}}\.?\s*)*|(?:\p{{Lu}}\.\s?)+){_CAPITALISED}"
    rf"(?:\s+{_CAPITALISED}){{0,2}}"
)
TABLE_PEOPLE = 3  # people in a run of short lines that make it a table of people
CELL_WORDS = 6  # the longest cell of a flattened table
ROW_CELLS = 3  # the most cells of a row: a name, its role, its party
HEAD_CELLS = 3  # short lines over a table's first name: its headings ("Present", "Role")


def table_cells(items: list[Block]) -> set[int]:
    """The cells of tables of people flattened into lines, one cell a line: a name, then its
    role or party ("Mrs J. Hartley" / "Chairman" / "Mr P. Okonjo" / "Vice-Chairman"), a
    meeting's attendance or a board's members. Each is the page's text; a menu's run of short
    lines names sections and pages, not people with their courtesy titles or initials."""
    cells: set[int] = set()
    people = [i for i, block in enumerate(items) if _cell(block) and _person(block)]
    run: list[int] = []
    for index in people:
        if run and not _row_apart(items, run[-1], index):
            cells |= _table(items, run)
            run = []
        run.append(index)
    return cells | _table(items, run)


def _cell(block: Block) -> bool:
    return block.lines == 1 and block.words <= CELL_WORDS and not _body(block)


def _person(block: Block) -> bool:
    return _PERSON.fullmatch(block.text.strip()) is not None


def _row_apart(items: list[Block], first: int, second: int) -> bool:
    """Whether two names are a row apart: the other cells of a row, short lines, between them."""
    between = range(first + 1, second)
    return len(between) < ROW_CELLS and all(_cell(items[i]) for i in between)


def _table(items: list[Block], people: list[int]) -> set[int]:
    """The cells of one table: its people, the cells of their rows and its headings."""
    if len(people) < TABLE_PEOPLE:
        return set()
    # the cells of a row: the gap most names keep (a subheading may widen one gap)
    width = Counter(b - a for a, b in pairwise(people)).most_common(1)[0][0]
    first = people[0]
    while first > 0 and people[0] - first < HEAD_CELLS and _cell(items[first - 1]):
        first -= 1
    last = min(people[-1] + width - 1, len(items) - 1)
    while last > people[-1] and not _cell(items[last]):
        last -= 1
    return set(range(first, last + 1))
