"""Made transliteration variants of real names: does `consistency.name-spelling` pair them?

    python benchmarks/name_pairs_synthetic.py [--corpus ../shared/corpus] [--seed 1] [--per 25]

The labelled real pages hold a few dozen names spelled two ways, too few to tell a general rule
from one tuned to them. This benchmark makes its own: each name of six letters or more that
Hunspell's en_US dictionary (shipped by spylls) knows only with a capital is respelled by one
alternation the romanisation systems differ by (y/i, kh/h, ou/u, a doubled letter, -y/-ii, x/ks,
an initial ye/e, a dropped accent ...), into a spelling neither the dictionary nor wordfreq knows.
Both spellings are set into a clean article (``clean/``): the usual one twice in a paragraph, the
respelling once, two paragraphs on. A respelling is caught when a `consistency.name-*` finding
covers it. As a control, two different names the dictionary knows, an edit or two apart and both
common (Zipf 3 or more: "Barnes", "Barnett"), are set in the same places: a finding there is a
false alarm. A second control sets two rare names the dictionary lists (Zipf 1 to 3) that the
check's comparison takes for variants and whose consonants differ ("Linton", "Liston"): before
the dictionary’s names were read as two names, 128 of 128 were flagged. Prints recall by
alternation and the controls' false-alarm rates.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from _corpus import DEFAULT_CORPUS, require_corpus
from wordfreq import zipf_frequency

from newslint.cased_lexicon import english
from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.name_spellings import _edit_distance as edit_distance
from newslint.name_spellings import candidate_pairs, variants
from newslint.romanisation import skeleton_key

# (pattern, replacement) on the lower-case name: one place it matches is respelled.
ALTERNATIONS = {
    "y->i": (r"y", "i"),
    "i->y": (r"(?<=[^aeiou])i(?=[aeiou])", "y"),
    "kh->h": (r"kh", "h"),
    "h->kh": (r"(?<=[aeiou])h(?=[aeiou])", "kh"),
    "ou->u": (r"ou", "u"),
    "u->ou": (r"(?<=[^aeiou])u(?=[^aeiou])", "ou"),
    "double->single": (r"([bcdfglmnprst])\1", r"\1"),
    "single->double": (r"(?<=[aeiou])([lnrst])(?=[aeiou])", r"\1\1"),
    "-y->-iy": (r"(?<=[^aeiou])y$", "iy"),
    "-i->-y": (r"(?<=[^aeiou])i$", "y"),
    "-ai->-ay": (r"(?<=[aeou])i$", "y"),
    "ck->k": (r"ck", "k"),
    "ph->f": (r"ph", "f"),
    "w->v": (r"w", "v"),
    "v->w": (r"v", "w"),
    "ch->tch": (r"ch", "tch"),
    "sh->sch": (r"sh", "sch"),
    "ya->ia": (r"ya", "ia"),
    "c->k": (r"c(?=[aou])", "k"),
    "k->c": (r"k(?=[aou])", "c"),
    "ts->tz": (r"ts", "tz"),
    "s->z": (r"(?<=[aeiou])s(?=[aeiou])", "z"),
    "x->ks": (r"x", "ks"),
    "e->ye initial": (r"^e", "ye"),
    "ye->e initial": (r"^ye", "e"),
    "q->k": (r"q", "k"),
    "accent dropped": (r"", ""),  # made by `_accented`
}
_ACCENTS = {"s": "š", "c": "č", "z": "ž", "e": "é", "a": "á", "o": "ö", "u": "ü", "n": "ñ"}
MIN_LENGTH = 6
KNOWN_ZIPF = 2.5  # a respelling English writes this often is a name of its own
CONTROL_ZIPF = 3.0


def respelled(name: str, alternation: str, rng: random.Random) -> str | None:
    if alternation == "accent dropped":
        return _accented(name, rng)
    pattern, replacement = ALTERNATIONS[alternation]
    matches = list(re.finditer(pattern, name))
    if not matches:
        return None
    match = rng.choice(matches)
    made = name[: match.start()] + match.expand(replacement) + name[match.end() :]
    return made if made != name else None


def _accented(name: str, rng: random.Random) -> str | None:
    """The name with one letter given an accent: the page's usual form keeps the accent, the
    respelling (the name itself) lost it."""
    places = [i for i, c in enumerate(name) if c in _ACCENTS and i > 0]
    if not places:
        return None
    at = rng.choice(places)
    return name[:at] + _ACCENTS[name[at]] + name[at + 1 :]


def page(usual: str, odd: str, paragraphs: list[str]) -> str:
    usual, odd = usual.capitalize(), odd.capitalize()
    return "\n\n".join(
        [
            *paragraphs[:2],
            f"{usual} said the talks would go on, and officials met {usual} on Monday.",
            paragraphs[2],
            f"Later {odd} told reporters the plan was ready.",
            *paragraphs[3:5],
        ]
    )


def flagged(linter: Linter, text: str, odd: str) -> bool:
    """Whether a name-spelling finding covers either spelling's last mention."""
    at = text.rindex(odd.capitalize())
    return any(
        f.rule.startswith("consistency.name") and f.start <= at < f.end
        for f in linter.lint(Document.from_raw(text))
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per", type=int, default=25, help="names per alternation")
    args = parser.parse_args()
    require_corpus(args.corpus, "clean")
    hosts = []
    for path in sorted((args.corpus / "clean").glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        if len(paragraphs) >= 5:
            hosts.append(paragraphs)
    if not hosts:
        print(f"no clean articles under {args.corpus} (skipped)")
        return 2
    lexicon = english()
    names = sorted(
        w
        for w in lexicon.proper_entries
        if w.isascii()
        and w.isalpha()
        and len(w) >= MIN_LENGTH
        and not lexicon.is_lower_case_word(w)
    )
    rng = random.Random(args.seed)
    linter = Linter(load_rules(), ignore=["grammar"])
    caught, made = Counter[str](), Counter[str]()
    for alternation in ALTERNATIONS:
        for name in rng.sample(names, len(names)):
            if made[alternation] >= args.per:
                break
            odd = respelled(name, alternation, rng)
            if odd is None or lexicon.has(odd) or zipf_frequency(odd, "en") > KNOWN_ZIPF:
                continue
            usual, odd = (odd, name) if alternation == "accent dropped" else (name, odd)
            made[alternation] += 1
            caught[alternation] += flagged(linter, page(usual, odd, rng.choice(hosts)), odd)
    for alternation in ALTERNATIONS:
        if made[alternation]:
            print(f"  {alternation:<16} {caught[alternation]:>3}/{made[alternation]}")
    print(f"  all              {sum(caught.values()):>3}/{sum(made.values())}")
    common = [n for n in names if zipf_frequency(n, "en") >= CONTROL_ZIPF]
    by_first: dict[str, list[str]] = {}
    for name in common:
        by_first.setdefault(name[0], []).append(name)
    controls = [
        (a, b)
        for group in by_first.values()
        for i, a in enumerate(group)
        for b in group[i + 1 :]
        if edit_distance(a, b) <= 2
    ]
    controls = rng.sample(controls, min(len(controls), args.per * 8))
    alarms = sum(flagged(linter, page(a, b, rng.choice(hosts)), b) for a, b in controls)
    print(f"  control: two common names an edit or two apart, {alarms}/{len(controls)} flagged")
    rare = _rare_controls(names, rng, args.per * 8)
    alarms = sum(flagged(linter, page(a, b, rng.choice(hosts)), b) for a, b in rare)
    print(f"  control: two rare listed names, consonants apart, {alarms}/{len(rare)} flagged")
    return 0


def _rare_controls(names: list[str], rng: random.Random, most: int) -> list[tuple[str, str]]:
    """Pairs of names the dictionary lists that English writes rarely (Zipf 1 to 3), that
    `name-spelling`'s own comparison takes for variants and whose consonants differ
    ("Linton"/"Liston", "Cordelia"/"Cornelia"): two names, not one respelled (a pair with one
    consonant skeleton, "Heracles"/"Herakles", may be one name and is not a control)."""
    rare = [n for n in names if 1.0 <= zipf_frequency(n, "en") < CONTROL_ZIPF]
    pairs = [
        (a, b)
        for a, b in candidate_pairs(rare)
        if variants(a, b) and skeleton_key(a)[0] != skeleton_key(b)[0]
    ]
    return rng.sample(pairs, min(len(pairs), most))


if __name__ == "__main__":
    raise SystemExit(main())
