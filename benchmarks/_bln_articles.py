"""BLN600 articles read whole: which OCR errors the linter finds, and how many findings fall on
text the human transcription has the same.

The line-level BLN600 figure lints every sentence alone, so the OCR gate (a document-level signal)
rarely opens there. Here each article is one document, as a scanned page reaches the linter, and
its OCR is compared with the transcription word by word (`difflib`): every run of OCR words the
transcription changes is one error. An error is found when a finding overlaps it; a finding that
overlaps no error lies on words the transcription keeps (mostly names the scanner read right).
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from newslint.document import Document
from newslint.engine import Linter

_WORD = regex.compile(r"\S+")


@dataclass
class ArticleTally:
    errors: int = 0
    found: int = 0
    findings: int = 0
    on_kept_words: int = 0


def article_report(linter: Linter, corpus: Path) -> ArticleTally | None:
    folder = corpus / "ocr" / "bln600_articles"
    if not folder.is_dir():
        return None
    tally = ArticleTally()
    for path in sorted(folder.glob("*.ocr.txt")):
        ocr = path.read_text(encoding="utf-8")
        truth = path.with_name(path.name.replace(".ocr.", ".gt.")).read_text(encoding="utf-8")
        errors = list(_error_spans(ocr, truth))
        findings = linter.lint(Document.from_raw(ocr))
        tally.errors += len(errors)
        tally.found += sum(
            1 for start, end in errors if any(f.start <= end and start <= f.end for f in findings)
        )
        tally.findings += len(findings)
        tally.on_kept_words += sum(
            1
            for f in findings
            if not any(f.start <= end and start <= f.end for start, end in errors)
        )
    return tally


def _error_spans(ocr: str, truth: str) -> list[tuple[int, int]]:
    """Offsets in `ocr` of each run of words the transcription changes or drops."""
    spans = []
    for offset, words, _, opcodes in aligned_lines(ocr, truth, _WORD):
        for operation, first, last, _, _ in opcodes:
            if operation != "equal" and last > first:
                spans.append((offset + words[first].start(), offset + words[last - 1].end()))
    return spans


def aligned_lines(
    ocr: str, truth: str, word: regex.Pattern[str]
) -> Iterator[tuple[int, list[regex.Match[str]], list[str], list[tuple[str, int, int, int, int]]]]:
    """Line N of the OCR aligned with line N of the transcription (BLN600 keeps its lines): the
    line's offset, its words (matches of `word`), the transcription's words, and the edit
    operations between the two."""
    offset = 0
    truth_lines = truth.split("\n")
    for number, line in enumerate(ocr.split("\n")):
        words = list(word.finditer(line))
        kept = truth_lines[number].split() if number < len(truth_lines) else []
        matcher = difflib.SequenceMatcher(None, [w.group() for w in words], kept, autojunk=False)
        yield offset, words, kept, matcher.get_opcodes()
        offset += len(line) + 1


BLN_SALT = b"newslint-bln600"


def bln_half(sample_id: str) -> str:
    """BLN600 split by article: "fit" articles may be fitted on, "held" articles never are."""
    digest = hashlib.sha256(BLN_SALT + sample_id.encode("utf-8")).digest()
    return "fit" if digest[0] % 2 == 0 else "held"
