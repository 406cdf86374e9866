"""The look-arounds `relax` keeps as context: a top-level branch's leading positive look-behind
and trailing positive look-ahead are read as text (where the original matches, the text around
its match holds what they asserted, so the relaxed match, wider and around it, is still there);
every other look-around is dropped (it only narrows)."""

from __future__ import annotations


class Looked(str):
    """A look-around read at the top level, standing for "(?:)" until its branch is known."""

    behind: bool
    positive: bool
    body: str
    newline: bool
    kept: bool

    def __new__(
        cls, behind: bool, positive: bool, body: str, newline: bool, kept: bool = False
    ) -> Looked:
        made = super().__new__(cls, f"(?:{body})" if kept else "(?:)")
        made.behind, made.positive, made.body, made.newline, made.kept = (
            behind, positive, body, newline, kept
        )  # fmt: skip
        return made

    def text(self) -> str:
        return str.__str__(self)


def keep_context(items: list[str]) -> tuple[list[str], bool]:
    """The top-level items with each branch's kept look-arounds as text and the others as
    nothing, and whether a kept one may read a newline."""
    kept: list[str] = []
    newline = False
    branch: list[str] = []
    for item in [*items, "|"]:
        if item != "|":
            branch.append(item)
            continue
        filled = [i for i in branch if i]
        for index, piece in enumerate(branch):
            if isinstance(piece, Looked):
                first, last = piece is filled[0], piece is filled[-1]
                if piece.positive and ((piece.behind and first) or (not piece.behind and last)):
                    newline |= piece.newline
                    piece = Looked(piece.behind, True, piece.body, piece.newline, True)
                branch[index] = piece.text()
        kept.extend([*branch, "|"])
        branch = []
    return kept[:-1], newline
