"""Which words `structure.lowercase-in-page-name` may report on a page, told before the page is
cut into words: on a long page, the check then cuts only the sentences that hold one.

A reported word is written in lower case (`\\p{Ll}+`, maybe with an apostrophe and more letters),
the page also writes it as a name's word (`\\p{Lu}\\p{Ll}+` ...), and its running text writes it
in lower case at most once. The first two are read from the page's letter runs (a word's letters
before its apostrophe are one run; keys are case-folded letter by letter, so a word's key starts
with its first run's key). The third is disproved word by word: running-text lower-case words of
that key are looked up where the runs lie, cutting only their sentences, until two are found.
A long page repeats its words, so most are disproved within their first sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from newslint.document import Document, Span
from newslint.lexicon import is_function_word
from newslint.regex_store import compile_pattern

_APOSTROPHE = compile_pattern(r"['’]")
# Characters next to a run that keep the check's word pattern from starting a word at it.
_NO_WORD_AFTER = frozenset("@/_-")
_NO_WORD_BEFORE = frozenset("@#/._-")


class Word(Protocol):
    start: int
    key: str
    lower: bool


Lists = Callable[[str, Span, dict[str, Any]], list[list[Any]]]
Running = Callable[[str, list[Any]], bool]


class SentenceCut:
    """The page's sentences cut into word lists by the check's own `lists`, each cut once and
    only when asked; `running` says whether a list is running text (asked once per list)."""

    def __init__(self, doc: Document, lists: Lists, running: Running):
        self.text = doc.text
        self.runs = doc.runs
        self.spans = doc.sentences
        self.starts = [span.start for span in self.spans]
        self._cut = lists
        self._running = running
        self._shapes: dict[str, Any] = {}
        self._lists: dict[int, list[list[Any]]] = {}
        self._runs: dict[int, bool] = {}  # id of a list -> running text
        self._at: dict[int, dict[int, tuple[Any, bool]]] = {}

    def lists(self, index: int) -> list[list[Any]]:
        found = self._lists.get(index)
        if found is None:
            found = self._lists[index] = self._cut(self.text, self.spans[index], self._shapes)
        return found

    def running(self, tokens: list[Any]) -> bool:
        found = self._runs.get(id(tokens))
        if found is None:
            found = self._runs[id(tokens)] = self._running(self.text, tokens)
        return found

    def sentence_of(self, offset: int) -> int | None:
        index = bisect_right(self.starts, offset) - 1
        return index if index >= 0 and offset < self.spans[index].end else None

    def word_at(self, offset: int) -> tuple[Word, bool] | None:
        """The word starting at `offset`, if the check cuts one there, and whether its list is
        running text."""
        index = self.sentence_of(offset)
        if index is None:
            return None
        at = self._at.get(index)
        if at is None:
            at = self._at[index] = {}
            for tokens in self.lists(index):
                running = self.running(tokens)
                at.update((t.start, (t, running)) for t in tokens)
        return at.get(offset)

    def holding(self, texts: Iterable[str]) -> list[int]:
        """The indexes, in order, of the sentences where a run written as one of `texts` starts."""
        wanted = set(texts)
        indexes = {self.sentence_of(start) for start, _, text in self.runs if text in wanted}
        return sorted(i for i in indexes if i is not None)


def words_that_may_be_judged(doc: Document, cut: SentenceCut, min_length: int) -> list[str]:
    """The spellings of the runs that start every word the check may report on this page (with
    more, never fewer): empty when none can be reported. A word without an apostrophe is its
    run: one shorter than `min_length` or a function word is never reported."""
    runs = cut.runs
    # The spellings and their case classes, shared with the name checks (`Document.names`).
    tokens = doc.names
    texts = tokens.texts
    folds = {text: text.casefold() for text in texts}
    lower = tokens.lower
    capital = {folds[text] for text in tokens.capital}
    counted: set[int] = set()  # starts of the words counted below
    running_lower: Counter[str] = Counter()  # keys -> lower-case words in running text

    text_of = doc.text

    def count(start: int, end: int) -> str | None:
        if start in counted or text_of[end : end + 1] in _NO_WORD_AFTER:
            return None
        if start and text_of[start - 1] in _NO_WORD_BEFORE:
            return None  # "anti-" or "@name": the check cuts no word there (`_WORD`)
        found = cut.word_at(start)
        if found is None:
            return None
        word, running = found
        if not word.lower:
            return None
        counted.add(start)
        if running:
            running_lower[word.key] += 1
        return word.key

    # Words with an apostrophe: every lower-case one whose first run has a capitalised twin
    # before an apostrophe is cut and counted (they are few).
    before_mark: dict[str, list[tuple[int, int]]] = {}
    capital_before_mark: set[str] = set()
    for mark in _APOSTROPHE.finditer(doc.text):
        at = mark.start()
        index = bisect_left(runs, (at,)) - 1
        if index < 0 or runs[index].end != at:
            continue
        start, end, text = runs[index]
        if text in lower:
            before_mark.setdefault(folds[text], []).append((start, end))
        elif folds[text] in capital:
            capital_before_mark.add(folds[text])
    marked: set[str] = set()
    for fold in capital_before_mark.intersection(before_mark):
        for start, end in before_mark[fold]:
            key = count(start, end)
            if key is not None and key != fold:
                marked.add(key)
    # Words without one: disproved by two lower-case words of the key in running text.
    open_keys = {folds[t] for t in lower if len(t) >= min_length and not is_function_word(t)}
    open_keys &= capital
    open_keys = {key for key in open_keys if running_lower[key] < 2}
    spellings: dict[str, list[str]] = {}  # an open key -> its lower-case runs' spellings
    for text in lower:
        if folds[text] in open_keys:
            spellings.setdefault(folds[text], []).append(text)
    asked = {text for texts_of in spellings.values() for text in texts_of}
    if asked:
        for start, end, text in runs:
            if text not in asked:
                continue
            key = count(start, end)
            if key is not None and key in open_keys and running_lower[key] >= 2:
                open_keys.discard(key)
                asked.difference_update(spellings[key])
                if not open_keys:
                    break
    # A key still open was counted at every word: the reported word is its one lower-case word
    # in running text.
    judged = {key for key in open_keys | marked if running_lower[key] == 1}
    firsts = {key.split("'", 1)[0] for key in judged}
    return sorted(text for text in texts if folds[text] in firsts)
