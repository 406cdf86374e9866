"""`assistant-turn`: a chat assistant's side of the conversation (handing the text over,
offering more work, reporting its edits), read by its shape rather than its phrases."""

from __future__ import annotations

from .helpers import builtin_options, make_check, spans

NEWS = "The council approved the budget on Monday, officials said.\n\n"


def _found(text: str) -> list[str]:
    return spans(make_check("assistant-turn", **builtin_options("llm.assistant-turn")), text)


def test_each_shape_of_a_turn_is_reported_in_wording_no_rule_lists() -> None:
    turns = [
        # handing the text over, after an interjection or as the requester's own
        "Certainly! Below is a tighter draft of the press release.",
        "Here is the shorter version of your article.",
        # offering more work to the requester
        "I can also lengthen the article if you need more background.",
        "Let me know if you'd like a different headline.",
        # asking a question about the text
        "Should I restructure the second paragraph?",
        "Would you prefer the introduction in the present tense?",
        # reporting an edit
        "I have reworded the opening and simplified the conclusion.",
    ]
    for turn in turns:
        assert _found(NEWS + turn + "\n") == [turn], turn


def test_an_interjection_on_its_own_is_reported_with_the_text_it_hands_over() -> None:
    text = NEWS + "Sure! Here's the article, rewritten for a younger audience.\n"
    assert _found(text) == ["Sure! Here's the article, rewritten for a younger audience."]


def test_the_same_words_in_news_are_not_a_turn() -> None:
    news = [
        # a question reported as speech
        "“Would you like me to rewrite the headline?” the editor asked.",
        # a speech thanks its audience; a column reminds its reader
        "I want to thank every delegation for your work in preserving the agreement.",
        "I told you last month that the article would run, and it did.",
        "I can tell you that the article ran on the front page.",
        # a text handed over by a newsroom, and a bill revised by a parliament
        "Here is the full text of the minister's statement, as released on Tuesday.",
        "The revised version of the bill was published on Friday.",
        # a question about something other than the text
        "Would you pay more council tax for a better bus service?",
    ]
    for sentence in news:
        assert _found(NEWS + sentence + "\n") == [], sentence


def test_a_long_sentence_is_prose_not_a_line_of_dialogue() -> None:
    long = (
        "I can tell you that the article the committee published on Monday, after three years "
        "of hearings in four cities and a great many written submissions from residents, "
        "businesses, councils and charities, runs to more than two hundred pages and makes "
        "forty recommendations."
    )
    assert len(long.split()) > 40
    assert _found(NEWS + long + "\n") == []
