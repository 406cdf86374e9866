"""`--format verdict`: one JSON array, one object per file: how likely the text is machine-translated,
OCR'd, scraped or LLM-processed, with the findings and signals that say so (`newslint.verdict`).

The finding formats are untouched; this is a separate view of the same run:

    [{"path": "story.txt", "verdict": "ocr", "words": 412,
      "likelihood": {"mt": 0.0, "ocr": 0.97, "scrape": 0.12, "llm": 0.0},
      "evidence": {"ocr": {"ocr.non-word": 6, "signal:ocr-damaged-tokens": 11}, ...}},
     {"path": "blob.txt", "verdict": "error", "error": "binary file (...)"}]
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from newslint.finding import FileError, FileResult
from newslint.verdict import judge


def write(results: Iterable[FileResult], out: TextIO, *,
          file_errors: Callable[[], Sequence[FileError]] = list, **_: Any) -> None:  # fmt: skip
    """`file_errors`: the files the run could not check, asked once the results are read; each
    gets an entry `{"path", "verdict": "error", "error"}` after the others, so the array has one
    object per file named (a file checked but not fixed has its verdict already)."""
    first = True
    for record in _records(results, file_errors):
        text = json.dumps(record, ensure_ascii=False, indent=2)
        out.write(("[\n" if first else ",\n") + textwrap.indent(text, "  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _records(results: Iterable[FileResult], file_errors: Callable[[], Sequence[FileError]]) -> Iterator[dict[str, Any]]:  # fmt: skip
    for result in results:
        yield {"path": result.path, **judge(result.doc.text, result.findings).as_json()}
    for error in file_errors():
        if error.kind != "not-fixed":
            yield {"path": error.path, "verdict": "error", "error": error.message}
