"""Feature gates: what a text holds, read once per document, and what a check kind needs of it.

Many kinds can find something only where some character occurs: a bracket, a curly quotation
mark, a byte of mojibake, a letter beyond ASCII. A kind declares that (`Check.feature_needs`, a `Needs`)
and the engine, which reads the document's characters once for every check (`Features`), skips
the kind on a document that holds none of them, instead of each kind scanning the text to find
that out. A gate only skips what could not find anything: gated and ungated linters find the
same (`tests/test_feature_gates.py` holds each gate to that).
"""

from __future__ import annotations

from collections.abc import Iterable


class Needs:
    """A check can find something only in a text holding one of `characters`, or (if `above` is
    given) a character above `above` in code point order."""

    __slots__ = ("above", "characters")

    def __init__(self, characters: Iterable[str] = "", above: str | None = None) -> None:
        self.characters = frozenset(characters)
        self.above = above

    def met_by(self, features: Features) -> bool:
        if not self.characters.isdisjoint(features.characters):
            return True
        return self.above is not None and features.top > self.above

    def __repr__(self) -> str:
        return f"Needs({''.join(sorted(self.characters))!r}, above={self.above!r})"


# A letter or mark outside ASCII: what a kind reading mojibake, foreign letters or another
# script needs before anything else.
BEYOND_ASCII = Needs(above="\x7f")


class Features:
    """The distinct characters of a text and the highest of them: one C pass over the text
    (17 ms a megabyte, ~20 us for a 1 KB document), shared by every gated check."""

    __slots__ = ("characters", "top")

    def __init__(self, text: str) -> None:
        self.characters = frozenset(text)
        self.top = max(self.characters, default="")
