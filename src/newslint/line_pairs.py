"""How a line and the next read for `line-break` (checks/line_break.py): whether a sentence
goes on over the break (in a page of paragraphs, or in a page wrapped throughout), the spans the
check walks (lines, blank-line gaps between paragraphs) and what it measures on them (paragraphs
set one to a line, room left on a broken line). The check judges the page as a whole from these.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.lexicon import is_function_word
from newslint.line_stanzas import END_MARK
from newslint.regex_store import compile_pattern

_NEXT_WORD = compile_pattern(r"\s*(\S+)")
_LIST_MARK = compile_pattern(r"[•·▪●◦*–-]|\d{1,2}[.)]\s")
# A word processor's second-level bullet as plain text gives it: "o " under an item of a list.
_SUB_ITEM = compile_pattern(r"o\s")
LAST_WORD = compile_pattern(r"(\p{L}+)\s*$")
_FIRST_WORD = compile_pattern(r"(\p{Ll}+)\b")
# A paragraph of prose has this many words; a headline or a label may end in lower case too.
_PROSE_WORDS = 6
# A line of this many words or fewer without an end mark is a label, not a sentence's rest.
LABEL_MAX_WORDS = 2
# Function words that close sentences as often as they open phrases: an attribution ("…,” the
# chief said), an object pronoun ("…saw them"), an adverb ("…did so", "…too"). A line ending on
# one before a capital is a sentence without its full stop (a teaser, a caption), not a break.
_SENTENCE_CLOSERS = frozenset("said says also so them it us him her there".split())
# A label on a line of its own, ending in a colon (a dash may follow): the speaker of what comes
# next ("Atul S. Chandurkar, J.:—", "Mayor Bill de Blasio:") or a heading ("Key findings:").
_LABEL_LINE = compile_pattern(r"\p{Lu}[^\n]*:[—–-]*")
LABEL_WORDS = 6
# One-line paragraphs wider than a print column (a typescript's lines stay under it) that end a
# sentence: two of them show a page that sets a paragraph to a line.
PARAGRAPH_LINE_WIDTH = 90
_SENTENCE_END = compile_pattern(r"[.!?][\"”’)]?\s*$")
# A sentence that starts on the line and is still open at its end: "…1. The Civil".
_OPEN_SENTENCE = compile_pattern(r"(?:\p{Ll}{2}|\d)[.!?][”’\"]? \p{Lu}[^.!?]*$")


def room_left(text: str, breaks: list[int], lengths: list[int]) -> int:
    """How many broken lines (ending at `breaks`, `lengths` long) leave room, within the widest,
    for the next line's first word. A program filling lines to a count of characters leaves
    none (or hardly any: a word it wrapped at a hyphen); type set by width (a book's, scanned
    or not) leaves room as often as not, its letters differing in width."""
    widest = max(lengths)
    return sum(
        1
        for end, length in zip(breaks, lengths, strict=True)
        if (following := _NEXT_WORD.match(text, end))
        and length + 1 + len(following.group(1)) <= widest
    )


def paragraph_lines(text: str, lines: list[tuple[int, int]]) -> int:
    """Lines wider than any print column that end a sentence: paragraphs set one to a line, as
    web and wire copy sets them even when none runs to `long_line` (short wire paragraphs)."""
    return sum(
        1
        for start, end in lines
        if end - start >= PARAGRAPH_LINE_WIDTH and _SENTENCE_END.search(text, start, end)
    )


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def paragraph_gaps(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(line start, end of its text, next line's start) for each line followed by blank lines
    and then by a line with text."""
    last: tuple[int, int] | None = None
    blank = False
    for start, end in lines:
        if not text[start:end].strip():
            blank = last is not None
            continue
        if last is not None and blank:
            line = text[last[0] : last[1]]
            text_end = last[0] + len(line.rstrip())
            yield last[0], text_end, start + len(text[start:end]) - len(text[start:end].lstrip())
        last, blank = (start, end), False


