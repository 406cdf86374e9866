"""The few words of a line on each side of a span, read from the span's neighbourhood only.

Checks that hand a tagger a word with its neighbours ask this once per suspect; a scanned page
written as one line has a suspect every few hundred characters, and reading the whole line for
each made such checks quadratic (a 0.4 MB line: 60 of a run's 75 seconds).
"""

from __future__ import annotations

import regex

_FIRST_REACH = 16  # characters per word of the first window read backwards


def words_before(text: str, start: int, word: regex.Pattern[str], count: int) -> list[str]:
    """The last `count` matches of `word` on the line before `start`, read backwards in growing
    windows. A window that stops inside the line may cut its first word, so it must hold one
    word more than asked."""
    if count <= 0:
        return []
    reach = _FIRST_REACH * count
    while True:
        low = max(0, start - reach)
        newline = text.rfind("\n", low, start)
        low = newline + 1 if newline >= 0 else low
        words = [m.group() for m in word.finditer(text, low, start)]
        if newline >= 0 or low == 0 or len(words) > count:
            return words[-count:]
        reach *= 4


def words_after(text: str, end: int, word: regex.Pattern[str], count: int) -> list[str]:
    """The first `count` matches of `word` on the line after `end`, read no further than them."""
    words: list[str] = []
    reached = end
    for match in word.finditer(text, end):
        if len(words) == count or "\n" in text[reached : match.start()]:
            break
        words.append(match.group())
        reached = match.end()
    return words


def words_around(
    text: str, start: int, end: int, word: regex.Pattern[str], count: int
) -> tuple[list[str], list[str]]:
    """The line's words before [start, end) and after it, `count` each side."""
    return words_before(text, start, word, count), words_after(text, end, word, count)
