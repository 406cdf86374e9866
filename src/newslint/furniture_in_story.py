"""Lines inside the story's body that are shaped like page furniture but belong to the story: a
list the story announces, a transcript's stage directions and time codes, a review's rating, a
letter's signature, the last words of a hard-wrapped sentence. Each is told by its neighbours,
not by its words: the sentence that announces the list, the speakers' turns around the direction,
the prose that follows the rating, the letters each signed, the line that runs on into it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from newslint.page_layout import (
    HEADING_WORDS,
    SENTENCE_WORDS,
    is_article,
    is_sentence,
    runs_on,
    wraps_on,
)
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

# A list item's mark: a bullet or dash, or a number; items of one list share it.
_MARK = compile_pattern(r"(?:(?P<bullet>[•·▪●◦*–-])|\d{1,3}[.)])\s+")
UNANNOUNCED_ITEMS = 3  # a list under prose with no colon over it: three alike items at least
# A speaker's turn in a transcript: the name, and a role after a comma, in capitals before a
# colon ("JANE DOE, CNN ANCHOR: Good morning ...").
_TURN = compile_pattern(r"\p{Lu}[\p{Lu}.'’ -]{1,40}(?:, [\p{Lu}\p{N}.'’&/ -]{2,60})?: \S")
_BRACKETED = compile_pattern(r"\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\]")
SPEAKERS = 2  # two at least: an interview, not one labelled quotation
HOST_TURNS = 3  # or one speaker's turns, three at least
# A rating, one to five symbols ("★★★★☆", two star emoji and a half-star one), as a review prints
# its verdict: a run of one mark repeated, then perhaps a run of a half or an empty mark. A share
# bar's icons ("📧🖨") are one of each kind, and a lone icon ("👍") rates nothing.
_RATING = compile_pattern(r"(?:\p{So}\uFE0F?){1,5}")
RATING_RUNS = 2  # the full marks, then the half or empty ones
SIGNATURE_LINES = 2  # a name, and a town or a title
SIGNATURE_WORDS = 4
LETTERS = 2
WRAPPED_PARAGRAPHS = 2

_BREAKS = ("/", "&", ",", "-", "–")  # a line ending on one goes on in the next
# A line set off between spaced dashes ("- Advertisement -", "– Story continues below –"): its
# last dash closes the first, it joins no word to the next line.
_DASHED = compile_pattern(r"[-–—]\s.*\S\s[-–—]")


def own_lines(items: Sequence[Block], evidence: Sequence[str | None]) -> set[int]:
    """Indexes of the blocks that are the story's own by their neighbours (see the module);
    `evidence`: each block's furniture evidence of its own."""
    own = announced_lists(items) | stage_directions(items) | ratings(items)
    return own | signatures(items, evidence) | list_headings(items) | item_numbers(items)


def _mark(text: str) -> str | None:
    found = _MARK.match(text)
    if found is None:
        return None
    return found.group("bullet") or "1"


def _prose(block: Block) -> bool:
    return is_article(block) or is_sentence(block)


def announced_lists(items: Sequence[Block]) -> set[int]:
    """The items of a list right under a sentence of the story: lines opening on the same list
    mark, announced by the sentence's closing colon ("… in affected areas, which include:"), or
    three and more of them with prose after them (the story goes on past its list). A menu or a
    list of links comes under a heading or a label, not under a sentence of the story."""
    members: set[int] = set()
    last_prose = max((i for i, b in enumerate(items) if _prose(b)), default=-1)
    index = 1
    while index < len(items):
        mark, before = _mark(items[index].text), items[index - 1]
        colon = before.text.endswith(":") and before.words >= SENTENCE_WORDS
        if mark is None or not (colon or _prose(before)):
            index += 1
            continue
        end = index + 1
        while end < len(items) and _mark(items[end].text) == mark:
            end += 1
        announced = colon and end - index >= 2
        goes_on = end - index >= UNANNOUNCED_ITEMS and last_prose >= end
        if announced or goes_on:
            members.update(range(index, end))
        index = end
    return members


def stage_directions(items: Sequence[Block]) -> set[int]:
    """In a transcript (speakers' turns, "NAME, ROLE: …", by two speakers at least), a line
    wholly in brackets between the story's first prose and the last turn is the transcript's
    own: a stage direction ("(COMMERCIAL BREAK)", "(BEGIN VIDEO CLIP)") or a time code, also
    before anyone speaks (a programme may open on a break)."""
    turns = [i for i, b in enumerate(items) if _TURN.match(b.text)]
    speakers = {items[i].text.split(":", 1)[0] for i in turns}
    # one host taking turn after turn is a programme's transcript too (the guests' labels may be
    # wrapped over lines, "JANE DOE, Manager of …," / "Acme Airlines: …")
    if len(speakers) < SPEAKERS and len(turns) < HOST_TURNS:
        return set()
    first_prose = next((i for i, b in enumerate(items) if _prose(b)), turns[0])
    start = min(first_prose, turns[0])
    return {
        i
        for i in range(start, turns[-1])
        if _BRACKETED.fullmatch(items[i].text.strip()) is not None
    }


# An item's number set on a line of its own above the item, as minutes, order papers and
# registers print them ("5" over "Fracking A question was asked by …").
_ITEM_NUMBER = compile_pattern(r"\d{1,4}\.?")
ITEM_RUN = 2  # numbered items in a row, each the one before plus one


