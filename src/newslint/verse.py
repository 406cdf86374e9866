"""Where a text is set as verse: stanzas of short lines that break where the phrasing breaks.

Verse and lyrics end most lines on a comma or a dash ("We shall not be moved," / "just like a
tree that's planted by the water,"), which prose does not do line after line, nor a menu or a
list of names. A refrain repeats lines of such stanzas on purpose.
"""

from __future__ import annotations

from newslint.regex_store import compile_pattern

_PHRASE_BREAK = compile_pattern(r"[,;–—]\s*$")
MIN_STANZA_LINES = 3
MAX_VERSE_LINE = 70  # characters: a line of verse, not a paragraph
PHRASE_SHARE = 0.5  # of a stanza's lines that end on a comma, semicolon or dash


def verse_lines(lines: list[str]) -> set[int]:
    """Indexes of the `lines` (a text split at line breaks) that belong to a stanza of verse:
    a run of at least three non-blank lines, none longer than a line of verse, at least half of
    them (its last line aside) ending on a comma, semicolon or dash."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_VERSE_LINE:
            run.append(index)
            continue
        if len(run) >= MIN_STANZA_LINES:
            breaks = sum(1 for i in run[:-1] if _PHRASE_BREAK.search(lines[i]))
            if breaks >= PHRASE_SHARE * (len(run) - 1):
                found.update(run)
        run = []
    return found
