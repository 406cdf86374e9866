"""Whether fixed bytes may replace a file's: never a file in two encodings at once, and never
through a codec that does not write the file's own text back as the bytes it was read from.

A UTF-8 file read with `--encoding cp1252` (one run over a folder holding both kinds) shows its
characters as mojibake ("don’t" as "donâ€™t"), and their fixes write cp1252 bytes into UTF-8
text; a UTF-8 code span the fix leaves alone stays UTF-8, and the file then reads as neither.
"""

from __future__ import annotations

import codecs

from newslint.errors import InputError
from newslint.source import Source, reads_as_utf8
from newslint.wide_unicode import unmarked_wide_encoding


def fixed_bytes(source: Source, new_raw: str) -> bytes:
    """The bytes `new_raw` is written as, in the file's encoding and with its byte-order mark."""
    try:
        return source.encode(new_raw)
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{source.path}: the fixed text has {exc.object[exc.start : exc.end]!r}, which "
            f"{source.encoding} cannot hold; not fixed"
        ) from None
    except UnicodeError as exc:  # a codec that checks more than characters (idna's labels)
        raise InputError(
            f"{source.path}: {source.encoding} cannot hold the fixed text ({exc}); not fixed"
        ) from None


def refuse_unwritable(source: Source, current: bytes, payload: bytes) -> None:
    """Refuse `payload` in place of the file's bytes, `current`, where `--fix` would: `--diff`
    asks the same, as its patch applied writes those bytes."""
    refuse_unfaithful_encoding(source.path, source, current)
    refuse_mixed_encodings(source.path, source.encoding, current, payload)


def refuse_mixed_encodings(shown: str, encoding: str, current: bytes, payload: bytes) -> None:
    """Refuse `payload` for a file read in a named encoding (not UTF) whose bytes, `current`,
    are UTF-16 or UTF-32 text, or read as UTF-8 when the payload would not: a fix that keeps it
    UTF-8 (ASCII edits, the other bytes round-trip) is written."""
    if codecs.lookup(encoding).name.startswith("utf") or current.isascii():
        return
    wide = _wide_text(current)
    if wide:  # its NULs read as characters, whose fixes delete them: the file would be neither
        raise InputError(
            f"{shown}: is {wide} text, and the fix would rewrite it as {encoding}; "
            "not fixed (leave --encoding out for this file)"
        )
    if reads_as_utf8(current) and not reads_as_utf8(payload):
        raise InputError(
            f"{shown}: reads as UTF-8, and the fix would write {encoding} bytes into it; "
            "not fixed (leave --encoding out for this file)"
        )


def refuse_unfaithful_encoding(shown: str, source: Source, current: bytes) -> None:
    """Refuse to write a file whose own text, encoded back as it was read, is not its bytes: the
    bytes outside the fixed spans would change too. `--encoding unicode_escape` read "\\n" in a
    file as a line break and wrote every line break back as the two characters "\\n" (one
    line, the file's breaks gone); `utf-8-sig` or a bare `utf-16` on a file without a byte-order
    mark wrote one it never had; a codec with two byte forms for one character (cp932's NEC and
    IBM duplicates) rewrote the form the file did not use."""
    try:
        again = source.encode(source.raw)
    except (UnicodeError, ValueError):
        again = None
    if again != current:
        raise InputError(
            f"{shown}: {source.encoding} does not write the file's own text back as the same "
            "bytes, so a fix would change more than it reports; not fixed"
        )


def _wide_text(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding `data` is in, by its byte-order mark or its NULs' lanes."""
    marks = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
             (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # fmt: skip
    marked = next((name for mark, name in marks if data.startswith(mark)), None)
    return marked or unmarked_wide_encoding(data)
