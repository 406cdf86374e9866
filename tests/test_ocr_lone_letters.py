"""ocr.lone-letter: a lone lower-case letter between lower-case words is a scanner's speck on any
page; what typed copy writes that way is left alone (own sentences)."""

from __future__ import annotations

import random

from newslint import cased_lexicon
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.linters import load_rules
from newslint.ocr_lone_letters import _LONE, _lone_matches, lone_letters, opening_letters

RULE = "ocr.lone-letter"


def letters(text: str) -> list[str]:
    return [text[s:e] for s, e in lone_letters(text, zipf, cased_lexicon.english())]


def test_specks_between_lower_case_words() -> None:
    assert letters("Her husband took l her home, although she was ill.") == ["l"]
    assert letters("The mother gave birth to w a child; he would t have come.") == ["t"]
    assert letters("It was a terrible n increase in crime.") == ["n"]


def test_what_typed_copy_writes_is_left_alone() -> None:
    # a lost apostrophe, a lost hyphen, a cut word
    assert letters("The council s plan and the mayor s reply were read.") == []
    assert letters("We don t know, and they d not say; it was five o clock.") == []
    assert letters("The notice came by e mail and the e book was read.") == []
    assert letters("He read th e notice to the room.") == []
    # casual copy's pronouns, and a letter that names a kind
    assert letters("thank u so much, said the man i met.") == []
    assert letters("She took vitamin d supplements and chose plan b instead.") == []
    # capitals, numbers and marks around the letter are other shapes
    assert letters("Roe v Wade, the 5 m mark, the b-side and A b C.") == []


def openers(text: str) -> list[str]:
    return [text[s:e] for s, e in opening_letters(text, zipf, cased_lexicon.english())]


def test_a_letter_opening_a_line_or_after_a_title_before_a_capital() -> None:
    assert openers("The jury retired.\nt She was taken home on Monday.") == ["t"]
    assert openers("d Upon further inquiry the facts were found.") == ["d"]
    assert openers("The clerk called Mr. n Harwood and Mrs. t Pelling.") == ["n", "t"]


def test_openings_typed_copy_writes_are_left_alone() -> None:
    # a fixture list's "v", a cut word ("t He": the), a sentence's start after its full stop
    # (structure.lowercase-sentence-start's), "a", "i" and "s", and a lower-case word after
    assert openers("Leeds v Chelsea\nv Arsenal (away)\nt He said so.") == []
    assert openers("The mayor spoke. d Upon that the council agreed.") == []
    assert openers("a New start\ni Think so\ns Club\nb then") == []
    assert openers("e.g. x Games; Mr. x-ray; Dr. d\u2019Souza") == []


def test_another_language_is_left_alone() -> None:
    assert letters("la ciudad y la playa se unieron para todos los vecinos del pueblo") == []
    assert letters('The motto, "fede e lavoro per tutti", was painted above.') == []


def test_the_rule_reports_only_where_the_gate_is_shut() -> None:
    linter = Linter(load_rules())
    typed = "Her husband took l her home, although she was not well."
    found = [(f.rule, typed[f.start : f.end]) for f in linter.lint(Document.from_raw(typed))]
    assert found == [(RULE, "l")]
    # a scanned page: every lone letter is ocr.lone-mark's, and this rule stays silent
    scanned = (
        "Tbe men of tho 2oth were sent tliat morning to tbe town, and tho mayor said tbat "
        "her husband took l her home; tbe jury heard it."
    )
    rules = {f.rule for f in linter.lint(Document.from_raw(scanned))}
    assert RULE not in rules
    assert "ocr.lone-mark" in rules


def test_the_search_at_letters_finds_what_the_whole_search_finds() -> None:
    # Runs of letters, one-letter words, capitals, accents, apostrophes, hyphens, figures, tabs
    # and line ends mixed at random: the search tried only before each one-letter word gives the
    # whole pattern's matches, groups and all.
    rng = random.Random(15)
    pieces = ("ab", "cde", "é", "x", "y", "t", "l", "s", "u", "a", "A", "B", "-", "'", "’", "1")
    pieces += (" ", " ", " ", "\t", "\n", "took l her", "to w a", "Mr q the")

    def spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
        return [tuple(m.span(g) for g in (0, "before", "letter", "after")) for m in matches]

    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        whole = spans(_LONE.finditer(text))
        assert spans(_lone_matches(text)) == whole, text
        seen += len(whole)
    assert seen > 100  # the shape is there to be found
