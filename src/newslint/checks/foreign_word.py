"""`foreign-word`: a single word of another Latin-script language left untranslated.

Machine translation skips a word it cannot place ("Hoje I met with evangelicals", Portuguese
"today"), and the `language` kind needs a run of words to judge. One word is judged only where the
evidence is strong: English hardly knows it, another language uses it as one of its common words,
and it is written in lower case or opens a sentence (a capitalised word inside a sentence is a
name). Keys:
- `languages`: wordfreq language codes, as for `language`;
- `max_english_zipf` (default 2.0): how rare in English the word must be;
- `min_foreign_zipf` (default 5.0): how common in the other language (its everyday words);
- `min_lead` (default 3.0): how much commoner there than in English, on the Zipf scale;
- `evidence` (default `frequency`): `letters` judges instead by spelling: a lower-case word
  English has never seen, spelt with a letter English does not use ("vurdukça"), whatever its
  language and however rare there. Not in a document that looks scanned (an accent there is a
  misreading), nor in a word glossed in place ("drogpåverkad - under the influence") or in a
  quotation the story translates in its next one.
- `foreign_share` (default 0.34): a word in a sentence that a third of its lower-case words (three
  or more) show to be another language's is that sentence's, written so on purpose (a senator's
  Tagalog line in an English column), not a word a translation skipped (`other_language`); with
  `letters`, only in a paragraph that opens a quotation (a minister quoted in Irish): interface
  text left in another language is no one's quotation.
Findings give way to the `language` kind's runs and to any other rule on the same word.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import compress
from operator import itemgetter

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.checks.language import LANGUAGE_NAMES, LanguageTable
from newslint.checks.language import OPTIONS as RUN_OPTIONS
from newslint.checks.scanned_text import SCANNED_GATE_OPTIONS, scan_model
from newslint.document import Document
from newslint.features import BEYOND_ASCII, Needs
from newslint.finding import Finding
from newslint.foreign_quotes import FOREIGN_LETTER, glossed_quotations, inside
from newslint.lexicon import Vocabulary, is_function_word
from newslint.other_language import in_other_language
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import ocr_signal
from newslint.tokens import Run, letters_only

OPTIONS = {
    "languages": RUN_OPTIONS["languages"],
    "max_english_zipf": Option((float, int), default=2.0),
    "min_foreign_zipf": Option((float, int), default=5.0),
    "min_lead": Option((float, int), default=3.0),
    "evidence": Option((str,), default="frequency", choices=("frequency", "letters")),
    "foreign_share": Option((float, int), default=0.34),
    **SCANNED_GATE_OPTIONS,  # with `letters`: a scanned page misreads letters as accented ones
}
_LOWER_LATIN_WORD = compile_pattern(r"\p{Ll}{4,}")
# A word cited and explained where it stands: "drogpåverkad - under the influence", "(in Swedish)".
# A word running into a symbol outside ASCII ("doesnâ€™t") is cut out of mojibake, which the
# mojibake rule reports.
_UNDECODED_NEXT = compile_pattern(r"[^\s\p{L}\x00-\x7f’“”‘–—…«»]")
_GLOSS = compile_pattern(r"[ \t]*(?:[-–—:(]|[\"”’'])")
# A word of three letters or more, not part of a hyphenated or apostrophised word, not cut by a
# line-end hyphen ("dedi-\ncatory").
_WORD = compile_pattern(r"(?<![\p{L}\p{N}'’\-])\p{L}{3,}(?![\p{L}\p{N}'’]|-\s)")
_SPACE = compile_pattern(r"\s")
_JOINERS = frozenset("'’-")
_JOINER = compile_pattern(r"['’-]")
# The lexicon's function words leave out the first person singular (a letter "I" is a numeral
# or a misread "l" in scans); as a clause's subject it is one.
_FIRST_PERSON = frozenset({"I", "my", "me"})
_NEXT_WORD = compile_pattern(r"[ \t]+(\p{L}+)\b")
_CLOSING_MARKS = '”"’)'
# A paragraph that opens on a quotation mark, and how far back its start is looked for.
_OPENING_MARK = compile_pattern(r"[ \t]*[“\"‘]")
QUOTED_REACH = 400


class ForeignWordCheck(Check):
    LINE_LOCAL = True  # a word and what opens its sentence on its line
    defers = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.languages = tuple(str(code) for code in rule.option("languages"))
        self.max_english = float(rule.option("max_english_zipf"))
        self.min_foreign = float(rule.option("min_foreign_zipf"))
        self.min_lead = float(rule.option("min_lead"))
        self.foreign_share = float(rule.option("foreign_share"))
        self._table: LanguageTable | None = None

    def feature_needs(self) -> Needs | None:
        # Judged by spelling, a word needs a letter English does not use: never ASCII.
        return BEYOND_ASCII if self.rule.option("evidence") == "letters" else None

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.rule.option("evidence") == "letters":
            yield from self._spelt_foreign(doc)
            return
        text = doc.text
        # Most words are common English: each distinct one is looked up once, for every check,
        # and only the runs of a rare one are tested as candidates (a candidate is a run of three
        # letters or more, so no other run is looked up; most runs are common words).
        zipfs = doc.zipfs(self.vocabulary)
        rare = {
            word
            for word in doc.names.texts
            if len(word) >= 3 and letters_only(word) and zipfs[word] < self.max_english
        }
        if not rare:
            return
        runs = [r for r in doc.runs if r[2] in rare]
        # A capitalised word the page also writes inside a sentence is a name there ("Tom Peine
        # … Peine said the boy"): its mention opening a sentence is that name, not a skipped word.
        names = {
            word for start, _, word in runs if word[0].isupper() and not opens_sentence(text, start)
        }
        for start, end, word in candidate_words(text, runs):
            label = _field_label(text, start, end)
            if (
                not word.islower()
                and not label
                and (word in names or not self._opens_a_clause(text, start, end))
            ):
                continue
            if word.islower() and self._species_epithet(text, start, word):
                continue
            language = self._language(word, zipfs[word], label)
            if language and not in_other_language(text, start, end, english(), self.foreign_share):
                name = LANGUAGE_NAMES.get(language, language)
                message = render(self.rule.message, match=word, language=name)
                yield finding(self.rule, start, end, message)

    def _spelt_foreign(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii():  # a foreign letter is never ASCII: most documents end here
            return
        found = [  # a foreign letter is never ASCII: only runs beyond it are read
            (start, end, word)
            for start, end, word in candidate_words(text, non_ascii(doc.runs))
            if _LOWER_LATIN_WORD.fullmatch(word)
            and FOREIGN_LETTER.search(word)
            and self.zipf(word) == 0
            and self.zipf(without_marks(word)) == 0
            and not _GLOSS.match(text, end)
            and not _UNDECODED_NEXT.match(text, end)
            and not self._listed_with_loanwords(text, start, end)
        ]
        if found:
            glossed = glossed_quotations(text, self.zipf)
            found = [word for word in found if not inside(glossed, word[0])]
            found = [word for word in found if not self._quoted_in_its_language(text, *word[:2])]
        if not found:
            return
        gate = (float(self.rule.option("min_ocr_share")), int(self.rule.option("min_ocr_marks")))
        if ocr_signal(text, self.zipf).looks_scanned(*gate, scan_model(self.rule)):
            return
        for start, end, word in found:
            message = render(self.rule.message, match=word)
            yield finding(self.rule, start, end, message)

    def _listed_with_loanwords(self, text: str, start: int, end: int) -> bool:
        """ "would stock rakı, cachaça and brennivín": an item of a list beside a word English
        has taken in with its foreign letters (a loanword the list knows: "cachaça", "phở") is
        one more named import, not a word translation skipped."""
        before = _LIST_ITEM_BEFORE.search(text, max(0, start - _LIST_REACH), start)
        after = _LIST_ITEM_AFTER.match(text, end)
        return any(
            match is not None and self._loanword(match.group("item")) for match in (before, after)
        )

    def _loanword(self, word: str) -> bool:
        return FOREIGN_LETTER.search(word) is not None and self.zipf(word) > 0

    def _quoted_in_its_language(self, text: str, start: int, end: int) -> bool:
        """A word in a quoted paragraph written in its own language ("“Cuirim fáilte róimh an
        deá-nuacht seo …" in an Irish minister's statement): the speaker's words, given so on
        purpose. Interface text a site left untranslated ("Publicerad för 1 dag sedan", "Se
        fler nyheter") is quoted by nobody."""
        low = max(0, start - QUOTED_REACH)
        line = text.rfind("\n", low, start)
        if line < 0 and low > 0:
            return False  # the paragraph opens out of reach
        if _OPENING_MARK.match(text, line + 1) is None:
            return False
        return in_other_language(text, start, end, english(), self.foreign_share)

    def _opens_a_clause(self, text: str, start: int, end: int) -> bool:
        """A capitalised word read as a foreign adverb or conjunction: it opens a sentence and an
        English clause follows at once ("Hoje I met", "Ontem the minister"). A name opening a
        sentence is followed by its verb or an apposition ("Público, the Lisbon daily, said")."""
        if not opens_sentence(text, start):
            return False
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return False
        return following.group(1) in _FIRST_PERSON or is_function_word(following.group(1))

    def _species_epithet(self, text: str, start: int, word: str) -> bool:
        """A species' Latin name is its genus, capitalised, and a lower-case epithet ("Manduca
        sexta", "M. sexta"): the epithet is Latin on purpose, whatever language shares it. The
        genus is a word neither English nor the other languages write much (a first name of the
        epithet's language, "Marta agora said", is no genus), or its initial once the page has
        named the species in full ("J. ainda refused" alone is a person's initial)."""
        if _LATIN_ENDING.search(word) is None:
            return False
        genus = _GENUS_BEFORE.search(text, max(0, start - _GENUS_REACH), start)
        if genus is None:
            return False
        name = genus.group("genus").lower()
        if len(name) == 1:  # "M. sexta" where the page has named the genus in full before
            initial = genus.group("genus")
            return any(
                binomial.group("initial", "epithet") == (initial, word)
                for binomial in _BINOMIAL.finditer(text, 0, start)
            )
        common = max([self.vocabulary.zipf(name), *self._other_zipfs(name)])
        return common < _GENUS_MAX_ZIPF

    def _other_zipfs(self, word: str) -> tuple[float, ...]:
        """The word's Zipf frequency in each of `languages`, their table loaded on first use."""
        if self._table is None:
            self._table = LanguageTable(self.languages)
        return self._table.zipfs(word)

    def _language(self, word: str, english: float, label: bool = False) -> str | None:
        """The language that explains `word` far better than English; a field label opening its
        line ("Pewarta:", "Fuente:") is the source site's interface text, and a word of another
        language's ordinary vocabulary there is enough (`LABEL_MIN_FOREIGN`)."""
        zipfs = self._other_zipfs(word)
        best = max(zipfs)
        least = min(self.min_foreign, LABEL_MIN_FOREIGN) if label else self.min_foreign
        if best < least or best - english < self.min_lead:
            return None
        return self.languages[zipfs.index(best)]


# The item next to a word in a list: "X, word", "X and word", "word, X", "word or X".
_LIST_ITEM_BEFORE = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<item>\p{L}+)(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)\Z"
)
_LIST_ITEM_AFTER = compile_pattern(
    r"(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)(?P<item>\p{L}+)(?![\p{L}\p{N}])"
)
_LIST_REACH = 40  # characters looked back for the item before
# A field label's colon, right after the word ("Fuente:", "Pewarta :").
_LABEL_COLON = compile_pattern(r"[ \t]?:")
# "pewarta" 3.2 in Indonesian, "redaktur" 3.1; English "editor" leans English.
LABEL_MIN_FOREIGN = 3.0
# A genus before its epithet, written out or as its initial ("Manduca sexta", "M. sexta"), and the
# endings of Latin epithets (feminine, masculine, neuter, genitive, participle).
_GENUS_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}])(?P<genus>\p{Lu}\p{Ll}+|\p{Lu}(?=\.))\.? \Z")
_GENUS_REACH = 40
_BINOMIAL = compile_pattern(r"(?<![\p{L}\p{N}])(?P<initial>\p{Lu})\p{Ll}+ (?P<epithet>\p{Ll}+)\b")
_GENUS_MAX_ZIPF = 3.0
_LATIN_ENDING = compile_pattern(r"(?:a|ae|i|us|um|is|es|ens|ans|ix|ex|ax)\Z")


