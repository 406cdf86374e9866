"""Code in Markdown is never prose and never fixed (review58): a code span the parser reads with
other content than its source spells (wrapped over lines, padded with spaces), raw `<code>`
elements, and a fix that moves where a code span starts or ends. Texts written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix
from newslint.fix import fix_raw
from newslint.markup.structure import structure
from tests.conftest import surface_linter

from .conftest import run_newslint

LINTER = surface_linter()

CODE = [
    "Text with `Sir. Blinken\nsaid the the` across lines.\n",
    "Also `` Sir. Blinken said the the `x` `` with spaces.\n",
    "- item `Sir. Blinken\n  said the the` wrapped\n",
    "> quoted `Sir. Blinken\n> said the the` wrapped\n",
    "Spaced ` Sir. Blinken said the the ` here.\n",
    "Inline <code>Sir. Blinken said the the</code> here.\n",
    "Keys <CODE class='k'>Sir. Blinken said the the</CODE> here.\n",
    "Press <kbd>Sir. Blinken the the</kbd> now.\n",
    "Output <samp>Sir. Blinken the the</samp> and <var>the the</var> and <tt>the the</tt>.\n",
    "A backslash `the the\\` and Sir. Blinken after it.\n",
]


@pytest.mark.parametrize("text", CODE)
def test_code_spans_are_masked_and_never_fixed(text: str) -> None:
    doc = Document.from_raw(text, "story.md", "markdown")
    assert "the the" not in doc.prose.text
    fixed = fix_raw(text, "story.md", LINTER.lint, markup="markdown").raw
    assert _code(fixed) == _code(text)
    assert structure(fixed, "markdown") == structure(text, "markdown")


def _code(text: str) -> list[str]:
    """The code spans the parser reads and the raw `<code>` elements, as written."""
    from markdown_it import MarkdownIt

    spans = [
        child.content
        for token in MarkdownIt("commonmark").parse(text)
        for child in token.children or []
        if child.type == "code_inline"
    ]
    elements = re.finditer(r"(?is)<(code|kbd|samp|var|tt)\b[^>]*>.*?</\1>", text)
    return spans + [element.group() for element in elements]


def test_prose_after_a_code_span_is_still_checked() -> None:
    text = "Run `the the` first. Sir. Blinken said so.\n"
    fixed = fix_raw(text, "story.md", LINTER.lint, markup="markdown").raw
    assert fixed == "Run `the the` first. Mr. Blinken said so.\n"


def test_a_fix_that_moves_a_code_span_is_refused() -> None:
    # Turning the outer backticks into quotation marks leaves one code span as before, `x`,
    # but what was code is now prose: the structure must say so.
    text = "Also `` said `x` `` here.\n"

    def lint(doc: Document) -> list[Finding]:
        edits = []
        for needle, replacement in ((" `` ", "\u201d"), (" ``", " \u201c")):
            at = doc.original.find(needle)
            edits.append(Edit(at, at + len(needle), replacement))
        edits.sort(key=lambda edit: edit.start)
        return [Finding("t.x", "error", "m", edits[0].start, edits[-1].end, Fix(tuple(edits)))]

    assert structure("Also\u201dsaid `x` \u201c here.\n", "markdown") != structure(text, "markdown")
    assert fix_raw(text, "a.md", lint, markup="markdown").raw == text


def test_a_fix_that_edits_a_link_target_changes_the_structure() -> None:
    assert structure("[a](http://e.org/a)\n", "markdown") != structure(
        "[a](http://e.org/b)\n", "markdown"
    )
    # An image's alt text is prose, which a fix may edit.
    assert structure("![the the](p.png)\n", "markdown") == structure("![the](p.png)\n", "markdown")


def test_cli_fix_leaves_a_wrapped_code_span_alone(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    text = "Sir. Blinken ran `the the\nthe the` twice.\n"
    path.write_text(text, encoding="utf-8")
    result = run_newslint("check", "--fix", "--grammar", "off", str(path))
    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8") == "Mr. Blinken ran `the the\nthe the` twice.\n"


def test_code_like_html_elements_are_not_prose() -> None:
    # Keyboard input, a program's output, a variable and typewriter text keep their words.
    text = (
        "<p>Press <kbd>Sir. Blinken the the</kbd> now.</p>\n"
        "<p>Output <samp>the the</samp>, <var>the the</var>, <tt>the the</tt>.</p>\n"
        "<p>Sir. Blinken said the the thing.</p>\n"
    )
    fixed = fix_raw(text, "page.html", LINTER.lint, markup="html").raw
    assert fixed == text.replace("Sir. Blinken said the the", "Mr. Blinken said the")
