"""Furniture glued onto a paragraph of the story, at its start or its end: a scraper's metadata
stamp, a "read more" link or a link's bare label after the last sentence, a CMS's date-and-time
stamp, a photo credit in brackets, a wire's sign-off after a dash. `inner_furniture` returns the
reason and the span; the rest of the block is the story's.
"""

from __future__ import annotations

from newslint.furniture_credits import INLINE_CREDIT
from newslint.furniture_stamps import metadata_prefix
from newslint.lexicon import is_function_word, zipf
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block, english_stopwords

# A link to the rest of a teaser, after the teaser's last sentence: "… she said. Read more...",
# "… Despite mounting [more…]", "… the new route. (more…)". Two or three words at most, ending in
# an ellipsis or bracketed (a lone letter in brackets is an annotation: a golf leaderboard's
# amateur, "Niebrugge [a]"); or after the teaser's cut, two or three words or one with an arrow
# ("… the new route and…continue reading", "… route […] Read more »"): one word after an
# ellipsis may be prose's own pause ("and then… silence").
_MORE_LINK = compile_pattern(
    r"(?:(?<=[.!?,;:][\"”’)]?\s)\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2} ?(?:\.{3}|…)"
    r"|(?<=\s)\[\p{L}{2,}(?: \p{L}+){0,2}(?:\.{3}|…)?\]|(?<=\s)\(\p{L}+(?: \p{L}+){0,2} ?(?:\.{3}|…)\)"
    r"|(?<=\p{L}\s?)(?:\.{3}|…|\[(?:\.{3}|…)\])\s?(?:\p{L}{3,}(?: \p{L}+){1,2}|\p{L}{3,})(?: ?[»→›])?"
    r"(?<=\p{L} \p{L}+|[»→›]))$"
)


# A link's label glued after a paragraph's last sentence, with no ellipsis: "… said on Monday.
# Read More", "… the ministry said. Full Story". A sentence ends on a word of three letters or
# more ("U.S. Assistance" and "Mr. Draper" end no sentence); the label is one to three everyday
# words (a name after a pull quote, "… she said. Valeska Paris", is not one), the first of them
# no function word ("… rules. The" is a line cut by the page's wrap; jusText's stop list would
# also refuse the labels' own words, "Full Story", "See More", "Next Story").
_GLUED_LABEL = compile_pattern(
    r"(?<=\p{L}{3}[.!?][\"”’)]?[ \t]+)\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,2}$"
)
LABEL_ZIPF = 3.5


def glued_link_label(text: str) -> int:
    """Where a link label glued after the block's last sentence starts in `text`, or -1."""
    match = _GLUED_LABEL.search(text, max(0, len(text) - 40))
    if match is None:
        return -1
    words = match.group().split()
    if len(words[0]) < 3 or is_function_word(words[0]):
        return -1
    return match.start() if all(zipf(w.casefold()) >= LABEL_ZIPF for w in words) else -1


_LABEL_WORD = compile_pattern(r"\p{L}+")
_CUT_MARKS = ("...", "…", "[...]", "[…]")


def more_link(text: str, block: Block) -> int:
    """Start of a "read more" link that ends the block, or -1. After a cut, the label's first
    word is no function word ("… and waited" is prose)."""
    match = _MORE_LINK.search(text, max(block.start, block.end - 40), block.end)
    if match is None or match.start() <= block.start:
        return -1
    first = _LABEL_WORD.search(match.group()) if match.group().startswith(_CUT_MARKS) else None
    if first is not None and first.group().casefold() in english_stopwords():
        return -1
    return match.start()


# A CMS's date-and-time stamp after a paragraph's last sentence ("… the ministry said.
# 2026-02-03 15:24:28 -").
_TRAILING_STAMP = compile_pattern(
    r"(?<=[.!?][\"”’]?[ \t]+)\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[ \t]*[-–])?$"
)


# An agency's short name after a dash closing a paragraph ("… on agriculture. — TNS", "… said.
# -PTI"): the wire's sign-off, left where the scraper joined the story's paragraphs.
_DASHED_SIGN_OFF = compile_pattern(r"(?<=\p{L}[.!?][\"”’]?[ \t]+)[—–-] ?\p{Lu}{2,6}[ \t]*$")


def inner_furniture(text: str, block: Block) -> tuple[str, int, int] | None:
    """Furniture inside a block of article text: why, and its span. A scraper's metadata stamp
    opening the line, a "read more" link or a date-and-time stamp closing it, or a photo credit
    in brackets that a caption left in the paragraph."""
    prefix = metadata_prefix(text, block.start, block.end)
    if prefix:
        return "a scraper's metadata stamp", block.start, block.start + prefix
    link = more_link(text, block)
    if link >= 0:
        return "a link to the rest of a teaser", link, block.end
    stamp = _TRAILING_STAMP.search(text, max(block.start, block.end - 40), block.end)
    if stamp and stamp.start() > block.start:
        return "a timestamp after the paragraph's last sentence", stamp.start(), block.end
    credit = INLINE_CREDIT.search(text, block.start, block.end)
    if credit:
        return "a photo credit left in the paragraph", credit.start(), credit.end()
    signed = _DASHED_SIGN_OFF.search(text, max(block.start, block.end - 12), block.end)
    if signed and signed.start() > block.start:
        return "an agency's sign-off after the paragraph's last sentence", signed.start(), block.end
    return None
