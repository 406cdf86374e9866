"""`proper-case`: a proper noun or adjective written in lower case ("the russian army", "in april").

A lower-case word is reported when Hunspell's en_US dictionary (`newslint.cased_lexicon`) licenses
it only with a capital, and it is common enough in English (wordfreq) to be a word a reader knows
rather than a rare name that happens to match a common spelling. Words in web addresses, handles,
hashtags, hyphenated compounds and file names are left alone, as are words the document writes in
lower case on purpose (a lower-case brand that never appears capitalised is still reported: the
dictionary, not the document, decides). The fix capitalises; it is offered, not applied.

A part of a hyphenated compound is judged where the part beside it has a capital ("asia-Pacific",
"russia-Ukraine"): the compound joins names, and the capital its neighbour kept shows this part
lost its own. A compound with no capital ("mid-april", "anti-christ") stays unjudged: a slug, a
coinage or a style's lower case, not evidence.

A word inside a sentence written largely in another language is left alone: a quotation that
switches between English and Tagalog ("Tayo lang ang jine-James Bond ng ibang bansa") holds
"lang", "kong" and "hindi", the other language's words, not lost capitals. A sentence counts as
another language's when at least `foreign_share` of its lower-case words, and three or more, are
words no entry of the English dictionary licenses; English copy, even with names and typos in
it, stays far below that.

Keys: `min_zipf` (how common the word must be), `min_length` (shorter words are name particles:
"del", "van", "bin"), `foreign_share`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from newslint.cased_lexicon import CasedLexicon, english
from newslint.checks import Check, Option, capitalised
from newslint.dialect import american_form
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import MEMO_LIMIT, Vocabulary, is_function_word
from newslint.other_language import in_other_language
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True
OPTIONS = {
    "min_zipf": Option((int, float), default=3.5, doc="how common in English the word must be"),
    "min_length": Option((int,), default=4, doc="the shortest word judged"),
    "foreign_share": Option(
        (int, float), default=0.34, doc="share of unknown lower-case words in another language"
    ),
}

# Nor the rest of a word hyphenated across a line ("his-\ntory" is no "Tory").
_BEFORE = r"(?<![\p{L}\p{N}@#/._\\-])(?<!\p{L}-[ \t]*\r?\n[ \t]*)"
_AFTER = r"(?P<possessive>['’]s)?(?![\p{L}\p{N}@/_-]|\.\p{L})"
_LOWER_WORD = compile_pattern(_BEFORE + r"(?P<word>\p{Ll}+)" + _AFTER)


class ProperCaseCheck(Check):
    LINE_LOCAL = True  # a word judged by itself, found by a pattern that stays on its line

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))
        self.min_length = int(rule.option("min_length"))
        self.foreign_share = float(rule.option("foreign_share"))
        # A word's verdict depends only on the word, this check's options and its vocabulary,
        # all fixed for the instance: judged once per linter, not once per document.
        self._judged: dict[str, bool] = {}

    def run(self, doc: Document) -> Iterator[Finding]:
        lexicon = english()
        judged = self._judged
        if len(judged) > MEMO_LIMIT:
            judged.clear()
        # A `_LOWER_WORD` word is a whole run of letters and digits (nothing of the kind on
        # either side), so the document's runs name every word it can find: those judged lost
        # capitals are searched for alone, and a document with none is not searched at all.
        lost = []
        # The page's lower-case spellings (`\p{Ll}+`, whole), classified once for the page's
        # checks (`Document.names`).
        for word in doc.names.lower:
            if len(word) < self.min_length:
                continue
            if word not in judged:
                judged[word] = self._lost_capital(word, lexicon)
            if judged[word]:
                lost.append(word)
        if not lost:
            return
        words = tuple(sorted(lost))
        for pattern in (_lower_words(words), _lower_compound_parts(words)):
            for match in pattern.finditer(doc.text):
                start, end = match.span("word")
                if in_other_language(doc.text, start, end, lexicon, self.foreign_share):
                    continue
                if not _romanised_given_name(doc.text, start, lexicon):
                    yield capitalised(self.rule, match)

    def _lost_capital(self, word: str, lexicon: CasedLexicon) -> bool:
        if word in self.vocabulary:  # the user's accepted words
            return False
        if not lexicon.only_capitalised(word) or self.vocabulary.zipf(word) < self.min_zipf:
            return False
        # en_US knows "grey" only as a name (Lady Jane Grey): British spelling of a word whose
        # American form it licenses in lower case ("gray") is that ordinary word.
        american = american_form(word)
        return american is None or lexicon.only_capitalised(american) or not lexicon.has(american)


@lru_cache(maxsize=32)
def _lower_words(words: tuple[str, ...]) -> regex.Pattern[str]:
    """`_LOWER_WORD`, finding only `words` (lower-case letters alone, as `_LOWER_WORD`'s are)."""
    return regex.compile(_BEFORE + r"(?P<word>\L<words>)" + _AFTER, words=words)


# A romanised given name's first syllable ("Ka" of "Heung Ka-ming") after its family name.
_GIVEN_NAME_HEAD = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<family>\p{Lu}\p{Ll}+) (?P<syllable>\p{Lu}\p{Ll}{0,5})-$"
)


