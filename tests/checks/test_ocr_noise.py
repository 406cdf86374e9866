"""`ocr-noise`: OCR residue, reported only where the document as a whole looks scanned."""

from __future__ import annotations

import pytest

from .helpers import make_check, run, spans

SCANNED = (
    "The govemrnent of tbe country said that the rnain road to the capitaI was closed. "
    "Tbe rnayor said it wi1l reopen. Officials in the city were quoted by the newspaper."
)


@pytest.mark.parametrize(
    ("detect", "found"),
    [("non-word", ["govemrnent", "rnain", "capitaI", "rnayor"]), ("misread-word", ["tbe", "Tbe"])],
)
def test_detectors_report_the_residue_of_a_scanned_page(detect: str, found: list[str]) -> None:
    assert spans(make_check("ocr-noise", detect=detect), SCANNED) == found


def test_a_typists_slip_in_web_copy_does_not_open_the_gate() -> None:
    text = "The government said the main road was closed. The mayor said it wil reopen."
    assert spans(make_check("ocr-noise", detect="non-word"), text) == []


def test_the_gate_is_the_rules_options() -> None:
    gated = make_check("ocr-noise", detect="non-word", min_ocr_marks=50, scan_model=False)
    assert spans(gated, SCANNED) == []
    # a short text's damage the scan model weighs as a scan's opens the gate unless told not to
    sentence = "The constable found the prisoeer near the. brewery at four, and took him in."
    assert spans(make_check("ocr-noise", detect="non-word"), sentence) == ["prisoeer"]
    assert spans(make_check("ocr-noise", detect="non-word", scan_model=False), sentence) == []


def test_a_capital_after_a_speck_starts_a_sentence_and_is_not_misread() -> None:
    check = make_check("ocr-noise", detect="capital")
    text = SCANNED + " The railroad company wants to further insure Itself against all."
    assert spans(check, text) == ["Itself"]
    assert spans(check, SCANNED + "\nd Upon farther inquiries it was found.\nn They went.") == []


def test_a_misread_part_of_a_hyphenated_compound_is_a_non_word() -> None:
    check = make_check("ocr-noise", detect="non-word")
    text = (
        SCANNED
        + " He was at the police-eourt with a Police-constablo and a well-known self-abnegation."
    )
    assert spans(check, text) == ["govemrnent", "rnain", "capitaI", "rnayor", "eourt", "constablo"]


def test_a_misread_capitalised_part_before_common_words_is_a_non_word() -> None:
    check = make_check("ocr-noise", detect="non-word")
    text = (
        SCANNED
        + " A warder from the Polics-court went to Langbam-place; the Smith-Zaddres family of"
        + " Larchmount-avenue (Larchmount is their village, Larchmount their parish) met at"
        + " Hammersmith-road."
    )
    found = spans(check, text)
    assert "Polics" in found and "Langbam" in found
    assert not {"Smith", "Zaddres", "Larchmount", "Hammersmith"} & set(found)


def test_a_rare_word_one_misreading_from_a_far_commoner_one_is_reported_once_scanned() -> None:
    check = make_check("ocr-noise", detect="unlikely-word")
    text = SCANNED + " He said he would hive come, and the men caine up with their zeal."
    assert spans(check, text) == ["hive", "caine"]
    assert spans(check, "He said he would hive come, and the men caine up.") == []


def test_a_reading_that_makes_no_english_where_it_stands_is_not_proposed() -> None:
    check = make_check("ocr-noise", detect="unlikely-word")
    kept = SCANNED + " We found a bee hive in the yard, and the ewe was lost there."
    assert spans(check, kept) == []  # "a bee have", "the we was", "a be hive": no English
    reported = SCANNED + " They hive been here, and the men caine up the road."
    assert spans(check, reported) == ["hive", "caine"]


def test_a_rare_word_the_page_repeats_is_what_it_printed() -> None:
    check = make_check("ocr-noise", detect="unlikely-word")
    text = SCANNED + " The hive was full; the hive was loud."
    assert spans(check, text) == []


def test_a_verb_or_adverb_with_a_capital_is_misread_unless_a_name_or_title_case() -> None:
    check = make_check("ocr-noise", detect="capital")
    text = SCANNED + " The telegram is Partly in reply and he was Indicted to day."
    assert spans(check, text) == ["Partly", "Indicted"]
    kept = SCANNED + " He told Will that we are Expected to be Reviewed by the Court tomorrow."
    assert spans(check, kept) == []


