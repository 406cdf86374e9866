"""Which capitalised words are one name spelled two ways: the pairing under `name-variants`.

Pure functions of the names (and of a word-frequency lookup passed in): candidates by shared
deletion or romanisation key, never every pair; variants by accents, romanisation or a small edit
distance; forms of one word ("Russia", "Russian"; "Zionism", "Zionist") are not variants.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations

from newslint import romanisation
from newslint.cased_lexicon import english
from newslint.checks.full_names import gendered_pair
from newslint.lexicon import LONGEST_WORD, memo_of
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern
from newslint.romanisation import (
    pairs_within,
    romanisation_key,
    romanised_alike,
    skeleton_key,
    sound_key,
)

LONG_NAME = 8
MIN_STEM = 4
# Two names alike only by their sound key are one name when English hardly writes one of them.
SOUNDED_MAX_ZIPF = 2.5
# Two names alike only by their consonants and syllables are one name when English hardly writes
# either of them: names it knows share skeletons by the dozen ("Hassan", "Hussein"; "Cheung",
# "Chiang"; "Rashid", "Rushdi").
SKELETON_MAX_ZIPF = 2.5
# An opening vowel keyed as its romanisation twin (see `sounded_pairs`).
_OPENING_VOWELS = {"e": "i", "o": "u"}
# Endings that make forms of one name in English and in transliterated Slavic names
# ("Pokrovsky", "Pokrovskaya"; "Kyiv's"; "Ukrainian"), and the adjectives English derives from
# a name's noun ("Prefecture", "Prefectural"; "Province", "Provincial"; "Islam", "Islamic").
INFLECTIONS = frozenset(
    "s es n ns an ian ans ians ese ish i is y iy yi aya oye ogo omu ikh a o u e al ial ic".split()
)
# The creed and its follower English derives from one name ("Zionism", "Zionist"; "Buddhism",
# "Buddhist"; "Shiism", "Shiite"): the longest shared beginning stops inside these endings, so
# they are cut whole before the stems are compared.
DERIVATIONS = ("isms", "ists", "ites", "ism", "ist", "ite")
MIN_DERIVED_STEM = 3


def sounded_pairs(names: list[str], zipf: Zipf) -> Iterator[tuple[str, str]]:
    """Pairs of `names` with one sound key: a name transliterated by two systems ("Gaddafi",
    "Qaddafi", "Khadafi"; "Tchaikovsky", "Chaikovsky"), not forms of one word. One of the two must be a
    spelling English hardly writes: two names English knows well are two names, however alike
    they sound ("Schmidt", "Schmitt"; "Pedersen", "Petersen")."""
    by_key: defaultdict[str, list[str]] = defaultdict(list)
    for name in names:
        if len(name) <= LONGEST_WORD:
            for key in _sound_keys(name):
                by_key[key].append(name)
    seen: set[tuple[str, str]] = set()
    for a, b in pairs_within(by_key.values()):
        if (a, b) in seen or (b, a) in seen:
            continue
        seen.add((a, b))
        if min(zipf(a), zipf(b)) <= SOUNDED_MAX_ZIPF and not one_is_form_of_other(
            plain(a), plain(b)
        ):
            if _vowel_folded_word(a, b):
                continue
            yield a, b
    yield from _skeleton_pairs(names, zipf, seen)


_GERMAN_CH = compile_pattern(r"(?<![st])ch")
_KH_KEY = "kh:"  # the keys of kh written kh or ch, apart from every other key


def _sound_keys(name: str) -> set[str]:
    """The keys a name is paired by: its sound key, and that key as other hands write it."""
    key = sound_key(name)
    keys = {key}
    # Arabic and Persian kh is written kh, k or g by different hands ("Khadafi", "Gaddafi");
    # the sound key keeps kh as Slavic kh's h, so the name is keyed both ways.
    if "kh" in (folded := plain(name)):
        keys.add(sound_key(folded.replace("kh", "k")))
    # German's system writes kh as ch ("Charkiw", "Chodorkowski", "Sacharowa"), which reaches
    # English copy translated from German. English's ch is another sound, and so are French's
    # and German's sch and tsch: a ch-name is keyed only with names that write kh there, never
    # with a bare h ("Chadwick" and "Hadwick", "Chalabi" and "Halabi" are two names).
    if "kh" in folded:
        keys.add(_KH_KEY + key)
    if "ch" in folded:
        keys.add(_KH_KEY + sound_key(_GERMAN_CH.sub("kh", folded)))
    # Arabic's and Persian's short opening vowels are written e or i, o or u by different
    # hands ("Ebrahim"/"Ibrahim", "Esmail"/"Ismail", "Usama"/"Osama"). A Ukrainian h for a
    # Russian g is not keyed: the sound key writes g as c and k write it, and English has pairs
    # of surnames by the dozen that differ so ("Hanley"/"Ganley", "Hawley"/"Cawley").
    if key[:1] in _OPENING_VOWELS:
        keys.add(_OPENING_VOWELS[key[0]] + key[1:])
    return keys


def _vowel_folded_word(a: str, b: str) -> bool:
    """Whether two names keyed alike only through their opening vowel include a word English
    writes in lower case: a name built of a word ("Engram Labs" beside "Ingram Micro"), not an
    Arabic or Persian name romanised again (review50)."""
    first = {plain(a)[:1].lower(), plain(b)[:1].lower()}
    if len(first) < 2 or not first <= _OPENING_VOWELS.keys() | _OPENING_VOWELS.values():
        return False
    lexicon = english()
    return lexicon.is_lower_case_word(a.lower()) or lexicon.is_lower_case_word(b.lower())


def _skeleton_pairs(
    names: list[str], zipf: Zipf, seen: set[tuple[str, str]]
) -> Iterator[tuple[str, str]]:
    """Pairs of rare `names` with one consonant skeleton and syllable count (`skeleton_key`)
    not already in `seen`: a transliteration that writes the vowels its own way throughout
    ("Zaporizhia"/"Zaporozhye"). Only names English hardly writes are keyed, so the looser key
    pairs no names it knows."""
    by_skeleton: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
    for name in names:
        if len(name) <= LONGEST_WORD and zipf(name) <= SKELETON_MAX_ZIPF:
            by_skeleton[skeleton_key(name)].append(name)
    for a, b in pairs_within(by_skeleton.values()):
        if (
            (a, b) not in seen
            and (b, a) not in seen
            and not one_is_form_of_other(plain(a), plain(b))
        ):
            yield a, b


def candidate_pairs(names: list[str]) -> Iterator[tuple[str, str]]:
    """The pairs of `names` that can be variants, in the order `combinations` gives them.

    Comparing every pair is quadratic (a megabyte of copy holds thousands of names). Two names
    within the allowed edit distance of each other share a string obtained by deleting at most that
    many letters from each (a substitution or a swap costs one deletion on each side, an insertion
    one on the longer), so only names sharing such a deletion key are compared. Spellings one
    romanisation apart can be further apart than that ("Hyeonmu"/"Hyunmu", "Kaaaaa"/"Kkkaaa"
    once doubled letters fold): names sharing a romanisation key are compared too, in groups
    small enough to be one name written several ways (`pairs_within`), since every two of a
    group are variants and a crowded key would pair them all.
    """
    by_romanisation: defaultdict[str, list[int]] = defaultdict(list)
    keyed: list[tuple[int, tuple[str, ...]]] = []
    for index, name in enumerate(names):
        if len(name) > LONGEST_WORD:
            continue  # no name; its deletion keys would cost its length squared
        depth = 2 if len(name) >= LONG_NAME else 1
        keys = _deletions(plain(name), depth)
        if "x" in plain(name):  # an edit beside x written ks ("Olexander"/"Oleksandr")
            keys = tuple({*keys, *_deletions(ks_written(name), depth)})
        keyed.append((index, keys))
        by_romanisation[romanisation_key(name)].append(index)
    # A name's keys are distinct: a key is shared if an earlier name has it. Set operations find
    # the few shared keys, and only they are grouped (a Python step per key was most of the time).
    seen: set[str] = set()
    shared: set[str] = set()
    for _, keys in keyed:
        shared.update(seen.intersection(keys))
        seen.update(keys)
    by_key: defaultdict[str, list[int]] = defaultdict(list)
    for index, keys in keyed:
        for key in shared.intersection(keys):
            by_key[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_key.values():
        pairs.update(combinations(indexes, 2))
    pairs.update(pairs_within(by_romanisation.values()))
    return ((names[i], names[j]) for i, j in sorted(pairs))


# A pure function of the name: names recur from document to document of a corpus, and a long
# name has hundreds of keys, so the names kept are the ones met most lately, a few thousand: 20,000
# held some 140 MB for good in every process that linted a corpus of varied names.
DELETIONS_KEPT = 2_048


@lru_cache(maxsize=DELETIONS_KEPT)
def _deletions(word: str, depth: int) -> tuple[str, ...]:
    """`word` and every string made from it by deleting up to `depth` characters."""
    keys = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        keys |= frontier
    return tuple(keys)


def variants(a: str, b: str) -> bool:
    """Whether two different capitalised words are one name spelled two ways."""
    plain_a, plain_b = plain(a), plain(b)
    if plain_a == plain_b or romanised_alike(a, b):
        return True
    if one_is_form_of_other(plain_a, plain_b) or plain_a[0] != plain_b[0]:
        return False
    if gendered_pair(plain_a, plain_b) and not romanised_ending(plain_a, plain_b):
        return False
    allowed = 2 if min(len(a), len(b)) >= LONG_NAME else 1
    if within_edits(plain_a, plain_b, allowed):
        return True
    # The Slavic systems write x as ks: "Olexander" and "Oleksandr" are an edit apart after it.
    return "x" in plain_a + plain_b and within_edits(ks_written(a), ks_written(b), allowed)


def ks_written(word: str) -> str:
    """The plain word with x written ks, as the Slavic romanisations write it."""
    return plain(word).replace("x", "ks")


def one_is_form_of_other(a: str, b: str) -> bool:
    """ "Russia"/"Russian", "Pokrovsk"/"Pokrovsky"/"Pokrovskaya": one stem, two forms. A doubled
    last letter is a spelling ("Zelensky"/"Zelenskyy"), and so are an h after a closing vowel
    ("Dankwa"/"Dankwah") and the Ukrainian -enko written the Belarusian way (`romanised_ending`)."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        return long != short + short[-1] and not romanised_ending(short, long)
    if _derivation_stem(a) == _derivation_stem(b) is not None:
        return True
    if romanised_ending(a, b):
        return False
    stem = len(_common_prefix(a, b))
    tails = {a[stem:], b[stem:]}
    return stem >= MIN_STEM and tails <= INFLECTIONS


