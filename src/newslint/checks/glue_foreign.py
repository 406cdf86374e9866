"""Whether a token that would split into two English words stands in a phrase of another language
("Berlioz's Les nuits d'ete", "the motto mens sana"): a title, a motto or a quoted phrase kept in
its own language is that language's words, not English words run together ("nuits" is no
"nu its"). Used by `lexicon`'s `glued` detector, asked only of a token it would report.

The evidence is wordfreq's lists of the other languages: the token is a common word there and
rare in English, and a word beside it is also that language's rather than English's. One
foreign-looking word alone is not enough (an English glue can spell a word of some language);
two side by side make a phrase of that language.
"""

from __future__ import annotations

from functools import cache, lru_cache

from newslint.checks.language import LanguageTable
from newslint.lexicon import zipf
from newslint.regex_store import compile_pattern

# Languages whose words English copy keeps in titles and phrases and that wordfreq lists well.
LANGUAGES = ("fr", "es", "it", "pt", "de", "nl")
# A common word of the language (about one in 30,000 words or more) ...
MIN_FOREIGN_ZIPF = 3.5
# ... clearly commoner there than in English (a word English shares, "dela", "amore", is not
# evidence: 1.5 on the Zipf scale is thirty times as frequent).
MIN_MARGIN = 1.5

# The whole word before (searched backwards: a bare "(\p{L}+)" there took only its first letter,
# "p" of "per"), less a possessive or elided ending ("Berlioz's" gives "Berlioz").
_WORD_BEFORE = compile_pattern(r"(?r)(?<!\p{L})(\p{L}+)(?:[’']\p{L}{1,2})?[ \t]+\Z")
_WORD_AFTER = compile_pattern(r"\A[ \t]+(?:\p{L}[’'])?(\p{L}+)")
REACH = 40  # characters read on either side for the neighbouring words


@lru_cache(maxsize=4096)
def _languages_of(word: str) -> frozenset[str]:
    """The languages in which `word` (lower case) is a common word clearly not English's."""
    english = zipf(word)
    return frozenset(
        lang
        for lang, z in zip(LANGUAGES, _foreign_table().zipfs(word), strict=True)
        if z >= MIN_FOREIGN_ZIPF and z >= english + MIN_MARGIN
    )


@cache
def _foreign_table() -> LanguageTable:
    """The six lists as one cached table: wordfreq's own lists cost 1.3 s of CPU to load, paid by
    a one-article check at its first glue; the table opens in milliseconds. It holds the short
    lists, which give every word at MIN_FOREIGN_ZIPF or above the value the full lists give."""
    return LanguageTable(LANGUAGES)


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The words right before and after the token on its line (an elided article is skipped:
    "d'ete" gives "ete")."""
    found = []
    before = _WORD_BEFORE.search(text, max(0, start - REACH), start)
    if before:
        found.append(before.group(1))
    after = _WORD_AFTER.search(text[end : end + REACH])
    if after:
        found.append(after.group(1))
    return found


def in_foreign_phrase(text: str, start: int, end: int) -> bool:
    """Whether the token at `start`:`end` and a word beside it are both common words of one other
    language (and not of English)."""
    own = _languages_of(text[start:end].lower())
    if not own:
        return False
    return any(own & _languages_of(word.lower()) for word in _neighbours(text, start, end))
