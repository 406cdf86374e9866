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
TITLE_ITEM_WORDS = 30  # the longest title of a listing set between its furniture lines
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


# A content list's item: one line of a list the page exists to print (an event calendar's
# "Act @ Venue", an awards list's "Actress: Name – Film", a market table's "Stock: 1.72 per cent",
# a chart's "2. “Title” by Author"). Its items share an inner structure, the marks that part its
# fields, whatever the words; a menu's, tag list's or share bar's items are bare names with no
# such marks, and a link bar's "|", "»" or "›" are the template's.
LIST_ITEMS = 4  # fewer items of one structure are a panel or a few related links
LIST_ITEM_WORDS = 20
HEADING_WORDS = 4
_MARKER = compile_pattern(r"^(?:[-–—•*·▪]|=?\d{1,3}[.)])\s+")
_ASIDE = compile_pattern(r"\([^()]*\)|\[[^\[\]]*\]")
_FIELD_WORD = compile_pattern(r"[\p{L}\p{N}]+(?:[’'.&/+-][\p{L}\p{N}]+)*")
# commas part a name's words, "&" and "+" join names ("Lion & Lamb", "Dan + Shay")
_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "«": '"', "»": '"', "—": "–", "-": "–", ",": None, "&": None, "+": None}
)
_BAR_MARKS = frozenset("|›>•·")
_SENTENCE_MARKS = frozenset(".!?…")
_QUOTE_MARKS = frozenset("“”\"«»‘’'")
_DIGITS_ONLY = compile_pattern(r"\d")
_ANY_MARK = compile_pattern(r"[^\p{L}\p{N}\s'’]")
_NAMING = compile_pattern(r"\b\p{L}{2,}")


def content_list_items(items: Sequence[Block]) -> set[int]:
    """Single lines, four or more on the page, whose fields are parted by the same marks ("@",
    ": … –", "“…” by"): the items of a list the page prints as its content. A label-and-value
    list counts when its labels or its values repeat (an awards list's "Actress:", a market
    table's "1.72 per cent"): a metadata panel names each field once, with values of every kind."""
    structures = [_structure(block) for block in items]
    keys: dict[str, list[int]] = {}
    for index, key in enumerate(structures):
        if key is not None:
            keys.setdefault(key, []).append(index)
    members: set[int] = set()
    for key, indexes in keys.items():
        if len(indexes) < LIST_ITEMS:
            continue
        if key == ":" and not _repeated_fields([items[i].text for i in indexes]):
            continue
        members.update(indexes)
    if not members:
        return members
    # a list's own headings ("Saturday" between two days' items, "Friday" over the first) and
    # its odd item of another structure ("Film: The Harbour Keeper" over the "Actor: Name –
    # Film" lines) stand among them
    for index in range(len(items) - 1):
        if index in members or index + 1 not in members:
            continue
        if index - 1 in members or (
            items[index].words <= HEADING_WORDS and items[index].lines == 1
        ):
            members.add(index)
    for index in sorted(members):
        for near in (index - 1, index + 1):
            if 0 <= near < len(items) and structures[near] is not None:
                members.add(near)
    return members


def _structure(block: Block) -> str | None:
    """The marks between a list line's fields, in order ("@", ":–", '""'), or None for a line
    that is no list item: a paragraph, a bare name, a sentence, a link bar."""
    if block.lines > 1 or block.words > LIST_ITEM_WORDS or block.text.rstrip().endswith(":"):
        return None  # a line ending on its colon heads what follows: a form's label, a heading
    if _ANY_MARK.search(block.text) is None:
        return None  # bare words: a menu item, a name, a heading
    text = _ASIDE.sub(" ", _MARKER.sub("", block.text.strip()))
    if len(_NAMING.findall(text)) < 2:
        return None  # "41.4 UAH ▲0.02%": a ticker's figures, a widget's, name no item
    marks = "".join(_FIELD_WORD.sub(" ", text).split()).translate(_QUOTES)
    if not marks or set(marks) <= _SENTENCE_MARKS or set(marks) & _BAR_MARKS:
        return None
    quoted = text.strip()
    if quoted[:1] in _QUOTE_MARKS and quoted.rstrip(".!?…,")[-1:] in _QUOTE_MARKS:
        return None  # a quotation on its own line, not a “Title” by its author
    # "Headline – Site", "Week 51 – Dec 16 – Dec 22": a teaser's title and source, a nav label
    return None if set(marks) == {"–"} else marks


def _repeated_fields(lines: list[str]) -> bool:
    """Whether "Label: value" lines repeat a value's shape, figures masked, three times (a market
    table's "Wipro: 1.59 per cent"): a list of like items. Repeated labels are a listing's
    per-item fields ("Contact: Jade Boyd" under each release), and a repeated dated value its
    stamps: both the template's."""
    values: dict[str, int] = {}
    for line in lines:
        value = line.partition(":")[2].strip()
        if DATE.search(value) or ISO_DATE.search(value) or CLOCK.search(value):
            continue
        shape = _DIGITS_ONLY.sub("0", value)
        values[shape] = values.get(shape, 0) + 1
    return max(values.values(), default=0) >= COPIES


def ends_a_listing(items: list[Block], reasons: list[str | None], between: str) -> bool:
    """Whether the page's last line is the next item of a listing the page's end cut ("Story
    title / 01:19 PM • 6736 views / Story title"): set close under a furniture line, as the
    item above it (`between`: found between two furniture lines) is, and of a title's size. No
    furniture line under it shows it as one of the items."""
    if len(items) < 3 or reasons[-1] is not None or reasons[-2] is None or reasons[-3] != between:
        return False
    item, furniture, block = items[-3], items[-2], items[-1]
    if block.lines > 1 or block.words > TITLE_ITEM_WORDS:
        return False
    return item.end + 1 == furniture.start and furniture.end + 1 == block.start
