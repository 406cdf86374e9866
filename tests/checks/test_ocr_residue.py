"""`ocr-residue`: drop capitals, "Mt." for "Mr.", numbers glued to words, only in scanned text."""

from __future__ import annotations

from .helpers import make_check, run, spans

# Enough misreadings of several kinds to open the OCR gate.
SCANNED = "It was said tliat tbe men arc ready and tho 2oth is set.\n"


def test_a_lost_drop_capital_is_restored_from_word_frequency() -> None:
    check = make_check("ocr-residue", detect="drop-capital")
    found = run(check, SCANNED + "OTICE is hereby given. MERICAN GIRL WINS.")
    assert [(f.end - f.start, f.suggestions) for f in found] == [
        (5, ("NOTICE",)),
        (7, ("AMERICAN",)),
    ]


def test_a_drop_capital_read_into_another_column_needs_a_word_no_list_has() -> None:
    check = make_check("ocr-residue", detect="drop-capital")
    text = SCANNED + "at the Palace. HOPETOUN, OTICE is hereby given; the NATO, OPEC and UNHCR men."
    assert spans(check, text) == ["OTICE"]


def test_capitals_that_are_words_keep_their_letters() -> None:
    check = make_check("ocr-residue", detect="drop-capital")
    assert spans(check, SCANNED + "EAST WING OPENS. RAIN fell. THE END.") == []


def test_nothing_is_reported_in_typed_text() -> None:
    for detect, text in (
        ("drop-capital", "OTICE is hereby given that the court will sit."),
        ("digit-glued", "The Oversight Office4 said so."),
        ("title-misread", "Mr. Young, Mr. Hamlin, Secretary Mt. Sherman."),
    ):
        assert spans(make_check("ocr-residue", detect=detect), text) == []


def test_mount_before_a_surname_is_mister_where_the_document_writes_mister() -> None:
    check = make_check("ocr-residue", detect="title-misread")
    text = SCANNED + "Present: Mr. Young, Mr. Hamlin, Secretary Mt. Sherman, Adviser Mt. Morrill."
    assert spans(check, text) == ["Mt.", "Mt."]
    assert spans(check, SCANNED + "Mr. Young and Mr. Hamlin climbed Mt. Hood.") == []
    assert spans(check, SCANNED + "Secretary Mt. Sherman spoke.") == []


def test_a_title_the_page_prints_is_learnt_and_its_misreadings_reported() -> None:
    check = make_check("ocr-residue", detect="title-misread")
    text = SCANNED + (
        "Mrs. Hibbert and Mrs. Long came; Mr. Sheil and Mr. Young stayed. Later Airs. Hibbert left,"
        " MIr. Dale spoke and Mr, Young sat."
    )
    assert spans(check, text) == ["Airs.", "MIr.", "Mr,"]


def test_a_real_word_near_a_title_needs_the_name_to_carry_the_title_elsewhere() -> None:
    check = make_check("ocr-residue", detect="title-misread")
    text = SCANNED + (
        "Mrs. Hibbert and Mrs. Long came; Mr. Sheil and Mr. Young stayed. The Air Force, Airs."
        " Dale, Gen. Smith, St. Louis, Mo. Guard, Miss Kay and M. Dubois attended."
    )
    assert spans(check, text) == []
    assert spans(check, SCANNED + "Mr. Sheil spoke; Airs. Hibbert and MIr. Dale came.") == []


def test_a_number_glued_to_a_common_word() -> None:
    check = make_check("ocr-residue", detect="digit-glued")
    text = SCANNED + "Security Oversight Office4\nSection1 of the Act, an Ar15, a G7, MP3 and 2oth."
    assert spans(check, text) == ["Office4", "Section1"]


def test_the_gate_is_a_setting() -> None:
    check = make_check("ocr-residue", detect="digit-glued", min_ocr_marks=50, scan_model=False)
    assert spans(check, SCANNED + "Security Oversight Office4") == []


