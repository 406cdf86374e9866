"""Whether a capitalised word no English list has is a name another European language writes.

Archive pages print the names of their towns' people and places, and many came from elsewhere
("Pastorino", "Lochem", "Ferjani"): no English list has them, so a scanned page's word checks took
them for misreadings. The lists of the languages English copy borrows most from (wordfreq's
French, Spanish, Italian, Portuguese, German and Dutch) do have them, as names or words. A
scanner's misreading of an English word or name seldom lands on such a spelling, and where it
does ("Ratzen" for "Rutzen") it stays one letter from the word it misread; a misread English word
one letter from a common one ("Govermnent") is not spared.

Measured on the capitalised words `ocr.non-word` reported (BLN600's training articles against
their transcription; the clean corpus and the real dev half's clean pages with the OCR gate forced
open): 22 names spared (11 of BLN600's 171, 11 of the clean pages' 74) for 3 of BLN600's 2,893
misreadings ("Ratzen", and two German place names the transcription spells otherwise), none of
the real dev half's 47 labelled misread capitals.
"""

from __future__ import annotations

from functools import cache

from newslint.checks.glue_foreign import LANGUAGES
from newslint.checks.language import LanguageTable
from newslint.ocr_damage import Zipf
from newslint.page_names import one_letter_from_common
from newslint.regex_store import compile_pattern

# Rarer than this in all six lists, a spelling is as likely a misreading one of them happens to
# hold (the large lists keep words down to about Zipf 1).
MIN_FOREIGN_ZIPF = 1.5
# A capital and four lower-case letters or more: shorter spellings land on some list's word by
# chance ("Tbe", "Ihis").
_NAME_SHAPE = compile_pattern(r"[A-Z][a-z]{4,}")


def foreign_name(word: str, zipf: Zipf) -> bool:
    """Whether `word` (capitalised, in no English list) is written by another language's list
    and is no one-letter slip of a common English word."""
    if not _NAME_SHAPE.fullmatch(word):
        return False
    lower = word.lower()
    (highest,) = _foreign_names().zipfs(lower)
    return highest >= MIN_FOREIGN_ZIPF and not one_letter_from_common(lower, zipf)


@cache
def _foreign_names() -> LanguageTable:
    """The highest Zipf the six large lists give a word: a cached table that opens in
    milliseconds (the lists themselves cost seconds of CPU to load)."""
    return LanguageTable(LANGUAGES, wordlist="best", floor=MIN_FOREIGN_ZIPF, highest=True)
