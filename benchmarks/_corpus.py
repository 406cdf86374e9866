"""Shared by the benchmarks: where things are, and what counts as a hit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def require_corpus(corpus: Path, *parts: str) -> Path:
    """`corpus`, when it holds each of `parts` (folders or files under it; the folder itself when
    none is named). Otherwise one line on stderr and exit 2: a benchmark that went on without its
    corpus printed a table with rows skipped or counted over nothing, which read as a result
    (speed.py run from a worktree, where the default ../shared is not)."""
    for part in parts or (".",):
        if not (corpus / part).exists():
            print(
                f"corpus not found: {corpus / part} is missing (pass --corpus PATH)",
                file=sys.stderr,
            )
            raise SystemExit(2)
    return corpus


# Slips present in the published originals (corpus README): reporting them is correct.
GENUINE_SLIPS = {
    "wikinews_01": ["collasped", "pilgrams"], "wikinews_08": ["lifehood"],
    "wikinews_10": ["recieve", "decision.“ However"], "wikinews_12": ["diety"],
    "wikinews_19": ["hastag"], "wikinews_23": ["debutans"], "state_06": ["S. Special Presidential Envoy"],
    "state_07": ["“t’s so important", "Foreign Minster"], "state_21": ["zero-emissionfuels", "vesselsincluding"],
    "state_29": ["a better .”"], "whitehouse_01": ["Tacking the climate crisis"], "whitehouse_14": ["Campbellis"],
}  # fmt: skip

# Findings on clean/ that are, on inspection, slips of the same kinds in the published originals
# but missing from the corpus README's list (text, why). The benchmark prints the strict figure
# (these count as false positives) and the figure without them; it never hides either.
UNLISTED_SLIPS = {
    "whitehouse_14": [
        ("Khizr Khanis", "name glued to 'is', exactly like the listed 'Campbellis'"),
        ("(d. 2021)was", "a word run into the bracket before it, the same kind of lost space"),
        ("Sandra Lindsayis", "the same"), ("Megan Rapinoeis", "the same"), ("Wilma Vaughtis", "the same"),
    ],
    "state_20": [("choosing..", "doubled full stop")],
    "whitehouse_01": [
        ("the. Department", "a full stop after 'the' inside a sentence ('clean energy development, the. Department of Energy, through')"),
        ("with t essential", "a stray 't' between words ('in a manner compatible with t essential military operations')"),
    ],
    "state_03": [("today –Minister", "a dash spaced before and not after it")],
    "state_39": [("2020.The garment", "missing space after a full stop")],
    "wikinews_02": [
        ("New Zealand | that", "stray '|' inside a quotation (a wiki-link remnant)"),
        ("Bauchtman", "'Lydia Buchtmann' earlier in the article: one name spelled two ways"),
        ("Zealand, says", "one comma between the subject ('Lydia Buchtmann for …') and its verb"),
    ],
    "wikinews_09": [("Secunia.com, has", "one comma between the subject and its verb")],
    "wikinews_06": [
        ("law-breakers", "'lawbreakers' later in the article: one compound joined two ways"),
        ("don`t have", "a grave accent typed for the apostrophe"),
        ("don`t deal", "the same"), ("can`t share", "the same"),
    ],
    "wikinews_10": [("Space Shuttle Enterprise would", "an appositive after the subject opened by a comma and never closed ('The prototype orbiter, Space Shuttle Enterprise would be relocated')")],
    "whitehouse_13": [("experience, will", "one comma between the subject and its verb")],
    "whitehouse_11": [("selected US retailers", "'US' in a release that writes 'U.S.' four times")],
    "whitehouse_02": [
        ("case study approach", "'a case-study approach' a paragraph earlier: one phrase joined two ways"),
    ],
    "wikinews_13": [
        ("University of the US", "'US' beside 'U.S.' (4x) in one article: the consistency the product checks"),
        ("Post, US surface", "the same"),
    ],
}  # fmt: skip


def unlisted_slip_spans(name: str, text: str) -> list[tuple[int, int]]:
    return [(i, i + len(s)) for s, _ in UNLISTED_SLIPS.get(name, []) if (i := text.find(s)) >= 0]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int, slack: int = 1) -> bool:
    return a_start <= b_end + slack and b_start - slack <= a_end


def slip_spans(name: str, text: str) -> list[tuple[int, int]]:
    return [(i, i + len(s)) for s in GENUINE_SLIPS.get(name, []) if (i := text.find(s)) >= 0]


def clean_findings(linter: Any, corpus: Path) -> tuple[int, list[tuple[str, str, Any, Any]]]:
    """(words, [(name, text, doc, finding)]) over the clean corpus, leaving out its genuine slips."""
    from newslint.document import Document

    words = 0
    reported = []
    for path in sorted((corpus / "clean").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        slips = slip_spans(path.stem, text)
        doc = Document.from_raw(text)
        for finding in linter.lint(doc):
            if not any(overlaps(finding.start, finding.end, s, e) for s, e in slips):
                reported.append((path.stem, text, doc, finding))
    return words, reported
