"""`name-case`: a lower-case word inside the name of an office or body ("Minister of foreign
Affairs", "Department of homeland Security").

Machine translation from languages that capitalise only the first word of a name (Russian
"Министерство иностранных дел") leaves the inner words of an English institution name in lower
case. The shape is a capitalised common noun, "of" or "for", a lower-case word, and another
capitalised common noun: both capitals show the phrase is written as a name, so the word between
them lost its capital. A name after the phrase ("Chief of staff Ron Klain", "actor Dennis") is a
person's title, not an institution, and is left alone; so are function words ("Lady for all
Americans") and rare heads. A name's inner word is an adjective or a noun ("foreign",
"homeland"); a verb form there ("commended Parliament for approving Ken Ofori-Atta") makes the
phrase a clause whose capitals are a body and a person, so the word is tagged in its sentence.
The fix capitalises the word; it is offered, not applied.

Keys: `min_zipf` (how common the capitalised words must be as English words).
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, capitalised
from newslint.checks.tagging import tagged_around
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True
OPTIONS = {
    "min_zipf": Option((int, float), default=4.0, doc="how common the capitalised nouns must be"),
}

_NAME_WORD_TAGS = frozenset(("JJ", "NN", "NNS"))  # what the inner word of a name can be
_PHRASE = compile_pattern(
    r"(?<![\p{L}\p{N}’'-])(?P<head>\p{Lu}\p{Ll}+) (?:of|for) (?P<word>\p{Ll}{4,}) "
    r"(?P<tail>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}’'-])"
)


class NameCaseCheck(Check):
    LINE_LOCAL = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))

    def run(self, doc: Document) -> Iterator[Finding]:
        for match in _PHRASE.finditer(doc.text):
            word = match.group("word")
            if not self._inside_a_name(match.group("head"), word, match.group("tail")):
                continue
            if not _a_name_word(doc.text, match.start("word"), match.end("word")):
                continue
            yield capitalised(self.rule, match, "unsafe", match=match.group())

    def _inside_a_name(self, head: str, word: str, tail: str) -> bool:
        if is_function_word(word) or word in self.vocabulary:
            return False
        lexicon = english()
        return all(
            self.vocabulary.zipf(noun) >= self.min_zipf
            and not lexicon.only_capitalised(noun.lower())
            for noun in (head, tail)
        )


def _a_name_word(text: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` is tagged, in its sentence, as an adjective or a noun."""
    right = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    tagged, at = tagged_around(text, start, end, right[:200])
    return tagged[at][1] in _NAME_WORD_TAGS


def compile(rule: Rule, vocabulary: Vocabulary) -> NameCaseCheck:
    return NameCaseCheck(rule, vocabulary)
