"""`page-name-case`: a word in lower case inside a name the same page writes with capitals ("at
the state House" where the page wrote "the State House correspondents", "said Valery cow" after
"Valery Cow held").

Machine translation renders each occurrence of a name on its own, and from languages that
capitalise only a name's first word ("Государственная дума") it leaves some occurrences half in
lower case; scrapers and spinners that re-case text do the same. The page itself shows the name's
form: a pair of capitalised words in running text (not a title-case headline, where every word
has a capital) is a name, and the same pair with one word in lower case lost a capital.

No word list and no dictionary of names is consulted; the evidence is the page's own. House
styles that lower-case titles ("the prime minister") write the pair in lower case too, and then
the mixed form is one more of the page's forms, not a slip: a page that writes the pair in lower
case anywhere is not judged. A lower-case word after a capitalised one is often a common noun
after a place ("Pierce Township police"): it is judged only when the page writes the capitalised
pair more often than the mixed one. Next to a further capital ("Congress president Rahul Gandhi": a
title before a name) the pair is judged only when the page writes the same three words as a name
elsewhere. Function words are never judged. The fix capitalises; it is
offered, not applied.

Keys: `min_length` (the shortest word judged), `max_upper_share` (a sentence with a larger share
of capitalised words is a title-case line and gives no evidence).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from newslint.checks import Check, Option, finding, render
from newslint.checks.page_name_words import SentenceCut, words_that_may_be_judged
from newslint.checks.tagging import tagged_around
from newslint.document import Document, Span
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.tokens import is_capital_run, is_lower_run

FIXES = True
OPTIONS = {
    "min_length": Option((int,), default=4, doc="the shortest word judged"),
    "max_upper_share": Option(
        (int, float), default=0.5, doc="a larger share of capitalised words makes a title line"
    ),
}

# A word with an optional possessive or a plural's apostrophe ("Governors’", "Nigeria's").
_WORD = compile_pattern(r"(?<![\p{L}\p{N}@#/._-])\p{L}+(?:[’']\p{L}+)?[’']?(?![\p{L}\p{N}@/_-])")
_CAPITAL = compile_pattern(r"\p{Lu}\p{Ll}+(?:[’']\p{Ll}*)?")
_LOWER = compile_pattern(r"\p{Ll}+(?:[’']\p{Ll}*)?")
_NOUN_TAGS = frozenset(("NN", "NNS"))
# The end of a sentence of prose: a full stop, a question or exclamation mark, maybe quoted.
_CLOSED = compile_pattern(r"[)\]]?[.!?][”’\"')\]]?(?!\S)")


_Shape = tuple[str, bool, bool]  # the folded key, written as a name's word, wholly lower case


def _shape(text: str) -> _Shape:
    if "'" not in text and "’" not in text:  # most words: the patterns without their tails
        return text.casefold(), is_capital_run(text), is_lower_run(text)
    return (
        text.casefold().replace("’", "'"),
        _CAPITAL.fullmatch(text) is not None,
        _LOWER.fullmatch(text) is not None,
    )


class _Token:
    """One word of a sentence, its case classes decided once per distinct spelling."""

    __slots__ = ("capital", "end", "first", "key", "lower", "spaced", "start", "text")

    def __init__(
        self, start: int, end: int, text: str, first: bool, spaced: bool, shape: _Shape
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.first = first  # opens its sentence or its line: a capital there says nothing
        self.spaced = spaced  # only spaces between it and the word before
        self.key, self.capital, self.lower = shape


class PageNameCaseCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_length = int(rule.option("min_length"))
        self.max_upper_share = float(rule.option("max_upper_share"))

    def run(self, doc: Document) -> Iterator[Finding]:
        cut = SentenceCut(doc, self._lists, self._running_text)
        judged = words_that_may_be_judged(doc, cut, self.min_length)
        if not judged:
            return
        # Every pair that may be reported, and every count read about it, holds one of these
        # words: the sentences without one are not cut into words at all.
        sentences = [s for index in cut.holding(judged) for s in cut.lists(index) if cut.running(s)]
        # A word is judged in prose only: a headline's line ends on no stop and follows the
        # house's headline case ("Australian government increases commitment" over a story
        # that writes "the Australian Government"); it still counts as evidence.
        prose = {
            id(s)
            for index in cut.holding(judged)
            if (lists := cut.lists(index)) and _CLOSED.match(doc.text, lists[-1][-1].end)
            for s in lists
        }
        capitals: Counter[tuple[str, str]] = Counter()  # pairs written as a name
        titles: Counter[tuple[str, str]] = Counter()  # ... of them, those before a further capital
        named: set[tuple[str, str, str]] = set()  # runs of three written as a name
        mixed: Counter[tuple[str, str]] = Counter()  # pairs with one word in lower case
        lower: set[tuple[str, str]] = set()  # pairs written wholly in lower case
        for tokens in sentences:
            for i, (a, b) in enumerate(pairwise(tokens)):
                if not b.spaced:
                    continue  # "Street, west", "He Gentleman's [magazine": not one name
                pair = (a.key, b.key)
                if a.capital and b.capital and not a.first:
                    capitals[pair] += 1
                    c = tokens[i + 2] if i + 2 < len(tokens) else None
                    if c is not None and c.spaced and c.capital:
                        named.add((a.key, b.key, c.key))
                        titles[pair] += 1
                elif a.lower and b.lower:
                    lower.add(pair)
                elif (a.capital and b.lower) or (a.lower and b.capital):
                    mixed[pair] += 1
        if not capitals:
            return
        lower_words = Counter(t.key for tokens in sentences for t in tokens if t.lower)
        reported: set[int] = set()  # a word inside a run of three is met in two of its pairs
        for tokens in sentences:
            if id(tokens) not in prose:
                continue
            for i, (a, b) in enumerate(pairwise(tokens)):
                pair = (a.key, b.key)
                if not b.spaced or pair in lower or pair not in capitals:
                    continue
                after = tokens[i + 2] if i + 2 < len(tokens) else None
                before = tokens[i - 1] if i > 0 else None
                # The page writing the same three words as a name elsewhere settles it: "State
                # level Monitoring Committee" beside "the State Level Monitoring Committee".
                if a.lower and b.capital and not a.first:
                    if (
                        before is not None
                        and a.spaced
                        and before.text[:1].isupper()
                        and (before.key, a.key, b.key) not in named
                    ):
                        continue  # "Congress president Rahul Gandhi": a title, a house style
                    word = a  # "the state House": the first word of the name lost its capital
                elif a.capital and b.lower:
                    if after is not None and after.spaced and after.capital:
                        if (a.key, b.key, after.key) not in named:
                            continue  # "Congress president Rahul Gandhi": a title, a house style
                    elif capitals[pair] <= mixed[pair] or titles[pair] == capitals[pair]:
                        # Capitals only ever before a name ("Chinese President Xi") make a title,
                        # which takes them there alone: "as Chinese president, he" is generic.
                        continue
                    word = b  # "Valery cow": the second did, and the page's usual form says so
                else:
                    continue
                if word.start in reported:
                    continue
                if len(word.text) < self.min_length or is_function_word(word.text):
                    continue
                if lower_words[word.key] > 1:
                    continue  # the page writes it in lower case elsewhere: a common noun there too
                if not _a_noun(doc.text, word.start, word.end):
                    continue  # "eastern Turkey": an adjective before a name keeps its lower case
                reported.add(word.start)
                fixed = word.text[0].upper() + word.text[1:]
                name = doc.text[a.start : b.end]
                yield finding(
                    self.rule,
                    word.start,
                    word.end,
                    render(self.rule.message, word=word.text, fixed=fixed, match=name),
                    fix=fixed,
                    suggestions=[fixed],
                    applicability="unsafe",
                )

    def _lists(self, text: str, sentence: Span, shapes: dict[str, _Shape]) -> list[list[_Token]]:
        """One sentence's words, a list for each of its lines: a headline is judged apart from
        its story; `shapes` holds each spelling's case classes, decided once per page."""
        lists: list[list[_Token]] = []
        tokens: list[_Token] = []
        position = sentence.start
        for match in _WORD.finditer(text, sentence.start, sentence.end):
            gap = text[position : match.start()]
            if tokens and "\n" in gap:
                lists.append(tokens)
                tokens = []
            first = not tokens
            spaced = bool(tokens) and bool(gap) and not gap.strip(" \t")
            word = match.group()
            shape = shapes.get(word)
            if shape is None:
                shape = shapes[word] = _shape(word)
            tokens.append(_Token(match.start(), match.end(), word, first, spaced, shape))
            position = match.end()
        if tokens:
            lists.append(tokens)
        return lists

    def _running_text(self, text: str, tokens: list[_Token]) -> bool:
        """A sentence closed by a full stop, or mostly in lower case: a title-case headline
        capitalises every word and ends without a stop."""
        words = [t for t in tokens if not is_function_word(t.text)]
        if len(words) < 3:
            return False
        if _CLOSED.match(text, tokens[-1].end):
            return True
        upper = sum(1 for t in words if t.text[:1].isupper())
        return upper / len(words) <= self.max_upper_share


def _a_noun(text: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` is tagged, in its sentence, as a common noun."""
    line_end = text.find("\n", end)
    right = text[end : line_end if line_end >= 0 else len(text)]
    tagged, at = tagged_around(text, start, end, right[:200])
    return tagged[at][1] in _NOUN_TAGS


def compile(rule: Rule, vocabulary: Vocabulary) -> PageNameCaseCheck:
    return PageNameCaseCheck(rule, vocabulary)
