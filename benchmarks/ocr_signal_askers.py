"""Who asks for the document-level OCR signal, and what computing it costs (issue 15).

    python benchmarks/ocr_signal_askers.py DUMP.jsonl [--limit N]
    python benchmarks/ocr_signal_askers.py FILE.txt

Scores each document as `newslint scan` does (`scoring.Scorer.many`, grammar off), with
`signals.ocr_signal` wrapped wherever a module imported it. For each document it records who
asked first and everyone who asked: a check (by rule id) or other code (module:function, e.g.
the verdict that every score record carries). It prints the CPU time spent computing the signal
(first asks only; later ones are memo hits) against the time of the whole run.

Why it exists: skipping the signal where no result can depend on it needs a document on which
nobody asks, or on which every asker can be shown not to need it. This script shows whether such
documents exist in a workload before anyone writes a bound for them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

_WARM_UP = (
    "The council met on Tuesday to weigh the plan. Its members said tliat the road would\n"
    "open next year, though some doubted the figures: 1O per cent of the cost was missing."
)


def read_texts(path: Path, limit: int | None) -> list[str]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        texts = [path.read_text(encoding="utf-8")]
    return texts[:limit] if limit else texts


def asker(frame: FrameType | None) -> str:
    """The check whose `run` the call is under (its rule id), else the calling function."""
    from newslint.checks import Check

    caller = frame
    while frame is not None:
        owner = frame.f_locals.get("self")
        if isinstance(owner, Check):
            return str(owner.rule.id)
        frame = frame.f_back
    if caller is None:
        return "?"
    module = caller.f_globals.get("__name__", "?")
    return f"{module}:{caller.f_code.co_name}"


class Recorder:
    """Wraps the memoised signal: who asks it, and the CPU time of the asks that compute it."""

    def __init__(self, signal: Any) -> None:
        self.signal = signal
        self.first: Counter[str] = Counter()
        self.every: Counter[str] = Counter()
        self.asked: dict[str, set[str]] = {}
        self.cpu = 0.0

    def __call__(self, text: str, *args: Any) -> Any:
        who = asker(sys._getframe(1))
        askers = self.asked.setdefault(text, set())
        if not askers:
            self.first[who] += 1
        if who not in askers:
            askers.add(who)
            self.every[who] += 1
        misses = self.signal.cache_info().misses
        started = time.process_time()
        found = self.signal(text, *args)
        if self.signal.cache_info().misses > misses:
            self.cpu += time.process_time() - started
        return found

    def cache_clear(self) -> None:
        self.signal.cache_clear()


def wrap_everywhere(recorder: Callable[..., Any], original: Any) -> list[str]:
    """Replace `original` in every loaded newslint module that imported it by name."""
    patched = []
    for name, module in list(sys.modules.items()):
        if name.startswith("newslint") and getattr(module, "ocr_signal", None) is original:
            module.ocr_signal = recorder  # type: ignore[attr-defined]
            patched.append(name)
    return patched


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    texts = read_texts(args.input, args.limit)

    from newslint import signals
    from newslint.scoring import scorer

    score = scorer(grammar="off")  # builds the linter: every check module is imported
    # Lexicon, models and tables loaded outside the measured run, on text of our own (the
    # input's would fill the memos that the measured run should pay for).
    score.many([_WARM_UP])
    signals.forget_documents()
    original = signals.ocr_signal
    recorder = Recorder(original)
    wrap_everywhere(recorder, original)

    started = time.process_time()
    score.many(texts)
    total = time.process_time() - started
    documents = len(texts)
    print(f"{documents} documents, {len(recorder.asked)} asked for the OCR signal")
    print(f"CPU: {total:.2f} s in all, {recorder.cpu:.2f} s computing the signal")
    print("first asker per document:")
    for who, count in recorder.first.most_common():
        print(f"  {count:6d}  {who}")
    print("askers (documents each asked on):")
    for who, count in recorder.every.most_common():
        print(f"  {count:6d}  {who}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
