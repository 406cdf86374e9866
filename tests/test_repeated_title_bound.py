"""structure.repeated-title compares a line with a bounded number of earlier bar lines: a gallery
of captions sharing their opening words made it quadratic (trust63, stop 63: 103 KB, 5.1 s)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from newslint.checks import repeated_text
from newslint.document import Document

GALLERY = "".join(
    f"Cranes on the quay at Portree {i}. Photo: Harbour Board\nPhoto: Harbour Board\n"
    for i in range(200)
)


def test_each_line_is_compared_with_a_bounded_number_of_bar_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sizes: list[int] = []
    carried_by = repeated_text._carried_by

    def counting(text: str, candidates: Iterable[tuple[int, list, int]], words: list[str]):
        listed = list(candidates)
        sizes.append(len(listed))
        return carried_by(text, listed, words)

    monkeypatch.setattr(repeated_text, "_carried_by", counting)
    list(repeated_text.repeated_titles(Document.from_raw(GALLERY), 4))
    assert sizes and max(sizes) <= repeated_text.BAR_LINES_PER_PIECE


def test_a_title_under_its_bar_is_still_found_after_a_gallery() -> None:
    text = (
        "Harbour works begin at Portree | Island Times\n\n"
        + GALLERY
        + "\nHarbour works begin at Portree\n\nThe works began on Monday.\n"
    )
    found = list(repeated_text.repeated_titles(Document.from_raw(text), 4))
    assert [text[start:end] for start, end, _ in found] == ["Harbour works begin at Portree"]
