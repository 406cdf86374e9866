"""Runs of short, bare lines: a menu, a tag list or a share bar, read line by line. A run is a
menu unless the story announces it as its own list, it sits inside the article, or its lines go
on one into the next (a title set in lines). Inside the article, short lines set apart by blank
lines are its headings, and headings head something: a run that ends the page heads nothing, and
is the tag list or the links printed under the story."""

from __future__ import annotations

from newslint.furniture_signals import field_key
from newslint.page_layout import announces, inside_article, is_introduced, runs_on, wraps_on
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block
from newslint.values import FrozenValue

RUN = "one of a run of short link-like lines (a menu, tag list or share bar)"
LIST_MARK = compile_pattern(r"^(?:[•·▪●◦*–-]|\d{1,2}[.)])\s+")
_DIGIT = compile_pattern(r"\d")
HEAD_WORDS = 3  # the longest label above a headline; headlines run longer
LOOSE_STOPS = 0.55
BRIDGE_WORDS = 3  # a menu item of function words is short: "Search in title", "About us"


class MenuRuns(FrozenValue):
    """`min_run`: how many short bare lines in a row make a menu; `max_words`: the longest."""

    FIELDS = ("min_run", "max_words")
    min_run: int
    max_words: int

    def __init__(self, min_run: int, max_words: int):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "min_run", min_run)
        setter(self, "max_words", max_words)

    def members(
        self,
        items: list[Block],
        outline: set[int],
        opening: int,
        furniture_under_first: bool,
        title: int | None = None,
    ) -> set[int]:
        """Indexes of blocks in a run of at least `min_run` short, bare lines. Bare lines after
        items marked as a list's ("- Why it matters" / "Why it matters") are the article's
        headings under its list of contents, not more of the list. `furniture_under_first`:
        whether the page's second line is furniture by itself (a byline under the title).
        `title`: the page's title told by the story's words (`topical_title`), no menu's item:
        a kicker, the headline and its standfirst over a picture's name are no menu."""
        members: set[int] = set()
        run: list[int] = []
        for index, block in enumerate([*items, None]):
            if index == title:
                if self._is_menu(items, run, outline, opening, furniture_under_first):
                    members.update(run)
                run = []
                continue
            marked = block is not None and LIST_MARK.match(block.text) is not None
            if run and not marked and LIST_MARK.match(items[run[-1]].text):
                if self._is_menu(items, run, outline, opening, furniture_under_first):
                    members.update(run)
                run = []
            if block is not None and (self.menu_like(block) or self._bridges(items, run, index)):
                run.append(index)
                continue
            if self._is_menu(items, run, outline, opening, furniture_under_first):
                members.update(run)
            run = []
        return members

    def _is_menu(
        self,
        items: list[Block],
        run: list[int],
        outline: set[int],
        opening: int,
        furniture_under_first: bool,
    ) -> bool:
        titled = run and run[0] == 0 and len(run) > 1
        if titled and set_apart_headline(items, furniture_under_first):
            run = run[1:]  # the page's title over its byline: not a menu's item
        distinct = {items[i].text.casefold() for i in run}  # a tripled headline is a repeat
        return (
            len(distinct) >= self.min_run
            and not (is_introduced(items, run[0]) and announces(items, run[0] - 1, opening))
            and not (inside_article(items, run[0], run[-1]) and run[-1] < len(items) - 1)
            and not any(runs_on(items[i]) or wraps_on(items, i) for i in run)
            and not any(i in outline for i in run)
        )

    def _bridges(self, items: list[Block], run: list[int], index: int) -> bool:
        """A line of a few words between two items of a run, set as they are (no blank line on
        either side), is an item too though its words are function words by jusText's list
        ("Search in title" between "Exact matches only" and "Search in content")."""
        block = items[index]
        after = items[index + 1] if index + 1 < len(items) else None
        return (
            bool(run)
            and run[-1] == index - 1
            and after is not None
            and not block.blank_before
            and not after.blank_before
            and block.lines == 1
            and block.words <= BRIDGE_WORDS
            and any(c.isalpha() for c in block.text)  # a separator alone parts two lists
            and self.menu_like(after)
            and self._bare(block.text)
        )

    def menu_like(self, block: Block) -> bool:
        """Short, bare and not a sentence: no full stop, no figures (a table or a contents page
        has figures), few function words unless it is a one- or two-word label."""
        if block.lines > 1 or block.words == 0 or block.words > self.max_words:
            return False
        text = LIST_MARK.sub("", block.text)
        if not self._bare(text):
            return False
        return block.words <= 2 or block.stop_density < LOOSE_STOPS or text.endswith(("?", "!"))

    @staticmethod
    def _bare(text: str) -> bool:
        """No figure, comma or closing stop, and no field's label ("Birth Name: Jane Fletcher"
        is a field of a panel, not a link)."""
        if _DIGIT.search(text) or "," in text or text.endswith((".", ":", ";")):
            return False
        return field_key(text) is None


def set_apart_headline(items: list[Block], furniture_under: bool) -> bool:
    """The text's first line is headline-sized and a blank line parts it from what follows
    (a menu's items come line after line), or the line under it is furniture by itself (the
    byline block under a headline: "Photo of author", "By Jane Doe")."""
    return items[0].words > HEAD_WORDS and (items[1].blank_before or furniture_under)
