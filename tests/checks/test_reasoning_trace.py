"""`reasoning-trace`: a reasoning model's plan for its piece, published with or instead of it,
read by the shape of its sentences (the writer's intent about the writing, its talk to itself)."""

from __future__ import annotations

from newslint.checks import Check

from .helpers import builtin_options, make_check, spans

NEWS = "The ferry service resumed on Monday after a week of storms, the operator said.\n\n"


def _check(**changed: object) -> Check:
    return make_check("reasoning-trace", **{**builtin_options("llm.reasoning-trace"), **changed})


def _found(text: str, **changed: object) -> list[str]:
    return spans(_check(**changed), text)


def test_a_plan_with_talk_to_itself_is_a_trace() -> None:
    trace = (
        "I should lead the article with the date the ferries stopped. Hmm, the readers will want the"
        " timetable too."
    )
    assert _found(NEWS + trace + "\n") == [trace]
    about_the_user = "The user asked for a short piece. I need to keep the intro to one line."
    assert _found(about_the_user + "\n\n" + NEWS) == [about_the_user]


def test_three_plans_are_a_trace_without_a_cue_and_min_plans_sets_how_many() -> None:
    plans = (
        "I need to open the piece on the storms. I should give the readers the new timetable. Maybe add"
        " a line from the operator to end the piece."
    )
    assert _found(NEWS + plans + "\n") == [plans]
    assert _found(NEWS + plans + "\n", min_plans=4) == []
    # At 0 a paragraph that plans nothing is a trace alone: every paragraph is read, though none
    # holds a word a plan needs.
    quiet = "The council met on Friday.\n\nThe vote was close.\n"
    assert _found(quiet, min_plans=0) == ["The council met on Friday.", "The vote was close."]
    # ... so no gate may pass over a page for lacking such a word.
    assert _check(min_plans=0).necessary() is None
    assert _check().necessary() is not None


def test_the_steps_of_the_plan_beside_a_trace_are_reported_with_it() -> None:
    trace = "Wait, the piece is for a blog. I should keep the tone light."
    steps = "Start with an introduction that hooks the reader. Use short paragraphs."
    assert _found(NEWS + trace + "\n\n" + steps + "\n") == [trace, steps]
    # Alone, the same steps are a writing guide's advice.
    assert _found(NEWS + steps + "\n") == []


def test_a_column_a_guide_and_a_newsroom_are_not_traces() -> None:
    for text in (
        # a columnist's first person about the column, with no talk to itself
        "I will write a longer post about the allotment next week. Maybe I'll add photos to"
        " the post.",
        # a guide's commands to its reader
        "Use subheadings to break up a long piece. Keep the tone plain for readers.",
        # a publication's plans
        "We will publish the full article on Sunday. Wait for the headline figures, we said.",
        # the plan quoted, as a column on writing might
        '"I should open with the result," she said. "Hmm, the readers will want the score."',
    ):
        assert _found(NEWS + text + "\n") == [], text
