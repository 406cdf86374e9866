"""Inline directives and the baseline: what they turn off, and what they must not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.finding import FileResult, Finding
from newslint.suppress import Baseline, Suppressions, directives

from .conftest import run_newslint


def at(text: str, fragment: str, rule: str = "mt.mistranslated-honorific") -> Finding:
    start = text.index(fragment)
    return Finding(rule, "error", "m", start, start + len(fragment))


def kept(doc: Document, *findings: Finding) -> list[Finding]:
    return Suppressions.of(doc).filter(list(findings))


# --- directives ---------------------------------------------------------------------------------


def test_disable_and_enable_cover_the_text_between_them() -> None:
    text = "<!-- newslint-disable mt -->\nSir. A.\n<!-- newslint-enable mt -->\nSir. B.\n"
    doc = Document.from_raw(text, "a.md", "markdown")
    assert kept(doc, at(text, "Sir. A"), at(text, "Sir. B")) == [at(text, "Sir. B")]


def test_next_line_in_plain_text_and_prefix_matching() -> None:
    text = "newslint-disable-next-line mt\nSir. A.\nSir. B.\n"
    doc = Document(text)
    assert kept(doc, at(text, "Sir. A"), at(text, "Sir. B")) == [at(text, "Sir. B")]
    other = at(text, "Sir. A", rule="typography.x")
    assert kept(doc, other) == [other]  # names only the mt pack


def test_a_plain_text_directive_may_follow_blanks_and_a_comment_marker() -> None:
    text = "\t # newslint-disable-next-line mt\nSir. A.\n  //newslint-disable-next-line\nSir. B.\n"
    text += " " * 5_000 + "\n#newslint-disable-next-line\nSir. C.\nSir. D.\n"
    found = [at(text, f"Sir. {letter}") for letter in "ABCD"]
    assert kept(Document(text), *found) == [found[3]]
    assert [d.kind for d in directives(Document("# # newslint-disable\nx"))] == []


def test_a_directive_with_no_rule_covers_every_rule() -> None:
    text = "newslint-disable-next-line\nSir. A.\n"
    assert kept(Document(text), at(text, "Sir. A", rule="ocr.x")) == []


def test_unused_directives_are_reported() -> None:
    text = "newslint-disable-next-line structure\nSir. A.\n"
    suppressions = Suppressions.of(Document(text))
    assert suppressions.filter([at(text, "Sir. A")]) == [at(text, "Sir. A")]
    [unused] = suppressions.unused()
    assert unused.rule == "newslint.unused-suppression" and unused.start == 0


MARKDOWN_DOCS = """# How to silence newslint

Write `<!-- newslint-disable -->` before the text, like this:

```markdown
<!-- newslint-disable -->
```

    <!-- newslint-disable-next-line mt -->