def test_one_capital_inside_a_lower_case_word_is_misread_but_not_a_brands() -> None:
    check = make_check("ocr-noise", detect="capital")
    text = SCANNED + " He can cracK corn, and tHe men came; the iPhone, the eBay sale, 5 kWh stay."
    assert spans(check, text) == ["cracK", "tHe"]


def test_a_one_character_word_the_grammar_around_it_rejects_is_a_speck() -> None:
    check = make_check("ocr-noise", detect="lone-mark")
    text = SCANNED + " She was in a the hospital, and there was another I charge; he 0 was seen."
    assert spans(check, text) == ["a", "I", "0"]
    kept = SCANNED + " I think a few of the 3 men won from 9 to 10, and that I share."
    assert spans(check, kept) == []


def test_a_misread_word_opening_a_sentence_is_judged_too_but_not_a_name_after_a_title() -> None:
    check = make_check("ocr-noise", detect="unlikely-word")
    text = SCANNED + " She was a pupil there. Sinco then a few others came. Mr. Paget heard it."
    assert spans(check, text) == ["Sinco"]


def test_an_angle_bracket_alone_between_words_is_a_speck() -> None:
    check = make_check("ocr-noise", detect="lone-mark")
    assert spans(check, SCANNED + " The company will insure itself < against all.") == ["<"]


def test_a_short_word_in_capitals_no_list_has_is_misread_unless_unpronounceable() -> None:
    check = make_check("ocr-noise", detect="non-word")
    text = SCANNED + " RESOLUTION UPOX HARDIHOOD; the HZJ and the ICJ met in LXIII."
    assert spans(check, text) == ["govemrnent", "rnain", "capitaI", "rnayor", "UPOX"]


def test_a_name_the_page_repeats_with_its_possessive_is_no_misreading() -> None:
    check = make_check("ocr-noise", detect="non-word")
    text = SCANNED + " A girl named Klumpke won fame; Miss Klumpke's labors are long. Zaddres came."
    assert spans(check, text) == ["govemrnent", "rnain", "capitaI", "rnayor", "Zaddres"]


def test_lower_case_then_a_capital_is_a_misreading_in_a_scanned_page() -> None:
    check = make_check("ocr-noise", detect="non-word")
    text = SCANNED + " He said laFt night that rOTTGHT was fine on his iPhone and eBay."
    assert spans(check, text) == ["govemrnent", "rnain", "capitaI", "rnayor", "laFt", "rOTTGHT"]


def test_a_full_stop_between_lower_case_words_is_a_misread_comma() -> None:
    check = make_check("ocr-noise", detect="lone-mark")
    text = SCANNED + " I am, very respectfully. your servant, at 10 a.m. on the day, etc. and so."
    assert spans(check, text) == ["."]


def test_a_full_stop_before_a_clause_of_its_own_is_a_sentence_end_not_a_speck() -> None:
    check = make_check("ocr-noise", detect="lone-mark")
    text = SCANNED + " He announced the tax plan. tliat is what the minister said on Monday."
    assert spans(check, text) == []


def test_a_speck_read_as_a_sign_inside_or_after_a_short_word_is_garbled() -> None:
    check = make_check("ocr-noise", detect="garbled")
    text = SCANNED + " On© of them, the Gov©rnor, said the wo®ld w¢re a£ter it; Acme® and IBM® too."
    assert spans(check, text) == ["wi1l", "On©", "Gov©rnor", "wo®ld", "w¢re", "a£ter"]


def test_a_lower_case_letter_among_capitals_is_a_misread_capital_fixed_to_capitals() -> None:
    check = make_check("ocr-noise", detect="capital")
    text = SCANNED + " DEATH FROM LEAD PoiSONING.\nThe BARxBY case; Mr. McDONALD and Acme GmbH."
    assert spans(check, text) == ["PoiSONING", "BARxBY"]
    assert [list(f.suggestions) for f in run(check, text)] == [["POISONING"], ["BARBY"]]


def test_a_misread_capital_names_the_printed_word_only_where_it_is_one() -> None:
    """Upper-cased, "BURGLARtIES" was suggested as BURGLARTIES, which no one writes: the lower-case
    letter was a speck beside the capitals. Where no reading is a word, none is named."""
    check = make_check(
        "ocr-noise",
        detect="capital",
        message="“{match}”: an OCR misreading{reading}",
    )
    found = run(check, SCANNED + " ALLEGED BURGLARtIES AT CLAPHAM.\nTHE CIEhLD WAS FOUND.")
    assert [(f.message, list(f.suggestions)) for f in found] == [
        ("“BURGLARtIES”: an OCR misreading of “BURGLARIES”", ["BURGLARIES"]),
        ("“CIEhLD”: an OCR misreading", []),
    ]
