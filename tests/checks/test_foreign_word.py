"""`foreign-word`: one everyday word of another language, left untranslated."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newslint.checks.foreign_word import opens_sentence
from newslint.document import Document

from .helpers import ReadCountingText, make_check, spans


def test_an_everyday_foreign_word_is_reported_in_lower_case_or_opening_a_sentence() -> None:
    check = make_check("foreign-word")
    text = "He thanked the staff.\n\nHoje I met them. The report, read igen, was fine."
    assert spans(check, text) == ["Hoje", "igen"]


def test_names_loanwords_and_cut_words_are_not_reported() -> None:
    check = make_check("foreign-word")
    text = (
        "He met Minister Hoje Lee in Jakarta; the fiesta, the kindergarten and the piñata were"
        " fine. The dedi-\ncatory ceremonies began."
    )
    assert spans(check, text) == []


def test_the_thresholds_are_the_rules_options() -> None:
    lenient = make_check("foreign-word", min_foreign_zipf=7.5)
    assert spans(lenient, "Hoje I met them.") == []


def test_a_name_opening_a_sentence_is_not_a_word_left_untranslated() -> None:
    # A newspaper's name is another language's everyday word; its verb or an apposition follows.
    check = make_check("foreign-word")
    text = "The coach resigned.\n\nPúblico, the Lisbon daily, ran it. Público reported it first."
    assert spans(check, text) == []
    assert spans(check, "The coach resigned. Hoje the club met.") == ["Hoje"]


def test_a_page_written_as_one_line_is_read_once_not_once_per_capitalised_word() -> None:
    check = make_check("foreign-word", languages=["pt"])
    line = "Porto wins. Hoje I met them, and Quando the " * 400
    ReadCountingText.read = 0
    text = ReadCountingText(line)
    doc = Document(text)
    doc.text = text
    found = list(check.run(doc))
    assert len(found) == 400  # "Hoje" each time; "Quando" inside a sentence reads as a name
    assert ReadCountingText.read < 10 * len(line)


@given(st.text(alphabet=' \t\n.!?”")’aB', max_size=12))
def test_a_sentence_opening_is_told_as_the_line_pattern_told_it(before: str) -> None:
    line = before.rsplit("\n", 1)[-1]
    expected = regex.search(r"(?:^|[.!?][”\"’)]*)[ \t]*$", line) is not None
    assert opens_sentence(before + "Hoje", len(before)) is expected


def test_by_spelling_a_word_with_letters_english_does_not_use_is_foreign() -> None:
    check = make_check("foreign-word", evidence="letters")
    text = "One nation, one state, it always vurdukça Turkey's star will rise in Västerås."
    assert spans(check, text) == ["vurdukça"]


def test_by_spelling_loanwords_glosses_and_scanned_pages_are_not_reported() -> None:
    check = make_check("foreign-word", evidence="letters")
    glossed = "The café served a jalapeño. Swedish vocabulary: drogpåverkad - under the influence."
    assert spans(check, glossed) == []
    scanned = (
        "The govemrnent of tbe country said that tho rnain road was closed by the employés. "
        "Tbe rnayor said it wi1l reopen, and tliat was all."
    )
    assert spans(check, scanned) == []


def test_by_spelling_a_piece_of_mojibake_is_left_to_the_mojibake_rule() -> None:
    check = make_check("foreign-word", evidence="letters")
    assert spans(check, "The ship doesnâ€™t sail today, the captain said.") == []
