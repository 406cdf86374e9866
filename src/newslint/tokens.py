"""The text's tokens: maximal runs of letters and digits, the words among them, and the case-
folded vocabulary, each read from the runs without searching the text again. Pure functions of
the text; `Document` builds them once and shares them between checks."""

from __future__ import annotations

from itertools import accumulate, compress, repeat
from operator import add, itemgetter
from typing import NamedTuple

import regex

from newslint.regex_store import compile_pattern

# A word: letters and digits, with inner apostrophes; not part of a web address, e-mail address or
# hashtag.
WORD = compile_pattern(
    r"(?<![\p{L}\p{N}'’./@#-])\p{L}[\p{L}\p{N}]*(?![\p{L}\p{N}/@]|['’.-][\p{L}\p{N}])"
)
_LETTER_RUN = compile_pattern(r"[\p{L}\p{N}]+")
# A word as the page-layout readers count it (`textblocks`, `checks/language`): letters, with
# inner apostrophes ("don't", "aujourd'hui"); a digit or any other mark ends it.
LETTER_WORD = compile_pattern(r"\p{L}+(?:['’]\p{L}+)*")
# The same runs as the separators between them: splitting gives every run and its place from C
# calls alone (three method calls per match cost more than finding them).
_LETTER_RUN_SPLIT = compile_pattern(r"([\p{L}\p{N}]+)")
_LETTER = compile_pattern(r"\p{L}")
_LETTERS_ONLY = compile_pattern(r"\p{L}+")
_LOWER_RUN = compile_pattern(r"\p{Ll}+")
_CAPITAL_RUN = compile_pattern(r"\p{Lu}\p{Ll}+")
_NOT_AFTER = frozenset("'’./@#-")  # a word never starts right after one of these
STRETCH_REACH = 80  # characters read on each side of a place for the stretch that holds it
_SPACE = compile_pattern(r"\s")
# A word in capitals and the one to three marks or spaces between it and a word, on one line.
_CAPITALS_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}])\p{Lu}{2,}[^\p{L}\p{N}\n]{1,3}$")
_CAPITALS_AFTER = compile_pattern(r"[^\p{L}\p{N}\n]{1,3}\p{Lu}{2,}(?![\p{L}\p{N}])")
CAPITALS_REACH = 40  # characters read on each side for the word beside
_SPACE_BEFORE = compile_pattern(r"\s(?=\S*\Z)")
# Read from the end: searched forwards, a pattern ending in `\W*$` retried the rest of a run of
# marks from each of them (a line of 2,000 dots: 11 s for one ellipsis test).
_NON_WORD_TAIL = compile_pattern(r"\W*$", regex.REVERSE)


class Run(NamedTuple):
    """A maximal run of letters and digits: the token the document's indexes and checks share."""

    start: int
    end: int
    text: str


def letter_runs(text: str, start: int, end: int) -> list[Run]:
    """The runs of text[start:end] (the pattern looks at nothing around a run, so the slice
    has the same ones): split, the pieces alternate separator, run, ..., separator."""
    pieces = _LETTER_RUN_SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, pieces), initial=start))
    make = tuple.__new__  # Run's own __new__ is a Python function
    return list(
        map(make, repeat(Run), zip(offsets[1:-1:2], offsets[2::2], pieces[1::2], strict=True))
    )


class Line(NamedTuple):
    """A line of the text (`[^\\n]+`, its spaces kept) and its `LETTER_WORD` matches."""

    start: int
    end: int
    words: list[str]


def text_lines(text: str) -> list[Line]:
    """Every line of `text` with its words. `LETTER_WORD` reads nothing around a match and no
    match holds a line break, so a line's words are the text's words inside it, and any stretch
    of whole lines holds its lines' words in order: one pass serves every reader of lines. The
    lines are `str.split`'s pieces but the empty ones, placed and read by C calls alone (a Python
    step per line cost more than the words of most lines)."""
    pieces = text.split("\n")
    starts = compress(accumulate(map((1).__add__, map(len, pieces)), initial=0), pieces)
    lines = list(filter(None, pieces))
    starts_kept = list(starts)
    ends = map(add, starts_kept, map(len, lines))
    words = map(LETTER_WORD.findall, lines)
    return list(map(tuple.__new__, repeat(Line), zip(starts_kept, ends, words, strict=True)))


