"""A legal document's front matter is its own, however its lines were read: a short line made one
more item of the furniture (`SMOOTHED`) between a line the shape model took for furniture and a
judge's capacity read as a wire slug is cleared with them (fitf54: refitted weights reported
"MRS JUSTICE PARRY" so)."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.furniture_page import PageJudge
from newslint.furniture_shaped import SHAPED
from newslint.linters import load_rules
from newslint.textblocks import Block

JUDGMENT = (
    "Kemp v Harbour Boats Ltd\n\nIN THE HIGH COURT OF JUSTICE\n\nBefore :\n\nMRS JUSTICE PARRY\n\n"
    "(SITTING AS A JUDGE OF THE CHANCERY DIVISION)\n\nBetween :\n\nANNA KEMP\n\nClaimant\n\n- and -\n\nHARBOUR BOATS LIMITED\n\nDefendant\n\n"
    "This claim concerns a lease of a boatyard on the estuary, which the claimant says she gave "
    "up in 2017 when the defendant stopped repairing the slipway and the yard flooded twice.\n"
)


def test_a_smoothed_line_of_a_judgment_s_front_matter_is_the_document_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rule = next(r for r in load_rules() if r.id == "scrape.furniture-block")
    items = Document.from_raw(JUDGMENT).text_blocks
    judge = next(i for i, b in enumerate(items) if b.text == "MRS JUSTICE PARRY")

    def shaped_around_the_judge(
        self: PageJudge, items: list[Block], reasons: list[str | None], *rest: object
    ) -> None:
        # as weights that score the line above the judge's name as furniture would; the line
        # under it reads as a wire slug, so the name between them is smoothed
        reasons[judge - 1] = SHAPED

    monkeypatch.setattr(PageJudge, "_shaped", shaped_around_the_judge)
    assert PageJudge(rule).reasons(items) == [None] * len(items)
