"""Names English has never seen, garbled two ways in one document (`unknown_names`)."""

from __future__ import annotations

from newslint.checks.unknown_names import garbled_alike

from .helpers import make_check, spans


def test_two_unknown_spellings_two_edits_apart_are_one_name() -> None:
    text = "President Milos Zemman appointed him. The words of Zemren were quoted."
    assert spans(make_check("name-variants"), text) == ["Zemren"]


def test_unknown_spellings_differing_in_the_first_letter_are_one_name() -> None:
    text = "The attack in Vorlheim shocked the country. Police in Corlheim said so."
    assert spans(make_check("name-variants"), text) == ["Corlheim"]


def test_unknown_spellings_keeping_the_consonants_are_one_name() -> None:
    text = "Kravtsiek resigned on Monday. Later Kravtshcheki said he had served since May."
    assert spans(make_check("name-variants"), text) == ["Kravtshcheki"]


def test_a_name_english_knows_is_not_compared_loosely() -> None:
    # "Dhakal" is in wordfreq's lists: two Nepali surnames, two people.
    text = "Ram Dhakal and Hari Dhamala spoke; Dhakal left before Dhamala did."
    assert spans(make_check("name-variants"), text) == []


def test_a_given_name_is_not_compared_loosely() -> None:
    text = "Governor Tursak Orlevbay reported on the Turbek programme and its housing."
    assert spans(make_check("name-variants"), text) == []
    text = "Tursak Orlevbay and Turbek Kemelov reported to the president."
    assert spans(make_check("name-variants"), text) == []
    text = "Tursak spoke on Monday, and later Turbek spoke again."
    assert spans(make_check("name-variants"), text) == ["Turbek"]


def test_the_loose_likeness_keeps_its_limits() -> None:
    assert garbled_alike("zemman", "zemren")
    assert not garbled_alike("zemman", "zerrena")  # three edits
    assert not garbled_alike("vorlhem", "corlheim")  # first letter and one more
    assert not garbled_alike("zemmana", "zemmano")  # a feminine form: another person
    assert not garbled_alike("secunia", "sokhonn")  # s-k-n: too few consonants to tell
    assert garbled_alike("bauchtman", "buchtmann")  # b-k-t-m-n


def test_forms_of_one_unknown_name_are_not_garbles() -> None:
    text = "Gradisk held the post since 2018; the Gradiskan minister was appointed in May."
    assert spans(make_check("name-variants"), text) == []


def test_an_unknown_surname_with_a_slavic_case_ending_is_one_name_in_two_forms() -> None:
    text = "The president appointed Jakub Drahoneka. Drahonek has held the post since 2018."
    assert spans(make_check("name-variants"), text) == ["Drahoneka"]
    text = "Drahonek spoke first; the words of Drahoneku were quoted. Drahoneku left."
    assert spans(make_check("name-variants"), text) == ["Drahoneku", "Drahoneku"]


def test_a_feminine_surname_is_another_person() -> None:
    text = "Anna Drahonova and her husband Drahonov spoke; later Drahonova left."
    assert spans(make_check("name-variants"), text) == []
