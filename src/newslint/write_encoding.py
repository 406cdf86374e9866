"""Whether fixed bytes may replace a file's: never a file in two encodings at once.

A UTF-8 file read with `--encoding cp1252` (one run over a folder holding both kinds) shows its
characters as mojibake ("don’t" as "donâ€™t"), and their fixes write cp1252 bytes into UTF-8
text; a UTF-8 code span the fix leaves alone stays UTF-8, and the file then reads as neither.
"""

from __future__ import annotations

import codecs

from newslint.errors import InputError
from newslint.source import reads_as_utf8


def refuse_mixed_encodings(shown: str, encoding: str, current: bytes, payload: bytes) -> None:
    """Refuse `payload` for a file read in a named encoding (not UTF) whose bytes, `current`,
    read as UTF-8 when the payload would not: a fix that keeps it UTF-8 (ASCII edits, the other
    bytes round-trip) is written."""
    if codecs.lookup(encoding).name.startswith("utf") or current.isascii():
        return
    if reads_as_utf8(current) and not reads_as_utf8(payload):
        raise InputError(
            f"{shown}: reads as UTF-8, and the fix would write {encoding} bytes into it; "
            "not fixed (leave --encoding out for this file)"
        )
