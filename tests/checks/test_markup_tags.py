"""`markup-tags`: HTML or XML tags left in plain copy, known by the markup's own structure."""

from __future__ import annotations

from newslint.checks.markup_tags import markup_tags

FEED = (
    "<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'>\n<channel>\n"
    "<title>City news</title>\n<link>https://example.org/</link>\n"
    "<item><title>Council approves budget</title></item>\n</channel>\n</rss>"
)


def _tags(text: str) -> list[str]:
    return [text[start:end] for start, end in markup_tags(text)]


def test_a_tag_the_text_also_closes_is_markup_and_so_is_every_tag_of_its_name() -> None:
    assert _tags(FEED) == [
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<rss version='2.0'>",
        "<channel>",
        "<title>",
        "</title>",
        "<link>",
        "</link>",
        "<item>",
        "<title>",
        "</title>",
        "</item>",
        "</channel>",
        "</rss>",
    ]


def test_a_tag_with_single_quoted_attributes_is_markup_alone() -> None:
    assert _tags("He said so. <span class='ocrx_word' id='w1'>Then</span> left.") == [
        "<span class='ocrx_word' id='w1'>",
        "</span>",
    ]


def test_bare_angle_brackets_prose_writes_are_left_alone() -> None:
    text = "Write to <editor@example.org>; <Reuters> said the tag <b> is bold and 2<3 > 1."
    assert _tags(text) == []


def test_double_quoted_attributes_are_markup_residues_not_reported_twice() -> None:
    assert _tags('Text <div class="x">body</div> end.') == ["</div>"]


def test_an_article_body_tag_is_left_to_scrape_html_tag() -> None:
    from newslint.document import Document
    from newslint.engine import Linter
    from newslint.linters import load_rules

    linter = Linter(load_rules(), select=["encoding.markup-tag", "scrape.html-tag"])
    text = 'A reader wrote in: <script>alert("boo")</script> and <title>x</title> here.'
    found = [(f.rule, text[f.start : f.end]) for f in linter.lint(Document.from_raw(text))]
    assert found == [
        ("scrape.html-tag", "<script>"),
        ("scrape.html-tag", "</script>"),
        ("encoding.markup-tag", "<title>"),
        ("encoding.markup-tag", "</title>"),
    ]


def test_a_closer_whose_name_nothing_opens_is_a_writers_joke() -> None:
    assert _tags("The timetable would fix everything. Well, that went well. </sarcasm>") == []
    assert _tags("<rss version='2.0'>\n</sarcasm>\n</rss>") == ["<rss version='2.0'>", "</rss>"]
