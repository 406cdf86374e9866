"""`html-boilerplate`: the blocks of an HTML page around its article, found by jusText."""

from __future__ import annotations

from .helpers import make_check, spans

BODY = (
    "The finance ministry said on Tuesday that farmers who paid the drought levy last year will "
    "receive a full refund by the end of March, after a court ruled that the charge had been "
    "collected without the approval of parliament. Officials said the payments would be made "
    "automatically and that no application was needed."
)
PAGE = (
    "<html><body>\n<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul>"
    f"</nav>\n<h1>Levy refunded to farmers</h1>\n<p>{BODY}</p>\n<p>{BODY}</p>\n"
    "<div class='share'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>\n"
    "</body></html>\n"
)


def test_menus_and_share_bars_are_reported_at_their_text_but_not_the_article() -> None:
    found = spans(make_check("html-boilerplate"), PAGE, "html")
    assert found == ["Home", "World", "Share on Facebook"]


def test_a_fragment_without_an_article_is_left_alone() -> None:
    fragment = "<p>Share on Facebook</p><p>Home</p>"
    assert spans(make_check("html-boilerplate"), fragment, "html") == []
