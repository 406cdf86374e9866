"""A long proper name written with one inner word in two forms: "Shenzhen State Enterprise
Company" and "Shenzhen State Enterprises Company", "Pakistan Martyrs’ Day" and "Pakistan Martyrs
Day".

A name of three or more capitalised words is one thing however often it is written; a translation
or a second source that renders it again may put one word in the plural or drop its apostrophe.
Each of the two forms is an English word, so the spelling checks see nothing. The run of words
around the changed one is the evidence: every other word is written the same. The changed word
is an inner one: the last word of a name takes a possessive or a plural of the whole name ("the
Press Freedom Award's jury", "two Press Freedom Awards"), and the first may be a possessive
before a title ("Brazil's President Lula", "Brazil President Lula"). An apostrophe typed
straight in one and curly in the other is a matter of marks, not of the name. The
rarer form is reported; of two written equally often, the one without its apostrophe (a pipeline
strips apostrophes, none adds them), else both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

# A capitalised word, with a possessive ending of its own ("Martyr's", "Martyrs’").
_WORD = r"\p{Lu}\p{Ll}+(?:['’]s|s['’])?"
# A run of three or more such words, whole, on one line.
_RUN = compile_pattern(
    rf"(?<![\p{{L}}\p{{N}}'’.-]){_WORD}(?: {_WORD}){{2,}}(?![\p{{L}}\p{{N}}'’-])"
)
SHORTEST = 3  # words of a name compared whole
LONGEST = 5


class FormVariant(FrozenValue):
    FIELDS = ("start", "end", "name", "other")
    start: int
    end: int
    name: str
    other: str

    def __init__(self, start: int, end: int, name: str, other: str):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "name", name)
        setter(self, "other", other)


def _folded(word: str) -> str:
    """A word with its possessive and plural endings removed: "Martyrs’" -> "martyr"."""
    bare = word.casefold().replace("’", "'")
    for ending in ("'s", "s'", "'"):
        if bare.endswith(ending):
            bare = bare[: -len(ending)]
            break
    return bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare


def _apostrophe_lost(a: str, b: str) -> bool:
    return ("'" in a or "’" in a) != ("'" in b or "’" in b)


def name_form_variants(text: str) -> Iterator[FormVariant]:
    """Each occurrence of the rarer of two forms of one long name (on a tie, see the module)."""
    runs = list(_RUN.finditer(text))
    folded: dict[str, str] = {}  # each distinct word folded once, here and for the windows
    if not _word_in_two_forms(runs, folded):
        return  # most pages: no two forms to compare, so no window is built
    windows: list[tuple[int, int, tuple[str, ...]]] = []
    for run in runs:
        words = run.group().split(" ")
        starts = list(accumulate((len(word) + 1 for word in words[:-1]), initial=run.start()))
        for size in range(SHORTEST, min(LONGEST, len(words)) + 1):
            for first in range(len(words) - size + 1):
                last = first + size - 1
                end = starts[last] + len(words[last])
                windows.append((starts[first], end, tuple(words[first : first + size])))
    # Each distinct window folded once (a long page repeats its names), counted as before.
    by_key: defaultdict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
    for window, written in Counter(window for *_, window in windows).items():
        for word in window:
            if word not in folded:
                folded[word] = _folded(word)
        by_key[tuple(map(folded.__getitem__, window))][window] += written
    odd: dict[tuple[str, ...], tuple[str, ...]] = {}
    for forms in by_key.values():
        for a, b in _pairs(forms):
            changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
            if len(changed) != 1 or not 0 < changed[0] < len(a) - 1:
                continue
            word_a, word_b = a[changed[0]], b[changed[0]]
            if word_a.replace("’", "'") == word_b.replace("’", "'"):
                continue  # one apostrophe typed two ways: a matter of marks, not of the name
            if forms[a] != forms[b]:
                rarer, usual = (a, b) if forms[a] < forms[b] else (b, a)
                odd.setdefault(rarer, usual)
            elif _apostrophe_lost(word_a, word_b):
                rarer, usual = (a, b) if "'" not in word_a and "’" not in word_a else (b, a)
                odd.setdefault(rarer, usual)
            else:
                odd.setdefault(a, b)
                odd.setdefault(b, a)
    if not odd:
        return
    reported: list[tuple[int, int]] = []
    for start, end, window in sorted(windows, key=lambda w: (w[0], -w[1])):
        if window in odd and not any(s <= start and end <= e for s, e in reported):
            reported.append((start, end))
            yield FormVariant(start, end, " ".join(window), " ".join(odd[window]))


def _word_in_two_forms(runs: list[Any], folded: dict[str, str]) -> bool:
    """Whether two different words of the runs fold alike: two forms of one name differ in one
    word, and only there, with the same folded form, so a page without such a pair has none.
    Each word's folded form is left in `folded`."""
    seen: dict[str, str] = {}
    for word in {word for run in runs for word in run.group().split(" ")}:
        form = folded[word] = _folded(word)
        if seen.setdefault(form, word) != word:
            return True
    return False


def _pairs(forms: Counter[tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    written = sorted(forms)
    for i, a in enumerate(written):
        for b in written[i + 1 :]:
            yield a, b
