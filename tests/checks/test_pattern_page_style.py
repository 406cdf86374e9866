"""`pattern`'s `page_style`: a form a page writes every time by its own style is not damage.

Mongolian agencies set an initial close to the name ("L.Bold", "U.Khurelsukh"): a page that does
so three times or more, and loses no other space, is left alone; a page that also runs a sentence
into the next lost its spaces, initials included, and is reported whole.
"""

from __future__ import annotations

from newslint.document import Document

from .helpers import builtin_options, make_check, spans

GLUED = r"(?<=\p{L})\.(?=\p{Lu}\p{Ll})"
INITIAL = r"(?<=(?<![\p{L}.])\p{Lu}\p{Ll}?)\.(?=\p{Lu}\p{Ll}{2,})"
STYLED = "U.Khurelsukh met L.Oyun-Erdene, and Ts.Zandanshatar chaired the talks."


def test_a_page_that_writes_its_style_throughout_is_left_alone() -> None:
    check = make_check("pattern", pattern=GLUED, page_style=INITIAL)
    assert spans(check, STYLED) == []


def test_fewer_than_the_minimum_or_one_finding_of_another_form_reports_every_one() -> None:
    check = make_check("pattern", pattern=GLUED, page_style=INITIAL)
    assert spans(check, "U.Khurelsukh met L.Oyun-Erdene on Monday.") == [".", "."]
    assert len(spans(check, STYLED + " They agreed.Talks resume today.")) == 4
    assert len(spans(check, STYLED.replace("U.", "R.T."))) == 3  # "T.Khurelsukh" follows a stop
    lower = make_check("pattern", pattern=GLUED, page_style=INITIAL, page_style_min=2)
    assert spans(lower, "U.Khurelsukh met L.Oyun-Erdene on Monday.") == []


def test_a_page_style_makes_the_rule_read_the_whole_page() -> None:
    assert make_check("pattern", pattern=GLUED).line_local
    assert not make_check("pattern", pattern=GLUED, page_style=INITIAL).line_local


def test_the_built_in_rule_leaves_a_mongolian_agency_page_alone() -> None:
    options = builtin_options("typography.missing-space-after-punctuation")
    check = make_check("pattern", **options)
    page = (
        "President U.Khurelsukh received Prime Minister L.Oyun-Erdene on Monday.\n\n"
        "Speaker G.Zandanshatar and Minister B.Battsetseg attended the meeting."
    )
    assert spans(check, page) == []
    assert spans(check, "The envoy met J.Smith on Monday.") == ["."]
    found = check.run(Document(page + " The talks ended.The envoy left."))
    assert len({f.start for f in found}) == 5  # two of its patterns meet at "ended.The"
