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


def test_a_body_folded_to_ascii_under_a_headline_with_curly_quotes() -> None:
    # The headline kept its curly quotes; the body's straight apostrophe shows the conversion
    # that took the accents out of its words.
    text = (
        "“Talks resume” in the capital\nThe president's envoy met the mayor of Bogot on Monday.\n"
    )
    assert reported(text, RULE) == ["Bogot"]


def test_lines_that_keep_curly_quotes_or_no_quotes_are_not_read_on_such_a_page() -> None:
    # A line with a curly mark went through no conversion; one with no quotation mark or
    # apostrophe shows none; and straight and curly marks on one line are the writer's.
    text = (
        "“We will fix the roads,” Mr Pasin said. The senator’s office said so.\n"
        "Mr Pasin met the mayor of Bogot on Monday.\n"
        "Mr Pasin's office and “the mayor” of Bogot met.\n"
    )
    assert reported(text, RULE) == []


def test_letters_a_windows_1252_conversion_drops_on_a_page_that_keeps_the_others() -> None:
    # "é" and the curly quotes survive Windows-1252; Turkish "ğ", Polish "ń" and Czech "ř" do not.
    text = (
        "“We are glad,” said the café owner as Recep Tayyip Erdoan met Mr Kaczyski in Gdask.\n"
        "The orchestra played Antonín Dvoák on Monday.\n"
    )
    assert reported(text, RULE) == ["Erdoan", "Kaczyski", "Gdask", "Dvoák"]


def test_a_page_holding_a_letter_beyond_windows_1252_was_not_converted_to_it() -> None:
    text = "“We are glad,” said Mr Erdoğan’s aide as Mr Erdoan met Mr Kaczyski in Gdask.\n"
    assert reported(text, RULE) == []


def test_folded_names_and_letters_windows_1252_holds_are_not_read_on_such_a_page() -> None:
    # English folds "ń" to "n" ("Gdansk"); only letters the code page cannot hold are put back,
    # so a word missing "é" or "ü" on a page that writes them is the writer's, not the code page's.
    text = "“We are glad,” said the café owner in Gdansk as Mr Erdogan met Mr Pasin in Mnchen.\n"
    assert reported(text, RULE) == []
