"""One name romanised two ways: a key that the usual romanisation alternations leave unchanged.

Names from Korean, Chinese, Russian and Ukrainian reach English through competing systems, and
a translation pipeline that meets a name twice may use two of them: "Suk-yeol"/"Seok-yeol" (the
Korean vowel written eo or u), "Jae-myung"/"Je-myung" (ae or e), "Jong-un"/"Jong-eun",
"Pokrovsky"/"Pokrovskiy"/"Syrskyi"/"Selenskyj" (the Slavic ending -y, -iy, -yi, -ii, -yj), "Sergei"/"Sergey",
"Jinping"/"Jin-ping", "Yoon"/"Yun" (oo or u), "Zelensky"/"Zelenskyy" (doubled letters). Two
spellings with the same key differ only by such alternations. The initial consonant pairs of
the older Korean and Chinese systems (Taegu/Daegu, Cheju/Jeju, Kwangju/Gwangju) are folded only
by `initial_folded`, since in English two names differing there are usually two names.

`sound_key` goes further, for names transliterated from other scripts by different hands: it
writes the consonants a letter or digraph stands for in any of the usual systems as one letter,
voiced and voiceless alike ("Gaddafi"/"Qaddafi"/"Kadhafi", "Tchaikovsky"/"Chaikovsky",
"Masaryk"/"Mazarik"). Two names with one sound key are one name only with more evidence than
the key: the caller asks for it. `skeleton_key` keeps only the consonants and the count of
syllables, for vowels written differently throughout ("Zaporizhia"/"Zaporozhye").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable, Iterable, Iterator
from functools import lru_cache
from itertools import combinations
from typing import TypeVar

from newslint.regex_store import compile_pattern

# Order matters: the ending first, then vowel digraphs before single letters.
_ENDING = compile_pattern(r"(?<=[^aeiouy])(?:iy|yi|ii|ij|yj|yy|y|i)$")
# A closing diphthong is written -i by one system and -y by another ("Andrei"/"Andrey",
# "Nikolai"/"Nikolay", "Tolstoi"/"Tolstoy").
_DIPHTHONG_ENDING = compile_pattern(r"(?<=[aeou])[iy]$")
# The iotated vowels at a name's start: Russian е, ю, я are written ye or e, yu or iu, ya or ia
# by the competing systems ("Yevgeny"/"Ievgen"/"Evgeny", "Yurii"/"Iurii", "Yakov"/"Iakov"). "Yeo" is left
# alone: it is the Korean vowel the digraphs fold ("Yeon"/"Yun"). An initial j is not folded to
# y: the older Korean system's initials fold it to ch (`initial_folded`: "Jeju"/"Cheju").
_IOTATED_START = compile_pattern(r"^i(?=[aou])")
_YE_START = compile_pattern(r"^[iy]e(?!o)")
_DIGRAPHS = (
    ("yeo", "yu"),
    ("eo", "u"),
    ("eu", "u"),
    ("oo", "u"),
    ("ou", "u"),
    ("ae", "e"),
    ("kh", "h"),
    ("zh", "j"),
    ("dzh", "j"),
)
_DOUBLED = compile_pattern(r"(\p{L})\1+")
_SEPARATORS = str.maketrans("", "", "-'’ ")
# The voiced initials the newer Korean and Chinese systems write where McCune-Reischauer and
# Wade-Giles write voiceless ones (Busan/Pusan, Daegu/Taegu, Gwangju/Kwangju, Jeju/Cheju).
_VOICELESS_INITIAL = {"j": "ch", "g": "k", "d": "t", "b": "p"}


# Letters Unicode does not decompose into a base letter and an accent, folded as ASCII-folding
# pipelines fold them: "Łukasz" reaches the page as "Lukasz", "Søren" as "Soren", "Kılıç" as
# "Kilic". NFKD alone leaves them whole, and a name that lost them would go unpaired.
UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "ŧ": "t",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ŀ": "l",
    }
)


def plain(word: str) -> str:
    """Case and accents folded: "Erdoğan" -> "erdogan", "Łukasz" -> "lukasz"."""
    if word.isascii():  # nothing to decompose or fold but case; most names on a page
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(UNDECOMPOSED)


@lru_cache(maxsize=50_000)  # pure, and names recur from document to document of a corpus
def romanisation_key(word: str) -> str:
    """The spelling with the usual romanisation alternations folded to one form."""
    key = plain(word).translate(_SEPARATORS)
    # x is written ks by the Slavic systems ("Alexei"/"Aleksei", "Maxim"/"Maksim").
    key = _IOTATED_START.sub("y", key.replace("x", "ks"))
    key = _YE_START.sub("e", key)
    key = _DIPHTHONG_ENDING.sub("y", key)
    key = _ENDING.sub("y", key)
    for written, folded in _DIGRAPHS:
        key = key.replace(written, folded)
    return _DOUBLED.sub(r"\1", key)


# Digraphs written for one consonant by one system and a single letter by another, longest first.
_SOUND_DIGRAPHS = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("ck", "k"),
    ("dh", "d"),
    ("gh", "g"),
    ("th", "t"),
    ("ph", "f"),
    ("qu", "k"),
)
# Before e, i and y a "c" is an s; elsewhere a k. Voiced and voiceless consonants fold together
# (Arabic qaf is written q, k or g; Slavic v is written v or w), as do the vowels y and i.
_SOFT_C = compile_pattern(r"c(?=[eiy])")
_SOUND_CLASS = str.maketrans("cqxdbgvwzy", "kkktpkffsi")


@lru_cache(maxsize=50_000)  # pure, and names recur from document to document of a corpus
def sound_key(word: str) -> str:
    """The romanisation key with each consonant written as one letter of its sound class."""
    key = romanisation_key(word)
    for written, folded in _SOUND_DIGRAPHS:
        key = key.replace(written, folded)
    key = _SOFT_C.sub("s", key).translate(_SOUND_CLASS)
    return _DOUBLED.sub(r"\1", key)


# A vowel, or a run of them: one syllable's nucleus however a system writes it ("ie", "ye", "i").
_VOWEL_RUN = compile_pattern(r"[aeiou]+")
_NOT_CONSONANT = compile_pattern(r"[aeiouh]")


@lru_cache(maxsize=50_000)  # pure, and names recur from document to document of a corpus
def skeleton_key(word: str) -> tuple[str, int]:
    """The sound key's consonants after its first letter, with its number of syllables: the
    vowels a transliteration writes are the least certain part of it ("Zaporizhia",
    "Zaporozhye"; "Andriy", "Andrei"), the consonants and the syllables it hears are kept. Many
    names share a consonant skeleton ("Hassan", "Hussein"): a caller pairs by this key only
    spellings English hardly writes."""
    key = sound_key(word)
    return key[:1] + _NOT_CONSONANT.sub("", key[1:]), len(_VOWEL_RUN.findall(key))


# One name is written a handful of ways at most: a key shared by more spellings than this says
# nothing about any two of them, and pairing them all is quadratic (review5: 768 made-up names of
# one sound key in 58 KB took 17.7 s).
MOST_SPELLINGS = 8
_Spelling = TypeVar("_Spelling", bound=Hashable)  # a spelling, or its index in a list of names


def pairs_within(groups: Iterable[list[_Spelling]]) -> Iterator[tuple[_Spelling, _Spelling]]:
    """The pairs inside each group of spellings that share a key, of groups small enough to be
    one name written several ways."""
    for group in groups:
        if len(set(group)) <= MOST_SPELLINGS:
            yield from combinations(group, 2)


def initial_folded(key: str) -> str:
    """A romanisation key with a voiced initial written voiceless ("jeju" -> "cheju")."""
    return _VOICELESS_INITIAL.get(key[:1], key[:1]) + key[1:]


def romanised_alike(a: str, b: str) -> bool:
    """Whether two different spellings differ only by romanisation alternations."""
    return plain(a) != plain(b) and romanisation_key(a) == romanisation_key(b)
