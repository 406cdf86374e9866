"""Words no English list has, in a page that looks scanned: `ocr.non-word`'s judgement.

"tliat", "Korelgn", "UPOX", "police-eourt": a token no word list has is a misreading unless the
page shows it is a name (it recurs, it follows a given name, it is an initialism or a name with a
"Mc" or "Van") or a word the dictionary knows in another form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import chain, compress, pairwise, tee
from operator import itemgetter, methodcaller

import regex

from newslint import cased_lexicon
from newslint.foreign_names import foreign_name
from newslint.letter_model import letter_score
from newslint.lexicon import plain_words, table_key
from newslint.misreadings import GLYPH_CONFUSIONS
from newslint.ocr_damage import TOKEN, Zipf, core_damage, strip_edges
from newslint.page_names import PageNames, one_letter_from_common
from newslint.regex_store import compile_pattern
from newslint.wordtable import WordTable

_CAPITALISED_WORD = compile_pattern(r"\p{Lu}\p{L}*(?:['’]\p{L}+)?")
_CAMEL_OR_CAPS_NAME = compile_pattern(r"(?:Mc|Mac|O['’]|D['’]|De|La|Le|Van|Von)\p{Lu}\p{Ll}+")


def non_words(
    text: str, zipf: Zipf, lexicon: cased_lexicon.CasedLexicon, names: PageNames | None = None
) -> Iterator[tuple[int, str]]:
    """Where a misread word stands in `text`, and the word: a token no list has, or a misread part
    of a hyphenated compound. `names`: what the page shows of its names (`Document.names`)."""
    counts = Counter(map(strip_edges, map(_GROUP, TOKEN.finditer(text))))
    # A name the page also writes with its possessive ("Klumpke", "Miss Klumpke's") recurs.
    stems = {w: m.group(1) for w in counts if (m := _POSSESSIVE.fullmatch(w))}
    counts.update(stems.values())
    counts.update({word: counts[stem] - counts[word] for word, stem in stems.items()})
    # A page writes its words many times over: each distinct word is judged once (a pure
    # judgement of the word, the page's counts and the lists), its misread parts found once,
    # and only the places of the words that give something are visited (a Python step for
    # each of a scanned page's tokens was a third of the rule's time). The tokens are read in
    # C calls, one at a time: a list of a long page's matches held 40 bytes per character.
    judged: dict[str, bool] = {}
    parts_of: dict[str, list[tuple[int, str]]] = {}
    for core in counts:
        if core and core not in judged:
            judged[core] = _is_non_word(core, counts, zipf, lexicon)
            if not judged[core]:
                parts_of[core] = list(_misread_parts(core, 0, zipf, counts))
    found = {core for core, non_word in judged.items() if non_word or parts_of[core]}
    # Each token with the one before it; the copy `tee` keeps is one pair long.
    asked, visited = tee(pairwise(chain((None,), TOKEN.finditer(text))))
    cores = map(strip_edges, map(_GROUP, map(itemgetter(1), asked)))
    for previous, match in compress(visited, map(found.__contains__, cores)):
        assert match is not None  # only the first token's previous one is None
        token = match.group()
        core = strip_edges(token)
        before = previous.group() if previous is not None else ""
        start = match.start() + token.find(core)
        if judged[core]:
            if names is not None and names.is_name(core, zipf):
                continue  # "a girl named Klumpke", "Bellevoir township", "Hamburghers"
            if not _surname_after_given_name(core, before, lexicon) and not in_roll_of_names(
                text, start, start + len(core), zipf
            ):
                yield start, core
            continue
        for offset, part in parts_of[core]:
            yield start + offset, part


_GROUP = methodcaller("group")


def _is_non_word(
    core: str, counts: Counter[str], zipf: Zipf, lexicon: cased_lexicon.CasedLexicon
) -> bool:
    """A word no English list has, which the document does not establish as a name, and which is
    no possessive of a word or a name ("footman's", "Noblemen's", "Pel's"): wordfreq lists few
    possessives, so each is judged by its stem. A lower-case word the dictionary has is a word.
    On the BLN600 fit articles, such words were 19 the transcription keeps against 4 misread."""
    if not _unlisted(core, counts, zipf):
        return False
    if _v_elision(core, zipf):
        return False
    if core.islower() and lexicon.has(core):
        return False  # "promenaded", "besmeared": Hunspell's affixes know words wordfreq lacks
    if (_TITLE_CASE.fullmatch(core) or core.isupper()) and _dictionary_has(core, lexicon):
        return False  # the same words opening a sentence or a heading ("Besmeared with mud")
    if core.islower() and _inflected_word(core, zipf, lexicon):
        return False
    if core.islower() and _word_shaped(core, zipf):
        return False
    if _TITLE_CASE.fullmatch(core) and (
        _derived_name_or_word(core.lower(), zipf, lexicon) or foreign_name(core, zipf)
    ):
        return False  # "Cochins", "Parnellites"; "Pastorino", "Lochem"
    possessive = _ANY_POSSESSIVE.fullmatch(core)
    return possessive is None or not _known_stem(possessive.group(1), counts, zipf, lexicon)


# Verse and old print drop a "v" for the metre and mark it ("o'er", "ne'er", "e'en", "ev'ry",
# "o'erwhelmed"); no list spells the short forms. A misread letter read as an apostrophe
# ("th'm", "h'r" for "them", "her") gives no word with a "v" there. Other elisions ("lov'd",
# "heav'n": a dropped "e") are left to the rule: "e" is also the letter a stray mark most often
# replaces.
_ELISION = compile_pattern(r"(\p{Ll}+)['’](\p{Ll}+)")
ELISION_ZIPF = 3.0


def _dictionary_has(core: str, lexicon: cased_lexicon.CasedLexicon) -> bool:
    """Whether the dictionary licenses a capitalised or upper-case word as written or in lower
    case: the case a sentence's or a heading's start gives it is no misreading."""
    return lexicon.has(core.lower()) or lexicon.has(core)


def _v_elision(core: str, zipf: Zipf) -> bool:
    """A lower-case word whose apostrophe stands for a dropped "v" ("o'er": over)."""
    if "'" not in core and "’" not in core:
        return False  # most unlisted words: no copy, no search
    match = _ELISION.fullmatch(core)
    return match is not None and zipf(match.group(1) + "v" + match.group(2)) >= ELISION_ZIPF


def _inflected_word(core: str, zipf: Zipf, lexicon: cased_lexicon.CasedLexicon) -> bool:
    """A form of a known word that neither list spells out: the old second and third person of a
    verb ("sealeth", "makest", "carrieth"), a plural of a noun in -y ("pageantries"), a participle
    of a word only the frequency list has ("environing"). Old print is full of the first two;
    Hunspell's en_US affixes make neither. A misreading seldom leaves a real stem before such an
    ending ("tbeth", "bnilding": no stem is a word)."""
    match = _INFLECTED.fullmatch(core)
    if match is None:
        return False
    stem, ending = match.group(1), match.group(2)
    stems = [stem, stem + "e"] if ending != "ies" else [stem + "y"]
    if ending in ("eth", "est") and stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # "carrieth", "triest"
    return any(
        lexicon.has(s) or (len(s) >= MIN_LISTED_STEM and zipf(s) >= STEM_ZIPF) for s in stems
    )


# A long lower-case word every letter triple of which many listed words share ("tachistoscopes":
# "^ta", "tos", "es$"), that no confusion of glyph shapes turns into a listed word, is a rare term
# the lists leave out, not a misreading: a misread letter in a long word leaves a triple English
# hardly writes ("declassificaion": "aio"; "unayoidably": "yoi"; "reconsecratlon": "tlo"). On
# the labelled dev pages no misread lower-case word of ten letters or more passes (the highest
# has a triple 7 listed words share); technical and archaic words the lists lack do.
MIN_SHAPED_LETTERS = 10
MIN_TRIPLE_WORDS = 20
TRIPLE_WORD_ZIPF = 2.5  # the listed words that count


def _word_shaped(core: str, zipf: Zipf) -> bool:
    if len(core) < MIN_SHAPED_LETTERS or not core.isascii():
        return False
    shared = _letter_triples()
    for triple in _triples(core):
        counted = shared.row_values(triple)
        if counted is None or counted[0] < MIN_TRIPLE_WORDS:
            return False
    return not any(
        zipf(core[:at] + printed + core[at + len(read) :]) > 0
        for printed, read in GLYPH_CONFUSIONS
        for at in _occurrences(core, read)
    )


def _triples(word: str) -> set[str]:
    edged = f"^{word}$"
    return {edged[i : i + 3] for i in range(len(edged) - 2)}


def _occurrences(word: str, part: str) -> Iterator[int]:
    at = word.find(part)
    while at != -1:
        yield at
        at = word.find(part, at + 1)


def _letter_triples() -> WordTable:
    """How many of wordfreq's lower-case ASCII words of Zipf TRIPLE_WORD_ZIPF or more hold each
    letter triple (the word's edges count as letters): built once (0.7 s) and kept in the cache
    directory beside the word list it is counted from."""
    return _triples_table()


@cache
def _triples_table() -> WordTable:
    return WordTable.cached("letter-triples", table_key(), _count_triples)


def _count_triples() -> tuple[list[str], list[int]]:
    words = list(plain_words(TRIPLE_WORD_ZIPF))
    # one count over every word's triples at once: Counter's C loop
    counts = Counter(triple for word in words for triple in _triples(word))
    triples = sorted(counts)
    return triples, [min(counts[t], 0xFFFF) for t in triples]


def _derived_name_or_word(word: str, zipf: Zipf, lexicon: cased_lexicon.CasedLexicon) -> bool:
    """A capitalised plural or derivative of a known word or name, which a page capitalises
    as a name or a heading's word ("Cochins" of a breed "cochin", "Parnellites" of "Parnell",
    "Surrenderers"): English makes such words of known stems; a misreading seldom keeps a known
    stem whole before the ending ("Securitys" is a misread plural of a word in -y)."""
    if _inflected_word(word, zipf, lexicon):
        return True
    match = _DERIVED.fullmatch(word)
    if match is None or (match.group(2) == "s" and match.group(1).endswith(("s", "y"))):
        return False
    return lexicon.has(match.group(1)) or zipf(match.group(1)) >= NAME_STEM_ZIPF


def _known_stem(
    stem: str, counts: Counter[str], zipf: Zipf, lexicon: cased_lexicon.CasedLexicon
) -> bool:
    """Whether a possessive's stem is a word: one of five letters or more the dictionary has, in
    lower case or capitals ("footman", "DUSTMAN"; wordfreq also lists the tails of cut words a
    possessive ends, "soner" of "pri-soner's", and the dictionary short ones, "lain" of
    "Chamber-lain's"), or, capitalised, a name as the bare word would be judged ("Pel")."""
    if stem.islower() or stem.isupper():
        return len(stem) >= MIN_STEM_LETTERS and lexicon.has(stem.lower())
    return stem[1:].islower() and not _unlisted(stem, counts, zipf)


def _unlisted(core: str, counts: Counter[str], zipf: Zipf) -> bool:
    """A word no English list has, which the document does not establish as a name."""
    if core_damage(core, zipf) == "non-word":
        return core.isascii()
    if not core.isascii():
        return False  # "Hässelby", "drogpåverkad": a foreign word, not a misreading
    if _LOWER_THEN_CAPITAL.fullmatch(core) and zipf(core) == 0 and counts[core] == 1:
        return True  # "macHav", "rOTTGHT": in a scanned page, no scraper's glued words
    if not _CAPITALISED_WORD.fullmatch(core) or zipf(core) > 0 or counts[core] > 1:
        return False
    if core.isupper() and len(core) <= 4:
        # An initialism (NATO, ICJ, HZJ) unless a word in capitals misread: three letters or
        # more, with a vowel, that no list has ("AXD", "UPOX", "TTIF"); initialisms wordfreq
        # does not know are seldom pronounceable.
        return len(core) >= 3 and _VOWEL.search(core) is not None and not _ROMAN.fullmatch(core)
    return not _CAMEL_OR_CAPS_NAME.fullmatch(core)


def in_roll_of_names(text: str, start: int, end: int, zipf: Zipf) -> bool:
    """ "Aldermen Carroll, Pflughaupt, Henrich, Dopheide and Lemke": a capitalised word no list
    has, standing as one item of a roll of single surnames (items parted by commas and a last
    "and"), two of whose nearest items are capitalised words the lists know, is a surname the
    lists lack. Council minutes and court records call rolls so; a scanner's misreading of a
    common word keeps it one letter from that word ("Taesday" among days), and is not spared."""
    before = _ROLL_SEPARATOR.split(text[max(0, start - ROLL_REACH) : start])
    after = _ROLL_SEPARATOR.split(text[end : end + ROLL_REACH])
    if len(before) < 2 or before[-1]:
        return False  # no separator right before it: not an item of a roll
    following = after[1:] if not after[0] else []  # anything else after it ends the roll
    neighbours = _items(reversed(before[:-1]), _FIRST_ITEM) + _items(following, _LAST_ITEM)
    listed = sum(1 for item in neighbours if zipf(item) > 0)
    return listed >= MIN_LISTED_ITEMS and not one_letter_from_common(text[start:end].lower(), zipf)


def _items(parts: Iterable[str], edge: regex.Pattern[str]) -> list[str]:
    """The capitalised single words among the nearest ROLL_ITEMS parts, nearest first; a part
    that is more than one word ends the roll, and yields its word at the roll's edge ("...
    responding. Bowers" first; "Williams. Absent" or "Campagna responding" last) if it has one."""
    found: list[str] = []
    for part in parts:
        if len(found) == ROLL_ITEMS:
            break
        if _TITLE_CASE.fullmatch(part):
            found.append(part)
            continue
        if (match := edge.search(part)) is not None:
            found.append(match.group(1))
        break
    return found


