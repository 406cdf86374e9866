"""`lost-letter`: one letter or one ligature's letters dropped everywhere on a page."""

from __future__ import annotations

import pytest

from newslint.lexicon import NO_VOCABULARY

from .helpers import make_check, run

# My own text, long enough that a page of it would write every string the check knows.
PAGE = (
    "Officials said the experience of the past decade was clear. The text of the agreement "
    "was not yet public, although exports had risen sharply and the first figures were good. "
    "Analysts expect more details at the next meeting of the group, which will be held in the "
    "capital. The office of the minister explained on Monday that the extra costs of the plan "
    "would be small, and that the country would gain far more than it would lose from it. "
    "Critics have said that the process has been too slow and too secret, and that the people "
    "affected by the new rules should have been asked for their views much earlier. A "
    "significant number of small firms, the ministry added, have already filed their claims, "
    "and the final figures will be known by the end of the financial year in the spring. It was "
    "a difficult year, and only the efficient firms with sufficient savings fared well."
)


def repaired(damaged: str) -> str:
    findings = run(make_check("lost-letter", NO_VOCABULARY), damaged)
    assert findings
    for found in sorted(findings, key=lambda f: -f.start):
        damaged = damaged[: found.start] + found.suggestions[0] + damaged[found.end :]
    return damaged


@pytest.mark.parametrize(("lost", "left"), [("x", ""), ("v", ""), ("fi", ""), ("fi", " ")])
def test_the_words_a_page_lost_a_string_from_are_restored(lost: str, left: str) -> None:
    damaged = PAGE.replace(lost, left)
    fixed = repaired(damaged)
    # Every restored word is the original; a real word the loss made ("next" to "net") stays.
    assert len(fixed) > len(damaged)
    assert all(word in PAGE.split() for word in set(fixed.split()) - set(damaged.split()))


def test_a_page_that_uses_the_string_is_not_judged_for_it() -> None:
    # The typos lack an "x", but the page writes "x" elsewhere, so it did not lose it.
    typed = PAGE.replace("experience", "eperience").replace("exports", "eports")
    assert run(make_check("lost-letter", NO_VOCABULARY), typed) == []


def test_one_restorable_typo_is_not_a_lost_letter() -> None:
    plain = PAGE
    for word, other in [
        ("experience", "history"),
        ("text", "wording"),
        ("exports", "sales"),
        ("expect", "want"),
        ("next", "coming"),
        ("explained", "said"),
        ("extra", "added"),
    ]:
        plain = plain.replace(word, other)
    assert "x" not in plain
    typed = plain.replace("history", "eperience")
    assert run(make_check("lost-letter", NO_VOCABULARY), typed) == []


def test_a_short_text_without_the_letter_says_nothing() -> None:
    assert run(make_check("lost-letter", NO_VOCABULARY), "The eperience of eports.") == []


def test_a_reading_is_ruled_out_only_where_its_zipf_is_below_common() -> None:
    # Issue 15: a set of the list's common words rules most readings out before a table lookup.
    from newslint.checks.lost_letter import COMMON_ZIPF
    from newslint.lexicon import listed_at_least
    from tests.conftest import surface_linter

    check = next(c for c in surface_linter().checks if c.rule.id == "encoding.lost-letter")
    for form in ("ofce", "Kalomer", "signi cant", "efect", "Sta", "wod", "x"):
        for at in range(len(form) + 1):
            for lost in ("fi", "f", "e", "l"):
                reading = form[:at] + lost + form[at:]
                if not check._may_be_common(reading, listed_at_least(COMMON_ZIPF)):
                    assert check.zipf(reading) < COMMON_ZIPF, reading
