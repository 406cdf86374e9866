"""Where the consistency family's misses are, counts only: no page text is printed.

    python benchmarks/consistency_gap.py [--corpus ../shared/corpus] [--ignore grammar]

For every consistency label of both halves of the real pages: caught or not, and for a missed
one its sub-type, its span's shape (words, how many capitalised) and, the question an
in-document check asks, whether the page writes the same thing another way: the label's letters
again with only case changed ("State of Emergency"/"state of emergency"), only a hyphen for a
space, closed up or opened ("e-mail"/"email"), only marks (apostrophes, points, quotes), or no
other form at all (then the label is a spelling no pair of forms on the page explains, or its
other form is not in the excerpt). Whether the labelled form itself recurs is counted too (a
labeller marks every mention of the odd spelling). Tells which kinds of inconsistency no check
reads, so the test half's gap can be described without reading it.

On 3482489 (dev 27/33, test 14/35): the test half's 21 misses are name spellings (11, none
with another form that only case, hyphens or marks separate: respellings and garbled names),
capitalisation variants (4; 3 with a form differing only in case on the page), spelling
variants (2; one written hyphenated and spaced), quote styles (2) and one term and one described
label. The dev half's 6 are five name spellings with no other form on the page (a famous name
mistransliterated once) and one capitalisation variant.
"""

from __future__ import annotations

from collections import Counter

import regex
from _corpus import overlaps
from real import _kind, gap_setup, half_of, load_records

from newslint.document import Document

_TOKEN = regex.compile(r"\S+")
_EDGE_MARKS = regex.compile(r"^\W+|\W+$")
_MARKS = regex.compile(r"[\s\-‐.’'‘“”\"]")


def _key(text: str) -> str:
    """The letters and digits of a form, case-folded: two forms of one thing share it."""
    return _MARKS.sub("", text.casefold())


def other_forms(text: str, written: str) -> list[str]:
    """The page's other writings of `written`: runs of one word fewer to one more with its key."""
    core = _EDGE_MARKS.sub("", written)
    key, size = _key(core), len(core.split())
    tokens = list(_TOKEN.finditer(text))
    found = set()
    for width in range(max(1, size - 1), size + 2):
        for i in range(len(tokens) - width + 1):
            run = _EDGE_MARKS.sub("", text[tokens[i].start() : tokens[i + width - 1].end()])
            if run != core and _key(run) == key:
                found.add(run)
    return sorted(found)


def difference(written: str, other: str) -> str:
    """How two writings of one thing differ."""
    a, b = _EDGE_MARKS.sub("", written), other
    if a.casefold() == b.casefold():
        return "case-only"
    if a.replace("-", " ").casefold() == b.replace("-", " ").casefold():
        return "hyphen-or-space"
    if regex.sub(r"[\s-]", "", a).casefold() == regex.sub(r"[\s-]", "", b).casefold():
        return "closed-or-open"
    return "marks"


def span_shape(written: str) -> str:
    words = written.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return f"{min(len(words), 5)}{'+' if len(words) > 5 else ''}w-{capitals}cap"


def main() -> int:
    corpus, linter = gap_setup(__doc__.split("\n")[0])
    tallies = {half: {"status": Counter(), "kind": Counter(), "shape": Counter(),
                      "other": Counter(), "recurs": Counter()} for half in ("dev", "test")}  # fmt: skip
    for record in load_records(corpus):
        labels = [lb for lb in record["labels"] if lb["family"] == "consistency"]
        if not labels:
            continue
        text, tally = record["excerpt"], tallies[half_of(record["domain"])]
        findings = linter.lint(Document.from_raw(text))
        for label in labels:
            start, end = label["start"], label["end"]
            caught = any(overlaps(f.start, f.end, start, end, 0) for f in findings)
            tally["status"]["caught" if caught else "missed"] += 1
            if caught:
                continue
            written = text[start:end]
            others = {difference(written, o) for o in other_forms(text, written)}
            tally["kind"][_kind(label["label"])] += 1
            tally["shape"][span_shape(written)] += 1
            tally["other"]["+".join(sorted(others)) or "no-other-form"] += 1
            tally["recurs"]["recurs" if text.count(written) > 1 else "once"] += 1
    for half, tally in tallies.items():
        print(f"{half}: {dict(tally['status'])}")
        for name in ("kind", "shape", "other", "recurs"):
            shown = ", ".join(f"{k} {n}" for k, n in tally[name].most_common())
            print(f"  missed by {name:<6} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