# English's short prefixes that join a proper adjective ("Pan-American", "pre-Columbian"),
# which no Cantonese or Korean syllable is mistaken for.
_PREFIXES = frozenset({"pan", "pre", "pro", "mid", "non", "sub", "ex"})


def _romanised_given_name(text: str, start: int, lexicon: CasedLexicon) -> bool:
    """Whether the word at `start` is the second syllable of a hyphenated given name written as
    Cantonese and Korean names are ("Heung Ka-ming", "Lee Cheuk-ming"): its own case is the
    name's, whatever English makes of the syllable ("Ming"). The name stands after a family name
    (any capitalised word but a function word: "The Sino-japanese" is judged), and its first
    syllable is no combining form ("Sino", "Franco", "Euro": three letters or more ending in
    "o") and no English word of four letters or more ("North-korean") unless English knows it
    only as a name ("Chung"); short ones ("Man", "Ho") are Cantonese syllables as often."""
    head = _GIVEN_NAME_HEAD.search(text, max(0, start - 40), start)
    if head is None or is_function_word(head["family"].lower()):
        return False
    syllable = head["syllable"].lower()
    if syllable in _PREFIXES or (len(syllable) >= 3 and syllable.endswith("o")):
        return False
    return len(syllable) <= 3 or not lexicon.has(syllable) or lexicon.only_capitalised(syllable)


# A compound's edges: what `_BEFORE` and `_AFTER` keep out of a word, less the hyphen inside.
_COMPOUND_START = r"(?<![\p{L}\p{N}@#/._\\-])"
_COMPOUND_END = r"(?![\p{L}\p{N}@/_]|[.-]\p{L})"


@lru_cache(maxsize=32)
def _lower_compound_parts(words: tuple[str, ...]) -> regex.Pattern[str]:
    """One of `words` as a part of a two-part hyphenated compound whose other part starts with
    a capital: after it ("asia-Pacific") or before it ("Russia-ukraine"). A branch reset gives
    both alternatives the one `word` group."""
    capital_part = r"\p{Lu}\p{L}*"
    return regex.compile(
        rf"(?|(?<={_COMPOUND_START}{capital_part}-)(?P<word>\L<words>){_COMPOUND_END}"
        rf"|{_COMPOUND_START}(?P<word>\L<words>)(?=-{capital_part}{_COMPOUND_END}))",
        words=words,
    )


def compile(rule: Rule, vocabulary: Vocabulary) -> ProperCaseCheck:
    return ProperCaseCheck(rule, vocabulary)
