"""Notes in which a page tells of its own state rather than of the story's events: that it will
grow ("More to follow.", "Fuller transcript to come.") and how often it was read ("This news has
been read 150 times in total"). Read by their grammar, not by a site's wording: a subjectless
infinitive of what comes next, and a passive of reading with a count of times; and an archive's
note, in its own voice, on the machine reading that made its text. The caller trusts
them only outside the article's paragraphs (`furniture_notes`), where the story does not go on.
"""

from __future__ import annotations

import regex

from newslint.regex_store import compile_pattern

# A line of a few words with no subject or finite verb before an infinitive of what comes next,
# closed as a sentence: "The best is yet to come" has its verb and is someone's saying, and a
# crosshead ("Worse to come", "More cuts to come") is set without a stop.
_PROMISE = compile_pattern(
    r"^(?:(?!(?i:is|are|was|were|be|been|has|have|had|will|would|i|we|you|he|she|they|it)\b)"
    r"[\p{L}-]+\s+){1,3}to (?:follow|come)[.…]+$"
)
# The page's counter written out: "has been read 150 times", "was viewed 1,204 times". A count
# spelled with its figure alone; the story's "viewed 2 million times" gives its scale in words.
_READ_COUNT = compile_pattern(
    r"\b(?:has|have|had) been (?:read|viewed|seen|shared|visited|opened) \d[\d,]* times\b"
)
NOTE_WORDS = 20  # a note of the page is a line; a paragraph that says so is the story's


# An archive's note on how its page's text was made, in the site's own voice, for the reader who
# searches it ("We use Optical Character Recognition (OCR) to make the text of each page
# searchable …"): the site opens the note as "we", names the machine reading and what it gives
# the reader. A story about OCR names who uses it, and what for.
_OCR_NOTE = compile_pattern(r"^(?:We|Our)\b[^\n]*\b(?:OCR|(?i:optical character recognition))\b")
_FOR_THE_READER = compile_pattern(r"\bsearchable\b|\b(?:this|each) page\b|\btext below\b", regex.I)
TEXT_NOTE_WORDS = 80  # a note of a few sentences; past it, an article on the subject


def notes_its_own_text(text: str) -> bool:
    """Whether a block is the archive's note on its OCR text (`_OCR_NOTE`)."""
    line = text.strip()
    if len(line.split()) > TEXT_NOTE_WORDS or _OCR_NOTE.match(line) is None:
        return False
    return _FOR_THE_READER.search(line) is not None


def notes_its_own_state(text: str) -> bool:
    """Whether a short block promises more of the page or gives its count of readers."""
    line = text.strip()
    if len(line.split()) > NOTE_WORDS:
        return False
    return _PROMISE.match(line) is not None or _READ_COUNT.search(line) is not None
