"""--fix in Markdown and HTML: markup is structure, never edited or created (issue 19, items 1, 2, 20)."""

from __future__ import annotations

from pathlib import Path

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix
from newslint.fix import fix_raw
from newslint.markup.structure import structure
from tests.conftest import surface_linter

from .conftest import run_newslint

LINTER = surface_linter()

TABLE = """# Results by district

| District | Winner |
|---|:---:|
| North Ward | Smith held the seat again |
| North Ward | Smith held the seat again |

Officials said the count ended late.
"""


def fixed(text: str, markup: str) -> str:
    return fix_raw(text, "story", LINTER.lint, markup=markup).raw


def test_table_pipes_and_delimiter_row_are_masked_cells_stay_prose() -> None:
    doc = Document.from_raw(TABLE, "t.md", "markdown")
    for offset, character in enumerate(TABLE):
        if character == "|" or TABLE.startswith("|---|:---:|", offset):
            assert doc.is_masked(offset, offset + 1), (offset, character)
    assert "Smith held the seat again" in doc.text
    assert "|" not in doc.text and "---" not in doc.text


def test_fix_keeps_markdown_table_pipes_and_repeated_rows() -> None:
    assert fixed(TABLE, "markdown") == TABLE


def test_fix_keeps_pipes_between_words_in_html_text() -> None:
    page = "<p>Home | World | Politics</p>\n<p>Markets fell | and rose again.</p>\n"
    assert fixed(page, "html") == page


def test_cells_are_still_checked_as_prose() -> None:
    damaged = TABLE.replace("Smith held the seat again |\n|", "Sir. Blinken held the seat |\n|", 1)
    after = fixed(damaged, "markdown")
    assert "| Mr. Blinken held the seat |" in after
    assert after.count("|") == damaged.count("|")


def test_escape_fix_in_html_writes_the_character_never_a_live_tag() -> None:
    page = "<p>He typed \\u003cscript\\u003ealert(1)\\u003c/script\\u003e in the box.</p>\n"
    after = fixed(page, "html")
    assert "<script>" not in after
    assert after == "<p>He typed &lt;script&gt;alert(1)&lt;/script&gt; in the box.</p>\n"


def test_escape_fix_in_markdown_never_makes_a_link() -> None:
    text = "See \\u005bx\\u005d\\u0028http://e.com\\u0029 for more.\n"
    after = fixed(text, "markdown")
    # The brackets are escaped; a parenthesis after an escaped bracket opens no link.
    assert after == "See \\[x\\](http://e.com) for more.\n"
    assert structure(after, "markdown") == structure(text, "markdown")


def test_escape_fix_in_plain_text_is_the_character() -> None:
    assert fixed("A \\u003cb\\u003e tag.\n", "plain") == "A <b> tag.\n"


def edit_at(text: str, needle: str, replacement: str) -> Finding:
    start = text.index(needle)
    end = start + len(needle)
    return Finding("t.x", "error", "m", start, end, Fix((Edit(start, end, replacement),)))


def test_a_fix_that_would_create_markup_is_refused_by_the_fixer() -> None:
    text = "The word star is here and there.\n"

    def lint(doc: Document) -> list[Finding]:
        return [edit_at(doc.text, "star", "*star*")] if "star is" in doc.text else []

    outcome = fix_raw(text, "a.md", lint, markup="markdown")
    assert outcome.raw == text and outcome.refused == 1
    assert (
        fix_raw(text, "a.txt", lint, markup="plain").raw == "The word *star* is here and there.\n"
    )


def test_a_fix_touching_masked_markup_or_outside_its_finding_is_refused() -> None:
    text = "Read [the report](http://e.com/a) today.\n"

    def edits_link_target(doc: Document) -> list[Finding]:
        return [edit_at(doc.original, "/a)", "/b)")]

    def edits_outside_its_finding(doc: Document) -> list[Finding]:
        finding = edit_at(doc.text, "today", "now")
        wide = Fix((Edit(0, finding.end, "Now"),))
        return [Finding("t.x", "error", "m", finding.start, finding.end, wide)]

    assert fix_raw(text, "a.md", edits_link_target, markup="markdown").raw == text
    assert fix_raw(text, "a.txt", edits_outside_its_finding).raw == text


def test_repeated_line_edit_lies_inside_its_reported_span() -> None:
    text = "Talks resume in Geneva\n\nThe delegations met on Monday in the city.\n\nThe delegations met on Monday in the city.\n\nNothing was agreed.\n"
    doc = Document(text)
    (finding,) = [f for f in LINTER.lint(doc) if f.rule == "structure.repeated-line"]
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert finding.start <= edit.start <= edit.end <= finding.end
    assert doc.position(finding.start) == (5, 1)
    assert fixed(text, "plain") == text.replace(
        "The delegations met on Monday in the city.\n\n", "", 1
    )


def test_cli_fix_keeps_a_markdown_table(tmp_path: Path) -> None:
    path = tmp_path / "results.md"
    path.write_text(TABLE, encoding="utf-8")
    result = run_newslint("check", "--fix", "--grammar", "off", str(path))
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == TABLE


def test_a_link_whose_target_the_source_spells_otherwise_is_masked_whole() -> None:
    # A reference link's target is defined elsewhere, and the parser normalises a target
    # ("café" percent-encoded, "<…>" unwrapped): their "]" and what follows it were left in
    # prose, where "]" closed nothing (a warning on every reference link).
    text = (
        "Read this [report] and [the budget][1] and [the plan][] before the vote.\n\n"
        "The [café](https://example.org/café) and [the hall](<https://example.org/a b>) shut.\n\n"
        "[report]: https://example.org/r\n[1]: https://example.org/b\n"
        "[the plan]: https://example.org/p\n"
    )
    doc = Document.from_raw(text, "t.md", "markdown")
    for offset, character in enumerate(text):
        if character in "[]":
            assert doc.is_masked(offset, offset + 1), (offset, text[offset - 10 : offset + 5])
    assert "report" in doc.text and "the budget" in doc.text and "café" in doc.text
    assert "example.org" not in doc.text.split("\n\n")[1]
    assert [f.rule for f in LINTER.lint(doc)] == []
