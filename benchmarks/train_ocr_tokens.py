"""Fit the OCR token model (`newslint.ocr_token_model`): which lower-case words of a scanned page
are a scanner's misreadings.

    python benchmarks/train_ocr_tokens.py [--corpus ../shared/corpus] [--l2 1.0]
        [--precision 0.85] [--extra SET ...] [--capitals [--synthetic N]] [--dump FIT.tsv]

One command rebuilds the fit set from what sits beside the project (`_ocr_fit_sets`): BLN600's
fit half and the real pages' dev half from the shared corpus, and the dev half of sets45b
(`../sets45/sets45b` beside the corpus folder) unless `--extra` names others (`--extra` alone:
none). It prints the fit set by source and a fingerprint of every row; `--dump` writes the rows
(page ids, token places, labels, features; no text). At stop 49 the default command gave
`bln 673 (118 positive), corpus 229 (53), sets45b 123 (29); fingerprint 282f0985bf5d5746`, and
with `--capitals` `bln 76 (14), corpus 84 (17), sets45b 35 (7); fingerprint 77a3730817e206f3`.

With `--capitals` it fits the capital model (`newslint.ocr_capital_model`) on the capitalised
words that model asks instead, and with `--synthetic N` adds up to N made misreadings of each
page's right capitalised words to the fit (`_capital_synthetic`; never to the figures).

Labelled tokens come from two places, never from a test half:
- BLN600's OCR'd articles of the "fit" half (`_bln_articles.bln_half`; the "held" half is the
  measure printed at the end): each article's OCR is aligned word by word with its transcription
  (`difflib`, line by line); a token the transcription replaces one for one by another word is a
  misreading, a token it keeps is not, any other token is left out (a run the transcription joins
  or splits says nothing of one word);
- the lower-case tokens of the labelled real pages' dev half (and, with `--extra`, the dev halves of
  more sets in the same format): a token inside an OCR label of one or two words is a misreading, a
  token no label touches is not, any other is left out.
Only pages the OCR gate opens count, as only those are asked. The tokens and their features are
`ocr_token_model.tokens`' (so the model is fitted on what it will be asked).

With `--shipped`, the weights that ship (`ocr_token_model`, or `ocr_capital_model` with
`--capitals`) are scored on the same tokens at the printed threshold and on BLN600's held half, so
a refit is weighed against what ships (the capital model's refit on what is left reaches no threshold of
the asked precision: it would never fire). They saw the fit pages they were fitted on (in-sample
there), and at stop 48 those were partly gone: the token model's 19 sets of stops 38-40
(/work/sets) no longer exist. A refit on what is left (BLN600 fit half, real dev, and the
sets45a/b dev halves) was worse than the shipped weights: held out at 0.8, 21 new findings, 15 on
a misreading, against the shipped weights' 25 and 21 on the same tokens (sets45b's 123 never seen
by them), and on BLN600's held half 4 of 4 against 5 and 4; so it was not shipped. Stop 49's
default command (BLN600 fit half, real dev, sets45b dev) chooses 0.94: held out 9 new findings, 9
on a misreading, but on BLN600's held half 1 new (1 right) against the shipped weights' 4 (4) at
the same threshold and 5 (4) at theirs; the capital refit again reaches no threshold. Neither was
shipped.

The model is scored by five-fold cross-validation grouped by page. The threshold printed is the
lowest at which the held-out precision over the tokens no other rule already reports reaches
`--precision` (a token another rule reports adds no finding of its own). Prints the weights, the
bias and the threshold to copy into `newslint.ocr_token_model`, and the command that made them.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from _bln_articles import aligned_lines, bln_half
from _capital_synthetic import picks
from _corpus import DEFAULT_CORPUS
from _ocr_fit_sets import default_extra, dump, fingerprint, summary
from real import half_of, load_records

from newslint import cased_lexicon, ocr_capital_model, ocr_token_model
from newslint.document import Document
from newslint.engine import Linter
from newslint.glossed_terms import glossed_spans, inside
from newslint.lexicon import zipf
from newslint.linters import load_rules
from newslint.ocr_damage import TOKEN, strip_edges
from newslint.ocr_gate import SCAN_MODEL
from newslint.ocr_token_model import FEATURES, tokens
from newslint.signals import ocr_signal

Page = tuple[str, str, str, dict[int, int]]  # name, source, text, token start -> label (0/1)
FOLDS = 5
MAX_LABEL_WORDS = 2
MIN_CHOSEN = 5
RULE = "ocr.likely-misread"  # the rule the model serves


def bln_pages(corpus: Path, half: str) -> Iterator[Page]:
    """BLN600 articles of `half`: the sentence sample grouped by article, and the articles read
    whole that the sample lacks."""
    by_article: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    with open(corpus / "ocr" / "bln600_test_pairs_sample.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            by_article[row["sample_id"]][0].append(row["ocr"])
            by_article[row["sample_id"]][1].append(row["gt"])
    for sample_id, (ocr, truth) in sorted(by_article.items()):
        if bln_half(sample_id) == half:
            text = "\n".join(ocr)
            yield f"bln:{sample_id}", "bln600", text, aligned_labels(text, "\n".join(truth))
    for path in sorted((corpus / "ocr" / "bln600_articles").glob("*.ocr.txt")):
        sample_id = path.name.split(".")[0]
        if sample_id in by_article or bln_half(sample_id) != half:
            continue
        text = path.read_text(encoding="utf-8")
        truth = path.with_name(path.name.replace(".ocr.", ".gt.")).read_text(encoding="utf-8")
        yield f"bln:{sample_id}", "bln600", text, aligned_labels(text, truth)


def aligned_labels(ocr: str, truth: str) -> dict[int, int]:
    """Token start -> 1 where the transcription replaces the token one for one by another word,
    0 where it keeps it."""
    labels: dict[int, int] = {}
    for offset, words, kept, opcodes in aligned_lines(ocr, truth, TOKEN):
        for operation, first, last, kept_first, kept_last in opcodes:
            for at in range(first, last):
                start = offset + words[at].start()
                if operation == "equal":
                    labels[start] = 0
                elif operation == "replace" and last - first == kept_last - kept_first:
                    read = strip_edges(words[at].group())
                    meant = strip_edges(kept[kept_first + at - first])
                    if read.lower() != meant.lower():
                        labels[start] = 1
    return labels


def dev_pages(corpus: Path) -> Iterator[Page]:
    for record in load_records(corpus):
        if half_of(record["domain"]) != "dev":
            continue
        text = record["excerpt"]
        labels: dict[int, int] = {}
        for match in TOKEN.finditer(text):
            start, end = match.span()
            touching = [lb for lb in record["labels"] if lb["start"] < end and start < lb["end"]]
            if not touching:
                labels[start] = 0
            elif any(
                lb["family"] == "ocr" and len(lb["text"].split()) <= MAX_LABEL_WORDS
                for lb in touching
            ):
                labels[start] = 1
        yield f"{corpus.name}:{record['id']}", "dev", text, labels


def examples(
    pages: list[Page], linter: Linter, capitals: bool = False, synthetic: int = 0
) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """Features, labels and a description (page, word, reported by another rule) of every labelled
    token of the pages the gate opens (`capitals`: the capitalised words the capital model asks)."""
    lexicon = cased_lexicon.english()
    in_dictionary = lexicon.has
    names = ocr_capital_model.Names(lexicon.only_capitalised, lexicon.has)
    rows, ys, about = [], [], []
    for name, _, text, labels in pages:
        signal = ocr_signal(text, zipf)
        if not signal.looks_scanned(0.015, 3, SCAN_MODEL):
            continue
        findings = linter.lint(Document.from_raw(text))
        # the rule never reports a term beside its translation (`newslint.glossed_terms`)
        glossed = glossed_spans(text, cased_lexicon.english())
        asked = (
            ocr_capital_model.capital_tokens(text, zipf, names, signal.share)
            if capitals
            else tokens(text, zipf, in_dictionary, signal.share)
        )
        right: list[tuple[int, str]] = []
        for token in asked:
            label = _label_at(text, token.start, labels)
            if label is None or inside(glossed, token.start, token.end):
                continue
            rows.append(token.features)
            ys.append(label)
            reported = any(f.start < token.end and token.start < f.end for f in findings)
            about.append(
                {"page": name, "start": token.start, "word": token.word, "reported": reported}
            )
            if label == 0:
                right.append((token.start, token.word))
        # made misreadings of the page's right capitalised words (`_capital_synthetic`)
        for start, word, made in picks(name, right, zipf, synthetic if capitals else 0):
            changed = text[:start] + made + text[start + len(word) :]
            for token in ocr_capital_model.capital_tokens(changed, zipf, names, signal.share):
                if token.start == start:
                    rows.append(token.features)
                    ys.append(1)
                    about.append(
                        {
                            "page": name,
                            "start": start,
                            "word": made,
                            "reported": False,
                            "made": True,
                        }
                    )
    return np.array(rows, dtype=float), np.array(ys, dtype=float), about


def _label_at(text: str, start: int, labels: dict[int, int]) -> int | None:
    """The label of the whitespace token holding offset `start` (a core may follow a mark)."""
    token_start = text.rfind(" ", 0, start) + 1
    token_start = max(token_start, text.rfind("\n", 0, start) + 1)
    return labels.get(token_start)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-regularised logistic regression; returns (bias, weights...)."""
    design = np.c_[np.ones(len(x)), x]
    scale = np.r_[1.0, design[:, 1:].std(0) + 1e-9]
    z = design / scale
    w = np.zeros(design.shape[1])
    for _ in range(4000):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y))
    return w / scale


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.c_[np.ones(len(x)), x] @ w)))


