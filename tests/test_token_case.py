"""The case-class helpers of `newslint.tokens` answer what the regexes they stand for answer."""

from __future__ import annotations

import itertools
import sys

import regex

from newslint.tokens import is_capital_run, is_lower_run, is_plain_ascii_word

LOWER = regex.compile(r"\p{Ll}+")
CAPITAL = regex.compile(r"\p{Lu}\p{Ll}+")
PLAIN = regex.compile(r"[A-Z]?[a-z]+")

SAMPLES = [
    "", "a", "A", "ab", "Ab", "AB", "aB", "abc1", "Abc1", "1abc", "don't", "U.S", "e.g", "COVID",
    "Zelensky", "zelensky", "ß", "Ærø", "æsir", "Éric", "ÉRIC", "ǅungla", "ǆ", "İstanbul",
    "ﬁnance", "Kyiv", "kyiv’s", "a-b", "ab ", " ab", "Ab\n", "ʰa", "aʰ", "Ⅻ", "ⅻ", "Ωmega", "ωmega",
]  # fmt: skip


def _strings() -> list[str]:
    """Every code point alone, and every pair and triple of a varied handful."""
    alphabet = "aZ1-'’ßÉéǅʰⅫ "
    singles = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    combos = ["".join(p) for n in (2, 3) for p in itertools.product(alphabet, repeat=n)]
    return SAMPLES + singles + combos


def test_helpers_agree_with_their_patterns() -> None:
    for token in _strings():
        assert is_lower_run(token) == bool(LOWER.fullmatch(token)), repr(token)
        assert is_capital_run(token) == bool(CAPITAL.fullmatch(token)), repr(token)
        assert is_plain_ascii_word(token) == bool(PLAIN.fullmatch(token)), repr(token)


def test_a_word_beside_capitals_is_read_on_its_line() -> None:
    # One reading for case-variety's acronyms and OCR's worn capitals (issue 14): the word
    # before or after, one to three marks away, on the same line, in capitals.
    from newslint.tokens import beside_capitals

    assert beside_capitals("THE CIEhLD", 4, 10)
    assert beside_capitals("a COVID — NATO line", 2, 7)
    assert beside_capitals("said NATO, COVID rules", 11, 16)
    assert not beside_capitals("THE\nCIEhLD", 4, 10)  # a headline's last word above it
    assert not beside_capitals("the Nato said COVID rules", 14, 19)
    assert not beside_capitals("NATO's COVID rules", 7, 12)  # a possessive is a word apart
    assert not beside_capitals("US-based COVID tests", 9, 14)
