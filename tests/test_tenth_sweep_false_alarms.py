"""False alarms found on a tenth sweep of unseen professional copy (fpsweep10: 80 page openings of
local and wire news, live blogs, parliamentary records, court opinions and legal news, police
appeals, forecasts, obituaries, film, concert and arts pages, university and government releases,
explainers and Q&As). Each case is a text of the same shape written for the test, beside a case
that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding


def _found(linter: Linter, text: str, rule: str) -> list[Finding]:
    """The findings on `text` of the rules whose id starts with `rule`."""
    return [f for f in linter.lint(Document.from_raw(text)) if f.rule.startswith(rule)]


def _spans(text: str, found: list[Finding]) -> list[str]:
    return [text[f.start : f.end] for f in found]


def test_a_term_the_story_also_writes_in_lower_case_is_a_word_not_a_name(linter: Linter) -> None:
    # a legal report capitalises "the Appellant" and "the Appellate Court" as terms, and also
    # writes "the appellant's lawyer": two words, not one name spelled two ways
    text = (
        "The Appellate Court heard the case on Monday. The Appellant had been convicted in 2019 "
        "and released on bail.\n\n"
        "The appellant's lawyer asked for more time, and the Appellate Court refused, saying the "
        "Appellant had been given every chance."
    )
    assert not _found(linter, text, "consistency.name-spelling")


def test_a_name_respelled_is_still_reported_beside_common_words(linter: Linter) -> None:
    # the same page with a surname written two ways: the lower-case terms excuse nothing else
    text = (
        "The Appellate Court heard Mr Kowalczyk's appeal on Monday. The appellant's lawyer said "
        "Mr Kowalczyk had been in custody since March.\n\n"
        "The court refused, and Mr Kowalcyzk was returned to prison."
    )
    assert _spans(text, _found(linter, text, "consistency.name-spelling")) == ["Kowalcyzk"]
