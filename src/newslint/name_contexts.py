"""What the page around two spellings of a name says about them: when they are two names
("Mairi Gougeon" and "Màiri McAllan", "Chiang Mai" beside "Chuang", "Medicare & Medicaid", two
names one person carries) or a word the page also writes in lower case, and not one name
respelled. `name-variants` pairs spellings by their letters; these read the text beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from newslint.cased_lexicon import english
from newslint.checks.full_names import TITLE_ZIPF
from newslint.given_names import one_opening, other_gender, surname_opening
from newslint.name_particles import is_particle
from newslint.name_spellings import plain
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern

# Titles short and rare enough to pass for a given name by frequency ("Ms" is rarer than "Lydia"
# in some lists), which every English name may follow.
COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
# The word before a name, when it is capitalised: a given name or a title.
WORD_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) \Z")
# English's days and the months no one is named after: a date before a name ("On Tuesday
# Zelenskyy met ...") is not the person's given name, though English writes it capitalised.
CALENDAR = compile_pattern(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|July|September"
    r"|October|November|December"
)
# A capitalised word, or two joined by a hyphen, standing alone: a name's mention.
NAME = compile_pattern(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])")


# The capitalised word right after a name: its surname when the name is a given name.
_SURNAME_AFTER = compile_pattern(r" (\p{Lu}[\p{L}'’-]+)")
# A surname after a particle ("Mohammed bin Salman", "Ahmed al-Tayeb").
_SURNAME_AFTER_PARTICLE = compile_pattern(r" (\p{Ll}+)([ -])(\p{Lu}[\p{L}'’-]+)")
PARTICLE_LETTERS = 4  # longest particle read past before a surname ("Abou", "Bin", "Al")
# Capitals only: an acronym ("NPP", "HPP", "JSC"), never a surname.
_ACRONYM = compile_pattern(r"\p{Lu}{2,6}")


def two_people(
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

    def given_names(starts: list[int]) -> set[str] | None:
        """The openings of the given names the surname is written after; a bare surname (a
        second mention) or one after a title ("President", "Mr") says nothing of who is meant.
        Nor does a title rarer than the common ones, which reads as a given name by frequency
        alone ("Judge", "Senator", "Governor Velkander" beside "the governor"): see
        `title_word`."""
        found: set[str] = set()
        for start in starts:
            before = WORD_BEFORE.search(text[max(0, start - 40) : start])
            given = before.group(1) if before else ""
            if (
                given
                and given not in COURTESY_TITLES
                and not CALENDAR.fullmatch(given)
                and zipf(given) < TITLE_ZIPF
                and not title_word(given, text)
            ):
                found.add(plain(given))
        return found or None

    if _surnames_apart(text, starts_a, starts_b):
        return True
    if looks_scanned():
        return False
    first, second = given_names(starts_a), given_names(starts_b)
    if first is None or second is None:
        return False
    # Only the opening: a transliteration respells a given name too ("Volodymyr"/"Vladimir"),
    # but keeps its opening sound. The same name in its other gender is another person
    # ("Fernando Alonso", "Fernanda Alonzo").
    if not any(one_opening(a, b) for a in first for b in second):
        return True
    return all(other_gender(a, b) for a in first for b in second)


def title_word(word: str, text: str) -> bool:
    """Whether `word`, capitalised before a surname, is a title rather than a given name: a
    word the dictionary writes only in lower case ("Judge", "Senator", "Chancellor"), or one it
    writes in lower case too that the page also writes in lower case ("Governor Velkander" on a
    page that speaks of "the governor"). A given name that is also a word ("Peter", "Grace")
    stays a given name on a page that does not use the word."""
    lower = word.lower()
    lexicon = english()
    if lexicon.only_lower_case(lower):
        return True
    return lexicon.is_lower_case_word(lower) and _written_whole(text, lower) != []


def full_names_apart(text: str, name: str, other: str) -> bool:
    """Two full names whose last words run on, past a particle, into surnames that set them
    apart ("Sheikh Mohammed bin Hamad" beside "Sheikh Mohamed bin Zayed"): two people sharing
    a title, though the words before the particle look like one name respelled."""

    def last_words(full: str) -> list[int]:
        offset = full.rfind(" ") + 1
        return [at + offset for at in _written_whole(text, full)]

    return _surnames_apart(text, last_words(name), last_words(other))


def _written_whole(text: str, words: str) -> list[int]:
    """Where `words` stand in `text` as whole words."""
    found: list[int] = []
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "'’-")) and not (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            found.append(at)
        at = text.find(words, at + 1)
    return found


def _surnames(text: str, starts: list[int], every: bool, names_only: bool) -> set[str] | None:
    """The openings of the surnames written after the names at `starts` (`_surname_after`);
    None when `every` and one has none, or when none has one. With `names_only`, a capitalised
    word the dictionary writes in lower case ("Foundation", "Sheikh") names nobody."""
    found: set[str] = set()
    lexicon = english() if names_only else None
    for start in starts:
        surname = _surname_after(text, start)
        if surname is not None and lexicon and lexicon.is_lower_case_word(surname.lower()):
            surname = None
        if surname is None:
            if every:
                return None
            continue
        found.add(surname_opening(surname))
    return found if found or every else None


def _surnames_apart(text: str, starts_a: list[int], starts_b: list[int]) -> bool:
    """Two spellings each always followed by a surname, the two sets apart; or one spelling
    always followed by a name word, none of which ever follows the other spelling where that
    one has one ("Mohammed bin Hamad", "Issa Saif Mohammed Al Mazrouei" beside "Mohamed bin
    Zayed" and a bare "Sheikh Mohamed"): the first names people the second never names. A bare
    mention says nothing of who is meant, but every mention of one spelling must name its
    person, or a respelling written once bare ("Prince Mohammad") would pass for another man;
    and a word of the dictionary after it ("the Bangabandhu Foundation") is no person's."""
    first, second = (_surnames(text, s, True, False) for s in (starts_a, starts_b))
    if first is not None and second is not None and not first & second:
        return True
    for mine, other in ((starts_a, starts_b), (starts_b, starts_a)):
        always, seen = _surnames(text, mine, True, True), _surnames(text, other, False, True)
        if always is not None and seen is not None and not always & seen:
            return True
    return False


def _surname_after(text: str, start: int) -> str | None:
    """The surname written after the given name at `start`, past a particle ("Muhammad bin
    Nayef" -> "Nayef"): Arabic names carry one between the given name and the family's."""
    word = NAME.match(text, start)
    if word is None:
        return None
    after = _SURNAME_AFTER.match(text, word.end())
    if after is None:
        linked = _SURNAME_AFTER_PARTICLE.match(text, word.end())
        if linked is None or not is_particle(linked.group(1), linked.group(2)):
            return None
        return linked.group(3)
    # An acronym after a place names a thing of it ("Zaporizhzhya NPP"), no surname.
    if _ACRONYM.fullmatch(after.group(1)):
        return None
    # A particle written with its capital ("Mohammed Bin Salman", "Al-Sudani") stands before
    # the surname as the lower-case one does, where the page writes it in lower case too: "Bin"
    # names nobody. A short name English lacks as a word ("Ali", "Jong") is no particle.
    word_after = after.group(1)
    head, hyphen, rest = word_after.partition("-")
    if len(head) <= PARTICLE_LETTERS and _written_as_particle(text, head.lower(), hyphen or " "):
        if hyphen:
            return rest or None
        past = _SURNAME_AFTER.match(text, after.end())
        return past.group(1) if past else None
    return after.group(1)


def _written_as_particle(text: str, word: str, joiner: str) -> bool:
    """Whether the page writes `word` in lower case before a capitalised name ("bin Zayed")
    and it is a particle's word (`is_particle`)."""
    if len(word) <= PARTICLE_LETTERS:
        return (word, joiner) in _words_before_capitals(text) and is_particle(word, joiner)
    return searched_as_particle(text, word, joiner)


def searched_as_particle(text: str, word: str, joiner: str) -> bool:
    """`_written_as_particle` by a search of the whole page for each word: kept for words too
    long to be walked for, and the reference the walk is held to (tests)."""
    probe = f"{word}{joiner}"
    at = text.find(probe)
    while at >= 0:
        after = at + len(probe)
        if (at == 0 or not text[at - 1].isalpha()) and text[after : after + 1].isupper():
            return is_particle(word, joiner)
        at = text.find(probe, at + 1)
    return False


@lru_cache(maxsize=1)
def _words_before_capitals(text: str) -> frozenset[tuple[str, str]]:
    """Every (word, joiner) the text writes right before a capital ("bin " in "bin Zayed"): the
    last PARTICLE_LETTERS characters or fewer before a space or hyphen, with no letter before
    them. Found in one walk: searching the whole text for each name's particle cost a page of
    names its length once per name (a 800 KB line of them: 54 s)."""
    found = set()
    # Only the joiners before a capital are visited: a page's spaces are mostly before words in
    # lower case. `\p{Uppercase}` holds every letter str.isupper() takes (a test checks every
    # code point), and maybe a few more where the regex module's Unicode is newer.
    for match in _JOINER_BEFORE_CAPITAL.finditer(text):
        at = match.start()
        if not text[at + 1].isupper():
            continue
        for start in range(at - 1, max(-1, at - PARTICLE_LETTERS - 1), -1):
            if text[start].isspace():
                break  # no word holds white space
            if start == 0 or not text[start - 1].isalpha():
                found.add((text[start:at], match.group()))
    return frozenset(found)


_JOINER_BEFORE_CAPITAL = compile_pattern(r"[ -](?=\p{Uppercase})")


def _follower(text: str, start: int) -> str | None:
    """The capitalised word right after the name written at `start`, if any, to its first
    hyphen: a double surname joined one way here and another there ("Akufo-Addo", "Akufo
    Addo") is one word following."""
    word = NAME.match(text, start)
    after = _SURNAME_AFTER.match(text, word.end()) if word else None
    return after.group(1).split("-", 1)[0] if after else None


# A run of capitalised words: one full name with its titles ("Datuk Dr Muhamad Sade Mohamad Amin").
_NAME_RUN = compile_pattern(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+")
NAME_RUN_REACH = 60


def in_one_name(text: str, starts_a: list[int], b: str) -> bool:
    """Both spellings written in one full name ("Muhamad Sade Mohamad Amin"): two names a
    person carries, as "Mohamad" and "Muhamad" are in Malay naming; a respelling is written
    instead of the other, never beside it in the same name."""
    for start in starts_a:
        low = max(0, start - NAME_RUN_REACH)
        for run in _NAME_RUN.finditer(text, low, start + NAME_RUN_REACH):
            if run.start() <= start < run.end() and b in run.group().split():
                return True
    return False


# A word English knows at least this well, written in lower case on the page, is a word there.
WORD_ZIPF = 2.5


def written_as_a_word(text: str, name: str, zipf: Zipf) -> bool:
    """A capitalised word the page also writes in lower case, and English knows as a word: a
    common noun the page capitalises as a term ("the Appellant" beside "the appellant's lawyer",
    "Automotive" in a title over "automotive parts"), not a name; its neighbour in spelling
    ("Appellate", "Automobile") is another word, not a respelling. A respelled name is written
    with its capital wherever it stands."""
    if zipf(name) < WORD_ZIPF:
        return False
    lower = name.lower()
    start = text.find(lower)
    while start >= 0:
        end = start + len(lower)
        if not (start and text[start - 1].isalpha()) and not (
            end < len(text) and text[end].isalpha()
        ):
            return True
        start = text.find(lower, start + 1)
    return False


# A conjunction or list comma between two capitalised words ("Medicare & Medicaid").
_COORDINATE = compile_pattern(r"(?:,? (?:&|and|or|nor) |, | ?/ ?)(\p{Lu}\p{Ll}+)")


# Each of two coordinated spellings this well known to English is a name in its own right.
KNOWN_APART = 3.0


def coordinated(text: str, starts: dict[str, list[int]], a: str, b: str, zipf: Zipf) -> bool:
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
COMMON_FOLLOWER = 4.0  # Zipf of a following word that is a common word, not a name ("Nuclear")


def fixed_name(text: str, starts_a: list[int], starts_b: list[int], zipf: Zipf) -> bool:
    """One word written only as the first word of one two-word name, at least twice ("Chiang
    Mai"), the other never before that word ("Chuang Chuang", a panda): the first is part of a
    name of its own, not a respelling of the second. A following word English uses as a common
    word names a thing of the place ("Zaporizhzhia Nuclear Power Plant", "Belgorod Region"):
    the first word is still the place itself, however often the page writes the pair. So does
    a word the page writes after other names too, or in lower case: a kind of place in the
    language the names come from ("Kharkiv Oblast" beside "Donetsk Oblast", "the oblast")."""
    for mine, other in ((starts_a, starts_b), (starts_b, starts_a)):
        followers = {_follower(text, start) for start in mine}
        if len(mine) >= MIN_FIXED and len(followers) == 1:
            fixed = followers.pop()
            if fixed is None or zipf(fixed) >= COMMON_FOLLOWER or _kind_word(text, fixed):
                continue
            if all(_follower(text, start) != fixed for start in other):
                return True
    return False


def _kind_word(text: str, word: str) -> bool:
    """Whether the page writes `word` in lower case, or after two capitalised words or more: a
    kind of thing several names share ("Kharkiv Oblast", "Donetsk Oblast"), not one name's part
    ("Chiang Mai")."""
    if _written_whole(text, word.lower()):
        return True
    return len(_capitalised_before(text).get(word, ())) > 1


@lru_cache(maxsize=1)
def _capitalised_before(text: str) -> dict[str, frozenset[str]]:
    """Each capitalised word the text writes after another, with the words it follows: read in
    one walk for every word `_kind_word` asks about (a walk per word cost a page of names its
    length once per name)."""
    before: dict[str, set[str]] = {}
    for match in _WORD_BEFORE_ANY.finditer(text):
        before.setdefault(match.group(2), set()).add(match.group(1))
    return {word: frozenset(words) for word, words in before.items()}


# A capitalised word and the capitalised word after it.
_WORD_BEFORE_ANY = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])"
)


