"""`unclosed_aside._sides` stops reading tokens once it has the aside's first forty: it gives
what cutting the whole stretch into tokens, then keeping those, gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import unclosed_aside as ua

from ..conftest import examples

WORDS = ["The", "minister", ",", "Gen.", "H.E.", "’s", "said", "Dr.", "A.B.", "20", "-", "x", "of"]


def sides_in_full(text: str, start: int, stop: int, comma: int, opener: int):  # type: ignore[no-untyped-def]
    tokens = [(m.start(), m.end(), m.group()) for m in ua._TOKEN.finditer(text, start, stop)]
    before = [t for t in tokens if t[1] <= comma]
    after = [t for t in tokens if t[0] > opener][: ua.AFTER_TOKENS]
    return before, after


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=120),
    st.lists(st.sampled_from([" ", " ", "  ", "\n"]), min_size=120, max_size=120),
    st.integers(0, 1000),
    st.integers(0, 1000),
)
def test_the_sides_are_those_of_the_whole_stretch(
    words: list[str], gaps: list[str], at: int, region: int
) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    comma = at % (len(text) + 1)
    opener = comma + region % (len(text) - comma + 1)
    for start, stop in [(0, len(text)), (comma // 2, len(text)), (0, opener)]:
        assert ua._sides(text, start, stop, comma, opener) == sides_in_full(
            text, start, stop, comma, opener
        )
