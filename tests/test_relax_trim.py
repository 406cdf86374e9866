"""A relaxed pattern's tail is cut only where that cannot change where a match starts (issue 15):
the gate's RE2 sets compiled a chain of states for every trailing `[^.]{0,120}` of context."""

from __future__ import annotations

import pytest
import re2
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newslint.engine import Linter
from newslint.gate import _relax_anew
from newslint.linters import load_rules
from newslint.regex_store import compile_pattern
from newslint.relax import relax
from newslint.relax_trim import trim_tail

from .conftest import examples


@pytest.mark.parametrize(
    ("pattern", "trimmed"),
    [
        (r"here is[^.\n]{0,120}", "here is"),
        (
            r"(?mi)(?:we will (?:delve|dive)(?:)[^.!?\n]{0,120}(?:))|[İı]",
            "(?mi)(?:we will (?:delve|dive))|[İı]",
        ),
        (r"ab{2,9}?", "ab{2}"),
        (r"a(?:bc+|d[e]*)", "a(?:bc|d)"),
        (r"x(?:y|z?)", "x"),  # the group may match nothing: it says nothing of where x starts
        (r"x(?:y)+", "x(?:y)"),
        (r"x(?:yz)+", "x(?:yz)"),
        (r"x(?:y[^a]*){3,}", "x(?:y[^a]*){3}"),  # several copies: each needs its whole self
        (r"a\x{20}+|b.*", r"a\x{20}|b"),
        (r"(?P<n>ab*)", "(?P<n>a)"),
    ],
)
def test_what_follows_a_certain_match_is_cut(pattern: str, trimmed: str) -> None:
    assert trim_tail(pattern) == trimmed


@pytest.mark.parametrize(
    "pattern",
    [
        r"said$",  # an anchor asserts where the text ends
        r"said\b",
        r"(?:said|told)[ \t]*$",
        r"a{",  # a brace RE2 reads as a letter: not read here
        r"[ab]c",
        r"x(?:^|y)",
    ],
)
def test_anchors_and_unread_syntax_are_left(pattern: str) -> None:
    assert trim_tail(pattern) == pattern


def _starts(pattern: str, text: str) -> list[int]:
    """Every position a match of `pattern` starts at in `text`."""
    compiled = re2.compile(pattern)
    found, at = [], 0
    while at <= len(text):
        match = compiled.search(text, at)
        if match is None:
            break
        found.append(match.start())
        at = match.start() + 1
    return found


ATOMS = st.sampled_from(["a", "b", " ", ".", "[^a]", "[ab]", "\\x{20}", "$", "^", "(?:)", "(?i)"])
REPEATS = st.sampled_from(["", "", "*", "+", "?", "{0,3}", "{2,4}", "{1,}", "{2}", "*?", "{0,2}?"])


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    branches = []
    for _ in range(draw(st.integers(1, 3))):
        items = []
        for _ in range(draw(st.integers(0, 4))):
            atom = draw(ATOMS) if depth >= 2 or draw(st.booleans()) else None
            if atom is None:
                atom = "(?:" + draw(patterns(depth + 1)) + ")"
            repeat = draw(REPEATS) if atom not in ("$", "^", "(?:)", "(?i)") else ""
            items.append(atom + repeat)
        branches.append("".join(items))
    return "|".join(branches)


@settings(max_examples=examples(400), deadline=None)
@given(patterns(), st.text(alphabet="ab. \nc", max_size=24))
def test_a_cut_pattern_starts_a_match_where_its_whole_self_does(pattern: str, text: str) -> None:
    try:
        re2.compile(pattern)
    except re2.error:
        assume(False)
    assert _starts(trim_tail(pattern), text) == _starts(pattern, text)


# Copy written for this test: prose, a list, quotation, figures and a line left open.
TEXT = (
    "Here is the revised article you asked for, and this article explores how councils pay.\n"
    "The minister said: “We will not stop.” Then 14 people left at 9.30 a.m.\n\n"
    "In this article, we look at three things\n- rents\n- wages\n(Reporting by A. Writer)\n"
)


def test_every_rule_part_cut_starts_its_matches_where_its_relaxation_did() -> None:
    options = re2.Options()
    options.log_errors = False
    rules = [rule for rule in load_rules() if not rule.id.startswith("grammar")]
    cut = 0
    for check in Linter(rules, gated=False).checks:
        for pattern in check.gate_patterns() or ():
            relaxed = _relax_anew(pattern, options)
            if relaxed is None:
                continue
            whole = relax(pattern.pattern, bool(pattern.flags & regex.IGNORECASE)).pattern
            cut += relaxed.pattern != whole
            for text in (TEXT, TEXT.upper(), TEXT.replace("\n", " ")):
                assert _starts(relaxed.pattern, text) == _starts(whole, text), check.rule.id
    assert cut > 50  # the rules' trailing context is common


def test_a_stored_relaxation_carries_no_trailing_context() -> None:
    options = re2.Options()
    options.log_errors = False
    pattern = compile_pattern(r"\bthis article (?:explores|examines)[^.!?\n]{0,120}")
    relaxed = _relax_anew(pattern, options)
    assert relaxed is not None
    assert "{0,120}" not in relaxed.pattern