# A capitalised word right before or right after a name's word, on its line: a companion in a
# name of several words.
_COMPANION_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]+) \Z")
_COMPANION_AFTER = compile_pattern(r" (\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])")


def places_apart(text: str, starts_a: list[int], a: str, starts_b: list[int], b: str) -> bool:
    """Two words that each stand at another place of a name of several words: one always its
    last word after a companion, the other always its first word before one ("Deutsche Börse"
    beside "Borsa Italiana", the German and Italian word for an exchange). A respelled name keeps
    its place; companions that are words in lower case too ("Zelenskiy Meets Biden", a headline)
    say nothing."""
    places_a = {_place(text, start, start + len(a)) for start in starts_a}
    places_b = {_place(text, start, start + len(b)) for start in starts_b}
    return len(places_a) == len(places_b) == 1 and places_a | places_b == {"last", "first"}


def _place(text: str, start: int, end: int) -> str | None:
    """ "last" when a name-like companion stands before the word and none after, "first" when
    one stands after and none before, else None."""
    before = _COMPANION_BEFORE.search(text, max(0, start - 40), start)
    after = _COMPANION_AFTER.match(text, end)
    lexicon = english()
    named_before = before is not None and not lexicon.is_lower_case_word(before.group(1).lower())
    named_after = after is not None and not lexicon.is_lower_case_word(after.group(1).lower())
    if named_before and after is None:
        return "last"
    if named_after and before is None:
        return "first"
    return None
