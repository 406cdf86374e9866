"""encoding.stripped-accent: an ASCII-only conversion took the accented letter out of a word
("Mxico"). Texts written for the test."""

from __future__ import annotations

from tests.conftest import reported

RULE = "encoding.stripped-accent"


def test_words_that_lost_an_accented_letter() -> None:
    text = "The envoys of Mxico and Espaa met Mr Snchez in Bogot and Medelln on Monday.\n"
    assert reported(text, RULE) == ["Mxico", "Espaa", "Snchez", "Bogot", "Medelln"]


def test_a_page_that_writes_accents_stripped_none() -> None:
    text = "The envoys of México and Espaa met Mr Sánchez in Bogotá on Monday.\n"
    assert reported(text, RULE) == []


def test_names_and_typos_no_accent_restores_stay_silent() -> None:
    text = (
        "Mr Hrbek, Mr Kwasniewski and the Tesco chain met in Gdansk; the recieved text was late.\n"
    )
    assert reported(text, RULE) == []
