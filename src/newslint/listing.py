"""A listing: a page of titles each over one paragraph, its teaser (a university's research
stories, a minister's media releases, a review site's archive, a tag page), with the item's date
or byline on a short line either side of the teaser. Its titles are the page's own text, not
related-story links or labels: those stand among paragraphs that follow one another untitled,
and a feature's sections run to several paragraphs each. Asked by `story-headline` and by
`furniture-block`'s labels above the headline, only of pages where either has a line to report."""

from __future__ import annotations

from newslint.regex_store import compile_pattern
from newslint.textblocks import LENGTH_HIGH, Block

TITLED_ITEMS = 3  # this many distinct titles, each over one paragraph, make a listing
TITLE_WORDS = 25  # the longest title, in words
ITEM_LINE_WORDS = 6  # the longest line (a date, a byline) beside a teaser
PROSE_WORDS = 8
PROSE_ENDS = (".", "!", "?", '"', "”", "’")
_CLOSING_QUOTES = "\"”’'"
_DIGIT = compile_pattern(r"\d")
_BY = ("By ", "by ")


def is_prose(block: Block) -> bool:
    """A paragraph jusText keeps, or a sentence of several words."""
    if block.cls == "good" and len(block.text) > LENGTH_HIGH:
        return True
    return block.words >= PROSE_WORDS and block.text.rstrip().endswith(PROSE_ENDS)


def title_shaped(block: Block) -> bool:
    """One line of a title's length, a capital first, no sentence's stop at its end."""
    if block.lines != 1:  # most blocks: no title, and no words to count
        return False
    text = block.text.strip().lstrip("•·▪●◦* ")
    words = text.split()
    return (
        1 <= len(words) <= TITLE_WORDS
        and text[:1].isupper()
        and not text.rstrip(_CLOSING_QUOTES).endswith((".", ",", ";", ":", "…", "|"))
        # a date or a score line is no title ("Jul 22, 2016")
        and sum(1 for word in words if _DIGIT.search(word)) * 2 < len(words)
    )


def _short_line(block: Block) -> bool:
    return block.lines == 1 and block.words <= ITEM_LINE_WORDS and not is_prose(block)


def _date_or_byline(block: Block) -> bool:
    """The short line between an item's title and its teaser: a date (it has a figure) or a
    byline. Another title-shaped line there is a section's label over the first title."""
    text = block.text.strip()
    return _short_line(block) and (_DIGIT.search(text) is not None or text.startswith(_BY))


def listing_item(items: list[Block], index: int) -> bool:
    """A title over one paragraph (its date or byline may stand between them), then after the
    teaser a short line or none, and the next item's title or the page's end."""
    if not title_shaped(items[index]):
        return False
    at = index + 1
    if at < len(items) and _date_or_byline(items[at]):
        at += 1
    if at >= len(items) or not is_prose(items[at]):
        return False
    at += 1
    if at < len(items) and _short_line(items[at]) and not title_shaped(items[at]):
        at += 1
    return at >= len(items) or title_shaped(items[at])


def titled_items(items: list[Block]) -> bool:
    """Whether the page is a listing: `TITLED_ITEMS` items or more with distinct titles (a label
    the page repeats between paragraphs, "Advertisement", is no title)."""
    titles: set[str] = set()
    for index in range(len(items) - 1):
        if listing_item(items, index):
            titles.add(items[index].text.strip())
            if len(titles) >= TITLED_ITEMS:
                return True
    return False


def opening_listing(items: list[Block]) -> set[int]:
    """The titles of a page that opens as a listing: its first paragraph of prose is an item's
    teaser, and the page holds `TITLED_ITEMS` items or more. A listing of related stories under
    an article (its teasers after the article's own paragraphs) is not one: the article's
    paragraphs come first."""
    # a question title of a sentence's length reads as prose: the first teaser is under it
    first = next(
        (i for i, b in enumerate(items) if is_prose(b) and not listing_item(items, i)), None
    )
    if first is None or not titled_items(items):
        return set()
    if not any(0 <= i < first and listing_item(items, i) for i in (first - 1, first - 2)):
        return set()
    return {i for i in range(len(items) - 1) if listing_item(items, i)}
