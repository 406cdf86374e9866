"""Output formats: one module per format, each exporting `write(results, out, *, color)`."""

from __future__ import annotations

import importlib
import io
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TextIO, cast

from newslint.document import Document
from newslint.finding import FileError, FileResult, Finding

FORMATS = (
    "text", "concise", "json", "json-lines", "sarif", "github", "rdjson", "junit", "html", "verdict",
)  # fmt: skip

Writer = Callable[..., None]

# Formats whose output is whole at the end of every line: what a run stopped half-way wrote is
# still a report. Every other format is one document (JSON, SARIF, JUnit ...), which a run
# stopped half-way would leave unparsable (`newslint.commands` spools those).
STREAMED = ("text", "concise", "json-lines", "github")


def get_writer(name: str) -> Writer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    return importlib.import_module(f"newslint.report.{name.replace('-', '_')}").write  # type: ignore[no-any-return]


# Lone surrogates: a file name's undecodable bytes (surrogate escapes) or text read with an escape
# codec. No UTF-8 writer can encode them; a report shows them as escapes instead.
@cache
def _surrogates() -> re.Pattern[str]:
    """Compiled on first use: compiling it cost every run 0.3 ms, and nearly no report has any."""
    return re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    """Whether `text` holds a surrogate code point: exactly what UTF-8 refuses to encode."""
    if text.isascii():
        return False
    try:
        text.encode()
    except UnicodeEncodeError:
        return True
    return False


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode escapes it
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def escape_undecodable(text: str) -> str:
    """`text` with every lone surrogate written as `\\xNN` (its original byte) or `\\uNNNN`."""
    return _surrogates().sub(_escape_char, text) if _has_surrogate(text) else text


@cache
def _not_xml() -> re.Pattern[str]:
    """Characters XML 1.0 forbids in a document, even escaped (section 2.2, production [2]).
    Compiled on first use: its ranges cost 20 ms, which only the XML formats should pay."""
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """`text` with the characters XML 1.0 cannot hold written as escapes, so parsers accept it."""
    not_xml = _not_xml()
    return not_xml.sub(_escape_char, text) if not_xml.search(text) else text


class EscapingWriter(io.TextIOBase):
    """Passes text to `out`, undecodable characters escaped: whatever a format forgot to escape
    cannot crash the run or put invalid UTF-8 in the report."""

    def __init__(self, out: TextIO):
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(escape_undecodable(text))

    def flush(self) -> None:
        self.out.flush()


def utf8_column(doc: Document, offset: int) -> int:
    """1-based column of `offset` counted in UTF-8 bytes (reviewdog's unit), not code points."""
    line_start = doc.line_starts[doc.position(offset)[0] - 1]
    return len(doc.original[line_start:offset].encode("utf-8", "surrogatepass")) + 1


def span_position(doc: Document, start: int, end: int) -> dict[str, int]:
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def finding_record(path: str, doc: Document, finding: Finding) -> dict[str, Any]:
    """One finding as the public JSON contract (see DESIGN.md)."""
    fix = None
    if finding.fix:
        edits = [
            {**span_position(doc, e.start, e.end), "replacement": escape_undecodable(e.replacement)}
            for e in finding.fix.edits
        ]
        fix = {"applicability": finding.fix.applicability, "edits": edits}
    return {
        "path": escape_undecodable(path),
        **span_position(doc, finding.start, finding.end),
        "rule": finding.rule,
        "severity": finding.severity,
        "message": escape_undecodable(finding.message),
        "fix": fix,
        "suggestions": [escape_undecodable(s) for s in finding.suggestions],
        "related": [
            {**span_position(doc, r.start, r.end), "message": escape_undecodable(r.message)}
            for r in finding.related
        ],
    }


def file_error_rule(error: FileError) -> str:
    """The rule id a file not checked or not fixed is reported under: `newslint.not-checked`,
    `newslint.not-fixed` or `newslint.internal-error`, the id SARIF's notification carries."""
    return f"newslint.{error.kind}"


def file_error_record(error: FileError) -> dict[str, Any]:
    """A file the run could not check or fix, in a finding record's shape (the JSON contract):
    an error at 1:1 of the file under `file_error_rule`, so a consumer that reads findings
    sees it without a case of its own, and one that wants it tells it by the rule."""
    return {
        "path": escape_undecodable(error.path),
        "line": 1, "column": 1, "end_line": 1, "end_column": 1,
        "rule": file_error_rule(error),
        "severity": "error",
        "message": escape_undecodable(error.message),
        "fix": None,
        "suggestions": [],
        "related": [],
    }  # fmt: skip


def related_notes(doc: Document, finding: Finding) -> list[str]:
    """Each place a finding also points at, as `line:column: message`: what the plain-text
    formats print under the finding or add to its message (fixes never touch these places)."""
    notes = []
    for related in finding.related:
        line, column = doc.position(related.start)
        notes.append(f"{line}:{column}: {related.message}")
    return notes


def with_related(doc: Document, finding: Finding) -> str:
    """The message with the places it also points at, for formats that carry one text only."""
    notes = related_notes(doc, finding)
    return f"{finding.message} (also {'; '.join(notes)})" if notes else finding.message


def write_results(results: Iterable[FileResult], out: TextIO, fmt: str, **options: Any) -> None:
    get_writer(fmt)(results, cast(TextIO, EscapingWriter(out)), **options)
