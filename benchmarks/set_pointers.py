"""Keep a labelled set of real pages without their text: the labels and each page's address.

    python benchmarks/set_pointers.py save SET_DIR POINTERS.jsonl
    python benchmarks/set_pointers.py restore POINTERS.jsonl PAGES.jsonl OUT_DIR

A labelled set (``LABELLING.md``) is third-party page text and cannot be committed; kept outside
the project, every set of stops 59-64 was lost with its machine, and each stop's labelling was
worth one stop. What the labellers made is the labels, not the pages. ``save`` writes, for each
page, its address, source kind, part, the length and sha256 of its excerpt and its labels'
families, sub-types and offsets: no page text (a label's ``text`` and the labeller's ``notes`` are
left out, and a sub-type that carries the page's words, ``misread: tlie -> the``, keeps only its
head). A record's optional ``query`` (the labeller's own search that returned the page) is kept:
the pages corpus is searched by meaning, and an address alone finds a page only when it holds the
title's words (stop 65: 12 of lab65a's 33 pages found again from their pointers, every one
restored byte for byte). Those pointers can live in the project.

``restore`` rebuilds the set from the pages' text fetched again: PAGES.jsonl holds one
``{"url": ..., "text": ...}`` a line, each page from its beginning as the stored copy gives it (a
session gets them by searching the pages corpus for each address). A page's excerpt is the text's
first ``chars`` code points, taken only when its sha256 is the recorded one, so a page is never
rebuilt from text that differs by a character; the labels' ``text`` is read back from it. Pages
that cannot be restored are named by id (never by their text) and left out; the rest are written
as ``OUT_DIR/real/part_a.jsonl`` and ``part_b.jsonl``, ready for ``label_sets.py`` and
``real.py``. Exits 1 when a page was left out, 0 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import regex

PARTS = ("part_a", "part_b")
POINTER_FIELDS = ("id", "part", "url", "domain", "source_kind", "chars", "sha256", "labels")
RESTORED_NOTE = "restored from its pointers (set_pointers.py); the labeller's notes are not kept"
SUBTYPE_LIMIT = 28


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bare_subtype(label: str) -> str:
    """A sub-type without the page's words some labellers wrote into it."""
    head = regex.split(r"[:(]", label, maxsplit=1)[0].strip()
    return head if 0 < len(head) <= SUBTYPE_LIMIT else "described"


def pointer(record: dict[str, Any], part: str) -> dict[str, Any]:
    excerpt = record["excerpt"]
    found_by = {"query": record["query"]} if record.get("query") else {}
    return {
        **found_by,
        "id": record["id"],
        "part": part,
        "url": record["url"],
        "domain": record["domain"],
        "source_kind": record["source_kind"],
        "chars": len(excerpt),
        "sha256": digest(excerpt),
        "labels": [
            {
                "family": label["family"],
                "label": bare_subtype(str(label["label"])),
                "start": label["start"],
                "end": label["end"],
            }
            for label in record["labels"]
        ],
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def save(set_dir: Path, out: Path) -> int:
    pointers = [
        pointer(record, part)
        for part in PARTS
        for record in read_jsonl(set_dir / "real" / f"{part}.jsonl")
    ]
    out.write_text(
        "".join(json.dumps(p, ensure_ascii=False, sort_keys=True) + "\n" for p in pointers),
        encoding="utf-8",
    )
    print(f"{len(pointers)} pages, {sum(len(p['labels']) for p in pointers)} labels -> {out}")
    return 0


def restored_record(page: dict[str, Any], text: str) -> dict[str, Any]:
    excerpt = text[: page["chars"]]
    labels = [{**label, "text": excerpt[label["start"] : label["end"]]} for label in page["labels"]]
    record = {
        key: page[key] for key in ("id", "url", "domain", "source_kind", "query") if key in page
    }
    return {**record, "excerpt": excerpt, "labels": labels, "notes": RESTORED_NOTE}


def why_not_restored(page: dict[str, Any], texts: dict[str, str]) -> str | None:
    if any(key not in page for key in POINTER_FIELDS):
        return "pointer lacks a field"
    text = texts.get(page["url"])
    if text is None:
        return "no fetched text for its address"
    if len(text) < page["chars"] or digest(text[: page["chars"]]) != page["sha256"]:
        return "fetched text differs from the labelled excerpt"
    return None


def restore(pointers_path: Path, pages_path: Path, out_dir: Path) -> int:
    texts = {page["url"]: page["text"] for page in read_jsonl(pages_path)}
    parts: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
    left_out = 0
    for page in read_jsonl(pointers_path):
        reason = why_not_restored(page, texts)
        if reason:
            print(f"{page.get('id', '?')}: {reason}")
            left_out += 1
            continue
        parts[page["part"]].append(restored_record(page, texts[page["url"]]))
    (out_dir / "real").mkdir(parents=True, exist_ok=True)
    for part, records in parts.items():
        (out_dir / "real" / f"{part}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
    kept = sum(len(records) for records in parts.values())
    print(f"restored {kept} pages, left out {left_out} -> {out_dir}")
    return 1 if left_out else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="write a set's pointers (no page text)")
    saving.add_argument("set_dir", type=Path)
    saving.add_argument("pointers", type=Path)
    restoring = commands.add_parser("restore", help="rebuild a set from its pointers and pages")
    restoring.add_argument("pointers", type=Path)
    restoring.add_argument("pages", type=Path)
    restoring.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    if args.command == "save":
        return save(args.set_dir, args.pointers)
    return restore(args.pointers, args.pages, args.out_dir)


if __name__ == "__main__":
    sys.exit(main())
