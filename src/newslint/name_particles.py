"""A particle of a name written in two cases: "Mohammed bin Salman" and "Mohammed Bin Salman",
"Ahmed aboul Gheit" and "Aboul Gheit", "al-Sudani" and "Mohammed S. Al-Sudani", "Ursula von der
Leyen" and "Ursula Von der Leyen".

Arabic, Dutch and other names carry a short word before the surname that house styles write in
lower case or with a capital; a page copied together from two sources, or translated twice,
writes it both ways. Only places where case is free count: after a word that is not the end of
a sentence (a given name, an initial, a lower-case word), and a capital in a headline (a short
line with no closing mark) says nothing. A lower-case particle in a headline is the page's own
form, counted and reported like any other: a desk's headline style capitalises words, it does
not join a particle another way ("al Sudani" in the headline over "al-Sudani" in the text).

The particle is what English does not write as an ordinary word: joined by a hyphen, a word no
lower-case dictionary entry licenses ("al-", "el-"; not "pro-", "anti-"); joined by a space, the
same, or a word of up to three letters English seldom writes ("bin", "van"; not "all", "new"). A title before a name ("president Rahul", "Mayor Buddy") is an ordinary word and
is left to the style of titles. The rarer form is reported; on a tie, both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import compress, count
from operator import itemgetter

from newslint.cased_lexicon import english
from newslint.lexicon import is_function_word, zipf
from newslint.regex_store import compile_pattern
from newslint.tokens import Run

# What may stand before a particle written in either case: a capitalised word that does not end
# a sentence, an initial, a lower-case word or a comma, colon or semicolon.
_BEFORE = compile_pattern(r"(?:\p{Lu}[\p{Ll}’'-]*\p{Ll}|\b\p{Lu}\.|\p{Ll}+|[,;:]) \Z")
# A space-joined particle may be an English word too ("bin", "van"): a short one English seldom
# writes ("all", "new", "two" are words before a name, not particles).
SHORT_PARTICLE = 3
SHORT_PARTICLE_ZIPF = 5.0
# A short lower-case word joined by a hyphen to a capitalised one: a particle's shape.
_HYPHENED = compile_pattern(r"(?<![\p{L}\p{N}'’.-])(\p{Ll}{1,4})-(?=\p{Lu}\p{Ll})")
# Arabic's article romanised with either vowel ("al-Sisi", Egyptian "el-Sisi"): one particle,
# so before one name the two spellings are one name written two ways. (Urdu's "ul-Haq" is left
# out: there it joins a compound given name, "Inzamam-ul-Haq", not a family's article.)
_ARTICLE_VOWELS = {"el": "al"}
_ARTICLE = frozenset({"al", "el"})
HEADLINE_LENGTH = 160  # characters of a line that stands as a headline
_CLOSING = (".", "!", "?", ":", ";", '"', "”", "’", ")")


# (start, end, the form written there, the page's other form): a plain tuple, no class to build
# at import (`newslint.values`).
ParticleVariant = tuple[int, int, str, str]


def name_particle_variants(
    text: str, runs: Sequence[Run], written: AbstractSet[str]
) -> Iterator[ParticleVariant]:
    """Each occurrence of the rarer case of a name's particle (on a tie, of both); `runs` are
    the text's runs of letters and digits (`Document.runs`), `written` their spellings
    (`Document.names.texts`)."""
    # The lower-case spellings the page also writes capitalised, picked out in C calls: a page
    # writes a hundred or more spellings and hardly ever such a pair.
    lowers = list(filter(str.islower, written))
    twice = compress(lowers, map(written.__contains__, map(str.capitalize, lowers)))
    particles = {word for word in twice if _particle_word(word)}
    # A particle joined by a hyphen before a name ("al-Sudani") may be written with a space
    # elsewhere ("al Sudani"), in one case throughout.
    particles.update(
        word
        for word in {m.group(1) for m in _HYPHENED.finditer(text)}
        if _particle(word, "-") and _particle(word, " ")
    )
    if not particles:
        return  # most pages: no particle-like word written two ways
    if not particles.isdisjoint(_ARTICLE):
        particles.update(_ARTICLE)  # "El-Sisi" is the article's other vowel, capitalised
    capitals = {word.capitalize(): word for word in particles}
    # (particle, name) -> [(the particle as written with its joiner, where)]
    at: defaultdict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    # Only the runs written as a particle are read: picked out in C calls, since a page has
    # few of them among tens of thousands of runs.
    written_as = particles | capitals.keys()
    for index in compress(count(), map(written_as.__contains__, map(itemgetter(2), runs[:-1]))):
        start, end, word = runs[index]
        lower = word if word in particles else capitals[word]
        if end >= len(text) or text[end] not in " -":
            continue
        if runs[index + 1][0] != end + 1:
            continue
        following = _past_inner_particle(text, runs, index + 1)
        name = text[end + 1 : following[1]]
        if not following[2][0].isupper() or not following[2][1:].islower():
            continue
        if not _particle(lower, text[end]) or not _whole(text, start, following[1]):
            continue
        at[(_ARTICLE_VOWELS.get(lower, lower), name)].append((word + text[end], start))
    forms: defaultdict[tuple[str, str], defaultdict[str, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for key, written_at in at.items():
        if len({form for form, _ in written_at}) < 2:
            continue  # the particle written one way only before this name
        for form, start in written_at:
            if _BEFORE.search(text, max(0, start - 40), start) is None:
                continue
            if _headline(text, start) and not form[0].islower():
                continue
            forms[key][form].append(start)
    for (_, name), by_form in sorted(forms.items()):
        for particle, starts, other in _odd_particles(by_form):
            for start in starts:
                end = start + len(particle) + len(name)
                yield start, end, particle + name, other + name


def _past_inner_particle(text: str, runs: Sequence[Run], index: int) -> Run:
    """The run at `index`, or, when it is a second lower-case particle joined by a space ("von
    der Leyen", "van den Berg"), the capitalised run after it: the name the first particle
    stands before."""
    _, end, word = runs[index]
    if (
        word.islower()
        and index + 1 < len(runs)
        and _particle(word, " ")
        and runs[index + 1][0] == end + 1
        and text[end] == " "
    ):
        return runs[index + 1]
    return runs[index]


def _odd_particles(by_form: dict[str, list[int]]) -> list[tuple[str, list[int], str]]:
    """(form, where, the usual form) of each form written less than the page's usual one; of
    two forms written equally often, both (which one is wrong needs a human)."""
    if len(by_form) < 2:
        return []
    ranked = sorted(by_form.items(), key=lambda kv: -len(kv[1]))
    usual, most = ranked[0][0], len(ranked[0][1])
    if len(ranked) == 2 and len(ranked[1][1]) == most:
        (a, a_at), (b, b_at) = ranked
        return [(a, a_at, b), (b, b_at, a)]
    return [(form, at, usual) for form, at in ranked[1:] if len(at) < most]


def _whole(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands whole: no word, number or name mark runs into it."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "'’.-") and not (after.isalnum() or after == "-")


@cache
def _particle_word(word: str) -> bool:
    """Whether a lower-case word may be a name's particle joined either way."""
    return _particle(word, " ") or _particle(word, "-")


def is_particle(word: str, joiner: str) -> bool:
    """Whether a lower-case word, joined to the name after it by `joiner`, is a name's particle
    ("bin", "al", "van"), not an ordinary word before a name."""
    return _particle(word, joiner)


@cache
def _particle(word: str, joiner: str) -> bool:
    if is_function_word(word):
        return False
    lexicon = english()
    lower = word.lower()
    if joiner == "-":
        return not lexicon.is_lower_case_word(lower)
    if not lexicon.is_lower_case_word(lower):
        return True
    return len(word) <= SHORT_PARTICLE and zipf(lower) < SHORT_PARTICLE_ZIPF


def _headline(text: str, at: int) -> bool:
    """Whether the line holding `at` is a headline: short, with no closing mark at its end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].rstrip()
    return len(line) <= HEADLINE_LENGTH and not line.endswith(_CLOSING)
