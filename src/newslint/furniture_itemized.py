"""A listing whose items carry their own furniture: a section's front, a digest or a press-release
archive that prints, for each story, its title, a stamp or source line ("Thursday, Apr 13, 2023 |
Source: Loksatta", "Released: 8-Aug-2019 2:05 PM EDT", the institution's name) and one paragraph
of teaser, in whichever order the site chose. `listing.opening_listing` reads a title directly
over its teaser, with a short date or byline between; here the lines between are the page's
furniture (its stamps are reported), and the title stands between two of them, where a related
story's link stands too. Read by the units the teasers close, the title is the page's own text:
one line with no evidence of its own among lines with evidence, once per item, for `ITEMS` items
in a row from the page's first paragraph. Its teasers, set between the same lines, are the
page's own too.

An article is no such page: its paragraphs follow one another untitled, so its second unit holds
no title. A list of related stories under an article is none either: the article's paragraphs
come first, and the first unit then holds them.
"""

from __future__ import annotations

from collections.abc import Collection

from newslint.listing import TITLE_WORDS, TITLED_ITEMS, is_prose
from newslint.textblocks import Block

ITEMS = TITLED_ITEMS  # this many items in a row, with distinct titles, make such a listing
_OPENING = "\"'“‘•·▪●◦* "  # a quoted title ("'Pollution-free Mumbai'") or a bullet
_NOT_TITLE_ENDS = (".", ",", ";", ":", "…", "|")  # a sentence, a cut teaser, a label


def itemized_listing(
    items: list[Block], reasons: list[str | None], looks: Collection[str]
) -> set[int]:
    """The item titles and teasers of a page that opens as such a listing, or none. A line whose
    reason is in `looks` (its look or its place only) can be a title; any other reason is
    evidence (a teaser cut off with an ellipsis keeps its own)."""
    teasers = [i for i, b in enumerate(items) if is_prose(b)]
    titles: list[int] = []
    read: list[int] = []  # the teasers of the items read
    start = 0
    for teaser in teasers:
        title = _unit_title(items, reasons, looks, range(start, teaser), first=not titles)
        if title is None:
            break
        titles.append(title)
        read.append(teaser)
        start = teaser + 1
    else:
        # the page's end may cut its last item after the title and its stamp ("… Read more...
        # / Ignoring the rules in oxygen supply / Thursday, Apr 13, 2023 | Source: Navbharat")
        tail = _unit_title(items, reasons, looks, range(start, len(items)), first=False)
        if tail is None:  # or its teaser's first words ("… / Electromagnetic fields … / Elec")
            tail = _unit_title(items, reasons, looks, range(start, len(items) - 1), first=False)
        if tail is not None and titles:
            titles.append(tail)
    if len({items[i].text.strip() for i in titles}) < ITEMS:
        return set()
    return set(titles) | {i for i in read if reasons[i] in looks}


def _unit_title(
    items: list[Block],
    reasons: list[str | None],
    looks: Collection[str],
    unit: range,
    first: bool,
) -> int | None:
    """The one title of the lines before a teaser, the others all carrying evidence. Above the
    first teaser, lines over the title are the page's head (its label, its menu) and are not
    read."""
    candidates = [i for i in unit if reasons[i] is None or reasons[i] in looks]
    if not candidates:
        return None
    title = candidates[-1]
    if not _title_shaped(items[title]):
        return None
    if len(candidates) > 1 and not first:
        return None
    if not any(reasons[i] is not None and reasons[i] not in looks for i in unit if i != title):
        return None  # a title over its teaser alone is `listing.opening_listing`'s to read
    return title


def _title_shaped(block: Block) -> bool:
    """One line of a title's length, a capital first (a quote or a bullet may open it), no
    sentence's stop or label's colon at its end."""
    text = block.text.strip().lstrip(_OPENING)
    words = len(text.split())
    return (
        block.lines == 1
        and 1 <= words <= TITLE_WORDS
        and text[:1].isupper()
        and not text.rstrip(_OPENING).endswith(_NOT_TITLE_ENDS)
    )
