"""The furniture a listing page prints once for every item: a tag page, a section front, an agency's
feed or a search result repeats the same widget under each teaser ("Full Story", "Read more", a
"-" rule) and a stamp of the same form ("Economy Aug. 16, 2021", "Agency - Mon 06"). An
article does not repeat a short line three times; a listing does, whatever its site's wording, so
the repetition itself is the evidence, not the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from newslint.furniture_signals import field_key
from newslint.furniture_stamps import CLOCK, DATE, ISO_DATE, is_bare_date
from newslint.page_layout import opens_story
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

RECURRING = "printed again for every item of a listing (each teaser's link, source or stamp)"
COPIES = 3  # two copies may be a refrain or a headline printed twice; three make a pattern
WIDGET_WORDS = 6
LABEL_WORDS = 3  # the section or source name beside a stamp
ITEM_WORDS = 10  # the longest stamp with its label ("Regional Affairs Wednesday, Aug. 16, 2021")
_DIGITS = compile_pattern(r"\d+")
# A feed's short stamp: the weekday and the day of the month ("Mon 06", "Tue. 7").
_WEEKDAY_DAY = compile_pattern(r"\b(?i:mon|tue|wed|thu|fri|sat|sun)\p{Ll}*\.?\s\d{1,2}\b")
_LETTERS = compile_pattern(r"\p{L}+")
_WORD = compile_pattern(r"[\p{L}\d][\p{L}\d.'’&-]*")
# What a sentence or a stage direction ends on ("Thank you.", "(Laughter.)"): the story's lines,
# which a transcript may repeat; a widget is a label, not a sentence.
_SENTENCE_END = (".", "!", "?", ".)", ".]")
_TURN_ENDS = (*_SENTENCE_END, ",", ":", ";", "?”", ".”", '?"', '."')
TITLE_WORDS = 3


def recurring_items(items: Sequence[Block]) -> set[int]:
    """Short lines printed three times or more with an item's title between every two copies:
    the same widget (folded, figures masked) or a stamp of the same form beside a short label.
    A refrain between verses, or a speaker's label between turns, has no title between."""
    copies: dict[str, list[int]] = {}
    for index, block in enumerate(items):
        key = _item_key(block)
        if key is not None:
            copies.setdefault(key, []).append(index)
    members: set[int] = set()
    for indexes in copies.values():
        if len(indexes) >= COPIES and all(
            any(_titles_an_item(items[i]) for i in range(a + 1, b)) for a, b in pairwise(indexes)
        ):
            members.update(indexes)
    return members


def _titles_an_item(block: Block) -> bool:
    """A headline-like line: a listing prints each item's title between two copies of its widget.
    A refrain's verses and an interview's questions and answers end as sentences do, and a
    speaker's label is a word or two."""
    text = block.text.rstrip()
    return block.lines == 1 and block.words >= TITLE_WORDS and not text.endswith(_TURN_ENDS)


def _item_key(block: Block) -> str | None:
    """What a repeated item has in common: a widget's own text, or a stamp's form (the label
    beside it changes from item to item: "Economy Aug. 16", "Politics Aug. 15")."""
    if block.lines > 1 or block.words > ITEM_WORDS:  # an article's paragraphs: nothing read
        return None
    text = block.text.strip()
    if not _WORD.search(text) or text.endswith(_SENTENCE_END):
        return None
    if text.endswith(":") or field_key(text) is not None:
        return None  # a field's label or a "Label: value" line: a form's, a table's results
    stamp = _stamp_form(text)
    if stamp is not None:
        return stamp
    if block.words > WIDGET_WORDS:
        return None
    return "widget " + _DIGITS.sub("0", text.casefold())


