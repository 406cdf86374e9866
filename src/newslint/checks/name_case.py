"""`name-case`: a lower-case word inside the name of an office or body ("Minister of foreign
Affairs", "Department of homeland Security", "the Tribhuvan international Airport").

Machine translation from languages that capitalise only the first word of a name (Russian
"Министерство иностранных дел") leaves the inner words of an English institution name in lower
case. The shape is a capitalised common noun, "of" or "for", a lower-case word, and another
capitalised common noun: both capitals show the phrase is written as a name, so the word between
them lost its capital. A name after the phrase ("Chief of staff Ron Klain", "actor Dennis") is a
person's title, not an institution, and is left alone; so are function words ("Lady for all
Americans") and rare heads. A name's inner word is an adjective or a noun ("foreign",
"homeland"); a verb form there ("commended Parliament for approving Ken Ofori-Atta") makes the
phrase a clause whose capitals are a body and a person, so the word is tagged in its sentence.
Without "of", a name's adjective between its capitalised first word and a capitalised common noun
("Benadir regional Administration") is judged the same way: the first word may be any name but not
a sentence's first word, the noun names nothing by itself (the dictionary knows it only in lower
case: "Airport", not "August"), the word is tagged an adjective, and no further capital follows
(then the phrase is a title before a person: "Kenyan international Victor Wanyama").
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
from newslint.necessary import Necessary
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

# A name with an adjective inside, no "of": "the Tribhuvan international Airport", "Benadir
# regional Administration". The head is not a sentence's first word (whose capital says nothing)
# and no further capital follows the tail (then the phrase is a title before a person's name:
# "Kenyan international Victor Wanyama"), nor a full name or "who" after a comma (the same title
# with the person in apposition: "the Kenyan former President, Uhuru Kenyatta,", "…, who spoke").
_ADJECTIVE_PHRASE = compile_pattern(
    r"(?<=\p{L}[,;]? |\p{L}’s |\p{L}'s )(?P<head>\p{Lu}\p{Ll}+) (?P<word>\p{Ll}{4,}) "
    r"(?P<tail>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}’'-])(?! \p{Lu})"
    r"(?!, (?:\p{Lu}\p{Ll}+ \p{Lu}|who\b|whom\b|whose\b))"
)


class NameCaseCheck(Check):
    LINE_LOCAL = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))

    def necessary(self) -> Necessary:
        # Every finding is a match of one of the two phrases, reported as it stands.
        return Necessary(matches=(_PHRASE, _ADJECTIVE_PHRASE))

    def run(self, doc: Document) -> Iterator[Finding]:
        for match in _PHRASE.finditer(doc.text):
            word = match.group("word")
            if not self._inside_a_name(match.group("head"), word, match.group("tail")):
                continue
            if not _a_name_word(doc.text, match.start("word"), match.end("word")):
                continue
            yield capitalised(self.rule, match, "unsafe", match=match.group())
        for match in _ADJECTIVE_PHRASE.finditer(doc.text):
            word = match.group("word")
            if not self._inside_a_name(
                match.group("head"), word, match.group("tail"), any_head=True
            ):
                continue
            if _tag(doc.text, match.start("word"), match.end("word")) != "JJ":
                continue
            yield capitalised(self.rule, match, "unsafe", match=match.group())

    def _inside_a_name(self, head: str, word: str, tail: str, *, any_head: bool = False) -> bool:
        if is_function_word(word) or word in self.vocabulary:
            return False
        lexicon = english()
        if lexicon.only_capitalised(tail.lower()) or self.vocabulary.zipf(tail) < self.min_zipf:
            return False
        if any_head:
            # Any name heads it, a common word or not; the tail is a common noun that names
            # nothing by itself ("Airport", not "August" after "Afghanistan last").
            return not is_function_word(head.lower()) and lexicon.only_lower_case(tail.lower())
        return self.vocabulary.zipf(head) >= self.min_zipf and not lexicon.only_capitalised(
            head.lower()
        )


def _tag(text: str, start: int, end: int) -> str:
    """The tag of the word at `start:end`, in its sentence."""
    # The words after it up to 200 characters, within its line: searched no further, so that a
    # long line's many candidates each read a bounded stretch of it, not the rest of the line.
    line_end = text.find("\n", end, end + 200)
    right = text[end : line_end if line_end >= 0 else end + 200]
    tagged, at = tagged_around(text, start, end, right)
    return tagged[at][1]


def _a_name_word(text: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` is tagged, in its sentence, as an adjective or a noun."""
    return _tag(text, start, end) in _NAME_WORD_TAGS


def compile(rule: Rule, vocabulary: Vocabulary) -> NameCaseCheck:
    return NameCaseCheck(rule, vocabulary)
