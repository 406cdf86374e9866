"""Page furniture in HTML is reported where it sits: each of the page's text blocks (a heading,
a paragraph, a list item, a footer's text) is a line to the rules that judge a line alone
(`scrape.boilerplate-line`, `scrape.furniture-line`), at its line and column in the .html file;
--fix leaves the page's markup, and the text inside it, as it is."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import run_newslint

STORY = (
    "<p>The city council voted on Tuesday to approve a new budget for the coming year, which "
    "includes money for road repairs, two new libraries and more parks staff.</p>\n"
    "<p>Council members said the vote followed months of public hearings, and the mayor said "
    "she expected the first road works to begin in the spring.</p>\n"
)
PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Budget passes</title></head><body>\n"
    "<article>\n<h1>Council passes budget</h1>\n" + STORY + "</article>\n"
    '<ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">Tweet</a></li></ul>\n'
    "<h3>Leave a Reply</h3><p>Your email address will not be published.</p>\n"
    '<footer><a href="/mail">Share via email</a></footer>\n'
    '<div class="meta"><span>Comments (12)</span></div>\n'
    '<aside><h4>Related stories</h4><p><a href="/a">Harbour plan approved</a></p></aside>\n'
    "</body></html>\n"
)
CLEAN = (
    "<!DOCTYPE html>\n<html><head><title>Budget passes</title></head><body>\n"
    "<article>\n<h1>Council passes budget</h1>\n"
    + STORY
    + "<p>The budget takes effect in <b>July</b>, officials said.</p>\n</article>\n</body></html>\n"
)


def findings(tmp_path: Path, name: str, text: str, *args: str) -> list[dict[str, object]]:
    (tmp_path / ".newslint.yaml").write_text("grammar: off\n", encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_newslint("check", "--format", "json", *args, name, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


def place(text: str, fragment: str) -> tuple[int, int]:
    before = text[: text.index(fragment)]
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def test_furniture_in_a_page_is_reported_at_its_place_in_the_html(tmp_path: Path) -> None:
    found = findings(tmp_path, "page.html", PAGE)
    reported = {
        (f["line"], f["column"], f["end_column"])
        for f in found
        if str(f["rule"]).startswith("scrape.")
    }
    for furniture in (
        "Leave a Reply",
        "Your email address will not be published.",
        "Share via email",
        "Comments (12)",
        "Tweet",
    ):
        line, column = place(PAGE, furniture)
        assert (line, column, column + len(furniture)) in reported, (furniture, found)


def test_a_story_page_without_furniture_gives_nothing(tmp_path: Path) -> None:
    assert findings(tmp_path, "story.html", CLEAN) == []


def test_furniture_on_a_line_of_its_own_is_found_in_html_as_in_plain_text(tmp_path: Path) -> None:
    page = CLEAN.replace("</article>", "</article>\n<p>Leave a Reply</p>")
    found = findings(tmp_path, "story.html", page)
    assert [(f["rule"], f["line"]) for f in found] == [
        ("scrape.boilerplate-line", place(page, "Leave a Reply")[0])
    ]


def test_fix_leaves_a_pages_furniture_and_markup_alone(tmp_path: Path) -> None:
    found = findings(tmp_path, "page.html", PAGE, "--fix")
    assert found, "the furniture is still reported"
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == PAGE
    assert all(f["fix"] is None for f in found if str(f["rule"]).startswith("scrape."))


def test_furniture_jusText_also_puts_outside_the_article_is_one_finding(tmp_path: Path) -> None:
    lead = (
        "<p>The finance ministry said on Tuesday that the new levy would be collected from the "
        "start of next year, and that farmers who had already paid the old charge would be "
        "refunded in full by the end of the summer.</p>"
    )
    page = f"<html><body><h1>Farmers win refund</h1>{lead}<p>Share this article</p></body></html>"
    found = findings(tmp_path, "page.html", page)
    assert [(f["rule"], f["suggestions"]) for f in found] == [("scrape.boilerplate-line", [])]
