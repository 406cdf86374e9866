"""One scanned token, one OCR finding: a piece of a cut word is judged only as the cut word, and
the OCR word rules defer to each other, the most specific first (own texts)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.fix import fix_raw

from .conftest import lint_text

# A line of scanning damage that opens the OCR gate, then the sentence under test.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def _ocr(linter: Linter, text: str) -> list:
    return [f for f in lint_text(linter, text) if f.rule.startswith("ocr.")]


def _on(findings: list, text: str, start: int, end: int) -> list[str]:
    return [f.rule for f in findings if f.start < end and f.end > start]


def test_a_piece_of_a_hyphenated_word_is_not_repaired_into_another_word(linter: Linter) -> None:
    for text in (
        "The delegates met at the confer- ence on Monday and agreed the plan.",
        DAMAGE + "The delegates met at the confer- ence on Monday and agreed the plan.",
        DAMAGE + "The delegates met at the differ\nence of the two plans and agreed.",
    ):
        piece = text.index("ence")
        rules = _on(_ocr(linter, text), text, piece, piece + 4)
        assert "ocr.character-confusion" not in rules, text
        assert "ocr.unlikely-word" not in rules, text
    text = "The delegates met at the confer- ence on Monday and agreed the plan."
    fixed = fix_raw(text, "a.txt", linter.lint, unsafe=True).raw
    assert "conference" in fixed and "once" not in fixed


def test_a_piece_of_a_word_cut_by_a_space_is_not_repaired(linter: Linter) -> None:
    # "clude" is one confusion from "dude"; with "in" before it, it is "include" cut by a space
    text = DAMAGE + "The new rules in clude a ban on the sale of land to the company."
    piece = text.index("clude")
    found = _ocr(linter, text)
    assert "ocr.character-confusion" not in _on(found, text, piece, piece + 5)
    fixed = fix_raw(text, "a.txt", linter.lint, unsafe=True).raw
    assert "dude" not in fixed


def test_a_cut_word_is_not_read_as_a_misread_word(linter: Linter) -> None:
    text = DAMAGE + "The directors of the com\npany met in the hall on Monday."
    cut = text.index("com\npany")
    rules = _on(_ocr(linter, text), text, cut, cut + 8)
    assert rules == ["ocr.split-word"]  # a line end's dropped hyphen: split-word's, one finding


def test_one_scanned_token_gets_one_ocr_finding(linter: Linter) -> None:
    text = DAMAGE + "The clerk said tliat the rate was low, and the informa- tion of the line."
    found = _ocr(linter, text)
    second = text.index("tliat", len(DAMAGE))
    assert _on(found, text, second, second + 5) == ["ocr.character-confusion"]
    for token in ("tbe", "arc", "tho"):
        at = text.index(token)
        assert len(_on(found, text, at, at + len(token))) == 1, token
    # a word cut by a hyphen break: the hyphen-break's finding alone, with its fix
    cut = text.index("informa- tion")
    assert _on(found, text, cut, cut + 13) == ["ocr.hyphen-break"]


def test_a_drop_capital_read_a_space_apart_is_a_cut_word(linter: Linter) -> None:
    text = DAMAGE + "A CCORDING to the returns the harvest of the county was good."
    found = _ocr(linter, text)
    assert _on(found, text, 70, 80) == ["ocr.cut-word"]
    assert found[[f.rule for f in found].index("ocr.cut-word")].suggestions == ("ACCORDING",)


def test_ocr_word_findings_still_stand_before_other_deferring_rules(linter: Linter) -> None:
    # The OCR word rules defer among their own pack only: to any other deferring rule (here the
    # glued-words check) their findings are primary, as before they deferred.
    text = DAMAGE + "THE OLD CASTLEMUSEUMS OF THE TOWN WERE SHUT.\nThe hall was closed."
    word = text.index("CASTLEMUSEUMS")
    rules = _on(lint_text(linter, text), text, word, word + 13)
    ocr = [r for r in rules if r.startswith("ocr.")]
    assert len(ocr) <= 1
    if ocr:
        assert rules == ocr


def test_the_engine_settles_in_pack_deferral_first(builtin_rules: list) -> None:
    linter = Linter(builtin_rules, select=["ocr"])
    text = DAMAGE + "The clerk said tliat the rate was low."
    found = linter.lint(Document(text))
    spans = [(f.start, f.end) for f in found if f.rule != "ocr.garbled-word"]
    assert len(spans) == len(set(spans))
