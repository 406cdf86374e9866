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
# A longer stanza run on without stops: lines that carry a sentence on to the next ("And sorry I
# could not travel both / And be one traveler, long I stood"). Prose set one sentence to a line
# ends nearly every line on a stop, and a menu or a list of headlines hardly ever on a comma.
RUN_ON_LINES = 4
RUN_ON_SHARE = 0.25  # of its lines ending on a comma, semicolon or dash, at least ...
STOP_SHARE = 0.25  # ... and on a full stop, question or exclamation mark, at most
VERSE_LINE_WORDS = 3  # words of a line of verse at least: a menu's items are a word or two
_STOP = compile_pattern(r"[.!?][\"”’')\]]*\s*$")


def verse_lines(lines: list[str]) -> set[int]:
    """Indexes of the `lines` (a text split at line breaks) that belong to a stanza of verse:
    a run of at least three non-blank lines, none longer than a line of verse, at least half of
    them (its last line aside) ending on a comma, semicolon or dash, or four lines or more of
    several words each, a quarter of them breaking so and a quarter at most ending on a stop."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_VERSE_LINE:
            run.append(index)
            continue
        if len(run) >= MIN_STANZA_LINES and _stanza([lines[i] for i in run]):
            found.update(run)
        run = []
    return found


def _stanza(run: list[str]) -> bool:
    """Whether a run of short lines is set as verse: most lines break on a phrase, or a longer
    run of lines of several words each carries its sentences on from line to line."""
    inner = run[:-1]
    breaks = sum(1 for line in inner if _PHRASE_BREAK.search(line))
    if breaks >= PHRASE_SHARE * len(inner):
        return True
    if len(run) < RUN_ON_LINES or any(len(line.split()) < VERSE_LINE_WORDS for line in run):
        return False
    stops = sum(1 for line in inner if _STOP.search(line))
    return breaks >= RUN_ON_SHARE * len(inner) and stops <= STOP_SHARE * len(inner)
