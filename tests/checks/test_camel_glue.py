"""`camel-glue`: words run together at a capital where a scraper dropped the markup between them."""

from __future__ import annotations

from typing import Any

import pytest

from newslint.checks import camel_glue

from .helpers import fixed, make_check, spans


def test_a_token_glued_at_a_capital_is_split() -> None:
    check = make_check("camel-glue")
    assert fixed(check, "The conferenceImage was shown.") == "The conference Image was shown."
    assert spans(check, "Menu NewsCompaniesMarkets") == ["NewsCompaniesMarkets"]


def test_brands_written_in_camel_case_are_words() -> None:
    assert spans(make_check("camel-glue"), "She used YouTube and PowerPoint.") == []


def test_min_zipf_is_how_common_each_side_must_be() -> None:
    text = "The conferenceImage was shown."
    assert spans(make_check("camel-glue", min_zipf=7.0), text) == []


def test_a_title_glued_in_every_line_of_a_list_is_reported_each_time() -> None:
    text = "PRESENT: Mr. Eccles, ChairmanMr. Ransom, Vice ChairmanMr. Szymczak\n"
    assert spans(make_check("camel-glue"), text) == ["ChairmanMr", "ChairmanMr"]


def test_a_name_the_document_spells_so_twice_is_left_alone() -> None:
    text = (
        "The firm MicroMega said on Monday that profits rose. Analysts said MicroMega had cut "
        "costs across the group this year.\n"
    )
    assert spans(make_check("camel-glue"), text) == []


def test_a_byline_run_into_its_time_stamp_is_no_name_even_in_prose() -> None:
    # A past participle starts no name; a name ending in -ed ("Ahmed", "Fred") is a name.
    text = "By John SmithPublished on Monday, the report said the plan was ready for use."
    assert spans(make_check("camel-glue"), text) == ["SmithPublished"]
    names = "The firm MicroMega met SaeedAhmed and DiFred in the capital on Monday, officials said."
    assert spans(make_check("camel-glue"), names) == []


def test_three_known_words_glued_may_be_rarer_than_two() -> None:
    # "Cryptocurrencies" is under the two-word bar (Zipf 3) but a run of three is no name.
    text = "Menu ForexCryptocurrenciesCybersecurity"
    assert spans(make_check("camel-glue"), text) == ["ForexCryptocurrenciesCybersecurity"]
    assert spans(make_check("camel-glue", min_zipf_run=3.0), text) == []


def test_a_hyphenated_compound_glued_to_the_next_label_is_one_token() -> None:
    check = make_check("camel-glue")
    assert spans(check, "Share: Send in e-mailSend in e-mail") == ["e-mailSend"]
    assert spans(check, "The pro-YouTube and anti-McCarthy camps met in Baden-Baden.") == []


def test_an_acronym_run_into_a_word_only_prose_starts_with_is_split() -> None:
    check = make_check("camel-glue")
    assert fixed(check, "Photo: AFPThe talks ended.") == "Photo: AFP The talks ended."
    assert spans(check, "Updated 11.48 EDTFirst published") == ["EDTFirst"]


def test_an_acronym_joined_to_a_rarer_word_is_a_brand() -> None:
    # "money", "careers" are far rarer than "the" or "first"; plurals of acronyms are words.
    text = "Read CNNMoney and DOSCareers; the IEOs and CEOs agreed."
    assert spans(make_check("camel-glue"), text) == []


