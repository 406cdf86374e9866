"""More labelled pages for the furniture model's fit, rebuilt from where they are kept (never
copied into the project): the DEV halves of labelled page sets in the real corpus's layout
(`SET/real/part_*.jsonl`, split by `real.half_of` like the real pages, so their test halves stay
held out), and the dev pages of a clean page set in clean45's layout (`index.json` naming each
page's furniture lines, `pages/NNN.txt`; its held-out third, every third registered domain in
sha1 order as its `measure.py` splits it, is left out). Every page comes back in the real
corpus's schema with `fold` "train", as `train_furniture.py --extra` pages do.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from real import half_of, load_records

_SECOND_LEVEL = {"co", "ac", "gov", "com", "org", "net", "edu"}


def set_pages(root: Path, whole: bool = False) -> list[dict[str, Any]]:
    """The dev half of a labelled page set (every page of a set labelled for training alone,
    `whole`), each page marked with its set's name."""
    return [
        {**r, "fold": "train", "pool": root.name}
        for r in load_records(root)
        if whole or half_of(r["domain"]) == "dev"
    ]


def _registered(domain: str) -> str:
    """clean45's registered domain ("www.york.ac.uk" -> "york.ac.uk"), as its measure.py reads it."""
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _held_out(index: list[dict[str, Any]]) -> set[str]:
    """clean45's held-out third: every third registered domain in sha1 order."""
    ordered = sorted(
        {_registered(p["domain"]) for p in index},
        key=lambda d: hashlib.sha1(d.encode()).hexdigest(),
    )
    return {d for i, d in enumerate(ordered) if i % 3 == 0}


def clean_pages(root: Path) -> list[dict[str, Any]]:
    """The dev pages of a clean page set: each furniture line a furniture label, every other
    line story text (a block the model reports there is a false alarm)."""
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    held = _held_out(index)
    pages = []
    for page in index:
        if _registered(page["domain"]) in held:
            continue
        text = (root / "pages" / f"{page['id']}.txt").read_text(encoding="utf-8")
        furniture, labels, start = set(page["furniture"]), [], 0
        for number, line in enumerate(text.split("\n"), 1):
            if number in furniture and line.strip():
                labels.append({"family": "furniture", "start": start, "end": start + len(line)})
            start += len(line) + 1
        pages.append(
            {
                "id": f"{root.name}-{page['id']}",
                "domain": page["domain"],
                "excerpt": text,
                "labels": labels,
                "fold": "train",
                "pool": root.name,
            }
        )
    return pages


def pool_pages(
    sets: list[Path], clean: list[Path], whole: list[Path] | None = None
) -> list[dict[str, Any]]:
    """Every dev page of the labelled sets and clean sets given, and every page of the `whole`
    sets (labelled for training, with no test half)."""
    return (
        [p for root in sets for p in set_pages(root)]
        + [p for root in whole or [] for p in set_pages(root, whole=True)]
        + [p for root in clean for p in clean_pages(root)]
    )