def split_sentence(text: str, start: int, end: int, next_start: int) -> bool:
    """A paragraph of prose stopping on a lower-case word whose sentence goes on in the next. A
    word or two on a line of their own with no end mark is a label (a "new" or "live" badge
    under a headline), not the rest of a sentence."""
    line = text[start:end].strip()
    following = _FIRST_WORD.match(text, next_start)
    line_end = text.find("\n", next_start)
    nxt = text[next_start : len(text) if line_end < 0 else line_end].strip()
    return (
        following is not None
        and following.group(1) != "by"
        and (len(nxt.split()) >= LABEL_MAX_WORDS + 1 or END_MARK.search(nxt) is not None)
        and len(line.split()) >= _PROSE_WORDS
        and (last := LAST_WORD.search(line)) is not None
        and last.group(1)[0].islower()
        and not _LIST_MARK.match(text, next_start)
    )


def mid_sentence(text: str, start: int, end: int, following: tuple[int, int]) -> bool:
    """The line [start, end) stops where its sentence goes on into the next line."""
    line = text[start:end].strip()
    nxt = text[following[0] : following[1]].strip()
    if (
        not line
        or not nxt
        or len(line.split()) < 3
        or END_MARK.search(line)
        or _LIST_MARK.match(nxt)
    ):
        return False
    if _SUB_ITEM.match(nxt) and (_LIST_MARK.match(line) or _SUB_ITEM.match(line)):
        return False  # "· Retail – revenue up" / "o new stores opened": items, not a sentence
    if _goes_on(nxt):
        return True
    last = LAST_WORD.search(line)
    if last is None:
        return False
    word = last.group(1)
    if len(nxt.split()) <= LABEL_WORDS and _LABEL_LINE.fullmatch(nxt):
        return False  # "…was delivered by" / "A. Judge, J.:—": the label that heads what follows
    return is_function_word(word) and word[0].islower() and word not in _SENTENCE_CLOSERS


def _goes_on(line: str) -> bool:
    """Whether the line opens in lower case as the rest of a sentence does: a name written with
    a capital inside ("ePub", "iPhone") opens in lower case wherever it stands."""
    first = line.split(maxsplit=1)[0]
    return first[0].islower() and not any(c.isupper() for c in first[1:])


def open_before_capital(text: str, start: int, end: int, following: tuple[int, int]) -> bool:
    """A line of prose whose last sentence opens on it and is still open on a lower-case word
    when the next line starts with a capital: "…on Monday. The civil" / "Aviation Authority"."""
    line = text[start:end].strip()
    nxt = text[following[0] : following[1]].strip()
    if len(line.split()) < _PROSE_WORDS or not nxt[:1].isupper() or _LIST_MARK.match(nxt):
        return False
    last = LAST_WORD.search(line)
    return (
        last is not None
        and last.group(1)[0].islower()
        and last.group(1) not in _SENTENCE_CLOSERS
        and _OPEN_SENTENCE.search(line) is not None
        and not END_MARK.search(line)
    )


def wrapped_on(text: str, start: int, end: int, following: tuple[int, int]) -> bool:
    """In a hard-wrapped page, the line [start, end) also goes on into the next when it is a
    fragment continuing the line before ("rules. Vaccination" / "must be…") or when a sentence
    starts on it and does not end ("…September 1. The Civil" / "Aviation Authority…")."""
    if mid_sentence(text, start, end, following):
        return True
    line = text[start:end].strip()
    nxt = text[following[0] : following[1]].strip()
    if not line or not nxt or END_MARK.search(line) or _LIST_MARK.match(nxt):
        return False
    if _SUB_ITEM.match(nxt) and (_LIST_MARK.match(line) or _SUB_ITEM.match(line)):
        return False
    if _goes_on(nxt) and any(c.isalpha() for c in line):
        return True  # a short line too: "Only pilots" / "and flight attendants…"
    return nxt[0].isupper() and _OPEN_SENTENCE.search(line) is not None
