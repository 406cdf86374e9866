"""`consistency`: one thing written two ways in a document; the dialect's form, the house style's
or the majority wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.errors import RuleError

from ..conftest import run_newslint
from .helpers import builtin_options, fixed, make_check, run, spans

US = builtin_options("consistency.us-abbreviation")


def test_the_minority_form_is_fixed_to_the_majority() -> None:
    check = make_check("consistency", **US)
    text = "U.S. officials said. U.S. aid. Later US diplomats agreed."
    assert fixed(check, text) == "U.S. officials said. U.S. aid. Later U.S. diplomats agreed."


def test_one_form_throughout_is_consistent_unless_the_house_wants_the_other() -> None:
    text = "US officials said. Later US diplomats agreed."
    assert spans(make_check("consistency", **US), text) == []
    house = make_check("consistency", **{**US, "house": "dotted"})
    assert fixed(house, text) == "U.S. officials said. Later U.S. diplomats agreed."


def test_the_dialects_preferred_form_beats_the_majority() -> None:
    text = "US officials said. US aid. Later U.S. diplomats agreed."
    assert spans(make_check("consistency", **US), text) == ["U.S."]
    assert spans(make_check("consistency", **{**US, "dialect": "american"}), text) == ["US", "US"]


def test_a_house_variant_that_is_not_a_variant_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="dashed"):
        make_check("consistency", **{**US, "house": "dashed"})


def test_in_british_copy_the_articles_majority_decides() -> None:
    british = make_check("consistency", **{**US, "dialect": "british"})
    assert spans(british, "U.S. officials said. U.S. aid. Later US diplomats agreed.") == ["US"]
    assert spans(british, "US officials said. US aid. Later U.S. diplomats agreed.") == ["U.S."]


def test_us_before_a_capitalised_word_is_a_name_unless_the_article_dots_it_there() -> None:
    check = make_check("consistency", **US)
    assert spans(check, "U.S. aid. U.S. trade. The US Open began.") == []
    text = "U.S. President Joe Biden spoke on U.S. trade. The US President left."
    assert spans(check, text) == ["US"]
    # The dotted twin may come later, and must name the same word, not a longer one.
    later = "The US President left. U.S. trade grew. U.S. President Joe Biden spoke."
    assert spans(check, later) == ["US"]
    longer = "U.S. Presidents met. U.S. trade grew. The US President left."
    assert spans(check, longer) == []


def test_an_unpaired_exception_needs_a_pattern_and_a_pair_with_the_same_groups() -> None:
    with pytest.raises(RuleError, match="pattern' and 'pair'"):
        make_check("consistency", **{**US, "unless_unpaired": [{"pattern": "US"}]})
    unequal = {"pattern": "(?P<next>A)", "pair": "(?P<other>A)"}
    with pytest.raises(RuleError, match="same named groups"):
        make_check("consistency", **{**US, "unless_unpaired": [unequal]})


def test_on_a_tie_the_variant_the_tie_break_matches_more_often_wins() -> None:
    check = make_check(
        "consistency",
        variants={"single": r"‘(?=\w)", "double": r"“(?=\w)"},
        default="double",
        tie_break=r"[‘“][^’”\n]+[’”] (?:\w+ )?said\b",
    )
    text = "‘We will open,’ the leader said. Her column “Why we read” ran. ‘It is right,’ one said."
    text += " The sign read “Closed” all week."
    assert spans(check, text) == ["“", "“"]
    untied = make_check("consistency", variants=check.rule.option("variants"), default="double")
    assert spans(untied, text) == ["‘", "‘"]


def test_a_tally_weighs_each_variant_by_its_own_pattern() -> None:
    # Two quotations each way; the curly marks outnumber the straight ones only because the last
    # quotation runs on past the cut (real dev b073: the curly marks were reported).
    text = (
        'Funds went to "relief and mitigation" and to staff in "severe strain".\n'
        "“We are committed to our people,” the chief said. “We appreciate the work"
    )
    by_marks = make_check("consistency", variants={"curly": "[“”]", "straight": '"'})
    assert spans(by_marks, text) == ["“", "”", "“"]
    quotes = builtin_options("consistency.quote-style")
    assert set(quotes["tally"]) == {"curly", "straight"}
    by_quotations = make_check("consistency", **quotes)
    assert spans(by_quotations, text) == ['"'] * 4
    # Two curly quotations to one straight: the straight marks are the odd ones either way.
    assert spans(by_quotations, text.replace('"severe strain"', "severe strain")) == ['"'] * 2


def test_a_tally_for_an_unknown_variant_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="not one of the variants"):
        make_check("consistency", **{**US, "tally": {"dashed": "-"}})


def test_skip_headlines_excuses_the_first_line_and_a_lone_short_line_only() -> None:
    # a percent rule with no `unless` of its own: what is excused is the option's doing
    options = {"variants": {"pc": r"(?<=\d)pc\b", "words": r"(?<=\d )per ?cent\b"}}
    text = (
        "Prices up 9pc in May\n\nPrices rose 9 per cent in May, and 4 per cent in June.\n\n"
        "Rents up 3pc\n\nRents rose 3pc in June."
    )
    # counted, the headline and the subheading make "pc" the majority (3 to 2) ...
    assert spans(make_check("consistency", **options), text) == ["per cent", "per cent"]
    # ... excused, the body's own majority wins and only its "pc" (in "3pc") is the odd form
    skipping = make_check("consistency", **options, skip_headlines=True)
    assert spans(skipping, text) == ["pc"]


def test_single_quotations_straight_and_curly_are_one_style_mixed() -> None:
    # Whole quotations only: an apostrophe, an elision or a '90s never counts as a mark.
    check = make_check("consistency", **builtin_options("consistency.single-quote-style"))
    text = (
        "‘We will act on this soon,’ the minister said.\n\n"
        "'We hope the talks will succeed,' Qasemi said of the '90s rock 'n' roll revival.\n\n"
        "‘Nobody has agreed to anything yet,’ a diplomat said; it's early.\n"
    )
    assert spans(check, text) == ["'"]
    assert [f.start for f in run(check, text)] == [text.index("'We hope")]
    one_style = text.replace("‘", "'").replace("’,", "',")
    assert spans(check, one_style) == []


def test_a_house_form_the_article_never_writes_is_named_as_the_house_style() -> None:
    """Only the house's form wins when the article never writes it: the message names it as
    the house writes it, not as "the house style (dotted)" said to stand elsewhere in the text."""
    house = make_check("consistency", **{**US, "house": "dotted"})
    messages = [f.message for f in run(house, "US officials said. Later US diplomats agreed.")]
    assert messages == ["“US” here; the house style writes “U.S.”"] * 2
    mixed = run(house, "U.S. officials said. Later US diplomats agreed.")
    assert [f.message for f in mixed] == ["US"]  # the rule's own message where the text has both


def test_the_house_style_named_in_settings_is_quoted_as_the_settings_write_it(
    tmp_path: Path,
) -> None:
    (tmp_path / ".newslint.yaml").write_text(
        'grammar: off\nhouse_style: {us: "U.S."}\nselect: [consistency]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("US officials said. Later US diplomats agreed.\n")
    result = run_newslint("check", "--format", "concise", "a.txt", cwd=tmp_path)
    assert "“US” here; the house style writes “U.S.”" in result.stdout, result.stdout
    assert "the house style (dotted)" not in result.stdout
