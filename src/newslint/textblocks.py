"""Page text as blocks, each judged article text or page furniture, the way jusText judges HTML.

A scraper keeps the page around an article: menus, breadcrumbs, share bars, bylines, timestamps,
captions, teasers of other stories, comment forms. No list of phrases covers the sites nobody
listed, so blocks are classified by shape (Pomikálek's jusText method, applied to plain text):

1. Lines are joined into blocks where a line only continues the one before (hard-wrapped prose).
2. Each block gets a context-free class from its length and stop-word density (jusText's English
   stop list): long and wordy is `good`, wordy is `near-good`, short is `short`, else `bad`.
3. Short blocks take the class of their neighbours (a short line among bad ones is part of a menu;
   among good ones it is a heading or a sentence), as jusText does.

The check reports a block only with evidence of its own or from its neighbours (see
`checks/furniture_block.py`); the classes here are the neighbourhood.
"""

from __future__ import annotations

import importlib.util
import itertools
from functools import cache, cached_property
from pathlib import Path

from newslint.regex_store import compile_pattern
from newslint.tokens import LETTER_WORD, Line, text_lines
from newslint.values import Value

# jusText's defaults (characters and stop-word densities), which its authors tuned on web pages.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
WRAP_WIDTH = 30  # the shortest line taken for hard-wrapped prose (OCR columns run 30-70)

_SENTENCE_END = compile_pattern(r"[.!?…:;][\"'”’)\]]*\s*$")
_CONTINUATION_START = compile_pattern(r"^\s*[\p{Ll}(]")


class Block(Value):
    """A run of non-blank lines, with the measures the furniture model reads."""

    FIELDS = ("start", "end", "text", "lines", "words", "stop_density", "cls", "blank_before")
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str
    lines: int
    words: int
    stop_density: float
    cls: str  # good | near-good | short | bad, then resolved by context
    blank_before: bool  # a blank line separates it from the block before

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        lines: int,
        words: int,
        stop_density: float,
        cls: str = "bad",
        blank_before: bool = False,
    ):
        self.start = start
        self.end = end
        self.text = text
        self.lines = lines
        self.words = words
        self.stop_density = stop_density
        self.cls = cls
        self.blank_before = blank_before

    @cached_property
    def ends_sentence(self) -> bool:  # asked for each block and each of its neighbours
        return bool(_SENTENCE_END.search(self.text))

    @cached_property
    def topic_stems(self) -> frozenset[str]:
        """`story_topic.stems` of the text: the headline search asks it of the same blocks
        each of the four times a page's furniture is weighed."""
        from newslint.story_topic import stems  # it reads this module's stop list

        return stems(self.text)


@cache
def english_stopwords() -> frozenset[str]:
    """jusText's English stop list, read from the package without importing its HTML stack."""
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return _FALLBACK_STOPWORDS
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists" / "English.txt"
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError:
        return _FALLBACK_STOPWORDS
    return frozenset(w.lower() for w in words)


# If jusText is absent: the most frequent English function words (a subset of its list).
_FALLBACK_STOPWORDS = frozenset(
    """a about after all also an and any are as at be been but by can could did do does for from
    had has have he her his how i if in into is it its just more most my no not of on one or our
    out she so some than that the their them then there these they this to up was we were what
    when which who will with would you your""".split()
)


def blocks(text: str, lines: list[Line] | None = None) -> list[Block]:
    """The text's blocks in order; blank lines and hard-wrapped continuations decide the joins.
    `lines`: the text's `text_lines`, when the document has cut them already."""
    stop = english_stopwords()
    out: list[Block] = []
    pending: list[tuple[int, int]] = []  # (start, end) of stripped lines joined so far
    words: list[str] = []  # their words
    for start, end, line_words in _nonblank_lines(text, lines or text_lines(text)):
        if pending and not _continues(text, pending[-1], (start, end)):
            out.append(make_block(text, pending, stop, words))
            pending, words = [], []
        pending.append((start, end))
        words += line_words
    if pending:
        out.append(make_block(text, pending, stop, words))
    for previous, block in itertools.pairwise(out):
        block.blank_before = text.count("\n", previous.end, block.start) > 1
    classify(out)
    return out


