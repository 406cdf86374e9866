"""Which step of `consistency.name-spelling`'s weighing put a finding on the other side of its
label, counts only: no page text is printed.

    python benchmarks/name_sides.py [--corpus ../shared/corpus] [--ignore grammar]

A name spelled two ways is reported on one of its spellings, and the other is a related location.
When a consistency label lies only under a related location, the label marks the spelling the
finding took for the usual one: the step that chose the side (`name_weighing.odd_spellings`'s
chain: a spelling English never saw beside a known name, the page's counts, lost accents, English
knowing one clearly better, a given name before one, the page's house letters, and last the
order of writing) chose against the labeller. This counts, for each half, the pairs each step
decided and the labels each step put on the finding's side or only on the related side, so the
test half's strict/related gap can be laid to a step without reading its pages. A finding no
weighed pair explains (a full name, a join, a particle, a declined form) counts as `other`.

At cons67 (b63926b) the test half's three labels under `full-words` lie on one page, where the
labeller marked every mention (three) of the full name's spelling the page writes more often,
both in full and by its differing word (3 against 2), and later: a judgement of which
spelling is right, not of the page's minority, so no weighing by the page's own counts
reaches them. The fourth full-name label is a tie (`full-later`), labelled on the first-written
form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from _corpus import overlaps
from real import gap_setup, half_of, load_records

import newslint.checks.full_names as full_names
import newslint.checks.name_variants as name_variants
from newslint.document import Document
from newslint.name_spellings import known_through_accents, plain
from newslint.name_weighing import NameWeights

Decisions = dict[str, str]  # spelling reported -> the step that chose it


def step_of(a: str, b: str, counts: Counter[str], introduced: Callable[[str], bool],
            zipf: Any, weights: NameWeights) -> str:  # fmt: skip
    """The first step of `odd_spellings`' chain that tells `a` from `b` (its order, repeated)."""
    known_a, known_b = known_through_accents(a, zipf), known_through_accents(b, zipf)
    if (
        max(known_a, known_b) >= weights.known_names_zipf
        and min(known_a, known_b) < weights.unseen_zipf
    ):
        return "unseen"
    if counts[a] != counts[b]:
        return "count"
    if plain(a) == plain(b) and a.isascii() != b.isascii():
        return "accent"
    if abs(known_a - known_b) >= weights.clearly_better_known:
        return "known"
    if introduced(a) != introduced(b):
        return "introduced"
    return "tie"


def recording(decisions: Decisions) -> tuple[Any, Any]:
    """`odd_spellings` and `odd_by_house_letters` wrapped to note in `decisions` each step."""
    weigh, house_letters = name_variants.odd_spellings, name_variants.odd_by_house_letters

    def odd_spellings(a, b, counts, introduced, zipf, weights):  # type: ignore[no-untyped-def]
        found = weigh(a, b, counts, introduced, zipf, weights)
        step = step_of(a, b, counts, introduced, zipf, weights)
        for odd, _ in found:
            decisions[odd] = step if len(found) == 1 else "tie-later"
        return found

    def odd_by_house(text, pairs, zipf):  # type: ignore[no-untyped-def]
        side = house_letters(text, pairs, zipf)
        if side is not None:
            for a, b in pairs:
                decisions[(a, b)[side]] = "house"
        return side

    return odd_spellings, odd_by_house


def record_sources(decisions: Decisions) -> None:
    """The other finders of `name_variants` wrapped to note, in `decisions`, each name they
    report: a full name respelled, a form of one name word, a join, a particle, a declined form."""

    def wrapped(name: str, found: Callable[[Any], str]) -> None:
        finder = getattr(name_variants, name)

        def noting(*args: Any) -> Any:
            result = list(finder(*args))
            for item in result:
                decisions.setdefault(found(item), name)
            return result

        setattr(name_variants, name, noting)

    wrapped("full_name_respellings", lambda r: r.name)
    wrapped("name_form_variants", lambda v: v.name)
    wrapped("name_join_variants", lambda v: v.name)
    wrapped("name_particle_variants", lambda v: v[2])
    wrapped("case_form_pairs", lambda pair: pair[1])


def record_full_names(decisions: Decisions) -> None:
    """`full_names`' weighing wrapped to note which step chose a full name's odd spelling: the
    respelled words' mentions anywhere, the full mentions, lost accents, the house letters, or
    the order of writing (`one_way`, on a tie nothing settled)."""
    weigh, house_letters = full_names._odd_of_pair, full_names.odd_by_house_letters
    pending: list[tuple[str, str]] = []

    def odd_of_pair(a, b, counts, words_written):  # type: ignore[no-untyped-def]
        found = weigh(a, b, counts, words_written)
        (_, tail_a), (_, tail_b) = a, b
        differing = [
            (x, y) for x, y in zip(tail_a.split(" "), tail_b.split(" "), strict=True) if x != y
        ]
        words_a = sum(words_written[x] for x, _ in differing)
        words_b = sum(words_written[y] for _, y in differing)
        step = "full-words" if words_a != words_b else "full-count"
        if counts[tail_a] == counts[tail_b] and words_a == words_b:
            step = "full-accent"
        tails = {a[0]: tail_a, b[0]: tail_b}
        pending[:] = [(tails[name], step if len(found) == 1 else "full-later") for name, _ in found]
        for tail, noted in pending:
            decisions.setdefault(tail, noted)
        return found

    def odd_by_house(text, pairs, zipf):  # type: ignore[no-untyped-def]
        side = house_letters(text, pairs, zipf)
        if side is not None and len(pending) == 2:
            tail = pending[side][0]
            if decisions.get(tail) == "full-later":
                decisions[tail] = "full-house"
        return side

    full_names._odd_of_pair = odd_of_pair
    full_names.odd_by_house_letters = odd_by_house


def step_for(decisions: Decisions, written: str) -> str:
    """The step or finder that reported `written`: the whole span's, else its last word's."""
    return decisions.get(written) or decisions.get(written.split()[-1], "other")


def main() -> int:
    corpus, linter = gap_setup(__doc__.split("\n")[0])
    decisions: Decisions = {}
    name_variants.odd_spellings, name_variants.odd_by_house_letters = recording(decisions)
    record_sources(decisions)
    record_full_names(decisions)
    tallies: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    for record in load_records(corpus):
        labels = [lb for lb in record["labels"] if lb["family"] == "consistency"]
        text, tally = record["excerpt"], tallies[half_of(record["domain"])]
        decisions.clear()
        findings = [
            f for f in linter.lint(Document.from_raw(text)) if f.rule.startswith("consistency.")
        ]
        for f in findings:
            if f.rule == "consistency.name-spelling":
                step = step_for(decisions, text[f.start : f.end])
                on = any(overlaps(f.start, f.end, lb["start"], lb["end"], 0) for lb in labels)
                tally[f"finding {step} {'on-label' if on else 'off-label'}"] += 1
        for label in labels:
            start, end = label["start"], label["end"]
            if any(overlaps(f.start, f.end, start, end, 0) for f in findings):
                continue
            sides = [
                f
                for f in findings
                if any(overlaps(r.start, r.end, start, end, 0) for r in f.related)
            ]
            if sides:
                step = step_for(decisions, text[sides[0].start : sides[0].end])
                tally[f"label only related, {sides[0].rule.split('.')[-1]} {step}"] += 1
    for half, tally in tallies.items():
        print(f"{half}:")
        for key, count in sorted(tally.items()):
            print(f"  {key:<58} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
