"""One person's full name spelled two ways: "Ole Friedrob Sverd" and "Ole Frederub Severut".

Machine translation transliterates a foreign name afresh each time it meets it, so a person named
twice in an article may come out with two spellings that differ by more than a letter. A single
word cannot carry that much evidence ("Hassan" and "Hussein" are two names), but a full name can:
when two names share a word in the same place, counted from the end, ("Ole", "Tregubov") and every
other word of one is a respelling of the other's, they are one person. A respelling keeps the
first letter and either differs by one edit ("Victor"/"Viktor") or, when English knows neither
form, keeps the consonants, voiced and voiceless alike ("Sverd"/"Severut": s-v-r-d, s-v-r-t).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from itertools import combinations

from newslint.cased_lexicon import english
from newslint.house_letters import odd_by_house_letters
from newslint.lexicon import is_function_word
from newslint.name_forms import FormVariant
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern
from newslint.romanisation import (
    initial_folded,
    pairs_within,
    plain,
    romanisation_key,
    skeleton_key,
    sound_key,
)

_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?"
# A run of two or more capitalised words, whole. English puts titles and honorifics in front of
# a name ("Datuk Seri Dr Mujahid Yusof Rawa"), so a longer run is read by its last words. A
# possessive ending closes the name ("Yoon Seok-yeol's party"). A word in capitals before it is
# an acronym, a company's suffix or a single letter, no word of the name: the run starts after it
# ("... LLC Oleh Barabash").
_FULL_NAME = compile_pattern(
    rf"(?<![\p{{L}}\p{{N}}'’-]|\p{{Lu}}\p{{Ll}}\p{{L}}*[ ]){_WORD}(?:[ ]{_WORD}){{1,15}}(?![\p{{L}}\p{{N}}-]|['’](?!s\b)|[ ]\p{{Lu}})"
)
# One capitalised word anywhere on the page, counted to settle a tie of two full names.
_NAME_WORD = compile_pattern(rf"(?<![\p{{L}}\p{{N}}'’-]){_WORD}(?![\p{{L}}\p{{N}}-])")
NAME_WORDS = 4
MIN_WORD = 4
# One form of a respelled word is at most as common as a rare given name ("Viktor"), the other
# at most as common as a usual one ("Victor"); "John"/"Joan" and "Mark"/"Mary" are two people.
RARE_ZIPF = 3.6
COMMON_ZIPF = 4.5
# A shared word commoner than this is a title or an office, not the name of one person.
TITLE_ZIPF = 5.0
UNKNOWN_ZIPF = 2.0  # below this English hardly knows a word: consonants alone may match
# A shared word at most this common is a surname English hardly knows: the person's own.
RARE_SURNAME_ZIPF = 2.5
# Voiced and voiceless consonants are confused in transliteration; vowels are not kept at all.
_CONSONANT_CLASS = str.maketrans("dbgvzqckxw", "tpkfskkksf")
_VOWELS = frozenset("aeiouy")


def full_name_respellings(text: str, zipf: Zipf) -> Iterator[FormVariant]:
    """Each occurrence of the rarer of two spellings of one full name (on a tie, of both)."""
    found = [_last_words(m.start(), m.group()) for m in _FULL_NAME.finditer(text)]
    written = Counter(name for *_, name in found)
    if len(written) < 2:
        return  # one name, however often written, is spelled one way
    names = sorted(written)
    pairs = [
        *(p for p in _sharing_a_word(names, zipf) if one_person(*_words(p), zipf)),
        *(p for p in _romanised_pairs(names) if romanised_person(*_words(p), zipf)),
    ]
    if not pairs:
        return  # most pages: the counts that weigh two spellings are never needed
    # "Victor Tregubov" is also written in "Major Victor Tregubov".
    counts: Counter[str] = Counter()
    for name, n in written.items():
        words = name.split(" ")
        for start in range(len(words) - 1):
            counts[" ".join(words[start:])] += n
    words_written = Counter(_NAME_WORD.findall(text))  # the pattern has no group
    odd: dict[str, tuple[str, str]] = {}
    for a, b in pairs:
        # Counted over the words compared: "Later Yoon Suk-yeol" is one more "Yoon Suk-yeol".
        length = min(len(a.split(" ")), len(b.split(" ")))
        tail_a, tail_b = (" ".join(n.split(" ")[-length:]) for n in (a, b))
        tails = {a: tail_a, b: tail_b}
        odd_pairs = _odd_of_pair((a, tail_a), (b, tail_b), counts, words_written)
        if len(odd_pairs) == 2:
            # Nothing on the page's counts or accents settles it: its own romanisation may.
            compared = list(zip(tail_a.split(" "), tail_b.split(" "), strict=True))
            house = odd_by_house_letters(text, compared, zipf)
            if house is not None:
                odd_pairs = [odd_pairs[house]]
        for rarer, usual in odd_pairs:
            odd.setdefault(rarer, (tails[rarer], usual))
    for _, end, name in found:
        if name in odd:
            # Only the words compared are the respelling: a capitalised word before them opens
            # the sentence or is a title ("Later Sergey Shoigu", "Major Victor Tregubov"), and
            # naming both forms alike lets a tie be reported once (`name_variants._one_way`).
            respelled, usual = odd[name]
            yield FormVariant(end - len(respelled), end, respelled, usual)


def _last_words(start: int, run: str) -> tuple[int, int, str]:
    """(start, end, name) of a capitalised run's last `NAME_WORDS` words: a longer run is a
    name with titles before it."""
    words = run.split(" ")
    name = " ".join(words[-NAME_WORDS:])
    end = start + len(run)
    return end - len(name), end, name


def _odd_of_pair(
    a: tuple[str, str],
    b: tuple[str, str],
    counts: Counter[str],
    words_written: Counter[str],
) -> list[tuple[str, str]]:
    """(odd name, usual words) of two spellings of one name, each given as (name, the words
    compared). The one whose respelled words the page writes less anywhere: a person named in
    full once is named by the surname after ("Nikol Pashinian ... Pashinyan said"), and every
    mention counts toward the page's form, as it does for a reader and for single names
    (`name_variants`); a full name is not always written whole either ("CEO Lee Jae-myeong" is
    no run of name words). Written equally often so, the one written less in full ("Mohammad
    Bin Salman" is another name around "Mohammad"); then, spelled alike but for accents, the
    one without them (pipelines that fold text to ASCII lose accents, none adds them: "Atatürk
    Airport", "Ataturk Airport"); otherwise either may be the wrong one, and both are reported.
    The page's majority is its house form."""
    (name_a, tail_a), (name_b, tail_b) = a, b
    differing = [
        (x, y) for x, y in zip(tail_a.split(" "), tail_b.split(" "), strict=True) if x != y
    ]
    count_a = sum(words_written[x] for x, _ in differing)
    count_b = sum(words_written[y] for _, y in differing)
    if count_a == count_b:
        count_a, count_b = counts[tail_a], counts[tail_b]
    folded_alike = plain(tail_a) == plain(tail_b) and tail_a.isascii() != tail_b.isascii()
    if count_a == count_b and folded_alike:
        return [(name_a, tail_b)] if tail_a.isascii() else [(name_b, tail_a)]
    return [(name_a, tail_b)] * (count_a <= count_b) + [(name_b, tail_a)] * (count_b <= count_a)


def _sharing_a_word(names: list[str], zipf: Zipf) -> list[tuple[str, str]]:
    """Pairs of names with a name word in the same place from the end: only they can be one
    person, and comparing all pairs would be quadratic in a long file."""
    by_word: dict[tuple[int, str], list[str]] = {}
    for name in names:
        for place, word in enumerate(reversed(name.split(" "))):
            if zipf(word) <= COMMON_ZIPF:
                by_word.setdefault((place, word), []).append(name)
    pairs = {pair for group in by_word.values() for pair in combinations(group, 2)}
    return sorted(pairs)


def _words(pair: tuple[str, str]) -> tuple[list[str], list[str]]:
    return pair[0].split(" "), pair[1].split(" ")


def _romanised_pairs(names: list[str]) -> list[tuple[str, str]]:
    """Pairs of names whose last words (two or more) romanise alike word for word ("Lee
    Jae-myung", "Lee Jae-myeong"): keyed, so a long file is not compared pair by pair."""
    pairs: set[tuple[str, str]] = set()
    for keyed in (lambda word: initial_folded(romanisation_key(word)), sound_key):
        by_key: dict[tuple[str, ...], list[str]] = {}
        word_keys: dict[str, str] = {}
        for name in _last_words_alike(names, keyed, word_keys):
            words = name.split(" ")
            for word in words:
                if word not in word_keys:
                    word_keys[word] = keyed(word)
            for start in range(len(words) - 1):
                key = tuple(word_keys[w] for w in words[start:])
                by_key.setdefault(key, []).append(name)
        pairs.update(pairs_within(by_key.values()))
    return sorted(pairs)


def _last_words_alike(
    names: list[str], keyed: Callable[[str], str], word_keys: dict[str, str]
) -> list[str]:
    """The names whose last word keys alike with another name's: every key compared ends with
    the last word's, so only these can pair (most pages have none); `word_keys` is filled."""
    by_last: dict[str, list[str]] = {}
    for name in names:
        last = name.rsplit(" ", 1)[-1]
        if last not in word_keys:
            word_keys[last] = keyed(last)
        by_last.setdefault(word_keys[last], []).append(name)
    return [name for group in by_last.values() if len(group) > 1 for name in group]


def romanised_person(a: list[str], b: list[str], zipf: Zipf) -> bool:
    """Whether two full names keep one word and romanise every other alike: the kept word may be
    a surname English knows ("Kim Jong-un", "Kim Jong-eun"), since the other words carry the
    evidence; a title is no name word, so "Mr Yoon" and "Mr Yun" are not compared."""
    length = min(len(a), len(b))
    a, b = a[-length:], b[-length:]
    pairs = list(zip(a, b, strict=True))
    if any(is_function_word(w) for w in (*a, *b)) or all(x == y for x, y in pairs):
        return False
    if not any(x == y and not _title(x, zipf) for x, y in pairs):
        # A surname English knows as a word ("Park", "Lee") still ties a given name written
        # with and without its hyphen ("Park Mi-young", "Park Miyoung"): the same letters.
        return all(x == y or _joined_alike(x, y) for x, y in pairs)
    return all(x == y or _respelled_name(x, y, zipf) for x, y in pairs)


def _joined_alike(a: str, b: str) -> bool:
    """Two writings of one word with the same letters, one with a hyphen the other lacks."""
    return ("-" in a) != ("-" in b) and plain(a).replace("-", "") == plain(b).replace("-", "")


def _title(word: str, zipf: Zipf) -> bool:
    """A word as common as a title or an office ("President", "Minister")."""
    return zipf(word) > TITLE_ZIPF


def _respelled_name(a: str, b: str, zipf: Zipf) -> bool:
    rarity = sorted((zipf(a), zipf(b)))
    return (
        min(len(a), len(b)) >= MIN_WORD
        and rarity[0] <= RARE_ZIPF
        and rarity[1] <= COMMON_ZIPF
        and _romanised_alike(a, b)
    )


def one_person(a: list[str], b: list[str], zipf: Zipf) -> bool:
    """Whether two full names share a word in place and respell every other. Names are compared
    from the end, so a title in front ("Major Victor Tregubov", "Viktor Tregubov") is left out."""
    length = min(len(a), len(b))
    a, b = a[-length:], b[-length:]
    if length < 2:
        return False
    # A title ("Mr", "President") is shared by many people: only a name word ties two names.
    shared = [x == y and zipf(x) <= COMMON_ZIPF for x, y in zip(a, b, strict=True)]
    if not any(shared) or all(x == y for x, y in zip(a, b, strict=True)):
        return False
    if any(is_function_word(w) for w in (*a, *b)):
        return False
    # Two forms of a title English writes in lower case ("Alderman Carroll", "Aldermen Carroll
    # and Tohnson"; "Congressman"/"Congressmen") are the title's, not a name respelled.
    if any(x != y and _title_forms(x, y) for x, y in zip(a, b, strict=True)):
        return False
    # A surname English hardly knows, shared, is the person's: the given name before it may be
    # respelled by its consonants however well English knows one form ("Andriy"/"Andrei").
    # A shared given name says less: "Gotabaya Rajapaksa" has kin of his surname.
    known = COMMON_ZIPF if a[-1] == b[-1] and zipf(a[-1]) <= RARE_SURNAME_ZIPF else UNKNOWN_ZIPF
    return all(x == y or respelled(x, y, zipf, known) for x, y in zip(a, b, strict=True))


def _title_forms(a: str, b: str) -> bool:
    """Two words the dictionary licenses as ordinary lower-case words, one of them only so: forms
    of a title or a common word, not of a name (`name_spellings.two_words` for single words)."""
    lexicon = english()
    lower_a, lower_b = a.lower(), b.lower()
    if not (lexicon.is_lower_case_word(lower_a) and lexicon.is_lower_case_word(lower_b)):
        return False
    return lexicon.only_lower_case(lower_a) or lexicon.only_lower_case(lower_b)


def respelled(a: str, b: str, zipf: Zipf, known: float = UNKNOWN_ZIPF) -> bool:
    """Two spellings of one word of a name: same first letter, and one edit apart or, when
    English knows neither (Zipf below `known`), the same consonants and syllables."""
    plain_a, plain_b = plain(a), plain(b)
    if min(len(plain_a), len(plain_b)) < MIN_WORD:
        return False
    if _respelled_name(a, b, zipf):
        return True
    if plain_a[0] != plain_b[0]:
        return False
    if plain_a.startswith(plain_b) or plain_b.startswith(plain_a):
        return False  # a form of one word ("Pokrovsk", "Pokrovsky"), not a respelling
    if gendered_pair(plain_a, plain_b):
        return False  # a brother and sister, a husband and wife: two people of one family
    rarity = sorted((zipf(a), zipf(b)))
    if rarity[0] > RARE_ZIPF or rarity[1] > COMMON_ZIPF:
        return False  # two words English knows: two names
    if _one_edit(plain_a, plain_b):
        return True
    if rarity[1] < UNKNOWN_ZIPF:
        return consonants(plain_a) == consonants(plain_b)
    # A form English knows beside one it hardly writes: the syllables must match too
    # ("Andriy"/"Andrei", not "Volodymyr"/"Vladimir"); two names it knows are two people
    # however alike ("Hassan" and "Hussein" are twins' names).
    return (
        rarity[0] <= RARE_SURNAME_ZIPF and rarity[1] < known and skeleton_key(a) == skeleton_key(b)
    )


def _romanised_alike(a: str, b: str) -> bool:
    """Two romanisations of one word (see `romanisation`); beside a shared word of the name the
    older systems' initials count too ("Cheju"/"Jeju"), and spellings of one sound by two
    systems ("Seo-gyeol"/"Seok-yeol": Korean g and k)."""
    key_a, key_b = romanisation_key(a), romanisation_key(b)
    return (
        key_a == key_b
        or initial_folded(key_a) == initial_folded(key_b)
        or sound_key(a) == sound_key(b)
    )


def gendered_pair(a: str, b: str) -> bool:
    """A given name and its feminine form, which differ only at the end, where one of them ends
    in "a" ("Giovanni"/"Giovanna", "Paolo"/"Paola", "Kristian"/"Kristina"): transliteration
    respells inside a name or alike at both ends ("Sergei"/"Sergey", "Ilya"/"Ilia"), the
    languages that mark gender do it at its end."""
    return len(a) == len(b) and a[:-2] == b[:-2] and (a[-1] == "a") != (b[-1] == "a")


def consonants(word: str) -> str:
    skeleton = [c for c in word[1:].translate(_CONSONANT_CLASS) if c not in _VOWELS and c != "h"]
    collapsed = [c for i, c in enumerate(skeleton) if i == 0 or c != skeleton[i - 1]]
    return word[0] + "".join(collapsed)


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]]
        )
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
