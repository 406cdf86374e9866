"""An HTML page's front matter (Jekyll, Hugo and Eleventy templates carry YAML or TOML atop the
HTML) is markup, as in Markdown: never checked, never fixed (hostile test trust65: `--fix`
rewrote `title: The the plan .` to `title: The plan.` in a Jekyll page's front matter)."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.fix import fix_raw

from .conftest import surface_linter

BODY = "<p>The council met on Tuesday .</p>\n"


@pytest.mark.parametrize(
    "front",
    [
        "---\ntitle: The the plan .\nlayout: post\n---\n",
        "---\r\ntitle: The the plan .\r\n---\r\n",
        '+++\ntitle = "The the plan ."\n+++\n',
    ],
)
def test_front_matter_of_an_html_page_is_neither_checked_nor_fixed(front: str) -> None:
    raw = front + BODY
    linter = surface_linter()
    doc = Document.from_raw(raw, "page.html", "html")
    body = len(front.replace("\r\n", "\n"))
    assert [f.rule for f in linter.lint(doc) if f.start < body] == []
    fixed = fix_raw(raw, "page.html", linter.lint, markup="html").raw
    assert fixed == front + "<p>The council met on Tuesday.</p>\n"
