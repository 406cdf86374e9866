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

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

import regex

from newslint.document import Document
from newslint.errors import InputError, NewslintError
from newslint.finding import FileResult, Finding, rule_matches
from newslint.regex_store import compile_pattern
from newslint.temporary_name import directory_locked, write_durably
from newslint.values import Value

# The blanks before a plain-text directive are read once: two optional runs of them side by side
# ("^[ \t]*(?:#|//)?[ \t]*") could share a line of blanks in every way, and a line of 50,000
# spaces took 8 s of CPU (its square) before any rule ran.
_DIRECTIVE = compile_pattern(
    r"<!--[ \t]*newslint-(?P<kind>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)-->"
    r"|^[ \t]*(?:(?:#|//)[ \t]*)?newslint-(?P<kind>disable-next-line|disable|enable)\b"
    r"(?P<rules>[^\n]*)$",
    regex.MULTILINE | regex.VERSION1,
)
UNUSED_RULE = "newslint.unused-suppression"
CONTEXT_CHARS = 24
# 2: a finding's key leaves out the line breaks at the ends of its span (see Baseline.key).
BASELINE_VERSION = 2


class Suppression(Value):
    """A newslint-disable comment: which rules it silences, over which text."""

    FIELDS = ("kind", "rules", "start", "end", "directive", "used")
    kind: str
    rules: frozenset[str] | None  # None: every rule
    start: int  # the text it covers
    end: int
    directive: tuple[int, int]
    used: bool

    def __init__(
        self,
        kind: str,
        rules: frozenset[str] | None,
        start: int,
        end: int,
        directive: tuple[int, int],
        used: bool = False,
    ):
        self.kind = kind
        self.rules = rules
        self.start = start
        self.end = end
        self.directive = directive
        self.used = used

    def covers(self, finding: Finding) -> bool:
        if not (self.start <= finding.start < self.end):
            return False
        return self.rules is None or any(rule_matches(finding.rule, r) for r in self.rules)


def directives(doc: Document) -> list[Suppression]:
    text = doc.original  # directives are comments, which markup masking blanks
    code = _code_spans(doc)
    found: list[Suppression] = []
    open_disables: list[Suppression] = []
    for match in _DIRECTIVE.finditer(text):
        if any(start <= match.start() < end for start, end in code):
            continue  # a directive shown as code documents the syntax; it is not an instruction
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