def words_among(text: str, runs: list[Run]) -> list[Run]:
    """The runs that are words (`WORD`'s matches, told from the runs without a regex): a run
    that starts with a letter and is not part of an address, a handle, a file name or an
    abbreviation with inner full stops."""
    found = []
    last = len(runs) - 1
    for index, run in enumerate(runs):
        start, end, token = run
        # str.isalpha() is true only of \p{L} letters (a test checks every code point)
        if not (token[0].isalpha() or _LETTER.match(token)):
            continue
        if start and text[start - 1] in _NOT_AFTER:
            continue
        after = text[end : end + 1]
        if after and after in "/@":
            continue
        if after and after in "'’.-" and index < last and runs[index + 1].start == end + 1:
            continue  # "don't", "U.S", "so-called": one token with the next run
        found.append(run)
    return found


def folded_vocabulary(text: str, runs: list[Run]) -> frozenset[str]:
    """The runs of letters and digits of the case-folded text, read from the text's runs: case
    folding maps each character on its own, so each run folds to a run of the folded text,
    unless a character's folding leaves its class (`folding_breaks_runs`)."""
    apart = folding_breaks_runs(text)
    if apart is None:
        return frozenset(_LETTER_RUN.findall(text.casefold()))
    found: set[str] = set()
    for run in set(map(itemgetter(2), runs)):
        if apart and not apart.isdisjoint(run):
            found.update(_LETTER_RUN.findall(run.casefold()))
        else:
            found.add(run.casefold())
    return frozenset(found)


def folding_breaks_runs(text: str) -> frozenset[str] | None:
    """The letters and digits of `text` that fold to something else besides letters and digits
    ("İ" to "i" and a combining dot), which cut a run in two; None if a character that is neither
    folds to a letter or digit (U+0345 to "ι"), which would join runs."""
    apart = set()
    for char in set(text):
        folded = char.casefold()
        if folded == char:
            continue
        if _LETTER_RUN.fullmatch(char) is None:
            if _LETTER_RUN.search(folded):
                return None
        elif _LETTER_RUN.fullmatch(folded) is None:
            apart.add(char)
    return frozenset(apart)


def letters_only(token: str) -> bool:
    """Whether every character of `token` is a letter (`\\p{L}`). str.isalpha is true only of
    letters, but the regex module's Unicode may be newer than Python's: a non-ASCII token that
    str.isalpha rejects is asked again."""
    return token.isalpha() or (not token.isascii() and _LETTERS_ONLY.fullmatch(token) is not None)


# Case classes of a token, asked of every distinct token by several checks (~700 times a 1 KB
# document): on ASCII, where \p{Ll} is [a-z] and \p{Lu} is [A-Z], three str methods say it
# six times faster than a regex call; any other token is asked of the regex.


def is_lower_run(token: str) -> bool:
    """Whether `\\p{Ll}+` matches the whole of `token` (a word wholly in lower case)."""
    if token.isascii():
        return token.isalpha() and token.islower()
    return _LOWER_RUN.fullmatch(token) is not None


def is_capital_run(token: str) -> bool:
    """Whether `\\p{Lu}\\p{Ll}+` matches the whole of `token` (a capital, then lower case)."""
    if token.isascii():
        return token.isalpha() and token[:1].isupper() and token[1:].islower()
    return _CAPITAL_RUN.fullmatch(token) is not None


def is_plain_ascii_word(token: str) -> bool:
    """Whether `[A-Z]?[a-z]+` matches the whole of `token`."""
    return (
        token.isascii()
        and token.isalpha()
        and (token.islower() or (token[:1].isupper() and token[1:].islower()))
    )


def stretch_around(text: str, start: int, end: int, reach: int = STRETCH_REACH) -> str:
    """The whitespace-delimited stretch of `text` that holds [start, end), read no further than
    `reach` characters on each side: an address, a path or a file name is shorter, and reading
    a token whole made a long line without spaces quadratic."""
    low = max(0, start - reach)
    before = _SPACE_BEFORE.search(text, low, start)
    after = _SPACE.search(text, end, end + reach)
    return text[before.end() if before else low : after.start() if after else end + reach]


def non_word_tail(text: str) -> str:
    """The characters that end `text` after its last word character (`\\W*$`)."""
    found = _NON_WORD_TAIL.search(text)
    return found.group() if found else ""


def beside_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word before or after [start, end) on its line is in capitals: a line set in
    capitals (a headline, a scanned title page), where a word's case says nothing of the word."""
    return (
        _CAPITALS_BEFORE.search(text, max(0, start - CAPITALS_REACH), start) is not None
        or _CAPITALS_AFTER.match(text, end, end + CAPITALS_REACH) is not None
    )
