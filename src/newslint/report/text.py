"""Default output: `path:line:col: severity rule message`, the source line, a caret, the fix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TextIO
from unicodedata import category, east_asian_width

import regex

from newslint.document import Document
from newslint.finding import FileResult, Finding
from newslint.finding_list import applicabilities, severities
from newslint.regex_store import compile_pattern
from newslint.report import related_notes
from newslint.runner import fixed_by_fix

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
CONTEXT_WIDTH = 100
# Characters read beyond the window on each side, so that the clusters at its edges are whole.
CLUSTER_MARGIN = 64
Cluster = tuple[int, int, str]  # start and end in the line, and the cluster as printed


def write(results: Iterable[FileResult], out: TextIO, *, color: bool = False,
          errors: Callable[[], tuple[int, int]] = lambda: (0, 0),
          fixes: Callable[[], tuple[int, int]] = lambda: (0, 0), **_: Any) -> None:  # fmt: skip
    """`errors`: how many files the run could not check, and could not fix; `fixes`: how many
    fixes --fix wrote, into how many files; both asked once `results` are all read."""
    tally = Tally()
    for result in results:
        tally.add(result)
        fixable = fixed_by_fix(result.path)
        for finding in result.findings:
            out.write(render_finding(result.path, result.doc, finding, color, fixable) + "\n")
    out.write(tally.summary(*errors(), fixed=fixes()) + "\n")


def render_finding(
    path: str, doc: Document, finding: Finding, color: bool, fixable: bool = True
) -> str:
    """The finding as the report shows it; `fixable`: whether --fix fixes its file (`fixed_by_fix`),
    else its fix is offered as a suggestion, as --fix will not write it."""
    line, column = doc.position(finding.start)
    severity = (
        _style(finding.severity, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        if color
        else finding.severity
    )
    rule = _style(finding.rule, bold=True) if color else finding.rule
    header = f"{printable(path)}:{line}:{column}: {severity} {rule} {one_line(finding.message)}"
    excerpt = _excerpt(doc, finding, line, column, color)
    related = [f"  {one_line(note)}" for note in related_notes(doc, finding)]
    return "\n".join([header, *excerpt, *related, *_fix_lines(finding, fixable)])


def _style(text: str, **style: Any) -> str:
    import click  # colour only: a plain report does not load click

    return click.style(text, **style)


def _excerpt(doc: Document, finding: Finding, line: int, column: int, color: bool) -> list[str]:
    """The finding's line (a window of it when long) and a caret under the finding, placed by
    display width: CJK and emoji take two terminal cells, combining marks none, and a window
    never cuts a grapheme cluster (an emoji family stays one emoji)."""
    span = doc.line_span(line)
    line_start = span.start
    start = column - 1
    end = max(start + 1, min(finding.end, span.end) - line_start)
    left = max(0, start - CONTEXT_WIDTH // 2)
    right = left + CONTEXT_WIDTH
    length = span.end - line_start
    plain = doc.original[line_start + left : line_start + min(right, length)]
    # A character either side too: a mark just past the window would join the cluster at its edge.
    wider = doc.original[line_start + max(0, left - 1) : line_start + min(right + 1, length)]
    if _one_cell_each(wider):  # no clusters to find
        prefix = "…" if plain and left > 0 else ""
        suffix = "…" if plain and right < length else ""
        indent = len(prefix) + max(0, min(start, right, length) - left)
        under = max(0, min(end, right, length) - max(start, left))
        shown_text = plain
    else:
        clusters = _clusters_near(doc.original, span.start, span.end, start)
        window = [c for c in clusters if c[1] > left and c[0] < right]
        prefix = "…" if window and window[0][0] > 0 else ""
        suffix = "…" if window and window[-1][1] < length else ""
        indent = len(prefix) + sum(_width(shown) for first, _, shown in window if first < start)
        under = sum(_width(shown) for first, last, shown in window if last > start and first < end)
        shown_text = "".join(shown for _, _, shown in window)
    caret = "^" * min(max(1, under), CONTEXT_WIDTH)
    caret_line = " " * indent + (_style(caret, fg="red") if color else caret)
    gutter = " " * len(str(line))
    return [f" {line} | {prefix}{shown_text}{suffix}", f" {gutter} | {caret_line}"]


# Characters that are each a cluster of their own, one cell wide and printed as they are:
# ASCII, Latin-1 and Latin Extended letters, curly quotes, dashes, currency signs. (Soft hyphen,
# combining marks and joiners are left out; a test checks every member's Unicode properties.)
_ONE_CELL = compile_pattern(
    r"[\x20-\x7e\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*"
)


def _one_cell_each(text: str) -> bool:
    """Whether every character of `text` is a cluster of one cell shown as it is, so that the
    window needs no cluster search (news copy's curly quotes and dashes included)."""
    if text.isascii():
        return text.isprintable()
    return _ONE_CELL.fullmatch(text) is not None


def _clusters_near(text: str, line_start: int, line_end: int, column: int) -> list[Cluster]:
    """The clusters of the line around `column` (offsets from the line's start), enough to fill a
    window: never the whole line, whose length would otherwise multiply the cost of every finding
    on it (a megabyte on one line, thousands of findings). A piece cut out of a long line may
    begin or end inside a cluster; those edge clusters lie beyond the window and are dropped."""
    low = max(line_start, line_start + column - CONTEXT_WIDTH // 2 - CLUSTER_MARGIN)
    high = min(line_end, line_start + column + CONTEXT_WIDTH + CLUSTER_MARGIN)
    clusters = [
        (m.start() - line_start, m.end() - line_start, _shown(m.group()))
        for m in _CLUSTER.finditer(text, low, high)
    ]
    if low > line_start:
        clusters = clusters[1:]
    if high < line_end:
        clusters = clusters[:-1]
    return clusters


# One user-perceived character: a letter with its accents, an emoji with its joiners and modifiers.
_CLUSTER = compile_pattern(r"\X")
_PICTOGRAPH = compile_pattern(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")


def _shown(cluster: str) -> str:
    """A cluster as printed: invisible and control characters made visible so the caret points at
    something, except the joiners and selectors that belong to an emoji sequence."""
    if cluster.isprintable() or cluster == " " or _PICTOGRAPH.search(cluster):
        return cluster
    return "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in cluster)


def _width(cluster: str) -> int:
    """Terminal cells a cluster takes (East Asian Width, UAX #11): wide and full-width characters
    and emoji two, a cluster of only combining or format characters none, anything else one."""
    if "\ufe0f" in cluster or any(east_asian_width(c) in "WF" for c in cluster):
        return 2  # U+FE0F asks for emoji presentation: "❤️" is wide where "❤" is not
    if len(cluster) > 1 and _PICTOGRAPH.search(cluster):
        return 2  # a joined emoji sequence or a flag is drawn as one wide picture
    if all(category(c) in ("Mn", "Me", "Cf") for c in cluster):
        return 0
    return 1


def _fix_lines(finding: Finding, fixable: bool) -> list[str]:
    if finding.fix:
        edits = finding.fix.edits
        shown = printable(" / ".join(_shown_replacement(e.replacement) for e in edits))
        marker = "fix" if finding.fix.applicability == "safe" else "unsafe fix"
        marker = marker if fixable else "suggestion"
        return [f"   = {marker}: {shown}"]
    if finding.suggestions:
        return [f"   = suggestion: {printable(' | '.join(finding.suggestions))}"]
    return []


def _shown_replacement(replacement: str) -> str:
    """What a fix puts in: "delete" for nothing, quoted when spaces matter, else as is."""
    if not replacement:
        return "delete"
    return repr(replacement) if replacement.strip() != replacement else replacement


class Tally:
    """What the closing line needs, kept while results stream past."""

    def __init__(self) -> None:
        self.severities: Counter[str] = Counter()
        self.files = self.files_with_findings = self.fixable = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.files_with_findings += bool(result.findings)
        self.severities.update(severities(result.findings))
        if fixed_by_fix(result.path):  # "N fixable with --fix" counts what --fix will do
            self.fixable += applicabilities(result.findings).count("safe")

    def summary(self, unread: int = 0, unfixed: int = 0, fixed: tuple[int, int] = (0, 0)) -> str:
        """The closing line; beside files that could not be read or fixed (each said on
        stderr) it says so, rather than "No problems found in 0 files". `fixed`: the fixes
        --fix wrote and the files they went into, said first ("Fixed 2 problems in 1 file; ...")."""
        line = self._fixed(*fixed) if fixed[0] else self._found()
        notes = [
            f"{count} file{'s' * (count != 1)} not {what}"
            for count, what in ((unread, "checked"), (unfixed, "fixed"))
            if count
        ]
        if not notes:
            return line
        tail = f"{', '.join(notes)} (see the errors)"
        return f"{tail[0].upper()}{tail[1:]}." if not self.files else f"{line[:-1]}; {tail}."

    def _found(self) -> str:
        total = sum(self.severities.values())
        if not self.files:
            return "No files checked."
        if not total:
            return f"No problems found in {_files(self.files)}."
        tail = f"; {self.fixable} fixable with --fix" if self.fixable else ""
        return f"Found {_problems(total)} ({self._kinds()}) {self._where()}{tail}."

    def _fixed(self, fixes: int, files: int) -> str:
        """After --fix: what it fixed, then what remains (what is left is not for --fix)."""
        done = fixed_phrase(fixes, files)
        total = sum(self.severities.values())
        if not total:
            return f"{done[0].upper()}{done[1:]}; no problems remain in {_files(self.files)}."
        remain = f"{_problems(total)} remain{'s' * (total == 1)}"
        return f"{done[0].upper()}{done[1:]}; {remain} ({self._kinds()}) {self._where()}."

    def _kinds(self) -> str:
        return ", ".join(
            f"{self.severities[s]} {s}{'s' * (self.severities[s] != 1)}"
            for s in ("error", "warning", "info")
            if self.severities[s]
        )

    def _where(self) -> str:
        """The files with problems, of those checked when not all have them ("in 1 of 2 files")."""
        having = self.files_with_findings
        return (
            f"in {_files(having)}"
            if having == self.files
            else f"in {having} of {_files(self.files)}"
        )


def fixed_phrase(fixes: int, files: int) -> str:
    """What --fix did, as the closing line and a machine format's note on stderr say it."""
    return f"fixed {_problems(fixes)} in {_files(files)}"


def _problems(count: int) -> str:
    return f"{count} problem{'s' * (count != 1)}"


def _files(count: int) -> str:
    return f"{count} file{'s' * (count != 1)}"


def one_line(message: str) -> str:
    """A message quoting text across a line end ("lec⏎ture") on one line: a finding's first line
    is what tools and readers scan for. Its control characters are shown as escapes."""
    return printable(message.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎"))


# What a terminal obeys rather than prints (C0 but tab, DEL, C1: escape sequences that clear the
# screen, move the cursor, retitle the window or set the clipboard) and the bidirectional
# controls that reorder what follows them on the line. A message quotes the document's text, and
# a scraped page can hold any of these.
_CONTROL = compile_pattern(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every terminal control written as an escape (`\\x1b`, `\\u202e`)."""
    if text.isascii() and text.isprintable():
        return text
    return _CONTROL.sub(_escaped, text)


def _escaped(match: regex.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
