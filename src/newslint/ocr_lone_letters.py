"""A lone lower-case letter between two lower-case words, on any page: "took l her home",
"gave birth to w a child", "would t have the completion"; and one opening a line or a sentence
before a capitalised word, or one after a title's full stop ("t She was detained", "d Upon farther
inquiries", "Mrs. t Hibbert").

A scanner reads a speck in the margin or between words as a letter. On a page that looks scanned
`ocr.lone-mark` reports any lone letter; this is the narrow shape that is evidence alone, where
the OCR gate stays shut (an excerpt of an archive, a line quoted from one). Typed English writes
no lower-case letter as a word but "a" (and "i" in casual copy): of BLN600's OCR lines, the shape
stands on 78 places in lines with errors and on none in lines without; the clean corpus, CWEB's
web sentences and the real dev half's pages that are not scans hold it once, a genuine slip
("compatible with t essential military"). What else writes it is left alone:
- a lost apostrophe: "s" (a possessive, "the council s plan"), and a letter that an apostrophe
  joins to its neighbour into a word ("don t", "they d", "o clock");
- a lost hyphen or a cut word: the letter and a neighbour, run together, are a common English
  word ("e mail", "th e"). A compound English hyphenates but never closes up is not known so
  (wordfreq reads "x-ray" as its parts, the dictionary lists no hyphened word): "an x ray",
  "an e bike", "a t shirt" are reported, lost hyphens rather than specks;
- another language's text: a sentence largely in another language ("y", "e", "o" are its words),
  a quotation in one, or the letter beside a word of the language it is a word of ("fede e
  lavoro");
- "u" and "i", casual copy's "you" and "I";
- a letter that names a thing, after a noun that takes one ("vitamin d", "plan b", "hepatitis
  c") or before a noun a letter names a kind of ("helper t cells", "the f word", "in c minor"):
  the letter's capital lost, not a speck.

Before a capitalised word, a line opens with a capital, never with a lower-case letter alone, and
a title is followed by its name: there the letter is a speck in the margin or a column's edge read
into the line ("t She was detained"), or one between a title and its name ("Mr. n Coward"). Of
BLN600's OCR lines the shape stands on 9 places, all in lines with errors; the clean corpus, CWEB's web sentences and the real dev half's
pages hold it nowhere. Left alone: "v" before a capitalised word (a fixture list's "v Chelsea"),
"u" (casual copy's "you"), and a letter the capitalised word's lower-case form joins into a
common word ("t He": "the", a word cut after its first letter).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import regex

from newslint.cased_lexicon import CasedLexicon
from newslint.checks.glue_foreign import in_foreign_phrase
from newslint.foreign_quotes import foreign_quotations, inside
from newslint.other_language import in_other_language
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# A lower-case word, a space, one lower-case letter, a space, a lower-case word: on one line, the
# words of letters only (a word cut at a hyphen or an apostrophe is another shape).
_LONE = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?P<before>\p{Ll}{2,})[ \t](?P<letter>[b-hj-rt-z])"
    r"(?=[ \t](?P<after>\p{Ll}{2,})(?![\p{L}\p{N}'’-]))"
)
# A lone lower-case letter opening a line, or after a title's full stop ("Mrs. t Hibbert": a
# capitalised abbreviation of three letters at most), before a capitalised word of letters. After
# a sentence's end `structure.lowercase-sentence-start` reports it.
_OPENING = compile_pattern(
    r"(?m)(?:^|(?<=(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{0,2}\.[ \t]))(?P<letter>[b-hj-rtw-z])"
    r"(?=[ \t](?P<after>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]))"
)
# Where `_LONE` can match: a letter it asks about between spaces or tabs, rare in any copy. Its
# search tries every lower-case word as the word before (0.08 s of a megabyte of clean copy for
# three matches); tried only at the lower-case run before each such letter (the one place a
# match with it can start), it finds the same matches (0.015 s).
_LETTER = compile_pattern(r"[ \t][b-hj-rt-z](?=[ \t])")
_RUN_BEFORE = compile_pattern(r"\p{Ll}{2,}", regex.REVERSE)
NOT_SPECKS = frozenset("u")  # casual copy's "you"
# The letters the pattern asks about, as one-letter words (a page without one is not searched).
LONE_LETTERS = frozenset("bcdefghjklmnopqrtvwxyz")
# Nouns a letter names a kind or a part of ("vitamin D", "plan B", "type 2"): after one, a
# lower-case letter is a name that lost its capital.
LABEL_NOUNS = frozenset(
    "vitamin vitamins hepatitis plan type types grade class group section part option category"
    " exhibit appendix schedule annex article generation point row column size block gate"
    " terminal wing ward level tier phase stage division league series model version channel"
    " line route zone area unit platform letter brand team pool round box".split()
)
# Nouns a letter before names a kind of ("helper t cells", "the f word", "a b movie") or music
# writes after a key's letter ("in c minor", "e flat"): before one, the letter is a name that
# lost its capital, not a speck.
LABELLED_NOUNS = frozenset(
    "cell cells word words movie movies chromosome chromosomes bomb list lister road roads"
    " major minor flat sharp".split()
)
# A sentence this much of whose lower-case words en_US does not license is another language's
# (the share `ocr.character-confusion` and `foreign-word` use).
FOREIGN_SHARE = 0.34
# A letter joined to a neighbour, with an apostrophe, a hyphen or nothing, into a word this
# common is a lost apostrophe ("don t"), a lost hyphen ("e mail") or a cut word ("th e"): another
# rule's damage.
JOINED_ZIPF = 3.0


def lone_letters(text: str, zipf: Zipf, lexicon: CasedLexicon) -> Iterator[tuple[int, int]]:
    """Spans of lone lower-case letters between lower-case words that no writer types."""
    quoted: list[tuple[int, int]] | None = None
    for match in _lone_matches(text):
        letter, before, after = match.group("letter", "before", "after")
        if letter in NOT_SPECKS or before in LABEL_NOUNS or after in LABELLED_NOUNS:
            continue
        if _joins(before, letter, after, zipf):
            continue
        start, end = match.span("letter")
        if quoted is None:
            quoted = foreign_quotations(text, zipf)
        if inside(quoted, start) or in_foreign_phrase(text, start, end):
            continue  # "fede e lavoro": the letter and a neighbour are one language's words
        if in_other_language(text, start, end, lexicon, FOREIGN_SHARE):
            continue
        yield start, end


def opening_letters(text: str, zipf: Zipf, lexicon: CasedLexicon) -> Iterator[tuple[int, int]]:
    """Spans of lone lower-case letters opening a line, or after a title's full stop, before a
    capitalised word ("t She was detained", "Mrs. t Hibbert"), outside another language's text."""
    quoted: list[tuple[int, int]] | None = None
    for match in _OPENING.finditer(text):
        letter, after = match.group("letter", "after")
        if zipf(letter + after.lower()) >= JOINED_ZIPF:
            continue  # "t He": a word cut after its first letter, the hyphen-break's or cut-word's
        start, end = match.span("letter")
        if quoted is None:
            quoted = foreign_quotations(text, zipf)
        if inside(quoted, start) or in_other_language(text, start, end, lexicon, FOREIGN_SHARE):
            continue
        yield start, end


def _lone_matches(text: str) -> Iterator[Any]:
    """`_LONE.finditer(text)`'s matches. A match's word before is the whole run of lower-case
    letters before its letter (the look-behind refuses a letter before it), and matches end at
    their letter, so each letter has at most one, and none overlaps another's word before."""
    for hit in _LETTER.finditer(text):
        run = _RUN_BEFORE.match(text, 0, hit.start())  # backwards from the space
        if run is not None and (match := _LONE.match(text, run.start())) is not None:
            yield match


def _joins(before: str, letter: str, after: str, zipf: Zipf) -> bool:
    """Whether the letter belongs to a neighbour: an apostrophe or a hyphen lost between them
    ("don t", "they d", "o clock", "e mail" beside "email") or a space cutting one word ("th e",
    "e ach")."""
    # (not the hyphened form: wordfreq reads "l-her" as its two words, "her" deciding)
    joined = (f"{before}'{letter}", f"{letter}'{after}", before + letter, letter + after)
    return any(zipf(word) >= JOINED_ZIPF for word in joined)
