"""benchmarks/consistency_gap.py tells how a missed consistency label differs from the page's other
writings of it, so the test half's misses can be described without printing its text."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

gap = load_benchmark("consistency_gap")


def test_other_forms_are_found_by_their_letters() -> None:
    text = "The state of emergency began. While the State of Emergency lasts, e-mail or email us."
    assert gap.other_forms(text, "State of Emergency") == ["state of emergency"]
    assert gap.other_forms(text, "e-mail") == ["email"]
    assert gap.other_forms(text, "Zelensky") == []


def test_differences() -> None:
    assert gap.difference("State of Emergency", "state of emergency") == "case-only"
    assert gap.difference("long-term", "long term") == "hyphen-or-space"
    assert gap.difference("e-mail", "email") == "closed-or-open"
    assert gap.difference("U.K.", "UK") == "marks"


def test_span_shapes() -> None:
    assert gap.span_shape("Zelensky") == "1w-1cap"
    assert gap.span_shape("state of emergency") == "3w-0cap"


def test_nearest_name_describes_without_words() -> None:
    text = "Hetmanov spoke in Kyiv. Later Hetmanow left, and Oksana Bilyk stayed."
    described = gap.nearest_name(text, "Hetmanow")
    assert described == "d1 same-opening len8/8 z<1/z<1 n1/1 paired"
    assert gap.nearest_name("Rain fell on the town.", "Rain") == "no-other-name"
    assert gap.nearest_name(text, "the mayor") == "no-capitalised-word"


def test_definite_cases_counts_mentions_after_the() -> None:
    text = (
        "Officials extended the state of emergency. Shops shut while the State of Emergency lasts."
    )
    assert (
        gap.definite_cases(text, "State of Emergency")
        == "label 1 (1 after the) other 1 (1 after the)"
    )
    assert gap.definite_cases(text, "Officials") == "no-other-case"
