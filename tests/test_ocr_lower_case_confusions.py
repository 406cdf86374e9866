"""Lower-case OCR confusions (o/e, e/o, v/y, n/m, m/n) are undone on a page that otherwise reads
clean, where the OCR gate stays shut; a capitalised token may be a name and is left alone
(own texts)."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import lint_text

# A clean-looking page with one misread word each: no other damage opens the OCR gate.
PAGES = {
    "everv": "The notice was sent to everv farmer in the county before the spring sale began.",
    "mako": "The new line will mako a great change in the valley, the engineers told the board.",
    "menbers": "The society elected three new menbers at its annual meeting in the town hall.",
    "statien": "The train left the statien at noon and reached the coast before the evening tide.",
    "imto": "The committee looked imto the accounts and found the books had been kept well.",
}


def _confusions(linter: Linter, text: str) -> list:
    return [f for f in lint_text(linter, text) if f.rule == "ocr.character-confusion"]


def test_a_lower_case_confusion_is_undone_on_a_clean_page(linter: Linter) -> None:
    fixes = {"everv": "every", "mako": "make", "menbers": "members", "statien": "station",
             "imto": "into"}  # fmt: skip
    for word, text in PAGES.items():
        found = _confusions(linter, text)
        assert [text[f.start : f.end] for f in found] == [word], word
        assert list(found[0].suggestions) == [fixes[word]], word
        # a token no list knows, one repair within reach: a fix to apply ("mako" is listed)
        assert (found[0].fix.applicability != "unsafe") == (word != "mako"), word


def test_two_repairs_within_reach_are_no_safe_fix(linter: Linter) -> None:
    # "feod": "food" (o for e) or "feed" (e for o): the finding stands, the fix is not applied.
    found = _confusions(linter, "The farmers bought feod for the cattle before the long winter.")
    assert len(found) == 1
    assert found[0].fix.applicability == "unsafe"


def test_a_capitalised_token_is_not_undone_by_a_lower_case_confusion(linter: Linter) -> None:
    text = "The road from Malava to the border was closed for a week after the heavy rains."
    assert _confusions(linter, text) == []
