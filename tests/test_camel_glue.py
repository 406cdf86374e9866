"""Words glued at a capital: a repeated glue with a title on its right is still a glue."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules


def glued(text: str) -> list[str]:
    linter = Linter(load_rules(), select=["mt.glued-at-capital"])
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


def test_a_title_glued_in_every_line_of_a_list_is_reported_each_time() -> None:
    text = "PRESENT: Mr. Eccles, ChairmanMr. Ransom, Vice ChairmanMr. Szymczak\n"
    assert glued(text) == ["ChairmanMr", "ChairmanMr"]


def test_a_name_the_document_spells_so_twice_is_left_alone() -> None:
    text = (
        "The firm MicroMega said on Monday that profits rose. Analysts said MicroMega had cut "
        "costs across the group this year.\n"
    )
    assert glued(text) == []
