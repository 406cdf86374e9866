"""The look-arounds `relax` keeps as context: of the look-arounds that open a top-level branch,
the last positive look-behind, and of those that close it, the first positive look-ahead, are
read as text (where the original matches, the text around its match holds what they asserted, so
the relaxed match, wider and around it, is still there); every other look-around is dropped (it
only narrows). A run of look-arounds at either end asserts about one position, the match's start
or its end, and so does any other zero-width item among them (`\\b`, read as nothing), so each
end keeps one of its run: two look-behinds kept together would be read as consecutive text."""

from __future__ import annotations

# What a zero-width item (`\\b`, an empty group, a dropped look-around) is relaxed to.
NOTHING = "(?:)"


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
        made = super().__new__(cls, f"(?:{body})" if kept else NOTHING)
        made.behind, made.positive, made.body, made.newline, made.kept = (
            behind, positive, body, newline, kept
        )  # fmt: skip
        return made

    def text(self) -> str:
        return str.__str__(self)


def keep_context(items: list[str], keep_behind: bool = True) -> tuple[list[str], bool]:
    """The top-level items with each branch's kept look-arounds as text and the others as
    nothing (no look-behind without `keep_behind`), and whether a kept one may read a newline."""
    kept: list[str] = []
    newline = False
    branch: list[str] = []
    for item in [*items, "|"]:
        if item != "|":
            branch.append(item)
            continue
        chosen = _chosen(branch, keep_behind)
        for index, piece in enumerate(branch):
            if isinstance(piece, Looked):
                if index in chosen:
                    newline |= piece.newline
                    piece = Looked(piece.behind, True, piece.body, piece.newline, True)
                branch[index] = piece.text()
        kept.extend([*branch, "|"])
        branch = []
    return kept[:-1], newline


def _chosen(branch: list[str], keep_behind: bool = True) -> set[int]:
    """The indexes of the look-arounds a branch keeps: the last positive look-behind of its
    leading run of zero-width items, the first positive look-ahead of its trailing run (after
    the kept look-behind, when one run is the whole branch)."""
    filled = [index for index, item in enumerate(branch) if item]
    zero = [isinstance(branch[i], Looked) or branch[i] == NOTHING for i in filled]
    lead = filled[: zero.index(False)] if False in zero else filled
    trail = filled[len(filled) - zero[::-1].index(False) :] if False in zero else filled
    behind = [i for i in lead if _positive(branch[i], behind=True)]
    chosen = set(behind[-1:] if keep_behind else [])
    ahead = [i for i in trail if _positive(branch[i], behind=False) and i > max(chosen, default=-1)]
    return chosen | set(ahead[:1])


def _positive(item: str, *, behind: bool) -> bool:
    return isinstance(item, Looked) and item.positive and item.behind == behind
