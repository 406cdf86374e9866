"""A feed's teaser cut off with an ellipsis and then printed whole below: the `teaser` unit of
`repetition` (its finder, beside `repeated_text`'s other units)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.checks.repeated_text import LINE, OPENING_WORDS, TOKEN
from newslint.checks.repetition import normalise
from newslint.document import Document
from newslint.regex_store import compile_pattern

# The ellipsis that ends a cut line: the teaser or standfirst of a listing, a feed, a summary box.
_CUT_END = compile_pattern(r"(?:\.{3}|…)[ \t]*$", regex.M)


def cut_teasers(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """A line cut off with an ellipsis whose last `min_words` words or more open a later line: a
    feed's teaser or a summary box printing the story's first sentence up to its cut, then the
    story itself ("… I congratulate her on her successful..." over "… on her successful bid").
    The cut copy is the repeat; its last word may be cut mid-word. Lines are indexed by their
    first words, so a long document costs one pass over its words."""
    text = doc.text
    cuts = [(text.rfind("\n", 0, m.start()) + 1, m.end()) for m in _CUT_END.finditer(text)]
    if not cuts:
        return
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    by_opening: dict[tuple[str, ...], list[int]] = {}
    for start, end in lines:
        words = normalise(text[start : min(end, start + 200)]).split()
        if len(words) >= OPENING_WORDS:
            by_opening.setdefault(tuple(words[:OPENING_WORDS]), []).append(start)
    for cut_start, cut_end in cuts:
        tokens = list(TOKEN.finditer(text, cut_start, cut_end))
        words = [t.group().casefold() for t in tokens]
        for i in range(len(tokens) - min_words + 1):
            found = _opening_copied(text, words[i:], by_opening, cut_end)
            if found is not None:
                yield tokens[i].start(), cut_end, found
                break


def _opening_copied(
    text: str, words: list[str], by_opening: dict[tuple[str, ...], list[int]], after: int
) -> int | None:
    """The start of a line below `after` whose words open with `words` (the last one may be cut)."""
    for start in by_opening.get(tuple(words[:OPENING_WORDS]), ()):
        if start <= after:
            continue
        # enough of the text below to hold the copy, across its line breaks
        reach = start + sum(len(w) + 4 for w in words) + 40
        below = [t.group().casefold() for t in TOKEN.finditer(text, start, reach)]
        below = below[: len(words)]
        if (
            len(below) == len(words)
            and below[:-1] == words[:-1]
            and below[-1].startswith(words[-1])
        ):
            return start
    return None
