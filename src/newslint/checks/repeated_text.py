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

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
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
    """A line of `min_words` to 30 words (a headline, a caption) pasted again inside a longer line."""
    text = doc.text
    lines = [m for m in regex.finditer(r"[^\n]*\S[^\n]*", text)]
    candidates = []
    for match in lines:
        words = _key(match.group()).split()
        if min_words <= len(words) <= FRAGMENT_MAX_WORDS:
            candidates.append((match, words))
    for match, words in candidates:
        pattern = regex.compile(
            r"(?<![\p{L}\p{N}])"
            + r"[^\p{L}\p{N}]+".join(map(regex.escape, words))
            + r"(?![\p{L}\p{N}])",
            regex.IGNORECASE | regex.VERSION1,
        )
        for other in lines:
            if other.start() == match.start() or len(other.group()) <= len(match.group()):
                continue
            found = pattern.search(text, other.start(), other.end())
            if found and _pasted(text, other.start(), found.start(), found.end()):
                yield found.start(), found.end(), match.start()
                break


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
