"""`name-typo`: a name English writes often, mistyped once ("Ameircan", "Springrfield").

A slip on the keyboard leaves a name one keystroke from itself: two letters swapped, a letter
struck on a key beside the right one, one letter too many or one left out ("Gandh"). No page
spells the name that way for a reason, so the spelling is one no word list holds (wordfreq has
never seen it, Hunspell licenses it in neither case) and the page writes it once, where the name
it slipped from is one English writes often (Zipf 3.5 or more) and never as an ordinary word: no
lower-case Hunspell entry licenses it ("Obama", "London", "Modi"; not "Trump", which is also a
word). The first letter is kept (a slip there makes another name: "Berik", "Erik"), and only
names of five letters or more are read ("Lefi" is one key from "Levi" and is also a misread
"Left").

A rarer name one keystroke from a famous one is still a name: the tests of frequency and case
keep to names the page would have no reason to respell. Looser likeness floods: one edit of any
kind from a name of Zipf 3 pairs "Uzra" with "Ezra" and "Suella" with "Stella"; a shared sound
key pairs "Casteen" with "Kasten". Measured on the dev sides of the pooled sets, the shared
corpus and the clean corpus, the keystroke test took no real name for a slip. Names respelled
elsewhere on the page are `name-variants`' to compare; this reads a name written once. Keys:
`min_name_zipf` (how often English must write the name slipped from).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.checks.language import LanguageTable
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import ACCEPTED_ZIPF, LONGEST_WORD, Vocabulary, listed_at_least
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "min_name_zipf": Option(
        (int, float), default=3.5, doc="how often English writes the name slipped from"
    ),
    "max_foreign_zipf": Option(
        (int, float),
        default=2.0,
        doc="how often another language may write the spelling before it is that language's",
    ),
}

LISTED_AFTER_NAMES = 300  # capitalised spellings on a page before the common words' set pays
SHORTEST = 4  # letters of a name too short to read: "Lefi" is one key from "Levi"
UNKNOWN_ZIPF = 1.0  # wordfreq's lists start at Zipf 1: below it, a spelling never seen
_TYPED = compile_pattern(r"[A-Z][a-z]{4,}")
# Languages in Latin script whose wordfreq lists hold the names and words English copy borrows: a
# spelling one of them writes is a name someone bears ("Jeferson", "Josha", "Deise", "Dener"),
# however close it is to a famous English one. English typos reach these lists too, but rarely
# (below Zipf 2: "trumpp" in German's).
_OTHER_LANGUAGES = (
    *("ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt"),
    *("lv", "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi"),
)
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, column) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}


def _beside(key: str) -> str:
    """The letters on the keys around `key` on a QWERTY keyboard, its own row and the next."""
    row, column = _KEY_AT[key]
    return "".join(
        other
        for other, (other_row, other_column) in _KEY_AT.items()
        if other != key and abs(other_row - row) <= 1 and abs(other_column - column) <= 1
    )


_BESIDE = {key: _beside(key) for key in _KEY_AT}
_LETTERS = "".join(_ROWS)


def slipped_from(word: str) -> set[str]:
    """The spellings one keystroke from `word` (lower case) after its first letter: two letters
    swapped, one letter struck for its neighbour on the keyboard, one letter too many or one
    too few (a key not struck hard enough: "Gandh")."""
    found: set[str] = set()
    for at in range(1, len(word)):
        head, letter, tail = word[:at], word[at], word[at + 1 :]
        found.add(head + tail)
        if tail:
            found.add(head + tail[0] + letter + tail[1:])
        found.update(head + key + tail for key in _BESIDE.get(letter, ""))
    for at in range(1, len(word) + 1):
        found.update(word[:at] + key + word[at:] for key in _LETTERS)
    found.discard(word)
    return found


class NameTypoCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_name_zipf = float(rule.option("min_name_zipf"))
        self.max_foreign_zipf = float(rule.option("max_foreign_zipf"))

    def run(self, doc: Document) -> Iterator[Finding]:
        # The page's capitalised spellings are judged once each (the set the name checks share);
        # the runs are read only for a slip.
        counts = doc.word_counts
        # Past a few hundred names, a set of the list's common words answers faster than a table
        # lookup per spelling; building it (0.05-0.1 s) would cost an article more than it saves.
        listed = (
            listed_at_least(self.min_name_zipf)
            if len(doc.names.capital) >= LISTED_AFTER_NAMES and self.min_name_zipf > 0
            else None
        )
        slips = {
            word: name
            for word in doc.names.capital
            # A run longer than any word English writes is no slip of a name (and its variants
            # would cost its length squared).
            if SHORTEST < len(word) <= LONGEST_WORD + 1
            and counts.get(word, 0) == 1
            and (name := self._slipped(word, listed)) is not None
        }
        if not slips:
            return
        for start, end, word in doc.runs:
            if word in slips:
                message = render(self.rule.message, match=word, name=slips[word])
                yield finding(self.rule, start, end, message, suggestions=[slips[word]])

    def _slipped(self, word: str, listed: frozenset[str] | None = None) -> str | None:
        """The often-written name `word` is one keystroke from, if it is an unknown spelling and
        only one such name is (two would leave the slip's fix in doubt)."""
        zipf = self.vocabulary.zipf
        lower = word.lower()
        if zipf(lower) >= UNKNOWN_ZIPF or not _TYPED.fullmatch(word) or english().has(lower):
            return None
        names = [
            other
            for other in slipped_from(lower)
            if self._often_written(other, listed) and not english().is_lower_case_word(other)
        ]
        if len(names) != 1:
            return None
        # A famous name with a letter left out is often a name of its own elsewhere ("Jeferson",
        # "Deise"); asked only then.
        if len(names[0]) > len(lower) and self._written_elsewhere(lower):
            return None
        return names[0].capitalize()

    def _often_written(self, spelling: str, listed: frozenset[str] | None) -> bool:
        """`vocabulary.zipf(spelling) >= min_name_zipf`, for a spelling of lower-case ASCII
        letters; with `listed` (the list's words that common) a set lookup, where the table
        lookups cost 4.6 s on 60 KB of names (a name has some 300 spellings one key away)."""
        if listed is None:
            return self.vocabulary.zipf(spelling) >= self.min_name_zipf
        if self.vocabulary.words and spelling in self.vocabulary:
            return self.min_name_zipf <= ACCEPTED_ZIPF
        return spelling in listed

    def _written_elsewhere(self, lower: str) -> bool:
        """Whether another language writes the spelling: then it is a name or word of its own."""
        (highest,) = other_languages_table(self.max_foreign_zipf).zipfs(lower)
        return highest >= self.max_foreign_zipf


@cache
def other_languages_table(floor: float) -> LanguageTable:
    """The highest Zipf any of `_OTHER_LANGUAGES` gives a word (wordfreq's best list of each, as
    `zipf_frequency` reads), for words at `floor` or above: a cached table that opens in
    milliseconds, where loading the 26 lists cost 2.3 s of CPU on any page with a letter left
    out of a name."""
    return LanguageTable(_OTHER_LANGUAGES, wordlist="best", floor=floor, highest=True)


def compile(rule: Rule, vocabulary: Vocabulary) -> NameTypoCheck:
    return NameTypoCheck(rule, vocabulary)
