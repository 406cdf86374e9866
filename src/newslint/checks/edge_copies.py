"""A caption, credit or headline printed on a line of its own and again at the edge of a nearby
line, glued there to other text: the `edge` unit of `repetition` (its finder, beside
`repeated_text`'s other units).

A scraper that keeps both a figure's caption block and its pieces prints "Caption text Place,
date. Photo: Agency" on one line and then "Place, date." and "Photo: Agency" on lines of their
own; a page's stamp line carries the picture's caption ("date 2024-04-25 Governor Jane Doe")
that the caption line repeats; a related-links item is printed again at the start of the story's
run-together text ("Minister opens the new port Harbour works began in 2019 ..."). Line and
sentence comparison miss these: the copies are not whole lines alike, and the glued copy is not
a sentence of its own.

The copy must stand at one edge of the longer line and be set off there by a seam, which prose
that reuses a heading's or a title's words has not: on the copy's inner side, a separator ("|",
"•", ":", a dash), a figure, a full stop, or a capitalised word run on with no stop (a new
sentence glued to the copy). A heading followed by a paragraph opening on its words ("Port
Relations" over "Port relations are based on ...") or a title echoed at the end of a sentence
("... hosting us for the first Port Seminar.") has no seam and is not reported. The two lines
stand at most `NEAR_LINES` non-blank lines apart, the copy holds `min_words` to
`COPY_MAX_WORDS` words, and a longer line that holds the later copy is caption-sized
(`HOLDER_MAX_WORDS`): a paragraph quoting a line above is prose.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.document import Document
from newslint.regex_store import compile_pattern

NEAR_LINES = 4  # non-blank lines between the two copies, at most
COPY_MAX_WORDS = 30  # a headline, a caption or a credit; a longer text is a paragraph
HOLDER_MAX_WORDS = 40  # an earlier line holding a later copy: a caption block, a stamp line

_LINE = compile_pattern(r"[^\n]*\S[^\n]*")
# Words, an apostrophe between letters kept inside ("Gov't"), so that it can be dropped.
_WORD = compile_pattern(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
_APOSTROPHE = compile_pattern(r"['’]")
# What may follow a copy at the start of a line: a separator, a figure or a full stop.
_SEAM_AFTER = compile_pattern(r"\s*(?:[|•·:–—-]|\d|\.(?:\s|$))")
# A new sentence glued to the copy: a capitalised word after it, with no stop between ("I" and
# "A" open prose as often as a sentence).
_GLUED_SENTENCE = compile_pattern(r"\s+(?!(?:I|A)\b)\p{Lu}")
# What may stand before a copy at the end of a line: a separator, a figure, or a sentence's end.
_SEAM_BEFORE = compile_pattern(r"(?:[|•·:–—-]|\d|[.!?][\"”’)]?)\s*$")


# Joins a line's words for one casefold and one split: no word holds it (they are letters and
# figures), and casefold folds each character alone, so the parts are the words folded one by one.
_JOIN = "\0"


class _Line:
    """A non-blank line: its offsets, its words folded (case and apostrophes) and, asked only
    of the few lines that pair with another, each word's offsets."""

    __slots__ = ("_spans", "_text", "end", "start", "words")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self.start = start
        self.end = end
        # The words' text in one C call, folded in one more: a Python call per word (its group,
        # casefold and span) was most of the check's time, and nearly no line pairs with another.
        found = _WORD.findall(text, start, end)
        folded = _JOIN.join(found).casefold()
        if "'" in folded or "’" in folded:
            folded = _APOSTROPHE.sub("", folded)
        self.words: list[str] = folded.split(_JOIN) if found else []
        self._spans: list[tuple[int, int]] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Each word's offsets, in the order of `words`."""
        if self._spans is None:
            self._spans = [w.span() for w in _WORD.finditer(self._text, self.start, self.end)]
        return self._spans


def _lines(text: str) -> list[_Line]:
    return [_Line(text, *line.span()) for line in _LINE.finditer(text)]


def _edge(copy: list[str], holder: list[str]) -> int | None:
    """Where `copy` stands in `holder`: 0 at its start, its word index at its end, else None."""
    size = len(copy)
    if holder[:size] == copy:
        return 0
    if holder[-size:] == copy:
        return len(holder) - size
    return None


def _set_off(text: str, holder: _Line, at: int, size: int) -> bool:
    """Whether the copy at word `at` of `holder` (`size` words) meets the rest of the line at a
    seam, not in the run of a sentence."""
    if at == 0:
        after = text[holder.spans[size - 1][1] : holder.end]
        return bool(_SEAM_AFTER.match(after) or _GLUED_SENTENCE.match(after))
    return bool(_SEAM_BEFORE.search(text, holder.start, holder.spans[at][0]))


def edge_copies(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """The later copy of each pair: a short line repeating the edge of a line above it, or the
    edge of a line repeating a short line above it; with the offset of the earlier line."""
    text = doc.text
    lines = _lines(text)
    for index, later in enumerate(lines):
        for earlier in lines[max(0, index - NEAR_LINES) : index]:
            found = _copy(text, earlier, later, min_words)
            if found is not None:
                yield found[0], found[1], earlier.start
                break


def _copy(text: str, earlier: _Line, later: _Line, min_words: int) -> tuple[int, int] | None:
    if earlier.words and later.words:
        first, last = earlier.words[0] != later.words[0], earlier.words[-1] != later.words[-1]
        if first and last:
            return None  # a copy at either edge (`_edge`) shares that edge's word: most pairs
    short, long = sorted((earlier.words, later.words), key=len)
    if not min_words <= len(short) <= COPY_MAX_WORDS or len(short) == len(long):
        return None
    if short is later.words:
        # A short line repeating the edge of a caption-sized line above it.
        if len(long) > HOLDER_MAX_WORDS:
            return None
        at = _edge(short, long)
        if at is None or not _set_off(text, earlier, at, len(short)):
            return None
        return later.spans[0][0], later.spans[-1][1]
    # A short line printed again at the edge of a longer line below it.
    at = _edge(short, long)
    if at is None or not _set_off(text, later, at, len(short)):
        return None
    return later.spans[at][0], later.spans[at + len(short) - 1][1]
