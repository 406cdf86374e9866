"""`glued-run`: runs of words with the spaces lost, cut by word frequency."""

from __future__ import annotations

from newslint.checks.glued_run import GluedRunCheck

from .helpers import make_check, run, spans


def test_a_capital_run_is_cut_into_its_likeliest_words() -> None:
    check = make_check("glued-run")
    found = run(check, "THE STUDY OF INTELLIGENCECENTRALAGENCY")
    assert [f.suggestions for f in found] == [("INTELLIGENCE CENTRAL AGENCY",)]


def test_few_common_parts_beat_many_rare_ones() -> None:
    check = make_check("glued-run")
    assert isinstance(check, GluedRunCheck)
    assert check.segment("volunteerofficers") == ["volunteer", "officers"]
    assert check.segment("tothe") == ["to", "the"]
    assert check.segment("xqzv") is None


def test_a_run_of_function_words_is_glue_even_if_the_web_writes_it() -> None:
    assert spans(make_check("glued-run"), "ON FULL-TIME DETAIL TOTHE CENTER.") == ["TOTHE"]


def test_two_lower_case_words_are_left_to_the_glued_detector() -> None:
    check = make_check("glued-run")
    assert spans(check, "They worked withthe ministry inthemiddleof May.") == ["inthemiddleof"]
    assert spans(make_check("glued-run", min_parts_lower=2), "They worked withthe team.") == [
        "withthe"
    ]


def test_words_acronyms_and_compounds_are_not_glue() -> None:
    text = (
        "The ideologized, decarbonized NATO and UNESCO met MINFAR; MINFAR’s chief spoke. "
        "An anti-NATOSUMMIT rally, cyberactivity and www.thenewsroom.com. "
        "They may not redisclose it; REDISCLOSURE is barred."
    )
    assert spans(make_check("glued-run"), text) == []


def test_min_zipf_is_how_common_each_part_must_be() -> None:
    text = "THE STUDY OF INTELLIGENCECENTRALAGENCY"
    assert spans(make_check("glued-run", min_zipf=6.5), text) == []


def test_a_capitals_run_alone_in_prose_is_a_styled_name() -> None:
    check = make_check("glued-run")
    assert spans(check, "The HEALTHWATCHNETWORK scheme opened.") == []
    assert spans(check, "THE HEALTHWATCHNETWORK SCHEME OPENED.") == ["HEALTHWATCHNETWORK"]


def test_a_misspelling_is_not_cut_into_suffixes() -> None:
    assert spans(make_check("glued-run"), "An authoritive report.") == []


def test_text_that_lost_its_spaces_is_cut_at_capitals_and_words() -> None:
    check = make_check("glued-run")
    text = "CouncilsacrossNSWarebeingasked to help in thewakeofDecember’s storm."
    found = run(check, text)
    assert [f.suggestions for f in found] == [
        ("Councils across NSW are being asked",),
        ("the wake of December",),
    ]
    # a name or brand in mixed case runs no function word in: "nuclear elect rica"
    assert spans(check, "Shares in Nuclearelectrica and PricewaterhouseCoopers rose.") == []
