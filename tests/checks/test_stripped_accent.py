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


def test_a_letter_written_as_a_space_splits_a_name_in_two() -> None:
    # A converter that writes a space for each character it cannot hold: one accented letter
    # in place of the space makes a common word ("Peña", "México", "São").
    text = (
        "Former president Enrique Pe a Nieto met officials in M xico City, then flew to"
        " S o Paulo and Medell n for talks.\n"
    )
    assert reported(text, RULE) == ["Pe a", "M xico", "S o", "Medell n"]


def test_common_english_pairs_and_single_letters_stay_silent() -> None:
    # "In a" restores to Turkish "İnşa", "For a" to Portuguese "Força": both tokens are common
    # English, so the restored word is not far commoner. Two single letters are read only
    # before the rest of a name; a scan's noise ("V c D") is not.
    text = (
        "In a statement, the group said it would vote. For a while nothing moved.\n"
        "On a visit, Mr D a said little. The scan read i V c D t; 3 11 if w J.\n"
    )
    assert reported(text, RULE) == []


def test_two_dictionary_words_side_by_side_are_english_not_a_split_name() -> None:
    # "Mar a Lago" (Mar-a-Lago without its hyphens) restores to "María" and "Mayor a" to
    # "Mayoría", but "mar" and "mayor" are English words: a name's pieces ("Pe", "xico") are not.
    text = (
        "Trump spent the weekend at Mar a Lago, his club in Palm Beach. Donors flew to Mar a"
        " Lago on Friday. The council named him Mayor a week later.\n"
    )
    assert reported(text, RULE) == []
    # A piece the dictionary lists only with a capital (a symbol: "Se", selenium) is no English
    # word in a sentence: "Señor" that lost its "ñ" is reported again (74d5d61 had lost it).
    assert reported("They met Se or Gomez at the hotel on Monday.\n", RULE) == ["Se or"]


def test_names_and_brands_in_clean_ascii_business_copy_stay_silent() -> None:
    # A probe of company, brand and place names one space apart in clean copy folded to ASCII
    # by its writer: no accented letter in place of a space makes any of them a common word.
    text = (
        "Shares of Bankinter, Clearscore and Brightwheel rose as Costa Rica, La Paz and"
        " Sierra Leone reported growth. Mar del Plata, Port au Prince, Dar es Salaam and"
        " Rio de Janeiro hosted talks; Le Pen, Van Gogh, De Beers and Da Nang were named.\n"
        "Analysts at Credit Suisse, Banco Santander and Deutsche Bank told Sol a story about"
        " Ann and Sue, and Jos in Nigeria and Caf officials in Cairo met on Monday.\n"
    )
    assert reported(text, RULE) == []


def test_a_page_that_lost_its_accents_loses_them_from_short_words_too() -> None:
    # "Caf" and "Jos" alone are words of their own (the Confederation of African Football, a
    # Nigerian city); beside "Bogot" they are the same damage ("Café", "José").
    text = "Jos Rodriguez opened a small Caf in Bogot on Monday, the owner's family said.\n"
    assert reported(text, RULE) == ["Jos", "Caf", "Bogot"]


def test_on_such_a_page_a_word_english_never_writes_accented_is_left() -> None:
    # "Luft" would restore to German "läuft" and "lis" to French "liés", which English copy
    # does not write: they are the writer's words.
    text = "The Luft family and the lis pendens filing were in Bogot on Monday.\n"
    assert reported(text, RULE) == ["Bogot"]


def test_a_spaced_name_on_an_ascii_line_of_a_page_that_keeps_curly_quotes() -> None:
    # The pair is evidence of its own: a line that writes nothing outside ASCII is read for it,
    # with or without a straight quotation mark on it.
    text = "“Talks resume” in the capital\nEnrique Pe a Nieto met the envoy on Monday.\n"
    assert reported(text, RULE) == ["Pe a"]


def test_spaced_keys_answer_from_the_table_as_a_set_of_its_keys_would() -> None:
    """`SpacedKeys` asks its word table for each key (a speed choice): it must answer as the set
    of the table's keys at the floor did."""
    from newslint.checks.spaced_accent import SpacedKeys, _spaced_key, accent_table
    from newslint.checks.stripped_accent import WESTERN

    table = accent_table("spaced", ("en", "es"), WESTERN, _spaced_key)
    floor = 350
    every = {key for key, value in zip(table.words(), table.values, strict=True) if value >= floor}
    below = [key for key, value in zip(table.words(), table.values, strict=True) if value < floor]
    asked = [*sorted(every)[:40], *below[:40], "pe a", "m xico", "no such key", "", "a\nb", 3]
    found = [key in SpacedKeys(table, floor) for key in asked]
    assert found == [key in every for key in asked]
    assert any(found) and not all(found)
