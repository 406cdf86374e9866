"""Which of two spellings of one name is the odd one (`consistency.name-spelling`), by weights the
rule carries: no threshold here is a module constant, so a rule pack can move each and two rules
of the kind can weigh differently in one run.

`NameWeights` is read from the rule's keys once, when the check is compiled; `odd_spellings`
weighs one pair with it and `one_way` settles the ties nothing weighed apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from newslint.name_spellings import known_through_accents, plain
from newslint.ocr_damage import Zipf
from newslint.rules import Rule
from newslint.values import FrozenValue

# On a tie nothing settles: the later-written form alone (one problem, one finding), or both.
TIE_LATER, TIE_BOTH = "later", "both"

Span = tuple[int, int, str, str]  # (start, end, name written there, the other spelling)


class NameWeights(FrozenValue):
    """The thresholds that judge two capitalised words one name and weigh its two spellings.

    `known_names_zipf`: two names at least this common (Zipf) whose consonants differ are two
    names; beside one, a spelling English writes less than `unseen_zipf` is the garble whatever
    the counts. `clearly_better_known`: two spellings written equally often are told apart by
    English knowing one this much better. Names of `short_name_min` letters up to the rule's
    `min_length` are compared when English hardly writes them (Zipf below
    `short_name_max_zipf`); up to `short_name_max` letters a doubled letter, or a
    romanisation's shorter spelling, makes one name. `on_tie`: `TIE_LATER` or `TIE_BOTH`.
    A value class, not a dataclass: this module is on every run's import path."""

    FIELDS = (
        "known_names_zipf",
        "unseen_zipf",
        "clearly_better_known",
        "short_name_min",
        "short_name_max",
        "short_name_max_zipf",
        "on_tie",
    )
    __slots__ = FIELDS
    known_names_zipf: float
    unseen_zipf: float
    clearly_better_known: float
    short_name_min: int
    short_name_max: int
    short_name_max_zipf: float
    on_tie: str

    def __init__(
        self,
        known_names_zipf: float,
        unseen_zipf: float,
        clearly_better_known: float,
        short_name_min: int,
        short_name_max: int,
        short_name_max_zipf: float,
        on_tie: str,
    ):
        setter = object.__setattr__
        setter(self, "known_names_zipf", known_names_zipf)
        setter(self, "unseen_zipf", unseen_zipf)
        setter(self, "clearly_better_known", clearly_better_known)
        setter(self, "short_name_min", short_name_min)
        setter(self, "short_name_max", short_name_max)
        setter(self, "short_name_max_zipf", short_name_max_zipf)
        setter(self, "on_tie", on_tie)

    @classmethod
    def of(cls, rule: Rule) -> NameWeights:
        return cls(
            known_names_zipf=float(rule.option("known_names_zipf")),
            unseen_zipf=float(rule.option("unseen_zipf")),
            clearly_better_known=float(rule.option("clearly_better_known")),
            short_name_min=int(rule.option("short_name_min")),
            short_name_max=int(rule.option("short_name_max")),
            short_name_max_zipf=float(rule.option("short_name_max_zipf")),
            on_tie=str(rule.option("on_tie")),
        )


def odd_spellings(
    a: str,
    b: str,
    counts: Counter[str],
    introduced: Callable[[str], bool],
    zipf: Zipf,
    weights: NameWeights,
) -> list[tuple[str, str]]:
    """(odd, usual) pairs: the one written less here, else the spelling that lost its accents,
    else the one English knows clearly less (`known_through_accents`), else the one never
    written after a given name ("Marta Velkander ... Velkandar"). With nothing to choose between
    them, both, each toward the other: `one_way` settles that tie ("Khortytsia" then
    "Khortytsa"). The count comes first even for accents: a page that writes "Maras" twice and
    "Maraş" once has a house form, and the odd one out is the accented one."""
    known_a, known_b = known_through_accents(a, zipf), known_through_accents(b, zipf)
    # A spelling English has never seen beside a name it writes often is the garble, however
    # often the page repeats it: a pipeline respells a famous name the same way each time.
    if (
        max(known_a, known_b) >= weights.known_names_zipf
        and min(known_a, known_b) < weights.unseen_zipf
    ):
        return [(a, b) if known_a < known_b else (b, a)]
    if counts[a] != counts[b]:
        return [(a, b) if counts[a] < counts[b] else (b, a)]
    if plain(a) == plain(b) and a.isascii() != b.isascii():
        return [(a, b) if a.isascii() else (b, a)]
    if abs(known_a - known_b) >= weights.clearly_better_known:
        return [(a, b) if known_a < known_b else (b, a)]
    a_introduced, b_introduced = introduced(a), introduced(b)
    if a_introduced != b_introduced:
        return [(b, a) if a_introduced else (a, b)]
    return [(a, b), (b, a)]


def one_way(spans: list[Span], on_tie: str) -> list[Span]:
    """The sorted `spans` without those of a form reported toward a form itself reported back
    toward it (a tie nothing else settles, in any of the comparisons). By default one problem is
    one finding: only the form the page writes later is reported, with the first-written one as
    its suggestion, the spelling the reader met first (labellers mark either as often, and the
    finding's related locations show the other). `on_tie: both` reports each form toward the
    other, for a reader who wants every candidate spelling flagged."""
    if on_tie == TIE_BOTH:
        return spans
    pairs = {(name, other) for *_, name, other in spans}
    if not any((other, name) in pairs for name, other in pairs):
        return spans
    first: dict[str, int] = {}
    for start, _, name, _ in spans:
        first.setdefault(name, start)
    return [
        span
        for span in spans
        if (span[3], span[2]) not in pairs or (first[span[2]], span[2]) > (first[span[3]], span[3])
    ]
