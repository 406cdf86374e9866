"""`language`: a run of words in another Latin-script language inside English copy.

Machine translation leaves sentences or interface text untranslated ("Se fler nyheter från...",
"Les invisibles de l'Elysée") where the script alone cannot tell. Each word is weighed by how
common it is in English and in each candidate language (wordfreq's word lists, which ship with
the package and load in milliseconds); a run of words that one other language explains far better
than English is reported. Keys:
- `languages`: wordfreq language codes to consider (default: the Latin-script languages news is
  most often translated from);
- `min_words` (default 4) and `min_lowercase` (default 2): how many words of the run must belong
  to the other language, and how many of those must be lower-case words of three letters or more
  (names are capitalised, "de la" is part of them, and a greeting of three words, "Gracias a
  todos", or a borrowed phrase, "la revolución", is English usage);
- `min_lead` (default 1.5): how much commoner, on the Zipf scale and on average over the run, the
  words must be in the other language than in English.

A date is the exception to the length of a run: a page's date line is written by the source
site's software in its own language ("Minggu, 24 Mei 2020", "12. Dezember 2020"), and a day and
a year around a month name another language explains far better than English leave no doubt
of what the word is. The weekday before it is part of the finding when it leans the same way.
"""

from __future__ import annotations

import array
from collections.abc import Iterator
from functools import cache
from math import log10

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, table_key
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.tokens import LETTER_WORD
from newslint.wordtable import WordTable

OPTIONS = {
    "languages": Option(
        (list,),
        default=["de", "es", "fr", "pt", "it", "nl", "sv", "id", "tr", "pl"],
        doc="wordfreq language codes",
    ),
    "min_words": Option((int,), default=4),
    "min_lowercase": Option((int,), default=2),
    "min_lead": Option((float, int), default=1.5),
}

LANGUAGE_NAMES = {
    "de": "German", "es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "sv": "Swedish", "id": "Indonesian", "tr": "Turkish", "pl": "Polish",
    "da": "Danish", "nb": "Norwegian", "fi": "Finnish", "cs": "Czech", "ro": "Romanian",
    "hu": "Hungarian", "ms": "Malay", "ca": "Catalan", "vi": "Vietnamese",
}  # fmt: skip
_WORD = LETTER_WORD  # a word of the line: letters, inner apostrophes
# Words may be separated by spaces, commas, digits (a date), never by a sentence end or a line.
_GLUE = compile_pattern(r"[ \t,\d:]*")
# Every `_DATE` holds this, from its day on: a line without it is not searched for the whole
# (the optional weekday makes `_DATE` try every letter of a line).
_DATE_CORE = compile_pattern(
    r"(?<![\p{L}\d.,])\d{1,2}\.?[ \t]+\p{L}{3,}\.?[ \t]+\d{4}(?![\p{L}\d])"
)
# Day, month name, year (the order of the languages news is translated from), after a weekday.
_DATE = compile_pattern(
    r"(?:(?<![\p{L}\d])(?P<weekday>\p{L}+),?[ \t]+)?(?<![\p{L}\d.,])(?P<day>\d{1,2})\.?[ \t]+"
    r"(?P<month>\p{L}{3,})\.?[ \t]+\d{4}(?![\p{L}\d])"
)
# A site's date line is short ("Posted on 12. Dezember 2020 by admin") or ends with the date, a
# time or a separator ("Last Mod: 10 Kasım 2016, 16:21"); in a sentence the figures and the word
# between them are the sentence's ("traded at 12 pesos 2020 levels"), which the runs judge.
_DATE_LINE_END = compile_pattern(r"[ \t]*(?:$|[,|•·–—-]|\d)")
DATE_LINE_WORDS = 8
# A line that is nothing but the run needs fewer words: two that lean foreign, one of them a
# lower-case word of three letters or more.
LINE_MIN_WORDS, LINE_MIN_LOWERCASE = 2, 1
LINE_MAX_WORDS = 6  # a line this short is judged even without a word English hardly knows
# ... and each of its words must be far commoner there than in English, on average: a borrowed
# phrase or a title alone on a line ("Viva la vida", "Coup d'etat") leans less.
LINE_MIN_LEAD = 3.0
_ANY_LETTER = compile_pattern(r"\p{L}")
# A Latin-script word with a letter beyond ASCII ("ulaştıracağız", "przyjęła"): English writes
# such letters only in borrowed words its list holds ("café"), so a word that neither English nor
# any of the languages' lists knows leans foreign when it is spelled so; agglutinating languages
# (Turkish, Finnish, Hungarian) inflect most words of a sentence into forms no list keeps.
_ACCENTED_LATIN_WORD = compile_pattern(r"(?=[\p{Latin}'’]*[^\x00-\x7f’])[\p{Latin}'’]+")
# A quoted run and its translation a few characters on, in quotes or brackets: ", or “…”",
# "—or, “…”", " (…)".
_OPEN_QUOTE = compile_pattern(r"[\"“‘«„']")
_CLOSE_QUOTE = compile_pattern(r"[,.]?[\"”’»']")
_GLOSS = compile_pattern(
    r"[,.]?[\"”’»']?[ \t]*(?:[,;:—–-][ \t]*)?(?:or|meaning|i\.e\.)?,?[ \t]*"
    r"[\"“‘«(](?P<gloss>[^\"”’»)\n]{3,80})"
)
MIN_GLOSS_WORDS = 2
# A longer line is only weighed when it holds a lower-case word English hardly knows.
RARE_IN_ENGLISH = 2.5
LIST = "small"
MAX_REMEMBERED = 100_000
SHARED = 0.5
MIN_KEPT_ZIPF = 2.5  # a word about as common in both languages neither starts nor breaks a run  # the same list size for every language, English included, so zipfs compare


