"""Every common HTML and Markdown suffix is read in its markup, found by a directory walk, and
fixed without touching markup or entities (hostile test trust65: `.xhtml`, `.shtml` and `.mdx`
were read as plain text, so `--fix` wrote `&nbsp;` as its character and dropped a heading's
`#`). MDX, whose JSX the Markdown reader cannot keep whole, is checked and never fixed."""

from __future__ import annotations

from pathlib import Path

from newslint.runner import collect, markup_for

from .conftest import run_newslint

HTML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><body>\n'
    '<!--#include virtual="/nav.html" -->\n'
    "<h1>Budget  vote</h1>\n"
    "<p>The the plan&nbsp;was  set .<br/>Its cost&#160;was high .</p>\n"
    "<p><![CDATA[a > b , the the c]]> and  more .</p>\n"
    "</body></html>\n"
)
HTML_FIXED = (
    HTML.replace("Budget  vote", "Budget vote")
    .replace("The the plan&nbsp;was  set .", "The plan&nbsp;was set.")
    .replace("was high .", "was high.")
    .replace("and  more .", "and more.")
)
MARKDOWN = "# Budget  vote\n\nThe the plan&nbsp;was  set .\n\n<b>Its</b>  cost &amp; risk .\n"
MARKDOWN_FIXED = "# Budget vote\n\nThe plan&nbsp;was set.\n\n<b>Its</b> cost &amp; risk.\n"
MDX = "import Chart from './chart'\n\n# Vote\n\nThe the plan&nbsp;was  set .\n\n<Chart x={1} />\n"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xht", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mkdown", ".mdwn")


def test_each_suffix_is_read_in_its_markup() -> None:
    assert {markup_for("a" + s.upper()) for s in HTML_SUFFIXES} == {"html"}
    assert {markup_for("a" + s) for s in (*MARKDOWN_SUFFIXES, ".mdx")} == {"markdown"}


def test_fix_keeps_markup_and_entities_of_every_suffix(tmp_path: Path) -> None:
    for suffix in HTML_SUFFIXES:
        (tmp_path / f"page{suffix}").write_text(HTML, encoding="utf-8")
    for suffix in MARKDOWN_SUFFIXES:
        (tmp_path / f"story{suffix}").write_text(MARKDOWN, encoding="utf-8")
    found = collect([str(tmp_path)]).files
    assert len(found) == len(HTML_SUFFIXES) + len(MARKDOWN_SUFFIXES)
    run_newslint("check", "--fix", "--unsafe-fixes", str(tmp_path))
    for suffix in HTML_SUFFIXES:
        assert (tmp_path / f"page{suffix}").read_text(encoding="utf-8") == HTML_FIXED, suffix
    for suffix in MARKDOWN_SUFFIXES:
        assert (tmp_path / f"story{suffix}").read_text(encoding="utf-8") == MARKDOWN_FIXED, suffix


def test_mdx_is_walked_and_checked_but_never_fixed(tmp_path: Path) -> None:
    page = tmp_path / "post.mdx"
    page.write_text(MDX, encoding="utf-8")
    assert collect([str(tmp_path)]).files == [str(page)]
    checked = run_newslint("check", "--format", "json", str(tmp_path))
    assert "structure.doubled-word" in checked.stdout
    for option in ("--fix", "--diff"):
        refused = run_newslint("check", option, str(page))
        assert refused.returncode == 2
        assert refused.stderr.splitlines() == [
            f"newslint: error: {page}: checked but not fixed: its JSX tags and {{expressions}} "
            "are not Markdown a fix can keep"
        ]
        assert page.read_text(encoding="utf-8") == MDX


def test_the_summary_counts_no_mdx_finding_as_fixable(tmp_path: Path) -> None:
    # --fix refuses .mdx, yet the closing line and --statistics counted its fixes as --fix's.
    page = tmp_path / "post.mdx"
    page.write_text(MDX, encoding="utf-8")
    (tmp_path / "story.md").write_text(MARKDOWN, encoding="utf-8")
    alone = run_newslint("check", str(page)).stdout.splitlines()[-1]
    assert alone.startswith("Found 3 problems") and "fixable" not in alone
    both = run_newslint("check", "--format", "concise", str(tmp_path)).stdout.splitlines()[-1]
    fixed_in_story = run_newslint("check", str(tmp_path / "story.md")).stdout.splitlines()[-1]
    assert both.endswith(fixed_in_story[fixed_in_story.index(";") :])
    statistics = run_newslint("check", "--statistics", str(page)).stdout.splitlines()
    assert statistics and not any(line.endswith(("[*]", "[-]")) for line in statistics)


def test_the_text_report_offers_an_mdx_finding_s_fix_as_a_suggestion(tmp_path: Path) -> None:
    # --fix refuses .mdx, yet the report promised "= fix:" under its findings (debt66).
    page = tmp_path / "post.mdx"
    page.write_text(MDX, encoding="utf-8")
    (tmp_path / "story.md").write_text(MARKDOWN, encoding="utf-8")
    shown = run_newslint("check", str(page)).stdout.splitlines()
    assert not [line for line in shown if line.lstrip().startswith(("= fix:", "= unsafe fix:"))]
    assert [line for line in shown if line.lstrip().startswith("= suggestion:")]
    story = run_newslint("check", str(tmp_path / "story.md")).stdout.splitlines()
    assert [line for line in story if line.lstrip().startswith("= fix:")]
