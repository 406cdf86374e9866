"""Where a token and its repaired form differ, in time linear in the token.

difflib's matcher is worst-case cubic, and a token that repeats the same few characters (a line
of mojibake with no spaces, which scrapers do produce) drives it there: 3 KB took 17 s. Encoding
repairs leave the ASCII characters of a token in place and rewrite only the runs between them,
so the two forms are aligned run by run and only the short runs go to difflib; a pair of forms
that cannot be aligned so is one change, whole."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from newslint.regex_store import compile_pattern

# Up to this length difflib's own alignment is cheap whatever the text; longer forms are split.
WHOLE_DIFF_LIMIT = 400

_ASCII_RUNS = compile_pattern(r"[\x00-\x7f]+")


def changed_spans(original: str, repaired: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) for each stretch of `original` that `repaired` rewrites."""
    if len(original) <= WHOLE_DIFF_LIMIT and len(repaired) <= WHOLE_DIFF_LIMIT:
        yield from _difflib_spans(original, repaired, 0)
        return
    pairs = _aligned_runs(original, repaired)
    if pairs is None:
        yield 0, len(original), repaired
        return
    for offset, old, new in pairs:
        if old != new:
            yield from _run_spans(old, new, offset)


def _run_spans(old: str, new: str, offset: int) -> Iterator[tuple[int, int, str]]:
    if len(old) <= WHOLE_DIFF_LIMIT and len(new) <= WHOLE_DIFF_LIMIT:
        yield from _difflib_spans(old, new, offset)
    else:
        yield offset, offset + len(old), new


def _difflib_spans(old: str, new: str, offset: int) -> Iterator[tuple[int, int, str]]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            yield offset + a0, offset + a1, new[b0:b1]


def _aligned_runs(original: str, repaired: str) -> list[tuple[int, str, str]] | None:
    """The two forms cut at the same ASCII runs: (offset in `original`, old piece, new piece),
    or None when their ASCII runs differ."""
    old_runs = list(_ASCII_RUNS.finditer(original))
    new_runs = list(_ASCII_RUNS.finditer(repaired))
    if [run.group() for run in old_runs] != [run.group() for run in new_runs]:
        return None
    pieces: list[tuple[int, str, str]] = []
    old_at = new_at = 0
    for old_run, new_run in zip(old_runs, new_runs, strict=True):
        pieces.append(
            (old_at, original[old_at : old_run.start()], repaired[new_at : new_run.start()])
        )
        old_at, new_at = old_run.end(), new_run.end()
    pieces.append((old_at, original[old_at:], repaired[new_at:]))
    return pieces
