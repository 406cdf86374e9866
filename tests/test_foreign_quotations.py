"""A quotation in another language is not scanning damage (texts written for these tests)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from newslint.engine import Linter
from newslint.foreign_quotes import foreign_quotations, inside
from newslint.lexicon import zipf
from newslint.signals import ocr_signal

from .conftest import rules_at

# A short clean story quoting a villager in Romanian, then in English.
ROMANIAN_QUOTE = (
    "Village votes to keep its school\n\n"
    "Residents of a small village in northern Romania voted on Sunday to keep their only school "
    "open, defying a national plan to merge rural classrooms.\n\n"
    '"Până la urmă, totul e bine," said Maria Ionescu, a retired teacher who organised the '
    'vote. "In the end, everything is fine, as long as the children can walk to school."\n\n'
    "The education ministry said it would review the result.\n"
)
# The same shape of story printed by a scanner: its misreadings and specks must still count,
# the one accented misreading inside an English quotation included.
SCANNED_QUOTE = (
    "The council met on tho 2oth instant , and it was resolved tliat tbe new road\n"
    'should be built. "Tbé road will be finished by tlie spring," said tbe mayor ;\n'
    "the com pany will begin the work at once.\n"
)


def test_a_quoted_foreign_phrase_does_not_make_clean_copy_look_scanned() -> None:
    assert not ocr_signal(ROMANIAN_QUOTE).looks_scanned(0.015, 3)
    assert ocr_signal(ROMANIAN_QUOTE).marks == 0


def test_no_ocr_rule_fires_on_the_quoted_phrase(linter: Linter) -> None:
    for needle in ("totul", " e bine", "bine"):
        assert not [r for r in rules_at(linter, ROMANIAN_QUOTE, needle) if r.startswith("ocr.")]


def test_an_english_quotation_with_an_accented_misreading_still_counts() -> None:
    assert foreign_quotations(SCANNED_QUOTE, zipf) == []
    assert ocr_signal(SCANNED_QUOTE).looks_scanned(0.015, 3)


def test_a_quotation_in_its_own_languages_marks_is_found() -> None:
    for quoted in ("„Până la urmă, totul e bine”", "„Até amanhã, meu amigo“", "»Até amanhã«"):
        text = f"She smiled. {quoted}, she said."
        assert foreign_quotations(text, zipf) == [(12, 12 + len(quoted))]


def test_a_loanword_does_not_make_a_quotation_foreign() -> None:
    text = '"We met at the café near the station and talked for an hour," she said.'
    assert foreign_quotations(text, zipf) == []


def test_the_foreign_quotation_is_found_across_a_line_end_but_not_a_blank_line() -> None:
    wrapped = 'He shouted "Até amanhã,\nmeu amigo" and left.'
    assert foreign_quotations(wrapped, zipf) == [(11, 34)]
    parted = 'He shouted "Até amanhã,\n\nmeu amigo" and left.'
    assert foreign_quotations(parted, zipf) == []


class _ReadCounter(Sequence[tuple[int, int]]):
    """Spans that count how many of them a lookup reads."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans, self.reads = spans, 0

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index: int) -> tuple[int, int]:  # type: ignore[override]
        self.reads += 1
        return self.spans[index]


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=30),
    st.integers(-5, 1500),
)
def test_inside_agrees_with_reading_every_span(gaps: list[tuple[int, int]], offset: int) -> None:
    spans, end = [], 0
    for gap, width in gaps:
        spans.append((end + gap, end + gap + width))
        end += gap + width
    assert inside(spans, offset) == any(first <= offset < last for first, last in spans)


def test_a_page_of_many_quotations_is_not_read_whole_for_each_mark() -> None:
    """Every mark of a page asks; reading all its quotations each time made a page of a
    thousand quoted lines quadratic."""
    spans = _ReadCounter([(100 * n, 100 * n + 40) for n in range(4096)])
    assert inside(spans, 204_820) and not inside(spans, 204_860)
    assert spans.reads <= 2 * (12 + 2)


def test_a_quotation_the_story_translates_is_not_left_untranslated(linter: Linter) -> None:
    assert "encoding.untranslated-spelling" not in rules_at(linter, ROMANIAN_QUOTE, "urmă")


def test_an_untranslated_quotation_is_still_reported(linter: Linter) -> None:
    text = ROMANIAN_QUOTE.replace('"In the end, everything', "In the end, she added, everything")
    text = text.replace('walk to school."', "walk to school.")
    assert "encoding.untranslated-spelling" in rules_at(linter, text, "urmă")


# A clean story quoting ministers in Spanish, Portuguese and French: marks English never writes
# ("¿…?", «…»), and everyday words its corpora hold at Zipf 2 to 3 ("qué", "não").
MINISTERS = (
    "Ministers meet in Brussels\n\n"
    'The Spanish minister told reporters: "¿Por qué no? Lo haremos juntos." The Portuguese '
    'minister replied in kind: "Porque não?"\n\n'
    "The French envoy put it differently: « Et alors ? » The talks resume on Friday.\n"
)


def test_quotations_in_their_languages_marks_or_everyday_words_are_foreign(
    linter: Linter,
) -> None:
    assert ocr_signal(MINISTERS).marks == 0
    for needle in ("haremos", "Porque", " ? »"):
        assert not [r for r in rules_at(linter, MINISTERS, needle) if r.startswith("ocr.")]


def test_a_lone_guillemet_a_scanner_misread_opens_no_foreign_quotation() -> None:
    # A "C" read as "«" before a jump line: the "quotation" it seems to open runs to a stray
    # quote mark, and its misreadings must still count.
    text = "the law was passed at\n« ontinued on pagc 2 \"' and the road was built.\n"
    assert foreign_quotations(text, zipf) == []
    assert foreign_quotations("She said «Et alors», and left.", zipf) == [(9, 19)]


# A list of drinks: a word English has taken in with its letters ("cachaça") names its neighbours
# as imports of the same kind; the same word in running text is left untranslated.
DRINKS = (
    "The new bar in the old station would stock salep, cachaça and tsipourakı, its owner said.\n"
)
SKIPPED = "The new bar in the old station would tsipourakı the drinks, its owner said.\n"


def test_an_item_listed_beside_a_loanword_is_no_untranslated_word(linter: Linter) -> None:
    assert "encoding.untranslated-spelling" not in rules_at(linter, DRINKS, "tsipourakı")
    assert "encoding.untranslated-spelling" in rules_at(linter, SKIPPED, "tsipourakı")
    ascii_list = DRINKS.replace("cachaça", "lemonade")  # no loanword beside it
    assert "encoding.untranslated-spelling" in rules_at(linter, ascii_list, "tsipourakı")