def nonblank_lines(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """Where each non-blank line's text stands, its spaces at either end left out (`lines`:
    the text's `text_lines`)."""
    return [(begin, stop) for begin, stop, _ in _nonblank_lines(text, lines)]


def _nonblank_lines(text: str, lines: list[Line]) -> list[tuple[int, int, list[str]]]:
    """`nonblank_lines` with each line's words (spaces hold none, so the stripped line has the
    same)."""
    spans = []
    for start, end, words in lines:
        line = text[start:end]
        stripped = line.strip()
        if stripped:
            begin = start + len(line) - len(line.lstrip())
            spans.append((begin, begin + len(stripped), words))
    return spans


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int]) -> bool:
    """A line continues the one before when that one stops mid-sentence and this one goes on in
    lower case, or that one ends in a hyphen or comma (hard-wrapped or OCR'd prose)."""
    if "\n\n" in text[previous[1] : line[0]] or text[previous[1] : line[0]].count("\n") > 1:
        return False
    before = text[previous[0] : previous[1]]
    # A word broken at a hyphen goes on; a rule of dashes ("-----") does not.
    if before[-2:-1].isalpha() and before.endswith("-"):
        return True
    if before.endswith(",") and len(before) >= WRAP_WIDTH:
        return True
    # Hard-wrapped lines run close to the column width; a short line is a line of its own.
    return (
        len(before) >= WRAP_WIDTH
        and not _SENTENCE_END.search(before)
        and bool(_CONTINUATION_START.match(text[line[0] : line[1]]))
    )


def make_block(
    text: str,
    spans: list[tuple[int, int]],
    stop: frozenset[str],
    words: list[str] | None = None,
) -> Block:
    """The block of the lines `spans`; `words`: their words, when their lines' are known (a
    block's words are its lines' words, `text_lines`)."""
    start, end = spans[0][0], spans[-1][1]
    body = text[start:end]
    if words is None:
        words = LETTER_WORD.findall(body)
    density = sum(map(stop.__contains__, map(str.lower, words))) / len(words) if words else 0.0
    return Block(start, end, body, len(spans), len(words), density)


def context_free_class(block: Block) -> str:
    length = len(block.text)
    if length < LENGTH_LOW:
        return "short"
    if block.stop_density >= STOPWORDS_HIGH:
        return "good" if length > LENGTH_HIGH else "near-good"
    if block.stop_density >= STOPWORDS_LOW:
        return "near-good"
    return "bad"


def classify(items: list[Block]) -> None:
    """Context-free classes, then short and near-good blocks resolved from their neighbours."""
    initial = [context_free_class(b) for b in items]
    resolved = list(initial)
    before = _nearest(initial, -1, skip=("short",))
    after = _nearest(initial, 1, skip=("short",))
    for i, cls in enumerate(initial):
        if cls != "short":
            continue
        if before[i] == after[i] == "bad":
            resolved[i] = "bad"
        elif "good" in (before[i], after[i]) and "bad" not in (before[i], after[i]):
            resolved[i] = "good"
        elif before[i] == "good" or after[i] == "good":
            resolved[i] = "near-good"
        else:
            resolved[i] = "bad"
    # A near-good block looks back at the blocks already resolved (none is near-good or short any
    # more, so its nearest is the one right before it) and ahead at those not yet resolved.
    after = _nearest(resolved, 1, skip=("near-good", "short"))
    previous = "bad"  # the page's edge counts as bad
    for i, cls in enumerate(resolved):
        if cls == "near-good":
            cls = resolved[i] = "bad" if previous == after[i] == "bad" else "good"
        previous = cls
    for block, cls in zip(items, resolved, strict=True):
        block.cls = cls


def _nearest(classes: list[str], step: int, skip: tuple[str, ...]) -> list[str]:
    """For each block, the nearest class in one direction that is not skipped; the page's edge
    counts as bad. One pass: looking outwards from each block made a page of short lines (a
    menu, a list of links) quadratic."""
    nearest = [""] * len(classes)
    seen = "bad"
    # walked from the edge the blocks look towards
    walk = range(len(classes)) if step < 0 else range(len(classes) - 1, -1, -1)
    for i in walk:
        nearest[i] = seen
        if classes[i] not in skip:
            seen = classes[i]
    return nearest


def copy_block(block: Block) -> Block:
    """A block of its own with the same fields (`classify` sets the class of the copy only)."""
    return Block(*(getattr(block, name) for name in Block.FIELDS))
