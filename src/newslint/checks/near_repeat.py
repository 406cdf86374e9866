"""Text a pipeline printed twice with small differences, which word-for-word comparison misses:
a caption that repeats the lead with a clause left out ("… in Komani on Thursday." against "… in
Komani (formerly Queenstown) on Thursday over power outages."), a teaser that repeats the first
sentence without its dateline, a headline printed again after a stamp glued to its first copy,
a standfirst whose ending the body's copy changed.

Helper of the `repetition` kind (`unit: near`): yields (start, end, first) for the shorter copy
and the offset of the other. Two units (lines and sentences of `min_words` words or more) are
near copies when all the shorter one's words, folded, are found in the longer one in order, in
at most `MAX_PIECES` stretches, one of them holding half its words, with `MIN_ADDED` words or more
added around them: a headline and the lead that paraphrases it share words, but change some.
The longer may hold at most `MAX_GROWTH` times the shorter's words. Copies equal word for word
are the other repetition rules'.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterator
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

from newslint.document import Document
from newslint.doubled_runs import folded_tokens
from newslint.regex_store import compile_pattern
from newslint.tokens import folding_breaks_runs

_TOKEN = compile_pattern(r"[\p{L}\p{N}]+")
_APOSTROPHE = compile_pattern(r"(?<=\p{L})['’](?=\p{L})")
_LINE = compile_pattern(r"[^\n]*\S[^\n]*")
_CUT = compile_pattern(r"(?:\.{3}|…)\s*$")
MIN_ADDED = 3  # words a copy gained: one or two are a headline's subject spelt out ("Actor …")
MAX_PIECES = 3  # stretches they come in: a word or two dropped or added
MAX_GROWTH = 2.0  # the longer copy's words, at most, per word of the shorter
MAX_WORDS = 80  # a unit longer than this is a paragraph, not a caption, headline or lead
NEAR_CHARS = 2000  # a paste sits close to its source
SHINGLE = 3  # words of the shared run that makes two units candidates


def _tokens(text: str) -> list[str]:
    """The unit's words, case and apostrophes folded ("Gov't" and "Govt" are one word)."""
    if "'" in text or "’" in text:  # most units hold none: the substitution's scan is spared
        text = _APOSTROPHE.sub("", text)
    return _TOKEN.findall(text.casefold())


class _Words(NamedTuple):
    """The document's words as `_tokens` reads them, from its shared runs: each run's folded
    text, a run and the next joined where an apostrophe between letters parts them."""

    starts: list[int]
    ends: list[int]
    folded: list[str]


def _document_words(doc: Document) -> _Words | None:
    """The document's words, or None where folding the runs one at a time would not give what
    `_tokens` finds in the folded text (a letter folding to a mark, or a mark to a letter)."""
    if folding_breaks_runs(doc.text) != frozenset():
        return None
    runs = doc.runs
    folded = folded_tokens(runs)  # the check's own: a list kept on the document held memory
    starts, ends = list(map(itemgetter(0), runs)), list(map(itemgetter(1), runs))
    text = doc.text
    if "'" not in text and "’" not in text:
        return _Words(starts, ends, folded)
    # Join each run to the one after an apostrophe that _APOSTROPHE removes, the last pair
    # first so that a chain ("rock'n'roll") comes out whole; the runs joined on are dropped.
    folded, kept = list(folded), [True] * len(runs)
    for mark in reversed([m.start() for m in _APOSTROPHE.finditer(text)]):
        after = bisect_left(starts, mark + 1)  # the run right after it (it sits between two)
        folded[after - 1] += folded[after]
        ends[after - 1] = ends[after]
        kept[after] = False
    return _Words(
        list(compress(starts, kept)), list(compress(ends, kept)), list(compress(folded, kept))
    )