def test_capitals_read_into_a_sentence_only_in_scanned_text() -> None:
    check = make_check("ocr-residue", detect="running-head")
    text = "it would appear that CARDIFF RURAL SANITARY DISTRICTS. NEWS SUMMARY.\n\nreturn of"
    assert spans(check, SCANNED + text) == ["CARDIFF RURAL SANITARY DISTRICTS. NEWS SUMMARY."]
    assert spans(check, text) == []
    assert spans(check, SCANNED + "the US, UK and EU met; THEREFORE I, ALEXANDER, declare.") == []


def test_running_quotes_inside_a_clause_are_reported_when_they_recur() -> None:
    check = make_check("ocr-residue", detect="running-quote")
    text = (
        'the Governor may from time to time, "by Proclamation in the Government " Gazette,'
        ' declare the season for any "Native Game in the Schedule to the "said Act, either gene"rally'
    )
    found = spans(check, SCANNED + text)
    assert found == ['"'] * 5
    assert spans(check, text) == []  # typed text: the gate stays closed


def test_quotations_that_open_and_close_are_not_running_quotes() -> None:
    check = make_check("ocr-residue", detect="running-quote")
    text = (
        'by "The Game Act, 1892," the "Native Game" list and the "said Act" apply. "Yes," he said.'
    )
    assert spans(check, SCANNED + text) == []


def test_two_running_quotes_are_not_enough_evidence() -> None:
    check = make_check("ocr-residue", detect="running-quote")
    text = 'from time to time, "by Proclamation in the Schedule to the "said Act.'
    assert spans(check, SCANNED + text) == []
    assert spans(
        make_check("ocr-residue", detect="running-quote", min_running_quotes=2), SCANNED + text
    ) == ['"', '"']


def test_marks_stuck_to_words_where_print_puts_none() -> None:
    check = make_check("ocr-residue", detect="mark-on-word")
    text = (
        "the docks ..are built; of the .apostle; roll call. _There is •Give us; principal., before"
        "\nkThey went"
    )
    assert spans(check, SCANNED + text) == ["..", ".", "_", "•", ".,", "k"]
    assert spans(check, text) == []
    typed_like = (
        "Wait... then go. It runs on .NET. Mr. Berle, Jr., and &c., &c. The name* is noted; 4K TV."
    )
    assert spans(check, SCANNED + typed_like) == []


def test_two_letter_fragments_between_words_in_scanned_text() -> None:
    check = make_check("ocr-residue", detect="short-fragment")
    text = "preaching yesterday morning li the cathedral; by th e board; the following C details"
    assert spans(check, SCANNED + text) == ["li", "th", "C"]
    assert spans(check, "The bishop, preaching yesterday morning li the cathedral, said so.") == []
    english = "went up my way; Pedro de la Parte, Smith et al; 6 ft high; an ex officio member; J. Smith and I"
    assert spans(check, SCANNED + english) == []


def test_a_capital_or_small_numeral_naming_the_noun_before_is_english_in_scanned_text() -> None:
    check = make_check("ocr-residue", detect="short-fragment")
    labels = "the terms of chapter xi of the act, low vitamin C levels and plan B were read"
    assert spans(check, SCANNED + labels) == []
    noise = "the front vi garden, the following C details, and in c D t the mark"
    assert spans(check, SCANNED + noise) == ["vi", "C", "D"]


def test_units_of_a_rate_and_the_archaic_pronoun_are_english_in_scanned_text() -> None:
    check = make_check("ocr-residue", detect="short-fragment")
    prices = "butter brought 25 cents per lb at the wharf and calico 8 cents per yd for the best"
    sermon = "and said that ye shall know them by their fruits"
    assert spans(check, SCANNED + prices + "; " + sermon) == []
    assert spans(check, SCANNED + "a super lb at the wharf") == ["lb"]