_FIRST_ITEM = compile_pattern(r"\s(\p{Lu}\p{Ll}+)$")
_LAST_ITEM = compile_pattern(r"^(\p{Lu}\p{Ll}+)(?:[.;:]|[ \t\n]+\p{Ll})")


# Items of a roll: a comma (the line may end after it) or "and" between two names.
_ROLL_SEPARATOR = compile_pattern(r",[ \t]*\n?[ \t]*|[ \t]*\n?[ \t]*\band[ \t]*\n?[ \t]*")
ROLL_REACH = 60  # characters looked at on each side: two items and their separators
ROLL_ITEMS = 2
MIN_LISTED_ITEMS = 2


def _surname_after_given_name(core: str, before: str, lexicon: cased_lexicon.CasedLexicon) -> bool:
    """ "Charles Mawzi", "Annie Hockins": a capitalised word no list has, straight after a word
    the dictionary writes only as a name (nothing between them, not even a comma), is that
    person's surname; after a title ("Mr. Tcmple"), a day or a month, or any other word it may
    well be misread."""
    possessive = _ANY_POSSESSIVE.fullmatch(core)
    name = possessive.group(1) if possessive else core  # "Gustavus Sohon's"
    return (
        _NAME_SHAPED.fullmatch(name) is not None
        and (_CONSONANT_PILE.search(name) is None or _spoken_pile(name, before))
        and _CAPITALISED_WORD.fullmatch(before) is not None
        and lexicon.only_capitalised(before.lower())
        and not _CALENDAR_WORD.fullmatch(before)
    )


