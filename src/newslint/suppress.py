"""Turning findings off on purpose: inline directives in the text, and a baseline file.

Directives (in Markdown, HTML or plain text):
    <!-- newslint-disable RULE[,RULE] -->   ... <!-- newslint-enable [RULE,...] -->
    <!-- newslint-disable-next-line RULE[,RULE] -->
and, for plain text, the same words alone on a line (optionally after `#` or `//`):
    newslint-disable-next-line consistency
No rule list means every rule; a rule may be a pack prefix. The baseline records findings by
path, rule and the text around them (not line numbers), so it survives edits elsewhere.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import regex

from newslint.document import Document
from newslint.engine import FileResult
from newslint.errors import InputError
from newslint.finding import Finding

_DIRECTIVE = regex.compile(
    r"<!--[ \t]*newslint-(?P<kind>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)-->"
    r"|^[ \t]*(?:#|//)?[ \t]*newslint-(?P<kind>disable-next-line|disable|enable)\b(?P<rules>[^\n]*)$",
    regex.MULTILINE | regex.VERSION1,
)
UNUSED_RULE = "newslint.unused-suppression"
CONTEXT_CHARS = 24


@dataclass
class Suppression:
    kind: str
    rules: frozenset[str] | None  # None: every rule
    start: int  # the text it covers
    end: int
    directive: tuple[int, int]
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        if not (self.start <= finding.start < self.end):
            return False
        return self.rules is None or any(
            finding.rule == r or finding.rule.startswith(r + ".") for r in self.rules
        )


def directives(doc: Document) -> list[Suppression]:
    text = doc.original  # directives are comments, which markup masking blanks
    found: list[Suppression] = []
    open_disables: list[Suppression] = []
    for match in _DIRECTIVE.finditer(text):
        names = (
            frozenset(
                r.strip() for r in match.group("rules").replace(",", " ").split() if r.strip()
            )
            or None
        )
        kind, span = match.group("kind"), match.span()
        if kind == "disable-next-line":
            line_start = text.find("\n", match.end())
            line_start = len(text) if line_start < 0 else line_start + 1
            line_end = text.find("\n", line_start)
            found.append(
                Suppression(kind, names, line_start, len(text) if line_end < 0 else line_end, span)
            )
        elif kind == "disable":
            open_disables.append(Suppression(kind, names, match.end(), len(text), span))
            found.append(open_disables[-1])
        else:
            for disable in open_disables:
                if disable.end == len(text) and (names is None or disable.rules == names):
                    disable.end = match.start()
    return found


def apply(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Findings that no directive turns off (and none on the directives themselves)."""
    suppressions = directives(doc)
    if not suppressions:
        return findings
    kept = []
    for finding in findings:
        if any(s.directive[0] <= finding.start < s.directive[1] for s in suppressions):
            continue
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    doc.__dict__["_suppressions"] = suppressions
    return kept


def unused(doc: Document) -> list[Finding]:
    return [
        Finding(
            UNUSED_RULE,
            "warning",
            f"newslint-{s.kind} suppresses nothing here",
            s.directive[0],
            s.directive[1],
        )
        for s in doc.__dict__.get("_suppressions", [])
        if not s.used
    ]


@dataclass
class Baseline:
    """Known findings, counted by (path, rule, normalised context)."""

    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    @property
    def size(self) -> int:
        return sum(self.counts.values())

    @staticmethod
    def key(result: FileResult, finding: Finding) -> tuple[str, str, str]:
        """The finding's text and a little of its line around it: stable when other lines change."""
        text = result.doc.text
        line_start = text.rfind("\n", 0, finding.start) + 1
        line_end = text.find("\n", finding.end)
        line_end = len(text) if line_end < 0 else line_end
        context = text[
            max(line_start, finding.start - CONTEXT_CHARS) : min(
                line_end, finding.end + CONTEXT_CHARS
            )
        ]
        return (
            PurePath(result.path).as_posix().removeprefix("./"),
            finding.rule,
            " ".join(context.split()),
        )

    @classmethod
    def record(cls, results: Iterable[FileResult]) -> Baseline:
        return cls(Counter(cls.key(r, f) for r in results for f in r.findings))

    @classmethod
    def load(cls, path: str) -> Baseline:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            entries = data["findings"]
            return cls(
                Counter({(e["path"], e["rule"], e["context"]): int(e["count"]) for e in entries})
            )
        except FileNotFoundError:
            raise InputError(
                f"{path}: no such baseline file (create it with --update-baseline)"
            ) from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: not a newslint baseline ({exc})") from None

    def save(self, path: str) -> None:
        entries = [
            {"path": p, "rule": r, "context": c, "count": n}
            for (p, r, c), n in sorted(self.counts.items())
        ]
        Path(path).write_text(
            json.dumps({"version": 1, "findings": entries}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )

    def new_findings(self, result: FileResult) -> list[Finding]:
        """The findings the baseline does not already account for."""
        fresh = []
        for finding in result.findings:
            key = self.key(result, finding)
            if self.counts[key] > 0:
                self.counts[key] -= 1
            else:
                fresh.append(finding)
        return fresh