# Endings romanisation writes two ways, never one word's two forms: a final h after a vowel,
# which Arabic, Persian and West African names keep or drop by the writer's system ("Fatima",
# "Fatimah"; "Abdulla", "Abdullah"; "Dankwa", "Dankwah"); and Ukrainian -enko, indeclinable in
# case and gender alike, which Belarusian spelling writes -enka ("Lukashenko", "Lukashenka").
_H_AFTER = frozenset("aeiou")
_ENKO = frozenset(("enko", "enka"))


def romanised_ending(a: str, b: str) -> bool:
    """Whether two plain names differ only by a romanised ending (see `_ENKO`, `_H_AFTER`)."""
    short, long = sorted((a, b), key=len)
    if long == short + "h":
        return len(short) >= MIN_STEM and short[-1] in _H_AFTER
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-4:], b[-4:]} == _ENKO


def _derivation_stem(word: str) -> str | None:
    """ "zionist" -> "zion": the word without a derivational ending, or None without one."""
    for ending in DERIVATIONS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_DERIVED_STEM:
            return word[: -len(ending)]
    return None


def _common_prefix(a: str, b: str) -> str:
    end = 0
    while end < min(len(a), len(b)) and a[end] == b[end]:
        end += 1
    return a[:end]


@lru_cache(maxsize=50_000)  # pure; asked for each pair a name is in
def plain(word: str) -> str:
    """`romanisation.plain`, remembered: case and accents folded."""
    return romanisation.plain(word)


