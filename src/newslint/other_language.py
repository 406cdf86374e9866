"""Whether a word stands in a sentence written largely in another language.

A quotation or a line that switches language on purpose (a Philippine senator's Tagalog, an
Irish release's Irish) holds that language's words: neither lost capitals nor words a machine
translation skipped. A sentence counts as another language's when at least `share` of its
lower-case words, and three or more, are words no entry of Hunspell's en_US dictionary licenses;
English copy, even with names and typos in it, stays far below that. Asked only of a word already
found, so the common case (no finding) costs nothing.
"""

from __future__ import annotations

from newslint.cased_lexicon import CasedLexicon
from newslint.regex_store import compile_pattern

MIN_FOREIGN_WORDS = 3
SENTENCE_REACH = 400  # characters read on either side of the word for its sentence
# A sentence's bounds: a full stop, question or exclamation mark or ellipsis before a space, or a
# line's end (a paragraph is a line).
_SENTENCE_END = compile_pattern(r"[.!?…]+[\"”’)]*(?=\s)|\n")
_SENTENCE_END_BACKWARDS = compile_pattern(r"(?r)[.!?…]+[\"”’)]*(?=\s)|\n")
_LOWER_RUN = compile_pattern(r"(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])")


def in_other_language(text: str, start: int, end: int, lexicon: CasedLexicon, share: float) -> bool:
    """Whether the sentence around the word at `start`:`end` is written largely in another
    language (the word itself is not counted)."""
    # The sentence's bounds are searched outward from the word (backwards, then forwards), within
    # `SENTENCE_REACH`: reading from the line's start for every word asked about made a page
    # written as one line cost words times its length.
    low = max(0, start - SENTENCE_REACH)
    opening = _SENTENCE_END_BACKWARDS.search(text, low, start)
    before = opening.end() if opening else low
    stop_at = min(len(text), end + SENTENCE_REACH)
    after = _SENTENCE_END.search(text, end, stop_at)
    words = [
        run.group()
        for run in _LOWER_RUN.finditer(text, before, after.start() if after else stop_at)
        if run.start() != start
    ]
    unknown = sum(1 for word in words if not lexicon.has(word))
    return unknown >= MIN_FOREIGN_WORDS and unknown >= share * len(words)
