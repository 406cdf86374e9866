"""What the `pattern` kind asks of a match's words and of the whole page: whether a word is a
name the dictionary knows, and whether a page's bracketed numbers are its own footnotes."""

from __future__ import annotations

from newslint.regex_store import compile_pattern

_NOTE_MARK = compile_pattern(r"\[(\d{1,3})\]")


def footnoted(text: str) -> bool:
    """Whether the document's bracketed numbers are its own note references: at least three,
    numbered 1, 2, 3 … in the order they appear, none repeated and none run together ("[2][3]"),
    as a judgment's or a report's are. An answer engine cites its sources again and in clusters."""
    count = 0
    previous_end = -1
    for mark in _NOTE_MARK.finditer(text):
        if mark.start() == previous_end or int(mark.group(1)) != count + 1:
            return False
        count += 1
        previous_end = mark.end()
    return count >= 3


def known_name(word: str) -> bool:
    """Whether the cased dictionary knows `word` written with a capital (a name, or a word it
    also writes so), not only in lower case."""
    from newslint.cased_lexicon import english  # the dictionary loads only when asked

    lexicon = english()
    lower = word.lower()
    return lexicon.has(lower) and not lexicon.only_lower_case(lower)


# A determiner or number before a name makes it a family's plural ("the Kennedy's were").
_DETERMINER_BEFORE = compile_pattern(
    r"(?<![\p{L}\p{N}])(?i:the|both|all|these|those|other|many|several|some|few|two|three|four)"
    r"[ \t]+\Z"
)


# "… of" and a capitalised place after a name's possessive: a firm's full name ("the Lloyd's of
# London market"), whatever stands before it.
_OF_A_PLACE = compile_pattern(r"['’]s[ \t]+of[ \t]+\p{Lu}")


def only_a_name(text: str, start: int, word: str | None) -> bool:
    """Whether `word`, written with a capital at `start`, is one the dictionary knows only as a
    name ("Lloyd", "Macy", "Kellogg") with no determiner before it: a name's possessive
    ("Lloyd's of London", "Macy's are") is a firm's name, no plural. After a determiner it is a
    family's ("The Kennedy's were": the Kennedys), and a common noun that is also a name
    ("Farmer", "Bill") is judged as before."""
    from newslint.cased_lexicon import english

    if word is None or not word[:1].isupper():
        return False
    end = start + len(word)
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start) and not _OF_A_PLACE.match(
        text, end
    ):
        return False
    return english().only_capitalised(word.lower())
