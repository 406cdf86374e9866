"""`pattern`: regex matches with fix templates, `unless` exceptions and whole-line `lines`."""

from __future__ import annotations

import pytest

from newslint.checks import compile_rule
from newslint.checks.pattern import PatternCheck
from newslint.errors import RuleError
from newslint.linters import load_rules

from .helpers import fixed, make_check, run, spans


def test_fix_template_uses_named_groups() -> None:
    check = make_check("pattern", pattern=r"\bSir\. (?P<name>\p{Lu}\w+)", fix=r"Mr. \g<name>")
    assert fixed(check, "Sir. Blinken met Sir. Lavrov.") == "Mr. Blinken met Mr. Lavrov."


def test_unless_excuses_an_overlapping_match() -> None:
    check = make_check("pattern", pattern=r"\bUS\b", unless=[r"\bUS Open\b"])
    assert spans(check, "The US Open. US officials.") == ["US"]
    assert run(check, "The US Open.") == []


def test_group_is_the_span_reported() -> None:
    check = make_check("pattern", pattern=r"(\w+) (\1)\b", group=2, fix="")
    assert spans(check, "the the cat") == ["the"]
    assert run(check, "the the cat")[0].start == 4


def test_fix_map_is_chosen_by_the_matched_text_ignoring_case() -> None:
    check = make_check("pattern", pattern=r"\b(?:teh|adn)\b", ignorecase=True, fix={"teh": "the"})
    found = run(check, "Teh cat adn dog")
    assert [(f.fix.edits[0].replacement if f.fix else None) for f in found] == ["the", None]


def test_a_fix_map_entry_with_several_readings_is_offered_but_never_safe() -> None:
    check = make_check("pattern", pattern=r"\bHt\.(?= \p{Lu})", fix={"Ht.": ["Height", "Hat"]})
    (found,) = run(check, "Ht. Street was closed.")
    assert found.fix is not None and found.fix.applicability == "unsafe"
    assert found.fix.edits[0].replacement == "Height"
    assert found.suggestions == ("Height", "Hat")


def test_requires_skips_documents_without_the_literal() -> None:
    check = make_check("pattern", pattern=r"(?<=\d)x", requires="x")
    assert spans(check, "3x faster") == ["x"]
    assert run(check, "three times faster") == []


LINES = ["advertisement", r"read more(?::[^\n]{0,40})?"]


def test_lines_match_only_whole_lines_and_delete_the_blank_after() -> None:
    check = make_check("pattern", lines=LINES, ignorecase=True, fix="")
    text = "First.\n\n  Advertisement \n\nAdvertisement spending rose.\nRead more: page 2\n"
    assert [f.start for f in run(check, text)] == [text.index("  Advert"), text.index("Read")]
    assert fixed(check, text) == "First.\n\nAdvertisement spending rose.\n"


def test_a_line_form_added_to_the_list_is_found() -> None:
    text = "Story.\nSubscribe now\n"
    assert run(make_check("pattern", lines=LINES, fix=""), text) == []
    extended = make_check("pattern", lines=[*LINES, "subscribe now"], ignorecase=True, fix="")
    assert fixed(extended, text) == "Story.\n"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({}, "give either 'pattern' or 'lines'"),
        ({"pattern": "a", "lines": ["b"]}, "give either 'pattern' or 'lines'"),
        ({"lines": []}, "'lines' must be a non-empty list"),
        ({"lines": ["(unclosed"]}, "'lines' does not compile"),
        ({"pattern": "a", "fix": r"\2"}, "group 2 used by"),
        # YAML reads a bare `On: on` as {True: True}: an entry that could never match.
        ({"pattern": "On", "fix": {True: True}}, "quote words YAML reads as booleans"),
        ({"pattern": "a", "fix": {"a": []}}, "must map text to a replacement"),
    ],
)
def test_bad_options_are_rule_errors(options: dict[str, object], problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        make_check("pattern", **options)


def test_every_built_in_pattern_rule_names_groups_and_templates_its_patterns_allow() -> None:
    """A built-in pack's templates are not checked at load (`PatternCheck`): they are here."""
    checks = [compile_rule(rule) for rule in load_rules() if rule.kind == "pattern"]
    assert len(checks) > 100
    for check in checks:
        assert isinstance(check, PatternCheck)
        check.validate_templates()


def test_not_a_known_name_drops_a_match_on_a_word_the_dictionary_writes_capitalised() -> None:
    check = make_check(
        "pattern",
        pattern=r"\b\p{Ll}+-(?P<right>\p{Lu}\p{Ll}+)\b",
        not_a_known_name="right",
    )
    text = "a faulty aircraft-Minister; late-Victorian and mock-Tudor houses; in colony-Zarqapur"
    assert spans(check, text) == ["aircraft-Minister", "colony-Zarqapur"]


def test_a_match_through_the_unsure_group_offers_its_fix_as_unsafe() -> None:
    # "60,40 per cent" may be a ratio; "16,3%" can only be a decimal.
    check = make_check(
        "pattern",
        pattern=[r"(?<=\d),(?=\d%)", r"(?<=\d\d),(?P<doubt>)(?=\d\d%)"],
        fix=".",
        unsure="doubt",
    )
    found = run(check, "It fell 16,3% and was split 60,40% between them.")
    assert [f.fix.applicability if f.fix else None for f in found] == ["safe", "unsafe"]
