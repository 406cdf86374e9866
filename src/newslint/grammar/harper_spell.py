"""Harper's spelling rule run apart, on only the words whose findings the news profile can keep.

Harper looks for suggestions for every word its dictionary cannot place. For a word far from any
dictionary word ("Tshisekedi", "Prigozhin": most of the names in a news article) that search
costs 1.2 s the first time in a process and ~5 ms a word after. The news profile keeps a
spelling finding only on a lower-case word that stands alone and occurs once in the document
(`plausible_misspelling`), so every other word is blanked (same length, offsets unchanged)
before the spelling rule sees the text, and the other rules run over the text as written.

Harper removes overlapping lints across rules (`dedup`): the lint kept decides which finding is
reported. The split passes run without it and `merged` repeats Harper's removal over both
(in start order, the longest first, a lint that starts inside the last kept one removed). The
spelling lints of blanked words are unknown, so the split answer is used only where none of them
could have changed what was kept: each blanked word's stretch of text (between white space) is
either touched by no other lint or lies inside a kept lint that starts before it. Otherwise, and
when two lints share a span (Harper's order among them is its own), the caller lints the piece
as before, with every rule in one pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from newslint.regex_store import compile_pattern

SPELLING = "SpellCheck"
Lints = dict[str, list[Any]]

# What `plausible_misspelling` judges as a word's neighbours: a span that starts or ends inside
# one of these runs does not stand alone, one that holds a whole run is that run or wider.
_RUN = compile_pattern(r"[\p{L}\p{N}_]+")
# Where a spelling lint on a word can reach: Harper's words take in apostrophes ("Blinken’s",
# "d’etat"), an initial's full stop ("J.") and hyphens, never white space, quotes or brackets.
_STRETCH = compile_pattern(r"[\p{L}\p{N}\p{M}_'’.\-]+")


def blanked(piece: str, document: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """`piece` with every word the news profile would not report as a misspelling replaced by
    spaces: words that are not all lower-case letters, and words the document repeats. Also,
    for each blanked word, its span and the stretch of text its spelling lint could cover."""
    chars = list(piece)
    runs = []
    counts = _run_counts(document)
    for run in _RUN.finditer(piece):
        word = run.group()
        if not (word.isalpha() and word.islower()) or _repeated(word, document, counts):
            start, end = run.span()
            chars[start:end] = " " * (end - start)
            runs.append((start, end))
    words = []
    if runs:
        stretches = iter([stretch.span() for stretch in _STRETCH.finditer(piece)])
        low, high = next(stretches)
        for start, end in runs:  # both in text order: one walk, not a search per word
            while not (low <= start and end <= high):
                low, high = next(stretches)
            words.append((start, end, low, high))
    return "".join(chars), words


@lru_cache(maxsize=1)
def _run_counts(document: str) -> Counter[str]:
    """How often each run stands whole in the document, counted once however many pieces it is
    linted in: a substring count of every word cost 28 s on a 5 MB document."""
    return Counter(_RUN.findall(document))


def _repeated(word: str, document: str, counts: Counter[str]) -> bool:
    """Whether the document holds `word` more than once anywhere, inside other words too, as the
    profile counts (`str.count`): a word standing whole twice does; one standing whole once does
    when its first and last places differ."""
    return counts[word] > 1 or document.find(word) != document.rfind(word)


def merged(
    other: Lints,
    spelling: Lints,
    words: list[tuple[int, int, int, int]],
    reportable: Callable[[str, Any], bool],
) -> Lints | None:
    """Harper's overlap removal over the other rules' lints and the spelling lints, or None when
    the lints of blanked words could have changed its outcome (see the module's docstring).
    `reportable`: whether a lint may become a finding (not of a rule or kind the profile drops)."""
    lints = {**other, SPELLING: spelling.get(SPELLING, [])}
    spans = sorted(
        ((lint.span.start, lint.span.end, rule, index)
         for rule in sorted(lints) for index, lint in enumerate(lints[rule])),
        key=lambda s: (s[0], -s[1]),
    )  # fmt: skip
    if _undecided(spans, lints, reportable):
        return None
    removed, kept, cur = set(), [], 0
    for start, end, rule, index in spans:
        if start < cur:
            removed.add((rule, index))
        else:
            cur = end
            kept.append((start, end))
    for _start, end, low, high in words:
        # A lint of this word would start in [low, end) and end past its start: it changes
        # nothing if it overlaps no other lint, or if a kept lint that comes before it in
        # Harper's order reaches past where it could start (it is then removed itself).
        touched = any(s < high and low < e for s, e, _, _ in spans)
        covered = any((s < low or (s == low and e > high)) and e >= end for s, e in kept)
        if touched and not covered:
            return None
    return {  # by rule name, as Harper orders them
        rule: [lint for index, lint in enumerate(lints[rule]) if (rule, index) not in removed]
        for rule in sorted(lints)
    }


def _undecided(
    spans: list[tuple[int, int, str, int]], lints: Lints, reportable: Callable[[str, Any], bool]
) -> bool:
    """Empty spans, or two lints on one span of which one may become a finding: Harper keeps
    one of them by an order of its own (lints on one span that are all dropped leave the same
    span kept whichever it keeps)."""
    seen: dict[tuple[int, int], list[tuple[str, int]]] = {}
    for start, end, rule, index in spans:
        if start == end:
            return True
        seen.setdefault((start, end), []).append((rule, index))
    return any(
        len(same) > 1 and any(reportable(rule, lints[rule][index]) for rule, index in same)
        for same in seen.values()
    )
