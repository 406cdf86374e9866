"""Context-model benchmark: what the small language model adds, and what it costs.

    python benchmarks/context.py [--corpus ../shared/corpus] [--clean-limit N] [--real-limit N] [--skip-real] [--runtimes]

Prints (issue 18's targets):
- grammar sentences (benchmarks/context_sentences.py, written for this benchmark): errors caught by
  the default grammar (Harper's news profile and grammar.real-word) and with the context rules,
  and false alarms on the corrected sentences;
- clean corpus: grammar findings per 10,000 words, default and with --context, and the context
  rules' findings by severity (warning-level false alarms are what matter; `mt.garbled` is
  information);
- seed: semantic answer-key items caught (`detectability` semantic), by which rule;
- real pages: `mt-semantic` labels of the test half caught by the context rules (the split of
  benchmarks/real.py);
- cost: model load, and one article (the seed, ~6 KB) after load, against the same article
  without the context rules, in the same run.
The corpora are third-party text read from ../shared for measurement only.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _corpus import DEFAULT_CORPUS, ROOT, overlaps, require_corpus
from context_sentences import SENTENCES

from newslint.document import Document
from newslint.engine import Linter
from newslint.runner import load_rules

CONTEXT_RULES = (
    "mt.wrong-word",
    "mt.place-adjective",
    "mt.dropped-that",
    "mt.garbled",
    "grammar.confusion",
    "grammar.context",
)
DEFAULT_GRAMMAR = ("grammar.harper", "grammar.real-word")
CONTEXT_GRAMMAR = (*DEFAULT_GRAMMAR, "grammar.confusion", "grammar.context")
SEED_KEY = ROOT / "seeds" / "seed-key.tsv"
# A sentence with a suspect for each judging rule, so that what they load on first use (the tagger,
# Harper) is loaded before an article is timed, as in any process that checks more than one.
WARM_UP = "Warm up: the members has said its safe."


def linter(*selected: str, context: bool = True, garbled: bool = False) -> Linter:
    """The rules as `--context` (and `garbled: on`) sets them."""
    rules = load_rules()
    for rule in rules:
        if rule.id in CONTEXT_RULES:
            rule.enabled = context
            if garbled and "budget" in rule.options:
                rule.options["budget"] = 0  # the whole document
    return Linter(rules, select=list(selected))


def grammar_sentences(default: Linter, context: Linter) -> None:
    caught = {"default": 0, "context": 0}
    false = {"default": 0, "context": 0}
    by_kind: Counter = Counter()
    for kind, bad, good in SENTENCES:
        for name, engine in (("default", default), ("context", context)):
            if engine.lint(Document(bad)):
                caught[name] += 1
                by_kind[(name, kind)] += 1
            false[name] += bool(engine.lint(Document(good)))
    total = len(SENTENCES)
    print(f"grammar sentences ({total}, one error each; false alarms on the corrected forms)")
    for name in ("default", "context"):
        print(f"  {name:8} caught {caught[name]:2}/{total}   false alarms {false[name]}/{total}")
    kinds = sorted({kind for kind, _, _ in SENTENCES})
    print(
        "  by kind (default → context): "
        + ", ".join(f"{k} {by_kind[('default', k)]}→{by_kind[('context', k)]}" for k in kinds)
    )


def clean_rate(context: Linter, corpus: Path, limit: int | None) -> None:
    """Every finding on clean copy is a false alarm (a few land on real slips of the originals)."""
    files = sorted((corpus / "clean").glob("*.txt"))[:limit]
    words = 0
    found: Counter = Counter()
    examples: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        for finding in context.lint(Document(text, str(path))):
            rule = _rule_of(finding.rule)
            found[(rule, finding.severity)] += 1
            if rule in CONTEXT_RULES and finding.severity != "info":
                examples.append(
                    f"    {path.stem}: {finding.rule}: {text[max(0, finding.start - 40) : finding.end + 25]!r}"
                )
    print(f"clean corpus ({len(files)} articles, {words} words): findings per 10,000 words")

    def rate(count: int) -> str:
        return f"{count:3} = {10_000 * count / max(words, 1):.2f}"

    grammar_default = sum(n for (r, _), n in found.items() if r in DEFAULT_GRAMMAR)
    grammar_context = sum(n for (r, _), n in found.items() if r in CONTEXT_GRAMMAR)
    warnings = sum(n for (r, s), n in found.items() if r in CONTEXT_RULES and s != "info")
    infos = sum(n for (r, s), n in found.items() if r in CONTEXT_RULES and s == "info")
    print(f"  grammar, default rules       {rate(grammar_default)}")
    print(f"  grammar, with --context      {rate(grammar_context)}")
    print(f"  context rules, warning level {rate(warnings)}")
    print(f"  context rules, information   {rate(infos)}")
    for (rule, severity), count in sorted(found.items()):
        print(f"    {rule} ({severity}): {count}")
    print("\n".join(examples[:20]))


def sampled_garbled_rate(sampled: Linter, corpus: Path, limit: int | None) -> None:
    """mt.garbled as plain --context runs it (its budget of each article's longest sentences)."""
    files = sorted((corpus / "clean").glob("*.txt"))[:limit]
    words = found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        found += len(sampled.lint(Document(text, str(path))))
    print(
        f"  mt.garbled with --context alone (its budget per article): {found} = "
        f"{10_000 * found / max(words, 1):.2f} per 10,000 words (information level)"
    )


def _rule_of(finding_rule: str) -> str:
    """grammar.harper.AnA -> grammar.harper (engine rules report under their pack rule)."""
    for rule in (*CONTEXT_GRAMMAR, *CONTEXT_RULES):
        if finding_rule == rule or finding_rule.startswith(rule + "."):
            return rule
    return finding_rule


def seed_items(context: Linter, seed: Path, name: str) -> None:
    text = seed.read_text(encoding="utf-8")
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    findings = [f for f in context.lint(Document(text, str(seed))) if f.rule in CONTEXT_RULES]
    items = []
    with SEED_KEY.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["detectability"].startswith("semantic"):
                start = starts[int(row["line"]) - 1] + int(row["column"]) - 1
                items.append((row["id"], start, start + len(row["text"])))
    hits = {
        item: sorted({f.rule for f in findings if overlaps(f.start, f.end, item[1], item[2])})
        for item in items
    }
    caught = [f"{i[0]} ({', '.join(r)})" for i, r in hits.items() if r]
    print(f"seed semantic items, {name}: {len(caught)}/{len(items)} caught: {'; '.join(caught)}")
    off = [f for f in findings if not any(overlaps(f.start, f.end, s, e) for _, s, e in items)]
    print(
        f"  context findings off the semantic items: {len(off)} "
        + "; ".join(f"{f.rule} {text[f.start : f.end]!r}" for f in off[:12])
    )


def real_semantic(
    context: Linter, corpus: Path, limit: int | None, name: str, half: str = "test"
) -> None:
    """Pages of the test half that carry mt-semantic labels (the others have none to catch)."""
    from real import PARTS, half_of

    labels = caught = words = warnings = pages = 0
    for part in PARTS:
        for line in (corpus / "real" / part).open(encoding="utf-8"):
            record = json.loads(line)
            if half_of(record["domain"]) != half or (limit is not None and pages >= limit):
                continue
            semantic = [lab for lab in record["labels"] if lab["family"] == "mt-semantic"]
            if not semantic:
                continue
            pages += 1
            findings = [
                f for f in context.lint(Document(record["excerpt"])) if f.rule in CONTEXT_RULES
            ]
            labels += len(semantic)
            caught += sum(
                any(overlaps(f.start, f.end, lab["start"], lab["end"]) for f in findings)
                for lab in semantic
            )
            words += len(record["excerpt"].split())
            warnings += sum(f.severity == "warning" for f in findings)
    print(
        f"real pages, {half} half, {name}: mt-semantic labels caught {caught}/{labels} = {100 * caught / max(labels, 1):.1f} %"
        f" ({warnings} warning-level context findings in {words} words)"
    )


def cost(seed: Path) -> None:
    """Model load and one article after it, wall and CPU (CPU counts every thread: on a shared
    machine it is the figure to trust), against the same article without the context rules."""
    from newslint.context.loading import load_engine

    clock = _Clock()
    engine = load_engine(None)
    print(f"model load ({engine.description}): {clock}")
    clock = _Clock()
    linter().lint(Document(WARM_UP))
    print(f"  first --context sentence (loads the part-of-speech tagger and Harper): {clock}")
    text = seed.read_text(encoding="utf-8")
    runs = (
        ("without context", linter(context=False)),
        ("with --context", linter()),
        ("with --context and garbled: on", linter(garbled=True)),
    )
    tokens = _count_tokens(engine)
    for name, linted in runs:
        linted.lint(Document(WARM_UP))
        engine._layout = None  # nothing of the seed left from an earlier run
        tokens.clear()
        clock = _Clock()
        linted.lint(Document(text, str(seed)))
        ran = f"; model ran {sum(tokens)} tokens in {len(tokens)} sequences" if tokens else ""
        print(f"  seed article ({len(text)} chars) {name}: {clock}{ran}")


def _count_tokens(engine: Any) -> list[int]:
    """The length of every sequence the model runs from now on (a continuation of a kept
    context counts its own tokens only): the cost that does not depend on how busy the machine
    is."""
    lengths: list[int] = []
    runtime = engine.runtime

    def counting(name: str, length: Any) -> None:
        method = getattr(runtime, name, None)
        if method is None:
            return

        def counted(items: Any, *rest: Any) -> Any:
            lengths.extend(length(item) for item in items)
            return method(items, *rest)

        setattr(runtime, name, counted)

    counting("sequence_logprobs", len)
    counting("logprobs_keeping", len)
    counting("logprobs_after", lambda continuation: len(continuation[2]))
    return lengths


def runtimes(seed: Path) -> None:
    """The document pass over the seed on each runtime, one thread each (a child process, so
    that numpy's BLAS starts single-threaded): what chose the runtime."""
    import os
    import subprocess
    import sys

    single = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    single["NEWSLINT_CONTEXT_THREADS"] = "1"
    print("runtimes, one thread, the seed's document pass:")
    subprocess.run([sys.executable, __file__, "--runtimes-child"], env=single, check=True)


def _runtimes_child(seed: Path) -> None:
    from newslint.context import ct2_llama, loading

    text = seed.read_text(encoding="utf-8")
    choices = [("numpy", "float32"), ("ctranslate2", "float32"), ("ctranslate2", "int8")]
    for runtime, compute in choices:
        ct2_llama.COMPUTE_TYPE = compute
        loading.load_engine.cache_clear()
        clock = _Clock()
        loaded = loading.load_engine(None, runtime)
        load = str(clock)
        clock = _Clock()
        loaded.token_scores(text)
        print(f"  {loaded.description}: load {load}; document pass {clock}", flush=True)


class _Clock:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{wall:.2f} s wall, {cpu:.2f} s CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--clean-limit", type=int, default=None)
    parser.add_argument("--real-limit", type=int, default=None)
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument(
        "--real-half", choices=("dev", "test"), default="test", help="tune on dev, report test"
    )
    parser.add_argument("--runtimes", action="store_true", help="also compare the runtimes")
    parser.add_argument("--runtimes-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    seed = ROOT / "seeds" / "article.txt"
    if args.runtimes_child:
        _runtimes_child(seed)
        return
    require_corpus(args.corpus, "clean", *(() if args.skip_real else ("real",)))
    if args.runtimes:
        runtimes(seed)
    cost(seed)
    grammar_sentences(linter(*DEFAULT_GRAMMAR, context=False), linter(*CONTEXT_GRAMMAR))
    seed_items(linter(), seed, "--context")
    seed_items(linter(garbled=True), seed, "--context, garbled: on")
    clean_rate(
        linter(*CONTEXT_GRAMMAR, *CONTEXT_RULES, garbled=True), args.corpus, args.clean_limit
    )
    sampled_garbled_rate(linter("mt.garbled"), args.corpus, args.clean_limit)
    if not args.skip_real:
        for name, rules in (
            ("--context", linter(*CONTEXT_RULES)),
            ("garbled: on", linter(*CONTEXT_RULES, garbled=True)),
        ):
            real_semantic(rules, args.corpus, args.real_limit, name, args.real_half)


if __name__ == "__main__":
    main()
