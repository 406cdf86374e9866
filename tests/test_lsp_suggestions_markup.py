"""A suggestion is offered as a quick fix only where `--fix` would apply it: it replaces the
finding's whole span, and in Markdown or HTML that span may hold markup (a spaced apostrophe's
"council <b>s</b>", a doubled word's "said *said*"). Replaced, the editor's document lost the tag
or the emphasis mark (hostile test of stop 63's new suggestions). Texts written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("pygls", reason="pip install 'newslint[lsp]'")
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from newslint.config import Settings
from newslint.document import Document
from newslint.finding import Finding
from newslint.server.actions import ActionBuilder
from newslint.server.linting import Linted
from newslint.server.positions import Positions

SUFFIX = {"plain": "txt", "markdown": "md", "html": "html"}


def _replacements(text: str, markup: str, span: str, suggestion: str) -> list[str]:
    """The texts the suggestion's quick fixes would leave in the editor."""
    doc = Document.from_raw(text, f"story.{SUFFIX[markup]}", markup)
    start = text.index(span)  # markup is blanked in doc.text, at the same offsets
    finding = Finding(
        "encoding.spaced-apostrophe", "warning", "spaced", start, start + len(span),
        suggestions=(suggestion,),
    )  # fmt: skip
    linted = Linted(doc.path, text, doc, [finding], Settings())
    builder = ActionBuilder("file:///story", linted, Positions(doc, PositionCodec()))
    results = []
    for action in builder.fixes(finding, []):
        assert action.edit is not None and action.edit.changes is not None
        (edit,) = action.edit.changes["file:///story"]
        results.append(_applied(text, edit))
    return results


def _applied(text: str, edit: types.TextEdit) -> str:
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    start = starts[edit.range.start.line] + edit.range.start.character
    end = starts[edit.range.end.line] + edit.range.end.character
    return text[:start] + edit.new_text + text[end:]


@pytest.mark.parametrize(
    ("markup", "text", "span"),
    [
        ("markdown", "The council *s* plan was approved.\n", "council *s*"),
        ("html", "<p>The council <b>s</b> plan was approved.</p>\n", "council <b>s</b>"),
        ("html", "<p>They don<i> t</i> agree.</p>\n", "don<i> t</i>"),
    ],
)
def test_a_suggestion_over_markup_is_not_offered(markup: str, text: str, span: str) -> None:
    assert _replacements(text, markup, span, "council’s") == []


@pytest.mark.parametrize(
    ("markup", "text", "expected"),
    [
        ("plain", "The council s plan was approved.\n", "The council’s plan was approved.\n"),
        ("markdown", "The *council s* plan.\n", "The *council’s* plan.\n"),
        ("html", "<p>The <b>council s</b> plan.</p>\n", "<p>The <b>council’s</b> plan.</p>\n"),
    ],
)
def test_a_suggestion_inside_the_text_is_offered(markup: str, text: str, expected: str) -> None:
    assert _replacements(text, markup, "council s", "council’s") == [expected]