def _spoken_pile(name: str, before: str) -> bool:
    """A surname with a pile of consonants English spells ("William Sarsfeld"), after a given
    name written as one ("SMITHSONIAN Instirurion" is a heading's misread word)."""
    return _TITLE_CASE.fullmatch(before) is not None and letter_score(name) >= SPOKEN_PILE_SCORE


# Days and months are written only with a capital too, but name no one ("September Inork",
# "Thurs Lofd"). April, May, June and August are also given names, and so are some short forms
# without their full stop ("Jan", "Sun").
_CALENDAR_WORD = compile_pattern(
    r"(?i:(?:january|february|march|july|september|october|november|december)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:feb|sept?|oct|nov|dec|mon|tues?|wed|thu(?:rs?)?|fri)\.?"
    r"|(?:jan|mar|apr|jun|jul|aug|sat|sun)\.)"
)


# A surname is spoken: one capital, then lower case, opening the way English words open (a vowel,
# or a consonant pair English starts words with). A scanner's misreading often is not ("Wnsson",
# "Spnng", "Prnncisco", "AIiPF" after "Walter Edward", "Poland", "San", "Rudolph").
_NAME_SHAPED = compile_pattern(
    r"(?:[AEIOUY]|[BCDFGKPST][hlr]|S[chklmnpqtw]|[TW][hrw]|[BCDFGHJKLMNPQRSTVWXZ](?=[aeiouy]))"
    r"\p{Ll}+"
)
_CONSONANT_PILE = compile_pattern(r"[b-df-hj-np-tv-xz]{3}")
# A pile of three consonants is a surname's still where English spells its letter runs
# (`newslint.letter_model`: "Sarsfeld" -2.3, "Arthoure" -2.3, "Pflughaupt" -3.0), not where a
# scanner made it ("Spnng" -3.6, "Prnncisco" -3.4, "Tcmple" -3.4, "Wnsson" -3.2).
SPOKEN_PILE_SCORE = -3.1


