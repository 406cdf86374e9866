"""Runs of scanning junk: specks, rules and smudges read as a string of letters and marks.

A scanner reading a torn masthead, a rule, an engraving or the gutter of a bound volume writes a
run of one-letter tokens, stray marks and broken fragments (". v y ' . \" v' :- ' V-- '"). Each
token on its own may pass for an initial, a dash or a quote; a run of them is no English. Tokens
are junk, neutral or words, and a run is a stretch without words (one word between junk on both
sides is read into it: smudges make short words too) holding MIN_JUNK junk tokens, MIN_LETTERED
of them with a letter (a run of marks alone may be a printed rule). Junk is: a mark with no
letter or digit; a letter alone that is no word ("v"; "a", "I" and an initial "J." are neutral);
two letters English hardly writes alone ("uv", "tw"); a token with more marks than letters
("V--"), with marks inside its letters ("f.v;jr", "iJi)"), or with a capital inside lower case
that no dictionary has ("jiiMi"). Neutral: a dash, an ampersand, a full stop, anything with a
digit, a Roman numeral, a non-word of three letters or more (other rules judge those).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import methodcaller

from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

MIN_JUNK = 4  # junk tokens in a run
MIN_LETTERED = 2  # junk tokens with a letter in them
SHORT_WORD_MIN_ZIPF = 4.0  # a two-letter token this common is a word ("of", "up", "Mr")

_CHUNK = compile_pattern(r"\S+")
_GROUP, _SPAN = methodcaller("group"), methodcaller("span")  # a match's text and span
_NUMBER = compile_pattern(r"[(\[]?[$£€#]?\d[\d,.:/%-]*[)\].,;:]?")
_NEUTRAL_MARKS = frozenset({"-", "—", "–", "&", "…", "...", "•", "|", "."})
_EDGES = "\"'“”‘’()[]{}.,;:!?-_~*^"
# A mark inside a word's letters that no word, abbreviation or address holds ("f!JIi", "iJi)"):
# not an apostrophe, hyphen, full stop, slash, at sign, ampersand or underscore ("e.g.",
# "and/or", "AT&T", "file_name").
_INNER_MARK = compile_pattern(r"\p{L}[^\p{L}\p{N}'’.\-/@&_\s]+\p{L}")
_CASE_INSIDE = compile_pattern(r"\p{Ll}\p{Lu}")
_ROMAN = compile_pattern(r"[IVXLC]+")


def junk_runs(text: str, zipf: Zipf) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of scanning junk in `text`."""
    matches = list(_CHUNK.finditer(text))
    tokens = list(map(_GROUP, matches))
    # each distinct token judged once (a page writes its words many times over)
    judged = {token: _kind(token, zipf) for token in set(tokens)}
    kinds = _bridged(list(map(judged.__getitem__, tokens)))
    run: list[tuple[int, int]] = []  # junk tokens of the current run
    lettered = 0  # of them, those with a letter (a run of marks alone may be a rule or leaders)
    for span, kind in zip(map(_SPAN, matches), kinds, strict=True):
        if kind == "word":
            yield from _reported(run, lettered)
            run, lettered = [], 0
        elif kind == "junk":
            run.append(span)
            lettered += any(c.isalpha() for c in text[span[0] : span[1]])
    yield from _reported(run, lettered)


def _bridged(kinds: list[str]) -> list[str]:
    """One word between junk on both sides is read inside the run ("i 1 in mimi'i:"): a scanner
    makes real short words out of smudges too."""
    marked = [k for k in kinds if k != "neutral"]
    positions = [i for i, k in enumerate(kinds) if k != "neutral"]
    bridged = list(kinds)
    for n in range(1, len(marked) - 1):
        if marked[n] == "word" and marked[n - 1] == "junk" and marked[n + 1] == "junk":
            bridged[positions[n]] = "neutral"
    return bridged


def _reported(run: list[tuple[int, int]], lettered: int) -> Iterator[tuple[int, int]]:
    if len(run) >= MIN_JUNK and lettered >= MIN_LETTERED:
        yield run[0][0], run[-1][1]


def _kind(token: str, zipf: Zipf) -> str:
    """'junk', 'neutral' (neither breaks nor makes a run) or 'word'."""
    if token in _NEUTRAL_MARKS or _NUMBER.fullmatch(token):
        return "neutral"
    core = token.strip(_EDGES)
    if any(c.isdigit() for c in token):
        return "neutral"  # a code, a date, a misread digit: other rules' matter
    letters = sum(1 for c in core if c.isalpha())
    if not letters:
        return "junk"
    if _INNER_MARK.search(core) or (_CASE_INSIDE.search(core) and zipf(core) == 0):
        return "junk"
    if letters < len(core) - letters:
        return "junk"  # more marks than letters: "V--", "'J'"
    if not core.isalpha():
        return "word" if zipf(core) > 0 else "neutral"  # "don't", "co-op"; "mimi'i"
    if _ROMAN.fullmatch(core) or (len(core) > 2 and zipf(core) == 0):
        return "neutral"  # "II"; a misread word ("nniii") neither makes nor breaks a run
    if len(core) == 1:
        # "a", "I" and an initial ("J.") stand in prose; in a run they neither make nor break it
        return "neutral" if core in "aAI" or token.endswith(".") else "junk"
    if len(core) == 2:
        if core.isupper() or zipf(core) >= SHORT_WORD_MIN_ZIPF:
            return "word"
        return "junk"
    return "word"
