"""`stripped-accent`: a word that lost its accented letter on the way to an ASCII-only text
("Mxico", "Snchez", "Bogot", "Espaa").

A conversion that drops every character outside ASCII takes an accented letter out of a name or
a word borrowed from Spanish, Portuguese or French and leaves no mark where it stood. The damaged
word is no word English knows (wordfreq under Zipf 1, Hunspell has no entry), and putting one
accented Latin letter back at one place makes it a common word of English or of a language news
is translated from (Zipf `min_zipf` or more in wordfreq's lists: "México" 5.5 in Spanish,
"Sánchez" 4.7). A typo or a made-up name is restored so by chance only, and never to a word that
common. The text read must hold no character outside ASCII: one that writes "é" did not strip
it, and one that keeps curly quotes or dashes ("’", "“", "—") went through no conversion that
drops what ASCII cannot hold (a surname such as "Pasin" is then the writer's, not "Pasión"
damaged). That is judged line by line: a page whose headline kept its curly quotes may still
have a body folded to ASCII, and a line shows it was when it writes the straight apostrophe or
quotation mark the rest of the page writes curly (`converted_lines`). The restored word is a
suggestion, not a fix.

A conversion to Windows-1252 or Latin-1 keeps "é", "ü" and the curly quotes but drops what those
code pages cannot hold: Turkish "ğ", Polish "ł" and "ń", Czech "ř", Romanian "ș", Hungarian "ő",
Vietnamese "ễ" ("Erdoan", "Gdask", "Nguyn"). English copy folds such letters to their base
letters ("Erdogan", "Gdansk") and never leaves them out, so on a page every character of which
Windows-1252 holds, a word that one of those letters alone put back makes common is read the
same way on every line (`narrow_losses`); no other letter is tried there.
"""

from __future__ import annotations

import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from math import log10

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.checks.language import LanguageTable
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, table_key
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.tokens import Run, is_plain_ascii_word
from newslint.wordtable import WordTable

OPTIONS = {
    "min_zipf": Option((float, int), default=3.5, doc="how common the restored word must be"),
    "max_zipf": Option((float, int), default=1.0, doc="the damaged word is this rare in English"),
    "languages": Option(
        (list,),
        default="de es fr pt it nl sv id tr pl cs ro hu vi".split(),
        doc="wordfreq language codes whose words may have lost a letter",
    ),
}
FIXES = False
# The letters of Turkish, Polish, Czech, Romanian, Hungarian and Vietnamese that Windows-1252
# cannot hold; an ASCII-only conversion drops them as well.
BEYOND_1252 = "ğşıąćęłńśźżčďěňřťůășțţőűđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ"
# The accented Latin letters of the languages news is most often translated from: the ones an
# ASCII-only conversion drops.
ACCENTED = "áéíóúñçãõâêôàèìòùüöäëïåøý" + BEYOND_1252
# The code page whose conversion drops only `BEYOND_1252` (Latin-1 holds less still: the same
# letters are lost, and the curly quotes with them).
CODE_PAGE = "cp1252"
SHORTEST = 4  # letters of the shortest damaged word read: shorter ones restore by chance
LIST = "small"  # wordfreq's list of each language (the `language` kind reads the same)
KEPT_ZIPF = 3.0  # words rarer than this are not indexed: `min_zipf` can go no lower
# Any character an ASCII-only conversion drops: an accented letter, and typographic quotes and
# dashes too, which such a conversion takes out with the letters.
_NON_ASCII = compile_pattern(r"[^\x00-\x7f]")
# The ASCII marks a conversion writes for the typographic quotation marks and apostrophes it
# cannot hold, and those marks: smart-quote software writes all four curly, so a line with a
# straight one on a page with curly ones elsewhere was converted.
STRAIGHT = "'\""
CURLY = "’‘“”"


class StrippedAccentCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))
        self.max_zipf = float(rule.option("max_zipf"))
        self.languages = tuple(rule.option("languages"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        runs = doc.words
        narrow: list[Run] = []
        if _NON_ASCII.search(text):
            # The page writes what ASCII cannot hold: only its lines that a conversion visibly
            # passed through are read for every accented letter (`converted_lines`), and the rest
            # for the letters a code-page conversion drops, if the page could be in that code page.
            runs = _within(runs, converted_lines(text))
            if _held_by_code_page(text):
                kept = {run.start for run in runs}
                narrow = [run for run in doc.words if run.start not in kept]
        for letters, read in ((ACCENTED, runs), (BEYOND_1252, narrow)):
            if read:
                yield from self._lost_in(doc, read, letters, all_words=read is doc.words)

    def _lost_in(
        self, doc: Document, runs: list[Run], letters: str, all_words: bool
    ) -> Iterator[Finding]:
        """The words of `runs` that one of `letters` put back makes common."""
        zipfs = doc.zipfs(self.vocabulary)
        # One lookup a word: what it would read with one accented letter put back, at most how
        # common (`_skeletons`); only a word that comes back common enough is asked of the
        # dictionary (the slow question) and searched.
        skeletons = _skeletons(tuple(sorted({"en", *self.languages})), letters)
        ascii_only = letters == ACCENTED
        words = doc.word_counts if all_words else {run.text for run in runs}
        hits = [
            word
            for word in words
            if len(word) >= SHORTEST
            and zipfs[word] < self.max_zipf  # shared with the other checks, and fails most words
            and (is_plain_ascii_word(word) if ascii_only else _plain_word(word))
            and _restorable(skeletons, word) >= self.min_zipf
            and not english().has(word)
            and not english().has(word.lower())
        ]
        if not hits:
            return
        table = LanguageTable(self.languages)
        if not ascii_only:
            # On a page that keeps accents, a word another language writes so is that language's
            # word as the writer spelt it ("Autentic", Romanian, not "Autentică" damaged).
            hits = [word for word in hits if max(table.zipfs(word)) < self.max_zipf]
        restored = {word: whole for word in hits if (whole := self._restored(word, table, letters))}
        for run in runs if restored else ():
            whole = restored.get(run.text)
            if whole is not None:
                message = render(self.rule.message, match=run.text, fix=whole)
                yield finding(self.rule, run.start, run.end, message, suggestions=[whole])

    def _restored(self, word: str, table: LanguageTable, letters: str) -> str | None:
        """The commonest word one of `letters` put back into `word` makes, if common enough."""
        best, best_zipf = None, self.min_zipf
        for at in range(1, len(word) + 1):
            for letter in letters:
                whole = word[:at] + letter + word[at:]
                zipf = max(self.vocabulary.zipf(whole), *table.zipfs(whole))
                if zipf >= best_zipf:
                    best, best_zipf = whole, zipf
        return best


def converted_lines(text: str) -> list[tuple[int, int]]:
    """The lines that write no character outside ASCII and a straight apostrophe or quotation
    mark (`STRAIGHT`), on a page that writes curly ones (`CURLY`), necessarily on other lines:
    a headline kept with its curly quotes over a body folded to ASCII. A writer who keeps curly
    quotes throughout, or straight ones throughout, leaves no such line."""
    if not any(mark in text for mark in CURLY):
        return []
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if any(mark in line for mark in STRAIGHT) and not _NON_ASCII.search(line):
            found.append((start, end))
        start = end + 1
    return found


def _within(runs: list[Run], spans: list[tuple[int, int]]) -> list[Run]:
    """The runs (in text order) that start inside one of `spans` (sorted, disjoint): each span's
    runs are found by bisection, not by a walk over every run of the page."""
    kept: list[Run] = []
    for start, end in spans:
        first = bisect_left(runs, start, key=_start)
        kept.extend(runs[first : bisect_left(runs, end, lo=first, key=_start)])
    return kept


def _held_by_code_page(text: str) -> bool:
    """Whether every character of `text` is one `CODE_PAGE` holds: a page that writes any other
    ("ğ", "ł", "—" is held) went through no conversion to it."""
    try:
        text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        return False
    return True


def _plain_word(token: str) -> bool:
    """A word of letters, capitalised or lower case, that `CODE_PAGE` holds ("Erdoan", "Dvoák")."""
    return (
        token.isalpha()
        and (token.islower() or (token[:1].isupper() and token[1:].islower()))
        and _held_by_code_page(token)
    )


def _start(run: Run) -> int:
    return run.start


def _restorable(skeletons: WordTable, word: str) -> float:
    row = skeletons.row_values(word.casefold())
    return row[0] / 100 if row is not None else 0.0


@cache
def _skeletons(languages: tuple[str, ...], letters: str) -> WordTable:
    """Every common word of `languages` with one of `letters`, keyed by the word without it
    ("mxico" for "méxico"), valued at the commonest such word's Zipf x 100; built once and kept in
    the cache directory as the other word tables are (named by the letters' checksum too)."""
    import zlib  # for the name of a table built or read once per process

    name = f"stripped-{'-'.join(languages)}-{LIST}-{zlib.crc32(letters.encode()):08x}"
    return WordTable.cached(name, table_key(), lambda: _build_skeletons(languages, letters))


def _build_skeletons(
    languages: tuple[str, ...], letters: str
) -> tuple[list[str], array.array[int]]:
    from wordfreq import get_frequency_dict

    floor = 10 ** (KEPT_ZIPF - 9)
    best: dict[str, float] = {}
    for code in languages:
        for word, frequency in get_frequency_dict(code, wordlist=LIST).items():
            if frequency < floor:
                continue
            accents = [at for at, letter in enumerate(word) if letter in letters]
            if len(accents) != 1:
                continue
            at = accents[0]
            skeleton = word[:at] + word[at + 1 :]
            zipf = log10(frequency) + 9
            if zipf > best.get(skeleton, 0.0):
                best[skeleton] = zipf
    words = sorted(best)
    return words, array.array("H", (round(best[word] * 100) for word in words))


def compile(rule: Rule, vocabulary: Vocabulary) -> StrippedAccentCheck:
    return StrippedAccentCheck(rule, vocabulary)
