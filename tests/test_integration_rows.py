"""The engines' recipes score a row as `scan` scores a record (review59): a row without text is
refused by a message naming it, and a very long text is scored a window at a time."""

from __future__ import annotations

import math

import pytest

from newslint.integrations.rows import score_row
from newslint.scoring import scorer


@pytest.mark.parametrize(
    ("value", "said"), [(None, "None"), (math.nan, "NaN"), (7, "a int"), (b"x", "a bytes")]
)
def test_a_row_without_text_is_named(value: object, said: str) -> None:
    with pytest.raises(ValueError, match=rf"row 41: field 'body' holds {said}"):
        score_row(scorer(), value, "row 41", "body")


def test_a_row_is_scored_as_scan_scores_a_record(monkeypatch: pytest.MonkeyPatch) -> None:
    score = scorer()
    short = "The minister said on Monday that the bridge would open in May."
    assert score_row(score, short, "row 1") == score(short)
    seen: list[str] = []

    def windowed(used: object, text: str) -> dict[str, object]:
        seen.append(text)
        return {"words": -1}

    # scan's windowed scoring (tested with scan) is what a row goes through, long or short
    monkeypatch.setattr("newslint.scan.worker.score_text", windowed)
    assert score_row(score, short, "row 2") == {"words": -1} and seen == [short]


def test_the_dask_recipes_name_the_row() -> None:
    pandas = pytest.importorskip("pandas")
    from newslint.integrations.dask import score_frame, score_record

    frame = pandas.DataFrame({"text": ["The council met.", None]}, index=["a", "b"])
    with pytest.raises(ValueError, match=r"row 'b': field 'text' holds (None|NaN)"):
        score_frame(frame)
    with pytest.raises(ValueError, match="record 9: field 'text' holds None"):
        score_record({"id": 9, "body": "The council met."})
    scored = score_frame(frame.iloc[:1])
    assert scored.loc["a", "words"] == 3
