"""Stop 49's false alarms on clean professional copy (issue 14): classes of clean writing that
rules read as slips. Each text is written for the test, after the shape seen on clean pages."""

from __future__ import annotations

import pytest

from newslint.grammar import in_foreign_phrase, plausible_misspelling


def _foreign(text: str, word: str) -> bool:
    start = text.index(word)
    return in_foreign_phrase(text, start, start + len(word))


def test_a_quoted_or_bracketed_phrase_in_another_language_is_no_misspelling() -> None:
    motto = "Even its motto, “Die Luft der Freiheit weht”—or, “The Winds of Freedom Blow”—nods."
    assert _foreign(motto, "weht")
    remark = "The minister said 'Hindi kam aati hai, kshama karna' (I know little Hindi)."
    assert _foreign(remark, "aati") and _foreign(remark, "kshama")
    assert _foreign("It will be 'finished' (nipta denge), he said.", "denge")
    start = motto.index("weht")
    assert not plausible_misspelling(motto, start, start + 4, ["welt"])


def test_a_slip_inside_an_english_quotation_is_still_a_misspelling() -> None:
    for text in (
        "“We did not recieve the letter,” she said.",
        "“Mr Tshisekedi did not recieve it,” she said.",  # a name beside it: one rare word
        "Officials called it a 'pilgram' route (recieve).",  # one word in the marks
        "She said, “we recieve it”, and then “Die Luft der Freiheit weht” was sung.",
    ):
        word = "pilgram" if "pilgram" in text else "recieve"
        start = text.index(word)
        assert not in_foreign_phrase(text, start, start + len(word)), text
    text = "They did not recieve it. “Die Luft der Freiheit weht”."
    assert plausible_misspelling(text, 13, 20, ["receive"])


def _harper(text: str) -> list[tuple[str, str]]:
    """The grammar pack's Harper findings as the CLI reports them: (Harper's rule, the span)."""
    pytest.importorskip("harper")
    from newslint.document import Document
    from newslint.engine import Linter
    from newslint.linters import load_rules

    linter = Linter(load_rules(), select=["grammar.harper"])
    return [(f.rule.rsplit(".", 1)[1], text[f.start : f.end]) for f in linter.lint(Document(text))]


def test_harper_news_profile_spares_names_house_a_n_and_legal_damages() -> None:
    text = (
        "The court upheld the statutory cap on damages. Trump and May seemed determined to agree.\n"
        "Prime Minister Abe made an historic visit. She waited a hour and ate a apple."
    )
    found = _harper(text)
    assert ("AnA", "a") in found  # "a hour", "a apple" are still slips
    assert not any(rule == "Damages" for rule, _ in found)
    assert not any(span in ("May", "an") for _, span in found), found


def test_a_story_sentence_naming_a_poll_by_its_slash_is_no_photo_credit() -> None:
    from newslint.furniture_credits import CREDIT

    for credit in (
        "Protesters gather in the square. Jane Doe/AP Photo",
        "Protesters gather in the square. Jane Doe/The Times via Getty Images",
        "Crowds gathered outside. Olivier Hoslet/EPA-EFE.",
    ):
        assert CREDIT.search(credit), credit
    story = "The deficit widened. The USA Today/Ipsos poll showed voters were worried."
    assert not CREDIT.search(story)


def test_a_title_in_title_case_after_a_comma_opens_no_clause() -> None:
    from newslint.document import Document
    from newslint.engine import Linter
    from newslint.linters import load_rules

    linter = Linter(
        load_rules(),
        select=["structure.capital-after-comma", "structure.clause-capital-after-comma"],
    )
    titles = (
        "Her novel, Where the Crawdads Sing, sold well; his book, When the Wind Blows, did not."
    )
    assert linter.lint(Document(titles)) == []
    spliced = "The delegation flew to the capital on Monday, Where the talks were held in private."
    assert [f.rule for f in linter.lint(Document(spliced))] == ["structure.capital-after-comma"]
