"""`source-talk`: a generated article talking about the document it was written from ("the
transcript does not record...") and about its own making ("this article records..."), read by
the roles its sentences hold and reported only on a page where several of them do."""

from __future__ import annotations

from .helpers import builtin_options, make_check, spans

NEWS = "The water board approved the new tariff on Tuesday.\n"


def _found(text: str) -> list[str]:
    return spans(make_check("source-talk", **builtin_options("llm.source-talk")), text)


def test_talk_about_the_input_in_wording_no_rule_lists_is_reported() -> None:
    first = "The supplied snippet never mentions the tariff's size."
    second = "The provided minutes do not identify the members who abstained."
    assert _found(NEWS + first + " " + second + "\n") == [first, second]


def test_a_document_a_reporter_names_is_a_weak_sign_however_often() -> None:
    story = (
        "The hearing transcript does not record the judge's ruling on the motion. "
        "The minutes do not mention the vote, and the document does not specify the sum."
    )
    assert _found(NEWS + story + "\n") == []
    alone = "The supplied excerpt does not record the ruling."
    assert _found(NEWS + alone + "\n") == []


def test_one_sentence_holding_every_role_is_enough() -> None:
    sentence = "As the provided excerpt omits the vote, this recap reports the tariff as approved."
    assert _found(NEWS + sentence + "\n") == [sentence]


def test_quoted_speech_is_blanked_and_does_not_end_the_sentence() -> None:
    first = "The transcript records the chair (“Any against? None? Carried.”) but omits the count."
    second = "The excerpt does not name the mover. The supplied text omits the date."
    found = _found(NEWS + first + " " + second + "\n")
    assert found == [first, *second.split(" The ", 1)[:1], "The supplied text omits the date."]
    spoken = "“The transcript omits the count. The excerpt does not name the mover,” she said."
    assert _found(NEWS + spoken + "\n") == []


def test_weak_signs_are_reported_only_beside_strong_ones() -> None:
    advice = "Figures should be verified with the board's office."
    strong = "The source text does not state the date. The provided minutes omit the vote."
    assert _found(NEWS + advice + "\n") == []
    assert advice in _found(NEWS + strong + " " + advice + "\n")
