"""A picture's caption left by the scraper over the story's lead: one sentence describing the
picture ("Jane Doe and John Roe attend a news conference in Lviv", "Police detain the driver in
Harbourtown on 14 March 2015."), between the headline or the page's furniture and a lead that
opens on the agency's dateline in capitals ("LVIV, Ukraine (Reuters) - …", "HARBOURTOWN – …").

The dateline opens the story: whatever stands right above it, past the headline and not itself
prose that runs on from a paragraph above, is what the page printed with the story's picture. A
speaker's turn ("MAYOR: Thank you."), a list's item and a venue line of a few words are left
alone, and so is a sentence that quotes someone.
"""

from __future__ import annotations

from newslint.furniture_stamps import MONTH
from newslint.page_layout import opens_story
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

SCENE_CAPTION = "a picture's caption over the story's dateline"
MIN_WORDS = 8  # "Civic Center in Desamparados" is a venue line
MAX_WORDS = 45
# The agency's dateline: a place in capitals, perhaps its region and the agency in brackets, then
# a dash or a colon ("LVIV, Ukraine (Reuters) - ", "CHONBURI – ", "ISLAMABAD: ").
_DATELINE = compile_pattern(
    r"\p{Lu}{3,}[\p{Lu} .'’-]*(?:,[^.\n]{0,40}?)?\s*(?:\(\p{L}[^)\n]{0,30}\))?\s*(?:[-–—:]|--)\s"
)
# What a caption does not hold: quotation marks, a list's mark, a speaker's label in capitals, a
# second sentence.
_QUOTE = compile_pattern(r"[“”\"]")
_LIST_MARK = compile_pattern(r"[•·▪*–-]\s")
_SPEAKER = compile_pattern(r"\p{Lu}{2,}[\p{Lu} .'’-]*:")
_NEXT_SENTENCE = compile_pattern(r"\p{Ll}[.!?][”\"’]?\s+[\p{Lu}“\"‘]")
# A caption closes on where or when its picture was taken: a place's capitalised name after "in",
# "at", "near" or "outside" ("… in Lviv", "… at the Robert Treat Academy"), or the day ("… on 14
# March 2015."). The story's sentence there closes on what it says ("… a new challenge.").
_WHERE_OR_WHEN = compile_pattern(
    rf"(?:\b(?:in|at|near|outside)(?: the)? \p{{Lu}}[\p{{L}}'’.-]*(?: (?:of )?\p{{Lu}}[\p{{L}}'’.-]*)*"
    rf"|\bon (?:\p{{L}}+day,? )?(?i:\d{{1,2}} {MONTH}|{MONTH} \d{{1,2}})(?:,? (?:19|20)\d\d)?)"
    r"\.?$"
)


def _captions(block: Block) -> bool:
    text = block.text.strip()
    return (
        MIN_WORDS <= block.words <= MAX_WORDS
        and block.lines <= 2
        and _QUOTE.search(text) is None
        and _LIST_MARK.match(text) is None
        and _SPEAKER.match(text) is None
        and _NEXT_SENTENCE.search(text) is None
        and _WHERE_OR_WHEN.search(text) is not None
    )


def scene_captions(
    items: list[Block], reasons: list[str | None], headline: int | None
) -> list[int]:
    """Unflagged one-sentence blocks right over a lead that opens on a capitals dateline, under
    the headline or a furniture line rather than under prose."""
    found = []
    for index in range(1, len(items) - 1):
        if reasons[index] is not None or index == headline:
            continue
        lead, above = items[index + 1], items[index - 1]
        if not opens_story(lead) or _DATELINE.match(lead.text) is None:
            continue
        if opens_story(above) and reasons[index - 1] is None:
            continue  # a sentence under prose: the story's own paragraph
        if headline is not None and index < headline:
            continue
        if _captions(items[index]):
            found.append(index)
    return found
