"""The datatrove block counts its drops under one stats key: one key per density value made
datatrove's stats.json grow a key per dropped document (user67 #4)."""

from __future__ import annotations

import pytest

pytest.importorskip("datatrove")


def test_drops_share_one_counter_and_each_density_stays_in_the_metadata():
    from datatrove.data import Document

    from newslint.integrations.datatrove import NewslintFilter

    clean = (
        "The harbour authority said on Tuesday that the north quay would reopen next week. "
        "Engineers spent the weekend checking the cranes for damage after the storm. "
        "Ferries to the islands will run a reduced timetable until Friday. "
    )
    texts = [clean + "Sir. Okafor agreed. " * n for n in range(5)]
    docs = [Document(text=text, id=f"d{n}") for n, text in enumerate(texts)]
    block = NewslintFilter(drop_above=5.0)
    kept = list(block.run(iter(docs)))
    stats = {
        key: value.total for key, value in block.stats.stats.items() if key.startswith("dropped")
    }
    densities = [doc.metadata["newslint"]["density"] for doc in docs]
    dropped = sum(density > 5.0 for density in densities)
    assert len({d for d in densities if d > 5.0}) > 1  # several values, one key
    assert stats == {"dropped": dropped, "dropped_newslint_density": dropped}
    assert [doc.id for doc in kept] == [
        doc.id for doc, d in zip(docs, densities, strict=True) if d <= 5.0
    ]
