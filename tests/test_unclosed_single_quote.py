"""typography.unclosed-single-quote on quotations that do close (texts written here)."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.unclosed-single-quote"


def _words(linter: Linter, text: str, path: str = "<string>", markup: str = "plain") -> list[str]:
    doc = Document.from_raw(text, path, markup=markup)
    return [text[f.start : f.end] for f in linter.lint(doc) if f.rule == _RULE]


@pytest.mark.parametrize(
    "text",
    [
        # closed after a nested double quotation, a dash or a per cent sign
        "The poster read ‘Vote “Yes”’ in red letters across the square.\n",
        "She began, ‘I was only trying to —’ before the chairman cut her off.\n",
        "The headline asked ‘Can rates fall below 2%’ and readers answered.\n",
        # closed on the next line of a paragraph wrapped by hand
        "The minister said the plan was ‘a matter of national\npride’ and work would start.\n",
        # clipped words, capitalised at a sentence's start
        "‘Tis the season for the market, and the shop stays open ‘til late.\n",
    ],
)
def test_a_closed_quotation_or_a_clipped_word_is_silent(linter: Linter, text: str) -> None:
    assert _words(linter, text) == []


def test_a_close_after_markup_is_seen(linter: Linter) -> None:
    html = "<p>The mayor called the plan ‘a <em>serious mistake</em>’ on Monday.</p>\n"
    assert _words(linter, html, "a.html", "html") == []
    unclosed = "<p>The mayor called the plan ‘a <em>serious</em> mistake.</p>\n<p>He left.</p>\n"
    assert _words(linter, unclosed, "b.html", "html") == ["‘a"]


def test_a_new_paragraph_or_sentence_line_does_not_close_it(linter: Linter) -> None:
    text = "The mayor wrote, ‘Work for the city or leave.\nThe farmers’ fields flooded.\n"
    assert _words(linter, text) == ["‘Work"]
