"""A word mentioned rather than used: quoted alone right after a noun that names it as a word
("the caption holds a non-word, “thecouncil,”", "the typo 'withthe'"). A page about language,
a correction or a style note quotes the very damage the rules look for; quoting it is not
committing it."""

from __future__ import annotations

from newslint.regex_store import compile_pattern

# The noun naming the quoted token as a word, its optional comma or colon, the opening mark.
_NAMED_BEFORE = compile_pattern(
    r"(?i)\b(?:(?:non-?)?words?|terms?|typos?|misspellings?|spellings?|coinages?|neologisms?"
    r"|compounds?|hashtags?|(?:mis)?spel(?:led|t)|written\s+as)[,:]?[ \t]+[“\"‘']$"
)
# The closing mark right after the token, a comma or stop inside it allowed.
_CLOSED_AFTER = compile_pattern(r"[,.]?[”\"’']")
REACH = 40  # characters before the token the naming noun is read in


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether the token at `start`-`end` is quoted alone after a noun that names it as a word."""
    return bool(
        _CLOSED_AFTER.match(text, end) and _NAMED_BEFORE.search(text[max(0, start - REACH) : start])
    )
