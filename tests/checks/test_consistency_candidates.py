"""`consistency` with `candidates`: the rule's patterns tried only where the candidate pattern
starts a match find exactly what a search of the whole text for each finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import finditer
from newslint.document import Document

from ..conftest import examples
from .helpers import builtin_options, make_check, run

ISE_IZE = builtin_options("consistency.ise-ize")
WITHOUT = {key: value for key, value in ISE_IZE.items() if key != "candidates"}

# Pieces that make words of every shape the patterns care about: stems, both spellings, each
# ending and its near misses, capitals, digits, marks and joiners against the words.
PIECES = [
    *"organ real anal fertil civil pr s z is iz ys yz i y e es ed er ers ing ation ations".split(),
    *"ationsx Organ ORGAN ß é 2 ² _ ' ’ - . ,".split(),
    *["\u0301", " ", " ", " ", "\n"],
]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_candidate_starts_find_every_match_a_whole_search_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    check = make_check("consistency", **ISE_IZE)
    assert check.candidates is not None
    search = check._searcher(text)
    patterns = [*check.variants.values()]
    patterns += [p for e in check.unpaired for p in (e.pattern, e.pair)]
    for pattern in patterns:
        wanted = [(m.span(), m.groupdict()) for m in finditer(pattern, text)]
        assert [(m.span(), m.groupdict()) for m in search(pattern, None)] == wanted


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_ise_ize_finds_the_same_with_and_without_candidates(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [
        (f.start, f.end, f.message, f.fix) for f in run(make_check("consistency", **ISE_IZE), text)
    ]
    plain = [
        (f.start, f.end, f.message, f.fix) for f in run(make_check("consistency", **WITHOUT), text)
    ]
    assert found == plain


def test_ise_ize_searches_the_whole_text_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import newslint.checks.consistency as consistency

    searched: list[str] = []

    def counted(pattern, text, *args):  # type: ignore[no-untyped-def]
        searched.append(pattern.pattern)
        return finditer(pattern, text, *args)

    monkeypatch.setattr(consistency, "finditer", counted)
    text = "The fertiliser ran out; farmers bought fertilizers, and the organisers met."
    check = make_check("consistency", **ISE_IZE)
    assert [text[f.start : f.end] for f in check.run(Document(text))] == ["fertilizers"]
    assert len(searched) == 1
