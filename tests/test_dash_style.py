"""`consistency.dash-style` (two hyphens and a typeset dash mixed in one article) and
`typography.doubled-dash` (two dashes where one belongs), issue 14. Texts written for these
tests: clean copy in each house style must stay silent, since a house types its dashes one way."""

from __future__ import annotations

from tests.conftest import reported

MIX = "consistency.dash-style"
DOUBLED = "typography.doubled-dash"


def test_two_hyphens_in_an_article_of_em_dashes_are_reported() -> None:
    text = (
        "The council's plan — agreed last week after a long debate — failed on Monday.\n\n"
        "Critics — among them two former mayors — said the vote was rushed.\n\n"
        "The treasurer said the budget -- already cut twice -- could not bear a third cut."
    )
    assert reported(text, MIX) == ["--", "--"]


def test_the_rarer_style_is_the_one_reported() -> None:
    text = (
        "The plan -- agreed last week -- failed. Critics -- among them two ministers -- "
        "said so, and the mayor — a critic from the start — agreed."
    )
    assert reported(text, MIX) == ["—", "—"]


def test_each_house_style_alone_is_silent() -> None:
    em = (
        "Shares of Clearscore — the credit-score start-up — rose 4 per cent, while Bankinter "
        "fell.\n\nBrightwheel's founder said the round — its third — closed on Friday."
    )
    en = (
        "Shares of Clearscore – the credit-score start-up – rose 4 per cent in 2023–24, while "
        "Bankinter fell.\n\nThe round – its third – closed on Friday."
    )
    typewriter = (
        "NEW YORK (AP) -- Shares of Clearscore -- the credit-score start-up -- rose 4 percent.\n\n"
        "Bankinter fell, and Brightwheel's founder said the round -- its third -- closed."
    )
    for text in (em, en, typewriter):
        assert reported(text, MIX) == []


def test_code_options_and_rule_lines_are_no_dashes_of_the_story() -> None:
    text = (
        "South Korea's farm ministry said on Monday that rice prices — already high "
        "— would fall by June.\n\n"
        'The page\'s markup read <div class="theme--dark">, and the tool takes --fix.\n'
        "-----------------\n"
        "Pages 4–5 cover the 2010–11 season."
    )
    assert reported(text, MIX) == []


def test_two_dashes_between_words_are_reported_and_fixed_to_one() -> None:
    assert reported("The deal was signed –– and then abandoned a week later.", DOUBLED) == ["––"]
    assert reported("The plan——critics said so——was dropped on Monday.", DOUBLED) == ["——", "——"]
    assert reported("The vote came on Tuesday –– and the mayor lost.", DOUBLED) == ["––"]


def test_single_dashes_rule_lines_and_a_blank_for_a_name_are_silent() -> None:
    text = (
        "The deal was signed – and then abandoned; the plan—critics said so—was dropped.\n"
        "————————\n"
        "A letter from Mr. —— of Boston was read, and the Rev. —— preached at dawn."
    )
    assert reported(text, DOUBLED) == []


def test_two_hyphens_closed_up_on_one_side_only_are_reported() -> None:
    rule = "typography.dash-spacing"
    assert reported(
        "When a big story unfolds-- whether a flood or a fire, readers want facts.", rule
    ) == ["--"]
    assert reported("The bill had its third reading-- Bankruptcy Bill was next.", rule) == ["--"]


def test_typewriter_dashes_options_and_code_keep_their_spacing() -> None:
    text = (
        "The plan -- agreed last week -- failed; the plan--agreed last week--failed.\n\n"
        "Run the tool with --fix or --help, and i-- lowers a counter.\n<!-- a comment -->"
    )
    assert reported(text, "typography.dash-spacing") == []