class LanguageCheck(Check):
    LINE_LOCAL = True  # runs of foreign words are judged line by line

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.languages = [str(code) for code in rule.option("languages")]
        self.min_words = int(rule.option("min_words"))
        self.min_lowercase = int(rule.option("min_lowercase"))
        self.min_lead = float(rule.option("min_lead"))
        self._table: LanguageTable | None = None
        # What each word met so far is, remembered (words recur from line to line); the words
        # of a kind are also kept as a set, so a line is asked about in one set operation.
        self._leans: dict[str, int] = {}
        self._foreign: set[str] = set()  # the words that lean to another language
        self._judged_rare: set[str] = set()
        self._rare_lowercase: set[str] = set()

    def _zipfs(self, word: str) -> tuple[float, ...]:
        """English (the full list, with the user's vocabulary) first, then each of `languages`."""
        if self._table is None:
            self._table = LanguageTable(tuple(self.languages))
        return (self.zipf(word), *self._table.zipfs(word))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # `_DATE_CORE` stays inside a line: a text without it has no date line to look at.
        dated = _DATE_CORE.search(text) is not None
        # The document's lines and their words (`Document.lines`, `_WORD`'s matches), cut once
        # for this check and the page's blocks.
        for offset, stop, words in doc.lines:
            runs = []
            line = text[offset:stop]
            if (
                len(words) <= LINE_MAX_WORDS or self._any_rare_lowercase(words)
            ) and self._may_hold_a_run(words):
                runs = list(self._runs(line, list(_WORD.finditer(line))))
            dates = [
                date
                for date in (self._foreign_dates(line) if dated else ())
                if not any(start < date[1] and date[0] < end for start, end, _ in runs)
            ]
            runs = [run for run in runs if not self._glossed(line, run[0], run[1])]
            for start, end, language in sorted(runs + dates):
                found = text[offset + start : offset + end]
                name = LANGUAGE_NAMES.get(language, language)
                message = render(self.rule.message, match=found, language=name)
                yield finding(self.rule, offset + start, offset + end, message)

    def _any_rare_lowercase(self, words: list[str]) -> bool:
        """Whether a lower-case word English hardly knows is among `words`."""
        new = set(words).difference(self._judged_rare)
        if new:
            if len(self._judged_rare) + len(new) > MAX_REMEMBERED:
                self._judged_rare.clear()  # a corpus scan meets millions of words
                self._rare_lowercase.clear()
            for word in new:
                if word.islower() and self.zipf(word) < RARE_IN_ENGLISH:
                    self._rare_lowercase.add(word)
            self._judged_rare |= new
        return not self._rare_lowercase.isdisjoint(words)

    def _may_hold_a_run(self, words: list[str]) -> bool:
        """Whether `words` hold as many words that lean to another language as a run needs (a
        line that is the run alone needs fewer): a line with fewer is not walked."""
        needed = min(self.min_words, LINE_MIN_WORDS)
        new = set(words).difference(self._leans)
        if new:
            self._remember_leans(new)
        foreign = self._foreign
        if needed < 1 or foreign.isdisjoint(words):
            return needed < 1
        return needed == 1 or sum(word in foreign for word in words) >= needed

    def _foreign_dates(self, line: str) -> Iterator[tuple[int, int, str]]:
        """Dates whose month name is another language's word ("24 Mei 2020")."""
        if not _DATE_CORE.search(line) or not any(c.isdigit() for c in line):
            return
        for date in _DATE.finditer(line):
            if not _date_line(line, date) or self._lean(date.group("month")) < 1:
                continue
            weekday = date.group("weekday")
            start = date.start() if weekday and self._lean(weekday) == 1 else date.start("day")
            _, *others = self._zipfs(date.group("month"))
            language = self.languages[max(range(len(others)), key=others.__getitem__)]
            yield start, date.end(), language

    def _runs(self, line: str, words: list[regex.Match[str]]) -> Iterator[tuple[int, int, str]]:
        """Maximal runs of words that lean foreign, judged as a whole."""
        run: list[regex.Match[str]] = []
        for word in words:
            if run and not _GLUE.fullmatch(line, run[-1].end(), word.start()):
                yield from self._judge(run, line)
                run = []
            if self._lean(word.group()) >= 0:
                run.append(word)
            elif run:
                yield from self._judge(run, line)
                run = []
        if run:
            yield from self._judge(run, line)

    def _glossed(self, line: str, start: int, end: int) -> bool:
        """Whether the run is quoted whole and its translation follows in quotes or brackets
        ("the motto, “Die Luft der Freiheit weht”—or, “The Winds of Freedom Blow”—"): words of
        another language a writer sets apart and translates, not a sentence left untranslated."""
        if not (
            _OPEN_QUOTE.match(line, max(start - 1, 0), start) and _CLOSE_QUOTE.match(line, end)
        ):
            return False
        gloss = _GLOSS.match(line, end + 1)
        if gloss is None:
            return False
        words = _WORD.findall(gloss.group("gloss"))
        return len(words) >= MIN_GLOSS_WORDS and all(self._lean(w) < 1 for w in words)

    def _alone_on_line(self, line: str, run: list[regex.Match[str]]) -> bool:
        """Whether the run is all the words of its line: a line of its own is interface text
        ("Lire la suite", "Weitere Artikel zum Thema"), never an English sentence."""
        return not _ANY_LETTER.search(line, 0, run[0].start()) and not _ANY_LETTER.search(
            line, run[-1].end()
        )

    def _lean(self, word: str) -> int:
        """1: another language's word; 0: shared ("am", "de"); -1: English's."""
        lean = self._leans.get(word)
        if lean is None:
            self._remember_leans({word})
            lean = self._leans[word]
        return lean

    def _remember_leans(self, words: set[str]) -> None:
        if len(self._leans) + len(words) > MAX_REMEMBERED:
            self._leans.clear()  # a corpus scan meets millions of words
            self._foreign.clear()
        for word in words:
            english, *others = self._zipfs(word)
            best = max(others)
            lean = 1 if best >= english + self.min_lead else (0 if best >= english - SHARED else -1)
            if lean == 0 and english == best == 0 and _ACCENTED_LATIN_WORD.fullmatch(word):
                lean = 1  # an inflected form no list holds, in letters English does not write
            self._leans[word] = lean
            if lean == 1:
                self._foreign.add(word)

    def _judge(self, run: list[regex.Match[str]], line: str) -> Iterator[tuple[int, int, str]]:
        while run and self._lean(run[-1].group()) < 1:
            run = run[:-1]  # a run ends on a word of its own language, not on a shared one
        while run and self._lean(run[0].group()) < 1 and not run[0].group()[0].isupper():
            run = run[1:]
        words = [m.group() for m in run]
        foreign = [w for w in words if self._lean(w) == 1]
        lowercase = [w for w in foreign if w.islower() and len(w) > 2]  # not "de", "la", "da"
        alone = bool(run) and self._alone_on_line(line, run)
        min_words, min_lowercase = (
            (LINE_MIN_WORDS, LINE_MIN_LOWERCASE) if alone else (self.min_words, self.min_lowercase)
        )
        if len(foreign) < min_words or len(lowercase) < min_lowercase:
            return
        rows = [self._zipfs(w) for w in words]
        english = sum(row[0] for row in rows)
        score, language = max(
            (sum(row[i + 1] for row in rows), code) for i, code in enumerate(self.languages)
        )
        lead = LINE_MIN_LEAD if alone and len(foreign) < self.min_words else self.min_lead
        if score - english >= lead * len(words):
            yield run[0].start(), run[-1].end(), language


