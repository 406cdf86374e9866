"""`stripped-apostrophe`: a page whose every apostrophe a pipeline removed."""

from __future__ import annotations

from newslint.lexicon import NO_VOCABULARY

from .helpers import make_check, run

# My own page, with possessives, contractions and plurals, well over the length that writes one.
PAGE = (
    "China’s economy grew by five per cent last year, officials said on Monday. Russia’s "
    "figures were weaker. “We don’t think the numbers tell the whole story, and they’re not "
    "the last word,” said one economist, adding that today’s data covered only the cities. "
    "The governments of both Koreas have said little, and the two Koreas will meet again. "
    "I’ve seen such reports before, she said; the central bank has cut rates twice since the "
    "summer and is expected to do so again before the spring, the first time in a decade, "
    "while the Smiths, a family of farmers in the north, said the weeks ahead would be hard."
)


def stripped(text: str) -> str:
    return text.replace("’", "")


def test_every_word_that_lost_its_apostrophe_is_restored() -> None:
    damaged = stripped(PAGE)
    findings = run(make_check("stripped-apostrophe", NO_VOCABULARY), damaged)
    reported = {damaged[f.start : f.end]: f.suggestions[0] for f in findings}
    assert reported == {
        "Chinas": "China’s",
        "Russias": "Russia’s",
        "dont": "don’t",
        "theyre": "they’re",
        "todays": "today’s",
        "Ive": "I’ve",
    }


def test_a_page_that_writes_an_apostrophe_is_not_judged() -> None:
    typed = stripped(PAGE).replace("Chinas", "China’s")
    assert run(make_check("stripped-apostrophe", NO_VOCABULARY), typed) == []


def test_a_short_text_without_apostrophes_says_nothing() -> None:
    assert run(make_check("stripped-apostrophe", NO_VOCABULARY), "Chinas economy grew.") == []
