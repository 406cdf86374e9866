"""`name-variants`: second spellings the page means, glossed by the text or written only in a
foreign title, are not one name spelled two ways (issue 14). Texts written for these tests."""

from __future__ import annotations

from newslint.name_glosses import glossed

from .helpers import make_check, spans


def test_a_spelling_the_text_glosses_as_another_way_of_writing_the_name_is_meant() -> None:
    check = make_check("name-variants")
    text = "Alexander Lukashenko spoke. Lukashenka, as opposition media write it, said little."
    assert spans(check, text) == []
    text = "Zelensky spoke. Zelenskiy, as some agencies spell it, met the envoy. Zelensky left."
    assert spans(check, text) == []
    text = "Zelensky spoke. The envoy met Zelenskiy (also spelled Zelenskyy) later. Zelensky left."
    assert spans(check, text) == []
    # The same respelling with no gloss is a slip.
    text = "Zelensky spoke on Monday. Zelenskiy met the envoy later. Then Zelensky left."
    assert spans(check, text) == ["Zelenskiy"]


def test_a_gloss_is_read_around_the_spelling_not_anywhere_in_the_sentence() -> None:
    text = "Lukashenka wrote to the council, and Kiev (also spelled Kyiv) answered."
    lukashenka = text.index("Lukashenka")
    assert not glossed(text, lukashenka, lukashenka + len("Lukashenka"))
    kyiv = text.index("Kyiv")
    assert glossed(text, kyiv, kyiv + len("Kyiv"))


def test_a_famous_names_own_form_inside_a_foreign_title_is_not_a_respelling() -> None:
    check = make_check("name-variants")
    text = "Kazakhstan will vote, the daily Egemen Qazaqstan reported. Kazakhstan's voters wait."
    assert spans(check, text) == []
    # Written on its own, the same form is the page's second spelling of the country.
    text = "Officials in Kazakhstan agreed. Qazaqstan will hold a vote, and Kazakhstan waits."
    assert spans(check, text) == ["Qazaqstan"]
