"""Grammar in paragraph-sized pieces: the pieces cover the text, and offsets map back exactly."""

from __future__ import annotations

import pytest

from newslint.grammar.harper import HarperBackend
from newslint.grammar.pieces import pieces

# Three paragraphs with Harper-visible slips, after astral characters (emoji, a ZWJ family, a
# mathematical letter) that count one code point each but two UTF-16 units.
PARAGRAPHS = [
    "😀 The minister said it was an historic day. She dont know where the the report went.",
    "👨\u200d👩\u200d👧 𝒳 It is a apple, the clerk said. Him went home and recieve a letter.",
    "Officials in 🇺🇦 Kyiv said an new convoy had arrived. Their was no comment from Moscow.",
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


def _sorted(matches: list) -> list:
    return sorted(matches, key=lambda m: (m.start, m.end, m.rule, m.message))


def test_pieces_cover_the_text_in_order_and_respect_the_limit() -> None:
    text = TEXT * 40 + "word " * 3000  # paragraphs, then one paragraph longer than the limit
    parts = list(pieces(text, 500))
    assert "".join(piece for _, piece in parts) == text
    assert [start for start, _ in parts] == [
        sum(len(p) for _, p in parts[:i]) for i in range(len(parts))
    ]
    assert all(0 < len(piece) <= 500 for _, piece in parts)


def test_pieces_end_at_paragraph_breaks_when_there_are_any() -> None:
    text = TEXT * 10
    for _, piece in list(pieces(text, 400))[:-1]:
        assert piece.endswith("\n\n")


def test_an_overlong_paragraph_is_cut_after_a_sentence_not_an_abbreviation() -> None:
    sentence = "Mr. Blinken met U.S. officials in Rome on Monday. "
    text = sentence * 40
    for _, piece in list(pieces(text, 300))[:-1]:
        assert piece.endswith("Monday. ")


@pytest.mark.parametrize("profile", ["news", "all"])
def test_findings_in_pieces_are_the_findings_on_the_whole_document(profile: str) -> None:
    whole = HarperBackend(profile=profile, piece_chars=len(TEXT) + 1)
    in_pieces = HarperBackend(profile=profile, piece_chars=max(map(len, PARAGRAPHS)) + 2)
    assert len(list(pieces(TEXT, in_pieces.piece_chars))) == 3  # really cut, once per paragraph
    expected = _sorted(whole.check(TEXT))
    assert expected  # the text has slips both profiles report
    assert _sorted(in_pieces.check(TEXT)) == expected


def test_offsets_after_astral_characters_point_at_the_reported_words() -> None:
    backend = HarperBackend(profile="all", piece_chars=max(map(len, PARAGRAPHS)) + 2)
    found = {(m.rule, TEXT[m.start : m.end]) for m in backend.check(TEXT)}
    assert ("AnA", "an") in found  # "an new convoy" in the third piece, after 🇺🇦
    third = TEXT.index(PARAGRAPHS[2])
    starts = [m.start for m in backend.check(TEXT) if m.rule == "AnA" and m.start > third]
    assert starts == [TEXT.index("an new")]