def _unit_words(words: _Words | None, text: str, start: int, end: int) -> list[str]:
    """`_tokens(text[start:end])`, sliced from the document's words unless a word crosses the
    unit's edge (the unit's own text is then read)."""
    if words is not None:
        first = bisect_left(words.starts, start)
        last = bisect_right(words.ends, end)
        inside = (first == 0 or words.ends[first - 1] <= start) and (
            last == len(words.starts) or words.starts[last] >= end
        )
        if inside:
            return words.folded[first:last]
    return _tokens(text[start:end])


def _units(doc: Document, min_words: int) -> list[tuple[int, int, list[str]]]:
    """Lines and sentences of `min_words` to `MAX_WORDS` words, in the order of the text."""
    text = doc.text
    spans = {(m.start(), m.end()) for m in _LINE.finditer(text)}
    spans.update((s.start, s.end) for s in doc.sentences)
    document_words = _document_words(doc)
    units = []
    for start, end in sorted(spans):
        if end - start > MAX_WORDS * 20:
            continue
        words = _unit_words(document_words, text, start, end)
        if min_words <= len(words) <= MAX_WORDS:
            units.append((start, end, words))
    return units


def _near(short: list[str], long: list[str]) -> bool:
    """Whether `long` is `short` with words added: all of `short`'s words, in order, in at most
    `MAX_PIECES` stretches, one of them half of it, and `MIN_ADDED` words or more between or
    around them. A word changed ("announces" for "named") is a paraphrase: a headline and its
    lead, two items of a council's minutes; a copy cut or grown by a pipeline changes none."""
    if len(long) > MAX_GROWTH * len(short):
        return False
    from difflib import SequenceMatcher  # 1.1 ms of imports, for the few pairs that get here

    pieces = 0
    longest = added = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, short, long, autojunk=False).get_opcodes():
        if op == "equal":
            pieces += 1
            longest = max(longest, i2 - i1)
        elif op == "insert":
            added += j2 - j1
        else:
            return False
    return pieces <= MAX_PIECES and longest * 2 >= len(short) and added >= MIN_ADDED


def near_copies(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """The shorter copy of each pair of near copies (the later one when they are as long)."""
    units = _units(doc, min_words)
    starts = [unit[0] for unit in units]
    by_shingle: dict[tuple[str, ...], list[int]] = {}
    listed = by_shingle.setdefault
    reported: set[int] = set()
    for index, (start, end, words) in enumerate(units):
        # Each run of SHINGLE words, made in C calls (as `tuple(words[i : i + SHINGLE])`); the
        # shortest slice ends them, so a unit's last words start none.
        shingles = list(zip(*(words[k:] for k in range(SHINGLE)), strict=False))
        # Each shingle's list of earlier units (in the order of the text), looked up once (as
        # `by_shingle.setdefault(shingle, [])`: a shingle new here has an empty one).
        lists = list(map(listed, shingles, map(list, repeat((), len(shingles)))))
        candidates: dict[int, int] = {}
        for earlier in filter(None, lists):
            # The lists run in the order of the text: most shingles were last seen too far
            # back, which their last unit tells.
            if start - starts[earlier[-1]] > NEAR_CHARS:
                continue
            for other in reversed(earlier):
                if start - starts[other] > NEAR_CHARS:
                    break
                candidates[other] = candidates.get(other, 0) + 1
        word_set = set(words) if candidates else set()
        for other, shared in candidates.items():
            o_start, o_end, o_words = units[other]
            if shared < 2 or o_end > start:
                continue  # overlapping units (a line and its sentence) are one text
            if len(o_words) <= len(words) or not word_set <= set(o_words):
                continue  # a longer later copy is the story telling its summary in full
            if not _near(words, o_words):
                continue
            if _CUT.search(doc.text, o_start, o_end):
                continue  # a teaser cut off with an ellipsis is structure.repeated-teaser's
            if start not in reported:
                reported.add(start)
                yield start, end, o_start
        # Each shingle's list gets this unit, in C calls (`listed.append(index)`).
        deque(map(list.append, lists, repeat(index)), maxlen=0)
