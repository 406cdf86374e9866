"""benchmarks/real_word_channel.py: the suspects a noisy-channel reading would weigh on a scanned
page, with the evidence it has without a sentence model (own text)."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

channel = load_benchmark("real_word_channel")

TEXT = "They were made to surfer at the bands of the board, and their hands were tied."


def _start(word: str) -> int:
    return TEXT.index(word)


def test_a_listed_word_one_glyph_from_a_commoner_one_is_a_suspect() -> None:
    labels = {_start("bands"): 1, _start("surfer"): 0, _start("They"): 0, _start("of"): 0}
    found = {s.word: s for s in channel.suspects(TEXT, labels, reported=[])}
    bands = found["bands"]
    assert bands.neighbour == "hands" and bands.gain > 0.5
    assert bands.page == 1  # "hands" stands elsewhere on the page, "bands" once
    assert bands.misread == 1 and not bands.reported
    assert found["surfer"].neighbour == "suffer" and found["surfer"].page == 0
    assert "They" not in found and "of" not in found  # capitalised or short: not asked
    assert "tied" not in found  # no label: not counted


def test_a_reported_or_unlabelled_word_is_marked_or_left_out() -> None:
    labels = {_start("bands"): 1}
    span = (_start("bands"), _start("bands") + 5)
    found = list(channel.suspects(TEXT, labels, reported=[span]))
    assert [s.word for s in found] == ["bands"] and found[0].reported
