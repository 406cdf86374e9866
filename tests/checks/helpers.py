"""Build one rule of a kind from its options, as a pack would, and run its check on a text."""

from __future__ import annotations

from typing import Any

from newslint.checks import Check, compile_rule
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.rules import Rule, parse_rule


def make_rule(kind: str, message: str = "{match}", **options: Any) -> Rule:
    """A rule `unit.<kind>` validated by the loader (so a bad option fails here, not in a check)."""
    raw = {
        "id": f"unit.{kind}",
        "kind": kind,
        "message": message,
        "description": f"A {kind} rule under test.",
        "examples": [{"bad": "x", "span": "x"}, {"good": "y"}],
        **options,
    }
    return parse_rule(raw, "<unit test>", "unit", 1)


def make_check(
    kind: str, vocabulary: Vocabulary = NO_VOCABULARY, message: str = "{match}", **options: Any
) -> Check:
    return compile_rule(make_rule(kind, message, **options), vocabulary)


def run(check: Check, text: str, markup: str | None = None) -> list[Finding]:
    doc = Document(text) if markup is None else Document.from_raw(text, markup=markup)
    return sorted(check.run(doc), key=lambda f: (f.start, f.end))


def spans(check: Check, text: str, markup: str | None = None) -> list[str]:
    """The reported text of each finding, in order: what a reader sees underlined."""
    doc = Document(text) if markup is None else Document.from_raw(text, markup=markup)
    return [doc.text[f.start : f.end] for f in sorted(check.run(doc), key=lambda f: f.start)]


def fixed(check: Check, text: str) -> str:
    """`text` with every finding's fix applied (findings of one rule never overlap)."""
    out = text
    for found in sorted(check.run(Document(text)), key=lambda f: f.start, reverse=True):
        if found.fix:
            for edit in sorted(found.fix.edits, key=lambda e: e.start, reverse=True):
                out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def builtin_options(rule_id: str) -> dict[str, Any]:
    """The options a built-in rule gives its kind (unset ones left out), to vary one at a time."""
    from newslint.linters import load_rules

    (rule,) = [r for r in load_rules() if r.id == rule_id]
    return {key: value for key, value in rule.options.items() if value is not None}


class ReadCountingText(str):
    """A text that counts the characters a check reads from it by index or slice."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        part = str.__getitem__(self, key)
        type(self).read += len(part)
        return part

    def rfind(self, sub: str, start: int = 0, end: int | None = None) -> int:
        stop = len(self) if end is None else end
        type(self).read += max(0, stop - start)
        return str.rfind(self, sub, start, stop)


class RecordingPattern:
    """Stands in for a compiled pattern and records where it is tried."""

    def __init__(self, real: Any):
        self.real = real
        self.tried: list[int] = []
        self.whole_text_searches = 0

    def match(self, text: str, pos: int = 0) -> Any:
        self.tried.append(pos)
        return self.real.match(text, pos)

    def search(self, text: str, pos: int = 0) -> Any:
        self.tried.append(pos)
        return self.real.search(text, pos)

    def finditer(self, text: str, *args: Any) -> Any:
        self.whole_text_searches += 1
        return self.real.finditer(text, *args)
