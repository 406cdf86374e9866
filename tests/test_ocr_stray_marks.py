"""Marks a scanner left beside a word ("the' trial", "'remand", "throat- with"): reported where no
typeset sentence puts them, and left alone where writers do (quotes, elisions, compounds)."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules
from newslint.ocr_specks import hanging_hyphens, lone_quotes, marks_after_determiners


def _marks(text: str) -> list[str]:
    found = [*marks_after_determiners(text), *lone_quotes(text)]
    found += hanging_hyphens(text, Vocabulary().zipf)
    return [text[start:end] + "@" + str(start) for start, end in sorted(set(found))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in order that the' trial might go on", ["'@17"]),
        ("the money was given by a, relative of hers", [",@24"]),
        ("she saw the: child in the road", [":@11"]),
        ("he was charged on 'remand with theft", ["'@18"]),
        ("the goods were thought to have been' stolen, and sold", ["'@35"]),
        ("he cut his throat- with a razor", ["-@17"]),
        ("He- said that he would go", ["-@2"]),
        # a quote before a capital answered by the next opening, or by none before the end
        (
            "we were told; 'Now, the town's bells ring; 'Sing loud, all the day!' they cried",
            ["'@14"],
        ),
        ("the meeting began.\n'After a long talk the vote was put.", ["'@19"]),
    ],
)
def test_a_stray_mark_beside_a_word_is_found(text: str, expected: list[str]) -> None:
    assert _marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'the', said he, is a word; he said 'go away' and left.",
        "the prisoners' landlady was goin' home; 'tis true, 'em too.",
        "pre- and post-war plans, two- or three-day trips and the com- pany.",
        "a boot- maker at the Police- court; plan a, b and c at 10 a. m.",
        "The end. the next one",
        "He said 'We will go. The boats are ready and the men too.' and left.",
        "He said: 'We will go.\n\n'The boats leave,' he added; 'Tis late.",
        "He said: 'We will go.\n'The boats leave,' he added.",
        "the clerk replied, 'The work is late, but the weather has been against us, and",
        "He said: 'We will go. 'The boats leave,' he added; 'Mid the rain they sailed.",
        "The sign read 'Most Excellent and far fam'd Cheese\": a poem",
    ],
)
def test_quotes_elisions_and_compounds_are_not_found(text: str) -> None:
    assert _marks(text) == []


def test_the_rule_reports_them_in_scanned_text_only() -> None:
    linter = Linter([r for r in load_rules() if r.id == "ocr.lone-mark"])
    scanned = (
        "It was said tliat tbe men arc ready and tho 2oth is set. He cut his throat- with a razor."
    )
    spans = [scanned[f.start : f.end] for f in linter.lint(Document.from_raw(scanned))]
    assert spans == ["-"]
    typed = "Chapter one. He cut his throat- with a razor, the novel says."
    assert linter.lint(Document.from_raw(typed)) == []
