"""The story's own headings among the lines the furniture shape model doubts
(`furniture_page.PageJudge`): its titles above the first paragraph and the dates heading its
sections. The model reads a line's look; these read what the line stands over and what it names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice

from newslint.furniture_stamps import is_bare_date
from newslint.page_layout import is_article, is_sentence
from newslint.story_topic import MIN_SHARED, STORY_BLOCKS
from newslint.textblocks import Block


def section_dates(items: Sequence[Block], reasons: Sequence[str | None], shaped: str) -> set[int]:
    """Dates on a line of their own that the shape model took for stamps (`shaped`) but that
    stand between two paragraphs of the story: each heads the story's next section (a council's
    minutes, a diary, a timeline: "July 3" over what was done that day). A page's own stamps
    stand at its edges, by its headline or byline, or beside a listing's titles, not between two
    paragraphs of prose that nothing marks as furniture. A listing of teasers prints each one's
    date under it, so its last date closes the page or the list: dates head sections only when
    the page's last date has prose under it as well."""
    found = {
        index
        for index in range(1, len(items) - 1)
        if reasons[index] == shaped
        and reasons[index - 1] is None
        and reasons[index + 1] is None
        and _prose(items[index - 1], items[index + 1])
        and is_bare_date(items[index].text)
    }
    if not found:
        return found  # most pages: their other dates are never read
    last = max(i for i, block in enumerate(items) if is_bare_date(block.text))
    heads = last + 1 < len(items) and reasons[last + 1] is None and _prose(items[last + 1])
    return found if heads else set()


def _prose(*blocks: Block) -> bool:
    return all(is_article(b) or is_sentence(b) for b in blocks)


def story_titles(items: Sequence[Block], headline: int | None, shaped: Iterable[int]) -> set[int]:
    """Which of the `shaped` lines are the story's titles: its headline, the headline printed
    again, whole or shortened, over its heading (a repetition), and a line above the story's
    first paragraph that names what the story names as the headline is found (`topical_line`:
    `MIN_SHARED` of its words and more come back in the first paragraphs), the headline's
    standfirst or kicker beside it. A site's labels name no story."""
    title = set() if headline is None else set(items[headline].text.casefold().split())
    naming = _naming_lines(items)
    found = set()
    for index in shaped:
        words = set(items[index].text.casefold().split())
        if index == headline or index in naming or (len(words) >= 2 and words <= title):
            found.add(index)
    return found


def _naming_lines(items: Sequence[Block]) -> set[int]:
    """The lines above the story's first paragraph that share `MIN_SHARED` words or more with
    its first paragraphs, and have more words of their own."""
    first = next((i for i, b in enumerate(items) if is_article(b) or is_sentence(b)), 0)
    story: set[str] = set()
    for block in islice((b for b in items[first:] if _prose(b)), STORY_BLOCKS):
        story |= block.topic_stems
    return {
        i
        for i in range(first)
        if len(items[i].topic_stems) > MIN_SHARED
        and len(items[i].topic_stems & story) >= MIN_SHARED
    }
