"""The tokens `ocr.character-confusion` judges: words of letters, with "0" or "1" inside or at the
end after three letters ("wi1l", "g0vernment", "tbe"), a lower-case letter among them, standing
alone (not part of an address, a contraction, an abbreviation or a hyphenated word).

They are read from the document's runs of letters and digits, which the regex that defines them
(`_CONFUSABLE`, kept as the reference the tests compare with) would find again by trying its
look-behind at every character.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from newslint.regex_store import compile_pattern
from newslint.tokens import Run

_CONFUSABLE = compile_pattern(
    r"(?<![\p{L}\p{N}'’./@-])(?=[\p{L}\p{N}]*\p{Ll})[\p{L}][\p{L}01]*(?:[\p{L}]|(?<=\p{L}{3})[01])(?![\p{L}\p{N}/@]|['’.-][\p{L}\p{N}])"
)

# `_CONFUSABLE` on a token alone: a run of letters and digits it matches is one it matches whole.
_CONFUSABLE_TOKEN = compile_pattern(
    r"(?=[\p{L}\p{N}]*\p{Ll})[\p{L}][\p{L}01]*(?:[\p{L}]|(?<=\p{L}{3})[01])"
)
_HAS_LOWER = compile_pattern(r"\p{Ll}")


def confusable_tokens(
    text: str, runs: Sequence[Run], among: Container[str] | None = None
) -> list[Run]:
    """The `_CONFUSABLE` matches (those whose text is `among`, if given), read from the text's
    runs of letters and digits: its look-arounds refuse a letter or digit on either side, so a
    match is a whole run (not one after an apostrophe, full stop, slash, at sign or hyphen, nor
    one joined by such a mark to the next run, nor followed by a slash or at sign)."""
    last = len(runs) - 1
    return [
        run
        for index, run in enumerate(runs)
        if (among is None or run[2] in among)
        and not (run[0] and text[run[0] - 1] in "'’./@-")
        and _free_after(text, run[1], index < last and runs[index + 1][0] == run[1] + 1)
        and confusable(run[2])
    ]


def _free_after(text: str, end: int, next_run_after_one: bool) -> bool:
    after = text[end : end + 1]
    return not after or not (after in "/@" or (after in "'’.-" and next_run_after_one))


def confusable(token: str) -> bool:
    """Whether `token`, a whole run of letters and digits, has a confusable token's form."""
    if len(token) > 1 and token.isalpha():  # most tokens: letters alone, a lower-case one among
        return not token.isupper() if token.isascii() else _HAS_LOWER.search(token) is not None
    return _CONFUSABLE_TOKEN.fullmatch(token) is not None
