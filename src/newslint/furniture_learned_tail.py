"""A link's or a widget's label the scraper glued after the last sentence of a line of prose
("… a complete overhaul can resolve. READ MORE", "… ahead of the vote. ...Read more", "… said.
Read More →"), judged by the furniture model's learned token weights (`page_tokens`: how much
likelier each token is in a page's apparatus than in an article's short lines, learned from
labelled pages of hundreds of sites) rather than by a list of the labels seen.

The tail is what follows a block's last sentence end (or a teaser's ellipsis): a few words, at
least one of them a word. It is reported when the mean weight of its tokens reaches
`TAIL_WEIGHT` (a lone token `LONE_WEIGHT`): the labels of the dev sides of the labelled sets
("Read More", "READ FULL STORY", "Photo: AFP") weigh 0.3-1.4, prose's own closing words
("This video explains more.", "Try this:") 0.2 or less, and no tail of the clean corpus weighs
0.1.
"""

from __future__ import annotations

from collections.abc import Mapping

from newslint.furniture_model import block_tokens
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

LEARNED_TAIL = (
    "a link's label glued after the paragraph's last sentence (its words learned as a page's)"
)
TAIL_WEIGHT = 0.3  # chosen on the dev sides (see the module's docstring)
LONE_WEIGHT = 0.6  # one token alone ("This") is weaker evidence than a label's two or three
_SPAN = 80  # a tail of five words lies in a line's last characters
# A sentence's end (a word of two letters or more, then its mark and maybe a closing quote or
# bracket, then space), or a teaser's ellipsis; then the tail, up to the line's end.
_TAIL = compile_pattern(
    r"(?:(?<=\p{L}{2}[.!?…][\"”’)]?[ \t]+)|(?<=\p{L}{2}…[ \t]*))"
    r"(\S+(?:[ \t]+\S+){0,4})[ \t]*$"
)
_LETTER = compile_pattern(r"\p{L}")
_PROSE_WORDS = 4  # the line before the tail reads as prose: a sentence, not a label


def learned_tail(
    text: str, block: Block, token_weights: Mapping[str, float]
) -> tuple[str, int, int] | None:
    """The tail after the block's last sentence, when it weighs as a page's label: why, and its
    span. Only the block's end is read: a block of several lines is prose wrapped by its page,
    whose line ends fall inside sentences."""
    if not token_weights or block.words < _PROSE_WORDS + 1:
        return None
    found = _tail_start(text, block.start, block.end, token_weights)
    return None if found is None else (LEARNED_TAIL, found, block.end)


def _tail_start(text: str, start: int, end: int, token_weights: Mapping[str, float]) -> int | None:
    """Where the longest tail that weighs as a label starts: after the last sentence end, or
    after a teaser's cut nearer the end ("… KCNA said. Kim… Read full this story")."""
    window = max(start, end - _SPAN)
    for match in _TAIL.finditer(text, window, end, overlapped=True):
        tail = match.group(1)
        if not _LETTER.search(tail) or _fewer_words(text[start : match.start(1)], _PROSE_WORDS):
            continue
        tokens = block_tokens(tail)
        weight = sum(token_weights.get(t, 0.0) for t in tokens) / len(tokens)
        if weight >= (LONE_WEIGHT if len(tokens) == 1 else TAIL_WEIGHT):
            return match.start(1)
    return None


def _fewer_words(text: str, words: int) -> bool:
    """Whether `text` holds fewer than `words` words: split no further than that many (a long
    block's prefix, read again for each tail tried, was split whole each time)."""
    return len(text.split(None, words)) < words
