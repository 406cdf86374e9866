"""NEWSLINT_FUZZ=1 lengthens every property test, including those that set their own count."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import settings

from .conftest import CI_EXAMPLES, PROFILE, examples

TESTS = Path(__file__).resolve().parent


def _counts_set_by_hand(source: str) -> list[int]:
    """Lines where a `settings(...)` call gives `max_examples` anything but `examples(...)`."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if not (isinstance(node.func, ast.Name) and node.func.id == "settings"):
            continue
        for keyword in node.keywords:
            value = keyword.value
            scaled = (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id == "examples"
            )
            if keyword.arg == "max_examples" and not scaled:
                lines.append(node.lineno)
    return lines


def test_every_count_a_property_test_sets_goes_through_examples() -> None:
    by_hand = {
        str(path.relative_to(TESTS)): lines
        for path in sorted(TESTS.rglob("*.py"))
        if (lines := _counts_set_by_hand(path.read_text(encoding="utf-8")))
    }
    assert by_hand == {}


def test_the_guard_sees_a_count_set_by_hand() -> None:
    source = "@settings(max_examples=300, deadline=None)\ndef t(): pass\n"
    assert _counts_set_by_hand(source) == [1]
    assert _counts_set_by_hand(source.replace("300", "examples(300)")) == []


def test_a_tests_own_count_is_kept_under_ci_and_scaled_under_fuzz() -> None:
    try:
        settings.load_profile("ci")
        assert examples(300) == 300
        assert examples(3) == 3
        settings.load_profile("fuzz")
        fuzz = settings.get_profile("fuzz").max_examples
        assert examples(300) == 300 * fuzz // CI_EXAMPLES > 300
        assert examples(3) > 3
    finally:
        settings.load_profile(PROFILE)