# CommonMark code spans: a run of backticks closed by the next run of the same length.
_MARKDOWN_CODE_SPAN = compile_pattern(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", regex.DOTALL)
_HTML_CODE = compile_pattern(
    r"<(code|pre|kbd|samp|script|style|textarea)\b[^>]*>.*?</\1\s*>",
    regex.DOTALL | regex.IGNORECASE,
)


def _code_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the document shows code: fenced and indented blocks and code spans in Markdown,
    code-like elements in HTML."""
    text = doc.original
    if doc.markup == "html":
        return [m.span() for m in _HTML_CODE.finditer(text)]
    if doc.markup != "markdown" or "newslint-" not in text:
        return []
    from markdown_it import MarkdownIt

    line_starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    blocks = [
        (line_starts[t.map[0]], line_starts[t.map[1]] if t.map[1] < len(line_starts) else len(text))
        for t in MarkdownIt("commonmark").parse(text)
        if t.type in ("fence", "code_block") and t.map
    ]
    inline = [
        m.span()
        for m in _MARKDOWN_CODE_SPAN.finditer(text)
        if not any(start <= m.start() < end for start, end in blocks)
    ]
    return blocks + inline


class Suppressions(Value):
    """A document's directives, and which of them turned something off."""

    FIELDS = ("found",)
    found: list[Suppression]

    def __init__(
        self,
        found: list[Suppression],
    ):
        self.found = found

    @classmethod
    def of(cls, doc: Document) -> Suppressions:
        return cls(directives(doc))

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """Findings that no directive turns off (and none on the directives themselves)."""
        return list(self.passing(findings))

    def passing(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        """`filter`, one finding at a time (a very large document's findings are never all held
        as objects at once)."""
        if not self.found:
            yield from findings
            return
        for finding in findings:
            if any(s.directive[0] <= finding.start < s.directive[1] for s in self.found):
                continue
            covering = [s for s in self.found if s.covers(finding)]
            for suppression in covering:
                suppression.used = True
            if not covering:
                yield finding

    def unused(self) -> list[Finding]:
        return [
            Finding(
                UNUSED_RULE,
                "warning",
                f"newslint-{s.kind} suppresses nothing here",
                s.directive[0],
                s.directive[1],
            )
            for s in self.found
            if not s.used
        ]


class Baseline(Value):
    """Known findings, counted by (path, rule, normalised context).

    Paths are kept relative to `root`, the directory that holds the baseline file (the project's
    root, as a rule), so `b.txt`, `./b.txt`, `/abs/b.txt` and `../b.txt` from a subdirectory all
    name the same file. `legacy`: read from a version 1 file, whose entries may hold the earlier
    key (`legacy_key`), so a finding matches by either until the baseline is written again.
    """

    FIELDS = ("counts", "root", "legacy")
    counts: Counter[tuple[str, str, str]]
    root: Path
    legacy: bool

    def __init__(
        self,
        counts: Counter[tuple[str, str, str]] | None = None,
        root: Path | None = None,
        legacy: bool = False,
    ):
        self.counts = Counter() if counts is None else counts
        self.root = Path.cwd() if root is None else root
        self.legacy = legacy

    @property
    def size(self) -> int:
        return sum(self.counts.values())

    def path_key(self, path: str) -> str:
        if path == "-" or path.startswith("<"):
            return path
        absolute, root = os.path.abspath(path), os.path.abspath(self.root)
        try:
            return PurePath(os.path.relpath(absolute, root)).as_posix()
        except ValueError:  # another drive
            return PurePath(absolute).as_posix()

    def key(self, path: str, doc: Document, finding: Finding) -> tuple[str, str, str]:
        """The finding's text and a little of its own line(s) around it: stable when other lines
        change. A whole-line finding's span takes in the line break and blank line after it, so
        the key is built from its text without them, or it held the next paragraph's words."""
        start, end = _own_span(doc.text, finding.start, finding.end)
        return (self.path_key(path), finding.rule, _context(doc.text, start, end))

    def legacy_key(self, path: str, doc: Document, finding: Finding) -> tuple[str, str, str]:
        """The key a version 1 baseline recorded: its context ran on into the line after a
        finding that ended with a line break."""
        return (self.path_key(path), finding.rule, _context(doc.text, finding.start, finding.end))

    @classmethod
    def record(cls, results: Iterable[FileResult], path: str) -> Baseline:
        """Today's findings, as a baseline to be saved at `path`."""
        baseline = cls(root=Path(path).resolve().parent)
        for result in results:
            baseline.counts.update(
                baseline.key(result.path, result.doc, f) for f in result.findings
            )
        return baseline

    @classmethod
    def load(cls, path: str) -> Baseline:
        import json  # only a run with a baseline pays for it

        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            entries = data["findings"]
            counts = Counter(
                {(e["path"], e["rule"], e["context"]): int(e["count"]) for e in entries}
            )
            legacy = data.get("version") == 1
        except FileNotFoundError:
            raise InputError(
                f"{path}: no such baseline file (create it with --update-baseline)"
            ) from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: not a newslint baseline ({exc})") from None
        return cls(counts, Path(path).resolve().parent, legacy)

    def save(self, path: str) -> None:
        """Written whole to a temporary beside it and renamed: a run that cannot finish the
        write (a full disk, a missing folder) leaves the baseline as it was."""
        entries = [
            {"path": p, "rule": r, "context": c, "count": n}
            for (p, r, c), n in sorted(self.counts.items())
        ]
        payload = _json_bytes({"version": BASELINE_VERSION, "findings": entries})
        target = os.path.realpath(path)  # a symlinked baseline stays a link to the new text
        try:
            with directory_locked(Path(target).parent):
                write_durably(Path(target), [payload])
        except OSError as exc:
            raise NewslintError(
                f"{path}: cannot write the baseline ({exc.strerror or exc})"
            ) from None

    def unknown(self, path: str, doc: Document, findings: Iterable[Finding]) -> list[Finding]:
        """The findings the baseline does not already account for (the same answer every time
        a document is asked about, so each pass of --fix sees what the report sees)."""
        return list(self.fresh(path, doc, findings))

    def fresh(self, path: str, doc: Document, findings: Iterable[Finding]) -> Iterator[Finding]:
        """`unknown`, one finding at a time. Of findings sharing a key, the first ones are the
        known ones, so give them in text order for an answer that does not vary between runs."""
        left: Counter[tuple[str, str, str]] = Counter()
        for finding in findings:
            keys = [self.key(path, doc, finding)]
            if self.legacy:
                keys.append(self.legacy_key(path, doc, finding))
            if not any(self._take(left, key) for key in keys):
                yield finding

    def _take(self, left: Counter[tuple[str, str, str]], key: tuple[str, str, str]) -> bool:
        """Count one more finding as known under `key`, if the baseline has one left there."""
        if key not in left:
            left[key] = self.counts[key]
        if left[key] > 0:
            left[key] -= 1
            return True
        return False


def _own_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the line breaks (and the blanks with them) at its ends. Blanks on its own
    line stay, so a finding within a line keeps the key it always had."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    if lead == len(piece):
        return start, end
    if "\n" in piece[:lead]:
        start += lead
    if "\n" in piece[len(piece) - trail :]:
        end -= trail
    return start, end


def _context(text: str, start: int, end: int) -> str:
    """`text[start:end]` and up to CONTEXT_CHARS either side within its lines, blanks folded."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    context = text[max(line_start, start - CONTEXT_CHARS) : min(line_end, end + CONTEXT_CHARS)]
    return " ".join(context.split())


def _json_bytes(data: object) -> bytes:
    """UTF-8 JSON; a file name that is not UTF-8 (its bytes kept as lone surrogates, as Python
    reads such names) is written as JSON escapes, which read back as the same name."""
    import json  # only a run with a baseline pays for it

    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, indent=1) + "\n").encode("ascii")
