"""Furniture told by where a short line stands against the story: labels above the headline, a
label between the headline and the first paragraph, prompts below the article. A page prints its
section name, site name and login links above the story, and comment prompts, "Source link" and
share calls below it; the story's own short lines there head something of the story (a
subheading its prose, a table's heading its rows)."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.furniture_menus import HEAD_WORDS
from newslint.furniture_story import heads_a_table, heads_prose, parallel_heading
from newslint.listing import listing_item, titled_items
from newslint.page_layout import (
    PLACE_LINE,
    continues_list,
    find_headline,
    first_opening,
    heads_numbered_list,
    is_article,
    is_aside,
    is_sentence,
    label_sized,
    opens_story,
    over_byline,
    styled_as_subheading,
    titles,
    wraps_on,
)
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

ABOVE = "a label above the headline (section, site or login link)"
UNDER = "a label under the headline (section, desk or button)"
BELOW = "a prompt or label below the article (comment form, source or share link)"
MAX_HEADLINE_WORDS = 20  # a longer line above the story is its standfirst
TAIL_WORDS = 5
DATELINE_CHARS = 60  # how far into a paragraph its dateline may run before the story opens
_DATELINE_ENDS = ("--", "—", "–", ":", ")")
TAIL_BLOCKS = 6  # only the page's last lines: an OCR page's short lines are text, not prompts
# One sentence ending inside a line and the next opening: a full stop after a lower-case word
# (not an initial or "Mr."), then a capital.
_INNER_STOP = compile_pattern(r"(?<!\S)\p{Ll}{3,}[.!?][\"”’)]?\s+[\p{Lu}\"“‘]")

# A site's host name alone ("example.com", "EXAMPLE.COM", "example.co.uk"): a generic top-level
# domain in either case, a country's only in small letters ("Vol.II" and "No.IV" are a volume's
# and a number's). A firm or a product is named so too ("Booking.com", "Node.js" over their
# paragraphs): `host_lines` asks for furniture beside it.
_HOST = compile_pattern(
    r"^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*"
    r"\.(?:(?i:com|net|org|info|biz|gov|edu|io|news|online)|(?:(?:com|co|org|gov|net|ac)\.)?[a-z]{2})/?$"
)


def page_edges(
    items: list[Block], reasons: list[str | None], styles: dict[str, set[int]], min_run: int
) -> None:
    """Labels above the headline and prompts below the article. Only label-sized lines count (a
    headline is longer), and only when they stand above a headline-sized line. `min_run`: how
    many spaced short lines in a row are the article's own headings (`heading_list`)."""
    article = [i for i, b in enumerate(items) if is_article(b)]
    # A page opening too short for jusText's classes: its first sentence of prose starts the
    # story, and the labels above its headline are read as on a longer page (not its tail: the
    # cut may fall under a subheading).
    start = article[0] if article else first_opening(items)
    if start >= len(items):
        return
    headline = next(
        (i for i in range(start) if items[i].words >= 4 and titles(items[i], reasons[i])),
        None,
    )
    if headline is not None and not _reads_as_headline(items[headline]):
        headline = None  # the line found is the story's date, caption or standfirst
    headline = over_byline(reasons, headline)
    for i in range(headline or 0):  # a venue or dateline under the headline is the story's
        # a line going on in the next is a title set in lines, not a label
        if reasons[i] is None and _above_label(items[i]) and not wraps_on(items, i):
            # a listing's first title over its teaser ("WHAT HAPPENED WHEN" over a review's
            # verdict): the page's text began above the line taken for its headline
            own = heads_a_table(items, i) or (listing_item(items, i) and titled_items(items))
            reasons[i] = None if own else ABOVE
    if not article:
        return
    tail = range(max(article[-1] + 1, len(items) - TAIL_BLOCKS), len(items))
    headings = heading_list(items, tail, min_run)
    for i in tail:
        if reasons[i] is None and i not in headings and label_sized(items[i], TAIL_WORDS):
            own = heads_prose(items, i) or heads_a_table(items, i) or is_aside(items[i])
            own = own or styled_as_subheading(items, i, styles) or continues_list(items, i)
            own = own or heads_numbered_list(items, i) or parallel_heading(items, i)
            reasons[i] = None if own else BELOW


def _above_label(block: Block) -> bool:
    """A label's size, or a label's size and a colon whose items the scraper lost ("Follow us
    on:", "Share:"): above the headline there is nothing of the story for it to introduce. A
    place in capitals there ("ISLAMABAD:") is a dateline set on a line of its own."""
    if label_sized(block, HEAD_WORDS):
        return True
    text = block.text.rstrip()
    return (
        text.endswith(":")
        and block.lines == 1
        and 0 < block.words <= HEAD_WORDS
        and not text.isupper()
        and "," not in text
        and not any(ch.isdigit() for ch in text)
    )


