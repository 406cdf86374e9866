"""A teaser's cut: a site prints the opening of a story, cut at a word, with an ellipsis after it
("… knelt Friday night and prayed...", "… said that the board had reviewed […]", "… Minister of
Culture and Information, …"), and a scraper keeps it as a paragraph. The cut, not the paragraph,
is the furniture: what is reported is the last word and the mark.

A sentence of the story ends on its own punctuation; a paragraph that stops on a word or a comma
and a mark of omission was cut by a program. On the labelled pages (dev half and the furnlab
training pages) 34 of the 38 blocks ending so were labelled a cut teaser; of the other four, two
were labelled as other damage (repetition, a leaked index) and one was a quotation left open
(excluded below). A text of one block (a sentence on its own, a tweet, a student's essay line)
is left alone: the cut is a listing's, and a listing prints more than one block.
"""

from __future__ import annotations

from newslint.quotation_marks import leaves_quotation_open
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

CUT_TEASER = "a teaser cut off at a word with an ellipsis"
# The last word (or figure) before the mark, a comma kept with it, the mark at the block's end.
# A sentence that ended first ("… she said. ...") has its stop before the mark, not a word.
_CUT = compile_pattern(
    r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*,?\s?"
    r"(?:\.{3,}…?|…(?:\.{3})?|\[…\]|\[\.{3}\])$"
)
# How each of `_CUT`'s marks ends, or the line end its `$` may stand before.
_MARK_ENDS = ("...", "…", "]", "\n")
MIN_WORDS = 4  # "Loading...", "Read more..." are labels, judged by their own evidence
REACH = 80  # the cut is at the block's end: only its tail is read
STORY_WORDS = 25  # a paragraph of the story, longer than a listing's headline or link
# An entry of a match's live commentary opens on the minute of play ("36' Another box kick…",
# "90+2’ …"); its writer trails off into the next entry, which is no listing's.
_PLAY_MINUTE = compile_pattern(r"\d{1,3}(?:\+\d{1,2})?['’′][ \t]")


def cut_teaser(items: list[Block], index: int) -> tuple[str, int, int] | None:
    """The cut at the end of block `index` (why, start, end), or None."""
    block = items[index]
    if len(items) < 2 or block.words < MIN_WORDS:
        return None
    text = block.text
    if not text.endswith(_MARK_ENDS):
        return None  # the mark ends the block (a test holds `_CUT` to this): most blocks end so
    tail_start = max(0, len(text) - REACH)
    match = _CUT.search(text, tail_start)
    if match is None:
        return None
    if leaves_quotation_open(text):
        return None  # a speaker trailing off inside a quotation is the story's
    if _PLAY_MINUTE.match(text):
        return None  # "36' … Wales up to the French 22...": live commentary, not a teaser
    if text.isupper():
        return None  # "THREE TO WATCH AT THE OPEN…": a heading in capitals leads into what follows
    if _story_goes_on(items, index):
        return None
    return CUT_TEASER, block.start + match.start(), block.end


def _story_goes_on(items: list[Block], index: int) -> bool:
    """A paragraph of prose follows, itself no teaser: the writer's own trailing ellipsis
    ("… and thinking the Who looked really old…") leads on to the story's next paragraph, while a
    listing's cut is followed by the next item's headline or link, by another cut teaser, or by
    the page's end."""
    if index + 1 >= len(items):
        return False
    following = items[index + 1]
    return following.words >= STORY_WORDS and not following.text.endswith(_MARK_ENDS)