def _stamp_form(text: str) -> str | None:
    """The form of a stamp with at most a short label beside it ("Economy Aug. 16, 2021" and
    "Politics Aug. 15, 2021" share "stamp A. 0"), or None for other lines."""
    found = DATE.search(text) or ISO_DATE.search(text) or CLOCK.search(text)
    found = found or _WEEKDAY_DAY.search(text)
    if found is None or is_bare_date(text):  # a timeline's dates head the story's own sections
        return None
    rest = text[: found.start()] + " " + text[found.end() :]
    if len(_WORD.findall(rest)) > LABEL_WORDS:
        return None
    form = _DIGITS.sub("0", text[found.start() : found.end()])
    return "stamp " + _LETTERS.sub("A", form)


SOURCE_STAMP = "a source or section name and its date (a feed item's stamp)"
# "Wire desk - Mon 06", "World News – Monday, May 4, 2026": a name, a spaced dash, a stamp.
_DASHED_NAME = compile_pattern(r"(?P<name>\p{Lu}[\p{L}.&'’]*(?: \p{L}[\p{L}.&'’]*){0,2}) [-–—] ")


def source_stamps(items: Sequence[Block]) -> set[int]:
    """Lines that are a name and a stamp parted by a spaced dash, nothing more. A dateline's place
    is set in capitals ("LONDON - May 3") and runs on into the story; a headline has a verb
    where the stamp stands."""
    found: set[int] = set()
    for index, block in enumerate(items):
        if block.lines > 1 or block.words > ITEM_WORDS:
            continue
        match = _DASHED_NAME.match(block.text)
        if match is None or match.group("name").isupper():
            continue
        if _stamp_only(block.text[match.end() :].strip()):
            found.add(index)
    return found


def _stamp_only(text: str) -> bool:
    """Nothing but a stamp: a date, a weekday, a clock and its zone ("Mon 06", "May 4, 2026")."""
    dated = DATE.search(text) or ISO_DATE.search(text) or CLOCK.search(text)
    if not (dated or _WEEKDAY_DAY.search(text)):
        return False
    rest = _WEEKDAY_DAY.sub(" ", DATE.sub(" ", ISO_DATE.sub(" ", CLOCK.sub(" ", text))))
    return all(
        word.casefold() in _STAMP_WORDS or _WEEKDAY.fullmatch(word) for word in _WORD.findall(rest)
    )


_STAMP_WORDS = frozenset("am pm a.m. p.m. gmt utc est edt cet bst ist kst jst".split())
_WEEKDAY = compile_pattern(r"(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?")


LINKED = "a link to another story set into the page (a listing's item title, or a list of one item)"
# A bullet glyph opening a line. A dash opens an attribution or a line of dialogue, a number a
# ranked section of the story ("1. Chris Wilder (Sheffield United)"): neither is read here.
_BULLET = compile_pattern(r"(?P<mark>[•▪●◦·])\s")


def linked_titles(items: Sequence[Block]) -> set[int]:
    """Bulleted title lines set apart from any list (no item of the same bullet right above or
    below) with a block under them: links to other stories. A list of one item is no list of the
    story's, so a lone one is a related story's link ("• Claim challenged by experts" between two
    paragraphs); and with no paragraph of prose above the first of them, the page is a listing
    and each is an item's title over its teaser (a tag page, a section front). An article's
    bulleted section headings follow its opening paragraph."""
    marks = [_mark(block) for block in items] + [None]
    found: dict[str, list[int]] = {}
    for index, block in enumerate(items):
        mark = marks[index]
        if mark is None or not _titles_an_item(block) or block.text.endswith(_SENTENCE_END):
            continue
        if marks[index + 1] == mark or (index > 0 and marks[index - 1] == mark):
            continue
        found.setdefault(mark, []).append(index)
    titles: set[int] = set()
    for mark, indexes in found.items():
        if marks.count(mark) == 1:  # alone: a link, when a block stands under it
            titles.update(i for i in indexes if i + 1 < len(items))
        elif not any(opens_story(block) for block in items[: indexes[0]]):
            titles.update(indexes)  # a listing's last item may end the page
    return titles


def _mark(block: Block) -> str | None:
    match = _BULLET.match(block.text)
    return None if match is None else match.group("mark")
