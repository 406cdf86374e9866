"""The work behind `newslint check`: find files, read them, lint, fix; no CLI concerns here."""

from __future__ import annotations

import difflib
import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.document import Document
from newslint.engine import FileResult, Linter
from newslint.errors import InputError
from newslint.fix import fix_raw
from newslint.rules import Rule, builtin_rules_dir, load_packs
from newslint.source import Source, write_atomic

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MARKUP_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def load_rules(extra: Sequence[str] = (), builtin: bool = True, vale_config: str | None = None,
               warn: Callable[[str], None] | None = None) -> list[Rule]:  # fmt: skip
    """Built-in packs, then extra packs, Vale style directories and a .vale.ini's styles."""
    from newslint.vale import ValeLoad, is_vale_style, load_ini, load_style

    paths: list[str | Path] = [builtin_rules_dir()] if builtin else []
    vale = ValeLoad()
    for path in extra:
        if Path(path).is_dir() and is_vale_style(Path(path)):
            _add_vale(vale, load_style(Path(path)))
        else:
            paths.append(path)
    if vale_config:
        _add_vale(vale, load_ini(vale_config))
    rules = [rule for pack in load_packs(paths) for rule in pack.rules]
    _report_skipped(vale.skipped, warn)
    if vale.accept:
        from newslint.lexicon import accept_words

        accept_words(vale.accept)
    return rules + vale.rules


def _add_vale(into: Any, loaded: Any) -> None:
    into.rules += loaded.rules
    into.skipped += loaded.skipped
    into.accept += loaded.accept


_REPORTED: set[str] = set()


def _report_skipped(skipped: list[str], warn: Callable[[str], None] | None) -> None:
    """Vale rules newslint cannot run, each said once per process."""
    fresh = [s for s in skipped if s not in _REPORTED]
    _REPORTED.update(fresh)
    if warn and fresh:
        warn(f"{len(fresh)} Vale rule(s) skipped: " + "; ".join(fresh))


@dataclass
class Walk:
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    walked: set[str] = field(default_factory=set)  # found in a directory, not named by the user


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    normal = path.replace(os.sep, "/").removeprefix("./")
    parts = normal.split("/")
    return any(
        fnmatch.fnmatch(normal, p) or any(fnmatch.fnmatch(part, p) for part in parts)
        for p in patterns
    )


def collect(paths: Iterable[str], exclude: Sequence[str] = ()) -> Walk:
    """Files to lint: explicit files as given, directories walked for prose files in sorted order."""
    walk = Walk()
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            walk.files.append(path)
            continue
        for found in _walk_directory(path, walk):
            if not _excluded(found, exclude):
                walk.files.append(found)
                walk.walked.add(found)
    return walk


def _walk_directory(root: str, walk: Walk) -> Iterator[str]:
    seen_dirs: set[tuple[int, int]] = set()
    for directory, subdirs, files in os.walk(
        root,
        followlinks=True,
        onerror=lambda e: walk.notes.append(f"{e.filename}: {e.strerror}; skipped"),
    ):
        try:
            info = os.stat(directory)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:
            subdirs[:] = []
            walk.notes.append(f"{directory}: directory loop; skipped")
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(TEXT_SUFFIXES):
                yield os.path.join(directory, name)


def markup_for(path: str) -> str:
    return MARKUP_BY_SUFFIX.get(os.path.splitext(path)[1].lower(), "plain")


def check_source(source: Source, linter: Linter) -> FileResult:
    doc = Document.from_raw(source.raw, source.path, markup_for(source.path))
    return FileResult(source.path, doc, linter.lint(doc))


@dataclass
class FixReport:
    result: FileResult
    applied: int
    diff: str


def fix_source(source: Source, linter: Linter, *, unsafe: bool, write: bool) -> FixReport:
    outcome = fix_raw(
        source.raw, source.path, linter.lint, unsafe=unsafe, markup=markup_for(source.path)
    )
    diff = unified_diff(source.path, source.raw, outcome.raw) if outcome.raw != source.raw else ""
    if write and outcome.raw != source.raw:
        if source.path == "-" or source.digest is None:
            raise InputError(f"{source.path}: standard input cannot be fixed in place; use --diff")
        write_atomic(source, outcome.raw)
    fixed = Source(path=source.path, raw=outcome.raw, encoding=source.encoding, bom=source.bom)
    return FixReport(check_source(fixed, linter), outcome.applied, diff)


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(
        line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        for line in lines
    )
