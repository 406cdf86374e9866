"""`consistency.spelling-variety`: one word spelled the British and the American way in one
document (issue 14). Texts written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.spelling_variety import _SHAPES, MAX_WORD_LENGTH, _holding
from tests.conftest import examples, reported

RULE = "consistency.spelling-variety"


def test_the_pages_own_spelling_wins() -> None:
    # "analyzed" and "organized" spell the page American: its one "neighbours" is the odd form.
    text = (
        "Officials analyzed the data and organized the vote. The neighbors agreed, "
        "and the neighbours' council met."
    )
    assert reported(text, RULE) == ["neighbours"]


def test_the_more_frequent_form_wins_on_a_page_of_no_clear_spelling() -> None:
    text = "Flights were cancelled on Monday, cancelled again on Tuesday and canceled on Friday."
    assert reported(text, RULE) == ["canceled"]


def test_words_of_other_stems_are_never_compared() -> None:
    text = "The bakery bought flour, swept the floor, filled the jars and filed the orders."
    assert reported(text, RULE) == []


def test_names_keep_their_spelling() -> None:
    text = (
        "Labour won the seat, and labor unions cheered; the Department of Defense spoke on defence."
    )
    assert reported(text, RULE) == []


def test_tre_and_ter_after_three_letters_are_one_word() -> None:
    text = (
        "Runners covered 40 kilometres on Monday and 30 kilometers on Tuesday; "
        "the race ended at the sports centre, 5 kilometres from the theatre."
    )
    assert reported(text, RULE) == ["kilometers"]


def test_metre_and_meter_are_two_words() -> None:
    text = "The parking meter stood 20 metres from the gate, and the meter was broken."
    assert reported(text, RULE) == []


def test_ae_and_e_are_one_word() -> None:
    text = "Anaemia was common; the anaemia clinic treated anemia in children."
    assert reported(text, RULE) == ["anemia"]


def test_ogue_and_og_after_four_letters_are_one_word() -> None:
    text = (
        "The catalogue lists 400 works; the catalog went online. A rogue trader read the catalogue."
    )
    assert reported(text, RULE) == ["catalog"]


def test_words_american_spelling_writes_too_are_two_words() -> None:
    # Each British form here is also an American word of its own: the shapes match them, the
    # American dictionary keeps them apart (a safe fix would have turned "timber" into "timbre").
    text = (
        "The timbre of her voice filled the hall as the timber trade fell. The daemon process "
        "crashed; the demon of inflation returned. Open the dialog box: the dialogue resumed. "
        "Its glamour faded, and the glamor of the film."
    )
    assert reported(text, RULE) == []


def test_the_d_and_ing_forms_of_tre_and_ogue_words_are_compared() -> None:
    # The British forms drop the e ("centred", "centring", "catalogued", "cataloguing"): the
    # American form is "centered", never "centerd" (issue 14).
    text = (
        "The inquiry centred on the port and was centred on its docks; it later centered on the "
        "airport. Centring the map and centring the photo took time; centering the title did not. "
        "Staff catalogued the finds, catalogued the coins and cataloged the maps."
    )
    assert reported(text, RULE) == ["centered", "centering", "cataloged"]


def test_d_and_ing_forms_of_one_spelling_alone_are_silent() -> None:
    text = (
        "The inquiry centred on the port, the map was centring on the coast, the staff catalogued "
        "the finds; hatred bred anger and the filtering went on, entering a sacred hall."
    )
    assert reported(text, RULE) == []


@given(
    st.lists(
        st.text(alphabet="aeiloruncfgRL", min_size=0, max_size=12)
        | st.sampled_from(["colour", "Colour", "centring", "ogue", "paediatric", "x" * 41 + "our"]),
        unique=True,
        max_size=30,
    )
)
@settings(max_examples=examples(300), deadline=None)
def test_the_words_tried_are_those_a_test_per_word_picks(words: list[str]) -> None:
    # `_holding`, then the case and length tests, keep what one test per word kept, in order.
    for held, _, _ in _SHAPES:
        tried = [w for w in _holding(words, held) if w[:1].islower() and len(w) <= MAX_WORD_LENGTH]
        assert tried == [
            w
            for w in words
            if any(part in w for part in held) and w[:1].islower() and len(w) <= MAX_WORD_LENGTH
        ]
