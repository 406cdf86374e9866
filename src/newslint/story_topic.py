"""Which short line above a story is its headline, told by the words it shares with the story.

A scraped page prints several short lines over its first paragraph: the site's name or slogan, a
section, an app banner, a share bar, the headline, a date. Their shapes alike, the nearest long
line was taken for the headline, and a share bar or a slogan there shielded itself while the
headline read as furniture. The headline is the line about the story: it names what the first
paragraphs name. Words are compared by their first letters (jusText's stop list left out), so
"minister" meets "ministers" and "visitors" meets "Visitors".
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from newslint.regex_store import compile_pattern
from newslint.textblocks import Block, english_stopwords

_WORD = compile_pattern(r"\p{L}{4,}")
STEM = 5  # letters compared: enough to tell words apart, few enough to join a word's forms
STORY_BLOCKS = 3  # the story's first blocks, where its headline's words come back
MIN_SHARED = 2  # one word in common is chance (a masthead's name the story mentions)


def stems(text: str) -> frozenset[str]:
    """The line's words of four letters or more, stop words left out, by their first letters."""
    stop = english_stopwords()
    folded = map(str.casefold, _WORD.findall(text))  # each word folded once
    return frozenset(word[:STEM] for word in folded if word not in stop)


def topical_line(
    items: Sequence[Block], candidates: Iterable[int], prose: Iterable[Block]
) -> int | None:
    """Among `candidates` (nearest to the story first), the line whose words come back most in
    the story's first paragraphs (`prose`, in order: a running head or a listing's line between
    them is no part of the story), as a share of its own words: a caption or a standfirst under
    the headline repeats more of the story's words, but a smaller share of its own. A line
    counts with `MIN_SHARED` words shared and more of its own (a two-word label repeating the
    story is no title); the nearest on a tie; None when no line counts."""
    # The story's words are read only once there is a line to compare with them: most pages
    # (and most documents of a corpus scan, which open on prose) have none above their first
    # sentence, and every page asks four times.
    story: set[str] | None = None
    best, share = None, 0.0
    for index in candidates:
        if story is None:
            story = set()
            for block in itertools.islice(prose, STORY_BLOCKS):
                story |= block.topic_stems
        own = items[index].topic_stems
        count = len(own & story)
        if count >= MIN_SHARED and len(own) > MIN_SHARED and count / len(own) > share:
            best, share = index, count / len(own)
    return best
