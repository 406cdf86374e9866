"""Corpus-scale benchmark: `newslint scan` throughput, and how well `--drop-above` filters.

    python benchmarks/scale.py [--documents 50000] [--corpus ../shared/corpus]

Generates a JSONL dump from the clean corpus: half the documents untouched, half with 1-4
injected artifacts of twelve kinds (labels kept). Runs `newslint scan` with 1 and 2 workers and
prints documents per second per core and the scaling; then the precision and recall of
`--drop-above` at several thresholds (a document is dirty when something was injected), and writes
`benchmarks/scale_filter.png`. Inputs go to benchmarks/_inputs/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import regex
from _corpus import DEFAULT_CORPUS, ROOT, require_corpus

INPUTS = ROOT / "benchmarks" / "_inputs"
THRESHOLDS = (0.5, 1.0, 2.0, 3.0, 5.0, 8.0)
BOILERPLATE = [
    "Leave a Reply",
    "Advertisement",
    "Share this:",
    "Read more:",
    "Your email address will not be published.",
]


def _replace_one(text: str, pattern: str, make: object, rng: random.Random) -> str:
    matches = list(regex.finditer(pattern, text))
    if not matches:
        return text
    m = rng.choice(matches)
    return text[: m.start()] + make(m) + text[m.end() :]  # type: ignore[operator]


INJECTORS = {
    "honorific": lambda t, r: _replace_one(
        t, r"\bMr\.(?= \p{Lu})|\b(?:The|the) (?=\p{Lu}\p{Ll}+ said)", lambda m: "Sir. ", r
    ),
    "glued": lambda t, r: _replace_one(
        t, r"(?<=\p{Ll}{4}) (?=(?:the|was|had|has|and) )", lambda m: "", r
    ),
    "stray-periods": lambda t, r: _replace_one(t, r"(?<=\p{Ll})\.(?= \p{Lu})", lambda m: ". .", r),
    "mojibake": lambda t, r: _replace_one(t, r"’", lambda m: "â€™", r),
    "ligature": lambda t, r: _replace_one(t, r"fi(?=\p{Ll})", lambda m: "ﬁ", r),
    "boilerplate": lambda t, r: t.rstrip("\n") + "\n\n" + r.choice(BOILERPLATE) + "\n",
    "headline": lambda t, r: t.split("\n", 1)[0] + "\n" + t,
    "hyphen-break": lambda t, r: _replace_one(
        t, r"\b(\p{Ll}{4})(\p{Ll}{5,})\b", lambda m: f"{m.group(1)}- {m.group(2)}", r
    ),
    "invisible": lambda t, r: _replace_one(
        t, r"(?<=\p{Ll}{3})(?=\p{Ll}{3})", lambda m: "\u200b", r
    ),
    "lowercase-start": lambda t, r: _replace_one(
        t, r"(?<=\. )(?:The|In|It)\b", lambda m: m.group().lower(), r
    ),
    "doubled-word": lambda t, r: _replace_one(
        t, r"\b(the|of|to) ", lambda m: f"{m.group(1)} {m.group(1)} ", r
    ),
    "ocr-confusion": lambda t, r: _replace_one(
        t, r"\b(\p{Ll}{3,})e(\p{Ll}{3,})\b", lambda m: f"{m.group(1)}c{m.group(2)}", r
    ),
}


def generate(corpus: Path, documents: int, seed: int = 7) -> tuple[Path, dict[str, bool]]:
    path = INPUTS / f"scale_{documents}.jsonl"
    labels_path = path.with_suffix(".labels.json")
    if path.exists() and labels_path.exists():
        return path, json.loads(labels_path.read_text(encoding="utf-8"))
    INPUTS.mkdir(exist_ok=True)
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "clean").glob("*.txt"))]
    labels = {}
    with path.open("w", encoding="utf-8") as out:
        for index in range(documents):
            text = texts[index % len(texts)]
            dirty = rng.random() < 0.5
            if dirty:
                for kind in rng.sample(sorted(INJECTORS), rng.randint(1, 4)):
                    text = INJECTORS[kind](text, rng)
            labels[f"d{index}"] = dirty
            out.write(json.dumps({"id": f"d{index}", "text": text}) + "\n")
    labels_path.write_text(json.dumps(labels), encoding="utf-8")
    return path, labels


def run_scan(dump: Path, jobs: int) -> tuple[float, Path]:
    output = INPUTS / f"scores_j{jobs}.jsonl"
    began = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "newslint",
            "scan",
            str(dump),
            "-o",
            str(output),
            "--jobs",
            str(jobs),
            "--no-resume",
        ],
        check=True,
    )
    return time.perf_counter() - began, output


def evaluate(scores: Path, labels: dict[str, bool]) -> list[tuple[float, float, float, int]]:
    densities = {
        row["id"]: row["density"]
        for row in map(json.loads, scores.read_text(encoding="utf-8").splitlines())
    }
    table = []
    for threshold in THRESHOLDS:
        dropped = {i for i, d in densities.items() if d > threshold}
        dirty = {i for i, is_dirty in labels.items() if is_dirty}
        tp = len(dropped & dirty)
        precision = tp / len(dropped) if dropped else 1.0
        recall = tp / len(dirty) if dirty else 1.0
        table.append((threshold, precision, recall, len(dropped)))
    return table


def plot(table: list[tuple[float, float, float, int]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(4.5, 3), dpi=110)
    axes.plot([t[0] for t in table], [t[1] for t in table], marker="o", label="precision")
    axes.plot([t[0] for t in table], [t[2] for t in table], marker="s", label="recall")
    axes.set_xlabel("--drop-above (findings per 1,000 words)")
    axes.set_ylim(0, 1.02)
    axes.set_title("newslint scan as a filter")
    axes.legend(loc="lower left")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    require_corpus(args.corpus, "clean")
    dump, labels = generate(args.corpus, args.documents)
    megabytes = dump.stat().st_size / 1e6
    one, scores = run_scan(dump, 1)
    two, scores_two = run_scan(dump, 2)
    same = scores.read_bytes() == scores_two.read_bytes()
    print(f"{args.documents} documents, {megabytes:.0f} MB, grammar off")
    print(f"  1 worker : {one:7.1f} s  {args.documents / one:7.0f} documents/s per core")
    print(
        f"  2 workers: {two:7.1f} s  {args.documents / two / 2:7.0f} documents/s per core; scaling {one / two:.2f}x; identical output: {same}"
    )
    table = evaluate(scores, labels)
    print("\n| --drop-above | precision | recall | dropped |\n|---:|---:|---:|---:|")
    for threshold, precision, recall, dropped in table:
        print(f"| {threshold} | {precision:.3f} | {recall:.3f} | {dropped} |")
    plot(table, ROOT / "benchmarks" / "scale_filter.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
