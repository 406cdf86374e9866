"""`--format verdict`: one JSON array, one object per file: how likely the text is machine-translated,
OCR'd, scraped or LLM-processed, with the findings and signals that say so (`newslint.verdict`).

The finding formats are untouched; this is a separate view of the same run:

    [{"path": "story.txt", "verdict": "ocr", "words": 412,
      "likelihood": {"mt": 0.0, "ocr": 0.97, "scrape": 0.12, "llm": 0.0},
      "evidence": {"ocr": {"ocr.non-word": 6, "signal:ocr-damaged-tokens": 11}, ...}}]
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from typing import Any, TextIO

from newslint.finding import FileResult
from newslint.verdict import judge


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    first = True
    for result in results:
        record = {"path": result.path, **judge(result.doc.text, result.findings).as_json()}
        text = json.dumps(record, ensure_ascii=False, indent=2)
        out.write(("[\n" if first else ",\n") + textwrap.indent(text, "  "))
        first = False
    out.write("[]\n" if first else "\n]\n")
