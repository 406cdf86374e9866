"""benchmarks/_label_shapes.py describes a missed label by its marks and the character classes
around it, so a half's misses can be counted without printing a word of its pages."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

shapes = load_benchmark("_label_shapes")


def _shape(text: str, span: str) -> str:
    start = text.index(span)
    return str(shapes.label_shape(text, start, start + len(span)))


def test_a_doubled_mark_after_a_word_keeps_its_marks_and_loses_its_words() -> None:
    assert _shape("The plan was final.,officials said.", ".,") == "aa[.,]aa"
    assert _shape("The plan was final.,officials said.", "final.,") == "a_[a.,]aa"


def test_quotes_brackets_line_edges_and_the_excerpt_edges_are_classes() -> None:
    assert _shape("He said “yes”.\n(The end)", ".\n(") == "aQ[.N(]Aa"
    assert _shape(", the harbour", ",") == "^^[,]_a"
    assert _shape("It rose 4 %", "%") == "9_[%]$$"
    assert _shape("the minister's 'plan'", "'plan'") == "a_[qaq]$$"


def test_a_long_span_keeps_its_ends() -> None:
    text = "Officials said the reason was clear, The plan was never in doubt."
    assert _shape(text, "clear, The plan was") == "a_[a,_Aa…_a]_a"


def test_counts_of_marks_and_shapes() -> None:
    text = "It ended.. Then, (the) rest,, went."
    misses = [(text, text.index(".."), text.index("..") + 2)]
    misses.append((text, text.index(",,"), text.index(",,") + 2))
    found, marks = shapes.count_shapes(misses)
    assert marks == {".": 1, ",": 1}
    assert found == {"aa[..]_A": 1, "aa[,,]_a": 1}
    assert shapes.label_marks("final word") == "none"
