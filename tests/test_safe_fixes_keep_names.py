"""Names, titles and separators written the way slips look: a safe fix is applied unasked, so it must leave
each of them alone (they may still be reported, with the fix offered)."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.fix import fix_raw
from newslint.runner import load_rules

NAMED = [
    "The bank rebuilt its site in ASP.Net and its app in VB.Net last year.",
    "See Category:Politics on the wiki, or the User:Jimbo page.",
    "The band closed with Bowie's Rebel Rebel and the film Kiss Kiss Bang Bang was shown.",
    # A page's field separators, not specks: deleting them runs the fields together.
    "Published 12 Mar 2024, 09:14 GMT | Updated 12 Mar 2024",
    "Video | Agriculture | Economy • Energy • Finance",
    # Brackets inside a word: a plural, a prefix, an oxidation state, a function's argument.
    "Each child(ren)'s form cited (mis)information on iron(III) oxide and print(message) calls.",
    # A quotation mark typed for an apostrophe: a space after it would split the word.
    "Trump”s lawyers said Macy“s shares fell.",
    # Figures and short words glued on inside addresses, tags, names and code.
    "See example.com/posts/2020the-best-of; the build tag was rel-2020was.",
    "Ida O'sullivan and Ma'sum Khalil met; the onClick handler and toString() failed at inVentiv.",
    # A hashtag is a tag, not a word: "#inthe" is no "in the".
    "Follow the tags #inthe and #withthe for updates.",
    # "Sr." is also Sister and Senior: only a Spanish "Señor" makes it "Mr.".
    "The school was opened by Sr. Maria Keane, who taught there until 2004.",
    "The memo went to Sr. Vice President Dana Oyelaran on Friday.",
    # Columns aligned with spaces, under a "#" for the place: laid out, not doubled spaces.
    "#   Player            Score\n1   Ana Reyes         -8\n2   Tom Okafor        -6",
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(load_rules(), ignore=["grammar"])


@pytest.mark.parametrize("text", NAMED)
def test_safe_fixes_leave_names_written_like_slips(linter: Linter, text: str) -> None:
    assert fix_raw(text + "\n", "a.txt", linter.lint).raw == text + "\n"
