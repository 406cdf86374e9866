"""Sentence-boundary damage made on clean copy: how much of it the rules catch, and what they
report on the same copy undamaged.

Real pages hold few lost full stops and capitals (a handful per half), too few to tell a change
to the clause rules from noise. Clean copy holds thousands of sentence ends: at every other one
(chosen by a hash of the page's name, the same every run) this tool makes one kind of damage —

- ``stop``: the full stop deleted ("the minister said The new law");
- ``comma``: the stop turned into a comma, the capital kept ("said, The new law");
- ``lower``: the next sentence's capital lowered ("said. the new law");
- ``midcap``: every 25th word between two lower-case words capitalised ("the new Law will").

A site is caught when a finding of a watched rule (``--rules``) overlaps it (±1 character), and
the watched rules' findings on the undamaged pages are counted as false alarms. The pages are the
clean corpus and the real corpus's dev-half clean-news pages (never the test half).
``--show-missed KIND`` prints up to 40 missed sites of one kind.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

import regex
from _corpus import DEFAULT_CORPUS, overlaps, require_corpus
from real import half_of, load_records

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

KINDS = ("stop", "comma", "lower", "midcap")
WATCHED = (
    "structure.missing-sentence-break,structure.lowercase-sentence-start,"
    "structure.capital-mid-sentence,structure.capital-after-comma,"
    "structure.clause-capital-after-comma"
)
# A sentence end between a lower-case word of three letters or more (no abbreviation) and a
# capitalised word that goes on in lower case.
_BOUNDARY = regex.compile(r"(?<=\p{Ll}{3})\. (?=(\p{Lu}\p{Ll}+) \p{Ll})")
_MID_WORD = regex.compile(r"(?<=\p{Ll}{2} )(\p{Ll}{2,})(?= \p{Ll}{2,})")
MIDCAP_EVERY = 25


def _chosen(name: str, index: int, every: int) -> bool:
    digest = hashlib.sha256(f"{name}:{index}".encode()).hexdigest()
    return int(digest, 16) % every == 0


def damaged(name: str, text: str, kind: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with damage of `kind` made at its chosen sites, and the sites' spans in the result."""
    pieces: list[str] = []
    sites: list[tuple[int, int]] = []
    last = written = 0
    every, pattern = (MIDCAP_EVERY, _MID_WORD) if kind == "midcap" else (2, _BOUNDARY)
    for index, match in enumerate(pattern.finditer(text)):
        if not _chosen(name, index, every):
            continue
        word = match.group(1)
        cut_end = match.end(1) if kind != "midcap" else match.end()
        before = text[last : match.start()]
        if kind == "midcap":
            piece, site = word.capitalize(), (0, len(word))
        elif kind == "stop":
            piece, site = " " + word, (1, 1 + len(word))
        elif kind == "comma":
            piece, site = ", " + word, (0, 2 + len(word))
        else:
            piece, site = ". " + word[0].lower() + word[1:], (0, 2 + len(word))
        written += len(before)
        sites.append((written + site[0], written + site[1]))
        written += len(piece)
        pieces += [before, piece]
        last = cut_end
    pieces.append(text[last:])
    return "".join(pieces), sites


def pages(corpus: Path) -> list[tuple[str, str]]:
    found = [
        (p.name, p.read_text(encoding="utf-8")) for p in sorted((corpus / "clean").glob("*.txt"))
    ]
    found += [
        (r["id"], r["excerpt"])
        for r in load_records(corpus)
        if half_of(r["domain"]) == "dev" and r["source_kind"] == "clean-news"
    ]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rules", default=WATCHED, help="the watched rule ids, comma-separated")
    parser.add_argument("--show-missed", choices=KINDS)
    args = parser.parse_args()
    require_corpus(args.corpus, "clean", "real")
    watched = set(args.rules.split(","))
    linter = Linter(load_rules(), ignore=["grammar"])
    texts = pages(args.corpus)
    alarms = Counter(
        f.rule
        for _, text in texts
        for f in linter.lint(Document.from_raw(text))
        if f.rule in watched
    )
    print(f"undamaged copy ({len(texts)} pages): {sum(alarms.values())} findings {dict(alarms)}")
    for kind in KINDS:
        caught, total, shown = Counter(), 0, 0
        for name, text in texts:
            made, sites = damaged(name, text, kind)
            findings = [f for f in linter.lint(Document.from_raw(made)) if f.rule in watched]
            for start, end in sites:
                total += 1
                rules = {f.rule for f in findings if overlaps(f.start, f.end, start, end)}
                caught.update(rules | ({"any"} if rules else set()))
                if not rules and kind == args.show_missed and shown < 40:
                    shown += 1
                    print(f"  missed {name}: {made[max(0, start - 40) : end + 30]!r}")
        by_rule = ", ".join(f"{r} {n}" for r, n in caught.most_common() if r != "any")
        print(f"{kind:7} {caught['any']}/{total} caught ({by_rule})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
