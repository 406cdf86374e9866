"""A line that repeats the furniture line next to it: a picture's alt text printed above its
caption ("Joe Biden speaks at the summit." over "Joe Biden speaks at the summit. Photograph: …"),
a listing's title over its own cut teaser, a caption's name over the caption. The scraper keeps
both of the page's renderings of one item; the one the page's judgement found is furniture, and
so is its twin.

A twin says nearly what its neighbour says: its words open the neighbour in order, or the two
share `TWIN_SHARE` of their words. On the dev sides of the labelled sets, the unflagged lines so
placed that were labelled furniture scored 0.6-1.0; a story's own lines that repeat a neighbour
(a lede restated by its caption, a headline by its title bar) share less, are its headline, or are
a paragraph of its prose.
"""

from __future__ import annotations

from newslint.page_layout import opens_story
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

TWIN = "a second rendering of the furniture line beside it (alt text beside its caption)"
TWIN_SHARE = 0.6  # chosen on the dev sides (see the module's docstring)
TWIN_WORDS = 3  # a line of a few words at least: "Photo" beside "Photo: AFP" says nothing
PROSE_WORDS = 15  # a paragraph of the story's prose, longer than alt text or a title
_WORD = compile_pattern(r"\w+")


def furniture_twins(
    items: list[Block], reasons: list[str | None], headline: int | None
) -> list[int]:
    """The indexes of unflagged lines that repeat a furniture line next to them."""
    found = []
    for index, block in enumerate(items):
        if reasons[index] is not None or index == headline or block.words < TWIN_WORDS:
            continue
        if block.words >= PROSE_WORDS and opens_story(block):
            continue  # a paragraph of the story, restated by its picture's caption
        words = _words(block.text)
        if any(
            0 <= other < len(items)
            and reasons[other] is not None
            and _repeats(words, _words(items[other].text))
            for other in (index - 1, index + 1)
        ):
            found.append(index)
    return found


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _repeats(words: list[str], other: list[str]) -> bool:
    """Whether `words` say what `other` says: they open it in order, or the two share most of
    their words."""
    if not words or not other:
        return False
    if other[: len(words)] == words:
        return True
    mine, theirs = set(words), set(other)
    return len(mine & theirs) >= TWIN_SHARE * len(mine | theirs)
