"""`masked-word`: a word printed with a symbol in place of one letter ("b#llying", "d!e")."""

from __future__ import annotations

from .helpers import make_check, run, spans

CHECK = make_check("masked-word", message="{match} -> {word}")


def test_a_symbol_standing_for_a_letter_of_a_common_word_is_reported() -> None:
    text = "Fans kept b#llying her, she wrote; she was ready to d!e, and her inj*ry was minor."
    assert spans(CHECK, text) == ["b#llying", "d!e", "inj*ry"]
    # The message names the commonest word the mask could hide.
    assert [f.message for f in run(CHECK, "Stop b#llying me.")] == ["b#llying -> bullying"]


def test_symbols_that_join_words_or_print_an_oath_are_not_masks() -> None:
    for text in (
        "Write to desk@example or follow @newsdesk and #election updates.",
        "Yahoo!Finance and E*Trade rose; a*b is code; the oath, f***, was printed.",
        "The file sat at /home/news/d!e_old, and the query was ?q=b#llying today.",
        "Prices rose 5%and fell; the shop sold it for $5 or 20%.",
    ):
        assert spans(CHECK, text) == [], text


def test_a_scanned_page_misreads_letters_as_symbols() -> None:
    # An OCR'd page (broken words, stray marks, digits for letters): "b*ts" is a misread "bits".
    scan = (
        "THE CITY C0UNCIL MET LAST NIGHT\n"
        "The c0uncil, after a long de-\nbate, vot- ed to ex- tend the str eet car line to the\n"
        "river, and tbe mayor s aid tliat the b*ts of iron on the road would be re moved\n"
        "by the end of tlie month. Tlie contract was let to Smitb & Co. for $1,2OO. ,\n"
    ) * 3
    assert spans(CHECK, scan) == []
    assert spans(CHECK, "The b*ts of iron on the road would be removed.") == ["b*ts"]


def test_a_page_of_symbol_joined_tokens_is_data() -> None:
    # The bounded look-up's time is measured by benchmarks/adversarial.py's masked-tokens-line.
    data = " ".join(f"k{i % 7}x!e{'abcdefghij'[i % 10]}ll" for i in range(200_000))
    data += " d!e " + "ab#cd " * 300
    assert spans(CHECK, data) == []
