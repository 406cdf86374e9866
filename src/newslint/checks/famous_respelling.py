"""`famous-respelling`: a famous name respelled once by another romanisation ("Mazarik").

Machine translation from Russian or Chinese meets a famous foreign name already romanised in
English and romanises it again from its own script: Masaryk comes back as "Mazarik". The page
writes the respelling once, so no pair of forms on the page shows it
(`name-variants` reads those); the evidence is English's own frequency instead. The respelling
is a spelling no word list holds, in English (wordfreq, Hunspell) or in the Latin-script languages
whose names English copy borrows; its sound key (`romanisation.sound_key`: each consonant as one
letter of its sound class, y as i, doubled letters once) is the key of exactly one name English
writes often (Zipf `min_name_zipf`), with no second well-known word of that key within
`margin` of it (`famous_names`; wordfreq keeps slang: "hangin", a clipped "hanging", is no name
for "Hanqin"). Which spelling the page meant needs a human: the name is
suggested, never applied.

Rare genuine names are the hazard, and four shapes of them are left alone: a name that differs
from the famous one only by y for i ("Brydie"/"Bridie", "Kyrylenko"/"Kirilenko": English spells
names both ways), a name with qu where the famous one has none ("Quenda"/"Kenta": qu is a
Romance language's k, which no romanisation of Russian or Chinese writes), a given name (a capitalised word right before another: many people bear a
given name's variants, "Akhmat", "Ahmad"), and a word set in quotation marks (a unit's or a
ship's name, cited as written). A spelling the page writes again is its own form, not a slip.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.checks.name_typo import other_languages_table
from newslint.document import Document
from newslint.famous_names import INDEX_FLOOR, SHORTEST, famous_name
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.name_spellings import known_through_accents
from newslint.regex_store import compile_pattern
from newslint.romanisation import sound_key
from newslint.rules import Rule

OPTIONS = {
    "min_name_zipf": Option(
        (int, float), default=INDEX_FLOOR, doc="how often English writes the famous name"
    ),
    "margin": Option(
        (int, float),
        default=1.0,
        doc="how much less often English writes the runner-up of the same sound key",
    ),
    "max_foreign_zipf": Option(
        (int, float),
        default=1.0,
        doc="how often another language may write the spelling before it is that language's",
    ),
}

UNKNOWN_ZIPF = 1.0  # wordfreq's lists start at Zipf 1: below it, a spelling never seen
_TYPED = compile_pattern(rf"[A-Z][a-z]{{{SHORTEST - 1},}}")
_GIVEN_NAME_AFTER = compile_pattern(r"[ \t]+\p{Lu}")
_QUOTES = frozenset("\"'“”‘’«»„")


class FamousRespellingCheck(Check):
    # A slip of one letter is `name-typo`'s, a misread scan OCR's: they say more of it.
    defers = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_name_zipf = max(float(rule.option("min_name_zipf")), INDEX_FLOOR)
        self.margin = float(rule.option("margin"))
        self.max_foreign_zipf = float(rule.option("max_foreign_zipf"))

    def run(self, doc: Document) -> Iterator[Finding]:
        counts = doc.word_counts
        # The table lookup first: the other languages' lists are opened only for a spelling
        # that sounds like a famous name, which few pages hold.
        names = {
            word: name
            for word in doc.names.capital
            if counts.get(word, 0) == 1
            and _TYPED.fullmatch(word)
            and (name := self._famous(word)) is not None
            and self._unknown(word)
        }
        if not names:
            return
        text = doc.text
        for start, end, word in doc.runs:
            if word in names and not _given_name(text, end) and not _quoted(text, start, end):
                message = render(self.rule.message, match=word, name=names[word])
                yield finding(self.rule, start, end, message, suggestions=[names[word]])

    def _unknown(self, word: str) -> bool:
        """Whether no list writes the spelling: English's (with any letter's accent given back:
        "Lofven" is Löfven), Hunspell's, or another Latin-script language's."""
        lower = word.lower()
        if known_through_accents(lower, self.vocabulary.zipf) >= UNKNOWN_ZIPF:
            return False
        if english().has(lower):
            return False
        (highest,) = other_languages_table(self.max_foreign_zipf).zipfs(lower)
        return highest < self.max_foreign_zipf

    def _famous(self, word: str) -> str | None:
        """The one famous name that sounds as `word` does, if English writes it often and no
        other word of that sound nearly as often."""
        lower = word.lower()
        found = famous_name(sound_key(lower))
        if found is None or found.zipf < self.min_name_zipf:
            return None
        if found.zipf - found.runner_up < self.margin:
            return None
        if found.name.replace("y", "i") == lower.replace("y", "i"):
            return None  # "Brydie"/"Bridie": English spells names both ways
        if "qu" in lower and "qu" not in found.name:
            # "Quenda" for "Kenta": qu is how Romance languages write a k sound; no
            # romanisation of Russian or Chinese writes it so, so this is a Romance name.
            return None
        return found.name.capitalize()


def _given_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows: the word is a given name, and people bear many."""
    return _GIVEN_NAME_AFTER.match(text, end) is not None


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the word stands alone in quotation marks: a name cited as written."""
    return start > 0 and text[start - 1] in _QUOTES and text[end : end + 1] in _QUOTES


def compile(rule: Rule, vocabulary: Vocabulary) -> FamousRespellingCheck:
    return FamousRespellingCheck(rule, vocabulary)
