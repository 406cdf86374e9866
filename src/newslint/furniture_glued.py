"""Glued blocks cut back into line-like units.

A scraper that drops the page's line breaks runs its menus, share bars, bylines, timestamps and
teasers together with the story into one long block ("Politics NA approves … Ministers The
National Assembly on April 8 approved …"), and a block that long reads as prose to every
furniture test. The lines it lost leave shapes behind, whatever the site:

- a separator glyph between items (| • · » › ► →);
- a run of capitals (a section name, a button) against words in lower case;
- a capitalised function word right after a word that ends no sentence, a lower-case word or
  a figure after it and lower-case words soon after: a sentence starting where a headline or a label stopped
  ("… Opinion If you have …"; not "told The Harbour Times", a name);
- a date with its year (and perhaps a clock time) that no preposition leads into a sentence;
- sentence ends, once one of the shapes above shows the block is glued.

Plain prose shows none of the first four, so its paragraphs are never cut.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

import regex

from newslint.furniture_signals import CONTACT
from newslint.furniture_stamps import MONTH
from newslint.lexicon import FUNCTION_WORDS
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block, classify, copy_block, english_stopwords, make_block

GLUED_WORDS = 10  # a block shorter than this is a line already
_TOKEN = compile_pattern(r"\S+")
_GLYPH = compile_pattern(r"[|•·»›►▸→]+")
_SENTENCE_END = compile_pattern(r"[.!?…][\"'”’)\]]*$")
_FULL_STOP = compile_pattern(r"(?<!\.)[.!?][\"'”’)\]]*$")
_CLOCK = r"\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A date with its year (or an ISO date), perhaps a weekday before it and a clock time after it
# (a clock time alone is as often the story's: "around 9:30 AM today").
_STAMP = compile_pattern(
    rf"\b(?:(?:{_WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
    rf"(?:[,\s]*(?:at\s+)?{_CLOCK})?)(?:\s*\(GMT[+-]?\d*\))?",
    regex.I,
)
# Two words in capitals side by side as `_line_cuts` reads them: `_CAPS` with the marks ",:;."
# stripped from either end ("ABCD,; A&B", "NEWS .EF" are runs too).
_GLYPH_OR_CAPS = compile_pattern(
    r"[|•·»›►▸→]|\p{Lu}[\p{Lu}\d&'’.-]+[,:;.]*\s+[,:;.]*\p{Lu}[\p{Lu}\d&'’.-]"
)
_YEAR = compile_pattern(r"(?:19|20)\d\d")
# A capitalised word between a word's last letter or figure and a lower-case word or figure, the
# neighbours read by look-arounds: a match that consumed them hid the next one ("in Paris 5 The
# council" took the "5" and missed "The", "in Paris 12 The council" did not).
_OPENER = compile_pattern(r"(?<=[\p{L}\p{N}])\s+(\p{Lu}\p{Ll}{0,6})(?=\s+[\"'“‘(]?[\p{Ll}\d])")
_CAPS = compile_pattern(r"\p{Lu}[\p{Lu}\d&'’.-]+")
_DATELINE = compile_pattern(
    r"\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3},?\s*(?:[(\[/]|[-–—]+\s)"
)
_WORDLIKE = compile_pattern(r"\p{L}")
_TITLE_WORD = compile_pattern(r"\p{Lu}\p{Ll}+")
_LOWER_WORD = compile_pattern(r"[\"'“‘(]?(\p{Ll}+)")
_LOWER_OR_FIGURE = compile_pattern(r"[\"'“‘(]?[\p{Ll}\d]")
_EDGES = "\"'“”‘’()[].,:;!?…"
# How far past a capitalised function word its sentence is read: two lower-case content words in
# it make it a sentence ("The council on Monday approved a budget"); a headline in title case has
# lower-case function words only ("Suspect Could Be Wanted by FBI").
SENTENCE_REACH = 12


def glued_units(text: str, block: Block, stop: frozenset[str]) -> list[Block]:
    """The block cut at the shapes its lost line breaks left, or [] when it shows none."""
    if block.words < GLUED_WORDS or block.lines > 1:
        return []
    if not _shows_a_cut(block.text):
        return []
    tokens = [
        (m.start() + block.start, m.end() + block.start, m.group())
        for m in _TOKEN.finditer(block.text)
    ]
    cuts = _line_cuts(tokens) | _stamp_cuts(text, block, tokens)
    if not cuts:
        return []
    # an ellipsis inside a paragraph is an elision ("got … more rain"), not a cut teaser's end
    cuts |= {i for i in range(1, len(tokens)) if _FULL_STOP.search(tokens[i - 1][2])}
    spans: list[tuple[int, int]] = []
    begin = 0
    for i in [*sorted(cuts), len(tokens)]:
        if i > begin:
            spans.append((tokens[begin][0], tokens[i - 1][1]))
        begin = i
    return [make_block(text, [span], stop) for span in spans]


def _shows_a_cut(text: str) -> bool:
    """Whether the text shows any shape `_line_cuts` or `_stamp_cuts` cuts at (a superset, in a
    few passes in C: most paragraphs show none and are not tokenised)."""
    if _GLYPH_OR_CAPS.search(text):
        return True
    if _YEAR.search(text) and _STAMP.search(text):
        return True
    # (the opener's one group, read by `findall` in C: most paragraphs have many and none)
    return not FUNCTION_WORDS.isdisjoint(map(str.casefold, _OPENER.findall(text)))


def _line_cuts(tokens: list[tuple[int, int, str]]) -> set[int]:
    """Token indexes where a lost line break shows: before and after a separator glyph, at
    either end of a run of capitals, before a sentence that starts where a label stopped."""
    cuts: set[int] = set()
    words = [t for _, _, t in tokens]
    bare = [w.strip(_EDGES) for w in words]
    # a word in brackets is an acronym's gloss or a ticker, "(ASX: RMX)", not a label
    caps = [
        bool(_CAPS.fullmatch(b)) and b == w.strip(",:;.") for b, w in zip(bare, words, strict=True)
    ]
    for i, word in enumerate(words):
        if _GLYPH.fullmatch(word):
            cuts.update((i, i + 1))
            continue
        if i == 0:
            continue
        before = words[i - 1]
        # a run of two capitalised words or more starts or stops here
        if caps[i] != caps[i - 1] and _caps_run(caps, bare, i if caps[i] else i - 1):
            cuts.add(i)
            continue
        if _SENTENCE_END.search(before) or before.endswith((",", ";", ":")):
            continue
        if (
            _TITLE_WORD.fullmatch(word)
            and word.casefold() in FUNCTION_WORDS
            and before[-1:].isalnum()  # not after an aside: "(In English) And it's …"
            and bare[i - 1].casefold() not in FUNCTION_WORDS
            and _LOWER_OR_FIGURE.match(words[i + 1] if i + 1 < len(words) else "")
            and _opens_sentence(words[i + 1 : i + 1 + SENTENCE_REACH])
        ):
            cuts.add(i)
    return {i for i in cuts if 0 < i < len(tokens)}


def _opens_sentence(words: list[str]) -> bool:
    """Whether two lower-case content words come before the sentence ends, and no capitalised
    function word before the first of them (a title's "Could Be Wanted by …")."""
    content = 0
    for word in words:
        if (
            content == 0
            and _TITLE_WORD.fullmatch(word.strip(_EDGES))
            and word.strip(_EDGES).casefold() in FUNCTION_WORDS
        ):
            return False
        match = _LOWER_WORD.match(word)
        if match and match.group(1) not in FUNCTION_WORDS:
            content += 1
            if content == 2:
                return True
        if _SENTENCE_END.search(word):
            return False
    return False


def _caps_run(caps: list[bool], bare: list[str], i: int) -> bool:
    """Whether token i is in a run of two words in capitals or more, one of them a word of four
    letters or more (not a pair of acronyms, "US FDA")."""
    start = end = i
    while start > 0 and caps[start - 1]:
        start -= 1
    while end + 1 < len(caps) and caps[end + 1]:
        end += 1
    return end > start and any(len(w) >= 4 for w in bare[start : end + 1])


def _stamp_cuts(text: str, block: Block, tokens: list[tuple[int, int, str]]) -> set[int]:
    """Token indexes around a dated stamp that no preposition leads into the sentence
    ("… activity Saturday, May 2, 2020,09:04 (GMT+7) KCNA …")."""
    cuts: set[int] = set()
    body = text[block.start : block.end]
    # Token ends rise with their index: each stamp's tokens are found by bisection, where a
    # scan from the first token per stamp cost a line of 4,000 dates 7 s (quadratic).
    ends = [t[1] for t in tokens]
    for match in _STAMP.finditer(body):
        start, end = match.start() + block.start, match.end() + block.start
        first, last = bisect_right(ends, start), bisect_left(ends, end)
        if last >= len(tokens):
            continue
        if first > 0 and tokens[first - 1][2].strip(_EDGES).casefold() in FUNCTION_WORDS:
            continue
        cuts.update((first, last + 1))
    return cuts


def glued_furniture(
    text: str,
    items: list[Block],
    reasons: list[str | None],
    judge: Callable[[list[Block]], list[str | None]],
    own: Callable[[Block], str | None],
    between: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the furniture in the page's glued blocks: each block no reason
    explains is cut into units, the page judged again with the units for its lines (`judge`,
    the check's reasons), and a unit reported when the reason it is given is its own evidence
    (`own`: a stamp, a credit, a field, a copyright line), a run of them as one finding. A
    unit's look alone (the shape model) is no evidence: a sentence cut out of a paragraph sits
    among sentences, not among lines. Its place is, for the reasons in `between` (a title
    between two furniture lines), inside a run (`_inside_a_run`): a listing's title the judge
    sets between two stamps of its block is an item of the run the scraper glued."""
    stop = english_stopwords()
    page: list[Block] = []
    unit_of: dict[int, int] = {}  # index in the new page -> the glued block's index
    for index, block in enumerate(items):
        units = glued_units(text, block, stop) if reasons[index] is None else []
        for unit in units:
            unit_of[len(page)] = index
            page.append(unit)
        if not units:
            page.append(copy_block(block))
    # only a unit with evidence of its own, a word in it and not the story's dateline can be
    # reported: without one (most glued blocks of clean copy, cut at a name in capitals or a
    # date; a separator cut out alone) the page is not judged again
    reportable = {
        i
        for i in unit_of
        if _could_report(page[i], items[unit_of[i]], own)
        and not _contact_in_prose(page, i, unit_of, own)
    }
    if not reportable:
        return []
    classify(page)
    found: list[tuple[int, int, str]] = []
    last = -2
    for index, reason in enumerate(judge(page)):
        unit = page[index]
        if reason is None or index not in unit_of:
            continue
        if index in reportable:
            if reason != own(unit):
                continue
        elif reason not in between or not _inside_a_run(page, index, unit_of, reportable):
            continue
        if last == index - 1 and unit_of.get(last) == unit_of[index]:
            start, _, first_reason = found.pop()
            found.append((start, unit.end, first_reason))
        else:
            found.append((unit.start, unit.end, reason))
        last = index
    return found


def _contact_in_prose(
    page: list[Block], index: int, unit_of: dict[int, int], own: Callable[[Block], str | None]
) -> bool:
    """Whether the unit is a sentence giving a contact between two sentences of its paragraph
    ("… Give us a call. Email us, talk@npr.org. You can also join …"): the story speaking to its
    reader, not a contact line a scraper glued on, which sits at a block's start or end."""
    before, after = unit_of.get(index - 1), unit_of.get(index + 1)
    if before != unit_of[index] or after != unit_of[index]:
        return False
    unit = page[index]
    return (
        own(unit) == CONTACT
        and _FULL_STOP.search(unit.text) is not None
        and _FULL_STOP.search(page[index - 1].text) is not None
        and page[index + 1].text[:1].isupper()
    )


def _inside_a_run(
    page: list[Block], index: int, unit_of: dict[int, int], reportable: set[int]
) -> bool:
    """Whether a unit lies between two units of its own block that have evidence of their own
    and words (a listing's title between two stamps), and ends no sentence: a sentence there
    is a live report's entry, the story's own; a line beside the block or a separator alone
    is no run's item (a blog's listing sets "August 1, 2012 | We had …" under its last title)."""
    block = unit_of[index]
    if unit_of.get(index - 1) != block or unit_of.get(index + 1) != block:
        return False
    if index - 1 not in reportable or index + 1 not in reportable:
        return False
    return not page[index].ends_sentence and _WORDLIKE.search(page[index].text) is not None


def _could_report(unit: Block, block: Block, own: Callable[[Block], str | None]) -> bool:
    """Whether the unit of a glued block may be reported, whatever the page says of it: it has
    evidence of its own and a word (a separator or a figure alone is part of the unit beside
    it), and it is not the story's dateline ("ISLAMABAD, (Agency / Site - date)", "CAIRO -")."""
    if own(unit) is None or not _WORDLIKE.search(unit.text):
        return False
    return not (unit.start == block.start and _DATELINE.match(unit.text))
