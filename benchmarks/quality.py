"""Quality benchmark: recall on the labelled dev corpus, false positives on clean copy, the seed.

    python benchmarks/quality.py [--corpus ../shared/corpus] [--show-fp] [--show-missed TYPE]

Prints recall per artifact type (a finding catches a label when its span overlaps the label's span
±1 character), findings per 10,000 words on the clean corpus outside its known genuine slips, and the
seed answer-key items caught. Targets (issue 3): recall ≥ 95 % overall and ≥ 85 % per type; clean
≤ 1 finding per 10,000 words; seed: every high-confidence mechanical item, ≤ 2 off-key findings.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

from _bln_articles import article_report
from _corpus import (
    DEFAULT_CORPUS,
    ROOT,
    clean_findings,
    overlaps,
    require_corpus,
    unlisted_slip_spans,
)

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.rules import FAMILIES


def dev_recall(
    linter: Linter, corpus: Path, show_missed: str | None
) -> tuple[Counter, Counter, int]:
    caught, total = Counter(), Counter()
    off_label = 0
    for key_path in sorted((corpus / "dev").glob("*.key.json")):
        text = key_path.with_name(key_path.name.replace(".key.json", ".txt")).read_text(
            encoding="utf-8"
        )
        doc = Document.from_raw(text)
        findings = linter.lint(doc)
        labels = json.loads(key_path.read_text(encoding="utf-8"))
        for label in labels:
            total[label["type"]] += 1
            if any(overlaps(f.start, f.end, label["start"], label["end"]) for f in findings):
                caught[label["type"]] += 1
            elif show_missed and label["type"].startswith(show_missed):
                s, e = label["start"], label["end"]
                print(
                    f"  missed {key_path.stem[:-4]} {label['type']}: {text[s - 30 : s]!r}[[{text[s:e]!r}]]{text[e : e + 20]!r}"
                )
        off_label += sum(
            1
            for f in findings
            if not any(overlaps(f.start, f.end, lb["start"], lb["end"]) for lb in labels)
        )
    return caught, total, off_label


def clean_false_positives(
    linter: Linter, corpus: Path, show: bool
) -> tuple[int, int, int, Counter]:
    """(strict false positives, of them unlisted genuine slips, words, by rule)."""
    words, reported = clean_findings(linter, corpus)
    unlisted = 0
    for name, text, doc, finding in reported:
        slip = any(
            overlaps(finding.start, finding.end, s, e) for s, e in unlisted_slip_spans(name, text)
        )
        unlisted += slip
        if show:
            line, col = doc.position(finding.start)
            context = text[max(0, finding.start - 40) : finding.end + 30].replace("\n", "⏎")
            mark = "slip" if slip else "FP  "
            print(f"  {mark} {name}:{line}:{col} {finding.rule}: {context!r}")
    return len(reported), unlisted, words, Counter(finding.rule for *_, finding in reported)


def bln600_report(corpus: Path, prefixes: list[str]) -> tuple[int, int, int, int]:
    """Line-level confusion counts of the selected packs on BLN600: a line is erroneous iff OCR != GT."""
    linter = Linter(load_rules(), select=prefixes)
    tp = fp = fn = tn = 0
    with open(
        corpus / "ocr" / "bln600_test_pairs_sample.tsv", encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            flagged = bool(linter.lint(Document.from_raw(row["ocr"])))
            erroneous = row["ocr"] != row["gt"]
            tp += flagged and erroneous
            fp += flagged and not erroneous
            fn += erroneous and not flagged
            tn += not (flagged or erroneous)
    return tp, fp, fn, tn


def seed_report(linter: Linter) -> tuple[list[str], list[str], int]:
    text = (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8")
    doc = Document.from_raw(text)
    findings = linter.lint(doc)
    with open(ROOT / "seeds" / "seed-key.tsv", encoding="utf-8", newline="") as handle:
        items = [
            i
            for i in csv.DictReader(handle, delimiter="\t")
            if i["detectability"].startswith("mechanical")
        ]
    caught, missed = [], []
    spans = []
    for item in items:
        start = doc.offset(int(item["line"]), int(item["column"]))
        spans.append((start, start + len(item["text"])))
        hit = any(overlaps(f.start, f.end, *spans[-1]) for f in findings)
        (caught if hit else missed).append(f"{item['id']}({item['confidence']})")
    off_key = sum(1 for f in findings if not any(overlaps(f.start, f.end, s, e) for s, e in spans))
    return caught, missed, off_key


def web_noise(linter: Linter, corpus: Path) -> tuple[int, int, Counter] | None:
    """Artifact findings on native web sentences (CWEB, read for measurement only, never copied).

    CWEB holds single sentences cut from web pages, so a quotation that spans sentences shows up
    as unbalanced; the breakdown says which rules fire."""
    paths = sorted((corpus / "grammar" / "cweb").glob("*.jsonl"))
    if not paths:
        return None
    words, by_rule = 0, Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record.get("raw") or record.get("source") or ""
            words += len(text.split())
            by_rule.update(f.rule for f in linter.lint(Document.from_raw(text)))
    return sum(by_rule.values()), words, by_rule


def _with_staff(rules: list, staff: list[str]) -> list:
    from newslint.config import Settings
    from newslint.linters import apply_to_rules

    return apply_to_rules(Settings(staff=staff), rules)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--show-fp", action="store_true", help="print every clean-corpus false positive"
    )
    parser.add_argument(
        "--show-missed", metavar="TYPE", help="print missed dev labels of this type prefix"
    )
    parser.add_argument(
        "--ignore", default="grammar", help="rule prefixes to leave out (default: grammar)"
    )
    args = parser.parse_args()
    require_corpus(args.corpus, "dev", "clean", "ocr/bln600_test_pairs_sample.tsv")
    linter = Linter(load_rules(), ignore=[p for p in args.ignore.split(",") if p])

    caught, total, off_label = dev_recall(linter, args.corpus, args.show_missed)
    print("dev corpus recall by type")
    for kind in sorted(total):
        flag = "" if caught[kind] / total[kind] >= 0.85 else "   <-- below 85 %"
        print(
            f"  {kind:<26} {caught[kind]:>3}/{total[kind]:<3} {caught[kind] / total[kind]:6.1%}{flag}"
        )
    overall = sum(caught.values()) / sum(total.values())
    print(f"  {'overall':<26} {sum(caught.values()):>3}/{sum(total.values()):<3} {overall:6.1%}")
    print(f"  findings not on a label (genuine slips of the base texts included): {off_label}")

    fps, unlisted, words, by_rule = clean_false_positives(linter, args.corpus, args.show_fp)
    print(
        f"clean corpus: {fps} findings outside the README's genuine slips in {words} words = {fps / words * 10000:.2f} per 10,000 words"
    )
    rest = fps - unlisted
    print(
        f"  of which {unlisted} are verified slips the README does not list (see _corpus.UNLISTED_SLIPS); the rest: {rest} = {rest / words * 10000:.2f} per 10,000 words"
    )
    for rule, count in by_rule.most_common():
        print(f"  {rule:<40} {count}")

    web = web_noise(linter, args.corpus)
    if web:
        found, web_words, web_rules = web
        print(
            f"web sentences (CWEB): {found} artifact findings in {web_words} words = {found / web_words * 10000:.1f} per 10,000 words"
        )
        for rule, count in web_rules.most_common():
            print(f"  {rule:<40} {count}")

    artifact_packs = [family for family in FAMILIES if family != "grammar"]
    for label, prefixes in (("ocr pack", ["ocr"]), ("all artifact packs", artifact_packs)):
        tp, fp, fn, tn = bln600_report(args.corpus, prefixes)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"BLN600 line level, {label}: precision {precision:.1%} recall {recall:.1%} (tp {tp}, fp {fp}, fn {fn}, tn {tn})"
        )

    articles = article_report(linter, args.corpus)
    if articles:
        print(
            f"BLN600 articles read whole: {articles.found}/{articles.errors} OCR errors found"
            f" ({articles.found / articles.errors:.1%}); {articles.on_kept_words} of {articles.findings}"
            " findings on words the transcription keeps"
        )

    seed_caught, seed_missed, off_key = seed_report(linter)
    staffed = Linter(
        _with_staff(load_rules(), ["Eric Schmitt"]), ignore=[p for p in args.ignore.split(",") if p]
    )
    staffed_caught, _, staffed_off = seed_report(staffed)
    print(
        f"seed: {len(seed_caught)}/{len(seed_caught) + len(seed_missed)} mechanical items caught, {off_key} findings off the key"
    )
    print(f"  missed: {' '.join(seed_missed) or 'none'}")
    print(
        f"  with the newsroom's staff list in settings (staff: [Eric Schmitt]): {len(staffed_caught)} caught, {staffed_off} off the key"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