_VOWEL = compile_pattern(r"[AEIOU]")
# A stem of three letters or more, then an ending Hunspell's en_US affixes do not add (`-ing` only
# where the stem is the frequency list's alone).
_INFLECTED = compile_pattern(r"(\p{Ll}{3,}?)(eth|est|ies|ing)")
# "environ" 2.2; a misread stem ("bnild", "tbink") is in no list, but wordfreq has the commonest
# short misreadings ("tbe" 2.6), so a stem only it lists must be longer than those.
STEM_ZIPF = 2.0
MIN_LISTED_STEM = 5
_TITLE_CASE = compile_pattern(r"\p{Lu}\p{Ll}+")
_DERIVED = compile_pattern(r"(\p{Ll}{3,}?)(ites?|ians?|ers?|s)")
# Wordfreq lists OCR's commonest misreadings ("tbe" 2.6), so a stem the dictionary lacks must be
# commoner than those to count as a name ("parnell" 3.0 and the dictionary's).
NAME_STEM_ZIPF = 3.0
_POSSESSIVE = compile_pattern(r"(\p{Lu}\p{L}+)['’]s?")
MIN_STEM_LETTERS = 5
_ANY_POSSESSIVE = compile_pattern(r"(\p{L}{2,})(?:['’]s|s['’])")
# Lower case, then a capital, as no word or name is spelt; "iPhone", "eBay" style names have one
# lower-case letter before a capital and a lower-case run after it.
_LOWER_THEN_CAPITAL = compile_pattern(r"\p{Ll}{2,}\p{Lu}\p{L}*|\p{Ll}\p{Lu}{2,}\p{L}*")
_ROMAN = compile_pattern(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_COMPOUND = compile_pattern(r"\p{L}+(?:-\p{L}+)+")
MIN_PART_LETTERS = 4


def _misread_parts(
    core: str, start: int, zipf: Zipf, counts: Counter[str]
) -> Iterator[tuple[int, str]]:
    """ "police-eourt", "Police-constablo": a misread part of a hyphenated compound, where the
    other parts are words (a lower-case part of four letters or more that no list has); and
    "Polics-court", "Langbam-place": a capitalised first part no list has before common words,
    judged as that word would be alone (the page does not write it elsewhere). Two capitalised
    parts are a double-barrelled name ("Smith-Zaddres")."""
    if not _COMPOUND.fullmatch(core) or not core.isascii():
        return
    parts = core.split("-")
    unknown = [p for p in parts if p.islower() and len(p) >= MIN_PART_LETTERS and zipf(p) == 0]
    if not unknown and _misread_place(parts, zipf, counts):
        unknown = parts[:1]
    if len(unknown) != 1 or any(zipf(p) == 0 for p in parts if p not in unknown):
        return
    offset = start
    for part in parts:
        if part in unknown:
            yield offset, part
        offset += len(part) + 1


def _misread_place(parts: list[str], zipf: Zipf, counts: Counter[str]) -> bool:
    first, rest = parts[0], parts[1:]
    return (
        first[0].isupper()
        and first[1:].islower()
        and len(first) >= MIN_PART_LETTERS
        and zipf(first) == 0
        and counts[first] == 0
        and all(p.islower() and zipf(p) >= COMMON_PART_ZIPF for p in rest)
    )


COMMON_PART_ZIPF = 3.5  # "street", "place", "court", "park", "road", "fields"