class LanguageTable:
    """Zipf values of every word of several wordfreq lists, one row per word.

    Loading ten of wordfreq's lists takes about a second; the table is built once, stored in the
    user's cache directory (as the English table is) and opens in a few milliseconds after.
    `wordlist` is wordfreq's list size ("small", or "best": the large list where a language has
    one); a word rarer than `floor` (Zipf) in every language is left out and reads as 0.
    `highest` keeps one column, the highest Zipf any of the languages gives a word: a question
    that only asks whether some language writes a word needs no more, and the large lists of
    many languages would otherwise make a table of a hundred megabytes."""

    def __init__(
        self,
        languages: tuple[str, ...],
        wordlist: str = LIST,
        floor: float = MIN_KEPT_ZIPF,
        highest: bool = False,
    ):
        self.languages = languages
        self.floor = floor
        self.width = 1 if highest else len(languages)
        self.table = _load_table(languages, wordlist, floor, highest)

    def zipfs(self, word: str) -> tuple[float, ...]:
        """One Zipf value per language, in the order of `languages` (0 for an unknown word); for a
        `highest` table, one value: the highest of them."""
        row = self.table.row_values(word.casefold().replace("’", "'"))
        if row is None:
            return (0.0,) * self.width
        return tuple(v / 100 for v in row)


