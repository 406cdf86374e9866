"""A phrase broken off after its article on a scanned page: "of the for the annual meeting of to
the roll call", "the his tory", "the or ganisation".

"The" and "an" open a noun phrase: the next word is its noun, an adjective or a number, never a
preposition or a conjunction, another determiner, a subject or possessive pronoun, or a finite
form of "be", "has" or "had". On a page that looks scanned, one straight after the article marks
a break: the next column's line read into the sentence, a word cut across a line or a column, or
a word lost. The grammar of the pair alone says so, whether or not the words around it were read
right. Only closed classes are named, by spelling, and a word joined by a hyphen, a slash or a
dot is not one of them ("the by-election", "the and/or question", "the a.m. flight"). Typed copy
names function words as things ("the for loop", "the but in the sentence", "the at bat") and
pairs them ("the to and fro", "the his and hers towels", "the for and against columns"), so it is
never asked, and on a scanned page a pair joined by "and" or "or" is left alone too. Where the
closed word and the word after it make one word ("the his tory", "the or ganisation"), the word
was cut, and `ocr.cut-word` and `ocr.split-word` say so with the repair: it is left to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newslint.regex_store import compile_pattern

# "the a" and "the the" are `ocr.lone-mark`'s and `structure.doubled-word`'s; "a" is not asked
# (before a preposition it may be a speck or a list's letter).
_NEVER_AFTER_ARTICLE = (
    "of|for|to|from|with|by|at|into|upon|and|or|nor|but|this|these|those|he|she|they|his|their"
    "|its|our|your|is|are|was|were|has|had|been"
)
_BROKEN = compile_pattern(
    r"(?<![\p{L}\p{N}.'’-])(?:[Tt]he|[Aa]n)[ \t]*\n?[ \t]*(?<=\s)"
    rf"(?P<closed>{_NEVER_AFTER_ARTICLE})(?![\p{{L}}\p{{N}}'’/-]|\.\p{{L}})"
    r"(?![ \t]+(?:and|or|&)\b)(?=[ \t]*\n?[ \t]*(?P<next>\p{L}+))?"
)
JOINED_MIN_ZIPF = 3.0  # the closed word and the next make a common word: a cut, not a break


def broken_phrases(text: str, zipf: Callable[[str], float]) -> Iterator[tuple[int, int]]:
    """Spans of an article and the word after it that no noun phrase allows ("the for")."""
    for match in _BROKEN.finditer(text):
        after = match["next"]
        if after and zipf((match["closed"] + after).lower()) >= JOINED_MIN_ZIPF:
            continue  # "the his tory": a cut word, read with its repair by the split rules
        yield match.span()
