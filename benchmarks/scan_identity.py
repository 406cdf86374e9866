"""Does `newslint scan` score, and find, exactly what it did before? Two commits side by side.

    python benchmarks/scan_identity.py [--base main] [--head HEAD] [--corpus ../shared/corpus]

Each commit is exported with `git archive` (what is committed, not the work tree) and runs in its
own process on the same dump of distinct documents of mixed kinds: the clean, dev and OCR corpora
whole and cut into pieces of about 1 KB and of about 400 characters, the real pages' excerpts
(both parts) and the seeds (about 1,660 documents, 1.9 MB). Compared: the scores file of `scan
--jobs 1` (byte for byte), the head's `scan --jobs 2` with small shards against its `--jobs 1`,
and every document's findings (rule, span, message, fix) through the scorer's linter, as scan's
workers lint them (a batch at a time where the commit has `Linter.lint_all`). Exit status 1 on
any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _corpus import DEFAULT_CORPUS, ROOT, require_corpus

# Pieces of about 1 KB (what scan meets in web dumps) and, cut elsewhere, of about 400 characters.
PIECE_CHARS = (900, 400)

# Run inside each snapshot: every document's findings, one JSON line per document.
FINDINGS = r"""
import json, sys
from newslint.document import Document
from newslint.scoring import scorer
linter = scorer(grammar="off").linter
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
docs = [Document.from_raw(text, "<document>", "plain") for text in texts]
batched = getattr(linter, "lint_all", None)
found = []
for start in range(0, len(docs), 64):
    batch = docs[start : start + 64]
    found += [f for _, f in batched(batch)] if batched else [linter.lint(doc) for doc in batch]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for findings in found:
        rows = [[f.rule, f.start, f.end, f.message, repr(f.fix), list(f.suggestions)]
                for f in findings]
        out.write(json.dumps(rows, ensure_ascii=False) + "\n")
"""


def documents(corpus: Path) -> list[str]:
    """Distinct documents: whole articles, their ~1 KB pieces, real excerpts, the seeds."""
    texts: list[str] = []
    for kind in ("clean", "dev", "ocr"):
        for path in sorted((corpus / kind).glob("*.txt")):
            whole = path.read_text(encoding="utf-8")
            texts.append(whole)
            texts.extend(piece for size in PIECE_CHARS for piece in _pieces(whole, size))
    for part in sorted((corpus / "real").glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["excerpt"])
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        whole = seed.read_text(encoding="utf-8")
        texts.extend([whole, *(piece for size in PIECE_CHARS for piece in _pieces(whole, size))])
    return texts


def _pieces(text: str, size: int) -> list[str]:
    pieces, current = [], ""
    for paragraph in text.split("\n\n"):
        current = f"{current}\n\n{paragraph}" if current else paragraph
        if len(current) >= size:
            pieces.append(current)
            current = ""
    return pieces + ([current] if current else [])


def snapshot(ref: str, into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def scan(src: Path, dump: Path, out: Path, *extra: str) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "newslint", "scan", "--grammar", "off", "--no-resume"]
    subprocess.run([*command, *extra, "-o", str(out), str(dump)], check=True, env=env)
    return out.read_bytes()


def findings(src: Path, dump: Path, out: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, "-c", FINDINGS, str(dump), str(out)], check=True, env=env)
    return out.read_text(encoding="utf-8").splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--head", default="HEAD")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    require_corpus(args.corpus, "clean", "dev", "real")
    texts = documents(args.corpus)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        dump = work / "dump.jsonl"
        lines = (json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts))
        dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
        size = sum(len(t.encode()) for t in texts) / 1e6
        print(f"{len(texts)} documents, {size:.1f} MB; {args.base} against {args.head}")
        base, head = snapshot(args.base, work / "base"), snapshot(args.head, work / "head")
        same = True
        scores = [scan(src, dump, work / f"{n}.scores.jsonl", "-j", "1") for n, src in
                  (("base", base), ("head", head))]  # fmt: skip
        same &= _report("scores, --jobs 1", scores[0].splitlines(), scores[1].splitlines())
        two = scan(head, dump, work / "two.scores.jsonl", "-j", "2", "--shard-size", "100")
        same &= _report(
            "head's scores, --jobs 2 against 1", scores[1].splitlines(), two.splitlines()
        )
        found = [findings(src, dump, work / f"{n}.findings") for n, src in
                 (("base", base), ("head", head))]  # fmt: skip
        same &= _report("findings per document", found[0], found[1])
    return 0 if same else 1


def _report(what: str, before: list[Any], after: list[Any]) -> bool:
    if len(before) != len(after):
        print(f"{what}: DIFFER ({len(before)} against {len(after)} lines)")
        return False
    differ = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    if differ:
        print(f"{what}: DIFFER in {len(differ)} of {len(before)} documents, first {differ[:10]}")
        return False
    print(f"{what}: IDENTICAL ({len(before)} documents)")
    return True


if __name__ == "__main__":
    raise SystemExit(main())