Scored = tuple[np.ndarray, np.ndarray, np.ndarray]  # features, labels, reported by no other rule


def _score_shipped(capitals: bool, threshold: float, fitted: Scored, held: Scored) -> None:
    """The shipped weights' new findings (and how many on a misreading) at `threshold` and at
    their own, on the fit tokens and on BLN600's held half."""
    model = ocr_capital_model if capitals else ocr_token_model
    shipped = np.r_[model.BIAS, np.array(model.WEIGHTS)]
    for t in sorted({t for t in (threshold, model.THRESHOLD) if np.isfinite(t)}):
        figures = []
        for name, (x, y, new) in (
            ("fit tokens (in-sample where seen)", fitted),
            ("BLN600 held", held),
        ):
            picked = (predict(shipped, x) >= t) & new
            figures.append(
                f"{name} {int(picked.sum())} new, {int(y[picked].sum())} on a misreading"
            )
        print(f"shipped weights at {t}: " + "; ".join(figures))


def _describe_fit_set(
    x: np.ndarray, y: np.ndarray, about: list[dict], names: tuple[str, ...], path: Path | None
) -> None:
    """Print the fit set's size by source and its fingerprint; with `path`, write it there."""
    header = ("page", "start", "label", "made", *names)
    rows = [
        (a["page"], a["start"], int(label), int(bool(a.get("made"))), *map(float, features))
        for a, label, features in zip(about, y, x, strict=True)
    ]
    print(f"fit set: {summary((a['page'] for a in about), y)}; fingerprint {fingerprint(rows)}")
    if path is not None:
        dump(path, header, rows)


