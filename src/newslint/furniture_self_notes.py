"""Notes in which a page tells of its own state rather than of the story's events: that it will
grow ("More to follow.", "Fuller transcript to come.") and how often it was read ("This news has
been read 150 times in total"). Read by their grammar, not by a site's wording: a subjectless
infinitive of what comes next, and a passive of reading with a count of times. The caller trusts
them only outside the article's paragraphs (`furniture_notes`), where the story does not go on.
"""

from __future__ import annotations

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


def notes_its_own_state(text: str) -> bool:
    """Whether a short block promises more of the page or gives its count of readers."""
    line = text.strip()
    if len(line.split()) > NOTE_WORDS:
        return False
    return _PROMISE.match(line) is not None or _READ_COUNT.search(line) is not None
