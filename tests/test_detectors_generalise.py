"""Rules that judge by structure and vocabulary rather than by listed strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.errors import RuleError
from newslint.rules import load_pack

from .conftest import rules_at

ARTICLE = (
    "A headline about the talks\n\nThe talks began on Monday.\n\n{line}\n\nThey ended on Friday.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Share via email",
        "Comments (12)",
        "Previous Next",
        "Updated 2 hours ago",
        "More on this story",
    ],
)
def test_interface_vocabulary_lines_are_furniture(linter: Linter, line: str) -> None:
    text = ARTICLE.format(line=line)
    assert rules_at(linter, text, line) == ["scrape.furniture-line"]


@pytest.mark.parametrize(
    "line", ["Share prices fell", "Next steps for the coalition", "More than 40 people came."]
)
def test_headings_and_prose_are_not_furniture(linter: Linter, line: str) -> None:
    text = ARTICLE.format(line=line)
    assert rules_at(linter, text, line) == []


def test_a_listed_boilerplate_line_is_reported_once(linter: Linter) -> None:
    text = ARTICLE.format(line="Leave a Reply")
    assert rules_at(linter, text, "Leave a Reply") == ["scrape.boilerplate-line"]


def test_furniture_word_lists_must_be_strings(tmp_path: Path) -> None:
    # In a YAML list `on`, `off` and `no` load as booleans and would silently never match.
    pack = tmp_path / "site.yaml"
    pack.write_text(
        "pack: site\nrules:\n  - id: site.furniture\n    kind: furniture\n    severity: warning\n"
        '    message: "furniture"\n    description: Site chrome.\n    interface: [share, on]\n'
        '    examples:\n      - bad: "Share on\\n"\n        span: "Share on\\n"\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleError, match="interface"):
        load_pack(pack)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("The plan covers the nuclearweapons programme.", "nuclearweapons"),
        ("Officials said Thestudy was flawed.", "Thestudy"),
        ("Heald spoke first. Then Healdtold reporters more.", "Healdtold"),
        ("Anita spoke first. Then Anitawill tell the board more.", "Anitawill"),
        ("Runost spoke first. Then Runostwants the board to wait.", "Runostwants"),
        ("The court sat inthe afternoon.", "inthe"),
    ],
)
@pytest.mark.slow
def test_glued_words_beyond_function_words(linter: Linter, text: str, glued: str) -> None:
    assert "mt.glued-words" in rules_at(linter, text, glued)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        # wordfreq has seen both tokens as web typos, yet their halves are far likelier
        ("Shops suchas bakeries reopened on Monday.", "suchas"),
        ("The fund pays for repairs, suchas roofs and wells.", "suchas"),
    ],
)
def test_a_glue_wordfreq_has_seen_splits_when_its_halves_are_far_likelier(
    linter: Linter, text: str, glued: str
) -> None:
    assert "mt.glued-words" in rules_at(linter, text, glued)


@pytest.mark.parametrize(
    "text",
    [
        "The ingoing tenant signed; the outride began at dawn.",
        "Nonetheless, the alot of land stayed with the realestate firm.",
    ],
)
def test_words_built_from_a_prefix_or_a_compound_are_not_split(linter: Linter, text: str) -> None:
    assert not [f for f in linter.lint(Document.from_raw(text)) if f.rule == "mt.glued-words"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials cited cyberactivity and counteractions.",
        "Judge Goldwell and Mr. Hartwell met the Andover council.",
        "The stokehole crew reported.",
        # a surname built from a name the article uses and a noun: 'gate', 'papa', 'bridge'
        "Alison Merrow said so. Ms Merrow's deputy, Ian Merrowgate, will take the minutes.",
        "Tom Kendal and Sara Kendalbridge met. Mr Kendal left early.",
        "Runost spoke first; then Runostpapa answered him.",
    ],
)
def test_compounds_and_surnames_are_not_glued(linter: Linter, text: str) -> None:
    assert not [f for f in linter.lint(Document.from_raw(text)) if f.rule == "mt.glued-words"]


def test_a_running_head_inside_a_sentence_is_found_and_rejoined(linter: Linter) -> None:
    from newslint.fix import fix_raw

    text = "Headline\n\nThe final result is thus\n\nCIRCUMSTANCES FAVOURABLE TO SELECTION 57\n\nrendered complex.\n"
    assert "ocr.running-head" in rules_at(linter, text, "CIRCUMSTANCES")
    fixed = fix_raw(text, "a.txt", linter.lint).raw
    assert "The final result is thus rendered complex." in fixed


def test_straight_quotes_that_pair_up_are_balanced(linter: Linter) -> None:
    text = 'The mayor said," the budget works". Then she left.\n'
    assert not [f for f in linter.lint(Document.from_raw(text)) if "quote" in f.rule]
