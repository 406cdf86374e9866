"""Quoted-printable escapes of a one-byte code page left in text: an e-mail's body pasted
without decoding it ("governments and=20" at a line's end, "the FCC=92s order"). The UTF-8 byte
sequences ("caf=C3=A9") are `encoding.escape-sequence`'s byte escapes; these are the bytes of
Windows-1252, which such mail was written in, and the escaped space before a line break.

An escape must follow a word of two letters or more ("and=20", "Don't=20"), or a mark after a
letter ("citizens,=20"),
outside a web or e-mail address, and the page must hold `QP_MIN` of them: one "x=92" is a
formula's, a page of them is an undecoded mail.
"""

from __future__ import annotations

from newslint.regex_store import compile_pattern
from newslint.tokens import stretch_around

# One quoted-printable byte: a space escaped at a line's end, or a byte above 0x7F.
QP_BYTE = compile_pattern(r"(?m)=(?:20$|[89A-F][0-9A-F])")
QP_MIN = 2  # escapes that show a page is quoted-printable
# A UTF-8 sequence written so: a lead byte and its continuation bytes.
_UTF8_RUN = compile_pattern(r"=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3}")
_ADDRESS = compile_pattern(r"://|(?<!\S)www\.|@")
_MARKS = ".,;:!?'\")"


def one_byte_escapes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, character) of each escape, if the page holds `QP_MIN` or more."""
    found = []
    for match in QP_BYTE.finditer(text):
        at = match.start()
        if not _after_word(text, at) or _in_utf8_run(text, at):
            continue
        if _ADDRESS.search(stretch_around(text, at, at + 1)):
            continue
        character = bytes.fromhex(match.group()[1:]).decode("cp1252", errors="replace")
        if character != "\ufffd" and (character.isprintable() or character == " "):
            found.append((at, match.end(), character))
    return found if len(found) >= QP_MIN else []


def _after_word(text: str, at: int) -> bool:
    """Whether `at` follows a word's end: two letters ("and="), an apostrophe and a letter
    ("Don't="), or a letter and a mark ("citizens,=")."""
    before = text[max(0, at - 2) : at]
    if len(before) < 2:
        return False
    if before[1].isalpha():
        return before[0].isalpha() or before[0] in "'’"
    return before[0].isalpha() and before[1] in _MARKS


def _in_utf8_run(text: str, at: int) -> bool:
    """Whether the escape at `at` is a byte of a UTF-8 sequence written the same way."""
    start = max(0, at - 9)
    return any(m.start() <= at < m.end() for m in _UTF8_RUN.finditer(text, start, at + 12))
