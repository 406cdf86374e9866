"""`name-variants`: one name spelled two ways in one document ("Zelensky" and "Zelenskyy").

Transliteration and careless translation spell a person or a place differently from paragraph to
paragraph. Two capitalised words are taken as one name written two ways when they are equal
once accents are removed ("Erdoğan", "Erdogan"), or when they share their first letter and
differ by one edit (two from eight letters on: "Mohammed", "Muhammad"). Forms of one word
("Russia", "Russian", "Pokrovsky", "Pokrovskaya", "Zionism", "Zionist") are not variants,
common words are never names, and short names are left alone ("Cheng" and "Cheung" are two
people). The rarer spelling is reported. On a tie: of two spellings equal but for accents, the one
without them (pipelines that fold text to ASCII lose accents, none adds them); else the one
English knows clearly less (read through a lost accent: "Lofven" is known as "Löfven",
"Lofevn" not at all); else the one whose differing letters the page's other foreign names
never use (`house_letters`: "Victor" on a page that writes Kupyansk and Kharkiv); else the one
the page writes later, toward the first-written one (equal
evidence cannot say which is wrong, but one problem is one finding, and the reader met the first
form first; this holds for every comparison below that finds a tie). Each finding points at
the other spelling's first places as related locations (`related_places`): on a tie that is the
first-written form, which labellers mark as often as the later one, so both are shown while
the problem stays one finding. Names of four
or five letters are compared too when English
hardly knows either and they differ in one letter only ("Wehby", "Wenby"); "Cheng" and "Cheung"
are both common names. Full names that share a word and respell the others are one person
spelled two ways (see `full_names`). Keys: `min_length` (default 6), `max_common_zipf` (default 4.0: words at
least this common are words, not names); the weights of `name_weighing.NameWeights`
(`known_names_zipf`, `unseen_zipf`, `clearly_better_known`, `short_name_min`, `short_name_max`,
`short_name_max_zipf`) and `on_tie` (`later`, the default, or `both`: each form reported toward
the other), read from the rule when the check is compiled, never from module constants.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from newslint.checks import Check, Option, finding, render
from newslint.checks.full_names import TITLE_ZIPF, full_name_respellings
from newslint.checks.unknown_names import case_form_pairs, garbled_pairs, unknown_surnames
from newslint.document import Document
from newslint.finding import Finding
from newslint.house_letters import odd_by_house_letters
from newslint.lexicon import Vocabulary, is_function_word
from newslint.name_bearers import borne_apart
from newslint.name_contexts import (
    CALENDAR,
    COURTESY_TITLES,
    WORD_BEFORE,
    coordinated,
    fixed_name,
    full_names_apart,
    in_one_name,
    places_apart,
    two_people,
    written_as_a_word,
)
from newslint.name_forms import name_form_variants
from newslint.name_glosses import glossed, in_foreign_title
from newslint.name_joins import name_join_variants
from newslint.name_particles import is_particle, name_particle_variants
from newslint.name_spellings import (
    accented_apart,
    candidate_pairs,
    known_apart,
    known_through_accents,
    one_is_form_of_other,
    plain,
    sounded_pairs,
    two_words,
    undoubled,
    variants,
)
from newslint.name_weighing import TIE_BOTH, TIE_LATER, NameWeights, odd_spellings, one_way
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern
from newslint.related_places import OtherForm, places_of
from newslint.romanisation import romanised_alike
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal
from newslint.span_index import SpanIndex

OPTIONS = {
    "min_length": Option((int,), default=6, doc="shortest name compared"),
    "max_common_zipf": Option((float, int), default=4.0, doc="commoner words are not names"),
    "known_names_zipf": Option(
        (float, int),
        default=3.0,
        doc="two names at least this common whose consonants differ are two names",
    ),
    "unseen_zipf": Option(
        (float, int),
        default=1.0,
        doc="a spelling rarer than this beside a known name is the garble whatever the counts",
    ),
    "clearly_better_known": Option(
        (float, int),
        default=1.0,
        doc="Zipf lead that settles two spellings written equally often",
    ),
    "short_name_min": Option((int,), default=4, minimum=1, doc="shortest short name compared"),
    "short_name_max": Option(
        (int,), default=5, minimum=1, doc="longest short name compared with a letter doubled"
    ),
    "short_name_max_zipf": Option(
        (float, int), default=2.0, doc="short names are compared when rarer than this"
    ),
    "on_tie": Option(
        (str,),
        default=TIE_LATER,
        choices=(TIE_LATER, TIE_BOTH),
        doc="a tie nothing settles: report the later-written form, or both",
    ),
}


class NameVariantsCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.min_length = int(rule.option("min_length"))
        self.max_common = float(rule.option("max_common_zipf"))
        self.weights = NameWeights.of(rule)

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # The page's mentions (`NAME`'s matches), cut once for the document (`Document.names`).
        matches = [*doc.names.mentions, *_after_particles(text)]
        counts = Counter(name for *_, name in matches)
        accented = _accent_twins(counts)
        # Most pages write no name with two sets of accents: no short name is a twin there.
        short_twin = self._short_twin if accented else _never
        names = sorted(n for n in counts if self._is_name(n) or short_twin(n, accented))
        starts: defaultdict[str, list[int]] = defaultdict(list)
        for start, _, name in matches:
            starts[name].append(start)

        def introduced(name: str) -> bool:
            return self._introduced(text, starts[name])

        pairs = [(a, b) for a, b in candidate_pairs(names) if self._variants(a, b)]
        # A name a letter shorter than the shortest compared is keyed too, beside a longer one
        # with its first letter: a digraph written as one letter shortens it ("Daphne"/"Dafne",
        # "Becker"/"Beker"); across first letters short names collide ("Giotto"/"Kyoto").
        long_names = [name for name in names if len(name) >= self.min_length - 1]
        pairs.extend(
            p
            for p in sounded_pairs(long_names, self.zipf)
            if self._long_enough(*p) and not self._variants(*p)
        )
        # The names English has never seen, read once for both of the looser comparisons.
        surnames = unknown_surnames(names, starts, text, self.zipf)
        pairs.extend(
            pair
            for pair in garbled_pairs(surnames)
            if not one_is_form_of_other(*map(plain, pair)) and not self._variants(*pair)
        )
        reported: dict[str, str] = {}
        # English names a person in the citation form: the declined one is the odd spelling.
        for base, declined in case_form_pairs(surnames):
            reported.setdefault(declined, base)
        scanned: list[bool] = []

        def looks_scanned() -> bool:
            if not scanned:
                scanned.append(ocr_signal(text, self.zipf).looks_scanned(*DEFAULT_GATE))
            return scanned[0]

        # What weighs two spellings is counted only for a page with a pair (most have none).
        mentions = counts + _glued_mentions(text, counts) if pairs else counts
        for a, b in pairs:
            if two_people(text, starts[a], starts[b], self.zipf, looks_scanned) or fixed_name(
                text, starts[a], starts[b], self.zipf
            ):
                continue
            if in_one_name(text, starts[a], b) or coordinated(text, starts, a, b, self.zipf):
                continue
            if places_apart(text, starts[a], a, starts[b], b):
                continue
            if written_as_a_word(text, a, self.zipf) or written_as_a_word(text, b, self.zipf):
                continue
            if two_words(a, b) or accented_apart(a, b):
                continue
            if known_apart(a, b, self.zipf, self.weights.known_names_zipf):
                continue
            if borne_apart(
                text, a, starts[a], b, starts[b], self.zipf, self.weights.known_names_zipf
            ):
                continue
            if _meant(text, starts, a, b, self.zipf):
                continue
            odd_pairs = odd_spellings(a, b, mentions, introduced, self.zipf, self.weights)
            if len(odd_pairs) == 2:
                # Nothing above settles it: the page's own romanisation may (`house_letters`).
                house = odd_by_house_letters(text, [(a, b)], self.zipf)
                if house is not None:
                    odd_pairs = [odd_pairs[house]]
            for odd, usual in odd_pairs:
                reported.setdefault(odd, usual)
        # A full name respelled is reported whole, rather than its one word ("Sergey Tregubov").
        spans: list[tuple[int, int, str, str]] = [
            (r.start, r.end, r.name, r.other)
            for r in full_name_respellings(text, self.zipf)
            if not full_names_apart(text, r.name, r.other)
            and not self._against_the_word(reported, r.name, r.other)
        ]
        spans.extend((v.start, v.end, v.name, v.other) for v in name_form_variants(text))
        covered = SpanIndex((start, end) for start, end, *_ in spans)
        # A join inside a name already reported whole is that name's ("Park Hyeseon").
        joins = [
            (v.start, v.end, v.name, v.other)
            for v in name_join_variants(text, self.zipf)
            if not covered.covers(v.start, v.end)
        ]
        if joins:
            spans.extend(joins)
            covered = SpanIndex((start, end) for start, end, *_ in spans)
        particles = [
            variant
            for variant in name_particle_variants(text, doc.runs, doc.names.texts)
            if not covered.covers(variant[0], variant[1])
        ]
        if particles:
            spans.extend(particles)
            covered = SpanIndex((start, end) for start, end, *_ in spans)
        if reported:  # most pages: no mention to report, and the mentions are not sorted
            spans.extend(
                (start, end, name, reported[name])
                for start, end, name in sorted(matches)
                if name in reported and not covered.covers(start, end)
            )
        others: dict[str, OtherForm] = {}
        for start, end, name, other in one_way(sorted(spans), self.weights.on_tie):
            if glossed(text, start, end):
                continue
            message = render(self.rule.message, match=name, other=other)
            if other not in others:
                note = f"also spelled “{other}” here"
                others[other] = OtherForm((s, e, note) for s, e in places_of(text, other))
            related = others[other].related(start, end)
            yield finding(self.rule, start, end, message, suggestions=[other], related=related)

    def _against_the_word(self, reported: dict[str, str], name: str, other: str) -> bool:
        """Whether a full name's respelling points against its one differing word weighed alone,
        where that word's verdict is the strongest the weighing has: a spelling English has never
        seen beside a name it writes often is the garble however often the page repeats it
        ("Recep Erdoan" twice, "Recep Erdogan" once). The full names are weighed by the page's
        counts alone; the word's findings cover the full name's words."""
        differing = [
            (x, y) for x, y in zip(name.split(" "), other.split(" "), strict=False) if x != y
        ]
        if len(differing) != 1:
            return False
        word, usual = differing[0]
        if reported.get(usual) != word or reported.get(word) == usual:
            return False
        weights = self.weights
        return (
            known_through_accents(word, self.zipf) >= weights.known_names_zipf
            and known_through_accents(usual, self.zipf) < weights.unseen_zipf
        )

    def _introduced(self, text: str, starts: list[int]) -> bool:
        """Whether a name is written at least once after a given name ("Marta Velkander"): the
        careful first mention that a later bare surname is checked against."""
        for start in starts:
            before = WORD_BEFORE.search(text[max(0, start - 40) : start])
            if before is None:
                continue
            given = before.group(1)
            # "On Tuesday Velkander met ...": a date, no given name, though written capitalised.
            if given in COURTESY_TITLES or is_function_word(given) or CALENDAR.fullmatch(given):
                continue
            if self.zipf(given) < TITLE_ZIPF:
                return True
        return False

    def _is_name(self, word: str) -> bool:
        if is_function_word(word) or self.zipf(word) >= self.max_common:
            return False
        return len(word) >= self.min_length or (
            len(word) >= self.weights.short_name_min
            and self.zipf(word) < self.weights.short_name_max_zipf
        )

    def _short_twin(self, word: str, accented: set[str]) -> bool:
        """A short name the page also writes with other accents ("Trong", "Trọng"): the two
        letter-for-letter spellings are one name however well English knows the plain one."""
        return (
            len(word) >= self.weights.short_name_min
            and plain(word) in accented
            and not is_function_word(word)
            and self.zipf(word) < self.max_common
        )

    def _long_enough(self, a: str, b: str) -> bool:
        """Whether a sounded pair is long enough to compare: both names, or a longer one and a
        shorter one by a letter that open alike."""
        if min(len(a), len(b)) >= self.min_length:
            return True
        return max(len(a), len(b)) >= self.min_length and plain(a)[0] == plain(b)[0]

    def _variants(self, a: str, b: str) -> bool:
        if min(len(a), len(b)) >= self.min_length:
            return variants(a, b)
        # A short name is compared only with a name English hardly knows either, letter for
        # letter, or with itself written with a letter doubled ("Odesa", "Odessa"): single and
        # double consonants are one sound in the languages these names come from.
        if max(len(a), len(b)) < self.weights.short_name_min:
            return False
        # A long name written a letter shorter by a romanisation ("Khalid"/"Halid",
        # "Boulez"/"Bulez": kh or h, ou or u) is compared as long names are, by its key.
        longer, shorter = max(len(a), len(b)), min(len(a), len(b))
        short_max = self.weights.short_name_max
        if longer >= self.min_length and shorter >= short_max and romanised_alike(a, b):
            return True
        if plain(a)[0] != plain(b)[0]:
            return False
        if len(a) != len(b):
            return min(len(a), len(b)) <= short_max and undoubled(plain(a)) == undoubled(plain(b))
        return sum(x != y for x, y in zip(plain(a), plain(b), strict=True)) <= 1


def _meant(text: str, starts: dict[str, list[int]], a: str, b: str, zipf: Zipf) -> bool:
    """Whether the page means both spellings: it glosses one as another way of writing the name
    ("Lukashenka, as some write it"), or writes one only in a foreign title ("Egemen Qazaqstan"
    beside "Kazakhstan")."""
    for name in (a, b):
        if any(glossed(text, start, start + len(name)) for start in starts[name]):
            return True
    return in_foreign_title(text, starts[a], b, zipf) or in_foreign_title(text, starts[b], a, zipf)


def _never(word: str, accented: set[str]) -> bool:
    return False


def _accent_twins(counts: Counter[str]) -> set[str]:
    """The accent-folded forms the page writes in two ways, one of them with accents."""
    spellings: defaultdict[str, set[str]] = defaultdict(set)
    for word in counts:
        if not word.isascii():
            spellings[plain(word)].add(word)
    if not spellings:
        return set()
    for word in counts:
        if word.isascii() and plain(word) in spellings:
            spellings[plain(word)].add(word)
    return {form for form, words in spellings.items() if len(words) > 1}


# A name joined by a hyphen to a short lower-case word before it ("al-Gaddafi", "el-Sisi").
_AFTER_HYPHEN = compile_pattern(
    r"(?<![\p{L}\p{N}'’.-])(\p{Ll}{1,4})-(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])"
)


def _after_particles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name written after its particle ("al-Gaddafi"): a mention of
    the name like any other, counted when two spellings are weighed and reported when it is
    the odd one; the particle is a matter of its own (`name_particles`)."""
    return [
        (m.start(2), m.end(2), m.group(2))
        for m in _AFTER_HYPHEN.finditer(text)
        if is_particle(m.group(1), "-")
    ]


# A capitalised word run into the next one by a scraper that dropped the space or line break
# between a paragraph's end and a heading ("...killed five people in KansbergIn southeastern...").
_GLUED_NAME = compile_pattern(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})")


def _glued_mentions(text: str, counts: Counter[str]) -> Counter[str]:
    """Mentions of the names in `counts` glued to the next word: they count when two spellings
    are weighed, though a glued word alone is never taken for a name ("PlayStation")."""
    return Counter(g for m in _GLUED_NAME.finditer(text) if (g := m.group()) in counts)


def compile(rule: Rule, vocabulary: Vocabulary) -> NameVariantsCheck:
    return NameVariantsCheck(rule, vocabulary)
