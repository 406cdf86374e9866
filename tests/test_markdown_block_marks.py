"""Markdown's own marks are not the text's (review58): a setext heading's underline and a
thematic break are not separator rules a scraper left, and a backslash line break is not part
of the word before it. Texts written for these tests."""

from __future__ import annotations

from newslint.document import Document
from tests.conftest import surface_linter

LINTER = surface_linter()

SETEXT_AND_BREAKS = (
    "Talks resume in the capital\n"
    "---------------------------\n\n"
    "Officials said the talks ended on Monday after a long week of meetings.\n\n"
    "----------\n\n"
    "The minister spoke on Tuesday about the budget and the port.\n\n"
    "Ferries and the port\n"
    "====================\n\n"
    "More text about the ferries follows here, as the minister said.\n\n"
    "* * * * *\n\n"
    "> ___\n"
)


def test_setext_underlines_and_thematic_breaks_are_markup() -> None:
    doc = Document.from_raw(SETEXT_AND_BREAKS, "story.md", "markdown")
    assert not any(char in doc.prose.text for char in "=*_")
    assert doc.prose.text.count("-") == 0
    assert LINTER.lint(doc) == []


def test_a_separator_the_text_writes_is_still_text() -> None:
    # After a blank line "====" is a paragraph of its own, not a heading's underline.
    text = "The minister spoke on Tuesday.\n\n==========\n\nThe port reopened.\n"
    doc = Document.from_raw(text, "story.md", "markdown")
    assert "==========" in doc.prose.text


def test_a_backslash_line_break_is_not_part_of_the_word() -> None:
    text = "Officials said the talks ended\\\nafter a long week of meetings.\n"
    doc = Document.from_raw(text, "story.md", "markdown")
    assert "\\" not in doc.prose.text
    assert "ended\nafter" in doc.prose.text
    # An escaped backslash before the line's end is a backslash the text writes.
    escaped = Document.from_raw("A path C:\\\\\nnext line.\n", "story.md", "markdown")
    assert "\\" in escaped.prose.text


def test_a_reference_definition_over_several_lines_is_markup() -> None:
    # The parser gives a definition no token; its title or target may stand on the next line.
    text = (
        "Read [the report][r] today.\n\n"
        '[r]: http://example.org/a\n  "Sir. Blinken said the the title"\n\n'
        "[u]:\n  http://example.org/the_the\n\nThe port reopened.\n"
    )
    doc = Document.from_raw(text, "story.md", "markdown")
    assert doc.prose.text.split() == ["Read", "the", "report", "today.", "The", "port", "reopened."]
    assert LINTER.lint(doc) == []
