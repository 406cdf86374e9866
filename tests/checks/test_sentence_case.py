"""`sentence-case`: a sentence that starts in lower case after a full stop."""

from __future__ import annotations

from .helpers import fixed, make_check, spans


def test_a_lower_case_start_is_capitalised() -> None:
    check = make_check("sentence-case")
    assert fixed(check, "Talks ended. the minister left.") == "Talks ended. The minister left."


def test_addresses_abbreviations_and_sign_offs_are_not_sentences() -> None:
    check = make_check("sentence-case")
    assert spans(check, "See www.example.com. e.g. this.") == []
    assert spans(check, "Three died in the attack. dpa") == []
    assert spans(check, "He sold the iPhone. iPhones sell well.") == []


def test_list_numbers_titles_with_their_own_mark_and_name_particles_are_not_sentence_starts() -> (
    None
):
    check = make_check("sentence-case")
    assert spans(check, "What to pack:\n1. warm clothes\n2. boots") == []
    assert spans(check, "She was a Jeopardy! champion and a Yahoo! news editor.") == []
    names = "Ursula von der Leyen and Bill de Blasio met."
    text = f"{names} The talks ended in Brussels. von der Leyen left; de Blasio stayed."
    assert spans(check, text) == []


def test_a_particle_opens_a_surname_only_where_the_text_gives_the_name_in_full() -> None:
    # "ten" is a surname particle ("Erik ten Hag") and a number ("ten Democrats").
    check = make_check("sentence-case")
    text = "The vote passed on Tuesday. ten Democrats joined. The talks ended. von der Leyen left."
    assert spans(check, text) == [". ten", ". von"]
    coach = "Manchester United's Erik ten Hag was upbeat. The squad trained. ten Hag smiled."
    assert spans(check, coach) == []


def test_the_same_shapes_in_running_prose_still_fire() -> None:
    check = make_check("sentence-case")
    assert spans(check, "They won in 2019. the crowd cheered.") == [". the"]
    assert spans(check, "We won! the crowd cheered. Why? because it rained.") == [
        "! the",
        "? because",
    ]
    assert spans(check, "The talks ended. de facto rule began.") == [". de"]


def test_clipped_words_of_news_copy_are_abbreviations() -> None:
    check = make_check("sentence-case")
    text = "The Govt. officials met the Asst. professor; it weighs 5 lbs. more, incl. tax."
    assert spans(check, text) == []


def test_a_time_glued_to_its_figure_still_ends_in_an_abbreviation() -> None:
    check = make_check("sentence-case")
    assert spans(check, "They met at 10:30a.m. on Monday and at 9p.m. in Seoul.") == []
    assert spans(check, "They met in 2023. the talks failed.") == [". the"]
    assert spans(check, "The talks opened at 11.15a.m. on Tuesday in Seoul.") == []


def test_an_abbreviation_closing_a_hyphened_pair_is_still_one() -> None:
    check = make_check("sentence-case")
    assert spans(check, "Both said that Sino-U.S. trade and Euro-U.K. ties matter.") == []
    assert spans(check, "The plan was well-known. then it failed.") == [". then"]


def test_a_mark_after_a_scanners_misreading_ends_no_sentence() -> None:
    # an apostrophe touching a digit or a hyphen opening a letter is no word's shape: the mark
    # after it is a speck the scanner read as punctuation
    check = make_check("sentence-case")
    text = "He will come Monday, December 3, 191'7. be here later. The Apostle 1'au! gives counsel."
    assert spans(check, text) == []
    assert spans(check, "The gallery opened on Thursday Night. -I? was there.") == []


def test_a_well_formed_last_word_still_ends_the_sentence() -> None:
    check = make_check("sentence-case")
    text = "It ended in 1917. then the war began. The co-pilot said no! then he left."
    assert spans(check, text) == [". then", "! then"]
    assert spans(check, "Sales grew in the 1990's. it was busy.") == [". it"]
