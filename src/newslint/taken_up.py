"""How many of a title's words the paragraph under it takes up: a headline over its own story is
restated in the story's opening ("Lee Ginsburg resigns from board" / "Lee Ginsburg, non-executive
director, has resigned from the board"); a link to another story names what the paragraph does
not. Asked by `story-headline` (does this line head its paragraph?) and by `page_reading` (are
a page's titles the heads of its own stories?)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.regex_store import compile_pattern
from newslint.textblocks import english_stopwords

OPENING_CHARS = 300  # the opening of the paragraph after: where a story restates its headline
MIN_STEM = 4  # the shortest shared start that makes two words forms of one
FORM_ENDING = 2  # how many last letters two forms of one word may differ in
_WORD = compile_pattern(r"\p{L}[\p{L}'’-]+")
# A run of capitalised words, with the lower-case joiners a name keeps ("Institute of Health").
_NAME_RUN = compile_pattern(r"\p{Lu}\p{L}+(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)?\p{Lu}\p{L}+)+")


def taken_up(title: str, paragraph: str) -> tuple[int, int]:
    """How many of the title's content words the paragraph's opening takes up, and how many it
    has. The paragraph may take a word up in another form ("receives" / "received", "research" /
    "researcher") or spell out the title's initials ("WSU" / "Wayne State University")."""
    opening = paragraph[:OPENING_CHARS]
    words = content_words(title)
    # every word of the opening: the other form of a title's word may be a common one
    told = set(_WORD.findall(opening.casefold()))
    told |= {initials.casefold() for initials in _spelled_out(opening)}
    taken = sum(1 for word in words if word in told or _another_form(word, told))
    return taken, len(words)


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in english_stopwords()}


def _another_form(word: str, told: set[str]) -> bool:
    """Whether the paragraph has the word with another ending: the two share all but the last
    two letters of the shorter one, and four letters at least."""
    return any(
        _shared_start(word, other) >= max(MIN_STEM, min(len(word), len(other)) - FORM_ENDING)
        for other in told
        if other[:MIN_STEM] == word[:MIN_STEM]
    )


def _shared_start(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _spelled_out(text: str) -> Iterator[str]:
    """The initials of each run of two or more capitalised words ("Wayne State University" ->
    "WSU"; "National Institute of Mental Health" -> "NIMH", a lower-case "of" skipped)."""
    for match in _NAME_RUN.finditer(text):
        capitals = [word[0] for word in match.group().split() if word[0].isupper()]
        if len(capitals) >= 2:
            yield "".join(capitals)
