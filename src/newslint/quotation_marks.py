"""Which way a quotation mark faces: the marks `quotes` follows through a paragraph, whether each
opens or closes a quotation, and the curly marks whose shape says the opposite of their role.

Pure readings of the text (no findings): `checks/quotes.py` reports what they leave unpaired.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.regex_store import compile_pattern

# “ with nothing to open (space or paragraph end after it, or a spaced dash that leads to the
# speaker, as Russian and Ukrainian set an attribution: “…peoples, “- said the agency"), or ”
# with nothing before it to close. The dash form closes only a quotation still open in its
# paragraph: with none open, “— opens an interrupted or answering quotation ('said, “— and').
_OPENER_CLOSING = compile_pattern(
    r"(?<=\S)(?P<space>[ \t]?)“(?=[ \t]*(?:\n|$)|[ \t]+\S)"
    r"|(?<=\p{P})(?P<space> )“(?=\s|$)"
    r"|(?<=“[^“”\n]{0,2000}\p{P})(?P<space> )“(?=[-–—]+[ \t])"
)
# A paragraph may open with it too (a CMS that prints every opening mark as ”).
_CLOSER_OPENING = compile_pattern(r"(?:(?<=^|[ \t\n(\[])”(?=\p{L}))")
# Curly quotes damaged into mojibake still open and close (encoding.mojibake reports the damage):
# otherwise one broken mark would also leave its partner "unbalanced".
# A quotation quoted in its own language may open with a low mark (Romanian, German, Polish:
# „…” or „…“), which always opens; one before a space is a scanner's speck.
# Two single marks typed for a double one (“…,’’ he said) open or close as the double mark
# (typography.mismatched-quotes reports the odd style).
QUOTE = compile_pattern(r"[“”\"]|(?<![^\s(\[—–-])„(?=\S)|â€œ|â€(?:\x9d|(?=[\s.,;:!?)]|$))|’’|‘‘")
LOW_OPENER = "„"


def openers_closing(text: str) -> Iterator[regex.Match[str]]:
    """`_OPENER_CLOSING.finditer(text)`, tried only where a match can start: at an opening mark,
    or at the space or tab before it. Its look-behind leads, so the regex module tried it at
    every character (0.06 s a megabyte, twice a run)."""
    searched = 0  # where the last match ended: finditer's matches do not overlap
    at = text.find("“")
    while at >= 0:
        for start in (at - 1, at):
            match = _OPENER_CLOSING.match(text, start) if start >= searched else None
            if match is not None:
                yield match
                searched = match.end()
                break
        at = text.find("“", at + 1)


def closers_opening(text: str) -> Iterator[regex.Match[str]]:
    """Closing marks that open a quotation (”We…)."""
    return _CLOSER_OPENING.finditer(text)


def misdirected(text: str) -> frozenset[int]:
    """Positions of curly quotes whose role is the opposite of their shape (reported by `direction`).
    Frozen: readers of a text share it through their memos."""
    closers = {m.end() - 1 for m in openers_closing(text)}
    return frozenset(closers | {m.start() for m in closers_opening(text)})


def opens(text: str, at: int, inside: bool, flipped: frozenset[int]) -> bool:
    """Whether the quotation mark at `at` opens a quotation (curly marks say; straight ones by position)."""
    char = _mark(text, at)
    if char == LOW_OPENER:
        return True
    if char != '"':
        # A mark whose shape is what the quotation's state expects is taken at its word, even
        # if spaced wrongly (`success, ”he added` closes); only an unexpected one may be flipped.
        if (char == "”" and inside) or (char == "“" and not inside):
            return not inside
        if char == "”" and _leads_into_closed_words(text, at):
            return True
        return (char == "“") != (at in flipped)
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return True
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not inside


def _leads_into_closed_words(text: str, at: int) -> bool:
    """A closing-shaped mark with nothing open that leads into a word and is closed later on its
    line ("the”Response Letter”"): an opening mark typed the wrong way, not a closing one that
    lost its partner."""
    if not text[at + 1 : at + 2].isalpha():
        return False
    line_end = text.find("\n", at)
    return "”" in text[at + 1 : line_end if line_end >= 0 else len(text)]


def _mark(text: str, at: int) -> str:
    """The quotation mark at `at`, reading mojibake and doubled single marks as the mark they
    stand for."""
    if text.startswith(("’’", "‘‘"), at):
        return "”" if text[at] == "’" else "“"
    if text[at] != "â":
        return text[at]
    return "“" if text.startswith("â€œ", at) else "”"


def paired_straight(text: str, marks: list[int]) -> bool:
    """Straight quotes say nothing about direction: an even number of them in a paragraph pairs up.

    Guessing direction from the neighbouring characters misreads sloppy but balanced quoting
    (`said," [Warhol] liked it".`) as two closers, and the fix would be a guess as well.
    """
    return len(marks) % 2 == 0 and all(text[at] == '"' for at in marks)


def nested_and_closed(text: str, marks: list[int], flipped: frozenset[int]) -> bool:
    """A quotation inside a quotation marked with the same curly pair ("“I support the
    campaign, not the many “fights”,” he said"), every mark closed in the paragraph: a style
    slip, not a lost mark. Anything left open or closing nothing is judged mark by mark."""
    if any(text[at] not in "“”" for at in marks):
        return False
    depth = deepest = 0
    for at in marks:
        if opens(text, at, depth > 0, flipped):
            depth += 1
            deepest = max(deepest, depth)
        elif depth == 0:
            return False
        else:
            depth -= 1
    return depth == 0 and deepest > 1


def leaves_quotation_open(text: str) -> bool:
    """Whether `text` (a block, or a line up to a point) leaves a quotation open: more opening
    curly quotes than closing ones, or an odd number of straight double quotes."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
