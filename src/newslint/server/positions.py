"""newslint counts columns in code points; LSP counts them in the negotiated encoding's code
units (UTF-16 unless the client offers another). pygls's codec says which; `code_units` counts."""

from __future__ import annotations

import regex
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec, Utf8, Utf16, Utf32

from newslint.document import Document

_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")  # two UTF-16 code units each


def code_units(codec: PositionCodec, text: str) -> int:
    """How many of the codec's code units `text` takes, counted in C (pygls counts a character at
    a time in Python: a third of a keystroke's re-lint in a 10 KB story with curly quotes)."""
    if text.isascii():
        return len(text)
    counter = codec.impl
    if isinstance(counter, Utf16):
        return len(text) + len(_ASTRAL.findall(text))
    if isinstance(counter, Utf8):
        return len(text.encode("utf-8", "surrogatepass"))
    if isinstance(counter, Utf32):
        return len(text)
    return int(codec.client_num_units(text))


class Positions:
    """Offsets into a Document's text, as LSP positions and back.

    `lead` is what the editor's text holds before the Document's (a byte order mark the client
    kept, which `check` reads as no text): it shifts the first line's columns."""

    def __init__(self, doc: Document, codec: PositionCodec, lead: str = ""):
        self.doc = doc
        self.codec = codec
        self.lead = code_units(codec, lead)

    def position(self, offset: int) -> types.Position:
        line, column = self.doc.position(offset)
        start = self.doc.line_starts[line - 1]
        # Only the line up to the column: a finding on a long line never copies all of it.
        before = self.doc.original[start : start + column - 1]
        shift = self.lead if line == 1 else 0
        return types.Position(line - 1, shift + code_units(self.codec, before))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (clamped to the document)."""
        starts = self.doc.line_starts
        if position.line >= len(starts):
            return len(self.doc.text)
        text = self.doc.display_line(position.line + 1)
        units = self.lead if position.line == 0 else 0
        for column, char in enumerate(text):
            if units >= position.character:
                return starts[position.line] + column
            units += self.codec.client_num_units(char)
        return starts[position.line] + len(text)
