"""`name-variants`: one name spelled two ways in one document ("Zelensky" and "Zelenskyy").

Transliteration and careless translation spell a person or a place differently from paragraph to
paragraph. Two capitalised words are taken as one name written two ways when they are equal
once accents are removed ("Erdoğan", "Erdogan"), or when they share their first letter and
differ by one edit (two from eight letters on: "Mohammed", "Muhammad"). Forms of one word
("Russia", "Russian", "Pokrovsky", "Pokrovskaya", "Zionism", "Zionist") are not variants,
common words are never names, and short names are left alone ("Cheng" and "Cheung" are two
people). The rarer spelling is reported (on a tie, the one English knows clearly less, else both: equal evidence cannot say
which is wrong), except that of two
spellings equal but for accents the one without them is reported: pipelines that fold text to
ASCII lose accents, none adds them. Names of four or five letters are compared too when English
hardly knows either and they differ in one letter only ("Wehby", "Wenby"); "Cheng" and "Cheung"
are both common names. Full names that share a word and respell the others are one person
spelled two ways (see `full_names`). Keys: `min_length` (default 6), `max_common_zipf` (default 4.0: words at
least this common are words, not names).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import combinations

from newslint.checks import Check, Option, SpanIndex, finding, render
from newslint.checks.full_names import TITLE_ZIPF, full_name_respellings, gendered_pair
from newslint.checks.lexicon import SCANNED_GATE
from newslint.checks.unknown_names import case_form_pairs, garbled_pairs
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import LONGEST_WORD, Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.romanisation import pairs_within, romanisation_key, romanised_alike, sound_key
from newslint.rules import Rule
from newslint.signals import Zipf, ocr_signal

OPTIONS = {
    "min_length": Option((int,), default=6, doc="shortest name compared"),
    "max_common_zipf": Option((float, int), default=4.0, doc="commoner words are not names"),
}

# Titles short and rare enough to pass for a given name by frequency ("Ms" is rarer than "Lydia"
# in some lists), which every English name may follow.
COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
# The word before a name, when it is capitalised: a given name or a title.
_WORD_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) \Z")
_NAME = compile_pattern(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])")
LONG_NAME = 8
# Names of four or five letters that English hardly uses (Zipf below this) are compared too.
MIN_SHORT_NAME = 4
SHORT_NAME_MAX_ZIPF = 2.0
MIN_STEM = 4
# Two names alike only by their sound key are one name when English hardly writes one of them.
SOUNDED_MAX_ZIPF = 2.5
# Two spellings written equally often are told apart by English knowing one this much better.
CLEARLY_BETTER_KNOWN = 1.0
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


class NameVariantsCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.min_length = int(rule.option("min_length"))
        self.max_common = float(rule.option("max_common_zipf"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        matches = list(_NAME.finditer(text))
        counts = Counter(m.group() for m in matches)
        names = sorted(n for n in counts if self._is_name(n))
        starts: defaultdict[str, list[int]] = defaultdict(list)
        for match in matches:
            starts[match.group()].append(match.start())

        def introduced(name: str) -> bool:
            return self._introduced(text, starts[name])

        mentions = counts + _glued_mentions(text, counts)
        pairs = [(a, b) for a, b in candidate_pairs(names) if self._variants(a, b)]
        long_names = [name for name in names if len(name) >= self.min_length]
        pairs.extend(p for p in sounded_pairs(long_names, self.zipf) if not self._variants(*p))
        pairs.extend(
            pair
            for pair in garbled_pairs(names, starts, text, self.zipf)
            if not _one_is_form_of_other(*map(_plain, pair)) and not self._variants(*pair)
        )
        reported: dict[str, str] = {}
        # English names a person in the citation form: the declined one is the odd spelling.
        for base, declined in case_form_pairs(names, starts, text, self.zipf):
            reported.setdefault(declined, base)
        scanned: list[bool] = []

        def looks_scanned() -> bool:
            if not scanned:
                scanned.append(ocr_signal(text, self.zipf).looks_scanned(*SCANNED_GATE))
            return scanned[0]

        for a, b in pairs:
            if _two_people(text, starts[a], starts[b], self.zipf, looks_scanned) or _fixed_name(
                text, starts[a], starts[b]
            ):
                continue
            if _in_one_name(text, starts[a], b) or _coordinated(text, starts, a, b, self.zipf):
                continue
            for odd, usual in _odd_spellings(a, b, mentions, introduced, self.zipf):
                reported.setdefault(odd, usual)
        # A full name respelled is reported whole, rather than its one word ("Sergey Tregubov").
        spans: list[tuple[int, int, str, str]] = [
            (r.start, r.end, r.name, r.other) for r in full_name_respellings(text, self.zipf)
        ]
        covered = SpanIndex((start, end) for start, end, *_ in spans)
        spans.extend(
            (m.start(), m.end(), m.group(), reported[m.group()])
            for m in matches
            if m.group() in reported and not covered.covers(m.start(), m.end())
        )
        for start, end, name, other in sorted(spans):
            message = render(self.rule.message, match=name, other=other)
            yield finding(self.rule, start, end, message, suggestions=[other])

    def _introduced(self, text: str, starts: list[int]) -> bool:
        """Whether a name is written at least once after a given name ("Marta Velkander"): the
        careful first mention that a later bare surname is checked against."""
        for start in starts:
            before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
            if before is None:
                continue
            given = before.group(1)
            if given in COURTESY_TITLES or is_function_word(given):
                continue
            if self.zipf(given) < TITLE_ZIPF:
                return True
        return False

    def _is_name(self, word: str) -> bool:
        if is_function_word(word) or self.zipf(word) >= self.max_common:
            return False
        return len(word) >= self.min_length or (
            len(word) >= MIN_SHORT_NAME and self.zipf(word) < SHORT_NAME_MAX_ZIPF
        )

    def _variants(self, a: str, b: str) -> bool:
        if min(len(a), len(b)) >= self.min_length:
            return variants(a, b)
        # A short name is compared only with a name English hardly knows either, letter for letter.
        return (
            len(a) == len(b)
            and max(len(a), len(b)) >= MIN_SHORT_NAME
            and _plain(a)[0] == _plain(b)[0]
            and sum(x != y for x, y in zip(_plain(a), _plain(b), strict=True)) <= 1
        )


# A capitalised word run into the next one by a scraper that dropped the space or line break
# between a paragraph's end and a heading ("...killed five people in KansbergIn southeastern...").
_GLUED_NAME = compile_pattern(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})")


def _glued_mentions(text: str, counts: Counter[str]) -> Counter[str]:
    """Mentions of the names in `counts` glued to the next word: they count when two spellings
    are weighed, though a glued word alone is never taken for a name ("PlayStation")."""
    return Counter(g for m in _GLUED_NAME.finditer(text) if (g := m.group()) in counts)


# The capitalised word right after a name: its surname when the name is a given name.
_SURNAME_AFTER = compile_pattern(r" (\p{Lu}[\p{L}'’-]+)")
SURNAME_OPENING = 3  # letters a respelled surname keeps


def _two_people(
    text: str,
    starts_a: list[int],
    starts_b: list[int],
    zipf: Callable[[str], float],
    looks_scanned: Callable[[], bool],
) -> bool:
    """Two spellings of a given name that are always followed by a surname, the two sets of
    surnames opening differently ("Mairi Gougeon" and "Màiri McAllan"), or two spellings of a
    surname always after given names that start with different letters ("Gotabaya Rajapaksa"
    and "Wijedasa Rajapakshe", "Benson Kiptoo" and "Kelvin Kiptum"): two people, each
    spelled right. A transliteration that respells the whole name keeps the other name's opening
    ("Tomasha Petrshiek", "Tomasa Petrshcheki"): one person. In a scanned page a family shares
    a surname the scanner misreads ("Mattie Wasson", "Walter Edward Wnsson"), so there given
    names say nothing."""

    def surnames(starts: list[int]) -> set[str] | None:
        found: set[str] = set()
        for start in starts:
            word = _NAME.match(text, start)
            after = _SURNAME_AFTER.match(text, word.end()) if word else None
            if after is None:
                return None
            found.add(_plain(after.group(1))[:SURNAME_OPENING])
        return found

    def given_names(starts: list[int]) -> set[str] | None:
        """The openings of the given names the surname is written after; a bare surname (a
        second mention) or one after a title ("President", "Mr") says nothing of who is meant."""
        found: set[str] = set()
        for start in starts:
            before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
            given = before.group(1) if before else ""
            if given and given not in COURTESY_TITLES and zipf(given) < TITLE_ZIPF:
                # Only the first letter: a transliteration respells a given name too
                # ("Volodymyr"/"Vladimir"), but keeps its opening sound.
                found.add(_plain(given)[:1])
        return found or None

    for around in (surnames, given_names):
        if around is given_names and looks_scanned():
            break
        first, second = around(starts_a), around(starts_b)
        if first is not None and second is not None and not first & second:
            return True
    return False


def _follower(text: str, start: int) -> str | None:
    """The capitalised word right after the name written at `start`, if any."""
    word = _NAME.match(text, start)
    after = _SURNAME_AFTER.match(text, word.end()) if word else None
    return after.group(1) if after else None


# A run of capitalised words: one full name with its titles ("Datuk Dr Muhamad Sade Mohamad Amin").
_NAME_RUN = compile_pattern(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+")
NAME_RUN_REACH = 60


def _in_one_name(text: str, starts_a: list[int], b: str) -> bool:
    """Both spellings written in one full name ("Muhamad Sade Mohamad Amin"): two names a
    person carries, as "Mohamad" and "Muhamad" are in Malay naming; a respelling is written
    instead of the other, never beside it in the same name."""
    for start in starts_a:
        low = max(0, start - NAME_RUN_REACH)
        for run in _NAME_RUN.finditer(text, low, start + NAME_RUN_REACH):
            if run.start() <= start < run.end() and b in run.group().split():
                return True
    return False


# A conjunction or list comma between two capitalised words ("Medicare & Medicaid").
_COORDINATE = compile_pattern(r"(?:,? (?:&|and|or|nor) |, | ?/ ?)(\p{Lu}\p{Ll}+)")


# Each of two coordinated spellings this well known to English is a name in its own right.
KNOWN_APART = 3.0


def _coordinated(text: str, starts: dict[str, list[int]], a: str, b: str, zipf: Zipf) -> bool:
    """Two spellings English knows well, each in its own right, joined as items of one phrase
    ("Medicare & Medicaid", "Slovenia and Slovakia"): two names. A garbled respelling is rare, and
    machine translation may well set it beside the name ("Pokrovsky and Pokrovskiy")."""
    if min(zipf(a), zipf(b)) < KNOWN_APART:
        return False
    for first, second in ((a, b), (b, a)):
        for start in starts[first]:
            joined = _COORDINATE.match(text, start + len(first))
            if joined is not None and joined.group(1) == second:
                return True
    return False


MIN_FIXED = 2  # mentions that make a two-word name fixed rather than a chance neighbour


def _fixed_name(text: str, starts_a: list[int], starts_b: list[int]) -> bool:
    """One word written only as the first word of one two-word name, at least twice ("Chiang
    Mai"), the other never before that word ("Chuang Chuang", a panda): the first is part of a
    name of its own, not a respelling of the second."""
    for mine, other in ((starts_a, starts_b), (starts_b, starts_a)):
        followers = {_follower(text, start) for start in mine}
        if len(mine) >= MIN_FIXED and len(followers) == 1:
            fixed = followers.pop()
            if fixed is not None and all(_follower(text, start) != fixed for start in other):
                return True
    return False


def sounded_pairs(names: list[str], zipf: Zipf) -> Iterator[tuple[str, str]]:
    """Pairs of `names` with one sound key: a name transliterated by two systems ("Gaddafi",
    "Qaddafi"; "Tchaikovsky", "Chaikovsky"), not forms of one word. One of the two must be a
    spelling English hardly writes: two names English knows well are two names, however alike
    they sound ("Schmidt", "Schmitt"; "Pedersen", "Petersen")."""
    by_key: defaultdict[str, list[str]] = defaultdict(list)
    for name in names:
        if len(name) <= LONGEST_WORD:
            by_key[sound_key(name)].append(name)
    for a, b in pairs_within(by_key.values()):
        if min(zipf(a), zipf(b)) <= SOUNDED_MAX_ZIPF and not _one_is_form_of_other(
            _plain(a), _plain(b)
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
    by_key: defaultdict[str, list[int]] = defaultdict(list)
    by_romanisation: defaultdict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(names):
        if len(name) > LONGEST_WORD:
            continue  # no name; its deletion keys would cost its length squared
        depth = 2 if len(name) >= LONG_NAME else 1
        for key in _deletions(_plain(name), depth):
            by_key[key].append(index)
        by_romanisation[romanisation_key(name)].append(index)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_key.values():
        if len(indexes) > 1:
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
    plain_a, plain_b = _plain(a), _plain(b)
    if plain_a == plain_b or romanised_alike(a, b):
        return True
    if _one_is_form_of_other(plain_a, plain_b) or plain_a[0] != plain_b[0]:
        return False
    if gendered_pair(plain_a, plain_b):
        return False
    allowed = 2 if min(len(a), len(b)) >= LONG_NAME else 1
    return _edit_distance(plain_a, plain_b) <= allowed


def _one_is_form_of_other(a: str, b: str) -> bool:
    """ "Russia"/"Russian", "Pokrovsk"/"Pokrovsky"/"Pokrovskaya": one stem, two forms. A doubled
    last letter is a spelling ("Zelensky"/"Zelenskyy")."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        return long != short + short[-1]
    if _derivation_stem(a) == _derivation_stem(b) is not None:
        return True
    stem = len(_common_prefix(a, b))
    tails = {a[stem:], b[stem:]}
    return stem >= MIN_STEM and tails <= INFLECTIONS


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


def _odd_spellings(
    a: str, b: str, counts: Counter[str], introduced: Callable[[str], bool], zipf: Zipf
) -> list[tuple[str, str]]:
    """(odd, usual) pairs: the one written less here, else the spelling that lost its accents,
    else the one English knows clearly less, else the one never written after a given name
    ("Marta Velkander ... Velkandar"). With nothing to choose between them, both: which one is
    wrong needs a human, and naming only one would call the right one wrong half the time
    ("Khortytsia"/"Khortytsa"). The count comes first even for accents: a page that writes
    "Maras" twice and "Maraş" once has a house form, and the odd one out is the accented one."""
    if counts[a] != counts[b]:
        return [(a, b) if counts[a] < counts[b] else (b, a)]
    if _plain(a) == _plain(b) and a.isascii() != b.isascii():
        return [(a, b) if a.isascii() else (b, a)]
    if abs(zipf(a) - zipf(b)) >= CLEARLY_BETTER_KNOWN:
        return [(a, b) if zipf(a) < zipf(b) else (b, a)]
    a_introduced, b_introduced = introduced(a), introduced(b)
    if a_introduced != b_introduced:
        return [(b, a) if a_introduced else (a, b)]
    return [(a, b), (b, a)]


@lru_cache(maxsize=50_000)  # pure; asked for each pair a name is in
def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


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


def compile(rule: Rule, vocabulary: Vocabulary) -> NameVariantsCheck:
    return NameVariantsCheck(rule, vocabulary)
