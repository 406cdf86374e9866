"""typography.quote-direction in HTML and Markdown (issue 14): markup is blanked to spaces, so an
opening mark before an inline tag ("“<b>never") read as one before a space, was reported, and
--fix turned it round ("said”<b>never</b>"), damaging a correct document (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULE = "typography.quote-direction"


def _reported(text: str, markup: str) -> list[int]:
    linter = Linter([rule for rule in load_rules() if rule.id == RULE])
    found = linter.lint(Document.from_raw(text, markup=markup))
    return [text.index("“", f.start) if "“" in text[f.start : f.end] else f.start for f in found]


def test_a_mark_that_touches_its_word_through_an_inline_tag_is_not_turned() -> None:
    html = (
        '<p>He said “<b>never</b> again” and “<a href="/x">the link</a> here” and then '
        "“it <i>was</i>” too.</p>\n"
    )
    assert _reported(html, "html") == []
    markdown = "He said “[the link](http://x.y) here” and “**never** again” today.\n"
    assert _reported(markdown, "markdown") == []


def test_a_mark_before_a_break_or_a_space_is_still_turned() -> None:
    html = "<p>It ended there. “</p>\n<p>He said “ <b>never</b> again” today.</p>\n"
    assert _reported(html, "html") == [html.index("“"), html.index("“ <b>")]
    plain = "He said “ never again” today.\n"
    assert _reported(plain, "plain") == [plain.index("“")]
