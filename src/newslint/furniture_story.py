"""Lines shaped like page furniture that belong to the story: what the position rules of
`checks/furniture_block.py` must leave alone.

Furniture is what a site prints around every article, so it says nothing about this one; the
story's own short lines are tied to the text around them. A correction note names what the article
got wrong (its people, its facts), a subheading heads a paragraph of prose, a table's heading
heads lines of figures.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice, pairwise

import regex

from newslint.furniture_credits import REPORTING_VERBS
from newslint.furniture_signals import (
    LINK_BAR,
    SELF_REFERENCE,
    TITLE_WITH_SITE,
    line_evidence,
    separated_items,
)
from newslint.lexicon import is_function_word
from newslint.page_layout import is_article, is_sentence, states
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block, english_stopwords

_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
_DIGIT = compile_pattern(r"\d")
_LIST_MARK = compile_pattern(r"^(?:[•·▪●◦*–-]|\d{1,2}[.)])\s+")
_POSSESSIVE = ("'s", "’s")
# Words of four letters or more: shorter ones are mostly function words and abbreviations.
CONTENT_LETTERS = 4
SHARED_WORDS = 2  # one shared word may be chance ("published", "report")
STEM_LETTERS = 5
SUBJECT_WORDS = 3  # cut to stems, two shared words may be chance ("address", "market")
SUBJECT_SHARE = 3  # a third of a line's content words shared: it speaks of the story's subject
PROSE_WORDS = 8
HEADING_WORDS = 8  # a subheading's length at most: a longer line is a standfirst or prose
EXPLAINING_WORDS = 12
_SENTENCE = compile_pattern(r"[^.!?]+[.!?]*")
TABLE_ROWS = 2
MAX_TABLE_ROWS = 40
# A game's result as a roundup heads its report: each side's name and score ("Portland Pilots 21,
# New Orleans Saints 17", "CHIEFS 27, RAVENS 24, OT", "Jaguars 40, Cowboys 34 (OT)").
_RESULT_LINE = compile_pattern(
    r"\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3} \d{1,3}, "
    r"\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3} \d{1,3}(?:,? \(?[\p{Lu}\d]{1,4}\)?)?"
)
# The capitalised words after a title's last spaced dash ("… - CBS News", "… - President Xi").
_DASH_NAME = compile_pattern(r"\s[-–—]\s(?P<name>(?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)$")
# A dash and a name alone on a line ("— Rumi", "- Reuters"), and a block that is all one quotation.
_DASH_ATTRIBUTION = compile_pattern(r"[-–—]\s?\p{Lu}[\p{L}.'’ -]{1,40}")
_WHOLE_QUOTATION = compile_pattern(r"[“\"‘].+[”\"’][.!?]?", regex.S)


def _content_words(text: str) -> set[str]:
    stop = english_stopwords()
    words = set()
    for word in _WORD.findall(text):
        word = word.casefold()
        if word.endswith(_POSSESSIVE):
            word = word[:-2]
        if len(word) >= CONTENT_LETTERS and word not in stop:
            words.add(word)
    return words


def names_the_story(note: Block, story: Sequence[Block]) -> bool:
    """A note about the page that shares words with the article's paragraphs is about the story's
    content: a correction ("An earlier version of this article misstated the day of the council
    vote"), which the paper prints as part of the story. An interface note ("Something wrong with
    this page?", "This transcription has been completed") could stand under any page."""
    if _explains(note.text):
        return True
    own = _content_words(note.text)
    if len(own) < SHARED_WORDS:
        return False
    shared = own & set().union(*(_content_words(b.text) for b in story)) if story else set()
    return len(shared) >= SHARED_WORDS


def shares_the_subject(line: Block, story: Sequence[Block]) -> bool:
    """A line whose content words are largely the story's speaks of its subject: an explainer's
    lead-in addressed to the reader ("Imagine you're putting $1,000 into a savings account" above
    paragraphs about savings and interest) is the story's, where a paywall or sign-in note shares
    a word with it by chance at most ("account")."""
    own = _stems(line.text)
    if len(own) < SUBJECT_WORDS:
        return False
    shared = own & set().union(*(_stems(b.text) for b in story)) if story else set()
    return len(shared) >= SUBJECT_WORDS and len(shared) * SUBJECT_SHARE >= len(own)


def _stems(text: str) -> set[str]:
    """Content words cut to their first letters, so a word's forms meet ("importing", "imported",
    "importer"): a crude stem, enough to tell a shared subject from a chance word."""
    return {word[:STEM_LETTERS] for word in _content_words(text) if not word.startswith("you")}


def _explains(text: str) -> bool:
    """A sentence about the page of twelve words or more explains a change to the story ("This
    article was amended on 3 May 2021 to correct the spelling of the mayor's name"); interface
    notes are terse ("Something wrong with this page?", "This article is more than 6 years old")."""
    for sentence in _SENTENCE.findall(text):
        if SELF_REFERENCE.search(sentence) and len(sentence.split()) >= EXPLAINING_WORDS:
            return True
    return False


def heads_prose(items: Sequence[Block], index: int) -> bool:
    """A short line followed by a sentence of prose heads it: a subheading, not a prompt below the
    article (prompts and links there are followed by more of the same, or by nothing)."""
    after = items[index + 1] if index + 1 < len(items) else None
    return after is not None and after.words >= PROSE_WORDS and after.ends_sentence


def parallel_heading(items: Sequence[Block], index: int) -> bool:
    """A short line set apart that opens on the same function word as an earlier subheading of
    the article, one that heads prose ("On Putin" after "On the Donbass conflict", "Why it
    matters" after "Why now"): the next section of a roundup or a Q&A, its prose cut off with
    the page. A prompt or link below a story does not take up the form of the story's headings."""
    block = items[index]
    first = block.text.split(maxsplit=1)[0].casefold() if block.words else ""
    if not block.blank_before or block.words < 2 or not is_function_word(first):
        return False
    return any(
        other.blank_before
        and other.words <= HEADING_WORDS
        and other.text.split(maxsplit=1)[0].casefold() == first
        and heads_prose(items, i)
        for i, other in enumerate(items[:index])
        if other.text.strip() != block.text.strip()
    )


def heads_a_table(items: Sequence[Block], index: int) -> bool:
    """A short line above lines of figures that follow one another ("Results" over "Arsenal 2
    Chelsea 1"): the heading of the story's table."""
    rows = 0
    for block in islice(items, index + 1, index + 1 + TABLE_ROWS):
        if rows and block.blank_before:
            break
        if block.lines == 1 and _table_row(block):
            rows += 1
        else:
            break
    return rows >= TABLE_ROWS


def in_a_table(items: Sequence[Block], index: int) -> bool:
    """A row of a table that a heading announces (`heads_a_table`), or a cell of a table of
    figures flattened one cell a line (`among_figures`)."""
    if among_figures(items, index):
        return True
    if not _table_row(items[index]):
        return False
    first, floor = index, max(0, index - MAX_TABLE_ROWS)  # bounded: one walk per candidate row
    while first > floor and not items[first].blank_before and _table_row(items[first - 1]):
        first -= 1
    return first > 0 and heads_a_table(items, first - 1)


# A flattened table's neighbourhood: the blocks either side read, and how many of the blocks
# there must be cells of figures (and at least half of them). A menu or a share bar has a count or
# two among its labels, never most.
FIGURE_REACH = 4
FIGURE_CELLS = 4
FIGURE_DIGITS = 3  # an amount or a score ("574 15", "2,400 00"), not a page's number
_YEAR = compile_pattern(r"\d{4}")


def _figure_cell(block: Block) -> bool:
    """A short line of figures with no mark of furniture: more digits than letters, three
    digits at least, not a year alone (an archive's menu lists years) nor a stamp."""
    text = block.text.strip()
    digits = sum(c.isdigit() for c in text)
    if block.words > HEADING_WORDS or digits < max(FIGURE_DIGITS, sum(c.isalpha() for c in text)):
        return False
    return not _YEAR.fullmatch(text) and line_evidence(block) is None


def among_figures(items: Sequence[Block], index: int) -> bool:
    """A line among lines of figures: of the blocks within `FIGURE_REACH` of it, itself
    included, `FIGURE_CELLS` or more and at least half are cells of figures ("Highways." among
    "1,250 00", "1,198 40", "51 60"). An accounts table or a results list extracted one cell a
    line is the page's own text: its row labels and sums are as short and bare as a menu's
    items, but a menu is made of words."""
    lo, hi = max(0, index - FIGURE_REACH), min(len(items), index + FIGURE_REACH + 1)
    cells = sum(_figure_cell(items[i]) for i in range(lo, hi))
    return cells >= FIGURE_CELLS and 2 * cells >= hi - lo


# What a table's row names: a word, or a currency ("£/$: 1.2735", a rate's row).
_NAMED = compile_pattern(r"\p{L}|\p{Sc}")


def _table_row(block: Block) -> bool:
    """A line that names something and gives its figure ("Arsenal 2 Chelsea 1"), with no mark
    of furniture (a clock time, a counter); a list's number is no figure."""
    text = _LIST_MARK.sub("", block.text)
    return bool(_DIGIT.search(text) and _NAMED.search(text)) and line_evidence(block) is None


class Speakers:
    """The words each block of a page writes beside a reporting verb ("Xi said", "said Carney"),
    read once per page: every title asks about its own name, and reading the page again for
    each made a page of many titles cost titles times words."""

    def __init__(self, items: Sequence[Block]):
        self.items = items
        self._blocks: dict[str, list[int]] | None = None

    def blocks_of(self, word: str) -> list[int]:
        """The blocks, in page order, that write `word` beside a reporting verb."""
        if self._blocks is None:
            self._blocks = {}
            for i, block in enumerate(self.items):
                for spoken in dict.fromkeys(_spoken_words(block.text)):
                    self._blocks.setdefault(spoken, []).append(i)
        return self._blocks.get(word, [])


def _spoken_words(text: str) -> Iterator[str]:
    """The words next to a reporting verb (`_reports` of the word before and the word after)."""
    written = _WORD.findall(text)
    folded = set(map(str.casefold, written))
    if REPORTING_VERBS.isdisjoint(folded) and _POSSESSIVE_VERBS.isdisjoint(folded):
        return  # no reporting verb, bare or possessive ("said's"): most blocks, judged in C
    words = [_bare(word) for word in written]
    verbs = [word.casefold() in REPORTING_VERBS for word in words]
    last = len(words) - 1
    for at, word in enumerate(words):
        if (at and verbs[at - 1]) or (at < last and verbs[at + 1]):
            yield word


def names_its_speaker(
    items: Sequence[Block], index: int, reason: str | None, speakers: Speakers | None = None
) -> bool:
    """A title whose name after the dash speaks in the story: a wire headline crediting its
    speaker ("China ready to cooperate with US - Xi" over "… Xi said on Wednesday"), not a page
    title with the site's or section's name ("… - CBS News", "… - Pakistan"), which the story
    may name but never quotes. Copies of the title (a repeated headline, an alt text) are left out.
    `speakers`: the page's, shared by all its titles."""
    if reason != TITLE_WITH_SITE:
        return False
    found = _DASH_NAME.search(items[index].text)
    if found is None:
        return False
    last = found.group("name").split()[-1].rstrip(".")
    suffix = found.group()
    return any(
        i != index and not items[i].text.endswith(suffix)
        for i in (speakers or Speakers(items)).blocks_of(last)
    )


def attributes_a_quotation(items: Sequence[Block], index: int) -> bool:
    """A dash and a name under a block that is wholly a quotation, with the story going on below:
    the attribution of an epigraph or a pull quote ("“The wound is the place …” / — Rumi"). An
    agency's sign-off has the same shape but closes the story, so a line with no prose after it
    is left to the caption reading."""
    if index == 0 or not _DASH_ATTRIBUTION.fullmatch(items[index].text):
        return False
    if not _WHOLE_QUOTATION.fullmatch(items[index - 1].text):
        return False
    return any(is_article(block) or is_sentence(block) for block in items[index + 1 :])


def _reports(neighbours: list[str]) -> bool:
    return any(word.casefold() in REPORTING_VERBS for word in neighbours)


# A reporting verb with a possessive's ending, case-folded: the words `_bare` turns into one.
_POSSESSIVE_VERBS = frozenset(verb + ending for verb in REPORTING_VERBS for ending in _POSSESSIVE)


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def is_result_line(text: str) -> bool:
    """A line giving a game's result, side by side (`_RESULT_LINE`): a sports roundup's heading
    over that game's report, not a link to another story or a page's furniture."""
    return _RESULT_LINE.fullmatch(text.strip()) is not None


# A document's numbered section heading: "1.0 Introduction", "2.6 Estimate of Records".
_SECTION_NUMBER = compile_pattern(r"\d{1,2}\.\d\.?\s+\p{Lu}\p{Ll}")


# A line that is only the word joining two parties ("- and -", "v", "versus"), as a judgment, a
# contract or a title page sets its parties one per line.
_JOINS_PARTIES = compile_pattern(r"[-–—\s]*(?i:and|v\.?|vs\.?|versus)[-–—\s]*")


def outline_lines(items: Sequence[Block]) -> set[int]:
    """Lines printed one under another among numbered section headings: a report's own headings
    or table of contents ("1.0 Introduction", "Scope of the Plan", "2.0 Costs"); a web page
    numbers no menu that way. Likewise the lines around one that only joins two parties (a
    judgment's "CLAIMANT LTD / Claimant / - and - / DEFENDANT LTD / Defendant"): one caption."""
    members: set[int] = set()
    group: list[int] = []
    story = _first_prose(items)
    for index, block in enumerate([*items, None]):
        if block is not None and block.lines == 1 and (not group or not block.blank_before):
            group.append(index)
            continue
        # a book's contents stand before the text they outline; a list of pages below the
        # story's first paragraph is a newspaper's index box ("Sport, page 40"), furniture
        contents = bool(group) and group[0] < story and _contents(items, group)
        if any(_outline_mark(items[i].text) for i in group) or contents:
            members.update(group)
        group = [index] if block is not None and block.lines == 1 else []
    return members


def _first_prose(items: Sequence[Block]) -> int:
    """The index of the text's first paragraph of prose (len(items) when it has none)."""
    return next(
        (i for i, block in enumerate(items) if is_article(block) or is_sentence(block)), len(items)
    )


def _outline_mark(text: str) -> bool:
    return bool(_SECTION_NUMBER.match(text) or _JOINS_PARTIES.fullmatch(text))


# A contents entry's end: the page its title starts on ("Politics and War (page 131)", "Index,
# p. 567", "Appendix .......... 212"), read in the line's last characters only.
_PAGE_CITED = compile_pattern(
    r"(?:\(\s*(?i:pages?|pp?\.)\s*(\d{1,4})\s*\)|[\s,](?i:pages?|pp?\.)\s*(\d{1,4})"
    r"|\s?\.{3,}\s*(\d{1,4}))\s*$"
)
CITED_REACH = 24
CONTENTS_ENTRIES = 3
# A headline is a clause; a part's title seldom holds a verb ("Magazines Founded 1850-1864").
MOST_CONTENTS_CLAUSES = 1 / 3
_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})


