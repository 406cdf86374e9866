"""Stop 45's hostile review: professional copy the stop's new patterns misread, each beside a case
the rule must still report.
"""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter

from .conftest import findings_of, spans_of


@pytest.mark.parametrize(
    "text",
    [
        # A programme, a show or a group named by a sentence adverb, after an article or a
        # possessive: no sentence ends on "the", so the word is a name's.
        "The minister told the Today programme that talks would resume.\n",
        "She appeared on the Today show on Tuesday and spoke about her book.\n",
        "Campaigners from the Together for Yes group met the minister.\n",
        # A firm or a person named after the noun that introduces them.
        "A spokesperson for job site Indeed said hiring had slowed in the autumn.\n",
        "Former CBS anchor Rather said the story was accurate.\n",
    ],
)
def test_a_name_spelled_as_a_sentence_adverb_is_no_lost_full_stop(
    linter: Linter, text: str
) -> None:
    assert findings_of(linter, text, "structure.missing-sentence-break") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The talks went on in the afternoon During their call the ministers agreed.\n", "During"),
        ("Both sides agreed to a ceasefire However, fighting resumed at dawn.\n", "However"),
        ("The rally was held on the square Indeed, thousands came.\n", "Indeed"),
        ("They did not wait for the vote Rather, they walked out.\n", "Rather"),
        ("The council met in the morning Today the mayor will speak.\n", "Today"),
    ],
)
def test_a_lost_full_stop_before_a_sentence_adverb_is_still_reported(
    linter: Linter, text: str, word: str
) -> None:
    found = findings_of(linter, text, "structure.missing-sentence-break")
    assert spans_of(text, found) == [word]


def test_a_work_titled_by_a_sentence_adverb_is_no_lost_full_stop(linter: Linter) -> None:
    text = "He sang the song Yesterday at the gala, and the NBC show Today aired it.\n"
    assert findings_of(linter, text, "structure.missing-sentence-break") == []


def test_an_invisible_character_written_as_a_reference_is_set_on_purpose(linter: Linter) -> None:
    # "&shy;" marks where a long word may break, "&zwnj;" keeps two letters apart: a publisher's
    # markup, which --fix must not delete. The character itself in the text is still reported.
    text = "<p>The hyph&shy;enated word and the zero&#8203;width space, and the&zwnj;joiner.</p>\n"
    found = linter.lint(Document.from_raw(text, markup="html"))
    assert [f for f in found if f.rule == "encoding.invisible-character"] == []
    # Invisible as a comment is: the word's halves are one word ("regierung" is no German left).
    word = "<p>The Bundes&shy;regierung said the agree&shy;ment would be signed on Monday.</p>\n"
    assert [f.rule for f in linter.lint(Document.from_raw(word, markup="html"))] == []
    typed = "<p>The hyph\u00adenated word was left by a converter.</p>\n"
    found = linter.lint(Document.from_raw(typed, markup="html"))
    assert [typed[f.start : f.end] for f in found if f.rule == "encoding.invisible-character"] == [
        "\u00ad"
    ]