def test_only_runs_of_letters_around_an_inner_capital_are_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The candidate pattern's leading class matches nearly every letter of prose: searching the
    # whole text cost 0.14 s a megabyte. It can match only inside a run of letters and digits
    # holding a capital after a letter or digit, so only those runs are searched.
    searched: list[str] = []
    real = camel_glue._CANDIDATE

    class Recording:
        def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
            searched.append(text[pos:endpos])
            return real.finditer(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(camel_glue, "_CANDIDATE", Recording())
    prose = "The minister said on Monday that the talks would go on. " * 20
    text = f"{prose}The conferenceImage was shown by the US2Go team. {prose}"
    assert spans(make_check("camel-glue"), text) == ["conferenceImage"]
    assert searched == ["conferenceImage", "US2Go"]


def test_two_part_names_in_a_row_of_run_together_links_are_glues() -> None:
    check = make_check("camel-glue")
    menu = "Home PageSubmit a StoryLatest NewsWeather and Sports for readers of the paper and its advertisers"
    assert spans(check, menu) == ["PageSubmit", "StoryLatest", "NewsWeather"]
    # one such token in a sentence is a name, however long the sentence
    prose = "The startup MicroMega hired a dozen engineers from the university lab in the spring."
    assert spans(check, prose) == []
    # Everyday pairs on a page of glues are reported whatever the line holds: set them aside.
    lenient = make_check("camel-glue", min_line_glues=9, everyday_pair_zipf=9)
    assert spans(lenient, menu) == []


def test_a_function_word_glued_to_a_rare_name_is_split() -> None:
    # However rare the name (a romanised one), a lower-case function word of three letters or
    # more never starts it: brands start lower case with one letter ("eBay").
    check = make_check("camel-glue")
    assert spans(check, "The governor of theKherson region said the ferry had stopped.") == [
        "theKherson"
    ]
    assert spans(check, "She sold it on eBay and bought an iPhone.") == []


def test_a_possessive_glued_to_the_next_word_is_no_name() -> None:
    check = make_check("camel-glue")
    text = "The delegation met Ukraine’sPresident on Monday for talks on the grain deal in Kyiv."
    assert fixed(check, text) == text.replace("’sP", "’s P")
    assert (
        spans(check, "Ukraine’s President met the delegation; O’Sullivan's aide and Ma'sum came.")
        == []
    )


def test_a_rare_name_the_document_writes_on_its_own_counts_as_a_word() -> None:
    # "Fahmi" is no common word, but the page names "Fahmi Fadzil": a tag row run together.
    text = (
        "Communications minister Fahmi Fadzil said the paper would be summoned.\n\n"
        "Tags: China PressFahmi Fadzil\n"
    )
    assert spans(make_check("camel-glue"), text) == ["PressFahmi"]


def test_two_halves_written_apart_elsewhere_make_no_name_in_prose() -> None:
    # One capitalised pair in a sentence is taken for a name ("MicroMega"), unless the document
    # writes both halves as words of their own.
    glued = "The governor met Senator Ojewale and Alhaji Bello; later OjewaleAlhaji Bello spoke.\n"
    assert spans(make_check("camel-glue"), glued) == ["OjewaleAlhaji"]
    name = "The MicroMega firm hired Ojewale, and Micro systems grew at the fair.\n"
    assert spans(make_check("camel-glue"), name) == []


def test_names_on_one_long_line_cost_the_line_once() -> None:
    """Each two-part name's line was found by searching back to the text's start and read whole
    to judge it prose: 2,000 names on a 95 KB line took 1.4 s, 1,000 on half of it 0.33 s; this
    line of 2,256 took 1.6 s. The time is measured by benchmarks/adversarial.py's
    camel-names-line shape."""
    import itertools

    check = make_check("camel-glue")
    words = (
        "Harbour Council Golden Market River Stone Silver Maple Ocean Forest Valley Bridge Garden "
        "Summer Winter Castle Tower Island Mountain Spring Green Black White North South East "
        "West Royal Grand Little Great Happy Lucky Bright Sunny Cloud Star Moon Light Fire Water "
        "Earth Wind Iron Gold Glass Paper"
    ).split()
    names = [a + b for a, b in itertools.product(words, words) if a != b]  # each written once
    line = " ".join(f"the {name} said and the ship left the port" for name in names)
    found = spans(check, f"Harbour talks\n\n{line}.\nShort line MoonTower here\n")
    # The names in the long line are a menu (three or more on it); the short line's one is a name.
    assert len(found) > 2_000 and set(found) < set(names) and "MoonTower" not in found
