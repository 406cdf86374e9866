"""Pieces of a word cut at a printed line's end: judged only as the cut word.

A scanner's text keeps the pieces of a word the printer hyphenated at a line's end ("confer-
ence", "confer-\\nence", "follow¬ ing") or that a joiner split at the line end ("com\\nmerce"). A
piece is no word of its own, and the word checks that repair a rare word into a common one would
repair it into another word ("ence" into "once"): a fix that damages the text. The cut word is
`ocr.hyphen-break`'s and `ocr.cut-word`'s; the pieces are left to them.
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.ocr_context import is_cut_word
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# A hyphen (or the "¬" OCR engines print for one) and then a space or a line end, straight after
# a letter: the break of a hyphenated word. A hyphen glued to both sides is a compound's.
_BREAK = r"(?:[-¬][ \t]*\n[ \t]*|[-¬][ \t]+|¬)"
_AFTER_BREAK = compile_pattern(r"\p{L}" + _BREAK + r"\Z")
_BEFORE_BREAK = compile_pattern(_BREAK + r"\p{L}")
# The word across a line end (hyphenated or not) or across a hyphen break inside a line.
_ACROSS = compile_pattern(r"(?:[-¬]?[ \t]*\n[ \t]*|[-¬][ \t]+|¬)(\p{L}+)")
_BEFORE = compile_pattern(r"(\p{L}+)(?:[-¬]?[ \t]*\n[ \t]*|[-¬][ \t]+|¬)\Z")
# The whole words one space or tab before and after a token ("in clude").
_SPACED_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}'’-])(\p{L}+)([ \t])\Z")
_SPACED_AFTER = compile_pattern(r"([ \t])(\p{L}+)(?![\p{L}\p{N}'’-])")
_EDGE_SPAN = 40  # characters looked back for the word before a line start or a break
_BREAK_SPAN = 8
# A piece whose join with the word across the break is this common is that word's half
# (`ocr_context.SPLIT_JOIN_ZIPF`).
CUT_JOIN_ZIPF = 3.0


def beside_hyphen_break(text: str, start: int, end: int) -> bool:
    """Whether the token at `start:end` has a hyphen break on either side ("confer- ence",
    "follow¬ ing"): a piece of a hyphenated word, whatever the join spells (the join may hold
    the misreading: "confer- cnce")."""
    return bool(
        _AFTER_BREAK.search(text, max(0, start - _BREAK_SPAN), start)
        or _BEFORE_BREAK.match(text, end)
    )


def cut_half(text: str, start: int, end: int, zipf: Zipf, known: Callable[[str], bool]) -> bool:
    """Whether the word at `start:end` stands at a line's edge or beside a hyphen break and
    joins the word across it into a word ("com|merce", "ques|tions", "for-|merly", "confer-
    ence"): a cut word's half, which `ocr.cut-word` reports, not a misreading of another word."""
    word = text[start:end]
    joins = []
    after = _ACROSS.match(text, end)
    if after:
        joins.append(word + after.group(1))
    before = _BEFORE.search(text, max(0, start - _EDGE_SPAN), start)
    if before:
        joins.append(before.group(1) + word)
    return any(
        zipf(joined) >= CUT_JOIN_ZIPF or known(joined) for joined in (j.lower() for j in joins)
    )


def spaced_half(text: str, start: int, end: int, zipf: Zipf) -> bool:
    """Whether the word at `start:end` and a word one space from it are a word cut by a space
    ("in clude", "govern ment"), as `ocr_context.is_cut_word` judges them."""
    word = text[start:end]
    before = _SPACED_BEFORE.search(text, max(0, start - _EDGE_SPAN), start)
    if before and is_cut_word(before.group(1), before.group(2), word, zipf):
        return True
    after = _SPACED_AFTER.match(text, end)
    return bool(after and is_cut_word(word, after.group(1), after.group(2), zipf))


def cut_fragment(text: str, start: int, end: int, zipf: Zipf, known: Callable[[str], bool]) -> bool:
    """A piece of a cut word: beside a hyphen break, a line edge's half that joins into a word,
    or one side of a word cut by a space."""
    return (
        beside_hyphen_break(text, start, end)
        or cut_half(text, start, end, zipf, known)
        or spaced_half(text, start, end, zipf)
    )