def item_numbers(items: Sequence[Block]) -> set[int]:
    """Lines that are only a number, each right above a sentence of the story, the numbers going
    up by one from item to item: a record's numbered items (minutes, an order paper). A page
    number or a counter stands apart from its neighbours' numbers (a share count, a scan's folio
    every page), and a listing's ranks head titles, not sentences."""
    numbered = [
        (i, int(items[i].text.strip().rstrip(".")))
        for i in range(len(items) - 1)
        if _ITEM_NUMBER.fullmatch(items[i].text.strip()) and _an_item(items[i + 1])
    ]
    found: set[int] = set()
    run: list[int] = []
    last = -1
    for index, number in numbered:
        if run and number != last + 1:  # the count broke: the run so far stands or falls
            found.update(run if len(run) >= ITEM_RUN else ())
            run = []
        run.append(index)
        last = number
    found.update(run if len(run) >= ITEM_RUN else ())
    return found


def _an_item(block: Block) -> bool:
    """A numbered item's text: set right under its number, a sentence at least (a listing's rank
    heads a title, which stops on no full stop)."""
    if block.blank_before or block.words < SENTENCE_WORDS:
        return False
    return block.ends_sentence or _SENTENCE_STOP.search(block.text) is not None


_SENTENCE_STOP = compile_pattern(r"\p{Ll}[.!?] ")


def ratings(items: Sequence[Block]) -> set[int]:
    """A line of rating stars with prose after it: a review's verdict under its headline."""
    return {
        i
        for i, block in enumerate(items)
        if _is_rating(block.text.strip()) and any(_prose(b) for b in items[i + 1 : i + 4])
    }


def _is_rating(text: str) -> bool:
    if _RATING.fullmatch(text) is None:
        return False
    runs = [len(list(run)) for _, run in groupby(text.replace("\ufe0f", ""))]
    return len(runs) <= RATING_RUNS and max(runs) > 1


def list_headings(items: Sequence[Block]) -> set[int]:
    """A short line right above a list whose items are sentences ("Roses" over "- Reduce the
    height of bush roses by a third ..."): the heading of a section of the story, like its
    siblings over their own lists. A menu's or a tag list's items are labels, not sentences."""
    found: set[int] = set()
    for index in range(len(items) - 2):
        first, second = items[index + 1], items[index + 2]
        mark = _mark(first.text)
        if mark is None or first.blank_before or _mark(second.text) != mark:
            continue
        heading = items[index]
        short = _mark(heading.text) is None and 0 < heading.words <= HEADING_WORDS
        if short and is_sentence(first) and is_sentence(second):
            found.add(index)
    return found


def signatures(items: Sequence[Block], evidence: Sequence[str | None]) -> set[int]:
    """The signatures of a letters page: under a letter's last paragraph, with no blank line
    between, one or two short lines of capitalised words (a name, a town) that close it. One
    such close may be an author's box; two letters signed by different people make a page of
    letters. A line with furniture evidence of its own ("Read More") signs nothing."""
    signed: list[list[int]] = []
    for index, block in enumerate(items):
        if not _prose(block):
            continue
        lines: list[int] = []
        end = index + 1
        while end < len(items) and len(lines) < SIGNATURE_LINES and _signs(items, evidence, end):
            lines.append(end)
            end += 1
        if lines and (end == len(items) or items[end].blank_before):
            signed.append(lines)
    names = {items[lines[0]].text for lines in signed}
    if len(signed) < LETTERS or len(names) < LETTERS:
        return set()
    return {index for lines in signed for index in lines}


def _signs(items: Sequence[Block], evidence: Sequence[str | None], index: int) -> bool:
    block = items[index]
    if block.blank_before or block.lines > 1 or evidence[index] is not None:
        return False
    words = block.text.split()
    return 0 < len(words) <= SIGNATURE_WORDS and all(w[0].isupper() for w in words)


def wrap_fragments(items: list[Block], evidence: Sequence[str | None]) -> set[int]:
    """On a page of hard-wrapped prose (a PDF's or a scan's printed lines: two paragraphs at least
    set in several lines), the short lines a wrap left between the story's lines: a line that the
    line above runs on into ("… the site for" / "neighbouring properties"), or that runs on into
    the line below. Neither line may carry furniture evidence of its own (a credit split over
    lines, "Photo: Jane Doe /" / "Flickr", stays a credit)."""
    if sum(b.lines > 1 and b.words >= SENTENCE_WORDS for b in items) < WRAPPED_PARAGRAPHS:
        return set()
    found: set[int] = set()
    for index in range(1, len(items)):
        above, line = items[index - 1], items[index]
        if line.blank_before or evidence[index] is not None or evidence[index - 1] is not None:
            continue
        if _runs_into(above) or wraps_on(items, index - 1):
            found.update((index - 1, index))
    return found


def _runs_into(block: Block) -> bool:
    """A line that stops mid-phrase: on a word that cannot end one, on a joining mark, or as
    hard-wrapped prose that ends no sentence."""
    if block.ends_sentence or block.text.endswith(":") or _DASHED.fullmatch(block.text):
        return False
    wrapped = block.lines > 1 and block.words >= SENTENCE_WORDS
    return runs_on(block) or block.text.endswith(_BREAKS) or wrapped
