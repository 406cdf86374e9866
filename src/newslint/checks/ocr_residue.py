"""`ocr-residue`: traces of a printed page's layout and type, reported only in documents that look
scanned (the gate of `ocr-noise`, `newslint.signals.ocr_signal`). Keys:
- `detect`:
  - `drop-capital`: a paragraph's first word in capitals that lost its large initial letter, which
    the scanner read as a picture ("OTICE is hereby given", "MERICAN GIRL"): the word is rare and
    one letter in front makes a common word;
  - `title-misread`: a title misread before a name, learnt from the titles the page prints
    (`newslint.ocr_titles`: "Airs. Hibbert" beside "Mrs. Hibbert", "MIr. Sheil"), and "Mt."
    before a surname in a document that writes "Mr." ("Secretary Mt. Sherman"): the r/t
    confusion of worn type; before a place ("on Mt. Hood") it is a mountain;
  - `running-head`: three or more words in capitals right after a lower-case word, with no
    full stop between: a running head or another column's heading read into a sentence;
  - `digit-glued`: a common word with a page or footnote number glued to it ("Office4",
    "Section1", "CIA5"), where the line or the space before the number was lost;
  - `running-quote`: old print marks a quoted passage with a quotation mark at the start of every
    line; a scan that joins the lines leaves them inside the clause ("the Government " Gazette,
    declare the Close Season for any particular "Native Game"). A mark after a word, before a word,
    that no mark closes as a quotation (the next mark is not shaped as a closer) is one of them,
    when the document has at least `min_running_quotes` (default 3) of them;
  - `mark-on-word`: a speck or a misplaced mark stuck to a word where print never puts one: before
    it (" .apostle", "..are", "_There", "•Give", "those -which were"), or a full stop and a comma
    together after a word ("principal.,"; not "Jr.," or "&c.,", abbreviations);
  - `broken-figure`: a figure whose thousands separator the scan broke: a space or a line end after
    the comma ("$900, 000", "170,\n000") or a full stop for the comma before a counted noun
    ("23.000 teachers");
  - `short-fragment`: a two-letter lower-case token between lower-case words that is neither a
    function word nor a common word ("morning li the cathedral", "Features ol tie"): two letters
    are where a scanner's misreadings and a cut word's halves end up, and English has few
    two-letter words beyond its function words;
- `min_ocr_share`, `min_ocr_marks`: the gate, as for `ocr-noise`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise

import regex

from newslint.checks import Option, finding, render
from newslint.checks.scanned_text import SCANNED_GATE_OPTIONS, ScannedTextCheck, gives_way_in_pack
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, is_function_word
from newslint.necessary import Necessary
from newslint.ocr_gate import brand_spelling
from newslint.ocr_titles import misread_titles
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "detect": Option(
        (str,),
        required=True,
        choices=(
            "drop-capital",
            "title-misread",
            "digit-glued",
            "running-head",
            "running-quote",
            "mark-on-word",
            "short-fragment",
            "broken-figure",
        ),
    ),
    "min_running_quotes": Option((int,), default=3),
    **SCANNED_GATE_OPTIONS,
}

# A word in capitals. A drop capital opens a notice, so at a line's or a sentence's start
# (`opening`) a rarer-than-common word is enough.
# Elsewhere (a column's notice read into another's text: "HOPETOUN, OTICE is hereby given") the
# word must be one no list has and of four letters or more, which acronyms seldom are.
_CAPITALS_WORD = compile_pattern(
    r"(?P<opening>(?:^|(?<=\n)|(?<=[.!?] ))[“\"']?)?(?<![\p{L}\d])(?P<word>\p{Lu}{3,})(?![\p{L}\d])"
)
DROP_MAX_ZIPF_INSIDE = 2.0
DROP_MIN_LETTERS_INSIDE = 4
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The word left is rare (a capitals word that is common, "EAST", "RAIN", is the word written) and
# the word with its initial back is common and much commoner.
DROP_MAX_ZIPF = 4.0
DROP_TARGET_ZIPF = 4.0
DROP_GAP = 1.5
# "Mt." after a name, title or a comma of a list of people, before a capitalised surname.
_MOUNT_FOR_MISTER = compile_pattern(r"(?<=\p{Lu}\p{Ll}+,? |, )Mt\.(?= \p{Lu}\p{Ll})")
MIN_MISTERS = 2
# Words of two capitals or more; starts where it can fail fast: two capitals, then the lower-case
# word before them.
_CAPITALS_IN_SENTENCE = compile_pattern(
    r"(?=\p{Lu}{2})(?<=\p{Ll}[,;]? )(?=[\p{Lu}'’.,&\- ]{16})"
    r"(?:\p{Lu}[\p{Lu}'’&\-]*\p{Lu}[.,]* +){2,}\p{Lu}[\p{Lu}'’&\-]*\p{Lu}[.,]*"
)
_WORD_AND_DIGITS = compile_pattern(
    r"(?<![\p{L}\d.-])(?P<word>\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})\d{1,2}(?![\p{L}\d])"
)
# Common enough that a number glued to it is no name or code ("Office4", not "Ar15", "Mi6").
DIGIT_GLUED_MIN_ZIPF = 4.0


class OcrResidueCheck(ScannedTextCheck):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)

    def necessary(self) -> Necessary | None:
        """What each detector's findings are made from (`run`): matches of its patterns, or for
        running quotes the quotation marks. Title misreadings and short fragments are left
        ungated (their candidates are on nearly every page)."""
        matches = _FOUND_BY.get(self.detect)
        if matches is not None:
            return Necessary(matches=matches)
        if self.detect == "running-quote":
            return Necessary(characters=_QUOTE_CHARACTERS)
        return None

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.looks_scanned(text):
            return
        if self.detect == "drop-capital":
            found = self._drop_capitals(text)
        elif self.detect == "title-misread":
            found = self._misread_titles(text)
        elif self.detect == "running-head":
            found = ((m.start(), m.end(), "") for m in _CAPITALS_IN_SENTENCE.finditer(text))
        elif self.detect == "running-quote":
            marks = running_quotes(text)
            enough = len(marks) >= int(self.rule.option("min_running_quotes"))
            found = ((at, at + 1, "") for at in marks) if enough else iter(())
        elif self.detect == "short-fragment":
            found = self._short_fragments(text)
        elif self.detect == "broken-figure":
            found = broken_figures(text)
        elif self.detect == "mark-on-word":
            found = (
                (m.start(), m.end(), "")
                for m in _MARK_ON_WORD.finditer(text)
                if not self._brand_prefix(m)
            )
        else:
            found = self._digits_glued(text)
        for start, end, fix in found:
            message = render(self.rule.message, match=text[start:end], fix=fix)
            yield finding(self.rule, start, end, message, suggestions=[fix] if fix else [])

    def _brand_prefix(self, match: regex.Match[str]) -> bool:
        """ "iPhone", "eBay": a brand's lower-case letter, no speck (`ocr_gate.brand_spelling`)."""
        speck, word = match.group("speck", "word")
        return bool(speck) and speck.islower() and brand_spelling(speck, word, self.zipf)

    def _drop_capitals(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in _CAPITALS_WORD.finditer(text):
            word = match.group("word")
            rarity = self.zipf(word)
            opening = match.group("opening") is not None
            if rarity > (DROP_MAX_ZIPF if opening else DROP_MAX_ZIPF_INSIDE) or (
                not opening and len(word) < DROP_MIN_LETTERS_INSIDE
            ):
                continue
            value, whole = max((self.zipf(letter + word), letter + word) for letter in _LETTERS)
            if value >= max(DROP_TARGET_ZIPF, rarity + DROP_GAP) and not _initial_apart(
                text, match.start("word"), whole[0]
            ):
                yield match.start("word"), match.end("word"), whole

    def _misread_titles(self, text: str) -> Iterator[tuple[int, int, str]]:
        found = {start: (start, end, fix) for start, end, fix in misread_titles(text, self.zipf)}
        if text.count("Mr.") >= MIN_MISTERS:
            for match in _MOUNT_FOR_MISTER.finditer(text):
                found.setdefault(match.start(), (match.start(), match.end(), "Mr."))
        yield from found.values()

    def _short_fragments(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in _TWO_LETTERS_BETWEEN_WORDS.finditer(text):
            word = match.group()
            if len(word) == 1 or _SMALL_ROMAN_NUMERAL.fullmatch(word):
                if not self._labels_a_noun(text, match.start(), match.end()):
                    yield match.start(), match.end(), ""
                continue
            if is_function_word(word) or word in _ARCHAIC_FUNCTION_WORDS:
                continue
            if self.zipf(word) < FRAGMENT_MAX_ZIPF and not self._after_per(text, match.start()):
                yield match.start(), match.end(), ""

    def _labels_a_noun(self, text: str, start: int, end: int) -> bool:
        """Whether a lone capital or a small Roman numeral names or numbers the common noun before
        it ("vitamin C", "plan B", "chapter xi"), told by the tagger in its clause; a misreading
        follows any word ("the following C details", "the front vi garden")."""
        from newslint.vale.tagger import treebank_words

        left = text[max(0, start - LABEL_CONTEXT) : start].split("\n")[-1]
        right = text[end : end + LABEL_CONTEXT].split("\n")[0]
        before = treebank_words(left) if left.strip() else []
        if not before:
            return False
        if len(before[-1]) < MIN_NOUN_LETTERS or not before[-1].isalpha():
            return False  # a speck or a letter before ("V c D t;") is the scan's noise too
        tagged = part_of_speech_tagger().tag([*before, text[start:end], *treebank_words(right)[:2]])
        return tagged[len(before) - 1][1] == "NN"

    @staticmethod
    def _after_per(text: str, at: int) -> bool:
        return _RATE.search(text, max(0, at - 8), at) is not None

    def _digits_glued(self, text: str) -> Iterator[tuple[int, int, str]]:
        matches = list(_WORD_AND_DIGITS.finditer(text))
        # A note's or a page's number glued to a word is a different number each time; a token the
        # page writes twice the same is a name ("France24", a channel, quoted as its source).
        written = Counter(match.group() for match in matches)
        for match in matches:
            word = match.group("word")
            if written[match.group()] == 1 and self.zipf(word) >= DIGIT_GLUED_MIN_ZIPF:
                yield match.start(), match.end(), f"{word} {match.group()[len(word) :]}"


# Two lower-case letters alone between lower-case words ("de la", "et al" follow a capital).
# A capital letter alone between lower-case words is no initial (an initial has its full stop or
# a name after it) and, but for "A" and "I", no word: "the following C details".
_TWO_LETTERS_BETWEEN_WORDS = compile_pattern(
    r"(?<=(?<![\p{L}'’-])\p{Ll}+[ \t]+)(?:\p{Ll}{2}|[B-HJ-Z])(?=[ \t]+\p{Ll}+(?![\p{L}'’-]))"
)
# Roman numerals up to 39, as chapters, sections and parts are numbered ("li", 51, is far more
# often a misread "in").
_SMALL_ROMAN_NUMERAL = compile_pattern(r"x{0,3}(?:ix|iv|v?i{0,3})")
MIN_NOUN_LETTERS = 3
LABEL_CONTEXT = 60  # characters of the clause read on each side to tag the word before
# Commoner two-letter words are English ("up", "my", "ok", "tv", "ad", "ex", "ft", "km").
FRAGMENT_MAX_ZIPF = 4.3
# The old print these rules read quotes scripture and sermons: "ye" is a pronoun there.
_ARCHAIC_FUNCTION_WORDS = frozenset({"ye"})
# A rate names its unit, abbreviated in market reports ("25 cents per lb", "per bu", "per yd").
_RATE = compile_pattern(r"(?<!\p{L})per[ \t]+$")
# Marks stuck to a word where print puts none. Before a word after a space: a full stop or two,
# an underscore, a bullet, a tilde (not an ellipsis, and not "'em" or "(a)"). After a word of four
# lower-case letters or more (an abbreviation, "Jr.,", "&c.,", is shorter): a full stop and a
# comma together. An asterisk after a word is left alone: print uses it for footnotes.
_MARK_ON_WORD = compile_pattern(
    r"(?<=\s)(?:\.{1,2}|[_•~])(?=\p{Ll}{2}|\p{Lu}\p{Ll})|(?<=\p{Ll}{4})(?:\.,|,\.)(?=\s)"
    # a hyphen glued to the front of a word inside a line, after a word or a comma: a speck or a
    # dash that lost its space ("those -which were", "and -watch,"); a list's hyphen opens a line
    r"|(?<=[\p{L},;][ \t]+)-(?=\p{Ll}{2}|\p{Lu}\p{Ll})"
    # a speck read as a letter, a digit or an asterisk, glued to a capitalised word: "kThey"
    r"|(?<![^\s\"“(])(?P<speck>[\p{Ll}\d*])(?=(?P<word>\p{Lu}\p{Ll}{2,})(?![\p{L}\d]))"
)
# A quotation mark, and what stands on either side of it (spaces skipped, line ends included).
_QUOTE_MARK = compile_pattern(r'["“”]')
_WORD_BEFORE = compile_pattern(r"\p{L}[,;]?\s*$")
_WORD_AFTER = compile_pattern(r"\s*\p{L}")


def running_quotes(text: str) -> list[int]:
    """Offsets of the quotation marks that stand inside a clause without quoting anything.

    Marks are paired as a typist pairs them: an opener (nothing or a space before, a character
    after) with the next mark when that one is a closer (a character before, a space, punctuation
    or the end after). Every other mark with a word before and a word after is a running quote."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    paired: set[int] = set()
    for at, following in pairwise(marks):
        if at not in paired and _opens(text, at) and _closes(text, following):
            paired.update((at, following))
    return [
        at
        for at in marks
        if at not in paired
        and _WORD_BEFORE.search(text, max(0, at - 40), at)
        and _WORD_AFTER.match(text, at + 1)
    ]


# A comma-grouped figure cut after a comma: money, a figure already grouped ("1,200, 000"), or a
# round thousand ("170,\n000"); a list of small numbers ("Nos. 105, 172") is none of these.
_CUT_FIGURE = compile_pattern(
    r"(?<![\d.,])(?P<left>[$£]\d{1,3}(?:,\d{3})*|\d{1,3}(?:,\d{3})+|\d{1,3}(?=,\s+000(?!\d)))"
    r",(?P<gap>[ \t]*\n?[ \t]*)(?P<right>\d{3})(?![\d,.]\d|\d)"
)
# A full stop for the thousands comma before a counted noun ("23.000 teachers"): print gives no
# measure with two trailing zeros in its decimals ("2.125 inches" is a measure).
_STOP_FIGURE = compile_pattern(
    r"(?<![\d.,$£])(?P<left>\d{1,3})\.(?P<right>\d00)(?![\d.,])(?= \p{Ll}{3,})"
)


# Each detector whose every finding is a match of one of these patterns (`run`).
_FOUND_BY: dict[str, tuple[regex.Pattern[str], ...]] = {
    "drop-capital": (_CAPITALS_WORD,),
    "running-head": (_CAPITALS_IN_SENTENCE,),
    "mark-on-word": (_MARK_ON_WORD,),
    "digit-glued": (_WORD_AND_DIGITS,),
    "broken-figure": (_CUT_FIGURE, _STOP_FIGURE),
}
# Every running quote is a `_QUOTE_MARK` match.
_QUOTE_CHARACTERS = Needs('"“”')


def broken_figures(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _CUT_FIGURE.finditer(text):
        if match.group("gap"):
            yield match.start(), match.end(), f"{match.group('left')},{match.group('right')}"
    for match in _STOP_FIGURE.finditer(text):
        yield match.start(), match.end(), f"{match.group('left')},{match.group('right')}"


def _opens(text: str, at: int) -> bool:
    return (at == 0 or text[at - 1].isspace() or text[at - 1] in "([") and (
        at + 1 < len(text) and not text[at + 1].isspace()
    )


def _closes(text: str, at: int) -> bool:
    return (
        at > 0
        and not text[at - 1].isspace()
        and (at + 1 == len(text) or not text[at + 1].isalnum())
    )


def _initial_apart(text: str, start: int, initial: str) -> bool:
    """ "A CCORDING": the drop capital was read, a space apart, so the word is one cut by a space
    (`ocr.cut-word`'s), and putting the capital back would print it twice."""
    before = text[max(0, start - 3) : start]
    return before[-2:] == initial + " " and (len(before) < 3 or not before[0].isalnum())


class ShortFragmentCheck(OcrResidueCheck):
    """A two-letter token no word is one token's OCR finding: it gives way to a rule that
    names the word it was ("oi" is misread-word's "of"), listed before it in the pack."""

    defers = True
    defers_in_pack = True

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        return gives_way_in_pack(inside)


def compile(rule: Rule, vocabulary: Vocabulary) -> OcrResidueCheck:
    if rule.option("detect") == "short-fragment":
        return ShortFragmentCheck(rule, vocabulary)
    return OcrResidueCheck(rule, vocabulary)
