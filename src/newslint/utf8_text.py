"""Text that UTF-8, and so RE2, can carry: a Python string may hold a lone surrogate (a JSON
"\\ud800" escape in scraped copy) that no UTF-8 encoder takes. Shared by the checks that hand a
document to RE2 (`checks/generated_article`, `checks/assistant_turn`), and the text `score()` and
`scan` score, so that both score such a text alike."""

from __future__ import annotations

import re


def utf8_readable(text: str) -> str:
    """`text` with each lone surrogate (which UTF-8, and so RE2, cannot carry) as U+FFFD: one
    code point for one, so offsets stay; neither is a letter of a marker word. Whether there is
    one is asked of the UTF-8 encoder, which refuses exactly those: the pattern that replaces
    them is compiled only then (0.3 ms of every run otherwise)."""
    if text.isascii():
        return text
    try:
        text.encode()
    except UnicodeEncodeError:
        # Escapes the regex reads, not surrogates in the literal, which mypyc cannot compile.
        return re.sub(r"[\ud800-\udfff]", "\ufffd", text)
    return text
