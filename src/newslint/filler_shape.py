"""The shape of a generated filler sentence, apart from its vocabulary: it names nothing, and it
opens on an introductory clause, leans on an evaluative dummy subject or is made of abstract
nouns. Read by `generated-article` (given `openers`), only on a page its verdict has already
judged generated: on news any of these shapes alone is ordinary prose.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newslint.regex_store import compile_pattern

# An introductory clause: its opening word, then up to this many characters before the comma.
OPENER_CLAUSE_CHARS = 60

# What names something: a figure, a quotation, or a capitalised word after the first (a name,
# a place, a title), "I" aside. One search a sentence.
_NAMING = compile_pattern(
    r"\d|“[^”\n]*”|\"[^\"\n]*\"|\s[\"“‘'(]*(?!I(?:['’](?:m|ve|d|ll))?(?!\p{L}))\p{Lu}"
)
_DUMMY_SUBJECT = compile_pattern(
    r"\b(?:it|this)\s+(?:is|was|remains|becomes|will\s+be)\s+(?:\w+\s+)?\w+\s+(?:to|that|for)\b",
    regex.IGNORECASE,
)
_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
_ABSTRACT_NOUN = compile_pattern(
    r"\p{Ll}{3,}(?:tions?|sions?|ments?|ity|ities|ness|ances?|ences?|ship|ism)"
)


def names_something(sentence: str) -> bool:
    """A figure, a quotation, or a capitalised word after the first (a name, a place, a title)."""
    return _NAMING.search(sentence) is not None


class FillerShape:
    """A sentence's filler shape: an introductory clause opening on one of `openers` ("As the
    situation remains fluid, ..."), an evaluative dummy subject ("it is essential to"), or at
    least `min_abstract_share` of its words abstract nouns (-tion, -ment, -ity, -ness)."""

    def __init__(self, openers: Sequence[str], min_abstract_share: float) -> None:
        alternation = "|".join(regex.escape(o) for o in openers)
        self.opener = compile_pattern(rf"(?:{alternation})\b[^,]{{3,{OPENER_CLAUSE_CHARS}}},")
        self.min_abstract = min_abstract_share

    def __call__(self, sentence: str) -> bool:
        # A trailing participle clause is not among the shapes: on the training pages' vague
        # sentences it was as often unlabelled as labelled (6 to 4), where an introductory
        # clause (2 to 6) and abstract nouns (4 to 10) mark the filler.
        if self.opener.match(sentence) or _DUMMY_SUBJECT.search(sentence):
            return True
        words = _WORD.findall(sentence)
        abstract = sum(1 for w in words if _ABSTRACT_NOUN.fullmatch(w.lower()))
        return abstract >= self.min_abstract * len(words)
