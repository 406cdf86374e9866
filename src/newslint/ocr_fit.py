"""Whether a word proposed for a misreading fits where it would stand.

The noisy channel (`newslint.ocr_channel`) weighs a rare word against commoner ones a misreading
away, by frequency alone: "ewe" loses to "we", "hive" to "have". Put back in place, some of those
readings make no English: "the we was lost", "a bee have". The part-of-speech tagger reads the
window with the proposed word in it, and a proposal is kept only if no pair of neighbouring tags
is one English never has: an article or possessive before a pronoun, verb, modal, preposition
or another determiner; an article before a verb, a preposition or the end of the clause; a
singular noun before a plural-agreement verb ("bee have").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from newslint.line_words import words_around
from newslint.regex_store import compile_pattern

CONTEXT = 4  # words each side the tagger reads

_TOKEN = compile_pattern(r"[\p{L}\p{N}'’]+|[.,;:!?]")
_CLAUSE_END = frozenset(".,;:!?")
# Determiners that always open a noun phrase ("that", "all", "some" and "her" may stand alone).
_ARTICLES = frozenset({"a", "an", "the", "every", "its", "their", "our", "my", "your", "his"})
# Tags that cannot follow a determiner ("the we", "the have", "the of", "the the", "a be").
_NOT_AFTER_DETERMINER = (
    "PRP", "VB", "VBP", "VBZ", "VBD", "MD", "DT", "PRP$", "TO", "IN", "CC", "WP",
)  # fmt: skip
# Tags that cannot follow a determiner that the proposal would be ("the was", "the .").
_NOT_AFTER_PROPOSED_DETERMINER = ("VBD", "VBZ", "VBP", "MD", "IN", "TO", "CC", *_CLAUSE_END)


class Tagger(Protocol):
    def tag(self, words: list[str]) -> list[tuple[str, str]]: ...


def fits_in_place(
    text: str, start: int, end: int, proposed: str, tagger: Callable[[], Tagger | None]
) -> bool:
    """Whether `proposed`, put in place of text[start:end], leaves tag pairs English has (True
    also when no tagger is installed: the frequency evidence then stands alone)."""
    left, right = words_around(text, start, end, _TOKEN, CONTEXT)
    model = tagger()
    if model is None:
        return True
    tags = [tag for _, tag in model.tag([*left, proposed, *right])]
    at = len(left)
    before = tags[at - 1] if at else ""
    article = bool(left) and left[-1].lower() in _ARTICLES
    after = tags[at + 1] if at + 1 < len(tags) else ""
    mine = tags[at]
    if article and mine in _NOT_AFTER_DETERMINER:
        return False
    if before == "NN" and mine == "VBP":
        return False
    return not (proposed.lower() in _ARTICLES and after in _NOT_AFTER_PROPOSED_DETERMINER)
