"""A transcript's speaker labels: "[Kim Sora / Moderator]" on a line of its own, then what was said.

Broadcasters and briefing rooms print who speaks in square brackets above each turn. Such a line is
short, bracketed and recurs, which is also how a scraper's template tag or a menu item looks; what
tells them apart is the turn-taking: each label heads a line of speech, and a speaker comes back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from newslint.regex_store import compile_pattern

# A name, or a name and a role after a slash; letters only (a template tag has digits or "_").
_LABEL = compile_pattern(r"\[\p{Lu}[\p{L}.'’ -]{0,40}(?: ?/ ?\p{Lu}[\p{L}.'’ -]{0,40})?\]")
# A bracketed line about a picture or the page is a credit or a tag, whoever it names.
_NOT_A_SPEAKER = compile_pattern(
    r"\b(?:photo\w*|image|picture|video|graphic|credit|source|advert\w*|ad|caption)\b", regex.I
)
_SPEECH_WORDS = 4
_SPEECH_ENDS = (".", "!", "?", "”", '"', "…")


def speaker_labels(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines (blank lines left out) that are a transcript's speaker labels.

    A label counts only in a transcript: each one followed by a line of speech, two speakers
    named at least (a name of two words, or a name and a role), and one of them coming back or
    three turns at least. A role alone ("[Reporter]") counts among named speakers; a tag printed
    above paragraphs ("[Sponsored]") names nobody.
    """
    found = [
        index
        for index, line in enumerate(lines[:-1])
        if _is_label(line.strip()) and _is_speech(lines[index + 1].strip())
    ]
    turns = Counter(lines[i].strip().casefold() for i in found)
    named = [label for label in turns if _names_someone(label)]
    if len(named) < 2 or (len(found) < 3 and max(turns.values()) < 2):
        return set()
    # In a transcript every bracketed name is a turn, the last one too (a cut page ends on it).
    return {index for index, line in enumerate(lines) if _is_label(line.strip())}


def _names_someone(label: str) -> bool:
    words = label.strip("[]").replace("/", " ").split()
    return "/" in label or len(words) >= 2


def _is_label(line: str) -> bool:
    return _LABEL.fullmatch(line) is not None and _NOT_A_SPEAKER.search(line) is None


def _is_speech(line: str) -> bool:
    return len(line.split()) >= _SPEECH_WORDS and line.endswith(_SPEECH_ENDS)


# A speaker's name printed bare on its own line, as parliamentary records print it ("The Deputy
# Speaker Brian Lewis", "Keith Martin Reform Esquimalt—Juan de Fuca, BC"): capitalised words,
# a name's particles and a place's comma, no digits and no closing mark.
_NAME_LINE = compile_pattern(r"\p{Lu}[\p{L}.'’-]*(?:,? [\p{L}.'’—–-]+){1,9}")
_NAME_WORDS = 10
_NAME_CAPITALS = 2 / 3  # of a name line's words, at least this share capitalised
_BARE_TURNS = 3  # turns a record of bare names takes, one speaker coming back


def speaker_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines (blank lines left out) that are a record's bare speaker names.

    Like bracketed labels, they count only by the turn-taking: each name line followed by a line
    of speech, two speakers at least, three turns, a speaker coming back, and no two turns heading
    the same speech (a block printed twice is a copy, not a turn)."""
    found = [
        index
        for index, line in enumerate(lines[:-1])
        if _is_name_line(line.strip()) and _is_speech(lines[index + 1].strip())
    ]
    turns = Counter(lines[i].strip().casefold() for i in found)
    speeches = {lines[i + 1].strip() for i in found}
    if len(turns) < 2 or len(found) < _BARE_TURNS or max(turns.values()) < 2:
        return set()
    if len(speeches) < len(found):
        return set()
    return {index for index, line in enumerate(lines) if line.strip().casefold() in turns}


def _is_name_line(line: str) -> bool:
    # ten words at most, one space between each: a longer line is prose, read without a regex
    if line.count(" ") >= _NAME_WORDS or _NAME_LINE.fullmatch(line) is None:
        return False
    words = line.split()
    return sum(w[0].isupper() for w in words) >= _NAME_CAPITALS * len(words)


# A speaker set down by role with the name in brackets after it, as a government's transcript
# prints its head of state ("President of the Republic (Joko Widodo)", "Minister of Finance (Sri
# Mulyani)"): capitalised words, then a bracketed name of two words or more.
_ROLE_AND_NAME = compile_pattern(
    r"\p{Lu}[\p{L}.'’ -]{1,80}\((\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4})\)"
)
_ROLE_TURNS = 2


def role_speakers(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines (blank lines left out) that head a transcript's turns as a role and
    a bracketed name. One speaker may take every turn (a statement broken by questions the
    transcript leaves out, "… (inaudible)"): the form itself is a transcript's, and each turn
    heads a different speech (a block printed twice is a copy, not a turn)."""
    found = [
        index
        for index, line in enumerate(lines[:-1])
        if _ROLE_AND_NAME.fullmatch(line.strip()) and _is_speech(lines[index + 1].strip())
    ]
    turns = Counter(lines[i].strip().casefold() for i in found)
    speeches = {lines[i + 1].strip() for i in found}
    if len(found) < _ROLE_TURNS or len(speeches) < len(found):
        return set()
    return {index for index, line in enumerate(lines) if line.strip().casefold() in turns}
