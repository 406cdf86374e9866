"""`lost-bytes`: mojibake whose control-character bytes were stripped, so no decoder undoes it."""

from __future__ import annotations

import pytest

from newslint.lexicon import NO_VOCABULARY

from .helpers import make_check, run, spans


def strip_controls_after_wrong_decode(text: str) -> str:
    """What a pipeline that reads UTF-8 as Latin-1 and drops control characters leaves."""
    decoded = text.encode("utf-8").decode("latin-1")
    return "".join(c for c in decoded if not 0x80 <= ord(c) <= 0x9F)


@pytest.mark.parametrize(
    "original",
    [
        "Critics don’t agree that it was one of Poe’s finest, and I’m sure they’ll say so.",
        "The 2010–2011 season ended badly.",
        "The season — a poor one — ended.",
        "“We will see,” he said.",
        "She studied at the École normale.",
        "The board met O’Brien on Monday.",
    ],
)
def test_each_stripped_lead_byte_is_reported_with_the_original_as_first_reading(
    original: str,
) -> None:
    damaged = strip_controls_after_wrong_decode(original)
    assert damaged != original
    findings = run(make_check("lost-bytes", NO_VOCABULARY), damaged)
    assert findings
    repaired = damaged
    for found in sorted(findings, key=lambda f: -f.start):
        repaired = repaired[: found.start] + found.suggestions[0] + repaired[found.end :]
    assert repaired == original


def test_a_stray_lead_of_a_no_break_space_is_reported() -> None:
    check = make_check("lost-bytes", NO_VOCABULARY)
    assert spans(check, "The prize is worth 5Â 000 euros, theÂ rest nothing.") == ["5Â", "theÂ"]


def test_a_stray_lead_after_a_dash_quote_or_bracket_is_reported() -> None:
    # The no-break space after a dash or a closing mark of a credit line ("—\u00a0Gazette").
    check = make_check("lost-bytes", NO_VOCABULARY)
    text = "Rain fell.\n—Â Harbour Gazette\n“Yes,”Â she said (in May)Â and left."
    assert spans(check, text) == ["Â", "Â", "Â"]


def test_real_spellings_with_these_letters_are_not_reported() -> None:
    check = make_check("lost-bytes", NO_VOCABULARY)
    text = (
        "The âge d’or of the château and the théâtre; Nguyễn Xuân Phúc and Trần Văn Lâm met in"
        " SÃO PAULO at the ÂGE gallery; Âge is a word."
    )
    assert spans(check, text) == []
    # Vietnamese words opening with "â" ("ân tình", "âm nhạc", "Châu âu"): a quote mark opens
    # no one-letter word, so the rest must be a word of two letters or more.
    vietnamese = "The choir sang of ân tình, played âm nhạc and toured âu lands."
    assert spans(check, vietnamese) == []


def test_two_words_joined_by_a_lost_dash_are_reported_but_not_a_word_with_a_circumflex() -> None:
    check = make_check("lost-bytes", NO_VOCABULARY)
    assert spans(check, "It was a wellâknown place, a pâtisserie.") == ["wellâknown"]


@pytest.mark.parametrize("code_page", ["iso8859_7", "iso8859_5", "iso8859_8"])
@pytest.mark.parametrize(
    "original",
    [
        "Critics don’t agree that it was one of China’s finest, and I’m sure they’ll say so.",
        "The 2010–2011 season ended badly, as the government’s plan — a poor one — failed.",
        "He said the talks “would continue” into May.",
    ],
)
def test_a_lead_byte_read_as_greek_cyrillic_or_hebrew_is_reported_with_the_original(
    code_page: str, original: str
) -> None:
    # Those ISO code pages keep 0x80-0x9F as controls, as Latin-1 does, and print 0xE2 as a
    # letter of their own script ("β", "т", "ג").
    decoded = original.encode("utf-8").decode(code_page, errors="ignore")
    damaged = "".join(c for c in decoded if not 0x80 <= ord(c) <= 0x9F)
    assert damaged != original
    findings = run(make_check("lost-bytes", NO_VOCABULARY), damaged)
    repaired = damaged
    for found in sorted(findings, key=lambda f: -f.start):
        repaired = repaired[: found.start] + found.suggestions[0] + repaired[found.end :]
    assert repaired == original


def test_greek_letters_of_science_are_not_read_as_lost_bytes() -> None:
    check = make_check("lost-bytes", NO_VOCABULARY)
    text = (
        "The α and β subunits bind; Aβ42 and βAPP levels, β-catenin, IFNβ, α,β-unsaturated "
        "esters, 3β-hydroxy steroids and the β cells were studied."
    )
    assert spans(check, text) == []
