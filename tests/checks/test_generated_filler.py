"""`generated-filler`: a padded rewrite's filler sentences, once the page names nothing, varies
nothing, reports nothing and speaks as nobody."""

from __future__ import annotations

from .helpers import builtin_options, make_check, spans

# A page written for this test in the register of a headline rewritten by a chat model: one
# thin fact, padded with sentences about "the situation" and "residents", none of the words
# `generated-article` counts.
PADDED = (
    "Warning Issued After Gas Leak Near Shops\n\n"
    "Emergency crews were sent to the area after a gas leak was reported close to a row of "
    "shops.\n\n"
    "The leak has caused concern among residents and business owners in the surrounding "
    "streets.\n\n"
    "As the situation continues to unfold, it is vital for everyone to follow the advice of "
    "the authorities.\n\n"
    "The incident serves as a reminder of the importance of preparation and communication in "
    "emergencies.\n\n"
    "People living nearby should keep their windows closed and stay away from the cordon for "
    "now.\n\n"
    "In times like these, remaining calm and staying informed can help keep the whole "
    "community safe.\n"
)


def _check(**relaxed: float):  # type: ignore[no-untyped-def]
    return make_check("generated-filler", **{**builtin_options("llm.generated-filler"), **relaxed})


def _only_this_signal_saves(text: str, gate: str, relaxed: float) -> None:
    """The page is silent, and it is that signal alone that keeps it so."""
    assert spans(_check(), text) == []
    assert spans(_check(**{gate: relaxed}), text) != []


def test_a_padded_page_has_its_filler_sentences_reported() -> None:
    found = spans(_check(), PADDED)
    assert found == [
        "As the situation continues to unfold, it is vital for everyone to follow the advice "
        "of the authorities.",
        "The incident serves as a reminder of the importance of preparation and communication "
        "in emergencies.",
        "In times like these, remaining calm and staying informed can help keep the whole "
        "community safe.",
    ]


def _named(text: str) -> str:
    """The page with a street, a time, towns and a weekday: what a reporter would give."""
    return (
        text.replace("close to a row of shops", "on Mill Street at 9am on Monday")
        .replace("in the surrounding streets", "in Harlow and Epping")
        .replace("from the cordon for now", "from the cordon until Wednesday")
    )


def test_a_page_that_names_people_places_and_figures_is_news() -> None:
    _only_this_signal_saves(_named(PADDED), "min_vague_share", 0.0)


def test_reporting_makes_the_same_page_news() -> None:
    reported = PADDED.replace("for now.", "for now, a fire officer said.")
    _only_this_signal_saves(reported, "max_reporting", 1.0)


def test_a_page_that_speaks_as_we_is_a_statement() -> None:
    spoken = PADDED.replace("Emergency crews were sent", "We sent our crews").replace(
        "People living nearby should", "We want people living nearby to"
    )
    _only_this_signal_saves(spoken, "max_first_person_share", 1.0)


def test_sentences_of_very_different_lengths_read_as_human() -> None:
    bursty = PADDED.replace(
        "The leak has caused concern among residents and business owners in the surrounding "
        "streets.",
        "It smelt.",
    ).replace(
        "People living nearby should keep their windows closed and stay away from the cordon "
        "for now.",
        "People living nearby should keep their windows closed, to keep children and pets "
        "indoors, to switch off any appliance that could make a spark and to stay well away "
        "from the cordon and from the shops on the far side of it until the engineers have "
        "made the pipe safe and the crews have left.",
    )
    _only_this_signal_saves(bursty, "max_length_variation", 10.0)


def test_a_padded_page_has_its_section_headings_reported_but_not_its_title() -> None:
    sectioned = PADDED.replace(
        "\n\nAs the situation", "\n\nWhat Residents Should Know\n\nAs the situation"
    )
    found = spans(_check(), sectioned)
    assert "What Residents Should Know" in found
    assert "Warning Issued After Gas Leak Near Shops" not in found
    # The same heading over a page that names its places and times is a human subheading.
    assert "What Residents Should Know" not in spans(_check(), _named(sectioned))


def test_a_trailing_participle_clause_alone_is_not_a_filler_shape() -> None:
    # On the training pages such sentences were as often a rewrite's plain report as its filler.
    trailing = PADDED.replace(
        "closed and stay away from the cordon", "closed, staying away from the cordon"
    )
    assert len(spans(_check(), trailing)) == 3
    assert not any(s.startswith("People living nearby") for s in spans(_check(), trailing))
