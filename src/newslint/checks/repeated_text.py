"""Text a pipeline pasted twice where line comparison cannot see it: a sentence that occurs twice
(a caption or standfirst repeated as the body's first sentence), and a headline-sized line that
reappears inside another line (a headline glued to the dateline, a caption run into a paragraph).

Helpers of the `repetition` kind: each yields (start, end, first) with the repeat's span and the
offset of the text it repeats.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.document import Document
from newslint.regex_store import compile_pattern

_NOT_WORD = compile_pattern(r"[^\p{L}\p{N}]+")
_TOKEN = compile_pattern(r"[\p{L}\p{N}]+")
_LINE = compile_pattern(r"[^\n]*\S[^\n]*")
FRAGMENT_MAX_WORDS = 30
NEAR_CHARS = 1000


def _key(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def repeated_sentences(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """Second and later copies of a sentence of at least `min_words` words. Copies that are whole
    lines are left to the line rule, which reports them already."""
    seen: dict[str, int] = {}
    text = doc.text
    for span in doc.sentences:
        key = _key(text[span.start : span.end])
        if len(key.split()) < min_words:
            continue
        first = seen.setdefault(key, span.start)
        if first == span.start or _whole_line(text, span.start, span.end):
            continue
        if span.start - first > NEAR_CHARS:
            continue  # a press release may restate a sentence pages later; a paste sits close
        yield span.start, span.end, first


def repeated_fragments(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """A line of `min_words` to 30 words (a headline, a caption) pasted again inside a longer line:
    at the start of that line or right after one of its sentences. Candidates are indexed by
    their first words, so a long document costs one pass over its words."""
    text = doc.text
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    by_opening: dict[tuple[str, ...], list[tuple[int, int, list[str]]]] = {}
    for start, end in lines:
        words = _key(text[start:end]).split()
        if min_words <= len(words) <= FRAGMENT_MAX_WORDS:
            known = by_opening.setdefault(tuple(words[:3]), [])
            if all(
                words != copy for *_, copy in known
            ):  # the first of identical lines stands for all
                known.append((start, end, words))
    reported: set[int] = set()
    for start, end in lines:
        tokens = list(_TOKEN.finditer(text, start, end))
        words = [t.group().casefold() for t in tokens]
        for i in _segment_starts(text, start, tokens):
            for first, first_end, copy in by_opening.get(tuple(words[i : i + 3]), ()):
                n = len(copy)
                if first in reported or first == start or end - start <= first_end - first:
                    continue
                if words[i : i + n] == copy and _pasted(
                    text, start, tokens[i].start(), tokens[i + n - 1].end()
                ):
                    reported.add(first)
                    yield tokens[i].start(), tokens[i + n - 1].end(), first


def _segment_starts(text: str, line_start: int, tokens: list[regex.Match[str]]) -> list[int]:
    """Indexes of the tokens that open the line or follow a sentence end."""
    starts = [0] if tokens else []
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end() : tokens[i].start()]
        if "." in gap or "!" in gap or "?" in gap:
            starts.append(i)
    return starts


def _pasted(text: str, line_start: int, start: int, end: int) -> bool:
    """Pasted, not quoted: the copy opens its line or follows a sentence end, and what comes after
    it does not carry on its sentence (a headline used as a name, "… Seminar will open", does)."""
    before = text[line_start:start].rstrip()
    if before and not before.endswith((".", "!", "?", "”", '"', ")")):
        return False
    after = text[end : end + 2].lstrip(" ")[:1]
    return not (after.islower() or after in (",", ";", ":"))


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()
