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


def only_a_name(word: str | None) -> bool:
    """Whether `word`, written with a capital, is one the dictionary knows only as a name
    ("Lloyd", "Macy", "Kellogg"): a name's possessive ("Lloyd's of London", "Macy's are") is a
    firm's name, no plural. A common noun that is also a name ("Farmer", "Bill") is still judged."""
    from newslint.cased_lexicon import english

    return word is not None and word[:1].isupper() and english().only_capitalised(word.lower())
