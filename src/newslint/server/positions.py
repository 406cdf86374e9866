"""newslint counts columns in code points; LSP counts them in the negotiated encoding's code
units (UTF-16 unless the client offers another). pygls's codec does the counting."""

from __future__ import annotations

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from newslint.document import Document


class Positions:
    """Offsets into a Document's text, as LSP positions and back."""

    def __init__(self, doc: Document, codec: PositionCodec):
        self.doc = doc
        self.codec = codec

    def position(self, offset: int) -> types.Position:
        line, column = self.doc.position(offset)
        start = self.doc.line_starts[line - 1]
        # Only the line up to the column (a finding on a long line never copies all of it); an
        # ASCII piece is as many code units as characters in every encoding, with no counting.
        before = self.doc.original[start : start + column - 1]
        units = len(before) if before.isascii() else self.codec.client_num_units(before)
        return types.Position(line - 1, units)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (clamped to the document)."""
        starts = self.doc.line_starts
        if position.line >= len(starts):
            return len(self.doc.text)
        text = self.doc.display_line(position.line + 1)
        units = 0
        for column, char in enumerate(text):
            if units >= position.character:
                return starts[position.line] + column
            units += self.codec.client_num_units(char)
        return starts[position.line] + len(text)
