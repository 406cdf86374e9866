"""An aside after a sentence's subject opened by a comma and never closed (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.unclosed-aside"


def _words(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text)) if f.rule == _RULE]


def test_a_name_in_apposition_runs_on_into_the_verb(linter: Linter) -> None:
    text = "The new harbour master, Captain Lena Holm opened the lock gates on Monday morning.\n"
    assert _words(linter, text) == ["Holm"]


def test_a_relative_clause_runs_on_into_the_verb(linter: Linter) -> None:
    text = (
        "A ferry, which had left the port of Kiel with forty people on board near Rostock ran "
        "aground in the fog.\n"
    )
    assert _words(linter, text) == ["Rostock"]


def test_a_closed_aside_an_introduction_and_a_question_stay_silent(linter: Linter) -> None:
    text = (
        "The harbour master, Captain Lena Holm, opened the gates. Last week, Lena Holm opened "
        "them again. In the morning, Captain Holm left early. What's more, Lena Holm stayed "
        "calm. The ferry, which left Kiel, ran aground. The ferry, Lena Holm said, was late.\n"
    )
    assert _words(linter, text) == []


def test_a_title_after_a_name_runs_on_into_the_verb(linter: Linter) -> None:
    text = (
        "Marta Oksen, deputy chair of the Northern Harbour Board inspected the new quay on "
        "Friday.\n\nJon Berg, the chief engineer of Tromso Port visited the yard.\n"
    )
    assert _words(linter, text) == ["Board", "Port"]


def test_a_title_aside_needs_a_name_before_it_and_no_list(linter: Linter) -> None:
    text = (
        "This winter, the Northern Harbour Board was enlarged. Salt, flour and Danish butter "
        "were scarce. Marta Oksen, deputy chair of the Northern Harbour Board, inspected it.\n"
    )
    assert _words(linter, text) == []


def test_the_clause_reported_after_that_is_judged_on_its_own(linter: Linter) -> None:
    text = "It was noted that the new harbour master, Captain Lena Holm had closed the gates.\n"
    assert _words(linter, text) == ["Holm"]


def test_an_opening_phrase_with_to_is_no_subject(linter: Linter) -> None:
    text = "Thanks to the forum, President Erdogan met 11 leaders and I met 67 ministers.\n"
    assert _words(linter, text) == []
    text = "The Special Envoy to Iraq, Cardinal Fernando Filoni met the prime minister on Monday.\n"
    assert _words(linter, text) == ["Filoni"]


def test_an_aside_after_an_opening_phrase_in_a_sentence_of_many_commas(linter: Linter) -> None:
    text = (
        "In a statement after the meeting, the chair of the Harbour Board and mayor of Kiel, "
        "Lena Holm said the gates would open, and the ferries would sail on Monday.\n"
    )
    assert _words(linter, text) == ["Holm"]


def test_a_list_after_an_opening_phrase_and_a_parenthesis_stay_silent(linter: Linter) -> None:
    text = (
        "Stressing the role of talks at the level of mayors, ministers and other officials, "
        "Mayor Lena Holm praised the board. In a statement on Monday, the ferry, Lena Holm "
        "said, was late, and the crews waited.\n"
    )
    assert _words(linter, text) == []


def test_a_dateline_before_the_subject_is_passed_over(linter: Linter) -> None:
    text = (
        "KIEL (NPA) - The harbour master of Kiel, Lena Holm opened the lock gates.\n\n"
        "OSLO, May 3 (Wire) – Jon Berg, the chief engineer of Tromso Port visited the yard.\n\n"
        "BERGEN [NPA] – The harbour master, Lena Holm, opened the gates.\n"
    )
    assert _words(linter, text) == ["Holm", "Port"]


def test_a_dash_after_the_first_words_opens_no_dateline_for_a_relative_clause(
    linter: Linter,
) -> None:
    text = "The ferry - which was late, Lena Holm said - arrived at noon.\n"
    assert _words(linter, text) == []


def test_dotted_initials_open_the_run_of_names(linter: Linter) -> None:
    text = (
        "The President of the Federal Republic, H.E. Hassan Omar Farah was chairing the "
        "meeting at the state house.\n"
    )
    assert _words(linter, text) == ["Farah"]


def test_a_region_after_a_place_in_the_opening_phrase_is_no_subject(linter: Linter) -> None:
    text = (
        "At a town hall meeting in Portsmouth, New Hampshire, Ms. Lena Holm was asked about "
        "the harbour.\n"
    )
    assert _words(linter, text) == []


def test_an_opening_preposition_with_a_capital_is_no_name(linter: Linter) -> None:
    text = "Per City Charter, the Council is required to pass a balanced budget every year.\n"
    assert _words(linter, text) == []


def test_a_title_with_its_place_in_commas_runs_on_into_the_verb(linter: Linter) -> None:
    text = (
        "The Commissioner of the Harbour Police, Kiel District, Lena Holm opened the gates.\n\n"
        "The Commissioner of the Harbour Police, Kiel District, Lena Holm, opened them again.\n\n"
        "The chair of the board, Kiel, Lena Holm and Jon Berg met the crews.\n"
    )
    assert _words(linter, text) == ["Holm"]


def test_the_word_before_a_comma_is_read_in_place_as_a_split_would_read_it() -> None:
    import random

    from newslint.checks.unclosed_aside import _word_before

    pieces = ["Lagos", "state", " ", "  ", "\n", "\u00a0", "\u3000", ",", "Ó", "x"]
    rng = random.Random(43)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        at = rng.randint(0, len(text))
        split = text[:at].rsplit(None, 1)
        assert _word_before(text, at) == (split[-1] if split else "")
