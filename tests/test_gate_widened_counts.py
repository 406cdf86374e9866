"""A part's relaxation leaves a long counted repeat open (issue 15): the widened pattern matches
wherever the counted one did, so the gate opens every part it opened; only the patterns' own
text is read, never their classes' members (own patterns and texts)."""

from __future__ import annotations

import re2

from newslint.relax_trim import widen_counts


def test_long_counts_are_left_open_and_short_ones_kept() -> None:
    assert widen_counts(r"“[^”\n]{0,300}”", 100) == r"“[^”\n]{0,}”"
    assert widen_counts(r"(?:x|[^\n]{1,250}?)c", 100) == r"(?:x|[^\n]{1,}?)c"
    assert widen_counts(r"a{2,5}b{150}c{3,}", 100) == r"a{2,5}b{150}c{3,}"
    assert widen_counts(r"[{0,300}]x", 100) == r"[{0,300}]x"  # a class's members stay
    assert widen_counts(r"a{0,300}(", 100) == r"a{0,300}("  # unread syntax: left whole


def test_the_widened_pattern_matches_wherever_the_counted_one_does() -> None:
    pattern = r"(?m)[“\x{22}][^\x{a}“”\x{22}]{14,400}?[,.?!][”\x{22}]"
    counted, widened = re2.compile(pattern), re2.compile(widen_counts(pattern, 100))
    texts = [
        "He said “the council met on Tuesday,” and left.",
        "“Short,” he said.",
        "“" + "word " * 100 + "end.” Then more.",
        "No quotation at all.",
    ]
    for text in texts:
        if counted.search(text):
            assert widened.search(text)
    assert widened.search("“" + "word " * 100 + "end.” Then more.")
