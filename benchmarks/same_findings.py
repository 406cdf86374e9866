"""Do two source trees of newslint report the same findings? An identity check for changes that
must not move plain text (the prose view of issue 14: plain text is read as before).

    python benchmarks/same_findings.py OLD_SRC NEW_SRC PATH... [--markup plain]

Each tree lints every file under PATH (``.txt``, ``.md``, ``.html``; ``.jsonl`` records' ``excerpt``
(or ``text``) fields too, read as `--markup`) in a process of its own (``PYTHONPATH=SRC``); the script prints
how many documents and findings each gave and every document whose findings differ (rule, span,
fix), by name only: no corpus text is printed. Exit 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

# Run inside each tree: lint the documents named on stdin, print one JSON line per document.
_WORKER = """
import json, sys
from newslint.document import Document
from newslint.linters import load_rules
from newslint.engine import Linter
linter = Linter(load_rules())
for line in sys.stdin:
    name, markup, text = json.loads(line)
    found = sorted(
        (f.rule, f.start, f.end, None if f.fix is None else
         [(e.start, e.end, e.replacement) for e in f.fix.edits])
        for f in linter.lint(Document.from_raw(text, name, markup))
    )
    print(json.dumps([name, found]), flush=True)
"""

_MARKUPS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def documents(paths: list[str], markup: str) -> list[tuple[str, str, str]]:
    """(name, markup, text) for every document under `paths`."""
    found: list[tuple[str, str, str]] = []
    for root in paths:
        files = [Path(root)] if Path(root).is_file() else sorted(Path(root).rglob("*"))
        for path in files:
            if path.suffix == ".jsonl":
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                    record = json.loads(line)
                    text = record.get("excerpt", record.get("text"))
                    if isinstance(text, str):
                        found.append((f"{path}:{number + 1}", markup, text))
            elif path.suffix in (".txt", *_MARKUPS):
                text = path.read_text(encoding="utf-8", errors="surrogateescape")
                found.append((str(path), _MARKUPS.get(path.suffix, markup), text))
    return found


def findings(src: str, docs: list[tuple[str, str, str]]) -> dict[str, list[object]]:
    env = dict(os.environ, PYTHONPATH=src)
    stdin = "".join(json.dumps(doc) + "\n" for doc in docs)
    out = subprocess.run(
        [sys.executable, "-c", _WORKER], input=stdin, env=env, capture_output=True, text=True
    )
    if out.returncode:
        sys.exit(f"{src}: {out.stderr.strip().splitlines()[-1]}")
    return {name: found for name, found in map(json.loads, out.stdout.splitlines())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--markup", default="plain", choices=("plain", "markdown", "html"))
    args = parser.parse_args()
    docs = documents(args.paths, args.markup)
    old, new = findings(args.old, docs), findings(args.new, docs)
    differ = [name for name, _, _ in docs if old.get(name) != new.get(name)]
    for tree, found in (("old", old), ("new", new)):
        print(f"{tree}: {len(found)} documents, {sum(map(len, found.values()))} findings")
    for name in differ:
        print(f"differs: {name} ({len(old.get(name, []))} -> {len(new.get(name, []))} findings)")
    print("identical" if not differ else f"{len(differ)} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
