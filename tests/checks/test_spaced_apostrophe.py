"""`spaced-apostrophe`: an apostrophe a conversion replaced with a space."""

from __future__ import annotations

from .helpers import make_check, spans

ORIGINAL = (
    "The council’s plan, they’re sure, won’t change; Zelensky’s aides said I’m told we’ll see."
)


def test_each_apostrophe_turned_into_a_space_is_found() -> None:
    damaged = ORIGINAL.replace("’", " ")
    assert spans(make_check("spaced-apostrophe"), damaged) == [
        "council s", "they re", "won t", "Zelensky s", "I m", "we ll",
    ]  # fmt: skip


def test_letters_units_and_rare_forms_are_not_read() -> None:
    text = "The letter s, 5 s later, the U.S. s-bend, a s, plan B s and this ll do."
    assert spans(make_check("spaced-apostrophe"), text) == []
