"""Synthetic glued words: two neighbouring words of clean copy joined, then linted.

    python benchmarks/glue_pairs.py [--corpus ../shared/corpus] [--per-page 12] [--seed 1]
                                    [--show SHAPE] [--only SHAPE]

Reads the clean corpus (``clean/``, third-party text kept for measurement only). For each page it
draws ``--per-page`` neighbouring word pairs on one line ("Russia had"), deletes the space between
them ("Russiahad") and lints the page with that one glue; a glue is caught when any non-grammar
finding overlaps the joined token. Joins that make a word English writes closed ("any one" ->
"anyone": the dictionary or wordfreq at Zipf 2 knows it) are left out: no reader could call them a
lost space.

Recall is printed by shape, because the detectors decide by shape:

- ``f+w`` / ``w+f``: a function word on the left / right ("inJanuary" is ``f+W``);
- ``w+w``: two lower-case content words ("lawglobally");
- ``N+w`` / ``N+f``: a capitalised word inside a sentence run into a lower-case word
  ("Russiahad" is ``N+f``); ``S+...``: the capital opens a sentence ("Thegovernment");
- ``x+W``: anything run into a capitalised word ("theUkrainian").

False alarms are the glue rules' findings on the unchanged clean pages (``quality.py`` counts
every rule's). ``--show SHAPE`` prints the missed joins of one shape with the page name;
``--only SHAPE`` draws pairs of that shape alone (up to ``--per-page`` a page).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import regex
from _corpus import DEFAULT_CORPUS, overlaps, require_corpus

from newslint.cased_lexicon import english
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import is_function_word
from newslint.linters import load_rules

_PAIR = regex.compile(r"(?<![\p{L}\p{N}'’.@/-])(\p{L}+) (\p{L}+)(?![\p{L}\p{N}'’@/-])")
_SENTENCE_START = regex.compile(r"(?:^|[.!?][\"”’)]?\s+|[\"“(]\s*)$")
# Rules that report a lost space between words; the rest count only as "other" catches.
GLUE_RULES = ("mt.glued-words", "mt.glued-at-capital", "typography.short-word-glued-to-name")


def shape(text: str, start: int, left: str, right: str) -> str:
    """The pair's shape (see the module docstring)."""
    if right[0].isupper():
        return "f+W" if is_function_word(left.lower()) else "x+W"
    if left[0].isupper():
        opener = _SENTENCE_START.search(text, 0, start) is not None or start == 0
        head = "S" if opener else "N"
        return f"{head}+f" if is_function_word(right) else f"{head}+w"
    if is_function_word(left):
        return "f+w" if not is_function_word(right) else "f+f"
    return "w+f" if is_function_word(right) else "w+w"


def closed_word(zipf, joined: str) -> bool:
    """A join English writes as one word, which no reader would call a lost space."""
    low = joined.lower()
    return zipf(low) >= 2.0 or english().has(low) or english().has(joined)


def draws(
    text: str, rng: random.Random, per_page: int, zipf, only: str = ""
) -> list[tuple[int, str, str]]:
    pairs = [
        (m.start(), m.group(1), m.group(2))
        for m in _PAIR.finditer(text)
        if not (m.group(1).isupper() and len(m.group(1)) > 1)
        and not m.group(2).isupper()
        and (not only or shape(text, m.start(), m.group(1), m.group(2)) == only)
    ]
    rng.shuffle(pairs)
    chosen = []
    for start, left, right in pairs:
        if not closed_word(zipf, left + right):
            chosen.append((start, left, right))
        if len(chosen) == per_page:
            break
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--per-page", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", default="")
    parser.add_argument("--only", default="", help="draw only pairs of this shape")
    args = parser.parse_args()
    require_corpus(args.corpus, "clean")
    paths = sorted((args.corpus / "clean").glob("*.txt"))
    if not paths:
        print(f"no clean corpus under {args.corpus}: nothing to measure", file=sys.stderr)
        return 1
    from wordfreq import zipf_frequency

    def zipf(word: str) -> float:
        return zipf_frequency(word, "en")

    linter = Linter(load_rules(), ignore=["grammar"])
    rng = random.Random(args.seed)
    total: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    by_glue_rule: Counter[str] = Counter()
    false_alarms: Counter[str] = Counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        false_alarms.update(
            f.rule for f in linter.lint(Document.from_raw(text)) if f.rule in GLUE_RULES
        )
        for start, left, right in draws(text, rng, args.per_page, zipf, args.only):
            glued = text[:start] + left + right + text[start + len(left) + 1 + len(right) :]
            end = start + len(left) + len(right)
            kind = shape(text, start, left, right)
            total[kind] += 1
            hits = [
                f
                for f in linter.lint(Document.from_raw(glued))
                if overlaps(f.start, f.end, start, end, slack=0)
            ]
            if hits:
                caught[kind] += 1
                by_glue_rule[kind] += any(f.rule in GLUE_RULES for f in hits)
            elif args.show == kind:
                print(f"  missed {path.stem}: {left + right!r} ({left} {right})")
    print(f"{'shape':6} {'caught':>12} {'by glue rule':>13}")
    for kind in sorted(total):
        rate = 100 * caught[kind] / total[kind]
        print(f"{kind:6} {caught[kind]:4}/{total[kind]:<4} {rate:5.1f}% {by_glue_rule[kind]:8}")
    all_caught, all_total = sum(caught.values()), sum(total.values())
    print(f"all    {all_caught:4}/{all_total:<4} {100 * all_caught / all_total:5.1f}%")
    print(f"glue-rule findings on the unchanged clean pages: {sum(false_alarms.values())}", end="")
    print(f" {dict(false_alarms)}" if false_alarms else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
