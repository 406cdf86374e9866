"""`language`: a run of words in another language, left untranslated."""

from __future__ import annotations

from .helpers import make_check, spans

TEXT = "The minister spoke. Die Regierung hat heute beschlossen, dass die Steuern steigen werden. He left."


def test_an_untranslated_sentence_is_reported() -> None:
    assert spans(make_check("language"), TEXT) == [
        "Die Regierung hat heute beschlossen, dass die Steuern steigen werden"
    ]


def test_only_the_languages_listed_are_looked_for() -> None:
    assert spans(make_check("language", languages=["fr"]), TEXT) == []


def test_loan_phrases_in_english_are_not_runs() -> None:
    assert spans(make_check("language"), "He spoke of joie de vivre and a coup d'état.") == []


def test_a_short_line_of_its_own_in_another_language_is_interface_text() -> None:
    text = (
        "He left.\n\nPublicado hace 2 horas\n\nHe said: publicado hace dos.\n\nViva la vida\n"
        "\nWeitere Artikel zum Thema\n\nCoup d etat\n\nTour de France\n\nRead more\n"
    )
    assert spans(make_check("language"), text) == [
        "Publicado hace 2 horas",
        "Weitere Artikel zum Thema",
    ]


def test_a_date_in_another_language_is_reported_however_short() -> None:
    check = make_check("language")
    assert spans(check, "Minggu, 24 Mei 2020\n\nPresident Jokowi spoke.") == ["Minggu, 24 Mei 2020"]
    assert spans(check, "Posted on 12. Dezember 2020 by admin") == ["12. Dezember 2020"]
    assert spans(check, "Friday, 3 Juni 2022") == ["3 Juni 2022"]  # an English weekday is not


def test_figures_around_a_word_inside_a_long_sentence_are_no_date_line() -> None:
    check = make_check("language")
    text = (
        "The peso traded at 12 pesos 2020 levels before the central bank stepped in, dealers said."
    )
    assert spans(check, text) == []
    assert spans(check, "Last Mod: 10 Kasım 2016, 16:21 after the editors met") == ["10 Kasım 2016"]


def test_english_dates_and_numbered_names_are_not_foreign_dates() -> None:
    check = make_check("language")
    text = "On Monday, 24 March 2020 the 3 Musketeers 2020 tour and Apollo 11 1969 came."
    assert spans(check, text) == []


def test_a_line_without_enough_words_leaning_foreign_is_not_walked() -> None:
    """A run needs two words that lean to another language (on a line of its own; four in a
    sentence): a line with fewer is passed over without walking its words (that walk was most
    of the check's time on clean copy)."""
    check = make_check("language")
    walked: list[str] = []
    runs = check._runs  # type: ignore[attr-defined]

    def watched(line: str, words: list[object]) -> object:
        walked.append(line)
        return runs(line, words)

    check._runs = watched  # type: ignore[attr-defined]
    text = "He spoke of joie briefly.\n\nThe zeitgeist shifted, officials said.\n\n" + TEXT
    assert spans(check, text) == [
        "Die Regierung hat heute beschlossen, dass die Steuern steigen werden"
    ]
    assert walked == [TEXT]


def test_a_rule_asking_for_one_word_still_finds_a_run_of_one() -> None:
    check = make_check("language", min_words=1, min_lowercase=1, min_lead=1.0)
    assert spans(check, "Officials said the vote was importante today.") == ["importante"]


def test_a_long_line_of_dates_is_checked_whole() -> None:
    check = make_check("language")
    # A foreign date at each end: the first ends with a separator, the last ends the line.
    line = "Posted 24 Mei 2020, " + "the council met 12 May 2020 to vote on the harbour " * 5000
    line += "and again on 3 Juni 2022"
    assert spans(check, line) == ["24 Mei 2020", "3 Juni 2022"]
    # Each date's line was split into all its words to count them: 14 s for this line; the time
    # is measured by benchmarks/adversarial.py's stamps-line shape.
