"""A letter's close: the valediction ("Yours sincerely", "Very Respectfully Yours", "Kind
regards") and the signature under it (a name, a title, an organisation). A page that prints a
letter, an open letter or a signed statement ends on these short lines; they are the text's
own, though a run of short capitalised lines at a page's end reads like a menu or a share bar.
English closes a letter with a small, fixed set of formulas, which the pattern spells out."""

from __future__ import annotations

import regex

from newslint.page_layout import is_article, is_sentence
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

_VALEDICTION = compile_pattern(
    r"(?:(?:very|most|yours)\s+)?"
    r"(?:respectfully|sincerely|faithfully|cordially|truly|gratefully)(?:\s+yours)?"
    r"|yours(?:\s+(?:ever|sincerely|faithfully|truly|respectfully))?"
    r"|(?:with\s+)?(?:(?:kind|kindest|best|warm|warmest)\s+)?regards"
    r"|with\s+(?:many\s+)?thanks",
    regex.IGNORECASE,
)
_CLOSE_MARKS = ",.!"
SIGNATURE_LINES = 4  # name, title, organisation, place: what signs a letter
SIGNATURE_WORDS = 8
BODY_WORDS = 12


def letter_close(items: list[Block]) -> set[int]:
    """The valediction that follows a letter's prose, and the short lines signing it under it,
    up to the next paragraph or the page's end."""
    own: set[int] = set()
    for index, block in enumerate(items):
        if index == 0 or block.lines > 1 or not _valediction(block.text):
            continue
        if not any(_body(b) for b in items[:index]):
            continue  # no letter above it
        own.add(index)
        for after in range(index + 1, min(len(items), index + 1 + SIGNATURE_LINES)):
            line = items[after]
            if line.lines > 1 or line.words > SIGNATURE_WORDS or is_sentence(line):
                break
            own.add(after)
    return own


def _body(block: Block) -> bool:
    """A paragraph of the letter: prose, or a line of a sentence's length whatever ends it (a
    letter's last line may close on a colon before what it encloses)."""
    return is_article(block) or is_sentence(block) or block.words >= BODY_WORDS


def _valediction(text: str) -> bool:
    return _VALEDICTION.fullmatch(text.strip().rstrip(_CLOSE_MARKS).strip()) is not None
