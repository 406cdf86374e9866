"""A capitalised token a scanned page repeats, one letter from an everyday word ("Counail").

`ocr.non-word` takes a capitalised token no list has as a misreading unless the page shows it is
a name, and a token the page repeats is taken for one: a name recurs. A worn letter misreads the
same way each time, though ("the Counail met ... in the Counail Chambers ... of Counail"), and
the glyph-confusion test (`misreadings.capital_glyph_misread`) already takes such a token when
one confusion of glyph shapes explains it. Here any one changed letter may, where the token is
long enough that a name seldom lies one letter from an everyday word that is no name by chance,
and where the page never writes it as a name is written: after a title, an initial or a given
name ("Mr. J. Cheal", "Alderman Cheal", "Mary Cheal").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from newslint import cased_lexicon
from newslint.lexicon import is_function_word
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# An everyday word: `misreadings.CAPITAL_GLYPH_ZIPF`, the floor of a glyph confusion's target.
EVERYDAY_ZIPF = 4.0
# Of the scanned pages of the open labelled sets (real fit, lab53 dev, lab54), "Counail" (three
# times, Council) is taken; "Encs" (seven times, an abbreviation, beside "ends") is too short.
MIN_LETTERS = 6
_TITLE_WORD = compile_pattern(r"\p{Lu}\p{Ll}+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A capitalised word after another capitalised word (with its full stop, if any: "Mr.", "Asst.")
# or after an initial ("J."); the first is read as a title or a given name unless it is a
# function word ("The", "Of").
_AFTER_CAPITAL = compile_pattern(
    r"(?<![\p{L}\p{N}'’])(?P<before>\p{Lu}\p{L}*)\.?[ \t]+(?P<word>\p{Lu}\p{Ll}+)(?![\p{L}'’])"
)


def named_words(text: str) -> frozenset[str]:
    """The capitalised words `text` writes where a name stands: after a title, an initial or a
    given name (any capitalised word but a function word)."""
    return frozenset(
        m.group("word")
        for m in _AFTER_CAPITAL.finditer(text, overlapped=True)
        if not is_function_word(m.group("before"))
    )


def repeated_misreads(
    text: str, counts: Counter[str], zipf: Zipf, lexicon: cased_lexicon.CasedLexicon
) -> set[str]:
    """The capitalised tokens `text` repeats (`counts`: its tokens') that are misreadings of an
    everyday word (`repeated_misread`) and that it never writes where a name stands."""
    found = {
        word
        for word, repeats in counts.items()
        if repeats > 1 and repeated_misread(word, zipf, lexicon) is not None
    }
    return found - named_words(text) if found else found


def repeated_misread(word: str, zipf: Zipf, lexicon: cased_lexicon.CasedLexicon) -> str | None:
    """The everyday lower-case word a capitalised `word` no list or dictionary has, of
    `MIN_LETTERS` or more, is one changed letter from, if any: the commonest."""
    if len(word) < MIN_LETTERS or not word.isascii() or not _TITLE_WORD.fullmatch(word):
        return None
    lower = word.lower()
    if zipf(lower) > 0 or lexicon.has(lower):
        return None
    everyday = [
        (value, candidate)
        for candidate in _one_letter_changed(lower)
        if (value := zipf(candidate)) >= EVERYDAY_ZIPF and lexicon.only_lower_case(candidate)
    ]
    return max(everyday)[1] if everyday else None


def _one_letter_changed(word: str) -> Iterator[str]:
    """Every word one letter substituted: a misread glyph keeps the word's length."""
    for at, letter in enumerate(word):
        head, tail = word[:at], word[at + 1 :]
        yield from (head + other + tail for other in _LETTERS if other != letter)