def heading_list(
    items: list[Block],
    indexes: range,
    min_run: int,
    reasons: Sequence[str | None] | None = None,
) -> set[int]:
    """Short lines each set apart by blank lines, `min_run` or more in a row: the article's own
    headings or gallery sections, not a form (a form's lines come one after another). Given the
    page's `reasons`, not a run the judgement found furniture in ("Source link" / "Leave a
    Reply" spaced under the story are its prompts, and the short lines among them with them)."""
    spaced = [i for i in indexes if items[i].blank_before and label_sized(items[i], TAIL_WORDS)]
    runs: list[list[int]] = []
    for i in spaced:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if reasons is not None:
        runs = [run for run in runs if all(reasons[i] is None for i in run)]
    return {i for run in runs if len(run) >= min_run for i in run}


def label_under_headline(
    items: list[Block], reasons: list[str | None], styles: dict[str, set[int]]
) -> None:
    """A label of a few words between the headline and the article's first paragraph: the
    section ("Internal Affairs"), a desk or byline name, an interface button. A dateline or a
    date there is the story's own and carries a comma, a figure or a full stop."""
    headline = find_headline(items, reasons)
    if headline is None or headline + 2 >= len(items):
        return
    # the line right above the story's first paragraph, a standfirst or more between ("Truce
    # expected at 7am, Qatar says" / "Jason Burke")
    opening = next((i for i in range(headline + 1, len(items)) if opens_story(items[i])), None)
    if opening is None or opening < headline + 2:
        return
    label, after = opening - 1, items[opening]
    if label == headline + 1 and wraps_on(items, headline):  # it ends the headline ("… Known to")
        return
    if any(_venue_or_label(items[i]) for i in range(headline + 1, label)):
        return  # a short line over the label: the story's venue or a credit block, not a standfirst
    if styled_as_subheading(items, label, styles):  # the first of the article's sections
        return
    if named_in_opening(items, label):  # a name heading its obituary or profile
        return
    if reasons[label] is None and label_sized(items[label], HEAD_WORDS) and opens_story(after):
        reasons[label] = UNDER


def named_in_opening(items: list[Block], index: int) -> bool:
    """A line of two words or more that the paragraph of prose under it opens on, after its
    dateline if it has one ("Jack Gibson" over "SYDNEY (AP) -- Jack Gibson, one of Australia's
    greatest coaches, died Friday"): the paragraph's subject, set over it as its heading. A
    section, desk or byline name is not what the story's first sentence is about; a name printed
    more than once over a paragraph is an author's box, read on from the byline."""
    if index + 1 >= len(items):
        return False
    name, paragraph = items[index].text.strip(), items[index + 1]
    if len(name.split()) < 2 or not (is_article(paragraph) or is_sentence(paragraph)):
        return False
    at = paragraph.text.find(name)
    if at < 0 or at > DATELINE_CHARS:
        return False
    if at and not paragraph.text[:at].rstrip().endswith(_DATELINE_ENDS):
        return False
    return sum(1 for block in items if block.text.strip() == name) == 1


def _venue_or_label(block: Block) -> bool:
    """A line between the headline and the label that is no standfirst: a venue ("Madrid,
    Spain") or a line as short as a label."""
    return block.words <= HEAD_WORDS or PLACE_LINE.fullmatch(block.text) is not None


def _reads_as_headline(block: Block) -> bool:
    """Whether the first longer line above the story can be its headline, so that the short lines
    above it are labels. A line of more than `MAX_HEADLINE_WORDS` that ends no sentence is a
    standfirst, and the short line above it is the headline itself ("Despite good rains" over
    "Normal rains are no guarantee that farmers will benefit … reap rich rewards")."""
    if block.words <= MAX_HEADLINE_WORDS:
        return True
    # a long line may be a headline of one sentence; two sentences are a paragraph ("Weekly
    # summary. Weighted averages for ..."), and the short line above it heads the story itself
    return block.ends_sentence and _INNER_STOP.search(block.text) is None


def host_lines(items: list[Block], reasons: list[str | None]) -> list[int]:
    """The lines that are only a site's host name with a furniture line beside them, as a scraper
    or a proxy prints the site over the page ("CINXE.COM" over "Headline - Site"); with prose
    either side the name is a firm's or a product's, heading its paragraph."""
    last = len(items) - 1
    return [
        i
        for i, block in enumerate(items)
        if reasons[i] is None
        and block.lines == 1
        and _HOST.match(block.text)
        and ((i > 0 and reasons[i - 1] is not None) or (i < last and reasons[i + 1] is not None))
    ]
