"""Could a noisy-channel reading without a language model find real-word misreadings on scanned
pages ("surfer at the bands of the government": suffer, hands)? Counts what its evidence picks.

    python benchmarks/real_word_channel.py [--corpus ../shared/corpus] [--extra SET ...] [--show]

For each page the OCR gate opens, each lower-case word of three letters or more that wordfreq
lists (Zipf 2 or more) and that one glyph confusion (`misreadings.GLYPH_CONFUSIONS`, undone: what
was printed for what was read) turns into another listed word is a suspect. The evidence a
default rule could weigh, with no sentence model:
- gain: how much commoner (Zipf) the commonest such neighbour is than the written word;
- page: the page's own vocabulary, i.e. the neighbour written elsewhere on the page while the
  suspect stands there once (the intended word is the page's word, the misreading a one-off).
Each suspect is labelled as `train_ocr_tokens` labels tokens (BLN600 against its transcription;
labelled pages: inside a one- or two-word OCR label) and marked where the default rules already
report it, since only unreported suspects would be new findings. Printed per source: suspects,
misread ones, those no rule reports, and for each threshold of gain and page evidence the new
findings and how many are misreadings.

Sources: BLN600's fit and held halves (whole articles), the real pages' dev half, and the dev
halves of `--extra` sets (counts only; `--show` lists words of BLN600 and real dev alone). The test
halves are never read. Stop 49: on every source no cut finds more than one new misreading at
precision 0.5 or better (BLN600 fit: 2,222 unreported suspects, 14 misread; gain >= 1 finds 28,
4 right; with the neighbour on the page 4, 1 right; real dev: 484 and 14, no cut finds one). The
misreadings left are the page's one-offs beside a rarer or equally common word ("bands"/"hands",
"last"/"lost"): only context tells them (`ocr.real-word-misread` under `--context`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import regex
from _corpus import DEFAULT_CORPUS, require_corpus
from _ocr_token_pages import Page, bln_pages, dev_pages, label_at

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.linters import load_rules
from newslint.ocr_gate import SCAN_MODEL
from newslint.ocr_real_words import _glyph_readings
from newslint.ocr_token_model import _listed_words
from newslint.signals import ocr_signal

# A lower-case word on its own: not a piece of a contraction, a hyphened or a glued token.
WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}{3,}(?![\p{L}\p{N}'’-])")
MIN_ZIPF = 2.0
GAINS = (0.5, 1.0, 1.5, 2.0)
PAGE_COUNTS = (0, 1, 2)


class Suspect(NamedTuple):
    word: str
    neighbour: str
    gain: float
    page: int  # the neighbour's count on the page where the word stands there once; else 0
    misread: int
    reported: bool


def suspects(
    text: str, labels: dict[int, int], reported: list[tuple[int, int]]
) -> Iterator[Suspect]:
    """The labelled suspects of one page (`reported`: the default rules' finding spans)."""
    listed = _listed_words()
    vocabulary = Counter(w.lower() for w in regex.findall(r"\p{L}+", text))
    for match in WORD.finditer(text):
        word = match.group()
        label = label_at(text, match.start(), labels)
        if label is None or zipf(word) < MIN_ZIPF:
            continue
        near = {c for c in _glyph_readings(word, False) if c != word and c in listed}
        if not near:
            continue
        best = max(near, key=lambda c: (zipf(c), c))
        on_page = max(near, key=lambda c: (vocabulary[c], zipf(c)))
        page = vocabulary[on_page] if vocabulary[word] <= 1 else 0
        hit = any(s < match.end() and match.start() < e for s, e in reported)
        yield Suspect(word, best, zipf(best) - zipf(word), page, label, hit)


def source_suspects(pages: list[Page], linter: Linter) -> list[Suspect]:
    found: list[Suspect] = []
    for _, _, text, labels in pages:
        if not ocr_signal(text, zipf).looks_scanned(0.015, 3, SCAN_MODEL):
            continue
        spans = [(f.start, f.end) for f in linter.lint(Document.from_raw(text))]
        found += suspects(text, labels, spans)
    return found


def report(name: str, found: list[Suspect], show: bool) -> None:
    new = [s for s in found if not s.reported]
    print(
        f"{name}: {len(found)} suspects, {sum(s.misread for s in found)} misread, "
        f"{len(new)} no rule reports ({sum(s.misread for s in new)} misread)"
    )
    for gain in GAINS:
        cells = []
        for least in PAGE_COUNTS:
            picked = [s for s in new if s.gain >= gain and s.page >= least]
            cells.append(
                f"page>={least}: {len(picked):3} new {sum(s.misread for s in picked):3} right"
            )
        print(f"  gain>={gain}  " + "   ".join(cells))
    if show:
        for s in new:
            if s.misread:
                print(f"    missed {s.word} -> {s.neighbour} gain {s.gain:.2f} page {s.page}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="sets (dev halves)")
    parser.add_argument("--show", action="store_true", help="list BLN600 and real dev misses")
    args = parser.parse_args()
    require_corpus(args.corpus, "ocr/bln600_test_pairs_sample.tsv", "real")
    linter = Linter(load_rules())
    sources: list[tuple[str, list[Page], bool]] = [
        ("BLN600 fit", list(bln_pages(args.corpus, "fit")), args.show),
        ("BLN600 held", list(bln_pages(args.corpus, "held")), args.show),
        ("real dev", list(dev_pages(args.corpus)), args.show),
    ]
    sources += [(f"{e.name} dev", list(dev_pages(e)), False) for e in args.extra]
    for name, pages, show in sources:
        report(name, source_suspects(pages, linter), show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