def fold_of(page: str) -> int:
    return hashlib.sha256(page.encode("utf-8")).digest()[0] % FOLDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--precision", type=float, default=0.85)
    parser.add_argument(
        "--extra", type=Path, nargs="*", help="labelled sets whose dev halves are fitted on"
    )
    parser.add_argument("--dump", type=Path, help="write the fit set (no text) to this TSV")
    parser.add_argument("--show", action="store_true", help="list the held-out new findings")
    parser.add_argument("--shipped", action="store_true", help="score the shipped weights too")
    parser.add_argument(
        "--capitals", action="store_true", help="fit the capital model (`ocr_capital_model`)"
    )
    parser.add_argument(
        "--synthetic", type=int, default=0, help="made capital misreadings per page (fit only)"
    )
    args = parser.parse_args()
    linter = Linter(load_rules(), select=["ocr"], ignore=[RULE])  # the other rules
    extras = default_extra(args.corpus) if args.extra is None else args.extra
    pages = list(bln_pages(args.corpus, "fit")) + list(dev_pages(args.corpus))
    for extra in extras:
        pages += list(dev_pages(extra))
    x, y, about = examples(pages, linter, args.capitals, args.synthetic)
    names = tuple(ocr_capital_model.FEATURES if args.capitals else FEATURES)
    _describe_fit_set(x, y, about, names, args.dump)
    folds = np.array([fold_of(a["page"]) for a in about])
    held = np.zeros(len(y))
    for k in range(FOLDS):
        w = fit(x[folds != k], y[folds != k], args.l2)
        held[folds == k] = predict(w, x[folds == k])
    # made tokens are fitted on, never scored (`_capital_synthetic`)
    new = np.array([not a["reported"] and not a.get("made") for a in about])
    made = sum(1 for a in about if a.get("made"))
    print(
        f"tokens {len(y) - made} (and {made} made), misread {int(y.sum()) - made}, "
        f"of which no other rule reports {int((y * new).sum())}"
    )
    # the lowest threshold whose held-out precision (over at least MIN_CHOSEN new findings) holds
    threshold = float("inf")
    for t in np.arange(0.98, 0.49, -0.02):
        chosen = (held >= t) & new
        if chosen.sum() >= MIN_CHOSEN:
            print(f"  at {t:.2f}: {int(chosen.sum())} new, precision {y[chosen].mean():.2f}")
            if y[chosen].mean() >= args.precision:
                threshold = round(float(t), 2)
    if args.show:
        for i in np.argsort(-held):
            if new[i] and held[i] >= 0.5:
                print(f"  {held[i]:.2f} {int(y[i])} {about[i]['page']} {about[i]['word']}")
    chosen = (held >= threshold) & new
    print(
        f"threshold {threshold}: held out, {int(chosen.sum())} new findings, "
        f"{int(y[chosen].sum())} on a misreading"
    )
    w = fit(x, y, args.l2)
    bx, by, babout = examples(list(bln_pages(args.corpus, "held")), linter, args.capitals)
    bnew = np.array([not a["reported"] for a in babout])
    picked = (predict(w, bx) >= threshold) & bnew
    print(
        f"BLN600 held half: {int(picked.sum())} new findings, {int(by[picked].sum())} on a misreading"
    )
    if args.shipped:
        _score_shipped(args.capitals, threshold, (x, y, new), (bx, by, bnew))
    print(f"BIAS = {w[0]:.4f}")
    print("WEIGHTS = (" + ", ".join(f"{v:.4f}" for v in w[1:]) + ")")
    print(f"THRESHOLD = {threshold}")
    print("features:", ", ".join(ocr_capital_model.FEATURES if args.capitals else FEATURES))
    print(
        "reproduce: python benchmarks/train_ocr_tokens.py"
        f" --l2 {args.l2} --precision {args.precision}"
        + (" --capitals" if args.capitals else "")
        + (f" --synthetic {args.synthetic}" if args.synthetic else "")
        + " --extra"
        + "".join(f" {e}" for e in extras)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