_DOUBLED_LETTER = compile_pattern(r"(\p{L})\1+")


def undoubled(word: str) -> str:
    """The word with each run of one letter written once: "odessa" -> "odesa"."""
    return _DOUBLED_LETTER.sub(r"\1", word)


def two_words(a: str, b: str) -> bool:
    """Two spellings the dictionary licenses only as ordinary lower-case words ("Calculation",
    "Calculating" capitalised in a list of headings): two words of English, not one name
    respelled. wordfreq folds case and rates "Erdogan" as common as "calculating"; Hunspell's
    entries keep it, so a name never passes for a word. Two words that are also names ("Baker",
    "Barker") are left to the other checks."""
    lexicon = english()
    lower_a, lower_b = a.lower(), b.lower()
    if not (lexicon.is_lower_case_word(lower_a) and lexicon.is_lower_case_word(lower_b)):
        return False
    # One may also be a name ("Secretariat", a horse): the other, licensed only as a word,
    # keeps the pair to two words ("Secretariat", "Secretaries").
    return lexicon.only_lower_case(lower_a) or lexicon.only_lower_case(lower_b)


def known_apart(a: str, b: str, zipf: Zipf, known: float) -> bool:
    """Two spellings English writes often (Zipf `known` or more) whose consonants differ
    ("Stafford"/"Stanford", "Carlson"/"Carlton", "Gerald"/"Gerard"): two names, not one garbled.
    A garble is a spelling English hardly writes; two names it knows well are one name only
    written with other vowels or doubled letters ("Katharine"/"Katherine", "Alison"/"Allison",
    "Ramsay"/"Ramsey"), which keep the consonant skeleton (`skeleton_key`). So are two spellings
    the dictionary lists each as a name of its own, however rarely English writes them
    ("Linton"/"Liston", "Cordelia"/"Cornelia", "Kirchner"/"Kitchener"): a transliteration keeps
    the consonants it hears, and a garble seldom lands on another listed name."""
    if skeleton_key(a)[0] == skeleton_key(b)[0]:
        return False
    return min(zipf(a), zipf(b)) >= known or (listed_name(a) and listed_name(b))


