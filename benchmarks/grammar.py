"""Grammar benchmark: noise on clean news, detection on learner and web text, cost against Harper.

    python benchmarks/grammar.py [--corpus ../shared/corpus] [--show-fp]

Prints (issue 4's targets):
- clean corpus: grammar findings per 10,000 words outside the known genuine slips (target <= 3);
- seed: the lower-case sentence start reported once, no name reported;
- JFLEG dev and CWEB samples: sentence-level detection precision/recall, Harper with the news
  profile and with every rule (profile "all");
- speed: newslint's grammar rule, and newslint with every pack, against Harper alone on 1 MB;
- scaling: the grammar rule on 50 KB and 500 KB of distinct prose (each in a fresh process, since
  Harper caches what it saw), against Harper given the 50 KB whole; linear means a ratio near 10.
The grammar corpora are CC BY-NC-SA: read from ../shared, never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import regex
from _corpus import DEFAULT_CORPUS, ROOT, clean_findings, overlaps, require_corpus

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.rules import Rule

_DETOKENIZE = [
    (r" ([.,;:!?%)\]}])", r"\1"),
    (r"([(\[{$]) ", r"\1"),
    (r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1"),
    (r"`` | ''", '"'),
]


def detokenize(sentence: str) -> str:
    for pattern, replacement in _DETOKENIZE:
        sentence = regex.sub(pattern, replacement, sentence)
    return sentence.strip()


def grammar_linter(profile: str) -> Linter:
    rules: list[Rule] = load_rules()
    for rule in rules:
        if rule.id == "grammar.harper":
            rule.options["profile"] = profile
    return Linter(rules, select=["grammar.harper"])


def clean_noise(linter: Linter, corpus: Path, show: bool) -> tuple[int, int, Counter]:
    words, reported = clean_findings(linter, corpus)
    if show:
        for name, text, _, finding in reported:
            print(
                f"  {name}: {finding.rule}: {text[max(0, finding.start - 30) : finding.end + 30]!r}"
            )
    return len(reported), words, Counter(finding.rule for *_, finding in reported)


def detection(linter: Linter, pairs: list[tuple[str, bool]]) -> tuple[float, float]:
    tp = fp = fn = 0
    for sentence, erroneous in pairs:
        flagged = bool(linter.lint(Document(sentence)))
        tp += flagged and erroneous
        fp += flagged and not erroneous
        fn += erroneous and not flagged
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def jfleg_pairs(corpus: Path) -> list[tuple[str, bool]]:
    folder = corpus / "grammar" / "jfleg"
    sources = (folder / "dev.src").read_text(encoding="utf-8").splitlines()
    references = [
        (folder / f"dev.ref{i}").read_text(encoding="utf-8").splitlines() for i in range(4)
    ]
    # A sentence is erroneous when most annotators changed it.
    return [
        (detokenize(src), sum(ref[i].split() != src.split() for ref in references) >= 2)
        for i, src in enumerate(sources)
    ]


def cweb_pairs(corpus: Path) -> list[tuple[str, bool]]:
    pairs = []
    for name in ("CWEB-G.dev.sample.jsonl", "CWEB-S.dev.sample.jsonl"):
        for line in (corpus / "grammar" / "cweb" / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            pairs.append((record["source"], bool(record["edits_ann0"])))
    return pairs


def seed_check() -> tuple[int, list[str]]:
    text = (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8")
    findings = Linter(load_rules()).lint(Document.from_raw(text))
    start = text.index("invade. but") + len("invade. ")
    on_but = [f.rule for f in findings if overlaps(f.start, f.end, start, start + 3, slack=0)]
    names = ("Blinken", "Psaki", "Xue", "Hanqin", "Medeiros", "Schmitt", "WASHINGTON", "Sullivan")
    named = [
        f"{f.rule}:{text[f.start : f.end]}"
        for f in findings
        if f.rule.startswith("grammar") and any(n in text[f.start : f.end] for n in names)
    ]
    return len(on_but), named


def timed(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def speed(megabyte: str) -> None:
    import harper

    alone = harper.Linter()
    grammar_only = grammar_linter("news")
    everything = Linter(load_rules())
    doc = Document(megabyte)
    grammar_only.lint(doc), everything.lint(doc)  # warm both (builds Harper once)
    harper_time = timed(lambda: alone.organized_lints(megabyte, language=harper.Language.PLAINTEXT))
    grammar_time = timed(lambda: grammar_only.lint(Document(megabyte)))
    all_time = timed(lambda: everything.lint(Document(megabyte)))
    print(f"speed on {len(megabyte) / 1e6:.2f} MB (medians of 3, same process):")
    print(
        f"  Harper alone {harper_time:.2f} s; newslint grammar rule {grammar_time:.2f} s ({grammar_time / harper_time:.2f}x Harper);"
    )
    print(f"  newslint, every pack {all_time:.2f} s ({all_time / harper_time:.2f}x Harper)")


SCALING_SIZES = (50_000, 500_000)


def distinct_prose(corpus: Path, size: int) -> str:
    """`size` characters of text that never repeats (Harper caches), cut at a paragraph break."""
    paths = [p for kind in ("clean", "dev", "ocr") for p in sorted((corpus / kind).glob("*.txt"))]
    text = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)
    if len(text) < size:
        raise SystemExit(f"scaling: only {len(text)} characters of distinct prose in {corpus}")
    return text[: text.rfind("\n\n", 0, size) + 2]


def scaling_one(corpus: Path, size: int, whole_harper: bool) -> float:
    """Seconds for one size, in this (fresh) process, the engine already built."""
    text = distinct_prose(corpus, size)
    if whole_harper:
        import harper

        alone = harper.Linter()
        alone.organized_lints("Warm up.", language=harper.Language.PLAINTEXT)
        began = time.perf_counter()
        alone.organized_lints(text, language=harper.Language.PLAINTEXT)
        return time.perf_counter() - began
    linter = grammar_linter("news")
    linter.lint(Document("Warm up: the officials said."))
    began = time.perf_counter()
    linter.lint(Document(text))
    return time.perf_counter() - began


def scaling(corpus: Path) -> None:
    def run(size: int, whole: bool) -> float:
        command = [sys.executable, __file__, "--corpus", str(corpus), "--scaling-one", str(size)]
        done = subprocess.run([*command, *(["--whole"] if whole else [])], capture_output=True,
                              text=True, check=True)  # fmt: skip
        return float(done.stdout.strip().splitlines()[-1])

    small, large = SCALING_SIZES
    harper_small = run(small, whole=True)
    ours_small, ours_large = run(small, whole=False), run(large, whole=False)
    print("grammar scaling (news profile, distinct prose, fresh process per figure):")
    print(f"  Harper alone, {small // 1000} KB in one call: {harper_small:.2f} s")
    print(
        f"  newslint grammar, {small // 1000} KB: {ours_small:.2f} s ({ours_small / harper_small:.2f}x Harper)"
    )
    print(f"  newslint grammar, {large // 1000} KB: {ours_large:.2f} s; "
          f"{large // small}x the text took {ours_large / ours_small:.1f}x the time (linear: {large // small})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-fp", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="only the grammar scaling figures")
    parser.add_argument("--scaling-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--whole", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scaling_one:
        print(scaling_one(args.corpus, args.scaling_one, args.whole))
        return 0
    require_corpus(args.corpus, "clean")
    if args.scaling:
        scaling(args.corpus)
        return 0

    news, everything = grammar_linter("news"), grammar_linter("all")
    noise, words, by_rule = clean_noise(news, args.corpus, args.show_fp)
    print(
        f"clean corpus: {noise} grammar findings outside genuine slips in {words} words = {noise / words * 10000:.2f} per 10,000 words (target <= 3)"
    )
    for rule, count in by_rule.most_common():
        print(f"  {rule:<40} {count}")
    raw_noise, _, _ = clean_noise(everything, args.corpus, False)
    print(f"  (Harper with every rule: {raw_noise / words * 10000:.1f} per 10,000 words)")

    lowercase_reports, named = seed_check()
    print(
        f"seed: lower-case 'but' reported {lowercase_reports} time(s); names reported by grammar: {named or 'none'}"
    )

    for label, pairs in (
        ("JFLEG dev", jfleg_pairs(args.corpus)),
        ("CWEB samples", cweb_pairs(args.corpus)),
    ):
        errors = sum(e for _, e in pairs)
        for profile, linter in (("news", news), ("all", everything)):
            precision, recall = detection(linter, pairs)
            print(
                f"{label} ({len(pairs)} sentences, {errors} erroneous), profile {profile}: precision {precision:.1%}, recall {recall:.1%}"
            )

    if not args.no_speed:
        speed((ROOT / "seeds" / "article.txt").read_text(encoding="utf-8") * 150)
        scaling(args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
