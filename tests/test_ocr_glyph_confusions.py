"""A long lower-case token no list has, one reading of the wider glyph table from a single
common word, is a misreading on a page the OCR gate leaves shut (own texts): "compleined" (a
read as e), "eatablishments" (s read as a). Its fix is offered, never applied."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import lint_text

PAGES = {
    "compleined": ("The tenants compleined to the council about the noise.", "complained"),
    "eatablishments": ("The new rules apply to all eatablishments in the city.", "establishments"),
}


def _confusions(linter: Linter, text: str) -> list:
    return [f for f in lint_text(linter, text) if f.rule == "ocr.character-confusion"]


def test_a_glyph_misreading_is_reported_on_a_clean_page(linter: Linter) -> None:
    for word, (text, fix) in PAGES.items():
        found = _confusions(linter, text)
        assert [text[f.start : f.end] for f in found] == [word], word
        assert list(found[0].suggestions) == [fix], word
        assert found[0].fix.applicability == "unsafe", word


def test_short_capitalised_or_ambiguous_tokens_are_left_alone(linter: Linter) -> None:
    # "bame" is too short to be decisive; "Compleined" may be a name; "wark" is a word
    # the dictionary has; "fagt" reaches "fact", "fast" and "fat": no one word.
    for text in (
        "The bame was set for the spring.",
        "Mr Compleined said the board would meet.",
        "They went for a long wark by the river.",
        "It was a fagt of life in the valley.",
    ):
        assert _confusions(linter, text) == [], text