def listed_name(word: str) -> bool:
    """Whether the dictionary has an entry for `word` written with a capital and none in lower
    case: a name it lists ("Liston"), not a word ("Baker" is both) nor a respelling."""
    lexicon, lower = english(), word.lower()
    return lower in lexicon.proper_entries and lower not in lexicon.lower_entries


def accented_apart(a: str, b: str) -> bool:
    """Two spellings that both keep their accents, different accents, and differ without them too
    ("Trương", "Thưởng"): a page that writes every diacritic copies each name from its source, so
    these are two names. A pipeline that garbles a name loses its accents or keeps the same ones
    ("Kılıçdaroglu" beside "Kılıçdaroğlu" lost one, "Adrés" beside "Andrés" kept its é)."""
    if a.isascii() or b.isascii() or plain(a) == plain(b):
        return False
    return _accented_letters(a) != _accented_letters(b)


def _accented_letters(word: str) -> list[str]:
    return sorted(char for char in word.casefold() if not char.isascii())


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment): "Lofven"/"Lofevn" are one swap apart."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def within_edits(a: str, b: str, limit: int) -> bool:
    """`_edit_distance(a, b) <= limit`, computed only as far as it can hold: a cell off the
    diagonal by more than `limit` is more than `limit` (capped there), and once two rows in a row
    are all beyond it, every later one is (a cell comes from the row above or, by a swap, the
    one above that, plus one). Pages of names ask it of every pair sharing a deletion key."""
    if abs(len(a) - len(b)) > limit:
        return False
    over = limit + 1
    width = len(b)
    previous2: list[int] = []
    previous = [min(j, over) for j in range(width + 1)]
    for i, char_a in enumerate(a, 1):
        current = [over] * (width + 1)
        current[0] = min(i, over)
        for j in range(max(1, i - limit), min(width, i + limit) + 1):
            char_b = b[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = min(value, over)
        if min(current) == over and min(previous) == over:
            return False
        previous2, previous = previous, current
    return previous[width] <= limit


# The accented letters a name's letters stand for once a pipeline folds text to ASCII.
_ACCENTED = {
    "a": "áàâäãåą",
    "c": "çčć",
    "e": "éèêëęě",
    "g": "ğ",
    "i": "íìîï",
    "l": "ł",
    "n": "ñńň",
    "o": "óòôöõøő",
    "s": "šşś",
    "u": "úùûüůű",
    "z": "žźż",
}


def known_through_accents(word: str, zipf: Zipf) -> float:
    """How well English knows `word`, or the word it is with one letter given back its accent:
    text that keeps a name's accents is where English knows it ("Löfven"), and a page that lost
    them writes the folded form ("Lofven"), which wordfreq has never seen. A garble of the
    folded form ("Lofevn") is known either way no better than before. Remembered per
    vocabulary: a page of names weighs one name against each of its variants, and a name
    English lacks costs a lookup for each accent each of its letters could take."""
    memo = memo_of(zipf, "known_through_accents")
    if memo is not None and word in memo:
        return memo[word]  # type: ignore[no-any-return]
    best = zipf(word)
    if word.isascii():
        for at, letter in enumerate(word):
            for accented in _ACCENTED.get(letter, ""):
                best = max(best, zipf(word[:at] + accented + word[at + 1 :]))
    if memo is not None:
        memo[word] = best
    return best
