"""Second spellings a page means: a name the text itself glosses as another way of writing it
("Lukashenka, as Belarusian opposition media write it", "Kyiv (also spelled Kiev)"), and a
country's or famous name's own-language form inside the title of something foreign ("the
newspaper Egemen Qazaqstan" on a page about Kazakhstan). `name-variants` compares neither.
"""

from __future__ import annotations

import regex

from newslint.name_contexts import COURTESY_TITLES, WORD_BEFORE
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern

# A gloss after the spelling: "…, as some agencies spell it", "(as Belarusians write his name)",
# "…, also spelled …", "…, or …, as transliterated", "… (aka …)".
_GLOSS_AFTER = compile_pattern(
    r"\A[\s,(]*(?:"
    r"as\b[^.;:()\n]{0,50}?\b(?:spells?|spelt|spelled|writes?|wrote|written|"
    r"transliterates?|transliterated|renders?|rendered|romani[sz]es?|romani[sz]ed|calls?)"
    r"\s+(?:it|him|her|them|his\s+name|her\s+name|their\s+name|the\s+name)\b"
    r"|(?:also|or|sometimes|often|formerly|otherwise|elsewhere)\s+(?:spelled|spelt|written|"
    r"transliterated|rendered|romani[sz]ed|known\s+as)\b"
    r"|(?:aka|a\.k\.a\.)(?!\p{L})"
    r")",
    regex.IGNORECASE,
)
# A gloss before the spelling: "(also spelled Kiev)", "known as Zelenskiy", "aka Vova".
_GLOSS_BEFORE = compile_pattern(
    r"\b(?:spelled|spelt|written|transliterated|rendered|romani[sz]ed|known\s+as|called|"
    r"aka|a\.k\.a\.)\s*[\"“‘']?\Z",
    regex.IGNORECASE,
)
GLOSS_REACH = 80  # characters of the clause after a spelling read for its gloss
BEFORE_REACH = 30

FOREIGN_WORD_ZIPF = 2.0  # a word English hardly writes ("Egemen")
FAMOUS_ZIPF = 3.5  # a name English writes often ("Kazakhstan")


def glossed(text: str, start: int, end: int) -> bool:
    """Whether the spelling at `start:end` is presented as another way of writing a name."""
    if _GLOSS_AFTER.match(text[end : end + GLOSS_REACH]):
        return True
    return _GLOSS_BEFORE.search(text[max(0, start - BEFORE_REACH) : start]) is not None


def in_foreign_title(text: str, starts: list[int], other: str, zipf: Zipf) -> bool:
    """Whether a spelling is written only inside a foreign title, its other form a name English
    writes often: each mention comes right after a capitalised word English hardly writes
    ("Egemen Qazaqstan", a Kazakh newspaper, beside "Kazakhstan"). A famous name's respelling
    after a given name ("Rahul Gandi") follows a word English knows."""
    if zipf(other) < FAMOUS_ZIPF:
        return False
    for start in starts:
        before = WORD_BEFORE.search(text[max(0, start - 40) : start])
        if before is None:
            return False
        word = before.group(1)
        if word in COURTESY_TITLES or zipf(word) >= FOREIGN_WORD_ZIPF:
            return False
    return True
