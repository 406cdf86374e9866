"""Names English has never seen, compared more loosely: one foreign name garbled two ways.

Machine translation transliterates a foreign name afresh at each mention, and the spellings it
makes can differ by more than the one letter `name_variants` allows ("Zemman"/"Zemren",
"Petrshiek"/"Petrshcheki"), or in the first letter ("Kansberg"/"Dansberg"). Between names
English knows, that much difference means two people ("Dhakal", "Dhamala"); between two names
wordfreq has never seen (Zipf 0), both long, it is far likelier one garbled name: on 570,000
words of scraped professional news no such pair was two people, while the machine-translated
pages held several. Two such names count as one when they keep the first letter and the
consonants (voiced and voiceless alike, vowels dropped: `full_names`' test for full names), or
keep the first three letters and differ by at most two edits, or differ only in the first letter
(names of seven letters or more). Consonants alone decide only when there are four or more of
them: "Secunia" and "Sokhonn" share s-k-n and are a company and a person.

A name written only as a given name (always followed by another name word: "Yermek
Marzhykpayev") is not compared loosely: a person is named again by the surname, so two given
names alike belong to two people ("Yermek", "Yenbek"), and a given name garbled beside its
surname is `full_names`' to find.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations

from newslint.checks.full_names import consonants, gendered_pair
from newslint.lexicon import LONGEST_WORD, is_function_word
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern

UNKNOWN_ZIPF = 1.0  # wordfreq's lists start at Zipf 1: below it, a word never seen
MIN_LENGTH = 6
# A first letter may differ only in a name this long: shorter ones share too much by chance.
MIN_FIRST_LETTER_LENGTH = 7
MAX_EDITS = 2
SHARED_START = 3  # letters two spellings within `MAX_EDITS` keep at the start
MIN_CONSONANTS = 4
# A group of unknown names sharing a key larger than this is a list, not one name respelled: it
# is left alone rather than compared pair by pair.
MAX_GROUP = 12
# An article names a few dozen people and places English does not know; a text with hundreds is
# a directory, a word list or another script's romanised stream, where likeness proves nothing.
MAX_UNKNOWN = 300

# The case endings Russian and Czech add to a surname ending in a consonant (genitive, dative,
# instrumental), and the endings whose "-a" form is the feminine surname instead.
CASE_ENDINGS = ("a", "u", "om", "em")
FEMININE_BASES = ("ov", "ev", "in", "yn")
_VOWELS = frozenset("aeiouy")

_NEXT_NAME = compile_pattern(r"\A (\p{Lu}\p{Ll}+)")


def garbled_pairs(surnames: list[str]) -> Iterator[tuple[str, str]]:
    """Pairs of `surnames` (`unknown_surnames`: names English has never seen) that are one name
    garbled two ways."""
    for a, b in _candidates(surnames):
        if garbled_alike(a.casefold(), b.casefold()):
            yield a, b


def case_form_pairs(unknown: list[str]) -> Iterator[tuple[str, str]]:
    """(name, name with a Slavic case ending) pairs of `unknown` (`unknown_surnames`), surnames
    English has never seen: a
    translation from Russian or Czech that kept the declension writes one person as "Kulgank"
    and "Kulganka" (of Kulgank), "Zeman" and "Zemanu" (to Zeman). English copy names a person
    in one form, the citation form, so the declined one is the odd spelling whatever the counts;
    the feminine forms ("Petrov", "Petrova") are two people and are left alone."""
    surnames = set(unknown)
    for name in sorted(surnames):
        if name[-1].casefold() in _VOWELS:
            continue
        for ending in CASE_ENDINGS:
            inflected = name + ending
            if inflected in surnames and not _feminine(name, ending):
                yield name, inflected


def unknown_surnames(
    names: Iterable[str], starts: Mapping[str, list[int]], text: str, zipf: Zipf
) -> list[str]:
    """The names English has never seen, long enough to compare and not written only as given
    names; none when there are more than `MAX_UNKNOWN` of them."""
    unknown = sorted(
        name
        for name in names
        if len(name) >= MIN_LENGTH and "-" not in name and zipf(name) < UNKNOWN_ZIPF
    )
    if len(unknown) > MAX_UNKNOWN:
        return []
    return [name for name in unknown if not _given_only(text, name, starts[name])]


def _feminine(name: str, ending: str) -> bool:
    """ "Petrov" -> "Petrova", "Fedin" -> "Fedina": the wife's or daughter's surname."""
    return ending == "a" and name.casefold().endswith(FEMININE_BASES)


def garbled_alike(a: str, b: str) -> bool:
    """Whether two lower-case spellings can be one name garbled (see the module's rules)."""
    if a == b or gendered_pair(a, b):
        return False
    skeleton = consonants(a)
    if a[0] == b[0] and len(skeleton) >= MIN_CONSONANTS and skeleton == consonants(b):
        return True
    if a[1:] == b[1:]:
        return len(a) >= MIN_FIRST_LETTER_LENGTH
    start = a[:SHARED_START]
    return start == b[:SHARED_START] and _within_edits(
        a[SHARED_START:], b[SHARED_START:], MAX_EDITS
    )


def _candidates(names: list[str]) -> list[tuple[str, str]]:
    """The pairs that can pass `garbled_alike`, found by shared keys rather than by comparing
    every pair: the consonants, the spelling after the first letter, and the first letters with
    up to two letters of the rest dropped (two names two edits apart share such a key)."""
    groups: defaultdict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        if len(name) > LONGEST_WORD:
            continue  # no name; its deletion keys would cost its length squared
        low = name.casefold()
        keys: set[tuple[str, ...]] = {("c", consonants(low)), ("f", low[1:])}
        start, rest = low[:SHARED_START], low[SHARED_START:]
        keys.update(("e", start, key) for key in _deletions(rest, MAX_EDITS))
        for key in keys:
            groups[key].append(name)
    pairs = {
        pair
        for group in groups.values()
        if 1 < len(group) <= MAX_GROUP
        for pair in combinations(sorted(set(group)), 2)
    }
    return sorted(pairs)


def _deletions(word: str, depth: int) -> set[str]:
    """`word` and every string made from it by deleting up to `depth` letters."""
    keys = frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        keys = keys | frontier
    return keys


def _within_edits(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance at most `limit`, stopping as soon as a row exceeds it."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _given_only(text: str, name: str, starts: list[int]) -> bool:
    """Whether every mention is followed by another name word, as a given name is."""
    for start in starts:
        end = start + len(name)
        after = _NEXT_NAME.search(text[end : end + 40])
        if after is None or is_function_word(after.group(1)):
            return False
    return True