Sir. Blinken spoke.
"""


def test_directives_shown_as_code_in_markdown_are_not_honoured() -> None:
    doc = Document.from_raw(MARKDOWN_DOCS, "a.md", "markdown")
    assert directives(doc) == []
    assert kept(doc, at(MARKDOWN_DOCS, "Sir.")) == [at(MARKDOWN_DOCS, "Sir.")]


def test_directives_shown_as_code_in_html_are_not_honoured() -> None:
    text = (
        "<p>Use <code><!-- newslint-disable --></code> to silence it.</p>\n<p>Sir. Blinken.</p>\n"
    )
    doc = Document.from_raw(text, "a.html", "html")
    assert kept(doc, at(text, "Sir.")) == [at(text, "Sir.")]


def test_a_page_documenting_the_directive_is_still_checked(tmp_path: Path) -> None:
    (tmp_path / "help.md").write_text(MARKDOWN_DOCS, encoding="utf-8")
    result = run_newslint(
        "check", "--grammar", "off", "--format", "concise", "help.md", cwd=tmp_path
    )
    assert "help.md:11:1: error mt.mistranslated-honorific" in result.stdout, result.stdout


# --- baseline -----------------------------------------------------------------------------------


def test_baseline_keys_are_relative_to_the_baseline_file(tmp_path: Path) -> None:
    baseline = Baseline(root=tmp_path)
    for spelling in ("b.txt", "./b.txt", str(tmp_path / "b.txt")):
        absolute = spelling if spelling.startswith("/") else str(tmp_path / spelling)
        assert baseline.path_key(absolute) == "b.txt"
    assert baseline.path_key(str(tmp_path / "sub" / ".." / "b.txt")) == "b.txt"


@pytest.fixture()
def recorded(tmp_path: Path) -> Path:
    (tmp_path / ".newslint.yaml").write_text("grammar: off\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Sir. Blinken spoke.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    made = run_newslint(
        "check", "--baseline", "base.json", "--update-baseline", "b.txt", cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    assert json.loads((tmp_path / "base.json").read_text())["findings"][0]["path"] == "b.txt"
    return tmp_path


@pytest.mark.parametrize(
    ("where", "baseline", "path"),
    [
        (".", "base.json", "b.txt"),
        (".", "base.json", "./b.txt"),
        (".", "base.json", "ABSOLUTE"),
        ("sub", "../base.json", "../b.txt"),
    ],
)
def test_a_baseline_matches_however_the_file_is_named(
    recorded: Path, where: str, baseline: str, path: str
) -> None:
    named = str(recorded / "b.txt") if path == "ABSOLUTE" else path
    result = run_newslint("check", "--baseline", baseline, named, cwd=recorded / where)
    assert result.returncode == 0, result.stdout + result.stderr


def test_record_counts_each_finding(tmp_path: Path) -> None:
    text = "Sir. A. Sir. A.\n"
    doc = Document(text)
    first, second = at(text, "Sir. A"), Finding("mt.mistranslated-honorific", "error", "m", 8, 14)
    path = str(tmp_path / "a.txt")
    baseline = Baseline.record([FileResult(path, doc, [first, second])], str(tmp_path / "b.json"))
    assert baseline.size == 2
    baseline.save(str(tmp_path / "b.json"))
    loaded = Baseline.load(str(tmp_path / "b.json"))
    assert loaded.unknown(path, doc, [first, second]) == []


STORY = "The council met.\n\nLeave a Reply\n\nThe vote was close.\n"
ENDING = "The council met.\n\nThe vote was close.\n\nLeave a Reply\n"


@pytest.mark.parametrize(
    ("story", "edited"),
    [
        (STORY, STORY.replace("was close.", "was very close, officials said.")),
        (STORY, STORY.replace("The council met.", "The city council met on Tuesday.")),
        (STORY, STORY + "\nA second vote is due in March.\n"),
        (ENDING, ENDING + "\nA second vote is due in March.\n"),
    ],
)
def test_a_baselined_line_survives_edits_to_the_paragraphs_around_it(
    tmp_path: Path, story: str, edited: str
) -> None:
    """A whole-line finding's span takes in the blank line after it; its key must not take in
    the next paragraph, or editing that paragraph made the baselined line new again."""
    (tmp_path / ".newslint.yaml").write_text("grammar: off\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(story, encoding="utf-8")
    made = run_newslint("check", "--baseline", "B.json", "--update-baseline", "b.txt", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Leave a Reply" in (tmp_path / "B.json").read_text(encoding="utf-8")
    (tmp_path / "b.txt").write_text(edited, encoding="utf-8")
    result = run_newslint("check", "--baseline", "B.json", "b.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_baseline_key_holds_only_the_findings_own_lines(tmp_path: Path) -> None:
    baseline = Baseline(root=tmp_path)
    path = str(tmp_path / "b.txt")
    keys = set()
    for after in ("The vote was close.", "Something else entirely."):
        text = STORY.replace("The vote was close.", after)
        start = text.index("Leave a Reply")
        whole_line = Finding("scrape.boilerplate-line", "error", "m", start, start + 15)
        keys.add(baseline.key(path, Document(text), whole_line))
    assert keys == {("b.txt", "scrape.boilerplate-line", "Leave a Reply")}


def test_a_baseline_written_with_the_earlier_key_still_matches(tmp_path: Path) -> None:
    """Version 1 files took the line after a whole-line finding into its context: their
    entries still match the unedited text, and --update-baseline rewrites them."""
    (tmp_path / ".newslint.yaml").write_text("grammar: off\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    entry = {
        "path": "b.txt",
        "rule": "scrape.boilerplate-line",
        "context": "Leave a Reply The vote was close.",
        "count": 1,
    }
    old = tmp_path / "B.json"
    old.write_text(json.dumps({"version": 1, "findings": [entry]}), encoding="utf-8")
    result = run_newslint("check", "--baseline", "B.json", "b.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    run_newslint("check", "--baseline", "B.json", "--update-baseline", "b.txt", cwd=tmp_path)
    rewritten = json.loads(old.read_text(encoding="utf-8"))
    assert rewritten["version"] == 2
    assert rewritten["findings"][0]["context"] == "Leave a Reply"
