"""The inputs of `speed.py`, made once under benchmarks/_inputs/ from the seed and the corpus."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from _corpus import ROOT
from _scan_documents import distinct_dump
from _varied_line import varied_line

INPUTS = ROOT / "benchmarks" / "_inputs"
SEED = ROOT / "seeds" / "article.txt"


def make_inputs(corpus: Path, documents: int) -> dict[str, Path]:
    INPUTS.mkdir(exist_ok=True)
    seed = SEED.read_text(encoding="utf-8")
    made = {"seed x150": INPUTS / "seed-1mb.txt", "clean 1 MB": INPUTS / "clean-1mb.txt"}
    if not made["seed x150"].exists():
        made["seed x150"].write_text(seed * 150, encoding="utf-8")
    clean = sorted((corpus / "clean").glob("*.txt"))
    if clean and not made["clean 1 MB"].exists():
        made["clean 1 MB"].write_text(_repeat_to(clean, 1_000_000), encoding="utf-8")
    # A line of one repeated word woke no rule that reads capitals, rare words or quotations:
    # it could not show a check costing the whole line per such word.
    for name, size in (("varied-line-0.5mb", 500_000), ("varied-line-5mb", 5_000_000)):
        path = made[name] = INPUTS / f"{name}.txt"
        if not path.exists():
            path.write_text(varied_line(size), encoding="utf-8")
    sources = clean + sorted((corpus / "dev").glob("*.txt"))
    once = made["articles once"] = INPUTS / "articles-once.txt"
    if not once.exists() and clean:
        once.write_text(_joined(p.read_text(encoding="utf-8") for p in sources), encoding="utf-8")
    pages = made["real pages once"] = INPUTS / "real-pages-once.txt"
    if not pages.exists() and (corpus / "real").is_dir():
        pages.write_text(_joined(_real_excerpts(corpus / "real")), encoding="utf-8")
    real_dump = made["scan real"] = INPUTS / "scan-real.jsonl"
    if not real_dump.exists() and (corpus / "real").is_dir():
        real_dump.write_text(_dump(_real_excerpts(corpus / "real")), encoding="utf-8")
    dump = made["scan"] = INPUTS / f"scan-{documents}.jsonl"
    if not dump.exists() and clean:
        dump.write_text(_documents(sources, documents), encoding="utf-8")
    distinct = made["scan distinct"] = INPUTS / f"scan-distinct-{documents}.jsonl"
    if not distinct.exists() and clean:
        distinct.write_text(distinct_dump(sources, documents), encoding="utf-8")
    return {name: path for name, path in made.items() if path.exists()}


def _repeat_to(paths: list[Path], size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in paths]
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text.rstrip("\n") + "\n\n")
            total += len(parts[-1].encode("utf-8"))
            if total >= size:
                break
    return "".join(parts)


def _joined(texts: Iterable[str]) -> str:
    return "".join(text.rstrip("\n") + "\n\n" for text in texts)


def _real_excerpts(real: Path) -> Iterator[str]:
    for part in sorted(real.glob("*.jsonl")):
        with part.open(encoding="utf-8") as lines:
            yield from (json.loads(line)["excerpt"] for line in lines if line.strip())


def _documents(sources: list[Path], count: int) -> str:
    """Documents of about 1 KB: consecutive paragraphs of the corpus articles, cycled."""
    pieces: list[str] = []
    for path in sources:
        current = ""
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            current = f"{current}\n\n{paragraph}" if current else paragraph
            if len(current) >= 900:
                pieces.append(current)
                current = ""
    return _dump(pieces[index % len(pieces)] for index in range(count))


def _dump(texts: Iterable[str]) -> str:
    lines = [json.dumps({"id": str(index), "text": text}) for index, text in enumerate(texts)]
    return "\n".join(lines) + "\n"
