"""What the tests of the benchmark scripts share: loading a script as a module, and a small
real corpus of pages written here, put in the dev half by the corpus's own split."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

PROSE = (
    "The harbour board met on Tuesday and agreed to open a second ferry route to the islands,"
    " which the council had asked for since the old pier closed two winters ago."
)


def load_benchmark(name: str) -> ModuleType:
    """benchmarks/NAME.py as a module; its imports of its sibling modules resolve."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look their module up by name
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def dev_domains(count: int) -> list[str]:
    """`count` domains the real corpus's split puts in its dev half."""
    found = []
    for i in range(1000):
        domain = f"site{i}.example"
        if hashlib.sha256(b"newslint-real" + domain.encode()).digest()[0] % 2 == 0:
            found.append(domain)
        if len(found) == count:
            return found
    raise AssertionError("no dev domains")


def write_real_corpus(root: Path, pages: Iterable[dict[str, Any]]) -> Path:
    """A corpus folder under `root` whose real pages are `pages` (one part, the other empty)."""
    real = root / "corpus" / "real"
    real.mkdir(parents=True)
    (real / "part_a.jsonl").write_text("".join(json.dumps(page) + "\n" for page in pages))
    (real / "part_b.jsonl").write_text("")
    return root / "corpus"
