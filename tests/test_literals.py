"""The literals every match of a pattern holds (`newslint.literals`, issue 15): read off the
parse tree, never more than the pattern requires, so that a document without them holds no
match. Each built-in pattern is held to that over every rule's examples and mutations of them,
and over texts of the letters whose case `regex` and Python fold differently."""

from __future__ import annotations

from functools import cache

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import compile_regex
from newslint.checks.pattern import PatternCheck
from newslint.document import Document
from newslint.engine import Linter
from newslint.literals import folded, literal_condition, required_literals

from .checks.helpers import make_check, make_rule
from .conftest import examples
from .gate_linters import artifact_rules


def _literals(pattern: str, ignorecase: bool = False) -> tuple[str, ...]:
    return required_literals(compile_regex(make_rule("pattern", pattern=pattern), pattern,
                                           "pattern", ignorecase=ignorecase))  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bSir\. (?=\p{Lu})", ("sir. ",)),
        (r"(?:Mr|Mrs)\.? \w+", ("mr",)),  # "mrs" holds "mr": the sequence's most selective run
        (r"\d+ ?%", ("%",)),
        (r"[(\[]\d+[)\]]", ("(", "[")),
        (r"colou?r", ("colo",)),  # the optional letter ends the run
        (r"(?:ab|cd)+e", ("ab", "cd")),  # a repeat of at least once holds its content's
        (r"x{0,3}\w", ()),  # may match without the x
        (r"\w+", ()),
        (r"(?=Harbour)\w+", ()),  # a lookahead consumes nothing it may be said to hold
        (r"a(?:b|\w)c", ("a",)),  # one item of a sequence will do
        (r"(?i:SIR)", ()),  # full case folding: "ß" may match "ss"; nothing is assumed
    ],
)
def test_what_a_pattern_needs(pattern: str, literals: tuple[str, ...]) -> None:
    found = _literals(pattern)
    assert found == literals or (literals and set(found) == set(literals)), found


def test_ignoring_case_a_letter_whose_other_forms_fold_elsewhere_breaks_the_literal() -> None:
    # Ignoring case, `regex` matches "s" with "ſ" and "k" with the Kelvin sign: both fold here to
    # the ASCII letter, so the literal stays whole; a sigma's lower case depends on its place.
    assert _literals("kiss", ignorecase=True) == ("kiss",)
    assert regex.search("(?-f)kiss", folded("\u212aIſS"), regex.I | regex.V1)
    assert "kiss" in folded("\u212aIſS") and "kiss" in folded("KİSS")
    assert set(_literals("aσb", ignorecase=True)) <= {"a", "b"}


def test_user_pattern_options_are_read_as_compiled() -> None:
    """`lines`, `ignorecase` and `requires` (a user pack may set each) decide the condition."""
    check = make_check("pattern", lines=["Share (?:this|via) (?:email|X)"], ignorecase=True)
    assert isinstance(check, PatternCheck)
    necessary = check.necessary()
    assert necessary is not None and necessary.holds(Document("SHARE VIA EMAIL\n"))
    assert not necessary.holds(Document("Shared a post\n"))
    required = make_check("pattern", pattern=r"\w+ said", requires=r"\bReuters\b")
    condition = literal_condition(required.patterns, required.requires)  # type: ignore[attr-defined]
    assert condition is not None
    assert not condition.holds(Document("He said so."))
    assert condition.holds(Document("(Reuters) He said so."))


def _mutations(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.replace("\n", " "), f"{text}\n{text}",
            text.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı"),
            text.replace("I", "İ").replace("S", "ſ")]  # fmt: skip


@cache
def _pattern_checks() -> tuple[PatternCheck, ...]:
    linter = Linter([r for r in artifact_rules() if r.kind == "pattern"], gated=False)
    return tuple(c for c in linter.checks if isinstance(c, PatternCheck))


def _holds_where_a_pattern_matches(text: str) -> int:
    doc = Document(text)
    matched = 0
    for check in _pattern_checks():
        for pattern in check.patterns:
            literals = required_literals(pattern)
            if literals and pattern.search(text):
                matched += 1
                assert any(literal in doc.folded for literal in literals), (check.rule.id, text)
    return matched


@cache
def _example_texts() -> tuple[str, ...]:
    return tuple(
        sorted({e.text for r in artifact_rules() if r.kind == "pattern" for e in r.examples})
    )


def test_every_built_in_pattern_match_on_the_examples_holds_a_literal() -> None:
    assert sum(_holds_where_a_pattern_matches(text) for text in _example_texts())


@pytest.mark.slow
def test_every_built_in_pattern_match_on_mutated_examples_holds_a_literal() -> None:
    texts = _example_texts()
    assert sum(_holds_where_a_pattern_matches(m) for t in texts for m in _mutations(t)[1:])


def test_most_built_in_pattern_rules_declare_literals() -> None:
    """So that the tests here are not vacuous: the condition is known for most pattern rules."""
    known = [c for c in _pattern_checks() if c.necessary() is not None]
    assert len(known) > len(_pattern_checks()) * 2 // 3


ODD = "AaBkKsSiIİıſ\u212aΣσςß.,'’ ()%\n"


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(ODD), max_size=30))
def test_a_match_of_letters_regex_folds_oddly_holds_its_literals(text: str) -> None:
    for pattern in (r"kiss", r"Σα", r"is\b", r"a[ks]", r"(?:ski|sis)+"):
        compiled = compile_regex(make_rule("pattern", pattern=pattern), pattern, "pattern",
                                 ignorecase=True)  # fmt: skip
        literals = required_literals(compiled)
        if literals and compiled.search(text):
            assert any(literal in folded(text) for literal in literals), (pattern, text)


def test_a_user_rule_gated_by_its_literals_finds_what_it_found_ungated() -> None:
    user = make_rule("pattern", pattern=r"(?:colou?r|hue) of (\w+)", ignorecase=True)
    texts = ["The COLOUR OF money.", "The shade of money.", "Hue of it", "coloUr of ſky"]
    gated, ungated = Linter([user], gate_after=0), Linter([user], gated=False)
    found = [gated.lint(Document(text)) for text in texts]
    assert found == [ungated.lint(Document(text)) for text in texts]
    assert [len(f) for f in found] == [1, 0, 1, 1]


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(ODD + "é“”Ωж"), max_size=40))
def test_folding_skips_the_table_only_where_it_would_change_nothing(text: str) -> None:
    # `folded` translates only a text holding a letter of the table (issue 15)
    table = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
    assert folded(text) == text.translate(table).lower()
