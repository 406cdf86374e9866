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

from bisect import bisect_left
from collections.abc import Iterator, Set
from functools import cache

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.checks.language import LanguageTable
from newslint.checks.spaced_accent import accent_table, restored_pair, spaced_keys, spaced_pairs
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
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
    "spaced_languages": Option(
        (list,),
        default="es pt fr it de".split(),
        doc="languages whose names and words are read in two pieces split by a space",
    ),
    "page_max_zipf": Option(
        (float, int),
        default=3.3,
        doc="on a page with a lost accent found, how common in English another damaged word may be",
    ),
    "page_lead": Option(
        (float, int),
        default=1.0,
        doc="... and how much commoner its restored word must be",
    ),
    "spaced_lead": Option(
        (float, int),
        default=0.5,
        doc="how much commoner a word restored in place of a space is than the rarer token",
    ),
}
FIXES = False
# The letters of Turkish, Polish, Czech, Romanian, Hungarian and Vietnamese that Windows-1252
# cannot hold; an ASCII-only conversion drops them as well.
BEYOND_1252 = "ğşıąćęłńśźżčďěňřťůășțţőűđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ"
# The accented Latin letters of the languages news is most often translated from: the ones an
# ASCII-only conversion drops.
WESTERN = "áéíóúñçãõâêôàèìòùüöäëïåøý"
ACCENTED = WESTERN + BEYOND_1252
# The code page whose conversion drops only `BEYOND_1252` (Latin-1 holds less still: the same
# letters are lost, and the curly quotes with them).
CODE_PAGE = "cp1252"
PAGE_SHORTEST = 3  # ... and on a page shown to have lost accents ("Caf", "Jos")
PAGE_ENGLISH_ZIPF = 2.0  # ... whose restored word English copy writes at least this often
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
        self.spaced_lead = float(rule.option("spaced_lead"))
        self.spaced_languages = tuple(rule.option("spaced_languages"))
        self.page_max_zipf = float(rule.option("page_max_zipf"))
        self.page_lead = float(rule.option("page_lead"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        runs = doc.words
        spaced = [(0, len(text))]
        narrow: list[Run] = []
        if _NON_ASCII.search(text):
            # Two tokens an accented letter in place of the space between them joins are
            # evidence of their own: any line that writes nothing outside ASCII is read for them.
            spaced = ascii_lines(text)
            # The page writes what ASCII cannot hold: only its lines that a conversion visibly
            # passed through are read for every accented letter (`converted_lines`), and the rest
            # for the letters a code-page conversion drops, if the page could be in that code page.
            runs = _within(runs, converted_lines(text))
            if _held_by_code_page(text):
                kept = {run.start for run in runs}
                narrow = [run for run in doc.words if run.start not in kept]
        found: list[Finding] = []
        for letters, read in ((ACCENTED, runs), (BEYOND_1252, narrow)):
            if read:
                found.extend(self._lost_in(doc, read, letters, all_words=read is doc.words))
        if spaced:
            found.extend(self._spaced_in(doc, spaced, {f.start for f in found}))
        if found and runs:
            # A page shown to have lost its accents lost them from short and less rare words
            # too ("Caf", "Jos"), which alone restore by chance or are words of their own.
            found.extend(self._seen_lost(doc, runs, {f.start for f in found}))
        yield from sorted(found, key=lambda f: (f.start, f.end))

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
        yield from self._report(runs, restored, frozenset())

    def _seen_lost(self, doc: Document, runs: list[Run], reported: set[int]) -> Iterator[Finding]:
        """The words of `runs` (on a page with a lost accent already found) rarer than
        `page_max_zipf` in English that one of `WESTERN` put back makes `page_lead` commoner
        ("Caf" 2.9 -> "Café" 4.8), none a dictionary word, each restored to a word English
        copy writes too."""
        zipfs = doc.zipfs(self.vocabulary)
        skeletons = _skeletons(tuple(sorted({"en", *self.spaced_languages})), WESTERN)
        words = {
            run.text
            for run in runs
            if run.start not in reported
            and len(run.text) >= PAGE_SHORTEST
            and zipfs[run.text] < self.page_max_zipf
            and is_plain_ascii_word(run.text)
            and _restorable(skeletons, run.text) >= zipfs[run.text] + self.page_lead
            and not english().has(run.text)
            and not english().has(run.text.lower())
        }
        if not words:
            return
        table = LanguageTable(self.spaced_languages)
        restored = {}
        for word in words:
            whole = self._restored(
                word, table, WESTERN, max(self.min_zipf, zipfs[word] + self.page_lead)
            )
            # English copy must write the restored word, and as often as the damaged one:
            # "Café", "José", "André", not German "läuft" for the name "Luft" or "liés" for "lis".
            if whole and self.vocabulary.zipf(whole) >= max(PAGE_ENGLISH_ZIPF, zipfs[word]):
                restored[word] = whole
        yield from self._report(runs, restored, reported)

    def _report(
        self, runs: list[Run], restored: dict[str, str], reported: Set[int]
    ) -> Iterator[Finding]:
        """A finding on every run of `runs` whose word `restored` maps to its accented form, but
        at the starts already `reported`."""
        for run in runs if restored else ():
            whole = restored.get(run.text) if run.start not in reported else None
            if whole is not None:
                message = render(self.rule.message, match=run.text, fix=whole)
                yield finding(self.rule, run.start, run.end, message, suggestions=[whole])

    def _spaced_in(
        self, doc: Document, spans: list[tuple[int, int]], reported: set[int]
    ) -> Iterator[Finding]:
        """Two tokens one accented letter of Western Europe's languages in place of the space
        between them makes one common word ("Pe a" -> "Peña": `spaced_accent`); a token reported
        alone is not read again. Other letters and languages restore too many pairs by chance
        (Vietnamese "Ng y" -> "Ngày", Polish "By o" -> "Było")."""
        languages = tuple(sorted({"en", *self.spaced_languages}))
        keys = spaced_keys(languages, WESTERN, self.min_zipf)
        pairs = [
            p
            for p in spaced_pairs(doc.text, spans, keys)
            if p[0] not in reported and not _both_english(p[2], p[3])
        ]
        if not pairs:
            return
        table = LanguageTable(self.spaced_languages)
        english = self.vocabulary.zipf

        def zipf_of(word: str) -> float:
            return max(english(word), *table.zipfs(word))

        for start, end, left, right in pairs:
            whole = restored_pair(
                left, right, WESTERN, zipf_of, english, self.min_zipf, self.spaced_lead
            )
            if whole is not None:
                message = render(self.rule.message, match=doc.text[start:end], fix=whole)
                yield finding(self.rule, start, end, message, suggestions=[whole])

    def _restored(
        self, word: str, table: LanguageTable, letters: str, floor: float | None = None
    ) -> str | None:
        """The commonest word one of `letters` put back into `word` makes, if at least `floor`
        (`min_zipf` unless given)."""
        best, best_zipf = None, self.min_zipf if floor is None else floor
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


def ascii_lines(text: str) -> list[tuple[int, int]]:
    """The lines that write no character outside ASCII."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.isascii():
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


def _both_english(left: str, right: str) -> bool:
    """Two words the English dictionary lists side by side are English read as English, not one
    foreign word split at a lost letter: "Mar a Lago" (Mar-a-Lago written without its hyphens)
    restores to "María", "Mayor a" to "Mayoría", while the pieces of "Pe a", "M xico" and "S o"
    are no words of their own. Two single letters have their own test (`spaced_pairs`: only
    before the rest of a name), and the dictionary lists every letter. The left piece must be a
    word the dictionary writes in lower case: one it lists only with a capital, a symbol or an
    abbreviation ("Se", selenium), is no English word in a sentence ("Se or" -> "Señor")."""
    return len(left) > 1 and english().is_lower_case_word(left.lower()) and english().has(right)


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
    return accent_table("stripped", languages, letters, _without)


def _without(word: str, at: int) -> str:
    return word[:at] + word[at + 1 :]


def compile(rule: Rule, vocabulary: Vocabulary) -> StrippedAccentCheck:
    return StrippedAccentCheck(rule, vocabulary)