@cache
def _load_table(
    languages: tuple[str, ...], wordlist: str, floor: float, highest: bool
) -> WordTable:
    # The small lists at the default floor keep the name tables of earlier versions had.
    shape = "" if (wordlist, floor, highest) == (LIST, MIN_KEPT_ZIPF, False) else f"-{floor:g}"
    name = f"wordfreq-{'-'.join(languages)}-{wordlist}{shape}{'-max' if highest else ''}"
    width = 1 if highest else len(languages)
    build = lambda: _build_table(languages, wordlist, floor, highest)  # noqa: E731
    return WordTable.cached(name, table_key(), build, width=width)


def _build_table(
    languages: tuple[str, ...], wordlist: str, floor: float, highest: bool
) -> tuple[list[str], array.array[int]]:
    from wordfreq import get_frequency_dict

    if highest:
        return _build_highest(languages, wordlist, floor)
    tables = [get_frequency_dict(code, wordlist=wordlist) for code in languages]
    least = 10 ** (floor - 9)  # rarer words cannot outweigh English by much
    words = sorted({word for table in tables for word, freq in table.items() if freq >= least})
    values = array.array(
        "H",
        (
            max(0, round((log10(table[word]) + 9) * 100)) if word in table else 0
            for word in words
            for table in tables
        ),
    )
    return words, values


def _build_highest(
    languages: tuple[str, ...], wordlist: str, floor: float
) -> tuple[list[str], array.array[int]]:
    """One column, each word's highest value, read from wordfreq's lists as they are stored (a
    bucket of words per centibel, commonest first): only the buckets at `floor` or above are
    read, where building dictionaries of every word of the large lists took seconds."""
    from wordfreq import cB_to_freq, get_frequency_list

    least = 10 ** (floor - 9)
    best: dict[str, int] = {}
    for code in languages:
        for index, bucket in enumerate(get_frequency_list(code, wordlist)):
            freq = cB_to_freq(-index)  # as get_frequency_dict gives every word of the bucket
            if freq < least:
                break
            value = max(0, round((log10(freq) + 9) * 100))
            for word in bucket:
                if best.get(word, -1) < value:
                    best[word] = value
    words = sorted(best)
    return words, array.array("H", (best[word] for word in words))


def _date_line(line: str, date: regex.Match[str]) -> bool:
    # Split no further than the count asked: a whole split per date made a long line of dates
    # quadratic (5,000 on a 255 KB line: 14 s).
    return (
        _DATE_LINE_END.match(line, date.end()) is not None
        or len(line.split(maxsplit=DATE_LINE_WORDS)) <= DATE_LINE_WORDS
    )


def compile(rule: Rule, vocabulary: Vocabulary) -> LanguageCheck:
    return LanguageCheck(rule, vocabulary)
