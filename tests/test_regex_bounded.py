"""Which patterns run without the regex module's timeout (issue 15): built-in ones that cannot
backtrack without end, decided from the parsed pattern; a user's pack keeps the timeout."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from newslint.checks import compile_rule
from newslint.checks.pattern import PatternCheck
from newslint.linters import load_rules
from newslint.regex_bounded import _bounded_source, bounded, builtin_source, too_large, untimed
from newslint.regex_store import PatternStore, compile_pattern, the_store
from newslint.rules import RuleError, builtin_rules_dir, parse_pack

FLAGS = regex.VERSION1 | regex.MULTILINE


@pytest.mark.parametrize(
    ("pattern", "verdict"),
    [
        (r"\w+", True),
        (r"\b(?:very|really)\s+unique\b", True),
        (r"(?<=(?:^|[\s(])\p{Ll}{2,}) (?P<word>\p{Lu}\p{Ll}+)(?= \p{Ll}{2,})", True),
        (r"(?:a|b)+", True),  # the compiler makes it a set
        (r"x(?=.*y)", True),
        (r"(?i)colou?r", True),
        (r"\X", True),
        (r"(a+)+", False),  # a repeat inside an unbounded repeat
        (r"(?>a+)+", False),
        (r"(?:\d{1,3},){1,5}", False),  # any repeat inside a repeat
        (r"(a|ab)*", False),  # alternatives inside an unbounded repeat
        (r"(?:[^()]|\([^()]*\))+", False),
        (r"\X+", False),
        (r"(\w+)\s+\1", False),  # a backreference
        (r"(?:foo){e<=1}", False),  # fuzzy
        (r"(a)(?(1)b|c)", False),  # a conditional
        (r"(a(?1)?b)", False),  # recursion
        (r"[", False),  # no pattern at all: the timeout stays
    ],
)
def test_the_verdict_is_read_from_the_parsed_pattern(pattern: str, verdict: bool) -> None:
    assert _bounded_source(pattern, FLAGS) is verdict


def test_the_verdict_is_kept_with_the_stored_patterns(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    store = PatternStore(path)
    store.remember_bounded(r"\w+", 0, True)
    store.remember_bounded(r"(a+)+", 0, False)
    store.save()
    again = PatternStore(path)
    assert again.bounded(r"\w+", 0) is True
    assert again.bounded(r"(a+)+", 0) is False
    assert again.bounded(r"\d+", 0) is None
    assert bounded(compile_pattern(r"\b\p{Lu}\p{Ll}+ \p{Ll}+")) is True


def test_only_the_built_in_packs_run_untimed(tmp_path: Path) -> None:
    pattern = compile_pattern(r"\bvery unique\b")
    assert builtin_source(str(builtin_rules_dir() / "mt.yaml"))
    assert untimed([pattern], str(builtin_rules_dir() / "mt.yaml")) == {pattern}
    mine = tmp_path / "mine.yaml"
    assert not builtin_source(str(mine))
    assert untimed([pattern], str(mine)) == frozenset()
    rule = {
        "id": "mine.unique", "kind": "pattern", "message": "m", "description": "d",
        "pattern": r"\bvery unique\b",
        "examples": [{"bad": "a very unique day", "span": "very unique"}, {"good": "a day"}],
    }  # fmt: skip
    pack = parse_pack({"pack": "mine", "rules": [rule]}, str(mine))
    check = compile_rule(pack.rules[0])
    assert isinstance(check, PatternCheck) and check._untimed == frozenset()


@pytest.mark.parametrize(
    ("pattern", "large"),
    [
        ("x{1000000000}", True),  # all the machine's memory, then killed
        ("x{100001}", True),
        ("(?:a{1000}){1000}", True),  # nested counts multiply
        ("(a)?(?(1)y|x{10000000})", True),  # inside a conditional
        ("(?<=x{200000})a", True),  # inside a look-behind
        ("x{1,1000000000}", False),  # only the minimum is written out
        ("x{5000}", False),
        (r"\b\d{1,3}(?:,\d{3}){2}\b", False),
        (r"\{1000000\}", False),  # literal braces
        ("(unclosed{9}", False),  # the compiler's to refuse, with its own message
    ],
)
def test_a_pattern_whose_repeats_would_fill_memory_is_seen_before_compiling(pattern: str, large: bool) -> None:  # fmt: skip
    assert too_large(pattern, FLAGS) is large


def test_a_user_pattern_that_would_fill_memory_is_refused(tmp_path: Path) -> None:
    """review59: `x{1000000000}` in a user's pack made the regex module take all the memory of
    the machine (killed by the kernel); it is now a pack error naming the rule."""
    rule = {
        "id": "mine.huge", "kind": "pattern", "message": "m", "description": "d",
        "pattern": "x{1000000000}",
        "examples": [{"bad": "a xx day", "span": "xx"}, {"good": "a day"}],
    }  # fmt: skip
    pack = parse_pack({"pack": "mine", "rules": [rule]}, str(tmp_path / "mine.yaml"))
    with pytest.raises(RuleError, match=r"mine\.huge: 'pattern' does not compile: its counted"):
        compile_rule(pack.rules[0])


def test_built_in_patterns_mostly_run_untimed() -> None:
    # Most built-in pattern rules are cleared: the timeout's cost is saved where it is paid.
    checks = [compile_rule(rule) for rule in load_rules() if rule.kind == "pattern"]
    assert all(isinstance(check, PatternCheck) for check in checks)
    cleared = sum(bool(check._untimed) for check in checks)  # type: ignore[attr-defined]
    assert cleared > 0.6 * len(checks)
    # and what is cleared is what the analysis clears now (not a stale stored verdict)
    for check in checks:
        for pattern in check._untimed:  # type: ignore[attr-defined]
            assert _bounded_source(pattern.pattern, the_store().flags_given(pattern))