def _contents(items: Sequence[Block], group: list[int]) -> bool:
    """Whether the lines are a table of contents: three entries or more, each a title and the
    page it starts on, the pages rising, and the titles names of parts, not clauses. A listing
    page prints its own page number once, in its title ("Ferries (Page 11)"), a pager numbers
    pages with no titles ("Page 2"), and a newspaper's index box ("Inside today") lists
    headlines, most with a verb ("Council approves new school, page 3")."""
    entries = [(items[i].text, page) for i in group if (page := _cited_page(items[i].text))]
    pages = [page for _, page in entries]
    if len(pages) < CONTENTS_ENTRIES or not all(a < b for a, b in pairwise(pages)):
        return False
    # a gerund names a part ("Leading Magazines"); without the tagger every title is a clause
    clauses = sum(1 for text, _ in entries if states(text, _VERB_TAGS))
    return clauses <= MOST_CONTENTS_CLAUSES * len(entries)


def _cited_page(line: str) -> int | None:
    """The page a contents entry cites after its title, or None."""
    cited = _PAGE_CITED.search(line, max(0, len(line) - CITED_REACH))
    if cited is None or not any(ch.isalpha() for ch in line[: cited.start()]):
        return None
    return int(next(number for number in cited.groups() if number))


# An item of a scoreboard line: a word and its figure ("OVER 23", "SCORE 63/0 (Gambhir 28)").
_LABELLED_FIGURE = compile_pattern(r"\p{L}{2,}.*\d|\d.*\p{L}{2,}")


def entry_headings(items: Sequence[Block], evidence: Sequence[str | None]) -> set[int]:
    """A live commentary's entry headings: lines of items that each pair a word with a figure
    ("OVER 23 | SCORE 63/0 (Gambhir 28, Vijay 25)"), each over a paragraph of prose, printed
    again over other entries with other figures under the same first word. A breadcrumb or a
    share bar names pages, and a pager or a recurring stamp heads no prose with new figures."""
    groups: dict[str, list[int]] = {}
    for index, reason in enumerate(evidence):
        if reason != LINK_BAR or index + 1 >= len(items):
            continue
        parts = separated_items(items[index].text)
        if len(parts) < 2 or not all(_LABELLED_FIGURE.search(part) for part in parts):
            continue
        after = items[index + 1]
        if is_article(after) or is_sentence(after):
            groups.setdefault(parts[0].split()[0].casefold(), []).append(index)
    return {
        index
        for group in groups.values()
        if len({items[i].text for i in group}) >= 2
        for index in group
    }
