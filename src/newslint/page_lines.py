"""A page read as lines of prose and short lines, as the generated-page verdicts read it.

`generated-article` and `generated-page` judge a page by its opening, its prose lines and how
much of its prose reports (who said what); they must read those the same way, or one check's
"prose line" or "reports nothing" would drift from the other's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

# A prose line: long enough to be a paragraph's sentence, not a heading, label or menu entry.
PROSE_LINE_WORDS = 12
HEADING_MAX_WORDS = 10
# The opening a verdict is drawn from (characters, cut at the next line's end): a long document
# is judged by its start and read once.
OPENING_CHARS = 20_000

_SENTENCE = compile_pattern(r"[^.!?\n]+(?:[.!?]+[”\"’)]?|$)")
_REPORTING = compile_pattern(
    r"\b(?:said|says|told|according\s+to|stated|added|asked)\b", regex.IGNORECASE
)
# Quotations, paired in order: a straight mark opens and closes alike, so a pattern that skips a
# short quotation would take the text between two quotations for one.
_QUOTATION = compile_pattern(r"“[^”\n]*”|\"[^\"\n]*\"")
QUOTATION_WORDS = 4
# A name's mark inside a sentence: a figure, or a capitalised word after the sentence's first
# ("I" and its contractions aside). One token a match, so a page's names can be counted.
_NAME_TOKEN = compile_pattern(
    r"\d[\d.,:/%]*|(?<=\s[\"“‘'(]*)(?!I(?:['’](?:m|ve|d|ll))?(?!\p{L}))\p{Lu}[\p{L}'’-]*"
)
_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*|\d[\d.,:/%]*")


class Line(FrozenValue):
    FIELDS = ("start", "text")
    start: int
    text: str

    def __init__(self, start: int, text: str):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "start", start)
        setter(self, "text", text)

    @property
    def words(self) -> int:
        return len(self.text.split())


def opening(text: str) -> str:
    """The page's first `OPENING_CHARS` characters, to the end of the line they cut."""
    cut = text.find("\n", OPENING_CHARS)
    return text if cut < 0 else text[:cut]


def page_lines(text: str) -> list[Line]:
    """The document's non-blank lines, stripped, with their offsets."""
    out: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append(Line(offset + raw.index(stripped[0]), stripped))
        offset += len(raw) + 1
    return out


def prose_lines(lines: Sequence[Line]) -> list[Line]:
    return [line for line in lines if line.words >= PROSE_LINE_WORDS]


def reporting(prose: Sequence[str]) -> int:
    """Reporting verbs and quotations of several words in the prose lines."""
    verbs = sum(len(_REPORTING.findall(p)) for p in prose)
    quotations = sum(
        1 for p in prose for q in _QUOTATION.findall(p) if len(q.split()) >= QUOTATION_WORDS
    )
    return verbs + quotations


def sentences(line: Line) -> Iterator[tuple[int, str]]:
    """Each sentence of a line with its offset in the document, stripped."""
    for match in _SENTENCE.finditer(line.text):
        body = match.group().strip()
        if body:
            yield line.start + match.start() + match.group().index(body[0]), body


def reports_little(prose: Sequence[Line], per_sentence: float) -> bool:
    """Whether the prose reports at most `per_sentence` times a sentence: a generated page
    paraphrases and attributes nothing, while news says who said what."""
    count = sum(1 for line in prose for _ in sentences(line))
    return reporting([line.text for line in prose]) <= per_sentence * max(count, 1)


def names_per_hundred(prose: Sequence[Line]) -> float:
    """Names and figures per 100 words of the prose's sentences: news is made of who, where and
    how many, while a model writing without facts names almost nothing, whatever its forms."""
    words = names = 0
    for line in prose:
        for _, body in sentences(line):
            words += len(_WORD.findall(body))
            names += len(_NAME_TOKEN.findall(body))
    return 100 * names / max(words, 1)