def candidate_words(text: str, runs: Sequence[Run]) -> list[Run]:
    """The `_WORD` matches, read from the text's runs of letters and digits (`Document.runs`):
    a run of three letters or more (a run's neighbours are never letters or digits) with no
    apostrophe or hyphen before it, and no apostrophe, nor a hyphen and a space, after it.
    Each distinct token is judged once and only the runs next to a joiner are looked up: a
    megabyte holds ~200,000 runs of ~20,000 tokens, and a few thousand joiners."""
    tokens = list(map(itemgetter(2), runs))
    lettered = {token for token in set(tokens) if len(token) >= 3 and letters_only(token)}
    keep = bytearray(map(lettered.__contains__, tokens))
    starts = list(map(itemgetter(0), runs))
    for joiner in _JOINER.finditer(text):
        at = joiner.start()
        after = bisect_left(starts, at + 1)  # the run right after it, if it starts there
        if after < len(starts) and starts[after] == at + 1:
            keep[after] = 0
        if after and runs[after - 1][1] == at and not _free_after(text, at):
            keep[after - 1] = 0
    return list(compress(runs, keep))


def non_ascii(runs: Sequence[Run]) -> list[Run]:
    """The runs holding a character beyond ASCII, in order (each distinct token asked once)."""
    tokens = list(map(itemgetter(2), runs))
    beyond = {token for token in set(tokens) if not token.isascii()}
    return list(compress(runs, map(beyond.__contains__, tokens)))


def _field_label(text: str, start: int, end: int) -> bool:
    """Whether the word alone opens its line before a colon: a field's label ("Pewarta: …")."""
    if _LABEL_COLON.match(text, end) is None:
        return False
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1  # only the spaces before it are read: a one-line page is not rescanned
    return before == 0 or text[before - 1] == "\n"


def _free_after(text: str, end: int) -> bool:
    after = text[end]
    if after == "-":
        return _SPACE.match(text, end + 1) is None
    return after not in _JOINERS


def without_marks(word: str) -> str:
    """The word with its accents and diaereses taken off: an English word written with a mark
    ("reëlect", "coöperate", as some magazines print them) is English, not left untranslated."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence (its line, or a sentence end and its closing
    marks before it on its line), so its capital says nothing of a name. Read backwards from the
    word over spaces and marks only: the line before is never scanned, which on a page written
    as one long line made every capitalised word cost the whole line."""
    before = at
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] == "\n":
        return True
    while before > 0 and text[before - 1] in _CLOSING_MARKS:
        before -= 1
    return before > 0 and text[before - 1] in ".!?"


def compile(rule: Rule, vocabulary: Vocabulary) -> ForeignWordCheck:
    return ForeignWordCheck(rule, vocabulary)
