"""The Dask and Spark helpers name the record shape they take, and can skip what they cannot
score as `scan --skip-bad-records` does: a plain string gave a raw AttributeError, and one record
without text stopped a whole job with no way round it (user67 #11)."""

from __future__ import annotations

import math

import pytest

pytest.importorskip("pandas")

STORY = "Sir. Blinken said the talks would resume on Monday in Geneva."


def test_score_record_names_the_record_it_takes():
    from newslint.integrations.dask import score_record

    with pytest.raises(TypeError, match=r"a record \(a dict with the text in 'text'\), not a str"):
        score_record(STORY)
    with pytest.raises(
        ValueError, match=r"record 7: field 'text' holds None.*skip_bad_records=True"
    ):
        score_record({"id": 7})
    assert score_record({"id": 7, "text": STORY})["findings"] >= 1


def test_a_bag_partition_skips_what_it_cannot_score_when_asked():
    from newslint.integrations.dask import score_records

    partition = [
        {"id": 1, "text": STORY},
        {"id": 2, "text": None},
        STORY,
        {"id": 3},
        {"id": 4, "text": 5},
    ]
    with pytest.raises(ValueError, match="record 2"):
        score_records(partition)
    scored = score_records(partition, skip_bad_records=True)
    assert [record["id"] for record in scored] == [1] and scored[0]["findings"] >= 1


def test_a_frame_partition_drops_rows_without_text_when_asked():
    import pandas

    from newslint.integrations.dask import score_frame

    frame = pandas.DataFrame({"id": [1, 2, 3], "text": [STORY, None, math.nan]})
    with pytest.raises(ValueError, match="row 1"):
        score_frame(frame)
    scored = score_frame(frame, skip_bad_records=True)
    assert list(scored["id"]) == [1] and scored["findings"].iloc[0] >= 1


def test_a_spark_batch_gives_null_scores_for_texts_it_skips():
    import pandas

    from newslint.integrations.spark import score_batch

    texts = pandas.Series([STORY, None])
    with pytest.raises(ValueError, match="text 2 of a batch of 2"):
        score_batch(texts, {"grammar": "off"})
    scores = score_batch(texts, {"grammar": "off"}, skip_bad_records=True)
    assert scores["findings"].iloc[0] >= 1 and scores.iloc[1].isna().all()
